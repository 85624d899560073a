"""Balancing strategies and the circuit breaker, as pure logic."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from keel.routing.breaker import CircuitBreaker
from keel.routing.strategies import LeastOutstanding, LowestLatency, RegionAware, RoundRobin, Weighted


@dataclass
class C:
    id: str
    weight: float = 1.0
    region: str | None = None
    outstanding: int = 0
    ewma_latency_s: float | None = None


def test_round_robin_cycles():
    cs = [C("a"), C("b"), C("c")]
    s = RoundRobin()
    assert [s.pick(cs).id for _ in range(6)] == ["a", "b", "c", "a", "b", "c"]


def test_weighted_is_exact_and_interleaved():
    cs = [C("a", weight=5), C("b", weight=1), C("c", weight=1)]
    s = Weighted()
    picks = [s.pick(cs).id for _ in range(70)]
    assert Counter(picks) == {"a": 50, "b": 10, "c": 10}
    assert "aaaaaa" not in "".join(picks[:7])  # smooth: not five a's then the rest


def test_least_outstanding_prefers_idle():
    cs = [C("a", outstanding=3), C("b", outstanding=1), C("c", outstanding=1)]
    s = LeastOutstanding()
    assert {s.pick(cs).id for _ in range(4)} == {"b", "c"}


def test_lowest_latency_explores_then_exploits():
    cs = [C("a", ewma_latency_s=0.5), C("b"), C("c", ewma_latency_s=0.1)]
    s = LowestLatency()
    assert s.pick(cs).id == "b"  # unmeasured first
    cs[1].ewma_latency_s = 0.3
    assert s.pick(cs).id == "c"
    cs[2].outstanding = 10  # fast but swamped
    assert s.pick(cs).id == "b"


def test_region_prefers_local_then_falls_back():
    cs = [C("eu1", region="eu"), C("us1", region="us"), C("eu2", region="eu", outstanding=2)]
    s = RegionAware()
    assert s.pick(cs, "eu").id == "eu1"
    assert s.pick(cs, "us").id == "us1"
    assert s.pick([cs[1]], "eu").id == "us1"  # no local one available
    assert s.pick(cs, None).id in {"eu1", "us1"}


def test_breaker_opens_probes_and_closes():
    now = [0.0]
    b = CircuitBreaker(failures=3, cooldown_s=10, clock=lambda: now[0])
    for _ in range(2):
        assert b.acquire()
        b.record_failure()
    assert b.state == "closed"
    assert b.acquire()
    b.record_failure()
    assert b.state == "open" and not b.allows() and not b.acquire()
    now[0] = 10.0
    assert b.allows()
    assert b.acquire() and b.state == "half_open"
    assert not b.acquire()  # one probe at a time
    b.record_failure()
    assert b.state == "open"
    now[0] = 20.0
    assert b.acquire()
    b.record_success()
    assert b.state == "closed" and b.consecutive_failures == 0


def test_breaker_success_resets_count():
    b = CircuitBreaker(failures=2, cooldown_s=1)
    b.record_failure()
    b.record_success()
    b.record_failure()
    assert b.state == "closed"
