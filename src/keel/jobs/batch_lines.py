"""The checkpointed machinery of batch jobs: answered lines written once (`Outputs`), one request
through the pipeline with retries (`Requester`), and lines answered a bounded number at a time
(`run_lines`)."""

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
from keel.jobs.batch_input import BatchLine
from keel.store.rows import now
from keel.store.tables_jobs import BatchOutput

log = logging.getLogger(__name__)
OUTPUTS = BatchOutput.__table__
RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}
FLUSH_ROWS = 64
FLUSH_S = 0.25


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
    """Calls one request through the pipeline as TENANT, with retries on transient failures: as
    the API key PRINCIPAL that created the batch (its per-key limits and guard policy apply, and
    the request log names it), else as `batch:TENANT` (a local `keel batch run`)."""

    def __init__(
        self,
        services: Any,
        tenant: str,
        retries: int,
        backoff_s: float,
        sleep: Callable[[float], Any] = asyncio.sleep,
        principal: str | None = None,
    ) -> None:
        from keel.client_transport import LocalTransport
        from keel.security.principal import Principal

        who = Principal(id=principal or f"batch:{tenant}", tenant=tenant)
        self.transport = LocalTransport(services=services, principal=who)
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
