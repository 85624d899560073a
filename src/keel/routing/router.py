"""One public model name → a group of deployments, behind the Provider protocol.

`RoutedModel` picks a deployment by the configured strategy, applies its timeout, retries
retryable failures elsewhere with jittered exponential backoff, keeps a circuit breaker per
deployment, runs active health checks, and finally tries the fallback models in order. A
stream that fails before its first token is retried like a whole request; once a token has
gone out it cannot be taken back, so a later failure ends the stream with an error.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from keel.config import DeploymentSettings, RoutingSettings
from keel.errors import KeelError, ServiceUnavailable, UpstreamError, UpstreamTimeout
from keel.routing.breaker import CircuitBreaker
from keel.routing.strategies import STRATEGIES
from keel.types import Embeddings, Generation, GenerationChunk, GenerationRequest, Health, Message, ModelInfo

log = logging.getLogger(__name__)
T = TypeVar("T")

EWMA_ALPHA = 0.3


@dataclass
class Deployment:
    id: str
    provider: Any
    settings: DeploymentSettings
    breaker: CircuitBreaker
    ready: bool = False
    healthy: bool = True
    load_error: str | None = None
    outstanding: int = 0
    ewma_latency_s: float | None = None
    successes: int = 0
    failures: int = 0
    last_error: str | None = None
    last_check: float | None = None
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)

    @property
    def weight(self) -> float:
        return self.settings.weight

    @property
    def region(self) -> str | None:
        return self.settings.region

    def available(self) -> bool:
        limit = self.settings.max_concurrent
        return self.ready and self.healthy and self.breaker.allows() and (limit is None or self.outstanding < limit)

    def observe(self, seconds: float) -> None:
        prev = self.ewma_latency_s
        self.ewma_latency_s = seconds if prev is None else EWMA_ALPHA * seconds + (1 - EWMA_ALPHA) * prev

    def snapshot(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "provider": self.settings.provider,
            "region": self.region,
            "weight": self.weight,
            "ready": self.ready,
            "healthy": self.healthy,
            "breaker": self.breaker.state,
            "consecutive_failures": self.breaker.consecutive_failures,
            "outstanding": self.outstanding,
            "max_concurrent": self.settings.max_concurrent,
            "latency_ewma_ms": None if self.ewma_latency_s is None else round(self.ewma_latency_s * 1000, 3),
            "successes": self.successes,
            "failures": self.failures,
            "last_error": self.last_error or self.load_error,
        }


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, KeelError) and exc.retryable


class RoutedModel:
    """A public model: deployments + routing policy. Implements the Provider protocol."""

    def __init__(
        self,
        name: str,
        deployments: list[Deployment],
        routing: RoutingSettings,
        resolve: Callable[[str], RoutedModel] | None = None,
    ) -> None:
        self.name = name
        self.deployments = deployments
        self.routing = routing
        self.strategy = STRATEGIES[routing.strategy]()
        self.resolve = resolve
        self._health_task: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        async def start_one(d: Deployment) -> None:
            try:
                await d.provider.start()
                d.ready = True
            except Exception as exc:
                d.load_error = str(exc) or type(exc).__name__
                log.error("deployment %s of %s failed to start: %s", d.id, self.name, d.load_error)

        await asyncio.gather(*(start_one(d) for d in self.deployments))
        if not any(d.ready for d in self.deployments):
            raise RuntimeError("; ".join(f"{d.id}: {d.load_error}" for d in self.deployments))
        if self.routing.health_check.interval_s > 0:
            self._health_task = asyncio.create_task(self._health_loop())

    async def close(self) -> None:
        if self._health_task is not None:
            self._health_task.cancel()
        for d in self.deployments:
            await d.provider.close()

    async def _health_loop(self) -> None:
        hc = self.routing.health_check
        while True:
            await self.check_health()
            await asyncio.sleep(hc.interval_s)

    async def check_health(self) -> None:
        """Ask every started deployment for its health now (the loop does this periodically)."""
        timeout = self.routing.health_check.timeout_s

        async def one(d: Deployment) -> None:
            if not d.ready:
                return
            try:
                h = await asyncio.wait_for(d.provider.health(), timeout)
                d.healthy = h.ready
                if not h.ready:
                    d.last_error = f"health check: {h.detail}"
            except Exception as exc:
                d.healthy = False
                d.last_error = f"health check: {type(exc).__name__}"
            d.last_check = time.time()

        await asyncio.gather(*(one(d) for d in self.deployments))

    # ------------------------------------------------------------------ Provider protocol

    def _any_ready(self) -> Deployment:
        for d in self.deployments:
            if d.ready:
                return d
        raise ServiceUnavailable(f"The model '{self.name}' has no deployment ready", code="model_not_ready")

    def info(self) -> ModelInfo:
        ready = [d for d in self.deployments if d.ready] or self.deployments
        return ready[0].provider.info()

    def tokenize(self, text: str | list[Message]) -> list[int] | None:
        return self._any_ready().provider.tokenize(text)

    async def health(self) -> Health:
        ready = [d for d in self.deployments if d.ready and d.healthy]
        return Health(bool(ready), f"{len(ready)}/{len(self.deployments)} deployments healthy")

    async def complete(self, request: GenerationRequest) -> Generation:
        return await self._call(request, lambda p, r: p.complete(r), lambda m, r: m.complete(r))

    async def embed(self, texts: list[str]) -> Embeddings:
        return await self._call(request=None, call=lambda p, _: p.embed(texts), fallback=lambda m, _: m.embed(texts))

    async def stream(self, request: GenerationRequest) -> AsyncIterator[GenerationChunk]:
        errors: list[BaseException] = []
        async for dep in self._attempts(request.region, errors):
            source = dep.provider.stream(request)
            started = time.perf_counter()
            try:
                async with asyncio.timeout(dep.settings.timeout_s):  # no extra Task, unlike wait_for
                    first = await anext(source)
            except StopAsyncIteration:
                self._done(dep, started, ok=True)
                return
            except asyncio.CancelledError:
                self._abandon(dep)
                await _aclose(source)
                raise
            except BaseException as exc:
                await _aclose(source)
                exc = _as_error(exc, dep)
                self._done(dep, started, ok=False, error=exc)
                if not _deployment_fault(exc):
                    raise exc from None
                errors.append(exc)
                continue
            # committed to this deployment: what was sent cannot be taken back
            ok = False
            try:
                yield first
                async for chunk in source:
                    yield chunk
                ok = True
            except (asyncio.CancelledError, GeneratorExit):
                self._abandon(dep)
                raise
            except BaseException as exc:
                err = _as_error(exc, dep)
                self._done(dep, started, ok=False, error=err)
                raise UpstreamError(
                    f"The model '{self.name}' failed mid-stream: {err}", retryable=False, code="stream_interrupted"
                ) from None
            finally:
                await _aclose(source)
                if ok:
                    self._done(dep, started, ok=True)
            return
        async for chunk in self._fallback_stream(request, errors):
            yield chunk

    # ------------------------------------------------------------------ machinery

    async def _attempts(self, region: str | None, errors: list[BaseException]) -> AsyncIterator[Deployment]:
        """Yield deployments to try: 1 + retries attempts, preferring ones not tried yet, with backoff."""
        tried: set[str] = set()
        for attempt in range(self.routing.retries + 1):
            if attempt:
                delay = self.routing.backoff_s * (2 ** (attempt - 1)) * random.uniform(0.5, 1.5)
                retry_after = getattr(errors[-1], "retry_after", None) if errors else None
                if retry_after and len(self.deployments) == 1:
                    delay = max(delay, min(retry_after, 5.0))
                await asyncio.sleep(delay)
            dep = self._pick(region, exclude=tried)
            if dep is None:
                if not errors:
                    errors.append(
                        ServiceUnavailable(
                            f"No deployment of '{self.name}' is available (all busy, unhealthy or open)",
                            code="no_deployment",
                            retry_after=1,
                        )
                    )
                continue
            tried.add(dep.id)
            dep.outstanding += 1
            yield dep

    def _pick(self, region: str | None, exclude: set[str]) -> Deployment | None:
        available = [d for d in self.deployments if d.available()]
        fresh = [d for d in available if d.id not in exclude] or available
        while fresh:
            dep = self.strategy.pick(fresh, region)
            if dep.breaker.acquire():
                return dep
            fresh = [d for d in fresh if d is not dep]
        return None

    def _abandon(self, dep: Deployment) -> None:
        """The attempt ended without a verdict (the client went away): free its slot and probe."""
        dep.outstanding -= 1
        dep.breaker.release()

    def _done(self, dep: Deployment, started: float, ok: bool, error: BaseException | None = None) -> None:
        dep.outstanding -= 1
        if ok:
            dep.successes += 1
            dep.observe(time.perf_counter() - started)
            dep.breaker.record_success()
        elif error is not None and not _deployment_fault(error):
            dep.breaker.release()  # the request's fault (a 400), not the deployment's
        else:
            dep.failures += 1
            dep.last_error = str(error) if error is not None else None
            dep.breaker.record_failure()

    async def _call(
        self,
        request: GenerationRequest | None,
        call: Callable[[Any, Any], Awaitable[T]],
        fallback: Callable[[RoutedModel, Any], Awaitable[T]],
    ) -> T:
        errors: list[BaseException] = []
        region = request.region if request is not None else None
        async for dep in self._attempts(region, errors):
            started = time.perf_counter()
            try:
                async with asyncio.timeout(dep.settings.timeout_s):  # no extra Task, unlike wait_for
                    result = await call(dep.provider, request)
            except asyncio.CancelledError:
                self._abandon(dep)
                raise
            except BaseException as exc:
                err = _as_error(exc, dep)
                self._done(dep, started, ok=False, error=err)
                if not _retryable(err):
                    raise err from None
                errors.append(err)
                continue
            self._done(dep, started, ok=True)
            return result
        for name in self.routing.fallbacks:
            model = self._fallback(name)
            if model is None:
                continue
            try:
                return await fallback(model, request)
            except KeelError as exc:
                if not exc.retryable:
                    raise
                errors.append(exc)
        raise _final(self.name, errors)

    async def _fallback_stream(self, request: GenerationRequest, errors: list[BaseException]):
        for name in self.routing.fallbacks:
            model = self._fallback(name)
            if model is None:
                continue
            source = model.stream(request)
            try:
                first = await anext(source)
            except StopAsyncIteration:
                return
            except KeelError as exc:
                await _aclose(source)
                if not _deployment_fault(exc):
                    raise
                errors.append(exc)
                continue
            try:
                yield first
                async for chunk in source:
                    yield chunk
            finally:
                await _aclose(source)
            return
        raise _final(self.name, errors)

    def _fallback(self, name: str) -> RoutedModel | None:
        if self.resolve is None:
            return None
        try:
            return self.resolve(name)
        except KeelError:
            return None

    def snapshot(self) -> dict[str, Any]:
        return {
            "model": self.name,
            "strategy": self.routing.strategy,
            "retries": self.routing.retries,
            "fallbacks": self.routing.fallbacks,
            "deployments": [d.snapshot() for d in self.deployments],
        }


def _deployment_fault(exc: BaseException) -> bool:
    """Could another deployment do better? Retryable errors, and any upstream failure (a stream
    broken before its first token included); not the request's own mistakes."""
    return _retryable(exc) or isinstance(exc, UpstreamError)


def _as_error(exc: BaseException, dep: Deployment) -> BaseException:
    if isinstance(exc, asyncio.TimeoutError | TimeoutError):
        return UpstreamTimeout(
            f"Deployment '{dep.id}' did not answer within {dep.settings.timeout_s:g}s", code="upstream_timeout"
        )
    if isinstance(exc, KeelError):
        return exc
    if isinstance(exc, Exception):
        log.exception("deployment %s failed", dep.id, exc_info=exc)
        return UpstreamError(f"Deployment '{dep.id}' failed: {type(exc).__name__}: {exc}", retryable=True)
    return exc


def _final(name: str, errors: list[BaseException]) -> BaseException:
    if not errors:
        return ServiceUnavailable(f"No deployment of '{name}' is available", code="no_deployment", retry_after=1)
    last = errors[-1]
    if len(errors) > 1 and isinstance(last, KeelError):
        last.message = f"{last.message} (after {len(errors)} attempts)"
    return last


async def _aclose(source: Any) -> None:
    aclose = getattr(source, "aclose", None)
    if aclose is not None:
        try:
            await aclose()
        except Exception:
            pass
