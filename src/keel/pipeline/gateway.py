"""The Gateway: the request path without HTTP — resolve, run the route's stages, finish.

The API, `keel.Client` in process, batch jobs and tests all call `execute(ctx)`: one call that
returns a whole answer or a stream. After each request `finish()` records metrics, the trace,
the request-log row and audit events; rows are queued for background writers, never written on
the latency path. The services it uses are built once by `keel.services.Services`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from keel.errors import InvalidRequest
from keel.pipeline.context import RequestContext, Resolution
from keel.store.rows import unix
from keel.types import Generation, GenerationChunk, TokenLogprob, ToolCall, add_tool_deltas

if TYPE_CHECKING:
    from keel.services import Services

log = logging.getLogger(__name__)

UNRESOLVED = "(unresolved)"  # the metrics' model label of requests refused before resolution


@dataclass
class Reply:
    """What `execute` returns: the context (whole answers in `ctx.results`), and for a streaming
    request `stream`, the (choice index, chunk) pairs; consuming or closing it finishes the request."""

    ctx: RequestContext
    stream: AsyncIterator[tuple[int, GenerationChunk]] | None = None


class ReplyStream:
    """A streaming reply: (choice index, chunk) pairs. Closing it ends the request — also when it
    was never iterated (a generator that never started would run no clean-up: the request would
    hold its catalogue lease and limits permit and never be logged)."""

    __slots__ = ("_ctx", "_gateway", "_gen", "_started")

    def __init__(self, gateway: Gateway, ctx: RequestContext) -> None:
        self._gateway = gateway
        self._ctx = ctx
        self._gen = gateway._iterate(ctx)
        self._started = False

    def __aiter__(self) -> ReplyStream:
        return self

    async def __anext__(self) -> tuple[int, GenerationChunk]:
        self._started = True
        return await self._gen.__anext__()

    async def aclose(self) -> None:
        if self._started:
            await self._gen.aclose()
            return
        self._started = True
        await self._gen.aclose()
        ctx = self._ctx
        for stream in ctx.streams:
            await stream.aclose()
        self._gateway.fail(ctx, asyncio.CancelledError())  # 499: the client left before any chunk


class Gateway:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.catalogue = services.catalogue
        self.metrics = services.metrics
        self.traces = services.traces
        self.request_log = services.request_log
        self.audit_log = services.audit_log
        self.pipelines = services.pipelines
        self.runtime = services.runtime
        self._background: set[asyncio.Task[None]] = set()

    @property
    def settings(self) -> Any:
        return self.services.settings

    @property
    def engine(self) -> Any:
        return self.services.engine

    async def start(self, wait_for_models: bool = False) -> None:
        await self.services.start(wait_for_models)

    async def close(self) -> None:
        await self.drain()
        await self.services.close()

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for after-response work (cache writes…) to finish."""
        if self._background:
            await asyncio.wait(list(self._background), timeout=timeout)

    # ------------------------------------------------------------------ request path

    def resolve(self, ctx: RequestContext) -> None:
        """Fix what serves this request before any stage: the catalogue entry (404 / 503 here,
        before any work), its deployment group, and the slots the registry fills (template, arm)."""
        lease = self.catalogue.lease(ctx.model)
        ctx.lease = lease
        ctx.provider = lease.model
        ctx.resolution = Resolution(ctx.model, lease.target, lease.revision, lease.entry.settings.registry_version)
        runtime = self.runtime
        if ctx.prompt_call is not None or (runtime.experiments and runtime.enrolled(ctx)):
            try:
                runtime.resolve(ctx, self._lease_arm)
            except BaseException:
                ctx.lease.release()
                raise

    def _lease_arm(self, ctx: RequestContext, name: str) -> None:
        """An experiment arm serves this request from model NAME instead."""
        lease = self.catalogue.lease(name)
        ctx.lease.release()
        ctx.lease = lease
        ctx.provider = lease.model
        r = ctx.resolution
        assert r is not None
        r.target, r.revision, r.version = lease.target, lease.revision, lease.entry.settings.registry_version

    async def execute(self, ctx: RequestContext) -> Reply:
        try:
            if ctx.knowledge is not None and "grounding" not in self.pipelines[ctx.route].names:
                raise InvalidRequest(
                    f"'knowledge' needs the grounding stage in the {ctx.route} route: add it to pipeline.{ctx.route} "
                    f"in keel.yaml, e.g. [preprocess, grounding, limits, generate, postprocess]",
                    param="knowledge",
                    code="grounding_not_enabled",
                )
            if self.runtime.rules.applies(ctx):  # a template picked by rule (intent: an embedding)
                await self.runtime.rules.select(ctx)
            self.resolve(ctx)
        except BaseException as exc:  # refused before any stage (unknown model, bad template call…)
            ctx.resolution = None  # not counted in flight; metrics under UNRESOLVED, not the name sent
            self.fail(ctx, exc)
            raise
        self.metrics.route(ctx.model, ctx.route).in_flight.inc()
        try:
            await self.pipelines[ctx.route].run(ctx)
        except BaseException as exc:
            self.fail(ctx, exc)
            raise
        if ctx.stream:
            return Reply(ctx, ReplyStream(self, ctx))
        ctx.completion_tokens = sum(r.completion_tokens for r in ctx.results)
        self.finish(ctx)
        return Reply(ctx)

    async def _iterate(self, ctx: RequestContext) -> AsyncIterator[tuple[int, GenerationChunk]]:
        """Yield (choice index, chunk) from a streaming context, then finish it.

        Tracks time to first token and exact token counts; closing this iterator (a client that
        went away) closes the streams, which stops the model.
        """
        answers = [Answer() for _ in ctx.streams]
        try:
            for i, stream in enumerate(ctx.streams):
                answer = answers[i]
                async for chunk in stream:
                    if ctx.first_token_s is None and (chunk.text or chunk.tool_calls):
                        ctx.first_token_s = ctx.elapsed()
                    if chunk.prompt_tokens is not None:
                        ctx.prompt_tokens = chunk.prompt_tokens
                    answer.add(chunk)
                    yield i, chunk
                ctx.completion_tokens += answer.produced
        except BaseException as exc:
            self.fail(ctx, exc)
            raise
        finally:
            for stream in ctx.streams:
                await stream.aclose()
            ctx.results = [a.generation(ctx.prompt_tokens or 0) for a in answers]
            self.finish(ctx)

    def fail(self, ctx: RequestContext, exc: BaseException) -> None:
        gone = isinstance(exc, (asyncio.CancelledError, GeneratorExit))
        ctx.status = getattr(exc, "status_code", 499 if gone else 500)
        ctx.error = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        self.finish(ctx)

    def finish(self, ctx: RequestContext) -> None:
        """After the response: metrics, trace, request log (queued). Idempotent."""
        if ctx.finished:
            return
        ctx.finished = True
        if ctx.lease is not None:
            ctx.lease.release()
        for fn in ctx.finalizers:
            try:
                fn(ctx)
            except Exception:
                log.exception("finalizer failed for trace %s", ctx.trace_id)
        if ctx.resolution is not None:  # counted in flight once resolved
            m = self.metrics.route(ctx.model, ctx.route)
            m.in_flight.dec()
        else:  # any name a client sends would be a new label: these share one
            m = self.metrics.route(UNRESOLVED, ctx.route)
        elapsed = ctx.elapsed()
        m.requests(ctx.status).inc()
        m.latency.observe(elapsed)
        if ctx.first_token_s is not None:
            m.ttft.observe(ctx.first_token_s)
        prompt_tokens = ctx.prompt_tokens or 0
        if prompt_tokens:
            m.tokens_in.inc(prompt_tokens)
        if ctx.completion_tokens:
            m.tokens_out.inc(ctx.completion_tokens)
        stages = []
        for t in ctx.timings:
            m.stage(t.stage).observe(t.duration_s)
            stages.append({"stage": t.stage, "duration_ms": round(t.duration_s * 1000, 3)})
        trace = {
            "trace_id": ctx.trace_id,
            "route": ctx.route,
            "model": ctx.model,
            "resolution": ctx.resolution.to_dict() if ctx.resolution is not None else None,
            "stream": ctx.stream,
            "status": ctx.status,
            "error": ctx.error,
            "created": ctx.created,
            "duration_ms": round(elapsed * 1000, 3),
            "ttft_ms": None if ctx.first_token_s is None else round(ctx.first_token_s * 1000, 3),
            "prompt_tokens": prompt_tokens,
            "completion_tokens": ctx.completion_tokens,
            "stages": stages,
            "annotations": ctx.annotations,
        }
        self.traces.put(trace)
        self.request_log.record(self._log_row(ctx, trace))
        for event in ctx.audit:  # stages' audit events (e.g. what a guard rule did)
            self.audit_log.record(_audit_row(ctx, event))
        if ctx.resolution is not None and ctx.resolution.arm is not None:
            self._record_outcome(ctx, trace)
        if ctx.deferred and ctx.status == 200:
            for fn in ctx.deferred:
                task = asyncio.get_running_loop().create_task(self._run_deferred(fn, ctx))
                self._background.add(task)
                task.add_done_callback(self._background.discard)

    def _record_outcome(self, ctx: RequestContext, trace: dict[str, Any]) -> None:
        """An experiment's measurement of this request (queued, written in the background)."""
        from keel.registry.assignment import ArmState

        state = ctx.slot(ArmState)
        if state is None:
            return
        assert ctx.resolution is not None
        _, per_in, per_out = self.services.registry_versions.get(ctx.resolution.target, (None, None, None))
        prompt, completion = trace["prompt_tokens"], trace["completion_tokens"]
        cost = None
        if per_in is not None or per_out is not None:
            cost = (prompt * (per_in or 0.0) + completion * (per_out or 0.0)) / 1000
        self.services.outcomes.record(
            {
                "trace_id": ctx.trace_id,
                "experiment": state.experiment,
                "arm": state.arm,
                "unit": state.unit[:200],
                "created_at": datetime.fromtimestamp(ctx.created, UTC),
                "status": ctx.status,
                "latency_ms": trace["duration_ms"],
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "cost": cost,
                "guard_flagged": any(e.get("kind") == "guard" for e in ctx.audit),
            }
        )
        if state.scorers and ctx.status == 200:  # online eval: cheap checks of the answer, 1 or 0
            text = _response_text(ctx)
            for name, scorer in state.scorers.items():
                try:
                    score = scorer(text)
                except Exception:
                    log.exception("online eval scorer %s failed for trace %s", name, ctx.trace_id)
                    continue
                self.services.scores.record(
                    {
                        "trace_id": ctx.trace_id,
                        "experiment": state.experiment,
                        "arm": state.arm,
                        "name": name,
                        "score": score,
                    }
                )

    async def _run_deferred(self, fn: Any, ctx: RequestContext) -> None:
        try:
            await fn(ctx)
        except Exception:  # after-response work must never hurt the gateway
            log.exception("deferred work failed for trace %s", ctx.trace_id)

    def _log_row(self, ctx: RequestContext, trace: dict[str, Any]) -> dict[str, Any]:
        log_text = self.settings.storage.log_prompts
        return {
            "trace_id": ctx.trace_id,
            "created_at": datetime.fromtimestamp(ctx.created, UTC),
            "principal": ctx.principal.id,
            "tenant": ctx.principal.tenant,
            "user": ctx.user,
            "route": ctx.route,
            "model": ctx.model,
            "stream": ctx.stream,
            "status": ctx.status,
            "error": ctx.error,
            "prompt_tokens": trace["prompt_tokens"],
            "completion_tokens": trace["completion_tokens"],
            "latency_ms": trace["duration_ms"],
            "ttft_ms": trace["ttft_ms"],
            "stages": {
                "stages": trace["stages"],
                "annotations": trace["annotations"],
                "resolution": trace["resolution"],
            },
            "prompt_text": _prompt_text(ctx) if log_text else None,
            "response_text": _response_text(ctx) if log_text else None,
        }

    async def trace(self, trace_id: str) -> dict[str, Any] | None:
        trace = self.traces.get(trace_id)
        if trace is not None:
            return trace
        row = await asyncio.to_thread(self.request_log.find, trace_id)
        if row is None:
            return None
        extra = row["stages"] or {}
        return {
            "trace_id": row["trace_id"],
            "route": row["route"],
            "model": row["model"],
            "resolution": extra.get("resolution"),
            "stream": bool(row["stream"]),
            "status": row["status"],
            "error": row["error"],
            "created": unix(row["created_at"]),
            "duration_ms": row["latency_ms"],
            "ttft_ms": row["ttft_ms"],
            "prompt_tokens": row["prompt_tokens"],
            "completion_tokens": row["completion_tokens"],
            "stages": extra.get("stages", []),
            "annotations": extra.get("annotations", {}),
        }


