"""generate: call the model's provider — whole answers, or streams when the client streams."""

from __future__ import annotations

import random

from keel.pipeline.context import RequestContext
from keel.pipeline.runner import timed_stream
from keel.types import GenerationRequest, evolve


def _choice_requests(ctx: RequestContext) -> list[GenerationRequest]:
    """One request per choice; choice i gets seed+i so n>1 answers differ yet stay reproducible."""
    base_seed = ctx.params.seed if ctx.params.seed is not None else random.randrange(2**31)
    return [
        GenerationRequest(
            params=evolve(ctx.params, seed=base_seed + i),
            messages=ctx.messages,
            prompt=ctx.prompt,
            region=ctx.region,
        )
        for i in range(ctx.n)
    ]


class GenerateStage:
    name = "generate"
    provides = ("answer",)
    after = ("prompt.checked", "answer.lookup", "documents")
    why = {
        "prompt.checked": "the model must only see the checked prompt",
        "documents": "the model must see the grounded prompt",
    }

    async def run(self, ctx: RequestContext) -> None:
        if ctx.results or ctx.streams or ctx.embeddings is not None:
            return  # an earlier stage (e.g. a cache hit) already answered
        provider = ctx.provider
        if ctx.inputs is not None:
            out = await provider.embed(ctx.inputs)
            ctx.embeddings = out.vectors
            ctx.prompt_tokens = out.prompt_tokens
            return
        requests = _choice_requests(ctx)
        if ctx.stream:
            ctx.streams = [
                timed_stream(ctx, self.name, provider.stream(r), lambda c: [c], count_upstream=True) for r in requests
            ]
            return
        ctx.results = [await provider.complete(r) for r in requests]
        ctx.prompt_tokens = ctx.results[0].prompt_tokens
        details = [g.details for g in ctx.results if g.details]
        if details:  # how the provider made the answer (an ensemble's votes): for the trace
            ctx.annotations["generation"] = details[0] if len(details) == 1 else details
