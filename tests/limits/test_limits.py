"""Limits on both stores (memory and real Redis): rates, token reservations, concurrency queues."""

from __future__ import annotations

import asyncio
import random
import time

import pytest

from keel.config import LimitRule, LimitsSettings
from keel.errors import RateLimited, ServiceUnavailable
from keel.limits.limiter import Limiter, Subject, Usage
from tests.conftest import free_port


def key(name: str = "k1", **rule) -> Subject:
    return Subject("key", name, LimitRule(**rule))


def model(name: str = "m1", **rule) -> Subject:
    return Subject("model", name, LimitRule(**rule))


async def wait_until(predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.005)


class StoreSpy:
    """Watches a limiter's store: the outcome of every admission attempt and every wait for a slot,
    by permit id. After `no_new_waiters()` a request that was not already queued fails at its first
    wait, so "admitted (or refused) at once" is checked by what the limiter did, not by a stopwatch."""

    def __init__(self, limiter: Limiter) -> None:
        self.attempts: list[tuple[str, str]] = []  # (permit id, outcome)
        self.waits: list[tuple[str, float]] = []  # (permit id, timeout)
        self._may_wait: set[str] | None = None
        store = limiter.store
        try_acquire, wait = store.try_acquire, store.wait

        async def spy_try_acquire(pid, subjects, tokens, ticket):
            decision = await try_acquire(pid, subjects, tokens, ticket)
            self.attempts.append((pid, decision.outcome))
            return decision

        async def spy_wait(pid, timeout):
            if self._may_wait is not None and pid not in self._may_wait:
                raise AssertionError("a request that should have been answered at once waited for a slot")
            self.waits.append((pid, timeout))
            await wait(pid, timeout)

        store.try_acquire, store.wait = spy_try_acquire, spy_wait

    def no_new_waiters(self) -> None:
        self._may_wait = {pid for pid, outcome in self.attempts if outcome == "wait"}

    def mark(self) -> set[str]:
        """The permit ids seen so far: `attempts_since`/`waits_since` leave them out."""
        return {pid for pid, _ in self.attempts}

    def attempts_since(self, seen: set[str]) -> list[str]:
        return [outcome for pid, outcome in self.attempts if pid not in seen]

    def waits_since(self, seen: set[str]) -> list[float]:
        return [timeout for pid, timeout in self.waits if pid not in seen]


# --------------------------------------------------------------------------- rates


async def test_rpm_rejects_the_request_after_the_limit(limiters):
    limiter = limiters()
    subjects = [key(rpm=5)]
    for _ in range(5):
        permit = await limiter.acquire(subjects)
        await permit.release()
    with pytest.raises(RateLimited) as info:
        await limiter.acquire(subjects)
    exc = info.value
    assert exc.status_code == 429
    assert exc.code == "rate_limit_exceeded"
    assert 0 < exc.retry_after <= 60
    assert "key 'k1'" in exc.message and "5 requests per minute" in exc.message
    assert exc.to_dict()["error"]["type"] == "rate_limit_error"
    assert await limiter.usage("key", "k1") == Usage(requests=5, tokens=0)


async def test_tpm_holds_under_concurrency(limiters):
    limiter = limiters()
    subjects = [key(tpm=1000)]
    admitted: list[int] = []
    rejected: list[RateLimited] = []
    everyone_asked = asyncio.Event()

    async def one(i: int) -> None:
        permit = None
        try:
            permit = await limiter.acquire(subjects, estimated_tokens=100)
            admitted.append(i)
        except RateLimited as exc:
            rejected.append(exc)
        if len(admitted) + len(rejected) == 50:
            everyone_asked.set()
        if permit is not None:
            await everyone_asked.wait()  # every admitted request holds its reservation until all 50 asked
            await permit.release(actual_tokens=100)

    await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(50))), 30)
    # reservations are exact: never more than the limit, and no request lost to a race
    assert len(admitted) * 100 <= 1000 + 100
    assert len(admitted) == 10
    assert len(rejected) == 40
    assert all(e.retry_after > 0 and "1000 tokens per minute" in e.message for e in rejected)
    assert (await limiter.usage("key", "k1")).tokens == 1000


