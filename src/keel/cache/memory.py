"""In-process store: LRU bounded by max_entries, per-entry TTL. One gateway process only."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

import numpy as np

from keel.cache.store import best_matches


class _Scope:
    """The vectors of one semantic scope, kept as a matrix for one matrix-vector product."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[np.ndarray, float]] = {}  # id -> (vector, expires_at)
        self._ids: list[str] = []
        self._matrix: np.ndarray | None = None

    def put(self, id: str, vector: np.ndarray, expires_at: float) -> None:
        self.rows[id] = (vector, expires_at)
        self._matrix = None

    def drop(self, id: str) -> None:
        if self.rows.pop(id, None) is not None:
            self._matrix = None

    def prune(self, now: float) -> list[str]:
        gone = [i for i, (_, exp) in self.rows.items() if exp <= now]
        for i in gone:
            self.drop(i)
        return gone

    def matrix(self) -> tuple[list[str], np.ndarray]:
        if self._matrix is None:
            self._ids = list(self.rows)
            self._matrix = np.stack([v for v, _ in self.rows.values()]) if self.rows else np.zeros((0, 0))
        return self._ids, self._matrix


class MemoryStore:
    """Answers and vectors each bounded by MAX_ENTRIES; the least recently used go first."""

    def __init__(self, max_entries: int = 10_000, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_entries = max_entries
        self.clock = clock
        self._values: OrderedDict[str, tuple[bytes, float]] = OrderedDict()
        self._scopes: dict[str, _Scope] = {}
        self._vector_order: OrderedDict[tuple[str, str], None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._values)

    async def get(self, key: str) -> bytes | None:
        item = self._values.get(key)
        if item is None:
            return None
        value, expires_at = item
        if expires_at <= self.clock():
            del self._values[key]
            return None
        self._values.move_to_end(key)
        return value

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        self._values[key] = (value, self.clock() + ttl_s)
        self._values.move_to_end(key)
        while len(self._values) > self.max_entries:
            self._values.popitem(last=False)

    async def add_vector(self, scope: str, id: str, vector: np.ndarray, ttl_s: float) -> None:
        self._scopes.setdefault(scope, _Scope()).put(id, vector.astype(np.float32), self.clock() + ttl_s)
        self._vector_order[(scope, id)] = None
        self._vector_order.move_to_end((scope, id))
        while len(self._vector_order) > self.max_entries:
            (old_scope, old_id), _ = self._vector_order.popitem(last=False)
            await self.remove_vector(old_scope, old_id)

    async def search_vectors(
        self, scope: str, vector: np.ndarray, threshold: float, limit: int = 3
    ) -> list[tuple[str, float]]:
        s = self._scopes.get(scope)
        if s is None:
            return []
        for gone in s.prune(self.clock()):
            self._vector_order.pop((scope, gone), None)
        ids, matrix = s.matrix()
        matches = best_matches(ids, matrix, vector, threshold, limit)
        for id, _ in matches:
            self._vector_order.move_to_end((scope, id))
        return matches

    async def remove_vector(self, scope: str, id: str) -> None:
        self._vector_order.pop((scope, id), None)
        s = self._scopes.get(scope)
        if s is not None:
            s.drop(id)
            if not s.rows:
                del self._scopes[scope]

    def vector_count(self) -> int:
        return len(self._vector_order)

    async def close(self) -> None:
        self._values.clear()
        self._scopes.clear()
        self._vector_order.clear()
