"""The deployments of one public model: their live stats, starting them, and active health checks.

A `Deployment` is one replica (a started provider) with what routing needs to know about it now:
ready/healthy, its circuit breaker, requests in flight, an EWMA of its latency, counts and the
last error (`snapshot()` is what GET /admin/deployments shows).
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from keel.config import DeploymentSettings, HealthCheckSettings
from keel.routing.breaker import CircuitBreaker

log = logging.getLogger(__name__)

EWMA_ALPHA = 0.3


@dataclass
class Deployment:
    id: str
    provider: Any
    settings: DeploymentSettings
    breaker: CircuitBreaker
    ready: bool = False
    healthy: bool = True
    load_error: str | None = None
    outstanding: int = 0
    ewma_latency_s: float | None = None
    successes: int = 0
    failures: int = 0
    last_error: str | None = None
    last_check: float | None = None
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)

    @property
    def weight(self) -> float:
        return self.settings.weight

    @property
    def region(self) -> str | None:
        return self.settings.region

    def available(self) -> bool:
        limit = self.settings.max_concurrent
        return self.ready and self.healthy and self.breaker.allows() and (limit is None or self.outstanding < limit)

    def observe(self, seconds: float) -> None:
        prev = self.ewma_latency_s
        self.ewma_latency_s = seconds if prev is None else EWMA_ALPHA * seconds + (1 - EWMA_ALPHA) * prev

    def snapshot(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "provider": self.settings.provider,
            "region": self.region,
            "weight": self.weight,
            "ready": self.ready,
            "healthy": self.healthy,
            "breaker": self.breaker.state,
            "consecutive_failures": self.breaker.consecutive_failures,
            "outstanding": self.outstanding,
            "max_concurrent": self.settings.max_concurrent,
            "latency_ewma_ms": None if self.ewma_latency_s is None else round(self.ewma_latency_s * 1000, 3),
            "successes": self.successes,
            "failures": self.failures,
            "last_error": self.last_error or self.load_error,
        }


async def start_deployments(name: str, deployments: list[Deployment]) -> None:
    """Start every deployment of NAME at once; those that fail stay not ready (with their error).
    Raises RuntimeError, naming each failure, when none started."""

    async def start_one(d: Deployment) -> None:
        try:
            await d.provider.start()
            d.ready = True
        except Exception as exc:
            d.load_error = str(exc) or type(exc).__name__
            log.error("deployment %s of %s failed to start: %s", d.id, name, d.load_error)

    await asyncio.gather(*(start_one(d) for d in deployments))
    if not any(d.ready for d in deployments):
        raise RuntimeError("; ".join(f"{d.id}: {d.load_error}" for d in deployments))


async def check_health(deployments: list[Deployment], timeout_s: float) -> None:
    """Ask every started deployment for its health now; an error or a timeout marks it unhealthy."""

    async def one(d: Deployment) -> None:
        if not d.ready:
            return
        try:
            h = await asyncio.wait_for(d.provider.health(), timeout_s)
            d.healthy = h.ready
            if not h.ready:
                d.last_error = f"health check: {h.detail}"
        except Exception as exc:
            d.healthy = False
            d.last_error = f"health check: {type(exc).__name__}"
        d.last_check = time.time()

    await asyncio.gather(*(one(d) for d in deployments))


async def health_loop(deployments: list[Deployment], settings: HealthCheckSettings) -> None:
    """Check health every `interval_s` until cancelled."""
    while True:
        await check_health(deployments, settings.timeout_s)
        await asyncio.sleep(settings.interval_s)
