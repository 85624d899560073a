"""Batch jobs: OpenAI's Batch API on the job system.

    validating ──▶ in_progress ──▶ finalizing ──▶ completed
        │               │ cancel                 (failed: the input is invalid, or the job broke)
        ▼               ▼
      failed        cancelling ──▶ cancelled     (with the lines finished so far)

Every request goes through the same pipeline as live traffic (guard, cache, routing, limits), in
process, as the job's tenant, at a bounded concurrency (`jobs.concurrency`), retried with
exponential backoff when the answer is a 429, a 5xx or a timeout. Each answered line is written
to `batch_outputs` (a unique key per job and line) in small groups; a job whose worker was killed
resumes with the lines not written yet, so every custom_id appears in the output exactly once.
Finalizing writes the output file (2xx answers) and the error file (the rest), in input order,
as files of purpose `batch_output`.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
import time
from collections.abc import Callable
from typing import Any

import orjson
from sqlalchemy import Engine, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from keel.errors import KeelError
from keel.jobs.batch_input import BatchLine, InvalidBatch, parse_lines
from keel.jobs.worker import Cancelled, JobContext
from keel.store.rows import now, unix
from keel.store.tables_jobs import BatchOutput

log = logging.getLogger(__name__)
OUTPUTS = BatchOutput.__table__
RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}
FLUSH_ROWS = 64
FLUSH_S = 0.25
WINDOWS = {"24h": 24 * 3600}


# ------------------------------------------------------------------------------ the API's shape


def batch_status(row: dict[str, Any]) -> str:
    s = row["status"]
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
    elif row["status"] == "failed" and error:
        errors = {
            "object": "list",
            "data": [{"code": error.get("code"), "message": error.get("message"), "param": None, "line": None}],
        }
    return {
        "id": row["id"],
        "object": "batch",
        "endpoint": spec["endpoint"],
        "errors": errors,
        "input_file_id": spec["input_file_id"],
        "completion_window": spec.get("completion_window", "24h"),
        "status": status,
        "output_file_id": result.get("output_file_id") or p.get("output_file_id"),
        "error_file_id": result.get("error_file_id") or p.get("error_file_id"),
        "created_at": created,
        "in_progress_at": p.get("in_progress_at"),
        "expires_at": created + WINDOWS.get(spec.get("completion_window", "24h"), 86400),
        "finalizing_at": p.get("finalizing_at"),
        "completed_at": finished if row["status"] == "succeeded" else None,
        "failed_at": finished if row["status"] == "failed" else None,
        "expired_at": None,
        "cancelling_at": p.get("cancelling_at"),
        "cancelled_at": finished if row["status"] == "cancelled" else None,
        "request_counts": {
            "total": p.get("total", 0),
            "completed": p.get("completed", 0),
            "failed": p.get("failed", 0),
        },
        "metadata": row["metadata"],
    }


# --------------------------------------------------------------------------- checkpointed lines


class Outputs:
    """The answered lines of one batch job: what is written, and writing more in groups."""

    def __init__(self, engine: Engine, job_id: str) -> None:
        self.engine, self.job_id = engine, job_id
        self.pending: list[dict[str, Any]] = []
        self.last_flush = time.monotonic()

    def done_lines(self) -> set[int]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(OUTPUTS.c.line).where(OUTPUTS.c.job_id == self.job_id)).scalars())

    def counts(self) -> tuple[int, int]:
        """(completed, failed) lines written."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(OUTPUTS.c.response, OUTPUTS.c.error).where(OUTPUTS.c.job_id == self.job_id)
            ).all()
        completed = sum(1 for r, e in rows if e is None and r is not None and 200 <= r.get("status_code", 0) < 300)
        return completed, len(rows) - completed

    def add(self, line: BatchLine, response: dict[str, Any] | None, error: dict[str, Any] | None) -> None:
        self.pending.append(
            {
                "job_id": self.job_id,
                "line": line.line,
                "custom_id": line.custom_id,
                "response": response,
                "error": error,
                "created_at": now(),
            }
        )

    def due(self) -> bool:
        return len(self.pending) >= FLUSH_ROWS or (bool(self.pending) and time.monotonic() - self.last_flush >= FLUSH_S)

    def flush(self) -> int:
        rows, self.pending = self.pending, []
        self.last_flush = time.monotonic()
        if not rows:
            return 0
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        with self.engine.begin() as conn:  # a line written before (a worker taken over) stays as it was
            conn.execute(insert(OUTPUTS).values(rows).on_conflict_do_nothing(index_elements=["job_id", "line"]))
        return len(rows)

    def files(self) -> tuple[bytes, bytes]:
        """The output file (2xx answers) and the error file (the rest), in input order."""
        ok: list[bytes] = []
        bad: list[bytes] = []
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(OUTPUTS).where(OUTPUTS.c.job_id == self.job_id).order_by(OUTPUTS.c.line)
            ).mappings()
            for r in rows:
                rid = "batch_req_" + hashlib.sha256(f"{self.job_id}:{r['line']}".encode()).hexdigest()[:24]
                line = orjson.dumps(
                    {"id": rid, "custom_id": r["custom_id"], "response": r["response"], "error": r["error"]}
                )
                resp = r["response"]
                good = r["error"] is None and resp is not None and 200 <= resp.get("status_code", 0) < 300
                (ok if good else bad).append(line)
        return _join(ok), _join(bad)

    def all_lines(self) -> bytes:
        """Every answered line, answers and errors together, in input order (`keel batch run`)."""
        ok, bad = self.files()
        lines = [orjson.loads(x) for x in (ok + bad).splitlines()]
        order = {}
        with self.engine.connect() as conn:
            for line, cid in conn.execute(
                select(OUTPUTS.c.line, OUTPUTS.c.custom_id).where(OUTPUTS.c.job_id == self.job_id)
            ):
                order[cid] = line
        lines.sort(key=lambda x: order[x["custom_id"]])
        return _join([orjson.dumps(x) for x in lines])


