"""The request log, written by a background batch writer — never on a request's latency path.

`record()` is a non-blocking append to a bounded in-memory queue. A writer thread drains it in
batches (`flush_interval_s` after the first row of a batch, or as soon as `batch_size` rows are
waiting) with one INSERT per batch. The writer is woken once per batch, not once per row: a
thread wake-up per request cost the event loop more than the whole INSERT (a futex call and a
context switch on the loop's core). On shutdown the queue is drained before the thread exits.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, insert, select

from keel.store.tables import Base, RequestLog

log = logging.getLogger(__name__)


class RequestLogWriter:
    def __init__(
        self,
        engine: Engine,
        *,
        batch_size: int = 256,
        flush_interval_s: float = 0.5,
        queue_size: int = 100_000,
        on_drop: Callable[[], None] | None = None,
        table: type[Base] = RequestLog,
    ) -> None:
        self.engine = engine
        self.table = table  # the audit log is the same writer on another table
        self.batch_size = batch_size
        self.flush_interval_s = flush_interval_s
        self.queue_size = queue_size
        self._rows: deque[dict[str, Any]] = deque()  # append/popleft are atomic: no lock on the hot path
        self._wake = threading.Event()  # set by the first row of a batch, a full batch, and close()
        self._closing = False
        self._on_drop = on_drop
        self._thread: threading.Thread | None = None
        self._flushed = threading.Condition()
        self._written = 0
        self._accepted = 0

    def start(self) -> None:
        if self._thread is None:
            self._closing = False
            name = f"keel-{self.table.__tablename__.replace('_', '-')}"
            self._thread = threading.Thread(target=self._run, name=name, daemon=True)
            self._thread.start()

    def record(self, row: dict[str, Any]) -> None:
        """Queue one row. Never blocks; drops (and counts) when the queue is full."""
        rows = self._rows
        if len(rows) >= self.queue_size:
            if self._on_drop:
                self._on_drop()
            return
        rows.append(row)
        self._accepted += 1
        waiting = len(rows)
        if waiting == 1 or waiting >= self.batch_size:
            self._wake.set()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything recorded so far is written (tests, shutdown)."""
        target = self._accepted
        with self._flushed:
            return self._flushed.wait_for(lambda: self._written >= target, timeout)

    def close(self, timeout: float = 10.0) -> None:
        if self._thread is None:
            return
        self._closing = True
        self._wake.set()
        self._thread.join(timeout)
        self._thread = None

    def _run(self) -> None:
        """Sleep until a batch starts, give it `flush_interval_s` to fill (a full batch or close()
        cut that short), then write everything waiting, `batch_size` rows per transaction."""
        rows, wake = self._rows, self._wake
        while True:
            wake.wait()
            wake.clear()
            if not self._closing and len(rows) < self.batch_size:
                wake.wait(self.flush_interval_s)
                wake.clear()
            while rows:
                batch = [rows.popleft() for _ in range(min(len(rows), self.batch_size))]
                self._write(batch)
            if self._closing:
                return

    def _write(self, batch: list[dict[str, Any]]) -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(self.table), batch)
        except Exception:  # the log must never take the gateway down
            log.exception("%s: failed to write %d rows", self.table.__tablename__, len(batch))
        with self._flushed:
            self._written += len(batch)
            self._flushed.notify_all()

    def find(self, trace_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            table = self.table.__table__
            row = conn.execute(select(table).where(table.c.trace_id == trace_id)).first()
        return dict(row._mapping) if row else None
