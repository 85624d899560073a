"""One public model name → a group of deployments, behind the Provider protocol.

`RoutedModel` is the facade the catalogue serves; the work is done by its neighbours:

- `deployments.py`: `Deployment` (stats, EWMA latency, admin snapshot), starting the
  deployments, the active health-check loop;
- `picking.py`: the strategy named by `routing.strategy` (entry point group
  `keel.routing_strategies`, contract in `strategies.py`) and the pick with the breaker's consent;
- `attempts.py`: the one attempt loop of complete, embed and stream — timeouts, retries with
  jittered backoff, breakers, fallbacks, streams committed after their first chunk.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

from keel.config import RoutingSettings
from keel.errors import ServiceUnavailable
from keel.routing import attempts
from keel.routing.attempts import COMPLETE, EMBED, run
from keel.routing.deployments import Deployment, check_health, health_loop, start_deployments
from keel.routing.picking import create_strategy
from keel.types import Embeddings, Generation, GenerationChunk, GenerationRequest, Health, Message, ModelInfo

__all__ = ["Deployment", "RoutedModel"]


class RoutedModel:
    """A public model: deployments + routing policy. Implements the Provider protocol."""

    def __init__(
        self,
        name: str,
        deployments: list[Deployment],
        routing: RoutingSettings,
        resolve: Callable[[str], RoutedModel] | None = None,
    ) -> None:
        self.name = name
        self.deployments = deployments
        self.routing = routing
        self.strategy = create_strategy(routing.strategy, routing.strategy_params)
        self.resolve = resolve  # a fallback model by name (the catalogue's get)
        self._health_task: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        await start_deployments(self.name, self.deployments)
        if self.routing.health_check.interval_s > 0:
            self._health_task = asyncio.create_task(health_loop(self.deployments, self.routing.health_check))

    async def close(self) -> None:
        if self._health_task is not None:
            self._health_task.cancel()
        for d in self.deployments:
            await d.provider.close()

    async def check_health(self) -> None:
        """Ask every started deployment for its health now (the loop does this periodically)."""
        await check_health(self.deployments, self.routing.health_check.timeout_s)

    # ------------------------------------------------------------------ Provider protocol

    def info(self) -> ModelInfo:
        ready = [d for d in self.deployments if d.ready] or self.deployments
        return ready[0].provider.info()

    def tokenize(self, text: str | list[Message]) -> list[int] | None:
        for d in self.deployments:
            if d.ready:
                return d.provider.tokenize(text)
        raise ServiceUnavailable(f"The model '{self.name}' has no deployment ready", code="model_not_ready")

    async def health(self) -> Health:
        ready = [d for d in self.deployments if d.ready and d.healthy]
        return Health(bool(ready), f"{len(ready)}/{len(self.deployments)} deployments healthy")

    async def complete(self, request: GenerationRequest) -> Generation:
        return (await run(self, request.region, request, COMPLETE))[2]

    async def embed(self, texts: list[str]) -> Embeddings:
        return (await run(self, None, texts, EMBED))[2]

    def stream(self, request: GenerationRequest) -> AsyncIterator[GenerationChunk]:
        return attempts.stream(self, request)  # the one generator layer (nothing runs until iterated)

    def snapshot(self) -> dict[str, Any]:
        return {
            "model": self.name,
            "strategy": self.routing.strategy,
            "retries": self.routing.retries,
            "fallbacks": self.routing.fallbacks,
            "deployments": [d.snapshot() for d in self.deployments],
        }
