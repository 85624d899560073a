"""The CacheStore protocol: key → bytes with a TTL, plus per-scope vector sets for semantic lookups.

Vectors are unit length (the embedder normalises them), so cosine similarity is a dot product.
A semantic entry's id is the exact key of the request it came from; its answer is the value
stored under that key, so one answer is stored once and shares one TTL.

Stores by name: `make_store` builds the one `cache.store` names from the entry point group
`keel.cache_stores`, where the built-in memory and redis stores register like a plugin's.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np
from pydantic import Field

from keel.config import CacheSettings, ConfigError, ConfigProblem, Strict
from keel.plugins import PluginProblems, Problem, check_store_section, configured_by, make_from_section

GROUP = "keel.cache_stores"


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


# ---------------------------------------------------------------------------- stores by name
#
# Stores, built-in and plugins alike, register under the entry point group keel.cache_stores: an
# entry point is a factory (usually the store class) that returns a CacheStore. One with a pydantic
# `Config` gets `cache.store_params` validated by it as `config=`; Config fields named like fields
# of the `cache` section (redis_url, namespace, max_entries, ttl_s…) default to the section's values.


class MemoryStoreConfig(Strict):
    max_entries: int = Field(10_000, ge=1, description="answers (and vectors) kept; least recently used go first")


class RedisStoreConfig(Strict):
    redis_url: str = "redis://127.0.0.1:6379/0"
    namespace: str = "keel:cache"


@configured_by(MemoryStoreConfig)
def memory_store(config: MemoryStoreConfig) -> CacheStore:
    """The built-in `memory` store: one gateway process."""
    from keel.cache.memory import MemoryStore

    return MemoryStore(config.max_entries)


@configured_by(RedisStoreConfig)
def redis_store(config: RedisStoreConfig) -> CacheStore:
    """The built-in `redis` store, shared by gateway replicas (keel[redis])."""
    try:
        from keel.cache.redis_store import RedisStore
    except ImportError:
        raise ConfigError(
            [ConfigProblem("", "cache.store", "'redis' needs the redis package: pip install 'keel[redis]'")]
        ) from None
    return RedisStore(config.redis_url, config.namespace)


def make_store(settings: CacheSettings) -> CacheStore:
    """The store `settings.store` names, configured by `settings.store_params`; ConfigError when
    it is not installed, fails to load or refuses its parameters."""
    try:
        return make_from_section("cache", settings, GROUP)
    except PluginProblems as exc:
        raise ConfigError([ConfigProblem("", ".".join(map(str, loc)), msg) for loc, msg in exc.problems]) from None


def check_cache_config(data: dict[str, Any], settings: Any) -> list[Problem]:
    """The keel.config_checks entry: `cache.store` is installed and takes `cache.store_params`."""
    return check_store_section(data, settings, "cache", CacheSettings, GROUP)
