"""cache: exact, then semantic lookups of whole answers (keel.cache); a hit skips generation.

Annotates `cache` = hit | semantic_hit | miss | bypass. A miss writes the answer after the
response (ctx.defer), so the write is never on the latency path. The ResponseCache is one of the
services, shared by every route that lists this stage; the key is scoped by the resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from keel.cache import CacheLookup, CacheQuery, ResponseCache, replay
from keel.observability.metrics import Metrics
from keel.pipeline.context import RequestContext
from keel.types import Generation, evolve

OPT_OUT = ("no-cache", "no-store")


def _query(ctx: RequestContext) -> CacheQuery | None:
    if ctx.inputs is not None or (ctx.messages is None and ctx.prompt is None):
        return None  # embeddings are not cached
    return CacheQuery(
        model=ctx.resolution.scope() if ctx.resolution is not None else ctx.model,
        tenant=ctx.principal.tenant,
        params=ctx.params,
        n=ctx.n,
        messages=ctx.messages,
        prompt=ctx.prompt,
    )


class CacheStage:
    name = "cache"
    needs = ("cache", "metrics")
    provides = ("answer.lookup",)
    after = ("prompt.checked", "documents")
    why = {
        "prompt.checked": "a cache keyed on the raw prompt would store and share personal data",
        "documents": "an answer cached without its retrieved passages would be served for other ones",
    }

    def __init__(self, cache: ResponseCache, metrics: Metrics) -> None:
        self.cache = cache
        self.metrics = metrics

    async def start(self) -> None:
        """Load the embedding model now rather than on the first semantic lookup."""
        if self.cache.embedder is not None:
            await self.cache.embedder.warm()

    async def run(self, ctx: RequestContext) -> None:
        query = _query(ctx)
        if query is None or ctx.cache_control in OPT_OUT or ctx.results or ctx.streams:
            ctx.annotations["cache"] = "bypass"
            return
        lookup = await self.cache.lookup(query)
        counter = self.metrics.cache_requests
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
        generations = [evolve(g, prompt_tokens=prompt_tokens) for g in hit.generations]
        ctx.prompt_tokens = prompt_tokens
        if ctx.stream:
            ctx.streams = [replay(g) for g in generations]
        else:
            ctx.results = generations

    async def _store(self, lookup: CacheLookup, ctx: RequestContext) -> None:
        if False in ctx.annotations.get("json_valid", ()):
            return  # an answer that failed JSON validation is not served twice
        conceal = ctx.conceal  # e.g. the guard's pseudonyms: store placeholders,
        results = ctx.results  # never one caller's personal data for another caller's cache hit
        if conceal is not None:
            if any(g.logprobs is not None for g in results):
                return  # tokens can split a name anywhere: they cannot be concealed one by one
            results = [_concealed(g, conceal) for g in results]
        await self.cache.store(lookup, results)


def _concealed(g: Generation, conceal: Callable[[str], str]) -> Generation:
    """G as it may be stored: everything that can carry the caller's text through CONCEAL."""
    calls = [evolve(c, arguments=conceal(c.arguments)) for c in g.tool_calls] if g.tool_calls else g.tool_calls
    return evolve(g, text=conceal(g.text), tool_calls=calls)
