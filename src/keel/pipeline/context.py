"""RequestContext: everything one request carries through the pipeline."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from keel.observability.traces import new_trace_id
from keel.providers.base import Generation, GenerationChunk, GenerationParams, Message
from keel.security.principal import Principal


@dataclass
class StageTiming:
    stage: str
    duration_s: float
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class RequestContext:
    route: str  # chat | completions | embeddings
    model: str
    params: GenerationParams = field(default_factory=GenerationParams)
    messages: list[Message] | None = None
    prompt: str | None = None
    inputs: list[str] | None = None  # embeddings
    n: int = 1
    stream: bool = False
    user: str | None = None
    region: str | None = None  # the caller's region (header), for region-aware routing
    principal: Principal = field(default_factory=Principal)
    trace_id: str = field(default_factory=new_trace_id)
    started: float = field(default_factory=time.perf_counter)
    created: int = field(default_factory=lambda: int(time.time()))

    # filled in by stages
    prompt_tokens: int | None = None
    results: list[Generation] = field(default_factory=list)
    streams: list[AsyncIterator[GenerationChunk]] = field(default_factory=list)
    embeddings: list[list[float]] | None = None
    timings: list[StageTiming] = field(default_factory=list)
    annotations: dict[str, Any] = field(default_factory=dict)
    # work to run after a successful response, off the latency path (e.g. a cache write)
    deferred: list[Callable[[RequestContext], Awaitable[None]]] = field(default_factory=list)
    # run when the request ends, whatever its outcome (e.g. give back a concurrency slot)
    finalizers: list[Callable[[RequestContext], None]] = field(default_factory=list)

    # filled in when the response is done
    status: int = 200
    error: str | None = None
    first_token_s: float | None = None
    completion_tokens: int = 0

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def defer(self, fn: Callable[[RequestContext], Awaitable[None]]) -> None:
        """Run FN(ctx) after the response is complete and successful, in the background."""
        self.deferred.append(fn)

    def on_finish(self, fn: Callable[[RequestContext], None]) -> None:
        """Call FN(ctx) when the request ends — success, error or client gone. Must be quick."""
        self.finalizers.append(fn)

    def timing(self, stage: str) -> StageTiming:
        """The timing record of STAGE, created on first use (streamed stages add to it)."""
        for t in self.timings:
            if t.stage == stage:
                return t
        t = StageTiming(stage, 0.0)
        self.timings.append(t)
        return t
