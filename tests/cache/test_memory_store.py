"""The in-process store: TTL expiry, LRU bound, vector search."""

from __future__ import annotations

import numpy as np

from keel.cache.memory import MemoryStore


def unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


async def test_values_expire_after_their_ttl():
    now = [1000.0]
    store = MemoryStore(clock=lambda: now[0])
    await store.set("k", b"v", ttl_s=0.3)
    await store.set("long", b"w", ttl_s=60)
    assert await store.get("k") == b"v"
    now[0] += 0.4
    assert await store.get("k") is None
    assert await store.get("long") == b"w"
    assert len(store) == 1  # the expired entry is gone, not just hidden


async def test_ttl_with_a_clock():
    now = [1000.0]
    store = MemoryStore(clock=lambda: now[0])
    await store.set("k", b"v", ttl_s=10)
    now[0] += 9.9
    assert await store.get("k") == b"v"
    now[0] += 0.2
    assert await store.get("k") is None


async def test_lru_bound_evicts_the_least_recently_used():
    store = MemoryStore(max_entries=3)
    for k in "abc":
        await store.set(k, k.encode(), ttl_s=60)
    assert await store.get("a") == b"a"  # a is now the most recently used
    await store.set("d", b"d", ttl_s=60)
    assert len(store) == 3
    assert await store.get("b") is None
    assert [await store.get(k) for k in "acd"] == [b"a", b"c", b"d"]
    await store.set("c", b"c2", ttl_s=60)  # overwriting keeps the bound
    assert len(store) == 3 and await store.get("c") == b"c2"


async def test_vector_search_ranks_within_a_scope_and_respects_threshold():
    store = MemoryStore()
    await store.add_vector("s1", "x", unit(1, 0, 0), ttl_s=60)
    await store.add_vector("s1", "xy", unit(1, 1, 0), ttl_s=60)
    await store.add_vector("s2", "other", unit(1, 0, 0), ttl_s=60)
    found = await store.search_vectors("s1", unit(1, 0.1, 0), threshold=0.5)
    assert [i for i, _ in found] == ["x", "xy"]
    assert found[0][1] > found[1][1] >= 0.5
    assert [i for i, _ in await store.search_vectors("s1", unit(1, 0.1, 0), threshold=0.9)] == ["x"]
    assert await store.search_vectors("s3", unit(1, 0, 0), threshold=0.1) == []
    await store.remove_vector("s1", "x")
    assert [i for i, _ in await store.search_vectors("s1", unit(1, 0, 0), threshold=0.5)] == ["xy"]


async def test_vectors_expire_and_are_bounded():
    now = [0.0]
    store = MemoryStore(max_entries=2, clock=lambda: now[0])
    await store.add_vector("s", "old", unit(1, 0), ttl_s=5)
    await store.add_vector("s", "new", unit(1, 0.1), ttl_s=50)
    now[0] = 10
    assert [i for i, _ in await store.search_vectors("s", unit(1, 0), threshold=0.5)] == ["new"]
    assert store.vector_count() == 1
    await store.add_vector("s", "a", unit(0, 1), ttl_s=50)
    await store.add_vector("t", "b", unit(0, 1), ttl_s=50)
    assert store.vector_count() == 2
    assert await store.search_vectors("s", unit(1, 0), threshold=0.5) == []  # "new" was evicted
