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

    async def one(i: int) -> None:
        try:
            permit = await limiter.acquire(subjects, estimated_tokens=100)
        except RateLimited as exc:
            rejected.append(exc)
            return
        admitted.append(i)
        await asyncio.sleep(0.01)
        await permit.release(actual_tokens=100)

    await asyncio.gather(*(one(i) for i in range(50)))
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

    async def waiter(i: int) -> float:
        permit = await limiter.acquire(subjects)
        order.append(i)
        await asyncio.sleep(0.02)
        await permit.release()
        return permit.queued_s

    tasks = []
    for i in range(3):
        tasks.append(asyncio.create_task(waiter(i)))
        await wait_until(lambda i=i: _queued(limiter, "model", "m1", i + 1))
    assert order == []
    await holder.release()
    waited = await asyncio.wait_for(asyncio.gather(*tasks), 10)
    assert order == [0, 1, 2]
    assert all(w > 0 for w in waited)
    assert await limiter.usage("model", "m1") == Usage()


async def test_a_full_queue_rejects_at_once(limiters):
    limiter = limiters()
    subjects = [model(max_concurrent=1, max_queue=1)]
    holder = await limiter.acquire(subjects)
    queued = asyncio.create_task(_take(limiter, subjects))
    await wait_until(lambda: _queued(limiter, "model", "m1", 1))
    t0 = time.monotonic()
    with pytest.raises(RateLimited) as info:
        await limiter.acquire(subjects)
    assert time.monotonic() - t0 < 0.5
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
    subjects = [key(max_concurrent=1, max_queue=2, queue_timeout_s=0.3)]
    holder = await limiter.acquire(subjects)
    t0 = time.monotonic()
    with pytest.raises(RateLimited) as info:
        await limiter.acquire(subjects)
    assert 0.25 <= time.monotonic() - t0 < 2
    assert "Timed out" in info.value.message and info.value.retry_after > 0
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
    gate = model(max_concurrent=2, max_queue=5)
    busy = key("busy", max_concurrent=1, max_queue=5)
    held = await limiter.acquire([busy, gate])
    waiting = asyncio.create_task(_take(limiter, [busy, gate]))
    await wait_until(lambda: _queued(limiter, "key", "busy", 1))
    # the model has a free slot and nobody waits for it: another key gets in at once
    other = await asyncio.wait_for(limiter.acquire([key("other"), gate]), 1)
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
    permits = [await asyncio.wait_for(limiter.acquire(subjects), 1) for _ in range(2)]
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
