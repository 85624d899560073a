"""Runs an ordered list of stages over a RequestContext and times each one.

A stage is any object with a `name` and `async run(ctx)`. Stages that come after `generate`
see either finished `ctx.results` or, when streaming, `ctx.streams`, which they may wrap with
`timed_stream` so their per-chunk work is timed too. A stage short-circuits by raising a
KeelError (block) or by filling `ctx.results` before `generate` (a cache hit).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from typing import Protocol

from keel.pipeline.context import RequestContext
from keel.types import GenerationChunk


class Stage(Protocol):
    name: str

    async def run(self, ctx: RequestContext) -> None: ...


class PipelineRunner:
    def __init__(self, stages: list[Stage]) -> None:
        self.stages = stages

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    async def run(self, ctx: RequestContext) -> RequestContext:
        for stage in self.stages:
            timing = ctx.timing(stage.name)
            t0 = time.perf_counter()
            try:
                await stage.run(ctx)
            finally:
                timing.duration_s += time.perf_counter() - t0
        return ctx


async def timed_stream(
    ctx: RequestContext,
    stage: str,
    source: AsyncIterator[GenerationChunk],
    transform: Callable[[GenerationChunk], list[GenerationChunk]],
    *,
    count_upstream: bool = False,
) -> AsyncIterator[GenerationChunk]:
    """Wrap SOURCE with TRANSFORM, adding the time spent to STAGE's timing.

    `count_upstream=True` also counts the wait for the next chunk (the generate stage's view);
    otherwise only the transform's own work is counted. Closing the wrapper closes SOURCE, so a
    client that goes away stops the model.
    """
    timing = ctx.timing(stage)
    try:
        t_wait = time.perf_counter()
        async for chunk in source:
            t0 = time.perf_counter()
            if count_upstream:
                timing.duration_s += t0 - t_wait
            outs = transform(chunk)
            timing.duration_s += time.perf_counter() - t0
            for out in outs:
                yield out
            if outs and outs[-1].finish_reason is not None:
                break  # the transform ended the answer (e.g. a stop sequence): stop the model too
            t_wait = time.perf_counter()
    finally:
        aclose = getattr(source, "aclose", None)
        if aclose is not None:
            await aclose()
