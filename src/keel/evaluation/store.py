"""Eval runs in the database (tables eval_runs and eval_results; SQLite or PostgreSQL).

A run is written when it is accepted (queued), marked running, and its results are appended in
batches as they come, so a crash loses at most the batch in flight; the summary (aggregates and
gate results) is written when it completes, or the error when it fails.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update

from keel.errors import NotFound
from keel.store.rows import utc
from keel.store.tables import EvalResult, EvalRunRow

RUNS = EvalRunRow.__table__
RESULTS = EvalResult.__table__
STATUSES = ("queued", "running", "completed", "failed")


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return utc(value).isoformat()


def run_dict(row: Any, *, spec: bool = True) -> dict[str, Any]:
    out = {
        "id": row.id,
        "object": "eval.run",
        "name": row.name,
        "status": row.status,
        "created_at": _iso(row.created_at),
        "finished_at": _iso(row.finished_at),
        "summary": row.summary,
        "error": row.error,
    }
    if spec:
        out["spec"] = row.spec
    return out


def result_dict(row: Any) -> dict[str, Any]:
    return {
        "target": row.target,
        "row_id": row.row_id,
        "repeat": row.repeat,
        "prediction": row.prediction,
        "scores": row.scores or {},
        "errors": row.errors or {},
        "latency_ms": row.latency_ms,
        "prompt_tokens": row.prompt_tokens,
        "completion_tokens": row.completion_tokens,
    }


class EvalStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self, run_id: str, name: str, spec: dict[str, Any], created_at: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(RUNS).values(id=run_id, name=name, spec=spec, status="queued", created_at=created_at, summary={})
            )

    def set_status(
        self,
        run_id: str,
        status: str,
        *,
        summary: dict[str, Any] | None = None,
        error: str | None = None,
        finished_at: datetime | None = None,
    ) -> None:
        assert status in STATUSES
        values: dict[str, Any] = {"status": status}
        if summary is not None:
            values["summary"] = summary
        if error is not None:
            values["error"] = error[:4000]
        if finished_at is not None:
            values["finished_at"] = finished_at
        with self.engine.begin() as conn:
            conn.execute(update(RUNS).where(RUNS.c.id == run_id).values(**values))

    def add_results(self, run_id: str, results: list[dict[str, Any]]) -> None:
        """Append result rows (dicts as `result_dict` gives them); a row written twice (the same
        target, row id and repeat) replaces the first."""
        if not results:
            return
        with self.engine.begin() as conn:
            for r in results:  # a retried batch must not fail on the unique key
                conn.execute(
                    delete(RESULTS).where(
                        RESULTS.c.run_id == run_id,
                        RESULTS.c.target == r["target"],
                        RESULTS.c.row_id == r["row_id"],
                        RESULTS.c.repeat == r["repeat"],
                    )
                )
            conn.execute(insert(RESULTS), [{"run_id": run_id, **r} for r in results])

    def get(self, run_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(RUNS).where(RUNS.c.id == run_id)).first()
        if row is None:
            raise NotFound(f"eval run {run_id!r} does not exist", code="eval_not_found")
        return run_dict(row)

    def list(self, limit: int = 50, name: str | None = None) -> list[dict[str, Any]]:
        """The newest runs first, without their specs."""
        query = select(RUNS).order_by(RUNS.c.created_at.desc(), RUNS.c.id).limit(limit)
        if name is not None:
            query = query.where(RUNS.c.name == name)
        with self.engine.connect() as conn:
            return [run_dict(r, spec=False) for r in conn.execute(query).all()]

    def results(
        self, run_id: str, *, target: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        query = select(RESULTS).where(RESULTS.c.run_id == run_id)
        if target is not None:
            query = query.where(RESULTS.c.target == target)
        query = query.order_by(RESULTS.c.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [result_dict(r) for r in conn.execute(query).all()]

    def count_results(self, run_id: str) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).where(RESULTS.c.run_id == run_id)).scalar_one())

    def unfinished(self) -> list[str]:
        """Runs still queued or running (in this process, or in one that stopped)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(RUNS.c.id).where(RUNS.c.status.in_(("queued", "running")))).all()
        return [r.id for r in rows]


class ResultWriter:
    """Writes one run's results to an EvalStore in batches, in dataset order — row by row,
    repeats in turn — whatever order the answers finish in (they run concurrently), so a run's
    results read back in the order of its dataset. One target at a time: `expect` its rows,
    `add` each result, `finish` when the target is done."""

    def __init__(self, store: EvalStore, run_id: str, batch: int) -> None:
        self.store = store
        self.run_id = run_id
        self.batch = batch
        self._lock = asyncio.Lock()
        self._pending: list[dict[str, Any]] = []
        self._places: dict[tuple[str, int], list[int]] = {}  # (row id, repeat) -> places (ids may repeat)
        self._ready: dict[int, dict[str, Any]] = {}
        self._next = 0

    def expect(self, row_ids: list[str], repeats: int) -> None:
        for i, row_id in enumerate(row_ids):
            for rep in range(repeats):
                self._places.setdefault((row_id, rep), []).append(i * repeats + rep)

    async def add(self, result: Any) -> None:
        places = self._places.get((result.row_id, result.repeat))
        self._ready[places.pop(0) if places else -1 - len(self._ready)] = result.to_dict()  # unknown: last
        while self._next in self._ready:
            self._pending.append(self._ready.pop(self._next))
            self._next += 1
        if len(self._pending) >= self.batch:
            await self._flush()

    async def finish(self) -> None:
        """The target is done: what is left, in order (results it did not expect last)."""
        for p in sorted(self._ready, key=lambda p: (p < 0, abs(p))):
            self._pending.append(self._ready.pop(p))
        self._places.clear()
        self._next = 0
        await self._flush()

    async def _flush(self) -> None:
        async with self._lock:
            batch, self._pending = self._pending, []
            if batch:
                await asyncio.to_thread(self.store.add_results, self.run_id, batch)
