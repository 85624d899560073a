"""Batch jobs: OpenAI's Batch API on the job system.

    validating ──▶ in_progress ──▶ finalizing ──▶ completed
        │               │ cancel                 (failed: the input is invalid, or the job broke)
        ▼               ▼
      failed        cancelling ──▶ cancelled     (with the lines finished so far)

Every request goes through the same pipeline as live traffic (guard, cache, routing, limits), in
process, as the API key that created the batch (`spec.principal`; a local job: `batch:<tenant>`)
in the job's tenant, at a bounded concurrency (`jobs.concurrency`), retried with
exponential backoff when the answer is a 429, a 5xx or a timeout (keel.jobs.batch_lines). Each
answered line is written to `batch_outputs` (a unique key per job and line) in small groups; a job
whose worker was killed resumes with the lines not written yet, so every custom_id appears in the
output exactly once. Finalizing writes the output file (2xx answers) and the error file (the
rest), in input order, as files of purpose `batch_output`.

A job's input is an uploaded file (`input_file_id`, the API's) or a local file (`input`, with
`model`, `output` and optionally `prompt`: `keel batch run`, a schedule, a workflow step), read
when the job first runs and kept as an uploaded file from then on; the answers of a local job are
also written to its `output` file, answers and errors together, in input order.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from keel.jobs.batch_input import BatchLine, InvalidBatch, parse_lines, rows_to_lines
from keel.jobs.batch_lines import Outputs, Requester, run_lines
from keel.jobs.worker import Cancelled, JobContext
from keel.store.rows import now, unix, utc

CHAT = "/v1/chat/completions"
WINDOWS = {"24h": 24 * 3600}


# ------------------------------------------------------------------------------ the API's shape


def _expired(row: dict[str, Any]) -> bool:
    return row["status"] == "failed" and (row["error"] or {}).get("code") == Expired.code


def batch_status(row: dict[str, Any]) -> str:
    s = row["status"]
    if _expired(row):
        return "expired"
    if s == "queued":
        return "validating"
    if s == "running":
        return "cancelling" if row["cancel_requested"] else (row["stage"] or "validating")
    return {"succeeded": "completed"}.get(s, s)


def batch_object(row: dict[str, Any]) -> dict[str, Any]:
    """A `jobs` row of kind batch as OpenAI's Batch object."""
    spec, p, result = row["spec"], row["progress"] or {}, row["result"] or {}
    status = batch_status(row)
    created = unix(row["created_at"]) or 0
    finished = unix(row["finished_at"])
    error = row["error"] or {}
    errors = None
    if error.get("errors"):
        errors = {"object": "list", "data": error["errors"]}
    elif row["status"] == "failed" and error and not _expired(row):
        errors = {
            "object": "list",
            "data": [{"code": error.get("code"), "message": error.get("message"), "param": None, "line": None}],
        }
    return {
        "id": row["id"],
        "object": "batch",
        "endpoint": spec.get("endpoint", CHAT),
        "errors": errors,
        "input_file_id": spec.get("input_file_id") or p.get("input_file_id") or "",
        "completion_window": spec.get("completion_window", "24h"),
        "status": status,
        "output_file_id": result.get("output_file_id") or p.get("output_file_id"),
        "error_file_id": result.get("error_file_id") or p.get("error_file_id"),
        "created_at": created,
        "in_progress_at": p.get("in_progress_at"),
        "expires_at": created + WINDOWS.get(spec.get("completion_window", "24h"), 86400),
        "finalizing_at": p.get("finalizing_at"),
        "completed_at": finished if row["status"] == "succeeded" else None,
        "failed_at": finished if status == "failed" else None,
        "expired_at": finished if status == "expired" else None,
        "cancelling_at": p.get("cancelling_at"),
        "cancelled_at": finished if row["status"] == "cancelled" else None,
        "request_counts": {
            "total": p.get("total", 0),
            "completed": p.get("completed", 0),
            "failed": p.get("failed", 0),
        },
        "metadata": row["metadata"],
    }


# ------------------------------------------------------------------------------------- the kind


