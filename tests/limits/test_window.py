"""The window slides: entries age out exactly window_s after admission, and Retry-After says when."""

from __future__ import annotations

import pytest

from keel.config import LimitRule
from keel.errors import RateLimited
from keel.limits.limiter import Limiter, Subject
from tests.limits.conftest import FakeClock, server_ms, until_server_time


def key(**rule) -> Subject:
    return Subject("key", "k1", LimitRule(**rule))


async def test_memory_window_slides_with_exact_retry_after():
    clock = FakeClock()
    limiter = Limiter(clock=clock)
    subjects = [key(rpm=2)]
    await limiter.acquire(subjects)  # t=0
    clock.advance(10)
    await limiter.acquire(subjects)  # t=10
    clock.advance(10)
    with pytest.raises(RateLimited) as info:  # t=20: the first leaves at t=60
        await limiter.acquire(subjects)
    assert info.value.retry_after == pytest.approx(40)
    assert "2 requests per minute (used 2)" in info.value.message
    clock.advance(39.9)
    with pytest.raises(RateLimited):
        await limiter.acquire(subjects)
    clock.advance(0.1)
    await limiter.acquire(subjects)  # t=60
    with pytest.raises(RateLimited) as info:
        await limiter.acquire(subjects)
    assert info.value.retry_after == pytest.approx(10)  # the t=10 entry leaves at t=70
    await limiter.close()


async def test_memory_tpm_retry_after_waits_for_enough_tokens():
    clock = FakeClock()
    limiter = Limiter(clock=clock)
    subjects = [key(tpm=1000)]
    for _ in range(4):  # t=0, 5, 10, 15: 250 tokens each
        await limiter.acquire(subjects, estimated_tokens=250)
        clock.advance(5)
    with pytest.raises(RateLimited) as info:  # t=20, 600 tokens need three entries gone (t=10 leaves at 70)
        await limiter.acquire(subjects, estimated_tokens=600)
    assert info.value.retry_after == pytest.approx(50)
    clock.advance(50)
    await limiter.acquire(subjects, estimated_tokens=600)
    await limiter.close()


async def test_memory_late_release_charges_only_the_excess_now():
    """A request that outlives the window: its entry is gone, so only usage above the estimate counts."""
    clock = FakeClock()
    limiter = Limiter(clock=clock)
    subjects = [key(rpm=10, tpm=1000)]
    long = await limiter.acquire(subjects, estimated_tokens=300)
    clock.advance(61)
    await long.release(actual_tokens=500)
    usage = await limiter.usage("key", "k1")
    assert (usage.requests, usage.tokens) == (0, 200)
    short = await limiter.acquire(subjects, estimated_tokens=300)
    clock.advance(61)
    await short.release(actual_tokens=100)  # under the estimate and out of the window: nothing to do
    assert (await limiter.usage("key", "k1")).tokens == 0
    await limiter.close()


async def test_memory_state_of_idle_subjects_is_dropped():
    clock = FakeClock()
    limiter = Limiter(clock=clock)
    for i in range(100):
        permit = await limiter.acquire([Subject("key", f"k{i}", LimitRule(rpm=5, max_concurrent=2))])
        await permit.release()
    clock.advance(60)
    await limiter.acquire([Subject("key", "k0", LimitRule(rpm=5))])
    assert len(limiter.store._states) == 100  # the rest vanish on their next touch
    permit = await limiter.acquire([Subject("key", "k1", LimitRule(rpm=5, max_concurrent=1))])
    clock.advance(60)
    await permit.release()
    assert ("key", "k1") not in limiter.store._states
    await limiter.close()


async def test_redis_window_slides(redis_limiters, redis_client):
    """On the Redis server's clock (the store's): the test waits for it, not for a local sleep."""
    limiter = redis_limiters(window_s=1.0)
    subjects = [key(rpm=2, tpm=500)]
    await limiter.acquire(subjects, estimated_tokens=100)
    await limiter.acquire(subjects, estimated_tokens=100)
    with pytest.raises(RateLimited) as info:
        await limiter.acquire(subjects, estimated_tokens=100)
    refused_by = await server_ms(redis_client)  # the refusal's "now" was no later than this
    assert 0 < info.value.retry_after <= 1.0
    assert "2 requests per 1 s" in info.value.message
    # Retry-After is exact: once that much server time has passed, the first entry has left
    await until_server_time(redis_client, refused_by + round(info.value.retry_after * 1000))
    await limiter.acquire(subjects, estimated_tokens=100)
    admitted_by = await server_ms(redis_client)
    await until_server_time(redis_client, admitted_by + 1000)  # a whole window after the last admission
    usage = await limiter.usage("key", "k1")
    assert (usage.requests, usage.tokens) == (0, 0)
    await limiter.acquire(subjects, estimated_tokens=500)
    with pytest.raises(RateLimited) as info:
        await limiter.acquire(subjects, estimated_tokens=1)
    assert "500 tokens per 1 s" in info.value.message
