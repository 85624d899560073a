"""Redis store: replicas sharing one limit never exceed it together; dead holders' slots expire."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import time

import pytest

from keel.config import LimitRule
from keel.errors import RateLimited
from keel.limits.limiter import Subject
from tests.limits.conftest import REDIS_URL


async def test_two_replicas_share_the_token_limit(redis_limiters):
    a, b = redis_limiters(), redis_limiters()
    subjects = [Subject("model", "m1", LimitRule(tpm=1000, rpm=1000))]
    admitted: list[int] = []

    async def one(limiter, i):
        try:
            permit = await limiter.acquire(subjects, estimated_tokens=100)
        except RateLimited:
            return
        admitted.append(i)
        await permit.release(actual_tokens=100)

    await asyncio.gather(*(one(a if i % 2 else b, i) for i in range(60)))
    assert len(admitted) == 10
    assert (await a.usage("model", "m1")).tokens == 1000


async def test_two_replicas_share_the_concurrency_limit(redis_limiters):
    a, b = redis_limiters(), redis_limiters()
    subjects = [Subject("model", "m1", LimitRule(max_concurrent=3, max_queue=100, queue_timeout_s=30))]
    in_flight = 0
    peak = 0

    async def one(limiter):
        nonlocal in_flight, peak
        async with limiter.acquire(subjects):
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.01)
            in_flight -= 1

    await asyncio.wait_for(asyncio.gather(*(one(a if i % 2 else b) for i in range(40))), 60)
    assert peak == 3
    usage = await a.usage("model", "m1")
    assert (usage.in_flight, usage.queued) == (0, 0)


HOLDER = textwrap.dedent(
    """
    import asyncio, sys
    from keel.limits.limiter import Limiter, Subject
    from keel.config import LimitRule, LimitsSettings

    async def main():
        settings = LimitsSettings(store="redis", redis_url=sys.argv[1], namespace=sys.argv[2])
        limiter = Limiter(settings, lease_s=1.0)
        await limiter.acquire([Subject("model", "m1", LimitRule(max_concurrent=1))])
        print("held", flush=True)
        await asyncio.sleep(3600)

    asyncio.run(main())
    """
)


async def test_a_dead_holders_slot_expires_by_lease(redis_limiters):
    limiter = redis_limiters(lease_s=1.0)
    subjects = [Subject("model", "m1", LimitRule(max_concurrent=1))]
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, REDIS_URL, redis_limiters.namespace], stdout=subprocess.PIPE, text=True
    )
    try:
        line = await asyncio.wait_for(asyncio.to_thread(proc.stdout.readline), 30)
        assert line.strip() == "held"
        await asyncio.sleep(1.5)  # alive, it keeps refreshing its lease
        with pytest.raises(RateLimited):
            await limiter.acquire(subjects)
        proc.kill()  # dies without releasing
        proc.wait()
        t0 = time.monotonic()
        while True:
            try:
                permit = await limiter.acquire(subjects)
                break
            except RateLimited:
                assert time.monotonic() - t0 < 3, "the dead holder's slot did not expire"
                await asyncio.sleep(0.05)
        assert time.monotonic() - t0 <= 1.2
        await permit.release()
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


async def test_a_live_holder_keeps_its_slot_past_the_lease(redis_limiters):
    a, b = redis_limiters(lease_s=0.3), redis_limiters(lease_s=0.3)
    subjects = [Subject("model", "m1", LimitRule(max_concurrent=1))]
    permit = await a.acquire(subjects)
    await asyncio.sleep(1.0)
    with pytest.raises(RateLimited):
        await b.acquire(subjects)
    await permit.release()
    await (await b.acquire(subjects)).release()


async def test_closing_a_replica_gives_back_its_slots(redis_limiters):
    a, b = redis_limiters(), redis_limiters()
    subjects = [Subject("model", "m1", LimitRule(max_concurrent=1))]
    permit = await a.acquire(subjects)
    await a.close()
    await permit.release()  # after close: nothing left to do
    await (await b.acquire(subjects)).release()
