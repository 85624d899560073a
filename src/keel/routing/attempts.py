"""The attempt loop: one request tried on a model's deployments, then on its fallback models.

`run` serves complete, embed and stream alike; what differs is a `Kind` (how to call a provider
or a fallback model, and which errors another deployment could do better on). Each attempt picks
a deployment (`picking.pick`, breaker acquired), counts it in flight, applies its timeout and
records the verdict on its stats and breaker; a retryable failure is tried again elsewhere, up to
`routing.retries` times, with jittered exponential backoff (at least the upstream's Retry-After,
up to 5 s, when there is only one deployment). Then the fallbacks, in order. When everything
failed the last error is raised, "(after N attempts)". Cancellation (the client went away)
frees the slot and the half-open probe without a verdict.

A stream's attempt is its first chunk: a stream that fails before it is retried like a whole
request. Once a chunk has gone out the stream is committed to that deployment; a later failure
ends it with `stream_interrupted`. `stream` is the only async generator between the provider's
stream and the caller: chunks pass through one layer, as they would without routing.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, Protocol

from keel.config import RoutingSettings
from keel.errors import KeelError, ServiceUnavailable, UpstreamError, UpstreamTimeout
from keel.routing.deployments import Deployment
from keel.routing.picking import pick
from keel.types import GenerationChunk, GenerationRequest

log = logging.getLogger(__name__)


class Routed(Protocol):
    """What the loop reads of a model (RoutedModel)."""

    name: str
    deployments: Sequence[Deployment]
    routing: RoutingSettings
    strategy: Any
    resolve: Callable[[str], Any] | None


class Kind:
    """One kind of request: `attempt(provider, arg)` and `fallback(model, arg)` make the call;
    `retry_if(error)` says whether another deployment or fallback might do better; a `stream`
    attempt's success is recorded when the stream ends, not when its first chunk comes."""

    __slots__ = ("attempt", "fallback", "retry_if", "stream")

    def __init__(
        self,
        attempt: Callable[[Any, Any], Awaitable[Any]],
        fallback: Callable[[Any, Any], Awaitable[Any]],
        retry_if: Callable[[BaseException], bool],
        stream: bool = False,
    ) -> None:
        self.attempt = attempt
        self.fallback = fallback
        self.retry_if = retry_if
        self.stream = stream


def retryable(exc: BaseException) -> bool:
    return isinstance(exc, KeelError) and exc.retryable


def deployment_fault(exc: BaseException) -> bool:
    """Could another deployment do better? Retryable errors, and any upstream failure (a stream
    broken before its first token included); not the request's own mistakes."""
    return retryable(exc) or isinstance(exc, UpstreamError)


_END = object()  # the first chunk of a stream that had none


async def _open(source: AsyncIterator[GenerationChunk]) -> tuple[AsyncIterator[GenerationChunk], Any]:
    """(SOURCE, its first chunk or _END); SOURCE is closed when waiting for it fails."""
    try:
        return source, await anext(source)
    except StopAsyncIteration:
        return source, _END
    except BaseException:
        await _aclose(source)
        raise


COMPLETE = Kind(lambda p, request: p.complete(request), lambda m, request: m.complete(request), retryable)
EMBED = Kind(lambda p, texts: p.embed(texts), lambda m, texts: m.embed(texts), retryable)
STREAM = Kind(
    lambda p, request: _open(p.stream(request)), lambda m, request: _open(m.stream(request)), deployment_fault, True
)


async def run(model: Routed, region: str | None, arg: Any, kind: Kind) -> tuple[Deployment | None, float, Any]:
    """Try ARG until an attempt succeeds: (the deployment, its start time, the result), or
    (None, 0.0, result) when a fallback model answered. Raises the last error otherwise."""
    routing = model.routing
    errors: list[BaseException] = []
    tried: set[str] = set()
    for attempt in range(routing.retries + 1):
        if attempt:
            delay = routing.backoff_s * (2 ** (attempt - 1)) * random.uniform(0.5, 1.5)
            retry_after = getattr(errors[-1], "retry_after", None) if errors else None
            if retry_after and len(model.deployments) == 1:
                delay = max(delay, min(retry_after, 5.0))
            await asyncio.sleep(delay)
        dep = pick(model.deployments, model.strategy, region, tried)
        if dep is None:
            if not errors:
                errors.append(
                    ServiceUnavailable(
                        f"No deployment of '{model.name}' is available (all busy, unhealthy or open)",
                        code="no_deployment",
                        retry_after=1,
                    )
                )
            continue
        tried.add(dep.id)
        dep.outstanding += 1
        started = time.perf_counter()
        try:
            async with asyncio.timeout(dep.settings.timeout_s):  # no extra Task, unlike wait_for
                result = await kind.attempt(dep.provider, arg)
        except asyncio.CancelledError:
            abandon(dep)
            raise
        except BaseException as exc:
            err = as_error(exc, dep)
            done(dep, started, ok=False, error=err)
            if not kind.retry_if(err):
                raise err from None
            errors.append(err)
            continue
        if not kind.stream:
            done(dep, started, ok=True)
        return dep, started, result
    for name in routing.fallbacks:
        fallback = _fallback(model, name)
        if fallback is None:
            continue
        try:
            result = await kind.fallback(fallback, arg)
        except KeelError as exc:
            if not kind.retry_if(exc):
                raise
            errors.append(exc)
            continue
        return None, 0.0, result
    raise final(model.name, errors)


async def stream(model: Routed, request: GenerationRequest) -> AsyncIterator[GenerationChunk]:
    """The chunks of the first attempt (or fallback) that produced one; see the module doc."""
    dep, started, (source, first) = await run(model, request.region, request, STREAM)
    if first is _END:
        if dep is not None:
            done(dep, started, ok=True)
        return
    ok = False
    try:
        yield first
        async for chunk in source:
            yield chunk
        ok = True
    except (asyncio.CancelledError, GeneratorExit):
        if dep is not None:
            abandon(dep)
        raise
    except BaseException as exc:
        if dep is None:
            raise  # a fallback model's stream, ended by its own router
        err = as_error(exc, dep)
        done(dep, started, ok=False, error=err)
        raise UpstreamError(
            f"The model '{model.name}' failed mid-stream: {err}", retryable=False, code="stream_interrupted"
        ) from None
    finally:
        await _aclose(source)
        if ok and dep is not None:
            done(dep, started, ok=True)


def abandon(dep: Deployment) -> None:
    """The attempt ended without a verdict (the client went away): free its slot and probe."""
    dep.outstanding -= 1
    dep.breaker.release()


def done(dep: Deployment, started: float, ok: bool, error: BaseException | None = None) -> None:
    """The attempt's verdict, on the deployment's stats and breaker."""
    dep.outstanding -= 1
    if ok:
        dep.successes += 1
        dep.observe(time.perf_counter() - started)
        dep.breaker.record_success()
    elif error is not None and not deployment_fault(error):
        dep.breaker.release()  # the request's fault (a 400), not the deployment's
    else:
        dep.failures += 1
        dep.last_error = str(error) if error is not None else None
        dep.breaker.record_failure()


def _fallback(model: Routed, name: str) -> Any:
    if model.resolve is None:
        return None
    try:
        return model.resolve(name)
    except KeelError:
        return None


def as_error(exc: BaseException, dep: Deployment) -> BaseException:
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


def final(name: str, errors: list[BaseException]) -> BaseException:
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
