"""The request log, written by a background batch writer — never on a request's latency path.

`record()` is a non-blocking append to a bounded queue. A writer thread drains it in batches
(every `flush_interval_s` or `batch_size` rows) with one INSERT per batch. On shutdown the
queue is drained before the thread exits.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, insert, select

from keel.store.tables import RequestLog

log = logging.getLogger(__name__)

_STOP = object()


class RequestLogWriter:
    def __init__(
        self,
        engine: Engine,
        *,
        batch_size: int = 256,
        flush_interval_s: float = 0.5,
        queue_size: int = 100_000,
        on_drop: Callable[[], None] | None = None,
    ) -> None:
        self.engine = engine
        self.batch_size = batch_size
        self.flush_interval_s = flush_interval_s
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=queue_size)
        self._on_drop = on_drop
        self._thread: threading.Thread | None = None
        self._flushed = threading.Condition()
        self._written = 0
        self._accepted = 0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="keel-request-log", daemon=True)
            self._thread.start()

    def record(self, row: dict[str, Any]) -> None:
        """Queue one row. Never blocks; drops (and counts) when the queue is full."""
        try:
            self._queue.put_nowait(row)
            self._accepted += 1
        except queue.Full:
            if self._on_drop:
                self._on_drop()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything recorded so far is written (tests, shutdown)."""
        target = self._accepted
        with self._flushed:
            return self._flushed.wait_for(lambda: self._written >= target, timeout)

    def close(self, timeout: float = 10.0) -> None:
        if self._thread is None:
            return
        self._queue.put(_STOP)
        self._thread.join(timeout)
        self._thread = None

    def _run(self) -> None:
        """Collect rows until `batch_size` or `flush_interval_s` after the first one, then write
        them in one transaction (a quiet gateway does not commit once per request)."""
        stop = False
        while not stop:
            batch: list[dict[str, Any]] = []
            try:
                item = self._queue.get(timeout=self.flush_interval_s)
            except queue.Empty:
                continue
            if item is _STOP:
                stop = True
            else:
                batch.append(item)
            deadline = time.monotonic() + self.flush_interval_s
            while not stop and len(batch) < self.batch_size:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                try:
                    item = self._queue.get(timeout=left)
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                    break
                batch.append(item)
            if stop:  # shutting down: drain whatever is still queued
                while True:
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not _STOP:
                        batch.append(item)
            if batch:
                self._write(batch)

    def _write(self, batch: list[dict[str, Any]]) -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(RequestLog), batch)
        except Exception:  # the log must never take the gateway down
            log.exception("request log: failed to write %d rows", len(batch))
        with self._flushed:
            self._written += len(batch)
            self._flushed.notify_all()

    def find(self, trace_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(RequestLog.__table__).where(RequestLog.trace_id == trace_id)).first()
        return dict(row._mapping) if row else None