async def test_release_settles_the_reservation(limiters):
    limiter = limiters()
    subjects = [key(tpm=1000)]
    first = await limiter.acquire(subjects, estimated_tokens=500)
    second = await limiter.acquire(subjects, estimated_tokens=500)
    with pytest.raises(RateLimited):
        await limiter.acquire(subjects, estimated_tokens=100)
    await first.release(actual_tokens=100)
    await second.release(actual_tokens=150)
    assert (await limiter.usage("key", "k1")).tokens == 250
    # the unused 750 fit again
    third = await limiter.acquire(subjects, estimated_tokens=700)
    with pytest.raises(RateLimited):
        await limiter.acquire(subjects, estimated_tokens=100)
    # a request that used more than it reserved is charged the excess
    await third.release(actual_tokens=740)
    assert (await limiter.usage("key", "k1")).tokens == 990


async def test_release_is_idempotent_and_async_with_releases(limiters):
    limiter = limiters()
    subjects = [key(tpm=1000, max_concurrent=1)]
    async with limiter.acquire(subjects, estimated_tokens=300) as permit:
        assert (await limiter.usage("key", "k1")).in_flight == 1
        await permit.release(actual_tokens=50)
        await permit.release(actual_tokens=999)  # no effect
    usage = await limiter.usage("key", "k1")
    assert (usage.in_flight, usage.tokens, usage.requests) == (0, 50, 1)
    async with limiter.acquire(subjects, estimated_tokens=300):
        pass  # released with the estimate on exit
    assert (await limiter.usage("key", "k1")) == Usage(requests=2, tokens=350)


async def test_release_nowait_from_synchronous_code(limiters):
    limiter = limiters()
    subjects = [key(tpm=1000, max_concurrent=1)]
    permit = await limiter.acquire(subjects, estimated_tokens=300)
    permit.release_nowait(actual_tokens=10)
    permit.release_nowait(actual_tokens=20)
    await wait_until(lambda: _in_flight(limiter, "key", "k1", 0))
    assert (await limiter.usage("key", "k1")).tokens == 10


async def test_an_estimate_larger_than_tpm_can_never_fit(limiters):
    limiter = limiters()
    with pytest.raises(RateLimited) as info:
        await limiter.acquire([key(tpm=100)], estimated_tokens=101)
    assert info.value.code == "request_too_large"
    assert info.value.retry_after is None and not info.value.retryable
    assert "101 tokens" in info.value.message and "max_tokens" in info.value.message


async def test_subjects_are_charged_together_or_not_at_all(limiters):
    limiter = limiters()
    k = key(rpm=10, tpm=10_000, max_concurrent=5)
    first = await limiter.acquire([k, model(rpm=1)], estimated_tokens=100)
    with pytest.raises(RateLimited) as info:
        await limiter.acquire([k, model(rpm=1)], estimated_tokens=100)
    assert "model 'm1'" in info.value.message
    assert await limiter.usage("key", "k1") == Usage(requests=1, tokens=100, in_flight=1)
    # the same for a concurrency rejection on the model
    gate = model("m2", max_concurrent=1)
    held = await limiter.acquire([k, gate], estimated_tokens=10)
    with pytest.raises(RateLimited) as info:
        await limiter.acquire([k, gate], estimated_tokens=10)
    assert info.value.code == "concurrency_limit_exceeded" and "model 'm2'" in info.value.message
    assert await limiter.usage("key", "k1") == Usage(requests=2, tokens=110, in_flight=2)
    await held.release()
    await first.release()


async def test_the_limit_that_frees_last_is_reported(limiters):
    limiter = limiters()
    subjects = [key(rpm=1), model(tpm=100)]
    await limiter.acquire(subjects, estimated_tokens=100)
    with pytest.raises(RateLimited) as info:
        await limiter.acquire(subjects, estimated_tokens=100)
    assert "per minute" in info.value.message and 0 < info.value.retry_after <= 60


async def test_no_subjects_no_limits(limiters):
    limiter = limiters()
    permit = await limiter.acquire([key()], estimated_tokens=10**9)  # a rule without limits
    assert permit.released and permit.subjects == ()
    await permit.release(actual_tokens=5)


async def test_bad_input_is_refused(limiters):
    limiter = limiters()
    with pytest.raises(ValueError):
        await limiter.acquire([key(rpm=1), key(rpm=2)])
    with pytest.raises(ValueError):
        await limiter.acquire([key(rpm=1)], estimated_tokens=-1)


# --------------------------------------------------------------------------- concurrency


