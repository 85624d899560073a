"""Recent request traces (stages run and their durations), kept in memory, bounded.

Older traces are read back from the request log, which stores the same stage timings.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any


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
