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
from keel.limits.limiter import Limiter, Subject
from tests.limits.conftest import REDIS_URL, server_ms, until_server_time
from tests.limits.test_limits import wait_until


async def lease_expiries(client, limiter: Limiter) -> list[float]:
    """When the held slots of model m1 run out (ms, server time), as the store keeps them."""
    held = limiter.store.keys("model", "m1")[2]
    return [score for _, score in await client.zrange(held, 0, -1, withscores=True)]


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
    gate = asyncio.Event()

    async def one(limiter):
        nonlocal in_flight, peak
        async with limiter.acquire(subjects):
            in_flight += 1
            peak = max(peak, in_flight)
            await gate.wait()
            in_flight -= 1

    async def holding_and_queued(held: int, queued: int) -> bool:
        usage = await a.usage("model", "m1")
        return (usage.in_flight, usage.queued) == (held, queued)

    requests = asyncio.gather(*(one(a if i % 2 else b) for i in range(40)))
    try:
        # while the first three hold their slots, every other request, from either replica, is in the one queue
        await wait_until(lambda: holding_and_queued(3, 37), timeout=30)
        assert in_flight == 3
    finally:
        gate.set()
    await asyncio.wait_for(requests, 60)
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


async def test_a_dead_holders_slot_expires_by_lease(redis_limiters, redis_client):
    limiter = redis_limiters(lease_s=1.0)
    subjects = [Subject("model", "m1", LimitRule(max_concurrent=1))]
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, REDIS_URL, redis_limiters.namespace], stdout=subprocess.PIPE, text=True
    )
    try:
        line = await asyncio.wait_for(asyncio.to_thread(proc.stdout.readline), 30)
        assert line.strip() == "held"
        [first_expiry] = await lease_expiries(redis_client, limiter)
        # alive, it keeps refreshing its lease: once the lease it had has run out, its slot is still held
        await until_server_time(redis_client, first_expiry)
        with pytest.raises(RateLimited):
            await limiter.acquire(subjects)
        proc.kill()  # dies without releasing
        proc.wait()
        [expiry] = await lease_expiries(redis_client, limiter)
        assert expiry > first_expiry  # it had refreshed
        assert expiry <= await server_ms(redis_client) + 1000  # nobody refreshes it now: free within one lease
        deadline = time.monotonic() + 30
        while True:
            try:
                permit = await limiter.acquire(subjects)
                break
            except RateLimited:
                assert time.monotonic() < deadline, "the dead holder's slot did not expire"
                await asyncio.sleep(0.05)
        assert await server_ms(redis_client) >= expiry  # freed by its lease running out, not before
        await permit.release()
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


async def test_a_live_holder_keeps_its_slot_past_the_lease(redis_limiters, redis_client):
    a, b = redis_limiters(lease_s=0.3), redis_limiters(lease_s=0.3)
    subjects = [Subject("model", "m1", LimitRule(max_concurrent=1))]
    permit = await a.acquire(subjects)
    [first_expiry] = await lease_expiries(redis_client, a)
    await until_server_time(redis_client, first_expiry + 2 * 300)  # three leases have run out on the server
    with pytest.raises(RateLimited):
        await b.acquire(subjects)
    [expiry] = await lease_expiries(redis_client, a)
    assert expiry > first_expiry + 2 * 300  # refreshed while it ran
    await permit.release()
    await (await b.acquire(subjects)).release()


async def test_closing_a_replica_gives_back_its_slots(redis_limiters):
    a, b = redis_limiters(), redis_limiters()
    subjects = [Subject("model", "m1", LimitRule(max_concurrent=1))]
    permit = await a.acquire(subjects)
    assert (await b.usage("model", "m1")).in_flight == 1
    await a.close()
    assert (await b.usage("model", "m1")).in_flight == 0  # given back, not left to expire
    await permit.release()  # after close: nothing left to do
    await (await b.acquire(subjects)).release()