async def _in_flight(limiter: Limiter, kind: str, name: str, n: int) -> bool:
    return (await limiter.usage(kind, name)).in_flight == n


async def _queued(limiter: Limiter, kind: str, name: str, n: int) -> bool:
    return (await limiter.usage(kind, name)).queued == n


async def test_queued_requests_get_in_first_come_first_served(limiters):
    limiter = limiters()
    subjects = [model(max_concurrent=1, max_queue=3)]
    holder = await limiter.acquire(subjects)
    order: list[int] = []
    loop = asyncio.get_running_loop()  # its clock is the limiter's, for queued_s

    async def waiter(i: int) -> float:
        permit = await limiter.acquire(subjects)
        order.append(i)
        await asyncio.sleep(0)  # hold the slot across a turn of the loop
        await permit.release()
        return permit.queued_s

    tasks = []
    seen_queued: list[float] = []
    for i in range(3):
        tasks.append(asyncio.create_task(waiter(i)))
        await wait_until(lambda i=i: _queued(limiter, "model", "m1", i + 1))
        seen_queued.append(loop.time())
    assert order == []
    released = loop.time()
    await holder.release()
    waited = await asyncio.wait_for(asyncio.gather(*tasks), 10)
    assert order == [0, 1, 2]
    # queued_s covers at least the span each waiter was seen in the queue before the holder let go
    assert all(w >= released - seen for w, seen in zip(waited, seen_queued, strict=True))
    assert await limiter.usage("model", "m1") == Usage()


async def test_a_full_queue_rejects_at_once(limiters):
    limiter = limiters()
    spy = StoreSpy(limiter)
    subjects = [model(max_concurrent=1, max_queue=1)]
    holder = await limiter.acquire(subjects)
    queued = asyncio.create_task(_take(limiter, subjects))
    await wait_until(lambda: _queued(limiter, "model", "m1", 1))
    spy.no_new_waiters()
    seen = spy.mark()
    with pytest.raises(RateLimited) as info:
        await limiter.acquire(subjects)
    assert spy.attempts_since(seen) == ["queue_full"]  # one look at the store, refused: it never waited
    exc = info.value
    assert exc.code == "concurrency_limit_exceeded" and exc.retry_after > 0
    assert "model 'm1'" in exc.message and "queue is full" in exc.message
    await holder.release()
    permit = await asyncio.wait_for(queued, 5)
    await permit.release()


async def _take(limiter: Limiter, subjects):
    return await limiter.acquire(subjects)


async def test_a_queue_timeout_rejects(limiters):
    limiter = limiters()
    spy = StoreSpy(limiter)
    subjects = [key(max_concurrent=1, max_queue=2, queue_timeout_s=0.3)]
    holder = await limiter.acquire(subjects)
    seen = spy.mark()
    loop = asyncio.get_running_loop()  # the limiter's clock for queue timeouts
    t0 = loop.time()
    with pytest.raises(RateLimited) as info:
        await limiter.acquire(subjects)
    waited = loop.time() - t0
    assert "Timed out" in info.value.message and info.value.retry_after > 0
    assert spy.attempts_since(seen)[0] == "wait"  # it was queued, not refused at once
    # it waited for a slot, each wait bounded by what was left of the 0.3 s, what was left only shrinking,
    # and gave up only when nothing was left (a lower bound on the limiter's own clock: speed cannot break it)
    timeouts = spy.waits_since(seen)
    assert timeouts and all(0 < t <= 0.3 for t in timeouts)
    assert timeouts == sorted(timeouts, reverse=True)
    assert waited >= 0.3 - 1e-6  # (float rounding)
    assert await limiter.usage("key", "k1") == Usage(in_flight=1)
    await holder.release()


async def test_a_cancelled_waiter_leaves_the_queue(limiters):
    limiter = limiters()
    subjects = [key(max_concurrent=1, max_queue=2)]
    holder = await limiter.acquire(subjects)
    first = asyncio.create_task(_take(limiter, subjects))
    await wait_until(lambda: _queued(limiter, "key", "k1", 1))
    second = asyncio.create_task(_take(limiter, subjects))
    await wait_until(lambda: _queued(limiter, "key", "k1", 2))
    first.cancel()
    await wait_until(lambda: _queued(limiter, "key", "k1", 1))
    await holder.release()
    permit = await asyncio.wait_for(second, 5)
    assert await limiter.usage("key", "k1") == Usage(in_flight=1)
    await permit.release()


