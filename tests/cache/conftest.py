"""Cache test fixtures: real Redis (a unique namespace per test, removed afterwards), the real
MiniLM embedder (loaded once per session)."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
import redis

from keel.cache.redis_store import RedisStore
from keel.embeddings import Embedder, shared_embedder
from tests.conftest import require_service

REDIS_URL = os.environ.get("KEEL_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(scope="session")
def redis_url() -> str:
    try:
        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
        client.ping()
        client.close()
    except redis.RedisError as exc:
        require_service("Redis", f"{REDIS_URL}: {exc}")
    return REDIS_URL


@pytest.fixture
def namespace() -> str:
    return f"keel-test:{uuid.uuid4().hex[:12]}"


@pytest_asyncio.fixture(loop_scope="session")
async def redis_store(redis_url: str, namespace: str) -> AsyncIterator[RedisStore]:
    store = RedisStore(redis_url, namespace)
    try:
        yield store
    finally:
        await store.clear()
        await store.close()


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return shared_embedder()
