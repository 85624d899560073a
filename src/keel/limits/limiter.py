"""Rate and concurrency limits per subject (an API key, a model…), usable without HTTP.

    limiter = Limiter(settings.limits)
    permit = await limiter.acquire(rules_for(settings.limits, key_id, model), estimated_tokens=n)
    try:
        ...  # call the model
    finally:
        await permit.release(actual_tokens=prompt_tokens + completion_tokens)

A subject is `(kind, name, rule)`, e.g. `("key", "k_123", LimitRule(rpm=60))`. Every subject of one
request is checked and charged together, atomically: when one says no, nothing is charged anywhere.

Algorithm: an exact sliding log over `window_s` (60 s). Each admission writes one entry (time,
reserved tokens) per rated subject; requests-per-minute is the number of entries younger than the
window and tokens-per-minute their sum, both kept as running totals and updated as entries age out.
We chose the log over a two-bucket approximation or GCRA because (1) it is exact, so a limit of N per
minute never admits N+1 in any 60 s span, (2) reconciliation is exact too — a permit's own entry is
set to the actual usage, handing back the unused part of the reservation (or charging the extra)
at the moment it was reserved, and (3) Retry-After is exact: when the oldest entries that must
leave have left. The cost is one entry per request in the window per subject — bounded by rpm where
set, a few thousand entries at most for a gateway replica.

Tokens are reserved at admission (the caller's estimate, e.g. prompt + max_tokens), so concurrent
requests cannot overshoot tpm: the reservations in a window never exceed it. Only an actual usage
above its estimate, charged at release, can go past the limit, by that excess.

Concurrency: `max_concurrent` slots per subject and a bounded FIFO wait queue (`max_queue`,
`queue_timeout_s`). A waiter holds its arrival ticket; a slot is free for it when holders + waiters
ahead of it < max_concurrent, so nobody overtakes an earlier arrival, and a waiter blocked on one
subject only keeps one slot of another subject's queue waiting. Over a rate limit, a full queue or a
queue timeout the caller gets `keel.errors.RateLimited` (429) naming the limit, with `retry_after`.

Stores: `memory` (one process, the default) and `redis` (shared by gateway replicas; Lua scripts,
leased concurrency slots), see memory.py and redis_store.py. They register, like a plugin's, under
the entry point group `keel.limit_stores` (`make_limit_store`).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable, Generator, Iterable
from typing import Any

from keel.config import LimitRule, LimitsSettings
from keel.errors import RateLimited, ServiceUnavailable
from keel.limits.base import Decision, LimitStore, LimitStoreError, Subject, Usage, active
from keel.limits.stores import make_limit_store

__all__ = ["Acquisition", "LimitStoreError", "Limiter", "Permit", "Subject", "Usage", "rules_for"]

log = logging.getLogger(__name__)

ANONYMOUS = "anonymous"


def rules_for(settings: LimitsSettings, key_id: str | None, model: str | None) -> list[Subject]:
    """The subjects a request is limited by: its key (an override from `keys`, else `per_key`)
    and its model (`models`). A key listed under `keys` gets exactly that rule, not merged with
    `per_key`. No key id means the anonymous caller, which `per_key` covers as one subject."""
    subjects: list[Subject] = []
    key = key_id or ANONYMOUS
    key_rule = settings.keys.get(key, settings.per_key)
    if key_rule is not None and active(key_rule):
        subjects.append(Subject("key", key, key_rule))
    model_rule = settings.models.get(model) if model is not None else None
    if model_rule is not None and active(model_rule):
        subjects.append(Subject("model", model, model_rule))
    return subjects


# --------------------------------------------------------------------------- permits


class Permit:
    """Admission for one request. Release it when the request is done (idempotent)."""

    def __init__(
        self, limiter: Limiter | None, pid: str, subjects: tuple[Subject, ...], tokens: int, queued_s: float
    ) -> None:
        self.id = pid
        self.subjects = subjects
        self.estimated_tokens = tokens
        self.queued_s = queued_s  # time spent waiting for a concurrency slot
        self.released = limiter is None
        self._limiter = limiter

    async def release(self, actual_tokens: int | None = None) -> None:
        """Give back the concurrency slots and settle the tokens: ACTUAL_TOKENS (prompt +
        completion) replaces the reservation; None keeps the reservation as charged."""
        if self.released:
            return
        self.released = True
        assert self._limiter is not None
        await self._limiter._release(self, _check_tokens(actual_tokens))

    def release_nowait(self, actual_tokens: int | None = None) -> None:
        """`release` from synchronous code (e.g. Gateway.finish): done at once by the memory
        store, scheduled on the running loop for Redis (`Limiter.close` waits for it)."""
        if self.released:
            return
        self.released = True
        assert self._limiter is not None
        self._limiter._release_nowait(self, _check_tokens(actual_tokens))

    def __repr__(self) -> str:
        subjects = ", ".join(s.label for s in self.subjects)
        return f"Permit({self.id[:8]}, [{subjects}], tokens={self.estimated_tokens}, released={self.released})"


def _check_tokens(tokens: int | None) -> int | None:
    if tokens is not None and (not isinstance(tokens, int) or tokens < 0):
        raise ValueError(f"token counts are whole numbers >= 0, not {tokens!r}")
    return tokens


class Acquisition:
    """What `Limiter.acquire` returns: await it for a Permit, or use it as `async with`,
    which releases on exit (with the estimate, unless the body released with actual usage)."""

    def __init__(self, limiter: Limiter, subjects: Iterable[Subject | tuple[str, str, LimitRule]], tokens: int):
        self._limiter = limiter
        self._subjects = subjects
        self._tokens = tokens
        self._permit: Permit | None = None

    def __await__(self) -> Generator[Any, None, Permit]:
        return self._limiter._acquire(self._subjects, self._tokens).__await__()

    async def __aenter__(self) -> Permit:
        self._permit = await self._limiter._acquire(self._subjects, self._tokens)
        return self._permit

    async def __aexit__(self, *exc: object) -> None:
        if self._permit is not None:
            await self._permit.release()


# --------------------------------------------------------------------------- the limiter


def _seconds(s: float) -> str:
    return f"{s:.1f} s" if s < 10 else f"{round(s)} s"


class Limiter:
    """Checks and charges limits for requests; one per gateway process.

    window_s: the rate window (60 = per minute; tests use shorter). lease_s: how long a Redis
    concurrency slot outlives a process that died holding it (held slots are refreshed every
    lease_s/3). clock: the memory store's time source (tests inject one). poll_s: how often a
    Redis waiter looks again (jittered). busy_retry_after_s: the Retry-After of concurrency
    rejections, as when a slot frees cannot be known. fail_open: when the store is unreachable,
    admit (and log) instead of answering 503.
    """

    def __init__(
        self,
        settings: LimitsSettings | None = None,
        *,
        window_s: float = 60.0,
        lease_s: float = 30.0,
        clock: Callable[[], float] | None = None,
        poll_s: float = 0.05,
        busy_retry_after_s: float = 1.0,
        fail_open: bool = False,
        store: LimitStore | None = None,
    ) -> None:
        if window_s <= 0 or lease_s <= 0 or poll_s <= 0:
            raise ValueError("window_s, lease_s and poll_s must be > 0")
        self.settings = settings or LimitsSettings()
        self.window_s = window_s
        self.lease_s = lease_s
        self.busy_retry_after_s = busy_retry_after_s
        self.fail_open = fail_open
        runtime = {"window_s": window_s, "lease_s": lease_s, "poll_s": poll_s, "clock": clock or time.monotonic}
        self.store = store if store is not None else make_limit_store(self.settings, **runtime)
        self._held: dict[str, Permit] = {}  # remote stores: permits whose leases we refresh
        self._refresher: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False  # no new admissions
        self._store_closed = False

    # ------------------------------------------------------------------ admission

    def acquire(
        self, subjects: Iterable[Subject | tuple[str, str, LimitRule]], estimated_tokens: int = 0
    ) -> Acquisition:
        """Admit a request against every subject at once, waiting in line for concurrency slots
        if a rule allows a queue. Raises RateLimited (429) when a limit says no."""
        return Acquisition(self, subjects, estimated_tokens)

    async def _acquire(self, subjects: Iterable[Subject | tuple[str, str, LimitRule]], tokens: int) -> Permit:
        subs = _subjects(subjects)
        tokens = _check_tokens(tokens) or 0
        if not subs:
            return Permit(None, "", (), tokens, 0.0)
        pid = uuid.uuid4().hex
        loop = asyncio.get_running_loop()
        started = loop.time()
        gated = [s for s in subs if s.gated]
        deadline = started + min(s.rule.queue_timeout_s for s in gated) if gated else started
        ticket = 0
        try:
            while True:
                if self._closed:
                    raise ServiceUnavailable("The gateway is shutting down", code="shutting_down")
                decision = await self._attempt(pid, subs, tokens, ticket)
                if decision.outcome == "ok":
                    permit = Permit(self, pid, subs, tokens, loop.time() - started)
                    if self.store.remote and gated:
                        self._held[pid] = permit
                        self._ensure_refresher()
                    return permit
                if decision.outcome != "wait":
                    raise self._rejection(decision, subs, tokens)
                ticket = decision.ticket
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise self._timed_out(decision, subs, loop.time() - started)
                await self.store.wait(pid, remaining)
        except LimitStoreError as exc:
            if not self.fail_open:
                raise ServiceUnavailable(
                    "Rate limits cannot be checked: the limits store is unreachable", code="limits_unavailable"
                ) from exc
            log.warning("limits store unreachable, admitting without limits: %s", exc)
            return Permit(None, "", (), tokens, 0.0)
        except BaseException:
            if ticket and not self._store_closed:  # leave the queue, even when cancelled (a client gone)
                leave = asyncio.ensure_future(self._quietly(self.store.leave(pid, subs)))
                self._track(leave)  # close() waits for it
                await asyncio.shield(leave)
            raise

    async def _attempt(self, pid: str, subs: tuple[Subject, ...], tokens: int, ticket: int) -> Decision:
        if not self.store.remote:
            return await self.store.try_acquire(pid, subs, tokens, ticket)
        # a remote call cut off by cancellation may still have admitted us: undo it when it lands
        task = asyncio.ensure_future(self.store.try_acquire(pid, subs, tokens, ticket))
        self._track(task)
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            task.add_done_callback(lambda t: self._undo(t, pid, subs, tokens))
            raise

    def _undo(self, task: asyncio.Task[Decision], pid: str, subs: tuple[Subject, ...], tokens: int) -> None:
        if task.cancelled() or task.exception() is not None:
            return
        outcome = task.result().outcome
        if outcome == "ok":
            self._spawn(self.store.release(pid, subs, tokens, 0))
        elif outcome == "wait":
            self._spawn(self.store.leave(pid, subs))

    def _rejection(self, d: Decision, subs: tuple[Subject, ...], tokens: int) -> RateLimited:
        s = subs[d.index]
        per = "per minute" if self.window_s == 60 else f"per {self.window_s:g} s"
        retry = d.retry_after_s
        if d.outcome == "rpm":
            return RateLimited(
                f"Rate limit reached for {s.label}: {d.limit} requests {per} (used {d.used}). "
                f"Try again in {_seconds(retry or 0)}.",
                code="rate_limit_exceeded",
                retry_after=retry,
            )
        if d.outcome == "tpm":
            return RateLimited(
                f"Rate limit reached for {s.label}: {d.limit} tokens {per} (used {d.used}, this request "
                f"reserves {tokens}). Try again in {_seconds(retry or 0)}.",
                code="rate_limit_exceeded",
                retry_after=retry,
            )
        if d.outcome == "too_large":
            exc = RateLimited(
                f"Request too large for {s.label}: it may use up to {tokens} tokens, more than the limit of "
                f"{d.limit} tokens {per}. Send a shorter prompt or a lower max_tokens.",
                code="request_too_large",
            )
            exc.retryable = False
            return exc
        busy = self.busy_retry_after_s
        return RateLimited(
            f"Too many concurrent requests for {s.label}: {d.limit} in flight and the wait queue is full "
            f"({s.rule.max_queue} waiting). Try again in {_seconds(busy)}.",
            code="concurrency_limit_exceeded",
            retry_after=busy,
        )

    def _timed_out(self, d: Decision, subs: tuple[Subject, ...], waited: float) -> RateLimited:
        s = subs[d.index]
        return RateLimited(
            f"Timed out after {_seconds(waited)} waiting for a free slot: {s.label} allows {d.limit} "
            f"concurrent requests. Try again in {_seconds(self.busy_retry_after_s)}.",
            code="concurrency_limit_exceeded",
            retry_after=self.busy_retry_after_s,
        )

    # ------------------------------------------------------------------ release

    async def _release(self, permit: Permit, actual: int | None) -> None:
        self._held.pop(permit.id, None)
        if self._store_closed:
            return  # close() already gave the slots back
        try:
            await self.store.release(permit.id, permit.subjects, permit.estimated_tokens, actual)
        except LimitStoreError as exc:  # slots expire by lease, tokens with the window
            log.warning("could not release permit %s: %s", permit.id, exc)

    def _release_nowait(self, permit: Permit, actual: int | None) -> None:
        release_now = getattr(self.store, "release_now", None)
        if release_now is not None:
            release_now(permit.id, permit.subjects, permit.estimated_tokens, actual)
        else:
            self._spawn(self._release(permit, actual))

    # ------------------------------------------------------------------ leases, background work

    def _ensure_refresher(self) -> None:
        if not self._closed and (self._refresher is None or self._refresher.done()):
            self._refresher = asyncio.get_running_loop().create_task(self._refresh_loop())

    async def _refresh_loop(self) -> None:
        while self._held:
            await asyncio.sleep(self.lease_s / 3)
            held = [(p.id, p.subjects) for p in self._held.values()]
            if held:
                await self._quietly(self.store.refresh(held))

    async def _quietly(self, coro: Any) -> None:
        try:
            await coro
        except Exception as exc:
            log.warning("limits store call failed: %s", exc)

    def _spawn(self, coro: Any) -> None:
        if self._store_closed:
            coro.close()
            return
        self._track(asyncio.get_running_loop().create_task(self._quietly(coro)))

    def _track(self, task: asyncio.Future[Any]) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ------------------------------------------------------------------ inspection, shut-down

    async def usage(self, kind: str, name: str) -> Usage:
        """Requests and tokens in the current window, slots held and waiters, for one subject."""
        return await self.store.usage(kind, name)

    async def close(self) -> None:
        """Refuse new requests (waiters get 503), finish pending releases, give back slots still
        held, stop refreshing leases. Idempotent."""
        if self._store_closed:
            return
        self._closed = True
        if self._refresher is not None:
            self._refresher.cancel()
        deadline = asyncio.get_running_loop().time() + 5
        while self._tasks and (left := deadline - asyncio.get_running_loop().time()) > 0:
            await asyncio.wait(set(self._tasks), timeout=left)  # finishing tasks may start others
        for permit in list(self._held.values()):
            await self._quietly(self.store.release(permit.id, permit.subjects, permit.estimated_tokens, None))
        self._held.clear()
        self._store_closed = True
        await self.store.close()


def _subjects(subjects: Iterable[Subject | tuple[str, str, LimitRule]]) -> tuple[Subject, ...]:
    out: list[Subject] = []
    seen: set[tuple[str, str]] = set()
    for item in subjects:
        s = item if isinstance(item, Subject) else Subject(*item)
        if (s.kind, s.name) in seen:
            raise ValueError(f"subject {s.label} is listed twice")
        seen.add((s.kind, s.name))
        if active(s.rule):
            out.append(s)
    return tuple(out)
