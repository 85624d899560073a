"""The job queue: jobs of every kind as rows of one table, claimed by workers.

    queued ──claim──▶ running ──finish──▶ succeeded | failed | cancelled
       ▲                 │
       └── reclaim ──────┘   (its worker stopped heartbeating; failed after max_attempts)

A claim takes the oldest queued job of the highest priority whose `run_after` has passed. On
PostgreSQL it selects with `FOR UPDATE SKIP LOCKED`, so many workers claim concurrently without
waiting on each other's rows; SQLite has one writer at a time, and the claim's conditional update
(`WHERE status = 'queued'`) makes two claimers of one row impossible there as well. The same
claim runs over the fine-tuning jobs' table (keel.training.jobs), which has the same columns.

Times come from an injected clock, so tests move time instead of sleeping.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Table, func, select, update

from keel.errors import InvalidRequest, NotFound
from keel.store.rows import now, unix
from keel.store.tables_jobs import Job, JobLog

JOBS: Table = Job.__table__  # type: ignore[assignment]
LOGS: Table = JobLog.__table__  # type: ignore[assignment]

TERMINAL = ("succeeded", "failed", "cancelled")
STATUSES = ("queued", "running", *TERMINAL)
PREFIX = {"batch": "batch", "workflow": "wfrun", "eval": "evaljob"}

Clock = Callable[[], datetime]


def new_job_id(kind: str) -> str:
    return f"{PREFIX.get(kind, 'job')}_{secrets.token_hex(12)}"


def job_view(row: dict[str, Any]) -> dict[str, Any]:
    """A job as the jobs API and `keel jobs` show it."""
    return {
        "id": row["id"],
        "object": "job",
        "kind": row["kind"],
        "name": row["name"],
        "status": row["status"],
        "stage": row["stage"],
        "progress": row["progress"] or {},
        "result": row["result"],
        "error": row["error"],
        "metadata": row["metadata"],
        "attempts": row["attempts"],
        "worker": row["worker"],
        "cancel_requested": bool(row["cancel_requested"]),
        "schedule_id": row["schedule_id"],
        "created_at": unix(row["created_at"]),
        "started_at": unix(row["started_at"]),
        "finished_at": unix(row["finished_at"]),
    }


def claim_from(
    engine: Engine,
    table: Table,
    worker: str,
    stale_s: float,
    clock: Clock = now,
    kinds: Iterable[str] | None = None,
    on_reclaim: Callable[[Any, str, bool], None] | None = None,
    only: str | None = None,
) -> str | None:
    """Claim one queued job of TABLE for WORKER (its id, or None): first every running job whose
    worker stopped heartbeating STALE_S ago is queued again (or failed, when the table counts
    attempts and it has used them all); ON_RECLAIM(conn, job_id, failed) logs it. ONLY: claim
    that job or none (a workflow step running the fine-tuning job it submitted)."""
    c = table.c
    t = clock()
    with engine.begin() as conn:
        q = select(c.id, c.attempts, *([c.max_attempts] if "max_attempts" in c else [])).where(
            c.status == "running", c.heartbeat_at < t - timedelta(seconds=stale_s)
        )
        if engine.dialect.name == "postgresql":
            q = q.with_for_update(skip_locked=True)
        for r in conn.execute(q).mappings().all():
            spent = "max_attempts" in c and r["attempts"] >= r["max_attempts"]
            values: dict[str, Any] = {"status": "queued", "worker": None}
            if spent:
                values = {
                    "status": "failed",
                    "worker": None,
                    "finished_at": t,
                    "error": {"code": "worker_died", "message": f"its worker died {r['attempts']} times"},
                }
            moved = conn.execute(update(table).where(c.id == r["id"], c.status == "running").values(**values)).rowcount
            if moved and on_reclaim is not None:
                on_reclaim(conn, r["id"], spent)
    q = select(c.id).where(c.status == "queued")
    if only is not None:
        q = q.where(c.id == only)
    if "run_after" in c:
        q = q.where((c.run_after.is_(None)) | (c.run_after <= t))
    if kinds is not None and "kind" in c:
        q = q.where(c.kind.in_(list(kinds)))
    order = ([c.priority.desc()] if "priority" in c else []) + [c.created_at, c.id]
    q = q.order_by(*order)
    claimed = {
        "status": "running",
        "worker": worker,
        "heartbeat_at": t,
        "started_at": func.coalesce(c.started_at, t),
        "attempts": c.attempts + 1,
    }
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            job_id = conn.execute(q.limit(1).with_for_update(skip_locked=True)).scalar()
            if job_id is None:
                return None
            conn.execute(update(table).where(c.id == job_id).values(**claimed))
            return str(job_id)
    with engine.connect() as conn:
        ids = conn.execute(q.limit(20)).scalars().all()
    for job_id in ids:  # SQLite: the conditional update lets one claimer of a row win
        with engine.begin() as conn:
            if conn.execute(update(table).where(c.id == job_id, c.status == "queued").values(**claimed)).rowcount:
                return str(job_id)
    return None


class Queue:
    """The `jobs` table: submit, claim, heartbeat, finish, cancel, retry, list, logs."""

    def __init__(self, engine: Engine, clock: Clock = now) -> None:
        self.engine = engine
        self.clock = clock

    # ------------------------------------------------------------------ the caller's side

    def submit(
        self,
        kind: str,
        spec: dict[str, Any],
        tenant: str = "default",
        name: str | None = None,
        metadata: dict[str, Any] | None = None,
        schedule_id: str | None = None,
        max_attempts: int = 3,
        priority: int = 0,
        job_id: str | None = None,
        status: str = "queued",
        worker: str | None = None,
        conn: Any = None,
    ) -> dict[str, Any]:
        """A new job; with STATUS running and WORKER, one the caller runs itself (claimed at once).
        CONN: insert it in that open transaction (a schedule's firing and its job commit together)."""
        t = self.clock()
        row = {
            "id": job_id or new_job_id(kind),
            "kind": kind,
            "name": name,
            "tenant": tenant,
            "status": status,
            "stage": None,
            "spec": spec,
            "progress": {},
            "metadata": metadata,
            "priority": priority,
            "attempts": 1 if status == "running" else 0,
            "max_attempts": max_attempts,
            "cancel_requested": False,
            "worker": worker,
            "heartbeat_at": t if status == "running" else None,
            "schedule_id": schedule_id,
            "created_at": t,
            "started_at": t if status == "running" else None,
        }
        with nullcontext(conn) if conn is not None else self.engine.begin() as tx:
            tx.execute(JOBS.insert().values(**row))
            why = f" by schedule {schedule_id}" if schedule_id else ""
            self._log(tx, row["id"], "info", f"{kind} job created{why}")
        return {**row, "result": None, "error": None, "run_after": None, "finished_at": None}

    def row(self, job_id: str, kind: str | None = None) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(JOBS).where(JOBS.c.id == job_id)).mappings().first()
        if row is None or (kind is not None and row["kind"] != kind):
            raise NotFound(f"No such job: {job_id}", param="job_id", code="not_found")
        return dict(row)

    def list(
        self,
        kind: str | None = None,
        status: str | None = None,
        tenant: str | None = None,
        limit: int = 20,
        after: str | None = None,
        before: tuple[datetime, str] | None = None,
    ) -> list[dict[str, Any]]:
        """Up to LIMIT + 1 rows (list_page tells from the extra one that more follow), the newest
        first; AFTER: those after that job; BEFORE: those older than (created_at, id)."""
        c = JOBS.c
        q = select(JOBS).order_by(c.created_at.desc(), c.id.desc())
        if kind:
            q = q.where(c.kind == kind)
        if status:
            q = q.where(c.status == status)
        if tenant is not None:
            q = q.where(c.tenant == tenant)
        if after:
            ref = self.row(after)
            before = (ref["created_at"], ref["id"])
        if before is not None:
            t, ident = before
            q = q.where((c.created_at < t) | ((c.created_at == t) & (c.id < ident)))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q.limit(limit + 1)).mappings()]

    def cancel(self, job_id: str, kind: str | None = None) -> dict[str, Any]:
        """A queued job is cancelled at once; a running one when its worker next heartbeats."""
        row = self.row(job_id, kind)
        if row["status"] in TERMINAL:
            raise InvalidRequest(
                f"job {job_id} is already {row['status']}: it cannot be cancelled", code="invalid_state"
            )
        with self.engine.begin() as conn:
            conn.execute(
                update(JOBS)
                .where(JOBS.c.id == job_id, JOBS.c.status == "queued")
                .values(status="cancelled", finished_at=self.clock(), cancel_requested=True)
            )
            conn.execute(
                update(JOBS).where(JOBS.c.id == job_id, JOBS.c.status == "running").values(cancel_requested=True)
            )
            self._log(conn, job_id, "info", "cancellation requested")
        return self.row(job_id)

    def retry(self, job_id: str) -> dict[str, Any]:
        """Queue a failed or cancelled job again; it keeps what it had finished (a batch its
        written lines, a workflow its succeeded steps)."""
        row = self.row(job_id)
        if row["status"] not in ("failed", "cancelled"):
            raise InvalidRequest(
                f"job {job_id} is {row['status']}: only a failed or cancelled job is retried", code="invalid_state"
            )
        with self.engine.begin() as conn:
            conn.execute(
                update(JOBS)
                .where(JOBS.c.id == job_id, JOBS.c.status.in_(("failed", "cancelled")))
                .values(
                    status="queued",
                    error=None,
                    finished_at=None,
                    cancel_requested=False,
                    attempts=0,
                    worker=None,
                    run_after=None,
                )
            )
            self._log(conn, job_id, "info", "queued again (retry)")
        return self.row(job_id)

    # ------------------------------------------------------------------ the worker's side

    def claim(self, worker: str, stale_s: float = 60.0, kinds: Iterable[str] | None = None) -> dict[str, Any] | None:
        def reclaimed(conn: Any, job_id: str, failed: bool) -> None:
            why = "its worker died too often: failed" if failed else "its worker stopped heartbeating: queued again"
            self._log(conn, job_id, "warn", why)

        job_id = claim_from(self.engine, JOBS, worker, stale_s, self.clock, kinds, reclaimed)
        if job_id is None:
            return None
        self.log(job_id, "info", f"claimed by {worker}")
        return self.row(job_id)

    def heartbeat(self, job_id: str, worker: str, **values: Any) -> tuple[bool, bool]:
        """WORKER still runs JOB_ID (and sets VALUES: progress, stage…): (still its job, cancel asked)."""
        with self.engine.begin() as conn:
            mine = conn.execute(
                update(JOBS)
                .where(JOBS.c.id == job_id, JOBS.c.worker == worker, JOBS.c.status == "running")
                .values(heartbeat_at=self.clock(), **values)
            ).rowcount
            cancel = conn.execute(select(JOBS.c.cancel_requested).where(JOBS.c.id == job_id)).scalar()
        return bool(mine), bool(cancel)

    def finish(self, job_id: str, status: str, worker: str | None = None, **values: Any) -> bool:
        """End the job with STATUS; with WORKER, only while that worker still holds it."""
        assert status in TERMINAL, status
        cond = [JOBS.c.id == job_id]
        if worker is not None:
            cond += [JOBS.c.worker == worker, JOBS.c.status == "running"]
        with self.engine.begin() as conn:
            done = conn.execute(
                update(JOBS).where(*cond).values(status=status, finished_at=self.clock(), worker=None, **values)
            ).rowcount
        return bool(done)

    def requeue(self, job_id: str, worker: str, why: str, delay_s: float = 0.0) -> bool:
        """Give a job back (to be claimed again after DELAY_S), while WORKER still holds it."""
        with self.engine.begin() as conn:
            moved = conn.execute(
                update(JOBS)
                .where(JOBS.c.id == job_id, JOBS.c.status == "running", JOBS.c.worker == worker)
                .values(status="queued", worker=None, run_after=self.clock() + timedelta(seconds=delay_s))
            ).rowcount
            if moved:
                self._log(conn, job_id, "warn", why)
        return bool(moved)

    def take_over(self, job_id: str, worker: str, seen: dict[str, Any]) -> dict[str, Any] | None:
        """Run JOB_ID on WORKER from where it stopped: a job as SEEN (not finished: its worker
        died, or it failed or was cancelled) — None when it changed since (someone else has it)."""
        c = JOBS.c
        t = self.clock()
        with self.engine.begin() as conn:
            moved = conn.execute(
                update(JOBS)
                .where(c.id == job_id, c.status == seen["status"], c.attempts == seen["attempts"])
                .values(status="running", worker=worker, heartbeat_at=t, attempts=c.attempts + 1, error=None,
                        finished_at=None, cancel_requested=False, started_at=func.coalesce(c.started_at, t))
            ).rowcount  # fmt: skip
            if not moved:
                return None
            self._log(conn, job_id, "info", f"taken over by {worker} (it was {seen['status']} on {seen['worker']})")
        return self.row(job_id)

    # ------------------------------------------------------------------------------ logs

    def log(self, job_id: str, level: str, message: str, data: dict[str, Any] | None = None) -> None:
        with self.engine.begin() as conn:
            self._log(conn, job_id, level, message, data)

    def _log(self, conn: Any, job_id: str, level: str, message: str, data: dict[str, Any] | None = None) -> None:
        conn.execute(
            LOGS.insert().values(job_id=job_id, created_at=self.clock(), level=level, message=message, data=data)
        )

    def logs(self, job_id: str, after: int = 0, limit: int = 1000) -> list[dict[str, Any]]:
        """The job's log lines after line id AFTER, oldest first (`tail -f` polls with the last id)."""
        self.row(job_id)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(LOGS).where(LOGS.c.job_id == job_id, LOGS.c.id > after).order_by(LOGS.c.id).limit(limit)
            ).mappings()
            return [
                {
                    "id": r["id"],
                    "created_at": unix(r["created_at"]),
                    "level": r["level"],
                    "message": r["message"],
                    "data": r["data"],
                }
                for r in rows
            ]
