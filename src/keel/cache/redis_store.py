"""Redis store, shared by every gateway replica.

Answers: `{namespace}:exact:{key}` → JSON bytes, written with SET PX (the TTL).
Vectors: one hash per semantic scope, `{namespace}:semantic:{scope}`, field = entry id (the
exact key), value = 8-byte float64 expiry (unix time) + float32 vector. Hash fields cannot
expire one by one on every Redis version, so a search skips expired rows and deletes them, and
every write pushes the hash's own expiry out to the TTL so idle scopes disappear whole.
Similarity is brute-force NumPy over the scope: scopes are narrow (model, tenant, system
prompt, history, parameters), so they stay small.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Callable

import numpy as np
import redis.asyncio as aioredis

from keel.cache.store import best_matches

_EXPIRY = struct.Struct("<d")


class RedisStore:
    def __init__(
        self, url: str, namespace: str = "keel:cache", timeout_s: float = 2.0, clock: Callable[[], float] = time.time
    ) -> None:
        self.url = url
        self.namespace = namespace
        self.clock = clock  # unix time, for vector rows' expiry (tests inject one); answers expire by Redis TTL
        # a cache must answer fast or step aside: a slow Redis fails the lookup, not the request
        self.client = aioredis.Redis.from_url(
            url, decode_responses=False, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
        )

    def _value_key(self, key: str) -> str:
        return f"{self.namespace}:exact:{key}"

    def _scope_key(self, scope: str) -> str:
        return f"{self.namespace}:semantic:{scope}"

    async def get(self, key: str) -> bytes | None:
        return await self.client.get(self._value_key(key))

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        await self.client.set(self._value_key(key), value, px=max(1, int(ttl_s * 1000)))

    async def add_vector(self, scope: str, id: str, vector: np.ndarray, ttl_s: float) -> None:
        row = _EXPIRY.pack(self.clock() + ttl_s) + vector.astype("<f4").tobytes()
        name = self._scope_key(scope)
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.hset(name, id, row)
            pipe.pexpire(name, max(1, int(ttl_s * 1000)))
            await pipe.execute()

    async def search_vectors(
        self, scope: str, vector: np.ndarray, threshold: float, limit: int = 3
    ) -> list[tuple[str, float]]:
        name = self._scope_key(scope)
        rows = await self.client.hgetall(name)
        if not rows:
            return []
        fields = list(rows)
        values = list(rows.values())
        size = len(values[0])
        if size <= _EXPIRY.size or (size - _EXPIRY.size) % 4 or any(len(v) != size for v in values):
            # not rows this version wrote (scopes include the embedding model, so sizes never mix)
            await self.client.delete(name)
            return []
        # one vectorised parse: rows are (float64 expiry, float32 vector) records of equal size
        dtype = np.dtype([("expires", "<f8"), ("vector", "<f4", ((size - _EXPIRY.size) // 4,))])
        records = np.frombuffer(b"".join(values), dtype=dtype)
        live = records["expires"] > self.clock()
        if not live.all():
            await self.client.hdel(name, *[f for f, ok in zip(fields, live) if not ok])
        if not live.any():
            return []
        ids = [f.decode() for f, ok in zip(fields, live) if ok]
        return best_matches(ids, records["vector"][live], vector, threshold, limit)

    async def remove_vector(self, scope: str, id: str) -> None:
        await self.client.hdel(self._scope_key(scope), id)

    async def clear(self) -> int:
        """Delete every key under this namespace (tests, `keel cache clear`). Returns the count."""
        deleted = 0
        async for key in self.client.scan_iter(match=f"{self.namespace}:*", count=500):
            deleted += await self.client.delete(key)
        return deleted

    async def close(self) -> None:
        await self.client.aclose()
