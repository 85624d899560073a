"""Every job in one view: the job system's table (batch, eval, workflow, plugins' kinds) and the
fine-tuning jobs (kind `fine_tune`), which keep OpenAI's shape in a table of their own but are
claimed by the same claim and run by the same workers (keel.training.runner in `keel serve` and
`keel worker`). `/v1/jobs`, `keel jobs` and `client.jobs` read and act through this view: list,
show, cancel, retry and logs, whatever the kind.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from keel.errors import InvalidRequest
from keel.jobs.queue import Queue, job_view
from keel.store.rows import unix, utc
from keel.training.jobs import EVENTS, Jobs
from keel.training.jobs import JOBS as FT_JOBS

FT = "fine_tune"
FT_STATUS = {"validating_files": "queued", "queued": "queued", "running": "running"}


def ft_view(row: dict[str, Any], progress: dict[str, Any] | None = None) -> dict[str, Any]:
    """A fine-tuning job as a job of the job system."""
    status = FT_STATUS.get(row["status"], row["status"])
    return {
        "id": row["id"],
        "object": "job",
        "kind": FT,
        "name": row["fine_tuned_model"],
        "status": status,
        "stage": row["status"] if row["status"] != status else None,
        "progress": progress or {},
        "result": {
            "fine_tuned_model": row["fine_tuned_model"],
            "registered": row["registered"],
            "result_files": row["result_files"],
        }
        if row["status"] == "succeeded"
        else None,
        "error": row["error"],
        "metadata": row["metadata"],
        "attempts": row["attempts"],
        "worker": row["worker"],
        "cancel_requested": bool(row["cancel_requested"]),
        "schedule_id": None,
        "created_at": unix(row["created_at"]),
        "started_at": unix(row["started_at"]),
        "finished_at": unix(row["finished_at"]),
    }


class AllJobs:
    def __init__(self, queue: Queue, fine_tuning: Jobs) -> None:
        self.queue, self.ft = queue, fine_tuning

    def _is_ft(self, job_id: str) -> bool:
        return job_id.startswith("ftjob-")

    def row(self, job_id: str) -> dict[str, Any]:
        """The job's row, `kind` and `tenant` included, whichever table holds it."""
        if self._is_ft(job_id):
            return {**self.ft.row(job_id), "kind": FT}
        return self.queue.row(job_id)

    def get(self, job_id: str) -> dict[str, Any]:
        if not self._is_ft(job_id):
            return job_view(self.queue.row(job_id))
        steps = [d for d in self.ft.metric_events(job_id) if "step" in d]
        progress = {k: steps[-1][k] for k in ("step", "total_steps", "train_loss") if k in steps[-1]} if steps else {}
        return ft_view(self.ft.row(job_id), progress)

    def list(
        self, kind: str | None, status: str | None, tenant: str | None, limit: int, after: str | None
    ) -> list[dict[str, Any]]:
        """Up to LIMIT + 1 views, the newest first, of every table KIND allows."""
        before = None
        if after:
            ref = self.row(after)
            before = (ref["created_at"], ref["id"])
        rows: list[tuple[datetime, str, dict[str, Any]]] = []
        if kind != FT:
            rows += [
                (utc(r["created_at"]), r["id"], job_view(r))
                for r in self.queue.list(kind, status, tenant, limit, before=before)
            ]
        if kind in (None, FT):
            rows += [(utc(r["created_at"]), r["id"], ft_view(r)) for r in self._ft_rows(status, tenant, limit, before)]
        rows.sort(key=lambda x: (x[0], x[1]), reverse=True)
        return [view for _, _, view in rows[: limit + 1]]

    def _ft_rows(
        self, status: str | None, tenant: str | None, limit: int, before: tuple[datetime, str] | None
    ) -> list[dict[str, Any]]:
        c = FT_JOBS.c
        q = select(FT_JOBS).order_by(c.created_at.desc(), c.id.desc())
        if status:
            q = q.where(c.status.in_([s for s, shown in FT_STATUS.items() if shown == status] or [status]))
        if tenant is not None:
            q = q.where(c.tenant == tenant)
        if before is not None:
            t, ident = before
            q = q.where((c.created_at < t) | ((c.created_at == t) & (c.id < ident)))
        with self.ft.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q.limit(limit + 1)).mappings()]

    def cancel(self, job_id: str) -> dict[str, Any]:
        if self._is_ft(job_id):
            self.ft.cancel(job_id)
            return self.get(job_id)
        return job_view(self.queue.cancel(job_id))

    def retry(self, job_id: str) -> dict[str, Any]:
        """A failed or cancelled job queued again: a fine-tuning job resumes from its last checkpoint."""
        if not self._is_ft(job_id):
            return job_view(self.queue.retry(job_id))
        row = self.ft.row(job_id)
        if row["status"] not in ("failed", "cancelled"):
            raise InvalidRequest(
                f"job {job_id} is {row['status']}: only a failed or cancelled job is retried", code="invalid_state"
            )
        with self.ft.engine.begin() as conn:
            conn.execute(
                update(FT_JOBS)
                .where(FT_JOBS.c.id == job_id, FT_JOBS.c.status.in_(("failed", "cancelled")))
                .values(status="queued", error=None, finished_at=None, cancel_requested=False, attempts=0, worker=None)
            )
        self.ft.event(job_id, "info", "message", "Queued again (retry): it resumes from its last checkpoint")
        return self.get(job_id)

    def logs(self, job_id: str, after: int = 0, limit: int = 1000) -> list[dict[str, Any]]:
        if not self._is_ft(job_id):
            return self.queue.logs(job_id, after, limit)
        self.ft.row(job_id)
        q = select(EVENTS).where(EVENTS.c.job_id == job_id, EVENTS.c.id > after).order_by(EVENTS.c.id).limit(limit)
        with self.ft.engine.connect() as conn:
            return [
                {
                    "id": r["id"],
                    "created_at": unix(r["created_at"]),
                    "level": r["level"],
                    "message": r["message"],
                    "data": r["data"],
                }
                for r in conn.execute(q).mappings()
            ]
