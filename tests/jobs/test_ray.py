"""The Ray back-end on a local Ray started by the test: a batch job answered by Ray Data handing its
blocks to a pool of actors, each calling the pipeline (the same settings, the same upstream), the
pool kept for the next job."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import orjson
import pytest
import sqlalchemy as sa

from keel.config import JobsSettings, ModelSettings, Settings, StorageSettings
from keel.jobs import ray_backend
from keel.jobs.batch import run_job
from keel.jobs.batch_lines import Outputs
from keel.jobs.queue import Queue
from keel.jobs.worker import Worker
from keel.services import Services
from keel.store.engine import make_engine, migrate
from keel.training.files import Files
from tests.upstreams.openai_server import UpstreamServer

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray():
    yield
    if ray.is_initialized():
        ray.shutdown()


@pytest.fixture
def upstream():
    up = UpstreamServer("echo").start()
    yield up
    up.stop()


def test_a_batch_job_runs_on_ray_data_actors(tmp_path, upstream, local_ray):
    url = f"sqlite:///{tmp_path}/keel.db"
    settings = Settings(
        storage=StorageSettings(url=url, log_flush_interval_s=0.05),
        models=[ModelSettings(name="echo", provider="openai_compat", params={"base_url": upstream.base_url})],
        jobs=JobsSettings(backend="ray", ray_address="local", ray_actors=2, concurrency=4),
        auth={"master_key": "a-master-key-of-some-length"},  # a secret the actors must get whole
        pipeline={"chat": ["preprocess", "cache", "generate", "postprocess"]},
    )
    engine = make_engine(url)
    migrate(engine)
    content = b"".join(
        orjson.dumps({"custom_id": f"c{i}", "method": "POST", "url": "/v1/chat/completions",
                      "body": {"model": "echo", "messages": [{"role": "user", "content": f"q{i % 30}"}]}}) + b"\n"
        for i in range(60)
    )  # fmt: skip
    f = Files(engine).create(content, "in.jsonl", "batch")
    q = Queue(engine)
    job = q.submit("batch", {"input_file_id": f["id"], "endpoint": "/v1/chat/completions", "principal": "key-owner"})

    async def main() -> tuple[str, float]:
        services = Services(settings)
        await services.start()
        try:
            w = Worker(engine, settings.jobs, services=services, handlers={"batch": run_job}, name="w")
            status = await w.run(q.claim("w"))  # type: ignore[arg-type]
            served_here = services.metrics.registry.get_sample_value(
                "keel_requests_total", {"model": "echo", "route": "chat", "status": "200"}
            )
            return status, served_here or 0.0
        finally:
            await services.gateway.close()

    status, served_here = asyncio.run(main())
    assert status == "succeeded"
    assert served_here == 0  # the worker's own pipeline answered nothing: the Ray actors' did
    assert ray.is_initialized()
    row = q.row(job["id"])
    assert row["progress"]["completed"] == 60
    lines = [orjson.loads(x) for x in Outputs(engine, job["id"]).all_lines().splitlines()]
    assert [x["custom_id"] for x in lines] == [f"c{i}" for i in range(60)]
    assert lines[45]["response"]["body"]["choices"][0]["message"]["content"] == "echo: q15"
    assert 30 <= len(upstream.requests) <= 60  # each actor has its own pipeline, its cache included
    # the actors answered as the key that created the batch (their request log says so)
    deadline = time.monotonic() + 20
    while True:
        with engine.connect() as conn:
            who = conn.execute(sa.text("SELECT principal FROM request_log WHERE route = 'chat'")).scalars().all()
        if len(who) == 60 or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert who == ["key-owner"] * 60

    # The next job reuses the same actors, services and all: their caches already hold every
    # answer, so the upstream hears nothing more.
    actors = list(ray_backend._POOL.actors)
    pids = ray.get([a.__ray_call__.remote(lambda self: os.getpid()) for a in actors])
    heard = len(upstream.requests)
    again = q.submit("batch", {"input_file_id": f["id"], "endpoint": "/v1/chat/completions"})
    status, _ = asyncio.run(main())
    assert status == "succeeded" and q.row(again["id"])["progress"]["completed"] == 60
    assert ray_backend._POOL.actors == actors
    assert ray.get([a.__ray_call__.remote(lambda self: os.getpid()) for a in actors]) == pids
    assert len(upstream.requests) == heard
    again_lines = [orjson.loads(x) for x in Outputs(engine, again["id"]).all_lines().splitlines()]
    assert [x["response"]["body"]["choices"][0]["message"]["content"] for x in again_lines] == [
        f"echo: q{i % 30}" for i in range(60)
    ]

    # An actor that died for good is replaced: the pool is made again and the job still runs.
    ray.kill(actors[0], no_restart=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # ray.kill returns before the actor is gone
        try:
            ray.get(actors[0].ready.remote(), timeout=5)
        except ray.exceptions.RayActorError:
            break
        time.sleep(0.1)
    third = q.submit("batch", {"input_file_id": f["id"], "endpoint": "/v1/chat/completions"})
    status, _ = asyncio.run(main())
    assert status == "succeeded" and q.row(third["id"])["progress"]["completed"] == 60
    assert ray_backend._POOL.actors and not set(ray_backend._POOL.actors) & set(actors)


def test_a_workflow_runs_its_steps_as_ray_tasks(tmp_path, local_ray, monkeypatch):
    """The same YAML on the Ray back-end: its python and data steps run as Ray tasks (in Ray's
    worker processes, not this one), with the same outputs and the same step records."""
    from keel.jobs.workflows import parse_workflow, runs

    (tmp_path / "lib.py").write_text("import os\n\ndef where(tag):\n    return {'pid': os.getpid(), 'tag': tag}\n")
    (tmp_path / "rows.jsonl").write_bytes(
        b"".join(orjson.dumps({"prompt": f"q{i}", "completion": f"a{i}"}) + b"\n" for i in range(8))
    )
    url = f"sqlite:///{tmp_path}/keel.db"
    (tmp_path / "keel.yaml").write_text(f"storage: {{url: '{url}'}}\n")
    monkeypatch.setenv("KEEL_CONFIG", str(tmp_path / "keel.yaml"))
    flow = tmp_path / "flow.yaml"
    flow.write_text(
        "name: on-ray\nsteps:\n"
        "  check: {type: data.validate, with: {path: rows.jsonl}}\n"
        "  split: {type: data.split, with: {path: '${{ steps.check.outputs.path }}', validation: 0.25, seed: 7}}\n"
        "  where: {type: python, with: {function: 'lib:where', tag: '${{ steps.split.outputs.train }}'}}\n"
    )
    wf = parse_workflow(flow.read_text(), str(flow), tmp_path)
    wf.path = str(flow)
    engine = make_engine(url)
    migrate(engine)
    row = runs.submit(engine, wf, {})
    jobs = JobsSettings(backend="ray", ray_address="local", dir=str(tmp_path / "jobs"))

    async def main() -> bool:
        return await Worker(engine, jobs, name="w").run_once()

    assert asyncio.run(main())
    done = Queue(engine).row(row["id"])
    assert done["status"] == "succeeded", done["error"]
    out = done["result"]["outputs"]
    assert out["where"]["pid"] != os.getpid()  # a Ray worker ran it
    assert out["where"]["tag"] == out["split"]["train"] and Path(out["split"]["train"]).is_file()
    assert ray.is_initialized()
