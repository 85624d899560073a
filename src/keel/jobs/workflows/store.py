"""The steps of workflow runs (`workflow_steps`): one row per run and step with its status
(pending, running, succeeded, cached, failed, skipped), attempts, cache key, outputs and error."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Table, select, update

from keel.jobs.queue import Clock
from keel.store.rows import now
from keel.store.tables_jobs import WorkflowStep

STEPS: Table = WorkflowStep.__table__  # type: ignore[assignment]
STATUSES = ("pending", "running", "succeeded", "cached", "failed", "skipped")
DONE = ("succeeded", "cached")


class StepStore:
    def __init__(self, engine: Engine, clock: Clock = now) -> None:
        self.engine = engine
        self.clock = clock

    def rows(self, run_id: str) -> dict[str, dict[str, Any]]:
        """Every step row of RUN_ID by step name."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(STEPS).where(STEPS.c.run_id == run_id).order_by(STEPS.c.id)).mappings().all()
        return {r["step"]: dict(r) for r in rows}

    def prepare(self, run_id: str, steps: dict[str, str], keep: set[str]) -> None:
        """Rows for STEPS (name → type) of RUN_ID: those in KEEP stay as they are (a resumed run's
        finished steps); every other one is pending again."""
        existing = self.rows(run_id)
        with self.engine.begin() as conn:
            for name, type_ in steps.items():
                if name in keep:
                    continue
                fresh = {"type": type_, "status": "pending", "attempts": 0, "cache_key": None, "outputs": None,
                         "error": None, "started_at": None, "finished_at": None}  # fmt: skip
                if name in existing:
                    conn.execute(update(STEPS).where(STEPS.c.run_id == run_id, STEPS.c.step == name).values(**fresh))
                else:
                    conn.execute(STEPS.insert().values(run_id=run_id, step=name, **fresh))

    def set(self, run_id: str, step: str, **values: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(STEPS).where(STEPS.c.run_id == run_id, STEPS.c.step == step).values(**values))

    def start(self, run_id: str, step: str, attempt: int) -> None:
        self.set(run_id, step, status="running", attempts=attempt, error=None, started_at=self.clock())

    def finish(self, run_id: str, step: str, status: str, **values: Any) -> None:
        assert status in STATUSES, status
        self.set(run_id, step, status=status, finished_at=self.clock(), **values)

    def interrupted(self, run_id: str, why: str) -> None:
        """Steps left running (the process stopped): failed with WHY, so a resume runs them again."""
        with self.engine.begin() as conn:
            conn.execute(
                update(STEPS)
                .where(STEPS.c.run_id == run_id, STEPS.c.status == "running")
                .values(status="failed", error=why, finished_at=self.clock())
            )