def _join(lines: list[bytes]) -> bytes:
    return b"\n".join(lines) + b"\n" if lines else b""


# ------------------------------------------------------------------------------ running requests


class Requester:
    """Calls one request through the pipeline as TENANT, with retries on transient failures."""

    def __init__(
        self, services: Any, tenant: str, retries: int, backoff_s: float, sleep: Callable[[float], Any] = asyncio.sleep
    ) -> None:
        from keel.client_transport import LocalTransport
        from keel.security.principal import Principal

        self.transport = LocalTransport(services=services, principal=Principal(id=f"batch:{tenant}", tenant=tenant))
        self.retries, self.backoff_s, self.sleep = retries, backoff_s, sleep

    async def __call__(self, line: BatchLine) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        body = orjson.dumps(line.body)
        attempt = 0
        while True:
            request_id = f"req_{secrets.token_hex(12)}"
            try:
                answer = await self.transport.call(line.route, body, {"x-request-id": request_id})
                return {"status_code": 200, "request_id": request_id, "body": answer}, None
            except KeelError as exc:
                if exc.status_code in RETRY_STATUS and attempt < self.retries:
                    attempt += 1
                    await self.sleep(max(exc.retry_after or 0.0, self.backoff_s * 2 ** (attempt - 1)))
                    continue
                return {"status_code": exc.status_code, "request_id": request_id, "body": exc.to_dict()}, None
            except (TimeoutError, ConnectionError) as exc:
                if attempt < self.retries:
                    attempt += 1
                    await self.sleep(self.backoff_s * 2 ** (attempt - 1))
                    continue
                return None, {"code": "request_failed", "message": f"{type(exc).__name__}: {exc}"}
            except Exception as exc:  # a bug must not lose the other lines: this line records it
                log.exception("batch line %s failed", line.custom_id)
                return None, {"code": "internal_error", "message": f"{type(exc).__name__}: {exc}"}


