"""ResponseCache: exact, then semantic lookups of whole answers; writes after the response.

Usable without HTTP: the `cache` pipeline stage, a batch job or a test builds a CacheQuery,
calls `lookup`, and on a miss calls `store` with the answer once it is known. A store failure
never fails a request: lookups fail open (a miss) and writes are dropped, each logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from keel.cache import codec
from keel.cache.keys import CacheQuery, SemanticTarget, exact_key, semantic_target
from keel.cache.store import CacheStore, make_store
from keel.config import CacheSettings
from keel.embeddings.embedder import Embedder, EmbedderUnavailable, check_installed, shared_embedder
from keel.types import Generation

log = logging.getLogger(__name__)

Kind = Literal["exact", "semantic"]
Result = Literal["hit", "miss"]
_CANDIDATES = 3  # semantic matches tried, best first, before giving up (answers may have expired)


@dataclass
class CacheHit:
    kind: Kind
    generations: list[Generation]
    similarity: float = 1.0


@dataclass
class CacheLookup:
    """What a lookup found, and what `store` needs to write the answer on a miss."""

    key: str
    target: SemanticTarget | None = None
    vector: np.ndarray | None = None
    hit: CacheHit | None = None
    outcomes: list[tuple[Kind, Result]] = field(default_factory=list)
    error: str | None = None


class ResponseCache:
    def __init__(
        self,
        store: CacheStore,
        *,
        ttl_s: float = 3600.0,
        embedder: Embedder | None = None,
        threshold: float = 0.92,
    ) -> None:
        self.backend = store
        self.ttl_s = ttl_s
        self.embedder = embedder  # None: exact only
        self.threshold = threshold
        self._semantic_broken = False

    @classmethod
    def from_settings(cls, settings: CacheSettings) -> ResponseCache:
        sem = settings.semantic
        if sem.enabled:
            check_installed(sem.model)  # a missing model is a start-up error, not a quiet exact-only cache
        return cls(
            make_store(settings),
            ttl_s=settings.ttl_s,
            embedder=shared_embedder(sem.model) if sem.enabled else None,
            threshold=sem.threshold,
        )

    @property
    def semantic(self) -> bool:
        return self.embedder is not None and not self._semantic_broken

    def _target(self, q: CacheQuery) -> SemanticTarget | None:
        if not self.semantic:
            return None
        assert self.embedder is not None
        return semantic_target(q, self.embedder.model)

    async def _vector(self, text: str) -> np.ndarray | None:
        assert self.embedder is not None
        try:
            return await self.embedder.embed_one(text)
        except EmbedderUnavailable as exc:
            log.error("semantic cache disabled: %s", exc)
            self._semantic_broken = True
            return None

    async def lookup(self, q: CacheQuery) -> CacheLookup:
        found = CacheLookup(key=exact_key(q), target=self._target(q))
        try:
            raw = await self.backend.get(found.key)
            gens = codec.decode(raw) if raw is not None else None
            found.outcomes.append(("exact", "hit" if gens else "miss"))
            if gens:
                found.hit = CacheHit("exact", gens)
                return found
            if found.target is None:
                return found
            found.vector = await self._vector(found.target.text)
            if found.vector is None:
                return found
            found.hit = await self._semantic(found.target.scope, found.vector)
            found.outcomes.append(("semantic", "hit" if found.hit else "miss"))
        except Exception as exc:  # the store is down: serve from the model
            log.warning("cache lookup failed: %s", exc)
            found.error = f"{type(exc).__name__}: {exc}"
        return found

    async def _semantic(self, scope: str, vector: np.ndarray) -> CacheHit | None:
        matches = await self.backend.search_vectors(scope, vector, self.threshold, _CANDIDATES)
        for id, score in matches:
            raw = await self.backend.get(id)
            gens = codec.decode(raw) if raw is not None else None
            if gens:
                return CacheHit("semantic", gens, score)
            await self.backend.remove_vector(scope, id)  # its answer expired or was evicted
        return None

    async def store(self, lookup: CacheLookup, generations: list[Generation]) -> bool:
        """Write the answer for a missed lookup. False when it is not cacheable or the write failed."""
        if lookup.hit is not None or not codec.cacheable(generations):
            return False
        try:
            await self.backend.set(lookup.key, codec.encode(generations), self.ttl_s)
            if lookup.target is not None and self.semantic:
                vector = lookup.vector if lookup.vector is not None else await self._vector(lookup.target.text)
                if vector is not None:
                    await self.backend.add_vector(lookup.target.scope, lookup.key, vector, self.ttl_s)
        except Exception as exc:
            log.warning("cache write failed: %s", exc)
            return False
        return True

    async def close(self) -> None:
        await self.backend.close()
