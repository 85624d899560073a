"""The `workflow` job kind: a workflow run is a job (id wfrun_…) whose spec holds the workflow's
YAML text, its file's path, the run's parameters and (optionally) the keel.yaml it runs with.

A worker (`keel worker`, the one in `keel serve`, or `keel workflow run` in the foreground) runs
it with `run_job`. The steps' state is in `workflow_steps` under the run id, so a run claimed
again — its worker died, or it was retried after a failure — goes on from what it had finished.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from keel.config import ConfigError, Settings
from keel.jobs.workflows.engine import Event, Sleep, WorkflowRun
from keel.jobs.workflows.executors import executor_for
from keel.jobs.workflows.resources import Resources
from keel.jobs.workflows.spec import Workflow, parse_workflow


class WorkflowSpecError(Exception):
    code = "invalid_workflow"


def job_spec(wf: Workflow, params: dict[str, Any] | None = None, config: str | None = None) -> dict[str, Any]:
    """What a workflow job's row holds: the YAML text (the run does not depend on the file
    staying as it was), where it came from (its folder: relative paths), the run's parameters."""
    return {
        "name": wf.name,
        "source": wf.source,
        "path": wf.path,
        "base": str(wf.base),
        "params": dict(params or {}),
        "config": config,
    }


def workflow_of(spec: dict[str, Any]) -> Workflow:
    source = spec.get("path") or "<workflow>"
    try:
        wf = parse_workflow(spec["source"], source, spec.get("base") or Path.cwd())
    except ConfigError as exc:
        raise WorkflowSpecError("the workflow has problems: " + "; ".join(str(p) for p in exc.problems)) from None
    wf.path = spec.get("path")
    return wf


def _settings(job: Any, settings: Settings | None) -> Settings:
    if settings is not None:
        return settings
    services = getattr(job, "services", None)
    if getattr(services, "settings", None) is not None:
        return services.settings
    from keel.config import load_settings

    return load_settings(job.spec.get("config"))


async def run_job(
    job: Any,
    *,
    settings: Settings | None = None,
    on_event: Callable[[Event], None] | None = None,
    sleep: Sleep = asyncio.sleep,
    executor: Any = None,
) -> dict[str, Any]:
    """Run the workflow of JOB (a keel.jobs.worker.JobContext) to its end; its result
    {"steps": {name: status}, "outputs": {…}}, or WorkflowFailed naming the failed step."""
    wf = workflow_of(job.spec)
    settings = _settings(job, settings)
    jobs_dir = job.settings.dir if getattr(job.settings, "dir", None) else None
    resources = Resources(settings, job.queue.engine, getattr(job, "services", None))
    total = len(wf.steps)
    statuses: dict[str, str] = {}

    def report(e: Event) -> None:
        if e.status in ("running", "retrying"):
            job.stage("running")
        if e.status != "retrying":
            statuses[e.step] = e.status if e.status != "reused" else "succeeded"
        finished = sum(1 for s in statuses.values() if s in ("succeeded", "cached", "failed", "skipped"))
        job.progress(total=total, finished=finished, steps=dict(statuses), current=e.step)
        if on_event is not None:
            on_event(e)

    run = WorkflowRun(
        wf,
        job.id,
        job.queue.engine,
        params=job.spec.get("params") or {},
        jobs_dir=jobs_dir or resources.jobs_dir,
        resources=resources,
        executor=executor or executor_for(job.settings),
        tenant=job.tenant,
        log_write=lambda level, message, data: job.log(level, message, data),
        on_event=report,
        sleep=sleep,
        check=job.check,
    )
    try:
        return await run.run()
    finally:
        await resources.close()
