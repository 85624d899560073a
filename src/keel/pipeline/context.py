"""RequestContext: everything one request carries through the pipeline.

What stages exchange are named, typed fields, not hidden annotation keys: the resolution fixed
before the stages (`resolution`, `provider`), the cache opt-out (`cache_control`), retrieved
passages (`documents`), how stored text hides pseudonyms (`conceal`), audit events (`audit`).
A stage's private state across its input and output halves goes in a typed slot
(`ctx.slot(GuardState)`), keyed by its class. `annotations` is only what the trace shows.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from keel.observability.traces import new_trace_id
from keel.security.principal import Principal
from keel.types import Generation, GenerationChunk, GenerationParams, Message

T = TypeVar("T")


@dataclass(slots=True)
class StageTiming:
    stage: str
    duration_s: float
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Resolution:
    """What one request is served by, fixed before any stage runs (`Gateway.resolve`).

    `model` is the name the client sent; `target` the catalogue entry serving it (they differ for
    an alias); `revision` the catalogue revision it was resolved in. `template` (prompt template
    version) and `arm` (experiment arm) are filled by the registry's resolution. All of it is in
    the trace and the request log, and `scope()` is part of every cache key."""

    model: str
    target: str
    revision: int
    version: str | None = None  # the registry model version the target serves (NAME/VERSION)
    template: str | None = None
    arm: str | None = None

    def scope(self) -> str:
        parts = [self.target]
        if self.version:
            parts.append(f"version={self.version}")
        if self.template:
            parts.append(f"template={self.template}")
        if self.arm:
            parts.append(f"arm={self.arm}")
        return "|".join(parts)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"model": self.model, "target": self.target, "revision": self.revision}
        if self.version:
            out["version"] = self.version
        if self.template:
            out["template"] = self.template
        if self.arm:
            out["arm"] = self.arm
        return out


@dataclass(frozen=True, slots=True)
class PromptCall:
    """A request's call of a registry prompt template: `ref` (NAME, NAME@LABEL or NAME/VERSION),
    its variables, and the parameters the request set itself (the template's apply to the rest)."""

    ref: str
    variables: dict[str, Any]
    set_params: frozenset[str] = frozenset()
    # picked by a prompt rule: the template takes the place of the last user message (its system
    # messages go first, the rest after the conversation so far)
    by_rule: bool = False


@dataclass(slots=True)
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
    cache_control: str | None = None  # "no-cache": skip the response cache for this request
    prompt_call: PromptCall | None = None  # a registry prompt template to render (chat)
    session: str | None = None  # the caller's session id (experiments' sticky unit)
    metadata: dict[str, str] | None = None  # the request's `metadata` (prompt rules match on it)
    knowledge: list[str] | None = None  # knowledge bases the request names (the grounding stage)

    # fixed by the resolution step, before the stages
    resolution: Resolution | None = None
    provider: Any = None  # the deployment group serving `resolution.target` (Provider protocol)
    lease: Any = None  # the catalogue lease, released when the request ends

    # filled in by stages
    prompt_tokens: int | None = None
    results: list[Generation] = field(default_factory=list)
    streams: list[AsyncIterator[GenerationChunk]] = field(default_factory=list)
    embeddings: list[list[float]] | None = None
    documents: list[str] = field(default_factory=list)  # retrieved passages (grounding), screened by the guard
    # set by the stage that put `documents` into the prompt: told what the guard's document rules
    # kept of each (its text, or None when dropped), so the prompt shows only that
    documents_screened: Callable[[list[str | None]], None] | None = None
    citations: list[dict[str, Any]] = field(default_factory=list)  # the answer's sources (grounding)
    # turns stored text back into what may be stored: e.g. the guard's pseudonyms -> placeholders
    conceal: Callable[[str], str] | None = None
    audit: list[dict[str, Any]] = field(default_factory=list)  # events for the audit log
    timings: list[StageTiming] = field(default_factory=list)
    annotations: dict[str, Any] = field(default_factory=dict)  # shown in the trace and the request log
    slots: dict[type, Any] = field(default_factory=dict)
    # work to run after a successful response, off the latency path (e.g. a cache write)
    deferred: list[Callable[[RequestContext], Awaitable[None]]] = field(default_factory=list)
    # run when the request ends, whatever its outcome (e.g. give back a concurrency slot)
    finalizers: list[Callable[[RequestContext], None]] = field(default_factory=list)

    # filled in when the response is done
    status: int = 200
    error: str | None = None
    first_token_s: float | None = None
    completion_tokens: int = 0
    finished: bool = False

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def defer(self, fn: Callable[[RequestContext], Awaitable[None]]) -> None:
        """Run FN(ctx) after the response is complete and successful, in the background."""
        self.deferred.append(fn)

    def on_finish(self, fn: Callable[[RequestContext], None]) -> None:
        """Call FN(ctx) when the request ends — success, error or client gone. Must be quick."""
        self.finalizers.append(fn)

    def slot(self, kind: type[T]) -> T | None:
        """A stage's typed private state, put there by `put`."""
        return self.slots.get(kind)

    def put(self, value: Any) -> None:
        self.slots[type(value)] = value

    def timing(self, stage: str) -> StageTiming:
        """The timing record of STAGE, created on first use (streamed stages add to it)."""
        for t in self.timings:
            if t.stage == stage:
                return t
        t = StageTiming(stage, 0.0)
        self.timings.append(t)
        return t
