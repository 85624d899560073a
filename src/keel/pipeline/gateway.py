"""The Gateway: providers + per-route pipelines + what happens after a response.

It is the request path without HTTP: the API, the CLI (`keel chat` in-process), batch jobs and
tests all call it. After each request, `finish()` records metrics, the trace and the request-log
row; the log row is queued for a background writer, never written on the latency path.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

from keel.errors import ModelNotFound, ServiceUnavailable
from keel.observability.metrics import Metrics
from keel.observability.request_log import RequestLogWriter
from keel.observability.traces import TraceStore
from keel.pipeline.context import RequestContext
from keel.pipeline.runner import PipelineRunner
from keel.pipeline.stages import stage_class
from keel.providers.base import Generation, GenerationChunk, Provider
from keel.providers.registry import create_provider
from keel.routing.breaker import CircuitBreaker
from keel.routing.router import Deployment, RoutedModel
from keel.settings import ModelSettings, Settings
from keel.store.engine import make_engine, migrate
from keel.store.tables import AuditEvent

log = logging.getLogger(__name__)


class Gateway:
    def __init__(self, settings: Settings, providers: dict[str, Provider] | None = None) -> None:
        self.settings = settings
        self.providers: dict[str, Provider] = providers or {m.name: self._build_model(m) for m in settings.models}
        self.ready: dict[str, bool] = dict.fromkeys(self.providers, False)
        self.load_errors: dict[str, str] = {}
        self.stages_ready: dict[str, bool] = {}  # stages with a start-up (models to load) and whether it is done
        self.stage_errors: dict[str, str] = {}
        self.metrics = Metrics()
        self.traces = TraceStore(settings.server.trace_capacity)
        self.engine = make_engine(settings.storage.url)
        s = settings.storage
        self.request_log = RequestLogWriter(
            self.engine,
            batch_size=s.log_batch_size,
            flush_interval_s=s.log_flush_interval_s,
            queue_size=s.log_queue_size,
            on_drop=self.metrics.log_dropped.inc,
        )
        self.audit_log = RequestLogWriter(
            self.engine,
            batch_size=s.log_batch_size,
            flush_interval_s=s.log_flush_interval_s,
            queue_size=s.log_queue_size,
            on_drop=self.metrics.log_dropped.inc,
            table=AuditEvent,
        )
        self.pipelines = {
            route: PipelineRunner([stage_class(name)(self) for name in stages])
            for route, stages in settings.pipeline.items()
        }
        self._loading: list[asyncio.Task[None]] = []
        self._background: set[asyncio.Task[None]] = set()

    def _build_model(self, m: ModelSettings) -> RoutedModel:
        breaker = m.routing.breaker
        deployments = [
            Deployment(
                id=d.name or f"{d.provider}-{i}",
                provider=create_provider(m.name, d.provider, d.params),
                settings=d,
                breaker=CircuitBreaker(breaker.failures, breaker.cooldown_s),
            )
            for i, d in enumerate(m.deployment_list())
        ]
        return RoutedModel(m.name, deployments, m.routing, resolve=self.provider)

    # ------------------------------------------------------------------ lifecycle

    async def start(self, wait_for_models: bool = False) -> None:
        await asyncio.to_thread(migrate, self.engine)
        self.request_log.start()
        self.audit_log.start()
        self._loading = [asyncio.create_task(self._load(name)) for name in self.providers]
        for stage in self._stages():  # e.g. load the semantic cache's embedder ahead of the first request
            if getattr(stage, "start", None) is not None:
                self.stages_ready[stage.name] = False
                self._loading.append(asyncio.create_task(self._start_stage(stage)))
        if wait_for_models:
            await asyncio.gather(*self._loading)

    def _stages(self) -> list[Any]:
        seen: dict[int, Any] = {}
        for runner in self.pipelines.values():
            for stage in runner.stages:
                seen.setdefault(id(stage), stage)
        return list(seen.values())

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for after-response work (cache writes…) to finish."""
        if self._background:
            await asyncio.wait(list(self._background), timeout=timeout)

    async def _start_stage(self, stage: Any) -> None:
        try:
            await stage.start()
        except Exception as exc:  # readyz reports it
            log.error("stage %s failed to start: %s", stage.name, exc)
            self.stage_errors[stage.name] = str(exc)
            return
        self.stages_ready[stage.name] = True

    async def _load(self, name: str) -> None:
        try:
            await self.providers[name].start()
        except Exception as exc:  # readyz reports it; requests get 503
            log.error("model %s failed to load: %s", name, exc)
            self.load_errors[name] = str(exc)
            return
        self.ready[name] = True
        self.metrics.model_ready.labels(model=name).set(1)

    async def close(self) -> None:
        for task in self._loading:
            task.cancel()
        await self.drain()
        for stage in self._stages():
            close = getattr(stage, "close", None)
            if close is not None:
                await close()
        for provider in self.providers.values():
            await provider.close()
        await asyncio.to_thread(self.request_log.close)
        await asyncio.to_thread(self.audit_log.close)
        self.engine.dispose()

    # ------------------------------------------------------------------ request path

    def provider(self, model: str) -> Provider:
        provider = self.providers.get(model)
        if provider is None:
            raise ModelNotFound(model)
        if not self.ready.get(model):
            error = self.load_errors.get(model)
            detail = f"failed to load: {error}" if error else "is still loading; retry shortly"
            raise ServiceUnavailable(f"The model '{model}' {detail}", code="model_not_ready")
        return provider

    async def run(self, ctx: RequestContext) -> RequestContext:
        """Run the route's pipeline. Whole answers are finished here; streaming contexts come
        back with `ctx.streams`, which the caller consumes through `iterate(ctx)` (it finishes them)."""
        self.provider(ctx.model)  # 404 / 503 before any work
        self.metrics.route(ctx.model, ctx.route).in_flight.inc()
        try:
            await self.pipelines[ctx.route].run(ctx)
        except BaseException as exc:
            self.fail(ctx, exc)
            raise
        if not ctx.stream:
            ctx.completion_tokens = sum(r.completion_tokens for r in ctx.results)
            self.finish(ctx)
        return ctx

    async def iterate(self, ctx: RequestContext) -> AsyncIterator[tuple[int, GenerationChunk]]:
        """Yield (choice index, chunk) from a streaming context, then finish it.

        Tracks time to first token and exact token counts; closing this iterator (a client that
        went away) closes the streams, which stops the model.
        """
        texts: list[list[str]] = [[] for _ in ctx.streams]
        finish: list[Any] = [None] * len(ctx.streams)
        produced = [0] * len(ctx.streams)
        try:
            for i, stream in enumerate(ctx.streams):
                async for chunk in stream:
                    if ctx.first_token_s is None and chunk.text:
                        ctx.first_token_s = ctx.elapsed()
                    if chunk.completion_tokens is not None:
                        produced[i] = chunk.completion_tokens
                    if chunk.prompt_tokens is not None:
                        ctx.prompt_tokens = chunk.prompt_tokens
                    if chunk.finish_reason is not None:
                        finish[i] = chunk.finish_reason
                    texts[i].append(chunk.text)
                    yield i, chunk
                ctx.completion_tokens += produced[i]
        except BaseException as exc:
            self.fail(ctx, exc)
            raise
        finally:
            for stream in ctx.streams:
                await stream.aclose()
            ctx.results = [
                Generation("".join(t), f or "stop", ctx.prompt_tokens or 0, n)
                for t, f, n in zip(texts, finish, produced)
            ]
            self.finish(ctx)

    def fail(self, ctx: RequestContext, exc: BaseException) -> None:
        gone = isinstance(exc, (asyncio.CancelledError, GeneratorExit))
        ctx.status = getattr(exc, "status_code", 499 if gone else 500)
        ctx.error = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        self.finish(ctx)

    def finish(self, ctx: RequestContext) -> None:
        """After the response: metrics, trace, request log (queued). Idempotent."""
        if ctx.annotations.get("_finished"):
            return
        ctx.annotations["_finished"] = True
        for fn in ctx.finalizers:
            try:
                fn(ctx)
            except Exception:
                log.exception("finalizer failed for trace %s", ctx.trace_id)
        m = self.metrics.route(ctx.model, ctx.route)
        m.in_flight.dec()
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
        annotations = {k: v for k, v in ctx.annotations.items() if not k.startswith("_")}
        trace = {
            "trace_id": ctx.trace_id,
            "route": ctx.route,
            "model": ctx.model,
            "stream": ctx.stream,
            "status": ctx.status,
            "error": ctx.error,
            "created": ctx.created,
            "duration_ms": round(elapsed * 1000, 3),
            "ttft_ms": None if ctx.first_token_s is None else round(ctx.first_token_s * 1000, 3),
            "prompt_tokens": prompt_tokens,
            "completion_tokens": ctx.completion_tokens,
            "stages": stages,
            "annotations": annotations,
        }
        self.traces.put(trace)
        self.request_log.record(self._log_row(ctx, trace))
        for event in ctx.annotations.get("_audit", ()):  # stages' audit events (e.g. what a guard rule did)
            self.audit_log.record(_audit_row(ctx, event))
        if ctx.deferred and ctx.status == 200:
            for fn in ctx.deferred:
                task = asyncio.get_running_loop().create_task(self._run_deferred(fn, ctx))
                self._background.add(task)
                task.add_done_callback(self._background.discard)

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
            "stages": {"stages": trace["stages"], "annotations": trace["annotations"]},
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
            "stream": bool(row["stream"]),
            "status": row["status"],
            "error": row["error"],
            "created": int(_utc(row["created_at"]).timestamp()),
            "duration_ms": row["latency_ms"],
            "ttft_ms": row["ttft_ms"],
            "prompt_tokens": row["prompt_tokens"],
            "completion_tokens": row["completion_tokens"],
            "stages": extra.get("stages", []),
            "annotations": extra.get("annotations", {}),
        }


def _utc(dt: datetime) -> datetime:
    """SQLite hands back naive datetimes; the log stores UTC."""
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


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
    """The answers as stored: `_conceal` (the guard's pseudonyms) puts placeholders back for originals."""
    text = "\n---\n".join(r.text for r in ctx.results)
    conceal = ctx.annotations.get("_conceal")
    return conceal(text) if conceal is not None else text


def _prompt_text(ctx: RequestContext) -> str | None:
    if ctx.messages is not None:
        return "\n".join(f"{m.role}: {m.content}" for m in ctx.messages)
    if ctx.prompt is not None:
        return ctx.prompt
    return "\n".join(ctx.inputs or [])
