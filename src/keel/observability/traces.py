"""Recent request traces (stages run and their durations), kept in memory, bounded.

Older traces are read back from the request log, which stores the same stage timings.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Any


class _TraceIds:
    """Unique, unguessable 32-hex-digit trace ids, cheaply: random bytes are read from the OS
    4 KiB at a time (one syscall per 256 ids, where uuid4 makes one per id) and handed out in
    slices. Thread-safe, and a forked child starts with fresh bytes of its own."""

    _BATCH = 256

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reset()
        os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        self._hex = ""
        self._pos = 0

    def __call__(self) -> str:
        with self._lock:
            pos = self._pos
            if pos >= len(self._hex):
                self._hex = os.urandom(16 * self._BATCH).hex()
                pos = 0
            self._pos = pos + 32
            return self._hex[pos : pos + 32]


new_trace_id = _TraceIds()


class TraceStore:
    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def put(self, trace: dict[str, Any]) -> None:
        if self.capacity <= 0:
            return
        self._items[trace["trace_id"]] = trace
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def get(self, trace_id: str) -> dict[str, Any] | None:
        return self._items.get(trace_id)