class Answer:
    """One streamed choice put back together: text, tool calls from their deltas, logprobs."""

    __slots__ = ("cached", "calls", "finish", "logprobs", "produced", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.finish: Any = None
        self.produced = 0
        self.cached = 0  # prompt tokens served from the model's KV cache (the last chunk says)
        self.calls: dict[int, ToolCall] | None = None
        self.logprobs: list[TokenLogprob] | None = None

    def add(self, chunk: GenerationChunk) -> None:
        self.texts.append(chunk.text)
        if chunk.completion_tokens is not None:
            self.produced = chunk.completion_tokens
        if chunk.finish_reason is not None:
            self.finish = chunk.finish_reason
        if chunk.cached_tokens:
            self.cached = chunk.cached_tokens
        if chunk.tool_calls:
            if self.calls is None:
                self.calls = {}
            add_tool_deltas(self.calls, chunk.tool_calls)
        if chunk.logprobs:
            if self.logprobs is None:
                self.logprobs = []
            self.logprobs.extend(chunk.logprobs)

    def generation(self, prompt_tokens: int) -> Generation:
        calls = [self.calls[i] for i in sorted(self.calls)] if self.calls else None
        text = "".join(self.texts)
        return Generation(
            text, self.finish or "stop", prompt_tokens, self.produced, calls, self.logprobs, cached_tokens=self.cached
        )


def _audit_row(ctx: RequestContext, event: dict[str, Any]) -> dict[str, Any]:
    return {
        "created_at": datetime.fromtimestamp(ctx.created, UTC),
        "trace_id": ctx.trace_id,
        "kind": event["kind"],
        "action": event["action"],
        "principal": ctx.principal.id,
        "tenant": ctx.principal.tenant,
        "route": ctx.route,
        "model": ctx.model,
        "detail": event.get("detail", {}),
    }


def _response_text(ctx: RequestContext) -> str:
    """The answers as stored: `conceal` (the guard's pseudonyms) puts placeholders back for originals."""
    text = "\n---\n".join(_answer_text(r) for r in ctx.results)
    return ctx.conceal(text) if ctx.conceal is not None else text


def _answer_text(g: Generation) -> str:
    if not g.tool_calls:
        return g.text
    calls = "\n".join(f"tool call {c.name}({c.arguments})" for c in g.tool_calls)
    return f"{g.text}\n{calls}" if g.text else calls


def _prompt_text(ctx: RequestContext) -> str | None:
    if ctx.messages is not None:
        return "\n".join(f"{m.role}: {m.content}" for m in ctx.messages)
    if ctx.prompt is not None:
        return ctx.prompt
    return "\n".join(ctx.inputs or [])