async def test_a_waiter_blocked_on_one_subject_keeps_one_slot_of_another(limiters):
    """Waiting for a key's slot must not hold up other keys on the same model."""
    limiter = limiters()
    spy = StoreSpy(limiter)
    gate = model(max_concurrent=2, max_queue=5)
    busy = key("busy", max_concurrent=1, max_queue=5)
    held = await limiter.acquire([busy, gate])
    waiting = asyncio.create_task(_take(limiter, [busy, gate]))
    await wait_until(lambda: _queued(limiter, "key", "busy", 1))
    # the model has a free slot and nobody waits for it: another key gets in at once
    spy.no_new_waiters()
    seen = spy.mark()
    other = await limiter.acquire([key("other"), gate])
    assert spy.attempts_since(seen) == ["ok"]
    await other.release()
    await held.release()
    permit = await asyncio.wait_for(waiting, 5)
    await permit.release()


async def test_close_refuses_waiters_and_new_requests(limiters):
    limiter = limiters()
    subjects = [key(max_concurrent=1, max_queue=2)]
    await limiter.acquire(subjects)
    waiting = asyncio.create_task(_take(limiter, subjects))
    await wait_until(lambda: _queued(limiter, "key", "k1", 1))
    await limiter.close()
    with pytest.raises(ServiceUnavailable):
        await asyncio.wait_for(waiting, 5)


# --------------------------------------------------------------------------- an unreachable store


async def test_an_unreachable_store_is_a_503_or_fails_open():
    settings = LimitsSettings(store="redis", redis_url=f"redis://127.0.0.1:{free_port()}/0")
    limiter = Limiter(settings)
    with pytest.raises(ServiceUnavailable) as info:
        await limiter.acquire([key(rpm=1)])
    assert info.value.code == "limits_unavailable"
    await limiter.close()
    open_limiter = Limiter(settings, fail_open=True)
    permit = await open_limiter.acquire([key(rpm=1)])
    await permit.release()
    await open_limiter.close()


async def test_cancelled_requests_leak_no_slot(limiters):
    """Clients that go away at any moment — queued, mid-call to the store, just admitted — leave
    no slot held and no place in the queue behind them."""
    limiter = limiters()
    spy = StoreSpy(limiter)
    subjects = [key(max_concurrent=2, max_queue=100, queue_timeout_s=30)]
    holders = [await limiter.acquire(subjects) for _ in range(2)]
    rng = random.Random(7)
    tasks = [asyncio.create_task(_take(limiter, subjects)) for _ in range(40)]
    for i, task in enumerate(tasks):
        if i == 10:
            for h in holders:
                await h.release()
        await asyncio.sleep(rng.uniform(0, 0.004))
        task.cancel()
    for result in await asyncio.gather(*tasks, return_exceptions=True):
        if not isinstance(result, BaseException):
            await result.release()
    await wait_until(lambda: _settled(limiter))
    # both slots are free: two new requests get in at their first attempt (a leaked slot would queue one)
    spy.no_new_waiters()
    seen = spy.mark()
    permits = [await limiter.acquire(subjects) for _ in range(2)]
    assert spy.attempts_since(seen) == ["ok", "ok"]
    for p in permits:
        await p.release()


async def _settled(limiter: Limiter) -> bool:
    usage = await limiter.usage("key", "k1")
    return (usage.in_flight, usage.queued) == (0, 0)


async def test_a_waiter_meets_the_rate_limit_when_its_turn_comes(limiters):
    limiter = limiters()
    subjects = [key(rpm=2, max_concurrent=1, max_queue=5)]
    holder = await limiter.acquire(subjects)
    waiting = asyncio.create_task(_take(limiter, subjects))
    await wait_until(lambda: _queued(limiter, "key", "k1", 1))
    blocked = asyncio.create_task(_take(limiter, subjects))
    await wait_until(lambda: _queued(limiter, "key", "k1", 2))
    await holder.release()
    permit = await asyncio.wait_for(waiting, 5)  # the second request of the minute
    with pytest.raises(RateLimited) as info:  # the third is over the rate when a slot frees
        await permit.release()
        await asyncio.wait_for(blocked, 5)
    assert "2 requests per minute" in info.value.message
    assert await limiter.usage("key", "k1") == Usage(requests=2)
