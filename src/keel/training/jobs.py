"""Fine-tuning jobs in the database, shaped as OpenAI's API returns them (their files: keel.training.files).

    jobs            ftjob-…    validating_files → queued → running → succeeded | failed | cancelled
    events                     what the worker reports: messages, and metrics (loss, tokens/s, ETA)
    checkpoints     ftckpt-…   the resumable states a job keeps (its newest three)

A job is claimed by one training worker (a process of its own, keel.training.worker) with a
conditional update, so two gateways on one database never run it twice; the worker
heartbeats, and a job whose worker stopped heartbeating is queued again and resumes from its last
checkpoint.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select, update

from keel.errors import InvalidRequest, NotFound
from keel.store.rows import now, unix
from keel.store.tables import FineTuningCheckpoint, FineTuningEvent, FineTuningJob
from keel.training.files import _page, new_id

JOBS = FineTuningJob.__table__
EVENTS = FineTuningEvent.__table__
CHECKPOINTS = FineTuningCheckpoint.__table__

TERMINAL = ("succeeded", "failed", "cancelled")


# -------------------------------------------------------------------------------------- jobs


def job_object(row: dict[str, Any]) -> dict[str, Any]:
    hp = row["hyperparameters"]
    return {
        "id": row["id"],
        "object": "fine_tuning.job",
        "created_at": unix(row["created_at"]),
        "finished_at": unix(row["finished_at"]),
        "model": row["model"],
        "fine_tuned_model": row["fine_tuned_model"] if row["status"] == "succeeded" else None,
        "organization_id": row["tenant"],
        "status": row["status"],
        "hyperparameters": hp,
        "training_file": row["training_file"],
        "validation_file": row["validation_file"],
        "result_files": row["result_files"],
        "trained_tokens": row["trained_tokens"],
        "error": row["error"],
        "seed": row["seed"],
        "estimated_finish": unix(row["estimated_finish"]),
        "integrations": [],
        "metadata": row["metadata"],
        "suffix": row["suffix"],
        "method": {"type": "supervised", "supervised": {"hyperparameters": hp}},
        "user_provided_suffix": row["suffix"],
    }


class Jobs:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self, row: dict[str, Any]) -> dict[str, Any]:
        base = {
            "created_at": now(),
            "status": "queued",
            "inputs": {},
            "result_files": [],
            "cancel_requested": False,
            "attempts": 0,
        }
        row = {**base, **row}
        with self.engine.begin() as conn:
            conn.execute(JOBS.insert().values(**row))
            _event(conn, row["id"], "info", "message", f"Created fine-tuning job: {row['id']}")
        return self.get(row["id"])

    def row(self, job_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(JOBS).where(JOBS.c.id == job_id)).mappings().first()
        if row is None:
            raise NotFound(
                f"No fine-tuning job found with the id {job_id}", param="fine_tuning_job_id", code="not_found"
            )
        return dict(row)

    def get(self, job_id: str) -> dict[str, Any]:
        return job_object(self.row(job_id))

    def list(
        self,
        limit: int = 20,
        after: str | None = None,
        metadata: dict[str, str] | None = None,
        tenant: str | None = None,
    ) -> dict[str, Any]:
        """The newest first; TENANT: only that tenant's; METADATA: jobs whose metadata has these entries."""
        q = select(JOBS).order_by(JOBS.c.created_at.desc(), JOBS.c.id.desc())
        if tenant is not None:
            q = q.where(JOBS.c.tenant == tenant)
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(q).mappings()]
        if metadata:
            rows = [r for r in rows if all((r["metadata"] or {}).get(k) == v for k, v in metadata.items())]
        return _page([job_object(r) for r in rows], limit, after)

    def succeeded(self, fine_tuned_model: str, tenant: str | None = None) -> dict[str, Any] | None:
        """The succeeded job that made FINE_TUNED_MODEL (of TENANT, when given)."""
        q = select(JOBS).where(JOBS.c.fine_tuned_model == fine_tuned_model, JOBS.c.status == "succeeded")
        if tenant is not None:
            q = q.where(JOBS.c.tenant == tenant)
        with self.engine.connect() as conn:
            row = conn.execute(q).mappings().first()
        return dict(row) if row is not None else None

    def cancel(self, job_id: str) -> dict[str, Any]:
        """Cancel a job: a queued one at once; a running one at its worker's next step."""
        row = self.row(job_id)
        if row["status"] in TERMINAL:
            raise InvalidRequest(
                f"Job {job_id} is already {row['status']}: it cannot be cancelled", code="invalid_state"
            )
        with self.engine.begin() as conn:
            conn.execute(
                update(JOBS)
                .where(JOBS.c.id == job_id, JOBS.c.status == "queued")
                .values(status="cancelled", finished_at=now(), cancel_requested=True)
            )
            conn.execute(
                update(JOBS).where(JOBS.c.id == job_id, JOBS.c.status == "running").values(cancel_requested=True)
            )
            _event(conn, job_id, "info", "message", "Cancellation requested")
        return self.get(job_id)

    def events(self, job_id: str, limit: int = 20, after: str | None = None) -> dict[str, Any]:
        self.row(job_id)
        with self.engine.connect() as conn:
            rows = (
                conn.execute(select(EVENTS).where(EVENTS.c.job_id == job_id).order_by(EVENTS.c.id.desc()))
                .mappings()
                .all()
            )
        items = [
            {
                "id": f"ftevent-{r['id']}",
                "object": "fine_tuning.job.event",
                "created_at": unix(r["created_at"]),
                "level": r["level"],
                "message": r["message"],
                "data": r["data"],
                "type": r["type"],
            }
            for r in rows
        ]
        return _page(items, limit, after)

    def checkpoints(self, job_id: str, limit: int = 10, after: str | None = None) -> dict[str, Any]:
        row = self.row(job_id)
        with self.engine.connect() as conn:
            rows = (
                conn.execute(
                    select(CHECKPOINTS).where(CHECKPOINTS.c.job_id == job_id).order_by(CHECKPOINTS.c.step.desc())
                )
                .mappings()
                .all()
            )
        items = [
            {
                "id": r["id"],
                "object": "fine_tuning.job.checkpoint",
                "created_at": unix(r["created_at"]),
                "fine_tuned_model_checkpoint": f"{row['fine_tuned_model']}:ckpt-step-{r['step']}",
                "fine_tuning_job_id": job_id,
                "metrics": {"step": r["step"], **(r["metrics"] or {})},
                "step_number": r["step"],
            }
            for r in rows
        ]
        return _page(items, limit, after)

    # ------------------------------------------------------------------ the worker's side

    def claim(self, worker: str, stale_s: float = 120.0, only: str | None = None) -> str | None:
        """The oldest queued job (ONLY: that one), now running on WORKER; a running job whose
        worker stopped heartbeating STALE_S ago is queued again first. None when there is nothing
        to do. The job system's claim (keel.jobs.queue.claim_from) over this table."""
        from keel.jobs.queue import claim_from

        def reclaimed(conn: Any, job_id: str, failed: bool) -> None:
            _event(
                conn,
                job_id,
                "warn",
                "message",
                "The worker running this job stopped; it will resume from its last checkpoint",
            )

        return claim_from(self.engine, JOBS, worker, stale_s, on_reclaim=reclaimed, only=only)

    def heartbeat(self, job_id: str, worker: str, **values: Any) -> tuple[bool, bool]:
        """Record that WORKER is alive (and VALUES): (still its job, cancellation requested). A
        job that another worker took over (this one looked dead) is no longer this worker's."""
        with self.engine.begin() as conn:
            mine = conn.execute(
                update(JOBS)
                .where(JOBS.c.id == job_id, JOBS.c.worker == worker, JOBS.c.status == "running")
                .values(heartbeat_at=now(), **values)
            ).rowcount
            cancel = bool(conn.execute(select(JOBS.c.cancel_requested).where(JOBS.c.id == job_id)).scalar())
        return bool(mine), cancel

    def event(self, job_id: str, level: str, kind: str, message: str, data: dict[str, Any] | None = None) -> None:
        with self.engine.begin() as conn:
            _event(conn, job_id, level, kind, message, data)

    def metric_events(self, job_id: str) -> list[dict[str, Any]]:
        """Every metrics event's data, oldest first."""
        q = select(EVENTS.c.data).where(EVENTS.c.job_id == job_id, EVENTS.c.type == "metrics").order_by(EVENTS.c.id)
        with self.engine.connect() as conn:
            return [d for d in conn.execute(q).scalars() if d]

    def checkpoint(self, job_id: str, step: int, metrics: dict[str, Any], path: str, pruned: list[str] = ()) -> None:
        """A new checkpoint at STEP; those whose folders were PRUNED from disk are no longer listed."""
        with self.engine.begin() as conn:
            conn.execute(
                CHECKPOINTS.insert().values(
                    id=new_id("ftckpt"), job_id=job_id, created_at=now(), step=step, metrics=metrics, path=path
                )
            )
            if pruned:
                conn.execute(CHECKPOINTS.delete().where(CHECKPOINTS.c.job_id == job_id, CHECKPOINTS.c.path.in_(pruned)))

    def requeue(self, job_id: str, worker: str, why: str) -> None:
        """Queue a job WORKER was running again (its process died): the next claim resumes its
        checkpoint. Nothing happens if another worker has taken it over meanwhile."""
        with self.engine.begin() as conn:
            moved = conn.execute(
                update(JOBS)
                .where(JOBS.c.id == job_id, JOBS.c.status == "running", JOBS.c.worker == worker)
                .values(status="queued", worker=None)
            ).rowcount
            if moved:
                _event(conn, job_id, "warn", "message", why)

    def finish(self, job_id: str, status: str, worker: str | None = None, **values: Any) -> bool:
        """End the job with STATUS; with WORKER, only while that worker still holds it."""
        cond = [JOBS.c.id == job_id]
        if worker is not None:
            cond += [JOBS.c.worker == worker, JOBS.c.status == "running"]
        with self.engine.begin() as conn:
            done = conn.execute(
                update(JOBS).where(*cond).values(status=status, finished_at=now(), worker=None, **values)
            ).rowcount
        return bool(done)


def _event(conn: Any, job_id: str, level: str, kind: str, message: str, data: dict[str, Any] | None = None) -> None:
    conn.execute(
        EVENTS.insert().values(job_id=job_id, created_at=now(), level=level, type=kind, message=message, data=data)
    )
