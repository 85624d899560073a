"""Batch jobs survive their process: `keel batch run` killed with SIGKILL mid-job resumes when run
again and writes every custom_id exactly once; a job whose worker died is claimed again by
another worker once its heartbeat is stale (an injected clock moves time)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest
from sqlalchemy import func, select

from keel.config import JobsSettings, ModelSettings, Settings, StorageSettings
from keel.jobs.batch import run_job
from keel.jobs.batch_lines import OUTPUTS
from keel.jobs.queue import Queue
from keel.jobs.worker import Worker
from keel.services import Services
from keel.store.engine import make_engine, migrate
from tests.upstreams.openai_server import Behaviour, UpstreamServer


@pytest.fixture
def slow_upstream():
    up = UpstreamServer("echo", Behaviour(delay_s=0.02)).start()
    yield up
    up.stop()


def rows(n: int) -> bytes:
    return b"".join(orjson.dumps({"custom_id": f"c{i}", "prompt": f"row {i}"}) + b"\n" for i in range(n))


def written(db: Path) -> int:
    engine = make_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(OUTPUTS)).scalar() or 0)
    except Exception:  # the table is not there yet
        return 0
    finally:
        engine.dispose()


def test_kill_9_mid_batch_then_rerun_writes_every_custom_id_once(tmp_path, slow_upstream):
    db = tmp_path / "keel.db"
    cfg = tmp_path / "keel.yaml"
    cfg.write_text(
        f"storage:\n  url: sqlite:///{db}\n"
        f"models:\n  - name: echo\n    provider: openai_compat\n    params:\n      base_url: {slow_upstream.base_url}\n"
        "jobs:\n  concurrency: 2\n  heartbeat_s: 0.2\n"
        "pipeline:\n  chat: [preprocess, generate, postprocess]\n"
    )
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(rows(300))
    cmd = [sys.executable, "-m", "keel.cli.main", "batch", "run", "--input", str(src), "--model", "echo",
           "--output", str(out), "--config", str(cfg)]  # fmt: skip
    env = {**os.environ, "COLUMNS": "200"}
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 120
    while written(db) < 40:
        assert first.poll() is None, first.stdout.read().decode()
        assert time.monotonic() < deadline, "the batch did not get going"
        time.sleep(0.05)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    before = written(db)
    asked_before = len(slow_upstream.requests)
    assert 40 <= before < 300 and not out.exists()

    second = subprocess.run(cmd, capture_output=True, env=env, timeout=300)
    text = second.stdout.decode() + second.stderr.decode()
    assert second.returncode == 0, text
    assert "resuming" in text and "300 answered" in text
    got = [orjson.loads(x) for x in out.read_bytes().splitlines()]
    ids = [g["custom_id"] for g in got]
    assert ids == [f"c{i}" for i in range(300)]  # each once, in input order
    assert all(g["response"]["body"]["choices"][0]["message"]["content"] == f"echo: row {i}" for i, g in enumerate(got))
    # the rerun asked the upstream only for what was not written (plus what was in flight at the kill)
    assert len(slow_upstream.requests) - asked_before <= 300 - before + 2


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/keel.db"
    return request.getfixturevalue("postgres_url")


def test_a_stale_job_is_reclaimed_from_a_dead_worker_and_finishes(db_url, slow_upstream):
    """On SQLite and PostgreSQL: the lines the dead worker wrote stay, the rest are answered."""
    slow_upstream.behaviour.delay_s = 0.0
    url = db_url
    clock = [datetime(2026, 12, 7, 12, 0, tzinfo=UTC)]
    settings = Settings(
        storage=StorageSettings(url=url),
        models=[ModelSettings(name="echo", provider="openai_compat", params={"base_url": slow_upstream.base_url})],
        jobs=JobsSettings(stale_s=60, heartbeat_s=3600),
    )
    engine = make_engine(url)
    migrate(engine)
    q = Queue(engine, lambda: clock[0])
    from keel.training.files import Files

    content = b"".join(
        orjson.dumps({"custom_id": f"c{i}", "method": "POST", "url": "/v1/chat/completions",
                      "body": {"model": "echo", "messages": [{"role": "user", "content": f"q{i}"}]}}) + b"\n"
        for i in range(10)
    )  # fmt: skip
    f = Files(engine).create(content, "in.jsonl", "batch")
    job = q.submit("batch", {"input_file_id": f["id"], "endpoint": "/v1/chat/completions"})
    assert q.claim("dead-host:1", stale_s=60)["id"] == job["id"]  # a worker that then dies silently
    from keel.jobs.batch_input import parse_lines
    from keel.jobs.batch_lines import Outputs

    written = Outputs(engine, job["id"])  # it had answered three lines before it died
    for line in parse_lines(content, "/v1/chat/completions")[:3]:
        written.add(line, {"status_code": 200, "request_id": "before", "body": {"earlier": True}}, None)
    written.flush()
    assert q.claim("w2", stale_s=60) is None  # its heartbeat is fresh: nobody else takes it
    clock[0] += timedelta(seconds=61)

    async def main() -> str:
        services = Services(settings)
        await services.start(wait_for_models=True)
        try:
            w = Worker(
                engine, settings.jobs, services=services, handlers={"batch": run_job}, name="w2", clock=lambda: clock[0]
            )
            return await w.run(q.claim("w2", stale_s=60))  # type: ignore[arg-type]
        finally:
            await services.gateway.close()

    assert asyncio.run(main()) == "succeeded"
    row = q.row(job["id"])
    assert row["status"] == "succeeded" and row["attempts"] == 2 and row["progress"]["completed"] == 10
    assert any("stopped heartbeating" in line["message"] for line in q.logs(job["id"]))
    assert len(slow_upstream.requests) == 7  # only the lines not written before
    out = [orjson.loads(x) for x in Outputs(engine, job["id"]).all_lines().splitlines()]
    assert [o["custom_id"] for o in out] == [f"c{i}" for i in range(10)]
    assert [o["response"]["request_id"] for o in out[:3]] == ["before"] * 3
    engine.dispose()


def test_a_job_failed_after_its_workers_died_max_attempts_times(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/keel.db")
    migrate(engine)
    clock = [datetime(2026, 12, 7, tzinfo=UTC)]
    q = Queue(engine, lambda: clock[0])
    job = q.submit("batch", {}, max_attempts=2)
    for n in range(2):
        assert q.claim(f"w{n}", stale_s=10)["id"] == job["id"]
        clock[0] += timedelta(seconds=11)
    assert q.claim("w9", stale_s=10) is None
    row = q.row(job["id"])
    assert row["status"] == "failed" and row["error"]["code"] == "worker_died"


def test_cancel_retry_and_logs(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/keel.db")
    migrate(engine)
    q = Queue(engine)
    job = q.submit("batch", {})
    assert q.cancel(job["id"])["status"] == "cancelled"
    with pytest.raises(Exception, match="already cancelled"):
        q.cancel(job["id"])
    assert q.retry(job["id"])["status"] == "queued"
    assert [line["message"] for line in q.logs(job["id"])] == [
        "batch job created", "cancellation requested", "queued again (retry)"
    ]  # fmt: skip


def test_a_batch_past_its_completion_window_expires_with_what_it_answered(tmp_path, slow_upstream):
    from sqlalchemy import update

    from keel.jobs.batch import batch_object
    from keel.jobs.batch_input import parse_lines
    from keel.jobs.batch_lines import Outputs
    from keel.jobs.queue import JOBS
    from keel.training.files import Files

    url = f"sqlite:///{tmp_path}/keel.db"
    settings = Settings(
        storage=StorageSettings(url=url),
        models=[ModelSettings(name="echo", provider="openai_compat", params={"base_url": slow_upstream.base_url})],
    )
    engine = make_engine(url)
    migrate(engine)
    content = b"".join(
        orjson.dumps({"custom_id": f"c{i}", "method": "POST", "url": "/v1/chat/completions",
                      "body": {"model": "echo", "messages": [{"role": "user", "content": f"q{i}"}]}}) + b"\n"
        for i in range(5)
    )  # fmt: skip
    f = Files(engine).create(content, "in.jsonl", "batch")
    q = Queue(engine)
    job = q.submit("batch", {"input_file_id": f["id"], "endpoint": "/v1/chat/completions", "completion_window": "24h"})
    with engine.begin() as conn:  # made 25 hours ago; two lines answered back then
        conn.execute(
            update(JOBS).where(JOBS.c.id == job["id"]).values(created_at=datetime.now(UTC) - timedelta(hours=25))
        )
    before = Outputs(engine, job["id"])
    for line in parse_lines(content, "/v1/chat/completions")[:2]:
        before.add(line, {"status_code": 200, "request_id": "r", "body": {}}, None)
    before.flush()

    async def main() -> str:
        services = Services(settings)
        await services.start()
        try:
            w = Worker(engine, settings.jobs, services=services, handlers={"batch": run_job}, name="w")
            return await w.run(q.claim("w"))  # type: ignore[arg-type]
        finally:
            await services.gateway.close()

    assert asyncio.run(main()) == "failed"
    b = batch_object(q.row(job["id"]))
    assert b["status"] == "expired" and b["expired_at"] and b["failed_at"] is None and b["errors"] is None
    assert b["request_counts"] == {"total": 5, "completed": 2, "failed": 0}
    assert len(Files(engine).content(b["output_file_id"]).splitlines()) == 2
    assert slow_upstream.requests == []  # nothing more was asked after the window
    engine.dispose()
