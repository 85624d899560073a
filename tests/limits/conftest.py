"""Fixtures for limits: limiters on the memory store and on a real Redis, one namespace per test."""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections.abc import AsyncIterator

import pytest

from keel.config import LimitsSettings
from keel.limits.limiter import Limiter
from tests.conftest import require_service

REDIS_URL = os.environ.get("KEEL_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


class FakeClock:
    """The memory store's time source, moved by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


async def server_ms(client) -> int:
    """The Redis server's clock in ms: the one its windows and leases run on."""
    seconds, micros = await client.time()
    return int(seconds) * 1000 + int(micros) // 1000


async def until_server_time(client, ms: float, timeout: float = 10.0) -> None:
    """Wait until the Redis server's clock has passed MS (entries and leases end by it, so no local
    sleep can say when)."""
    deadline = time.monotonic() + timeout
    while await server_ms(client) <= ms:
        assert time.monotonic() < deadline, "the Redis server's clock did not move on"
        await asyncio.sleep(0.01)


class Limiters:
    """Makes limiters on one store; Redis ones made by the same factory share a namespace,
    like gateway replicas sharing one Redis."""

    def __init__(self, store: str, namespace: str) -> None:
        self.store = store
        self.namespace = namespace
        self.made: list[Limiter] = []

    def __call__(self, **kwargs) -> Limiter:
        settings = LimitsSettings(store=self.store, redis_url=REDIS_URL, namespace=self.namespace)
        kwargs.setdefault("poll_s", 0.01)
        limiter = Limiter(settings, **kwargs)
        self.made.append(limiter)
        return limiter

    async def close(self) -> None:
        for limiter in self.made:
            await limiter.close()


async def _redis_or_skip():
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        await client.ping()
    except Exception as exc:
        await client.aclose()
        require_service("Redis", f"{REDIS_URL}: {exc}")
    return client


async def _make(store: str) -> AsyncIterator[Limiters]:
    namespace = f"keel:test:limits:{uuid.uuid4().hex[:12]}"
    client = await _redis_or_skip() if store == "redis" else None
    factory = Limiters(store, namespace)
    try:
        yield factory
    finally:
        await factory.close()
        if client is not None:
            keys = [k async for k in client.scan_iter(match="{" + namespace + "}*")]
            if keys:
                await client.delete(*keys)
            await client.aclose()


@pytest.fixture(params=["memory", "redis"])
async def limiters(request) -> AsyncIterator[Limiters]:
    """A limiter factory, once per store."""
    async for factory in _make(request.param):
        yield factory


@pytest.fixture
async def redis_limiters() -> AsyncIterator[Limiters]:
    async for factory in _make("redis"):
        yield factory


@pytest.fixture
async def redis_client(redis_limiters: Limiters) -> AsyncIterator[object]:
    """A plain client of the limiters' Redis, to read the server's clock and the store's keys."""
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(REDIS_URL)
    try:
        yield client
    finally:
        await client.aclose()
