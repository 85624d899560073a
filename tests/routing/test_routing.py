"""Routing through a real Keel server to real upstream replicas on loopback."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import openai
import pytest

from keel.config import ModelSettings, ServerSettings, Settings, StorageSettings
from tests.conftest import LiveServer, free_port
from tests.upstreams.openai_server import Behaviour, UpstreamServer


@contextmanager
def keel_with(tmp_path, models: list[dict]) -> Iterator[LiveServer]:
    settings = Settings(
        server=ServerSettings(port=free_port()),
        storage=StorageSettings(url=f"sqlite:///{tmp_path}/keel.db"),
        models=[ModelSettings.model_validate(m) for m in models],
    )
    live = LiveServer(settings).start()
    try:
        yield live
    finally:
        live.stop()


@contextmanager
def replicas(*names: str) -> Iterator[list[UpstreamServer]]:
    servers = [UpstreamServer(n).start() for n in names]
    try:
        yield servers
    finally:
        for s in servers:
            s.stop()


def deployment(server: UpstreamServer, **extra) -> dict:
    return {"provider": "openai_compat", "name": server.name, "params": {"base_url": server.base_url}, **extra}


def client(live: LiveServer, **kwargs) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{live.url}/v1", api_key="k", max_retries=0, timeout=30, **kwargs)


def served_by(reply) -> str:
    return reply.choices[0].message.content.split(":")[0]


def ask(c: openai.OpenAI, model: str = "m", text: str = "hi", **kw):
    return c.chat.completions.create(model=model, messages=[{"role": "user", "content": text}], **kw)


def test_round_robin_and_admin_view(tmp_path):
    with (
        replicas("r1", "r2", "r3") as ups,
        keel_with(tmp_path, [{"name": "m", "deployments": [deployment(u) for u in ups]}]) as live,
    ):
        c = client(live)
        assert Counter(served_by(ask(c)) for _ in range(9)) == {"r1": 3, "r2": 3, "r3": 3}
        view = httpx.get(f"{live.url}/admin/deployments").json()["models"][0]
        assert view["model"] == "m" and view["strategy"] == "round_robin"
        assert [d["id"] for d in view["deployments"]] == ["r1", "r2", "r3"]
        for d in view["deployments"]:
            assert d["ready"] and d["healthy"] and d["breaker"] == "closed"
            assert d["successes"] == 3 and d["outstanding"] == 0 and d["latency_ewma_ms"] > 0


def test_weighted(tmp_path):
    with (
        replicas("big", "small") as (big, small),
        keel_with(
            tmp_path,
            [
                {
                    "name": "m",
                    "routing": {"strategy": "weighted"},
                    "deployments": [deployment(big, weight=3), deployment(small, weight=1)],
                }
            ],
        ) as live,
    ):
        c = client(live)
        assert Counter(served_by(ask(c)) for _ in range(12)) == {"big": 9, "small": 3}


async def test_least_outstanding_avoids_the_busy_replica(tmp_path):
    with (
        replicas("slow", "fast") as (slow, fast),
        keel_with(
            tmp_path,
            [
                {
                    "name": "m",
                    "routing": {"strategy": "least_outstanding"},
                    "deployments": [deployment(slow), deployment(fast)],
                }
            ],
        ) as live,
    ):
        slow.behaviour = Behaviour(delay_s=0.5)
        fast.behaviour = Behaviour(delay_s=0.02)
        ac = openai.AsyncOpenAI(base_url=f"{live.url}/v1", api_key="k", max_retries=0)

        async def one(i):
            await asyncio.sleep(i * 0.03)
            r = await ac.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
            return served_by(r)

        try:
            counts = Counter(await asyncio.gather(*(one(i) for i in range(16))))
        finally:
            await ac.close()
        assert counts["fast"] >= 12, counts


def test_lowest_latency_prefers_the_fast_replica(tmp_path):
    with (
        replicas("slow", "fast") as (slow, fast),
        keel_with(
            tmp_path,
            [
                {
                    "name": "m",
                    "routing": {"strategy": "lowest_latency"},
                    "deployments": [deployment(slow), deployment(fast)],
                }
            ],
        ) as live,
    ):
        slow.behaviour = Behaviour(delay_s=0.15)
        c = client(live)
        counts = Counter(served_by(ask(c)) for _ in range(10))
        assert counts["fast"] >= 8, counts


def test_region_header_picks_local_replica_and_falls_back(tmp_path):
    with (
        replicas("eu", "us") as (eu, us),
        keel_with(
            tmp_path,
            [
                {
                    "name": "m",
                    "routing": {"strategy": "region"},
                    "deployments": [deployment(eu, region="eu-west"), deployment(us, region="us-east")],
                }
            ],
        ) as live,
    ):
        c = client(live)
        assert {served_by(ask(c, extra_headers={"x-keel-region": "us-east"})) for _ in range(4)} == {"us"}
        assert {served_by(ask(c, extra_headers={"x-keel-region": "eu-west"})) for _ in range(4)} == {"eu"}
        us.stop()  # the local replica dies: served from the other region
        assert served_by(ask(c, extra_headers={"x-keel-region": "us-east"})) == "eu"


def test_retryable_failure_is_retried_on_another_replica(tmp_path):
    with (
        replicas("bad", "good") as (bad, good),
        keel_with(tmp_path, [{"name": "m", "deployments": [deployment(bad), deployment(good)]}]) as live,
    ):
        bad.behaviour = Behaviour(fail_status=503)
        c = client(live)
        assert {served_by(ask(c)) for _ in range(6)} == {"good"}


def test_client_errors_are_not_retried(tmp_path):
    with (
        replicas("a", "b") as (a, b),
        keel_with(tmp_path, [{"name": "m", "deployments": [deployment(a), deployment(b)]}]) as live,
    ):
        a.behaviour = b.behaviour = Behaviour(fail_status=400)
        with pytest.raises(openai.BadRequestError) as exc:
            ask(client(live))
        assert "failing on purpose" in exc.value.message
        assert len(a.requests) + len(b.requests) == 1
        view = httpx.get(f"{live.url}/admin/deployments").json()["models"][0]["deployments"]
        assert all(d["breaker"] == "closed" and d["failures"] == 0 for d in view)


def test_429_from_the_only_replica_keeps_retry_after(tmp_path):
    with (
        replicas("a") as (a,),
        keel_with(tmp_path, [{"name": "m", "routing": {"retries": 0}, "deployments": [deployment(a)]}]) as live,
    ):
        a.behaviour = Behaviour(fail_status=429, retry_after="12")
        r = httpx.post(
            f"{live.url}/v1/chat/completions", json={"model": "m", "messages": [{"role": "user", "content": "x"}]}
        )
        assert r.status_code == 429
        assert r.headers["retry-after"] == "12"
        assert r.json()["error"]["type"] == "rate_limit_error"


def test_transient_failure_retried_with_backoff_on_single_replica(tmp_path):
    with (
        replicas("a") as (a,),
        keel_with(
            tmp_path, [{"name": "m", "routing": {"retries": 3, "backoff_s": 0.05}, "deployments": [deployment(a)]}]
        ) as live,
    ):
        a.behaviour = Behaviour(fail_status=502, fail_times=2)
        started = time.perf_counter()
        assert served_by(ask(client(live))) == "a"
        assert len(a.requests) == 3
        assert time.perf_counter() - started >= 0.05  # backed off between attempts


def test_fallback_chain(tmp_path):
    with (
        replicas("primary", "backup") as (primary, backup),
        keel_with(
            tmp_path,
            [
                {
                    "name": "main",
                    "routing": {"retries": 1, "fallbacks": ["spare"]},
                    "deployments": [deployment(primary)],
                },
                {"name": "spare", "deployments": [deployment(backup)]},
            ],
        ) as live,
    ):
        primary.behaviour = Behaviour(fail_status=500)
        c = client(live)
        r = ask(c, model="main")
        assert served_by(r) == "backup" and r.model == "main"
        stream = ask(c, model="main", stream=True)
        assert "".join(ch.choices[0].delta.content or "" for ch in stream if ch.choices).startswith("backup")
        backup.behaviour = Behaviour(fail_status=500)
        with pytest.raises(openai.InternalServerError):
            ask(c, model="main")


def test_breaker_opens_then_half_open_probe_closes_it(tmp_path):
    with (
        replicas("flaky", "steady") as (flaky, steady),
        keel_with(
            tmp_path,
            [
                {
                    "name": "m",
                    "routing": {"retries": 1, "breaker": {"failures": 2, "cooldown_s": 0.5}},
                    "deployments": [deployment(flaky), deployment(steady)],
                }
            ],
        ) as live,
    ):
        flaky.behaviour = Behaviour(fail_status=500)
        c = client(live)
        for _ in range(6):
            assert served_by(ask(c)) == "steady"
        assert len(flaky.requests) == 2  # opened after two failures, then skipped
        state = httpx.get(f"{live.url}/admin/deployments").json()["models"][0]["deployments"][0]
        assert state["breaker"] == "open"
        flaky.behaviour = Behaviour()
        time.sleep(0.6)
        served = [served_by(ask(c)) for _ in range(4)]
        assert "flaky" in served  # the half-open probe succeeded and closed the breaker
        state = httpx.get(f"{live.url}/admin/deployments").json()["models"][0]["deployments"][0]
        assert state["breaker"] == "closed"


def test_active_health_checks_take_a_replica_out_and_back(tmp_path):
    with (
        replicas("a", "b") as (a, b),
        keel_with(
            tmp_path,
            [
                {
                    "name": "m",
                    "routing": {"health_check": {"interval_s": 0.1}},
                    "deployments": [deployment(a), deployment(b)],
                }
            ],
        ) as live,
    ):
        view = httpx.get(f"{live.url}/admin/deployments").json()["models"][0]["deployments"]
        assert all(d["healthy"] for d in view)
        b.behaviour = Behaviour(fail_status=503)
        time.sleep(0.4)
        view = httpx.get(f"{live.url}/admin/deployments").json()["models"][0]["deployments"]
        assert [d["healthy"] for d in view] == [True, False]
        n_before = len(b.requests)
        c = client(live)
        for _ in range(4):
            assert served_by(ask(c)) == "a"  # b is out of rotation: no request (and no retry) reaches it
        assert len(b.requests) == n_before
        b.behaviour = Behaviour()
        time.sleep(0.4)
        assert {served_by(ask(c)) for _ in range(4)} == {"a", "b"}  # back in after a good check


def test_per_deployment_timeout_moves_on(tmp_path):
    with (
        replicas("stuck", "ok") as (stuck, ok),
        keel_with(tmp_path, [{"name": "m", "deployments": [deployment(stuck, timeout_s=0.2), deployment(ok)]}]) as live,
    ):
        stuck.behaviour = Behaviour(delay_s=2)
        c = client(live)
        started = time.perf_counter()
        assert {served_by(ask(c)) for _ in range(2)} == {"ok"}
        assert time.perf_counter() - started < 1.5


def test_stream_failing_before_first_token_is_retried_elsewhere(tmp_path):
    with (
        replicas("dead", "alive") as (dead, alive),
        keel_with(tmp_path, [{"name": "m", "deployments": [deployment(dead), deployment(alive)]}]) as live,
    ):
        dead.behaviour = Behaviour(drop_after_chunks=0)
        c = client(live)
        for _ in range(3):
            text = "".join(ch.choices[0].delta.content or "" for ch in ask(c, stream=True) if ch.choices)
            assert text == "alive: hi"


def test_stream_failing_mid_way_ends_with_an_error_event(tmp_path):
    with replicas("a") as (a,), keel_with(tmp_path, [{"name": "m", "deployments": [deployment(a)]}]) as live:
        a.behaviour = Behaviour(drop_after_chunks=2)
        with httpx.stream(
            "POST",
            f"{live.url}/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "a b c d"}], "stream": True},
        ) as r:
            lines = [line for line in r.iter_lines() if line]
        assert "[DONE]" not in lines[-1]
        assert '"error"' in lines[-1] and "mid-stream" in lines[-1]
        with pytest.raises(openai.APIError):
            for _ in ask(client(live), text="a b c d", stream=True):
                pass


async def test_failover_under_load_loses_no_request(tmp_path):
    """Three replicas under steady load; one is killed mid-run; every client request succeeds."""
    with (
        replicas("r1", "r2", "r3") as ups,
        keel_with(
            tmp_path,
            [{"name": "m", "routing": {"retries": 2, "backoff_s": 0.01}, "deployments": [deployment(u) for u in ups]}],
        ) as live,
    ):
        for u in ups:
            u.behaviour = Behaviour(delay_s=0.01, chunk_delay_s=0.005)
        ac = openai.AsyncOpenAI(base_url=f"{live.url}/v1", api_key="k", max_retries=0, timeout=30)
        results: list[str] = []
        failures: list[BaseException] = []
        stop_at = time.monotonic() + 3.0

        async def worker(i: int) -> None:
            n = 0
            while time.monotonic() < stop_at:
                n += 1
                try:
                    if n % 2:
                        r = await ac.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
                        results.append(served_by(r))
                    else:
                        s = await ac.chat.completions.create(
                            model="m", messages=[{"role": "user", "content": "x y"}], stream=True
                        )
                        text = "".join([ch.choices[0].delta.content or "" async for ch in s if ch.choices])
                        assert text.endswith(": x y"), text
                        results.append(text.split(":")[0])
                except Exception as exc:  # counted, the test asserts there are none
                    failures.append(exc)

        async def killer() -> None:
            await asyncio.sleep(1.0)
            await asyncio.to_thread(ups[1].stop, True)

        try:
            await asyncio.gather(*(worker(i) for i in range(8)), killer())
        finally:
            await ac.close()
        assert failures == [], failures[:3]
        assert len(results) > 100
        after = Counter(results[-30:])
        assert "r2" not in after
        assert {"r1", "r3"} <= set(results)
