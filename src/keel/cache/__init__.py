"""Exact and semantic response caches over pluggable stores (memory, Redis)."""

from keel.cache.keys import CacheQuery, SemanticTarget, exact_key, semantic_target
from keel.cache.memory import MemoryStore
from keel.cache.replay import replay, split_words
from keel.cache.response_cache import CacheHit, CacheLookup, ResponseCache
from keel.cache.store import CacheStore, make_store

__all__ = [
    "CacheHit",
    "CacheLookup",
    "CacheQuery",
    "CacheStore",
    "MemoryStore",
    "ResponseCache",
    "SemanticTarget",
    "exact_key",
    "make_store",
    "replay",
    "semantic_target",
    "split_words",
]
