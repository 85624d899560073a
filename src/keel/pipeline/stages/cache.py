"""cache: exact, then semantic lookups of whole answers (keel.cache); a hit skips generation.

Annotates `cache` = hit | semantic_hit | miss | bypass. A miss writes the answer after the
response (ctx.defer), so the write is never on the latency path. One ResponseCache per gateway,
shared by every route that lists this stage.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from keel.cache import CacheLookup, CacheQuery, ResponseCache, replay
from keel.pipeline.context import RequestContext

if TYPE_CHECKING:
    from keel.pipeline.gateway import Gateway

OPT_OUT = ("no-cache", "no-store")
_caches: WeakKeyDictionary[Gateway, ResponseCache] = WeakKeyDictionary()


def gateway_cache(gateway: Gateway) -> ResponseCache:
    cache = _caches.get(gateway)
    if cache is None:
        cache = _caches[gateway] = ResponseCache.from_settings(gateway.settings.cache)
    return cache


def _query(ctx: RequestContext) -> CacheQuery | None:
    if ctx.inputs is not None or (ctx.messages is None and ctx.prompt is None):
        return None  # embeddings are not cached
    return CacheQuery(
        model=ctx.model,
        tenant=ctx.principal.tenant,
        params=ctx.params,
        n=ctx.n,
        messages=ctx.messages,
        prompt=ctx.prompt,
    )


class CacheStage:
    name = "cache"

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.cache = gateway_cache(gateway)

    async def start(self) -> None:
        """Load the embedding model now rather than on the first semantic lookup."""
        if self.cache.embedder is not None:
            await self.cache.embedder.warm()

    async def close(self) -> None:
        """Release the store (a Redis connection pool). Idempotent across routes."""
        if _caches.pop(self.gateway, None) is not None:
            await self.cache.close()

    async def run(self, ctx: RequestContext) -> None:
        query = _query(ctx)
        if query is None or ctx.annotations.get("cache_control") in OPT_OUT or ctx.results or ctx.streams:
            ctx.annotations["cache"] = "bypass"
            return
        lookup = await self.cache.lookup(query)
        counter = self.gateway.metrics.cache_requests
        for kind, result in lookup.outcomes:
            counter.labels(model=ctx.model, kind=kind, result=result).inc()
        hit = lookup.hit
        if hit is None:
            ctx.annotations["cache"] = "miss"
            if lookup.error is not None:
                ctx.annotations["cache_error"] = lookup.error
            else:
                ctx.defer(partial(self._store, lookup))
            return
        ctx.annotations["cache"] = "hit" if hit.kind == "exact" else "semantic_hit"
        if hit.kind == "semantic":
            ctx.annotations["cache_similarity"] = round(hit.similarity, 4)
        # usage reports this request's own prompt (counted by preprocess) when known
        prompt_tokens = ctx.prompt_tokens if ctx.prompt_tokens is not None else hit.generations[0].prompt_tokens
        generations = [replace(g, prompt_tokens=prompt_tokens) for g in hit.generations]
        ctx.prompt_tokens = prompt_tokens
        if ctx.stream:
            ctx.streams = [replay(g) for g in generations]
        else:
            ctx.results = generations

    async def _store(self, lookup: CacheLookup, ctx: RequestContext) -> None:
        if False in ctx.annotations.get("json_valid", ()):
            return  # an answer that failed JSON validation is not served twice
        conceal = ctx.annotations.get("_conceal")  # e.g. the guard's pseudonyms: store placeholders,
        results = ctx.results  # never one caller's personal data for another caller's cache hit
        if conceal is not None:
            results = [replace(g, text=conceal(g.text)) for g in results]
        await self.cache.store(lookup, results)
