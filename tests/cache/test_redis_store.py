"""The Redis store against a real Redis: TTL via SET PX, namespaces, vectors shared by clients."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import redis

from keel.cache.redis_store import RedisStore


def unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def server_ms(raw: redis.Redis) -> int:
    seconds, micros = raw.time()
    return seconds * 1000 + micros // 1000


async def test_set_get_and_ttl(redis_store: RedisStore, redis_url: str, namespace: str):
    raw = redis.Redis.from_url(redis_url)
    try:
        before = server_ms(raw)
        await redis_store.set("k", b"value", ttl_s=60)
        ttl_ms = raw.pttl(f"{namespace}:exact:k")
        passed = server_ms(raw) - before
        # 60 s were given; what is left is 60 s less what passed since, on the server's clock (±1 ms rounding)
        assert 60_000 - passed - 1 <= ttl_ms <= 60_000
        assert await redis_store.get("k") == b"value"
        assert await redis_store.get("missing") is None
        await redis_store.set("short", b"x", ttl_s=0.2)
        short_ttl = raw.pttl(f"{namespace}:exact:short")
        assert short_ttl == -2 or 0 < short_ttl <= 200  # 200 ms, not rounded to whole seconds (-2: gone already)
    finally:
        raw.close()
    deadline = time.monotonic() + 10  # Redis expires it: wait for the server, not a fixed time
    while await redis_store.get("short") is not None:
        assert time.monotonic() < deadline, "Redis never expired the value"
        await asyncio.sleep(0.05)


async def test_namespaces_do_not_see_each_other(redis_store: RedisStore, redis_url: str, namespace: str):
    other = RedisStore(redis_url, namespace + ":other")
    try:
        await redis_store.set("k", b"mine", ttl_s=60)
        assert await other.get("k") is None
    finally:
        await other.clear()
        await other.close()


async def test_vectors_round_trip_across_clients(redis_store: RedisStore, redis_url: str, namespace: str):
    await redis_store.add_vector("scope", "a", unit(1, 0, 0), ttl_s=60)
    await redis_store.add_vector("scope", "b", unit(0, 1, 0), ttl_s=60)
    replica = RedisStore(redis_url, namespace)  # another gateway replica
    try:
        found = await replica.search_vectors("scope", unit(1, 0.2, 0), threshold=0.5)
        assert [i for i, _ in found] == ["a"]
        assert abs(found[0][1] - float(unit(1, 0.2, 0) @ unit(1, 0, 0))) < 1e-5
        assert await replica.search_vectors("other-scope", unit(1, 0, 0), threshold=0.1) == []
        await replica.remove_vector("scope", "a")
        assert await redis_store.search_vectors("scope", unit(1, 0, 0), threshold=0.5) == []
    finally:
        await replica.close()


async def test_expired_vectors_are_skipped_and_pruned(redis_store: RedisStore, redis_url: str, namespace: str):
    now = [1_700_000_000.0]
    redis_store.clock = lambda: now[0]  # rows carry their own expiry, on the store's clock
    await redis_store.add_vector("scope", "soon", unit(1, 0), ttl_s=0.2)
    await redis_store.add_vector("scope", "later", unit(1, 0.1), ttl_s=60)
    assert [i for i, _ in await redis_store.search_vectors("scope", unit(1, 0), threshold=0.5)] == ["soon", "later"]
    now[0] += 0.3
    assert [i for i, _ in await redis_store.search_vectors("scope", unit(1, 0), threshold=0.5)] == ["later"]
    raw = redis.Redis.from_url(redis_url)
    try:
        assert raw.hkeys(f"{namespace}:semantic:scope") == [b"later"]
        assert raw.pttl(f"{namespace}:semantic:scope") > 59_000  # the scope lives as long as its newest entry
    finally:
        raw.close()


async def test_clear_removes_only_the_namespace(redis_store: RedisStore, redis_url: str, namespace: str):
    await redis_store.set("k", b"v", ttl_s=60)
    await redis_store.add_vector("s", "k", unit(1, 0), ttl_s=60)
    raw = redis.Redis.from_url(redis_url)
    try:
        raw.set(f"{namespace}-sibling", b"keep", ex=60)
        assert await redis_store.clear() == 2
        assert raw.get(f"{namespace}-sibling") == b"keep"
        raw.delete(f"{namespace}-sibling")
    finally:
        raw.close()
