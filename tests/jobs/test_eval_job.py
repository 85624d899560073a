"""The `eval` job kind: an eval spec run by a job worker (as a schedule submits it); a failed gate
fails the job, and the eval run is stored either way."""

from __future__ import annotations

import asyncio

import pytest

from keel.config import JobsSettings, ModelSettings, Settings, StorageSettings
from keel.evaluation.store import EvalStore
from keel.jobs.evals import run_job
from keel.jobs.worker import Worker
from keel.services import Services
from keel.store.engine import make_engine
from tests.upstreams.openai_server import UpstreamServer


@pytest.fixture
def upstream():
    up = UpstreamServer("echo").start()
    yield up
    up.stop()


def spec(min_hit: float) -> dict:
    return {
        "name": "nightly",
        "rows": [
            {"id": "a", "prompt": "refund please", "keywords": ["refund"]},
            {"id": "b", "prompt": "hello there", "keywords": ["refund"]},
        ],
        "targets": [{"model": "echo"}],
        "metrics": ["keyword_hit"],
        "gates": [{"metric": "keyword_hit", "min": min_hit}],
    }


@pytest.mark.parametrize(("min_hit", "status"), [(0.5, "succeeded"), (0.9, "failed")])
def test_an_eval_job_runs_and_its_gates_decide(tmp_path, upstream, min_hit, status):
    settings = Settings(
        storage=StorageSettings(url=f"sqlite:///{tmp_path}/keel.db"),
        models=[ModelSettings(name="echo", provider="openai_compat", params={"base_url": upstream.base_url})],
        jobs=JobsSettings(heartbeat_s=0.05),
    )

    async def main() -> tuple[str, dict]:
        services = Services(settings)
        await services.start()
        try:
            job = services.jobs.submit("eval", {"spec": spec(min_hit)})
            w = Worker(services.engine, settings.jobs, services=services, handlers={"eval": run_job}, name="w")
            got = await w.run(services.jobs.claim("w"))
            return got, services.jobs.row(job["id"])
        finally:
            await services.gateway.close()

    got, row = asyncio.run(main())
    assert got == status and row["status"] == status
    assert row["progress"]["done"] == row["progress"]["total"] == 2
    runs = EvalStore(make_engine(settings.storage.url)).list(10, None)
    assert len(runs) == 1 and runs[0]["status"] == "completed"
    if status == "succeeded":
        assert row["result"]["passed"] is True and row["result"]["eval_run_id"] == runs[0]["id"]
    else:
        assert row["error"]["code"] == "gates_failed" and "keyword_hit" in row["error"]["message"]
