"""Balancing strategies: which of the available deployments gets the next request."""

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


STRATEGIES: dict[str, type[Strategy]] = {
    s.name: s for s in (RoundRobin, Weighted, LeastOutstanding, LowestLatency, RegionAware)
}
