"""The `eval` job kind: an eval spec (keel.evaluation) run by a job worker on its services, so a
re-evaluation can be scheduled (`keel schedules add nightly --kind eval --spec '{"path": "eval.yaml"}'`)
or queued like any job. Its eval run is stored as `keel eval run` stores one; a gate that fails
fails the job.

    spec: {"path": "eval.yaml"}  or  {"spec": {…the eval spec as JSON…}}
"""

from __future__ import annotations

from typing import Any

from keel.jobs.worker import JobContext


class GatesFailed(Exception):
    code = "gates_failed"


async def run_job(job: JobContext) -> dict[str, Any]:
    from keel.client import AsyncClient
    from keel.errors import InvalidRequest
    from keel.evaluation.harness import create_run, execute
    from keel.evaluation.spec import EvalSpec, load_spec
    from keel.evaluation.store import EvalStore

    if job.spec.get("path"):
        spec = load_spec(job.spec["path"])
    elif isinstance(job.spec.get("spec"), dict):
        spec = EvalSpec.from_body(job.spec["spec"])
    else:
        raise InvalidRequest("an eval job's spec needs `path` (an eval.yaml) or `spec` (the eval spec as JSON)")
    store = EvalStore(job.queue.engine)
    run = await create_run(spec, store)
    job.log("info", f"eval run {run.id} ({spec.name})")

    def progress(done: int, total: int) -> None:
        job.progress(done=done, total=total)

    client = AsyncClient(services=job.services)
    await execute(run, client, store, registry=job.services.registry, on_progress=progress)
    result = {"eval_run_id": run.id, "passed": run.passed, "summary": run.summary()}
    if run.passed is False:
        failed = [g.to_dict() for g in run.gates or [] if not g.passed]
        job.progress(eval_run_id=run.id)
        raise GatesFailed(f"eval run {run.id}: {len(failed)} gate(s) failed: {failed}")
    return result
