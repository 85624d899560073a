"""The Redis limits store: one set of limits shared by every gateway replica.

Admission, release and lease refresh are Lua scripts (limits_redis_lua.py), so each is atomic
across replicas and runs on the Redis server's clock (replicas' clocks may differ). Concurrency
slots are leases: a sorted set of holders scored by lease expiry, refreshed by the owning limiter
every lease_s/3 while held, so a replica that dies frees its slots within lease_s. Waiters poll
with jittered sleeps (and are woken at once by releases in their own process); a waiter that stops
polling drops out of the queue after `alive_s`. Every key carries a TTL, so idle subjects vanish.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Sequence
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from keel.limits.base import Decision, LimitStoreError, Subject, Usage
from keel.limits.redis_lua import ACQUIRE, REFRESH, RELEASE, USAGE

log = logging.getLogger(__name__)


class RedisLimitStore:
    remote = True

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        namespace: str = "keel:limits",
        *,
        window_s: float = 60.0,
        lease_s: float = 30.0,
        poll_s: float = 0.05,
        alive_s: float = 5.0,
        client: aioredis.Redis | None = None,
    ) -> None:
        self.prefix = "{" + namespace + "}"
        self.window_ms = round(window_s * 1000)
        self.lease_ms = round(lease_s * 1000)
        self.alive_ms = round(max(alive_s, 20 * poll_s) * 1000)
        self.poll_s = poll_s
        self._own_client = client is None
        # a bounded pool that makes callers wait for a connection, rather than opening one per
        # concurrent request (a burst of connects can time out on a loaded machine)
        self.client: aioredis.Redis = client or aioredis.Redis(
            connection_pool=aioredis.BlockingConnectionPool.from_url(
                url, decode_responses=True, socket_timeout=5, socket_connect_timeout=5, max_connections=32, timeout=5
            )
        )
        self._acquire = self.client.register_script(ACQUIRE)
        self._release = self.client.register_script(RELEASE)
        self._refresh = self.client.register_script(REFRESH)
        self._usage = self.client.register_script(USAGE)
        self._changed = asyncio.Event()  # set by releases and departures in this process

    def keys(self, kind: str, name: str) -> list[str]:
        base = f"{self.prefix}:{kind}:{name}"
        return [f"{base}:log", f"{base}:tok", f"{base}:held", f"{base}:queue", f"{base}:alive"]

    def _all_keys(self, subjects: Sequence[Subject]) -> list[str]:
        keys = [f"{self.prefix}:ticket"]
        for s in subjects:
            keys += self.keys(s.kind, s.name)
        return keys

    async def _call(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        try:
            return await script(keys=keys, args=args)
        except (RedisError, OSError) as exc:
            raise LimitStoreError(str(exc) or type(exc).__name__) from exc

    def _wake(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    # ------------------------------------------------------------------ the store protocol

    async def try_acquire(self, pid: str, subjects: Sequence[Subject], tokens: int, ticket: int) -> Decision:
        args: list[Any] = [pid, tokens, self.window_ms, self.lease_ms, self.alive_ms, ticket, len(subjects)]
        for s in subjects:
            r = s.rule
            args += [r.rpm or 0, r.tpm or 0, r.max_concurrent or 0, r.max_queue]
        outcome, index, limit, used, extra = await self._call(self._acquire, self._all_keys(subjects), args)
        index = max(int(index) - 1, 0)
        if outcome == "wait":
            return Decision("wait", index, int(limit), ticket=int(extra))
        if outcome in ("rpm", "tpm"):
            return Decision(outcome, index, int(limit), int(used), max(int(extra), 1) / 1000)
        if outcome == "queue_full":
            self._wake()  # we left any queue we stood in
        return Decision(outcome, index, int(limit), int(used))

    async def release(self, pid: str, subjects: Sequence[Subject], tokens: int, actual: int | None) -> None:
        args: list[Any] = [pid, tokens, -1 if actual is None else actual, self.window_ms, len(subjects)]
        for s in subjects:
            args += [int(s.rated), int(s.gated)]
        try:
            await self._call(self._release, self._all_keys(subjects), args)
        finally:
            self._wake()

    async def leave(self, pid: str, subjects: Sequence[Subject]) -> None:
        try:
            async with self.client.pipeline(transaction=True) as pipe:
                for s in subjects:
                    if s.gated:
                        _, _, _, queue, alive = self.keys(s.kind, s.name)
                        pipe.zrem(queue, pid).zrem(alive, pid)
                await pipe.execute()
        except (RedisError, OSError) as exc:
            raise LimitStoreError(str(exc)) from exc
        finally:
            self._wake()

    async def wait(self, pid: str, timeout: float) -> None:
        changed = self._changed
        try:  # asyncio.timeout, not wait_for, which on 3.11 can lose a cancellation
            async with asyncio.timeout(min(timeout, self.poll_s * random.uniform(0.5, 1.5))):
                await changed.wait()
        except TimeoutError:
            pass

    async def refresh(self, held: Sequence[tuple[str, Sequence[Subject]]]) -> None:
        keys: list[str] = []
        ids: list[str] = []
        for pid, subjects in held:
            for s in subjects:
                if s.gated:
                    keys.append(self.keys(s.kind, s.name)[2])
                    ids.append(pid)
        if keys:
            lost = await self._call(self._refresh, keys, [self.lease_ms, *ids])
            if lost:
                log.warning("%d concurrency lease(s) lapsed before refresh; their slots were freed", lost)

    async def usage(self, kind: str, name: str) -> Usage:
        n, t, held, queued = await self._call(self._usage, self.keys(kind, name), [self.window_ms])
        return Usage(int(n), int(t), int(held), int(queued))

    async def close(self) -> None:
        if self._own_client:
            await self.client.aclose()
            await self.client.connection_pool.disconnect()  # a pool passed in is not closed by aclose
