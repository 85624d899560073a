"""Routing strategies as plugins (entry point group keel.routing_strategies), their
`strategy_params` checked with file:line, and the one attempt loop seen from outside."""

from __future__ import annotations

import time
from importlib.metadata import EntryPoint

import httpx
import openai
import pytest
from pydantic import BaseModel, ConfigDict, Field

from keel.config import ConfigError, RoutingSettings, load_settings
from keel.plugins import plugins
from keel.routing.picking import GROUP, create_strategy, strategy_names
from keel.routing.router import RoutedModel
from keel.routing.strategies import RoundRobin
from tests.routing.test_routing import ask, client, deployment, keel_with, replicas, served_by
from tests.upstreams.openai_server import Behaviour

BUILT_INS = ("least_outstanding", "lowest_latency", "region", "round_robin", "weighted")


class PreferOne:
    """A strategy as a third party writes one: no base class, a pydantic Config, pick()."""

    class Config(BaseModel):
        model_config = ConfigDict(extra="forbid")
        prefer: str
        share: float = Field(1.0, ge=0, le=1)

    def __init__(self, config: Config) -> None:
        self.config = config

    def pick(self, candidates, region=None):
        return next((c for c in candidates if c.id == self.config.prefer), candidates[0])


class FirstOnly:
    """The least a strategy needs: pick()."""

    def pick(self, candidates, region=None):
        return candidates[0]


@pytest.fixture
def register(monkeypatch):
    """Register a strategy for this test only, as an installed distribution's entry point would."""
    group = plugins(GROUP)
    monkeypatch.setattr(group, "_eps", dict(group._eps))
    monkeypatch.setattr(group, "_loaded", dict(group._loaded))

    def add(name: str, attr: str) -> None:
        group._eps[name] = EntryPoint(name, f"{__name__}:{attr}", GROUP)

    return add


def problems(tmp_path, text: str) -> tuple[str, list]:
    path = tmp_path / "keel.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as exc:
        load_settings(path)
    return str(path), exc.value.problems


# ---------------------------------------------------------------------------- lookup


def test_the_built_ins_are_registered_entry_points():
    assert set(BUILT_INS) <= set(strategy_names())
    assert isinstance(create_strategy("round_robin"), RoundRobin)


def test_a_strategy_registered_at_runtime_is_found(register):
    register("prefer_one", "PreferOne")
    register("first_only", "FirstOnly")
    assert {"prefer_one", "first_only"} <= set(strategy_names())
    s = create_strategy("prefer_one", {"prefer": "b", "share": 0.5})
    assert isinstance(s, PreferOne) and s.config.prefer == "b" and s.config.share == 0.5
    assert isinstance(create_strategy("first_only"), FirstOnly)  # no Config: built without arguments
    model = RoutedModel("m", [], RoutingSettings(strategy="prefer_one", strategy_params={"prefer": "x"}))
    assert isinstance(model.strategy, PreferOne) and model.strategy.config.prefer == "x"


def test_settings_made_in_code_are_checked_when_the_model_is_built(register):
    with pytest.raises(ValueError, match=r"unknown strategy 'fastest'; installed: .*round_robin"):
        RoutedModel("m", [], RoutingSettings(strategy="fastest"))
    register("prefer_one", "PreferOne")
    with pytest.raises(ValueError, match=r"routing\.strategy_params\.prefer: Field required"):
        RoutedModel("m", [], RoutingSettings(strategy="prefer_one"))


# ---------------------------------------------------------------------------- keel.yaml checks


def test_unknown_strategy_lists_the_installed_ones(tmp_path):
    src, found = problems(tmp_path, "models:\n  - name: m\n    routing:\n      strategy: fastest\n")
    [p] = found
    assert p.path == "models[0].routing.strategy"
    assert p.where == f"{src}:4:7"
    assert "unknown strategy 'fastest'" in p.message
    assert all(name in p.message for name in BUILT_INS)


def test_bad_strategy_params_are_reported_with_their_location(tmp_path, register):
    register("prefer_one", "PreferOne")
    text = """\
models:
  - name: m
    routing:
      strategy: prefer_one
      strategy_params:
        prefer: 42
        share: 2
        colour: red
"""
    src, found = problems(tmp_path, text)
    by_path = {p.path: p for p in found}
    assert set(by_path) == {
        "models[0].routing.strategy_params.prefer",
        "models[0].routing.strategy_params.share",
        "models[0].routing.strategy_params.colour",
    }
    assert by_path["models[0].routing.strategy_params.prefer"].where == f"{src}:6:9"
    assert "string" in by_path["models[0].routing.strategy_params.prefer"].message
    assert by_path["models[0].routing.strategy_params.share"].where == f"{src}:7:9"
    assert "less than or equal to 1" in by_path["models[0].routing.strategy_params.share"].message
    assert by_path["models[0].routing.strategy_params.colour"].where == f"{src}:8:9"
    assert by_path["models[0].routing.strategy_params.colour"].message == "unknown parameter"


