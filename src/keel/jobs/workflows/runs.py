"""Workflow runs as jobs: submit one, take a failed one up again (resume), read a run's steps.
The CLI (and an API) call these; the job kind (kind.py) runs what they queue or claim."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Engine, update

from keel.errors import InvalidRequest
from keel.jobs.queue import JOBS, Queue, claim_from
from keel.jobs.workflows.kind import job_spec, workflow_of
from keel.jobs.workflows.spec import Workflow
from keel.jobs.workflows.store import StepStore
from keel.store.rows import utc

KIND = "workflow"


def submit(
    engine: Engine,
    wf: Workflow,
    params: dict[str, Any] | None = None,
    *,
    config: str | None = None,
    tenant: str = "default",
    worker: str | None = None,
) -> dict[str, Any]:
    """A new run of WF: queued for a worker, or (WORKER given) running under that worker now."""
    wf.run_params(params)  # ValueError for unknown or missing parameters, before any row
    spec = job_spec(wf, params, config)
    if worker is None:
        return Queue(engine).submit(KIND, spec, tenant, name=wf.name)
    return Queue(engine).submit(KIND, spec, tenant, name=wf.name, status="running", worker=worker)


def resume(
    engine: Engine,
    run_id: str,
    wf: Workflow,
    params: dict[str, Any] | None = None,
    *,
    config: str | None = None,
    worker: str | None = None,
    stale_s: float = 60.0,
) -> dict[str, Any]:
    """Take the failed or cancelled run RUN_ID up again with WF (the file as it is now: a fixed
        step runs as fixed) and its parameters (PARAMS over the run's own). A run still `running` whose
    heartbeat is STALE_S old (its process died) is taken up too. Its succeeded steps stay
        done; the rest run again. Queued for a worker, or (WORKER given) claimed by that worker now."""
    queue = Queue(engine)
    row = queue.row(run_id, KIND)
    beat = utc(row["heartbeat_at"]) if row["heartbeat_at"] is not None else None
    stale = row["status"] == "running" and (beat is None or beat < queue.clock() - timedelta(seconds=stale_s))
    if row["status"] not in ("failed", "cancelled") and not stale:
        raise InvalidRequest(
            f"run {run_id} is {row['status']}: only a failed or cancelled run (or one whose worker stopped "
            f"{stale_s:g}s ago) can be resumed",
            code="invalid_state",
        )
    merged = {**(row["spec"].get("params") or {}), **(params or {})}
    merged = {k: v for k, v in merged.items() if k in wf.params}  # a parameter the file dropped
    wf.run_params(merged)
    spec = job_spec(wf, merged, config or row["spec"].get("config"))
    with engine.begin() as conn:
        conn.execute(update(JOBS).where(JOBS.c.id == run_id).values(spec=spec, name=wf.name))
    if stale:  # its process died (kill -9, a lost machine): queued again, its finished steps kept
        with engine.begin() as conn:
            conn.execute(
                update(JOBS)
                .where(JOBS.c.id == run_id, JOBS.c.status == "running")
                .values(status="queued", worker=None, attempts=0, run_after=None)
            )
    else:
        queue.retry(run_id)
    queue.log(run_id, "info", "resumed: steps that succeeded stay done, the others run again")
    if worker is not None:
        claimed = claim_from(engine, JOBS, worker, stale_s, queue.clock, [KIND], only=run_id)
        if claimed != run_id:
            raise InvalidRequest(f"run {run_id} was taken by another worker", code="invalid_state")
    return queue.row(run_id)


def run_steps(engine: Engine, run_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The run's job row and its steps, in the workflow's order (NotFound: no such run)."""
    row = Queue(engine).row(run_id, KIND)
    rows = StepStore(engine).rows(run_id)
    try:
        order = workflow_of(row["spec"]).order()
    except Exception:  # a spec that no longer parses: the order the steps were written in
        order = list(rows)
    steps = [rows[n] for n in order if n in rows] + [r for n, r in rows.items() if n not in order]
    return row, steps