async def run_job(job: JobContext) -> dict[str, Any]:
    """The `batch` job kind: validate, answer every line not answered yet, write the files."""
    from keel.training.files import Files

    engine = job.queue.engine
    files = Files(engine)
    spec = job.spec
    endpoint = spec.get("endpoint", CHAT)
    job.stage("validating")
    file_id = spec.get("input_file_id") or job.progress_now.get("input_file_id")
    if file_id is None:  # a local file: read once, as it is now; a resumed job reads what was read
        file_id = await asyncio.to_thread(_take_input, job, files, endpoint)
    content = await asyncio.to_thread(files.content, file_id)
    try:
        lines = parse_lines(content, endpoint, spec.get("model"))
    except InvalidBatch as exc:
        raise BatchFailed(exc.errors, str(exc)) from None
    outputs = Outputs(engine, job.id)
    done = await asyncio.to_thread(outputs.done_lines)
    completed, failed = await asyncio.to_thread(outputs.counts)
    first = job.progress_now.get("in_progress_at") or unix(now())
    job.progress(total=len(lines), completed=completed, failed=failed, in_progress_at=first)
    job.stage("in_progress")
    if done:
        job.log("info", f"resuming: {len(done)} of {len(lines)} lines were answered before")
    todo = [line for line in lines if line.line not in done]
    counts = {"completed": completed, "failed": failed}
    window = spec.get("completion_window", "24h")
    deadline = utc(job.row["created_at"]) + timedelta(seconds=WINDOWS.get(window, 86400))

    def past_window() -> bool:
        return now() > deadline

    def step() -> None:  # between lines: cancelled, taken over, or past the completion window
        job.check()
        if past_window():
            raise Expired(f"the batch did not finish within its completion window ({window})")

    def count(response: dict[str, Any] | None, error: dict[str, Any] | None) -> None:
        ok = error is None and response is not None and response["status_code"] < 300
        counts["completed" if ok else "failed"] += 1
        job.progress(**counts)

    try:
        if job.settings.backend == "ray":
            await _on_ray(job, todo, outputs, count, step, past_window)
        else:
            requester = Requester(
                job.services,
                job.tenant,
                job.settings.retries,
                job.settings.retry_backoff_s,
                principal=job.spec.get("principal"),
            )

            async def call(line: BatchLine) -> Any:
                response, error = await requester(line)
                count(response, error)
                return response, error

            if todo:
                step()
            await run_lines(todo, call, outputs, spec.get("concurrency") or job.settings.concurrency, step)
    except Cancelled:
        job.progress(cancelling_at=unix(now()))
        result = await asyncio.to_thread(finalize, job, outputs, files)
        raise Cancelled(job.id, result) from None
    except Expired as exc:  # OpenAI's `expired`: what finished is in the files
        exc.result = await asyncio.to_thread(finalize, job, outputs, files)
        raise
    job.stage("finalizing")
    job.progress(finalizing_at=unix(now()))
    await asyncio.to_thread(job.beat)
    result = await asyncio.to_thread(finalize, job, outputs, files)
    if spec.get("output"):
        result["output"] = await asyncio.to_thread(_write_output, outputs, Path(spec["output"]))
    return result


def _take_input(job: JobContext, files: Any, endpoint: str) -> str:
    """A local input file as an uploaded one (plain rows made into batch lines), kept by the job."""
    spec = job.spec
    path = Path(spec["input"])
    if not path.is_file():
        raise BatchFailed([], f"the input file {path} does not exist")
    raw = path.read_bytes()
    try:
        content = rows_to_lines(raw, spec.get("model") or "", spec.get("prompt")) if endpoint == CHAT else raw
    except ValueError as exc:  # a bad prompt reference
        raise BatchFailed([], str(exc)) from None
    file_id = files.create(content, path.name, "batch", job.tenant)["id"]
    job.progress(input_file_id=file_id)
    job.beat()
    return str(file_id)


def _write_output(outputs: Outputs, path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(outputs.all_lines())
    tmp.replace(path)
    return str(path)


async def _on_ray(
    job: JobContext,
    todo: list[BatchLine],
    outputs: Outputs,
    count: Callable[..., None],
    step: Callable[[], None],
    past_window: Callable[[], bool],
) -> None:
    """The lines answered by Ray Data over an actor pool (keel.jobs.ray_backend), written as they
    come back; a cancelled job stops at the next block."""
    from keel.jobs import ray_backend

    def answered(line: BatchLine, response: dict[str, Any] | None, error: dict[str, Any] | None) -> None:
        outputs.add(line, response, error)
        count(response, error)
        if outputs.due():
            outputs.flush()

    try:
        await asyncio.to_thread(
            ray_backend.run_lines,
            todo,
            job.services.settings,
            job.tenant,
            answered,
            lambda: job.cancelled or job.lost or past_window(),
            job.spec.get("concurrency") or job.settings.concurrency,
            job.id,
            job.spec.get("principal"),
        )
    finally:
        await asyncio.to_thread(outputs.flush)
    step()


def finalize(job: JobContext, outputs: Outputs, files: Any) -> dict[str, Any]:
    ok, bad = outputs.files()
    result: dict[str, Any] = {"output_file_id": None, "error_file_id": None}
    if ok:
        result["output_file_id"] = files.create(ok, f"{job.id}_output.jsonl", "batch_output", job.tenant)["id"]
    if bad:
        result["error_file_id"] = files.create(bad, f"{job.id}_error.jsonl", "batch_output", job.tenant)["id"]
    completed, failed = outputs.counts()
    job.progress(completed=completed, failed=failed, **result)
    return result


class Expired(Exception):
    """The completion window passed before every line was answered: the job ends `expired`
    (OpenAI's status), its files holding what was answered."""

    code = "batch_expired"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.result: dict[str, Any] | None = None


class BatchFailed(Exception):
    """The input is invalid: the job fails with every line's error (OpenAI's `errors` list)."""

    code = "invalid_batch"

    def __init__(self, errors: list[dict[str, Any]], message: str) -> None:
        super().__init__(message)
        self.errors = errors