def test_missing_strategy_params_point_at_the_routing_section(tmp_path, register):
    register("prefer_one", "PreferOne")
    src, found = problems(tmp_path, "models:\n  - name: m\n    routing:\n      strategy: prefer_one\n")
    [p] = found
    assert p.path == "models[0].routing.strategy_params.prefer"
    assert p.where == f"{src}:3:5" and "required" in p.message


def test_params_for_a_strategy_without_config_are_refused(tmp_path):
    text = "models:\n  - name: m\n    routing:\n      strategy: weighted\n      strategy_params: {smooth: false}\n"
    src, found = problems(tmp_path, text)
    [p] = found
    assert p.path == "models[0].routing.strategy_params"
    assert p.where == f"{src}:5:7"
    assert p.message == "strategy 'weighted' takes no parameters"


def test_a_strategy_that_fails_to_load_is_a_problem_not_a_traceback(tmp_path, register):
    register("broken", "NoSuchClass")
    src, found = problems(tmp_path, "models:\n  - name: m\n    routing: {strategy: broken}\n")
    [p] = found
    assert p.path == "models[0].routing.strategy" and p.where == f"{src}:3:15"
    assert p.message.startswith("strategy 'broken' failed to load: AttributeError")


def test_strategy_checked_even_when_the_model_has_other_problems(tmp_path):
    text = "models:\n  - name: m\n    routing:\n      strategy: fastest\n      retries: -1\n"
    _, found = problems(tmp_path, text)
    assert {p.path for p in found} == {"models[0].routing.strategy", "models[0].routing.retries"}


def test_valid_strategy_params_load(tmp_path, register):
    register("prefer_one", "PreferOne")
    path = tmp_path / "keel.yaml"
    path.write_text(
        "models:\n  - name: m\n    routing:\n      strategy: prefer_one\n      strategy_params: {prefer: gpu-b}\n"
    )
    routing = load_settings(path).model("m").routing
    assert routing.strategy == "prefer_one" and routing.strategy_params == {"prefer": "gpu-b"}


# ---------------------------------------------------------------------------- through a real server


def test_a_plugin_strategy_routes_requests(tmp_path, register):
    register("prefer_one", "PreferOne")
    routing = {"strategy": "prefer_one", "strategy_params": {"prefer": "r2"}}
    with (
        replicas("r1", "r2", "r3") as ups,
        keel_with(tmp_path, [{"name": "m", "routing": routing, "deployments": [deployment(u) for u in ups]}]) as live,
    ):
        c = client(live)
        assert {served_by(ask(c)) for _ in range(5)} == {"r2"}
        assert httpx.get(f"{live.url}/admin/deployments").json()["models"][0]["strategy"] == "prefer_one"
        ups[1].behaviour = Behaviour(fail_status=503)
        assert served_by(ask(c)) == "r1"  # the retry offers only deployments not tried yet


def test_embeddings_share_the_attempt_loop_retries_and_fallbacks(tmp_path):
    with (
        replicas("bad", "spare") as (bad, spare),
        keel_with(
            tmp_path,
            [
                {
                    "name": "m",
                    "routing": {"retries": 1, "backoff_s": 0.01, "fallbacks": ["s"]},
                    "deployments": [deployment(bad)],
                },
                {"name": "s", "deployments": [deployment(spare)]},
            ],
        ) as live,
    ):
        bad.behaviour = Behaviour(fail_status=503)
        r = client(live).embeddings.create(model="m", input=["abc", "de"])
        assert [d.embedding[0] for d in r.data] == [3.0, 2.0]
        assert len(bad.requests) == 2 and len(spare.requests) == 1


def test_the_last_error_says_how_many_attempts(tmp_path):
    routing = {"retries": 2, "backoff_s": 0.01, "breaker": {"failures": 100}}  # the breaker stays closed
    with (
        replicas("a") as (a,),
        keel_with(tmp_path, [{"name": "m", "routing": routing, "deployments": [deployment(a)]}]) as live,
    ):
        a.behaviour = Behaviour(fail_status=500)
        with pytest.raises(openai.InternalServerError) as exc:
            ask(client(live))
        assert "(after 3 attempts)" in exc.value.message
        with pytest.raises(openai.InternalServerError) as exc:
            for _ in ask(client(live), stream=True):
                pass
        assert "(after 3 attempts)" in exc.value.message
        assert len(a.requests) == 6


def test_a_client_leaving_mid_stream_frees_the_slot_without_a_verdict(tmp_path):
    with replicas("a") as (a,), keel_with(tmp_path, [{"name": "m", "deployments": [deployment(a)]}]) as live:
        a.behaviour = Behaviour(chunk_delay_s=0.3)
        body = {"model": "m", "messages": [{"role": "user", "content": "a b c d e f g h"}], "stream": True}
        with httpx.stream("POST", f"{live.url}/v1/chat/completions", json=body) as r:
            for line in r.iter_lines():
                if line.startswith("data:"):
                    break  # one chunk, then hang up
        state = {}
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            state = httpx.get(f"{live.url}/admin/deployments").json()["models"][0]["deployments"][0]
            if state["outstanding"] == 0:
                break
            time.sleep(0.05)
        assert state["outstanding"] == 0
        assert state["successes"] == 0 and state["failures"] == 0 and state["breaker"] == "closed"
        assert served_by(ask(client(live))) == "a"
