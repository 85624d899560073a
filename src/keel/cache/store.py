"""The CacheStore protocol: key → bytes with a TTL, plus per-scope vector sets for semantic lookups.

Vectors are unit length (the embedder normalises them), so cosine similarity is a dot product.
A semantic entry's id is the exact key of the request it came from; its answer is the value
stored under that key, so one answer is stored once and shares one TTL.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from keel.config import CacheSettings, ConfigError, ConfigProblem


class CacheStore(Protocol):
    async def get(self, key: str) -> bytes | None: ...

    async def set(self, key: str, value: bytes, ttl_s: float) -> None: ...

    async def add_vector(self, scope: str, id: str, vector: np.ndarray, ttl_s: float) -> None: ...

    async def search_vectors(
        self, scope: str, vector: np.ndarray, threshold: float, limit: int = 3
    ) -> list[tuple[str, float]]:
        """Ids in SCOPE whose similarity to VECTOR is at least THRESHOLD, best first."""
        ...

    async def remove_vector(self, scope: str, id: str) -> None: ...

    async def close(self) -> None: ...


def best_matches(
    ids: list[str], matrix: np.ndarray, vector: np.ndarray, threshold: float, limit: int
) -> list[tuple[str, float]]:
    """Brute-force cosine over the rows of MATRIX (unit vectors): fine for thousands per scope."""
    if not ids:
        return []
    scores = matrix @ vector.astype(np.float32, copy=False)
    order = np.argsort(-scores)[:limit]
    return [(ids[i], float(scores[i])) for i in order if scores[i] >= threshold]


def make_store(settings: CacheSettings) -> CacheStore:
    if settings.store == "redis":
        try:
            from keel.cache.redis_store import RedisStore
        except ImportError:
            raise ConfigError(
                [ConfigProblem("", "cache.store", "'redis' needs the redis package: pip install 'keel[redis]'")]
            ) from None

        return RedisStore(settings.redis_url, settings.namespace)
    from keel.cache.memory import MemoryStore

    return MemoryStore(settings.max_entries)
