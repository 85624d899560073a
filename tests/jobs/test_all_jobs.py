"""Every kind in one view: `/v1/jobs` (here through keel.Client in process, the same handlers)
lists, shows, cancels, retries and tails batch jobs and fine-tuning jobs alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keel.client import Client
from keel.config import Settings, StorageSettings, TrainingSettings
from keel.errors import InvalidRequest, NotFound
from keel.jobs.queue import Queue
from keel.store.engine import make_engine, migrate
from keel.training.service import FineTuning

ROWS = Path(__file__).resolve().parents[2] / "examples" / "finetune" / "data" / "support.jsonl"


@pytest.fixture
def client(tmp_path):
    url = f"sqlite:///{tmp_path}/keel.db"
    settings = Settings(storage=StorageSettings(url=url), training=TrainingSettings(dir=str(tmp_path / "ft")))
    engine = make_engine(url)
    migrate(engine)
    ft = FineTuning(engine, settings)
    f = ft.files.create(ROWS.read_bytes().splitlines(keepends=True)[0] * 4, "t.jsonl", "fine-tune")
    ft_job = ft.create_job({"model": "gemma-3-270m", "training_file": f["id"], "suffix": "x"})
    batch = Queue(engine).submit("batch", {"input_file_id": "file-x", "endpoint": "/v1/chat/completions"})
    with Client(settings=settings) as c:  # in process; no worker runs: the jobs stay queued
        yield c, ft_job["id"], batch["id"]
    engine.dispose()


def test_jobs_of_every_kind_in_one_list(client):
    c, ft_id, batch_id = client
    page = c.jobs.list()
    assert [j["id"] for j in page["data"]] == [batch_id, ft_id]  # the newest first
    assert {j["kind"] for j in page["data"]} == {"batch", "fine_tune"}
    assert [j["id"] for j in c.jobs.list(kind="fine_tune")["data"]] == [ft_id]
    assert [j["id"] for j in c.jobs.list(limit=1)["data"]] == [batch_id] and c.jobs.list(limit=1)["has_more"]
    assert [j["id"] for j in c.jobs.list(after=batch_id)["data"]] == [ft_id]
    assert c.jobs.list(status="queued")["data"] and not c.jobs.list(status="running")["data"]


def test_show_cancel_retry_and_logs_of_a_fine_tuning_job(client):
    c, ft_id, _ = client
    job = c.jobs.retrieve(ft_id)
    assert job["kind"] == "fine_tune" and job["status"] == "queued" and job["name"].startswith("ft:gemma-3-270m")
    assert c.jobs.cancel(ft_id)["status"] == "cancelled"
    assert c.fine_tuning.jobs.retrieve(ft_id).status == "cancelled"  # the same job, as OpenAI shows it
    assert c.jobs.retry(ft_id)["status"] == "queued"
    with pytest.raises(InvalidRequest, match="only a failed or cancelled job"):
        c.jobs.retry(ft_id)
    messages = [line["message"] for line in c.jobs.logs(ft_id)]
    assert messages[0].startswith("Created fine-tuning job") and "Cancellation requested" in messages
    assert messages[-1].startswith("Queued again (retry)")
    last = c.jobs.logs(ft_id)[-1]["id"]
    assert c.jobs.logs(ft_id, after=last) == []
    with pytest.raises(NotFound):
        c.jobs.retrieve("ftjob-nope")
    json.dumps(c.jobs.list())  # plain JSON, as over HTTP