async def run_lines(
    lines: list[BatchLine],
    call: Callable[[BatchLine], Any],
    outputs: Outputs,
    concurrency: int,
    on_step: Callable[[], None] | None = None,
) -> None:
    """Answer LINES (those not written yet) with CALL, CONCURRENCY at a time, writing each
    answer to OUTPUTS; ON_STEP after every answer (progress, and the cancellation check that
    stops taking new lines by raising)."""
    todo = iter(lines)
    failure: list[BaseException] = []

    async def lane() -> None:
        for line in todo:
            if failure:
                return
            response, error = await call(line)
            outputs.add(line, response, error)
            if outputs.due():
                await asyncio.to_thread(outputs.flush)
            if on_step is not None:
                try:
                    on_step()
                except BaseException as exc:
                    failure.append(exc)
                    return

    try:
        await asyncio.gather(*(lane() for _ in range(max(1, min(concurrency, len(lines) or 1)))))
    finally:
        await asyncio.to_thread(outputs.flush)
    if failure:
        raise failure[0]


# ------------------------------------------------------------------------------------- the kind


async def run_job(job: JobContext) -> dict[str, Any]:
    """The `batch` job kind: validate, answer every line not answered yet, write the files."""
    from keel.training.files import Files

    engine = job.queue.engine
    files = Files(engine)
    spec = job.spec
    job.stage("validating")
    content = await asyncio.to_thread(files.content, spec["input_file_id"])
    try:
        lines = parse_lines(content, spec["endpoint"], spec.get("model"))
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

    def count(response: dict[str, Any] | None, error: dict[str, Any] | None) -> None:
        ok = error is None and response is not None and response["status_code"] < 300
        counts["completed" if ok else "failed"] += 1
        job.progress(**counts)

    try:
        if job.settings.backend == "ray":
            await _on_ray(job, todo, outputs, count)
        else:
            requester = Requester(job.services, job.tenant, job.settings.retries, job.settings.retry_backoff_s)

            async def call(line: BatchLine) -> Any:
                response, error = await requester(line)
                count(response, error)
                return response, error

            await run_lines(todo, call, outputs, spec.get("concurrency") or job.settings.concurrency, job.check)
    except Cancelled:
        job.progress(cancelling_at=unix(now()))
        result = await asyncio.to_thread(finalize, job, outputs, files)
        raise Cancelled(job.id, result) from None
    job.stage("finalizing")
    job.progress(finalizing_at=unix(now()))
    await asyncio.to_thread(job.beat)
    return await asyncio.to_thread(finalize, job, outputs, files)


async def _on_ray(job: JobContext, todo: list[BatchLine], outputs: Outputs, count: Callable[..., None]) -> None:
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
            lambda: job.cancelled or job.lost,
            job.spec.get("concurrency") or job.settings.concurrency,
        )
    finally:
        await asyncio.to_thread(outputs.flush)
    job.check()


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


class BatchFailed(Exception):
    """The input is invalid: the job fails with every line's error (OpenAI's `errors` list)."""

    code = "invalid_batch"

    def __init__(self, errors: list[dict[str, Any]], message: str) -> None:
        super().__init__(message)
        self.errors = errors


def resumable(queue: Any, key: str) -> dict[str, Any] | None:
    """The newest unfinished `keel batch run` job of KEY (its input, endpoint and output), if any."""
    from keel.jobs.queue import JOBS

    c = JOBS.c
    with queue.engine.connect() as conn:
        rows = conn.execute(
            select(JOBS).where(c.kind == "batch", c.status != "succeeded").order_by(c.created_at.desc())
        ).mappings()
        for r in rows:
            if (r["metadata"] or {}).get("local_key") == key:
                return dict(r)
    return None
