"""Fine-tuning jobs without a server: the worker process, its death and the resume, claims."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

from keel.config import Settings, StorageSettings, TrainingSettings
from keel.errors import InvalidRequest, NotFound
from keel.store.engine import make_engine, migrate
from keel.training.runner import JobRunner
from keel.training.service import FineTuning
from tests.training.conftest import rows


def jsonl(items) -> bytes:
    import json

    return "".join(json.dumps(r) + "\n" for r in items).encode()


@pytest.fixture
def ft(tmp_path) -> FineTuning:
    url = f"sqlite:///{tmp_path}/keel.db"
    settings = Settings(storage=StorageSettings(url=url), training=TrainingSettings(dir=str(tmp_path / "jobs")))
    engine = make_engine(url)
    migrate(engine)
    return FineTuning(engine, settings)


def test_a_job_whose_worker_is_killed_resumes_from_its_checkpoint(ft, tmp_path):
    f = ft.files.create(jsonl(rows("support.jsonl", 6)), "t.jsonl", "fine-tune")
    job = ft.create_job(
        {
            "model": "gemma-3-270m",
            "training_file": f["id"],
            "hyperparameters": {"batch_size": 2, "n_epochs": 1},
            "config": {"hyperparameters": {"max_steps": 3, "max_seq_len": 64}, "lora": {"r": 4}, "checkpoint_steps": 1},
        }
    )
    runner = JobRunner(ft.jobs.engine, ft.settings.storage.url, poll_s=0.1)
    first_checkpoint = Path(ft.jobs.row(job["id"])["output_dir"]) / "checkpoints" / "step-1"

    async def kill_after_first_checkpoint() -> None:
        while runner.current is None or not first_checkpoint.exists():
            await asyncio.sleep(0.1)
        os.kill(runner.current.pid, signal.SIGKILL)

    async def main() -> list[int]:
        assert runner.jobs.claim(runner.name) == job["id"]
        killer = asyncio.create_task(kill_after_first_checkpoint())
        codes = [await runner.run(job["id"])]
        await killer
        assert ft.jobs.row(job["id"])["status"] == "queued"  # requeued, not failed
        assert runner.jobs.claim(runner.name) == job["id"]
        codes.append(await runner.run(job["id"]))
        return codes

    codes = asyncio.run(main())
    assert codes == [-signal.SIGKILL, 0]
    done = ft.jobs.get(job["id"])
    assert done["status"] == "succeeded", done["error"]
    messages = [e["message"] for e in ft.jobs.events(job["id"], limit=200)["data"]]
    assert any("resuming from the checkpoint at step 1" in m for m in messages)
    assert any("exited with code -9; resuming" in m for m in messages)
    steps = sorted(c["step_number"] for c in ft.jobs.checkpoints(job["id"], limit=50)["data"])
    assert steps[-1] == 3
    assert ft.jobs.row(job["id"])["attempts"] == 2


def test_a_job_is_claimed_once_and_a_stale_one_is_taken_over(ft):
    f = ft.files.create(jsonl(rows("support.jsonl", 2)), "t.jsonl", "fine-tune")
    job = ft.create_job({"model": "gemma-3-270m", "training_file": f["id"]})
    assert ft.jobs.claim("a:1") == job["id"]
    assert ft.jobs.claim("b:2") is None  # running on a:1
    assert ft.jobs.claim("b:2", stale_s=0) == job["id"]  # a:1 stopped heartbeating
    messages = [e["message"] for e in ft.jobs.events(job["id"])["data"]]
    assert any("stopped; it will resume" in m for m in messages)


def test_job_requests_are_checked_before_anything_runs(ft):
    f = ft.files.create(jsonl(rows("support.jsonl", 2)), "t.jsonl", "fine-tune")
    bad = [
        ({"model": "gemma-3-270m"}, "training_file"),
        ({"model": "gemma-3-270m", "training_file": f["id"], "suffix": "Has Spaces"}, "suffix"),
        (
            {"model": "gemma-3-270m", "training_file": f["id"], "hyperparameters": {"n_epochs": "many"}},
            "hyperparameters.n_epochs",
        ),
        ({"model": "gemma-3-270m", "training_file": f["id"], "config": {"lora": {"r": 0}}}, "config"),
        ({"model": "gemma-3-270m", "training_file": f["id"], "config": {"train": "x"}}, "config.train"),
        ({"model": "gemma-3-270m", "training_file": f["id"], "method": {"type": "dpo"}}, "method"),
        ({"model": "gemma-3-270m", "training_file": f["id"], "turbo": True}, "turbo"),
    ]
    for body, param in bad:
        with pytest.raises(InvalidRequest) as e:
            ft.create_job(body)
        assert e.value.param == param, (body, e.value.message)
    assert ft.jobs.list()["data"] == []
    with pytest.raises(InvalidRequest) as e:
        ft.files.create(b'{"prompt": "a", "completion": "b"}\n{"prompt": 3}\n', "x.jsonl", "fine-tune")
    assert "line 2" in e.value.message


def test_keel_client_in_process_speaks_the_sdk_shapes(tmp_path):
    import keel

    settings = Settings(
        storage=StorageSettings(url=f"sqlite:///{tmp_path}/keel.db"),
        training=TrainingSettings(dir=str(tmp_path / "jobs"), worker=False),
    )
    path = tmp_path / "train.jsonl"
    path.write_bytes(jsonl(rows("support.jsonl", 3)))
    with keel.Client(settings=settings) as client:  # no model is loaded for these calls
        f = client.files.create(file=path, purpose="fine-tune")
        assert f.filename == "train.jsonl" and f.purpose == "fine-tune"
        assert client.files.content(f.id) == path.read_bytes()
        assert [x.id for x in client.files.list(purpose="fine-tune").data] == [f.id]
        job = client.fine_tuning.jobs.create(model="gemma-3-270m", training_file=f.id, suffix="docs", seed=3)
        assert job.status == "queued" and job.seed == 3 and job.hyperparameters.n_epochs == 3
        assert client.fine_tuning.jobs.retrieve(job.id).id == job.id
        assert [j.id for j in client.fine_tuning.jobs.list().data] == [job.id]
        assert client.fine_tuning.jobs.cancel(job.id).status == "cancelled"
        messages = [e.message for e in client.fine_tuning.jobs.list_events(job.id).data]
        assert messages[0] == "Cancellation requested" and messages[-1].startswith("Created fine-tuning job")
        assert client.fine_tuning.jobs.checkpoints.list(job.id).data == []
        with pytest.raises(InvalidRequest):
            client.files.create(file=("x.jsonl", b"nope\n"), purpose="fine-tune")
        assert client.files.delete(f.id)["deleted"] is True


def test_a_caller_trains_only_on_its_own_uploads(ft, tmp_path):
    mine = ft.files.create(jsonl(rows("support.jsonl", 2)), "a.jsonl", "fine-tune", tenant="a")
    theirs = ft.files.create(jsonl(rows("support.jsonl", 2)), "b.jsonl", "fine-tune", tenant="b")
    text = ft.files.create(b'{"text": "Ondrasca One manual"}\n', "t.jsonl", "user_data", tenant="a")
    base = {"model": "gemma-3-270m", "training_file": mine["id"]}
    with pytest.raises(NotFound) as e:  # another tenant's file does not exist for this caller
        ft.create_job({**base, "training_file": theirs["id"]}, tenant="a", admin=False)
    assert e.value.param == "training_file"
    for config, param in [
        ({"strategy": "domain", "domain": {"data": "/etc"}}, "config.domain.data"),  # a server path
        ({"strategy": "domain", "domain": {"data": theirs["id"]}}, "config.domain.data"),
        ({"from_adapter": str(tmp_path)}, "config.from_adapter"),
        ({"strategy": "multitask", "tasks": [{"name": "x", "data": "support@prod"}] * 2}, "config.tasks[0].data"),
    ]:
        with pytest.raises((InvalidRequest, NotFound)) as e:
            ft.create_job({**base, "config": config}, tenant="a", admin=False)
        assert e.value.param == param, (config, e.value.message)
    assert ft.jobs.list()["data"] == []  # nothing was queued
    job = ft.create_job(
        {**base, "config": {"strategy": "domain", "domain": {"data": text["id"]}}}, tenant="a", admin=False
    )
    row = ft.jobs.row(job["id"])
    assert sorted(row["inputs"].values()) == sorted([mine["id"], text["id"]])
    assert row["config"]["domain"]["data"] in row["inputs"]  # the worker writes the upload there
    ft.jobs.finish(job["id"], "succeeded")
    with pytest.raises(NotFound) as e:  # another tenant's fine-tuned model is no base either
        tuned = ft.jobs.get(job["id"])["fine_tuned_model"]
        ft.create_job({"model": tuned, "training_file": theirs["id"]}, tenant="b", admin=False)
    assert e.value.param == "model"


def test_a_worker_whose_job_was_taken_over_leaves_it_alone(ft):
    f = ft.files.create(jsonl(rows("support.jsonl", 2)), "t.jsonl", "fine-tune")
    job = ft.create_job({"model": "gemma-3-270m", "training_file": f["id"]})
    assert ft.jobs.claim("a:1") == job["id"]
    assert ft.jobs.heartbeat(job["id"], "a:1") == (True, False)
    assert ft.jobs.claim("b:2", stale_s=0) == job["id"]  # a:1 looked dead
    assert ft.jobs.heartbeat(job["id"], "a:1") == (False, False)
    assert not ft.jobs.finish(job["id"], "failed", "a:1")  # a:1 can no longer end it
    ft.jobs.requeue(job["id"], "a:1", "a:1 died")
    assert ft.jobs.row(job["id"])["status"] == "running" and ft.jobs.row(job["id"])["worker"] == "b:2"
    from keel.training.worker import run_job

    assert run_job(ft.jobs.engine, job["id"], "a:1") == "lost"  # starts nothing
    assert ft.jobs.row(job["id"])["worker"] == "b:2"
