"""Balancing strategies: which of the available deployments gets the next request.

The plugin contract. A strategy is a class registered under the entry point group
`keel.routing_strategies` (the five built-ins below register there too, in pyproject.toml):

    class PluginFirst:
        class Config(pydantic.BaseModel):       # optional: its `routing.strategy_params`
            model_config = pydantic.ConfigDict(extra="forbid")
            prefer: str | None = None

        def __init__(self, config: Config) -> None:   # no arguments when there is no Config
            self.prefer = config.prefer

        def pick(self, candidates, region=None):
            return next((c for c in candidates if c.id == self.prefer), candidates[0])

- `pick(candidates, region) -> candidate`: CANDIDATES is a non-empty sequence of the available
  deployments (ready, healthy, breaker not open, under `max_concurrent`), those not yet tried for
  this request when there are any; REGION is the caller's region or None. Return one of them. It
  runs on the event loop for every attempt: keep it quick, never block, never await. When the one
  returned cannot take the request after all (its breaker's single half-open probe is taken), it
  is asked again without that one.
- A candidate has `id`, `weight`, `region`, `outstanding` (requests in flight) and
  `ewma_latency_s` (None until measured): the `Candidate` protocol; treat them as read-only.
- One instance per public model, built when the model is (at start and on every reload that
  changes it), so it may keep state (counters, weights) across requests.
- `Config`, when declared, is a pydantic model of `routing.strategy_params`; the instance is
  built as `cls(config=Config.model_validate(params))`. `keel config check` reports an unknown
  strategy (listing the installed ones) and every invalid parameter with its file:line; params
  given to a strategy without `Config` are refused.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Protocol


class Candidate(Protocol):
    id: str
    weight: float
    region: str | None
    outstanding: int
    ewma_latency_s: float | None


class Strategy:
    name = "round_robin"

    def __init__(self) -> None:
        self._counter = itertools.count()

    def pick(self, candidates: Sequence[Candidate], region: str | None = None) -> Candidate:
        return candidates[next(self._counter) % len(candidates)]


class RoundRobin(Strategy):
    name = "round_robin"


class Weighted(Strategy):
    """Smooth weighted round-robin (as in nginx): exact proportions, evenly interleaved."""

    name = "weighted"

    def __init__(self) -> None:
        super().__init__()
        self._current: dict[str, float] = {}

    def pick(self, candidates: Sequence[Candidate], region: str | None = None) -> Candidate:
        total = sum(c.weight for c in candidates)
        best = None
        for c in candidates:
            self._current[c.id] = self._current.get(c.id, 0.0) + c.weight
            if best is None or self._current[c.id] > self._current[best.id]:
                best = c
        assert best is not None
        self._current[best.id] -= total
        return best


class LeastOutstanding(Strategy):
    """Fewest requests in flight; ties broken round-robin."""

    name = "least_outstanding"

    def pick(self, candidates: Sequence[Candidate], region: str | None = None) -> Candidate:
        low = min(c.outstanding for c in candidates)
        return super().pick([c for c in candidates if c.outstanding == low])


class LowestLatency(Strategy):
    """Lowest EWMA latency; deployments without a measurement yet are tried first."""

    name = "lowest_latency"

    def pick(self, candidates: Sequence[Candidate], region: str | None = None) -> Candidate:
        unmeasured = [c for c in candidates if c.ewma_latency_s is None]
        if unmeasured:
            return super().pick(unmeasured)
        return min(candidates, key=lambda c: (c.ewma_latency_s or 0.0) * (1 + c.outstanding))


class RegionAware(Strategy):
    """Prefer deployments in the caller's region; fall back to the others; least-outstanding within."""

    name = "region"

    def __init__(self) -> None:
        super().__init__()
        self._inner = LeastOutstanding()

    def pick(self, candidates: Sequence[Candidate], region: str | None = None) -> Candidate:
        local = [c for c in candidates if region and c.region == region]
        return self._inner.pick(local or candidates)
