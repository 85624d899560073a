"""The registry through the gateway: a promotion or rollback changes what the next request gets
(here and in a second gateway process on the same database), prompt templates called from chat
requests, and an A/B experiment run end to end with simulated feedback."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest

from keel.config import load_settings
from tests.conftest import LiveServer, free_port
from tests.upstreams.openai_server import UpstreamServer

REG = "/admin/registry"


@pytest.fixture
def upstreams():
    a = UpstreamServer("alpha").start()
    b = UpstreamServer("beta").start()
    try:
        yield a, b
    finally:
        a.stop()
        b.stop()


def config(tmp: Path, port: int, extra_models: str = "", registry_model: bool = True) -> Path:
    cfg = tmp / f"keel-{port}.yaml"
    served = "  - name: support\n    registry: bot@production\n" if registry_model else ""
    cfg.write_text(
        f"server:\n  port: {port}\nstorage:\n  url: sqlite:///{tmp}/keel.db\nregistry:\n  poll_s: 0.2\n"
        "models:\n" + served + extra_models
    )
    return cfg


def source(up: UpstreamServer) -> dict:
    return {"provider": "openai_compat", "params": {"base_url": up.base_url}}


def who(c: openai.OpenAI, model: str = "support") -> str:
    reply = c.chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}])
    return reply.choices[0].message.content.split(":")[0]


def until(fn, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = fn()
            if value:
                return value
        except Exception:
            if time.monotonic() > deadline:
                raise
        if time.monotonic() > deadline:
            return fn()
        time.sleep(0.1)


def test_promotion_and_rollback_change_the_next_request_in_both_gateways(tmp_path, upstreams):
    a, b = upstreams
    cfg = config(tmp_path, free_port())
    live = LiveServer(load_settings(cfg), config_path=cfg).start(wait_ready=False)  # "support" cannot load yet
    http = httpx.Client(base_url=live.url, timeout=30)
    c = openai.OpenAI(base_url=f"{live.url}/v1", api_key="k", max_retries=0, timeout=30)
    second = None
    try:
        # nothing registered yet: the name exists and says why it cannot serve
        with pytest.raises(openai.InternalServerError, match="bot@production does not resolve"):
            who(c)
        for up in (a, b):
            r = http.post(f"{REG}/models/bot/versions", json={"source": source(up), "license": "apache-2.0"})
            assert r.status_code == 200, r.text
        assert http.post(f"{REG}/models/bot/aliases/production", json={"version": 1}).status_code == 200
        assert who(c) == "alpha"
        trace_id = http.post(
            "/v1/chat/completions", json={"model": "support", "messages": [{"role": "user", "content": "x"}]}
        ).headers["x-keel-trace-id"]
        assert http.get(f"/v1/traces/{trace_id}").json()["resolution"]["version"] == "bot/1"

        port2 = free_port()
        env = {**os.environ, "KEEL_HOME": str(tmp_path / "home2")}
        second = subprocess.Popen(
            [sys.executable, "-m", "keel.cli.main", "serve", "-c", str(config(tmp_path, port2))],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        c2 = openai.OpenAI(base_url=f"http://127.0.0.1:{port2}/v1", api_key="k", max_retries=0, timeout=30)
        assert until(lambda: who(c2) == "alpha", timeout=90)

        r = http.post(f"{REG}/models/bot/aliases/production", json={"version": 2})
        assert r.json() == {"model": "bot", "alias": "production", "from_version": 1, "to_version": 2}
        assert who(c) == "beta"  # this gateway: the very next request
        assert until(lambda: who(c2) == "beta")  # the other process: at its next poll (0.2 s here)

        r = http.post(f"{REG}/models/bot/aliases/production/rollback")
        assert r.json()["to_version"] == 1
        assert who(c) == "alpha"
        assert until(lambda: who(c2) == "alpha")

        # a public name served from the database, and a registry version straight by its ref
        assert http.put(f"{REG}/served/bot-next", json={"ref": "bot/2"}).status_code == 200
        assert who(c, "bot-next") == "beta"
        assert until(lambda: who(c2, "bot-next") == "beta")
        audit = [
            e
            for e in live.gateway.services.registry.engine.connect()
            .exec_driver_sql("select action from audit_events where kind = 'registry'")
            .all()
        ]
        assert {"model.register", "model.promote", "model.rollback", "model.serve"} <= {a for (a,) in audit}
    finally:
        if second is not None:
            second.terminate()
            second.wait(10)
        live.stop()


def test_chat_requests_call_prompt_templates(tmp_path, upstreams):
    a, _ = upstreams
    cfg = config(
        tmp_path,
        free_port(),
        extra_models=f"  - name: plain\n    provider: openai_compat\n    params:\n      base_url: {a.base_url}\n",
        registry_model=False,
    )
    live = LiveServer(load_settings(cfg), config_path=cfg).start()
    http = httpx.Client(base_url=live.url, timeout=30)
    c = openai.OpenAI(base_url=f"{live.url}/v1", api_key="k", max_retries=0, timeout=30)
    try:
        r = http.post(
            f"{REG}/prompts/greet/versions",
            json={
                "messages": [
                    {"role": "system", "content": "Be brief."},
                    {"role": "user", "content": "Say hello to {{ name }} from {{ team }}"},
                ],
                "variables": {"name": {}, "team": {"default": "Keel"}},
                "params": {"temperature": 0.1, "max_tokens": 7},
                "labels": ["production"],
            },
        )
        assert r.status_code == 200, r.text
        reply = c.chat.completions.create(
            model="plain",
            messages=[],
            extra_body={"prompt": {"name": "greet", "label": "production", "variables": {"name": "Ada"}}},
        )
        assert reply.choices[0].message.content == "alpha: Say hello to Ada from Keel"
        sent = a.requests[-1]
        assert sent["messages"][0] == {"role": "system", "content": "Be brief."}
        assert sent["temperature"] == 0.1 and sent["max_tokens"] == 7  # the template's parameters
        reply = c.chat.completions.create(
            model="plain",
            temperature=0.9,
            messages=[{"role": "user", "content": "and now?"}],
            extra_body={"prompt": {"name": "greet", "version": 1, "variables": {"name": "Bo"}}},
        )
        assert a.requests[-1]["temperature"] == 0.9  # the request's own value wins
        assert [m["content"] for m in a.requests[-1]["messages"]][-1] == "and now?"  # after the template
        trace_id = http.post(
            "/v1/chat/completions",
            json={"model": "plain", "prompt": {"name": "greet", "variables": {"name": "Cy"}}},
        ).headers["x-keel-trace-id"]
        assert http.get(f"/v1/traces/{trace_id}").json()["resolution"]["template"] == "greet/1"

        with pytest.raises(openai.BadRequestError, match=r"missing variable.*name") as err:
            c.chat.completions.create(model="plain", messages=[], extra_body={"prompt": {"name": "greet"}})
        assert err.value.body["param"] == "prompt.variables"
        with pytest.raises(openai.BadRequestError, match="does not declare: mood"):
            c.chat.completions.create(
                model="plain",
                messages=[],
                extra_body={"prompt": {"name": "greet", "variables": {"name": "x", "mood": "y"}}},
            )
        with pytest.raises(openai.NotFoundError, match="no label 'staging'"):
            c.chat.completions.create(
                model="plain",
                messages=[],
                extra_body={"prompt": {"name": "greet", "label": "staging", "variables": {}}},
            )
        r = http.post("/v1/chat/completions", json={"model": "plain", "messages": []})
        assert r.status_code == 400 and "prompt template" in r.json()["error"]["message"]
    finally:
        live.stop()


def test_ab_experiment_end_to_end_finds_the_better_arm_and_promotes_it(tmp_path, upstreams):
    a, _ = upstreams
    cfg = config(
        tmp_path,
        free_port(),
        extra_models=f"  - name: plain\n    provider: openai_compat\n    params:\n      base_url: {a.base_url}\n",
        registry_model=False,
    )
    live = LiveServer(load_settings(cfg), config_path=cfg).start()
    http = httpx.Client(base_url=live.url, timeout=30)
    try:
        for text in ("Answer: {{ q }}", "Answer briefly and kindly: {{ q }}"):
            assert http.post(f"{REG}/prompts/answer/versions", json={"text": text}).status_code == 200
        http.post(f"{REG}/prompts/answer/labels/production", json={"version": 1})
        r = http.post(
            f"{REG}/experiments",
            json={
                "name": "kind-answers",
                "model": "plain",
                "arms": [{"name": "control", "prompt": "answer/1"}, {"name": "kind", "prompt": "answer/2"}],
                "metric": "thumbs_up",
                "guardrails": ["error_rate", "eval:kindly"],
                "online_eval": {"kindly": {"kind": "contains", "values": ["kindly"]}},
                "mde": 0.15,
            },
        )
        assert r.status_code == 200, r.text
        rng = random.Random(7)
        seen: dict[str, str] = {}
        for i in range(500):
            user = f"user-{i % 250}"  # every user twice: assignment must be sticky
            r = http.post(
                "/v1/chat/completions",
                json={
                    "model": "plain",
                    "user": user,
                    "prompt": {"name": "answer", "label": "production", "variables": {"q": f"question {i}"}},
                },
            )
            assert r.status_code == 200, r.text
            trace = http.get(f"/v1/traces/{r.headers['x-keel-trace-id']}").json()
            arm = trace["resolution"]["arm"]
            assert seen.setdefault(user, arm) == arm
            kind = arm.endswith(":kind")
            assert ("kindly" in r.json()["choices"][0]["message"]["content"]) is kind
            thumbs = "up" if rng.random() < (0.65 if kind else 0.35) else "down"
            fb = http.post("/v1/feedback", json={"trace_id": r.headers["x-keel-trace-id"], "thumbs": thumbs})
            assert fb.status_code == 200, fb.text
        assert {a.rsplit(":", 1)[1] for a in seen.values()} == {"control", "kind"}
        live.gateway.services.outcomes.flush()
        live.gateway.services.feedback.flush()
        live.gateway.services.scores.flush()
        status = http.get(f"{REG}/experiments/kind-answers").json()
        control, kind = status["arms"]
        assert control["n"] + kind["n"] == 500
        assert kind["mean"] > control["mean"] and kind["significant"] and kind["p_value"] < 0.001
        assert kind["sequential"]["reject"] and status["best"] == "kind"
        assert kind["test"] == "two-proportion z" and kind["sample_size_per_arm"] > 0
        assert status["guardrails"][0]["metric"] == "error_rate" and status["stopped"] == {}
        live.gateway.services.scores.flush()
        online = http.get(f"{REG}/experiments/kind-answers").json()["guardrails"][1]
        assert online["metric"] == "eval:kindly"  # the online eval scorer, per answer
        assert [(a["arm"], a["mean"]) for a in online["arms"]] == [("control", 0.0), ("kind", 1.0)]
        promoted = http.post(f"{REG}/experiments/kind-answers/promote", json={}).json()
        assert promoted["status"] == "promoted" and promoted["winner"] == "kind"
        assert promoted["moved"] == [{"prompt": "answer", "label": "production", "from_version": 1, "to_version": 2}]
        r = http.post(
            "/v1/chat/completions",
            json={"model": "plain", "prompt": {"name": "answer", "label": "production", "variables": {"q": "z"}}},
        )
        assert "kindly" in r.json()["choices"][0]["message"]["content"]  # the experiment is over: the label decides
        trace = http.get(f"/v1/traces/{r.headers['x-keel-trace-id']}").json()
        assert "arm" not in trace["resolution"]
        bad = http.post("/v1/feedback", json={"trace_id": "x", "thumbs": "sideways"})
        assert bad.status_code == 400 and bad.json()["error"]["param"] == "thumbs"
    finally:
        live.stop()


def test_prompt_rules_pick_templates_by_metadata_and_intent(tmp_path, upstreams):
    a, _ = upstreams
    rules = (
        "registry:\n  poll_s: 0.2\n  prompt_rules:\n"
        "    - template: billing@production\n      metadata: {use_case: billing}\n"
        "    - template: refund\n      variable: message\n      threshold: 0.5\n"
        "      intent: ['I want my money back', 'Please refund my order', 'I was charged twice']\n"
        "    - template: nonesuch\n      models: [other]\n"
    )
    cfg = tmp_path / "keel.yaml"
    port = free_port()
    cfg.write_text(
        f"server:\n  port: {port}\nstorage:\n  url: sqlite:///{tmp_path}/keel.db\n{rules}models:\n"
        f"  - name: plain\n    provider: openai_compat\n    params:\n      base_url: {a.base_url}\n"
        f"  - name: other\n    provider: openai_compat\n    params:\n      base_url: {a.base_url}\n"
    )
    live = LiveServer(load_settings(cfg), config_path=cfg).start()
    http = httpx.Client(base_url=live.url, timeout=60)
    try:
        http.post(
            f"{REG}/prompts/billing/versions",
            json={
                "messages": [
                    {"role": "system", "content": "You handle invoices."},
                    {"role": "user", "content": "Billing question: {{ input }}"},
                ],
                "labels": ["production"],
                "params": {"temperature": 0.0},
            },
        )
        http.post(
            f"{REG}/prompts/refund/versions",
            json={
                "messages": [
                    {"role": "system", "content": "Refund policy: 30 days."},
                    {"role": "user", "content": "{{ message }}"},
                ]
            },
        )

        def ask(text: str, model: str = "plain", **extra) -> httpx.Response:
            body = {
                "model": model,
                "messages": [
                    {"role": "user", "content": "earlier"},
                    {"role": "assistant", "content": "ok"},
                    {"role": "user", "content": text},
                ],
                **extra,
            }
            return http.post("/v1/chat/completions", json=body)

        r = ask("Why is my invoice so high?", metadata={"use_case": "billing"})
        assert r.status_code == 200, r.text
        sent = a.requests[-1]["messages"]
        assert [m["content"] for m in sent] == [
            "You handle invoices.",
            "earlier",
            "ok",
            "Billing question: Why is my invoice so high?",
        ]
        assert a.requests[-1]["temperature"] == 0.0
        trace = http.get(f"/v1/traces/{r.headers['x-keel-trace-id']}").json()
        assert trace["resolution"]["template"] == "billing/1" and trace["annotations"]["prompt_rule"] == {"rule": 0}

        assert ask("Can you refund my order please?").status_code == 200
        assert a.requests[-1]["messages"][0]["content"] == "Refund policy: 30 days."
        r = ask("What's the capital of Peru?")
        assert a.requests[-1]["messages"][0]["content"] == "earlier"  # no rule matched: as sent
        assert "template" not in http.get(f"/v1/traces/{r.headers['x-keel-trace-id']}").json()["resolution"]
        # a request that names its template is left alone
        ask("refund me", prompt={"name": "billing", "variables": {"input": "x"}})
        assert a.requests[-1]["messages"][0]["content"] == "You handle invoices."
        # a rule picking a template that does not exist is the operator's problem: 503 naming it
        r = ask("anything", model="other")
        assert r.status_code == 503 and "nonesuch" in r.json()["error"]["message"]
        assert r.json()["error"]["code"] == "prompt_rule_broken"
    finally:
        live.stop()


async def test_a_guard_rail_stops_an_arm_that_always_fails_without_anyone_looking(tmp_path):
    import keel
    from keel.config import ModelSettings, Settings, StorageSettings
    from keel.errors import KeelError
    from tests.upstreams.openai_server import Behaviour

    good = UpstreamServer("good").start()
    bad = UpstreamServer("bad", Behaviour(fail_status=500)).start()
    models = [
        ModelSettings(name=name, provider="openai_compat", params={"base_url": up.base_url}, routing={"retries": 0})
        for name, up in (("bot", good), ("bot-good", good), ("bot-bad", bad))
    ]
    settings = Settings(storage=StorageSettings(url=f"sqlite:///{tmp_path}/k.db"), models=models)
    client = keel.AsyncClient(settings=settings)
    try:
        await client.start()
        await client.registry.experiments.start(
            "risky",
            "bot",
            [{"name": "control", "model": "bot-good"}, {"name": "new", "model": "bot-bad"}],
            guardrails=["error_rate"],
            mde=0.1,
        )
        failed = 0
        for i in range(80):
            try:
                await client.chat.completions.create(
                    model="bot", user=f"u{i}", messages=[{"role": "user", "content": "hi"}]
                )
            except KeelError:
                failed += 1
        assert 0 < failed < 80
        services = client.services
        services.outcomes.flush()
        assert await services.check_guardrails() == ["risky:new"]
        exp = await client.registry.experiments.status("risky")
        assert "error_rate" in exp["stopped"]["new"]
        before = len(bad.requests)
        for i in range(20):  # nobody is sent to the stopped arm any more
            await client.chat.completions.create(
                model="bot", user=f"u{i}", messages=[{"role": "user", "content": "hi"}]
            )
        assert len(bad.requests) == before
        services.audit_log.flush()
        with services.engine.connect() as conn:
            actions = conn.exec_driver_sql("select action from audit_events where kind = 'registry'").all()
        assert ("experiment.guardrail_stop",) in actions
    finally:
        await client.close()
        good.stop()
        bad.stop()


async def test_in_process_requests_take_sessions_and_extra_body_like_the_sdk(tmp_path):
    """keel.Client takes the openai SDK's extra_headers (x-keel-session-id: the sticky unit of a
    session experiment) and extra_body (a prompt call), in process as over HTTP."""
    import keel
    from keel.config import ModelSettings, Settings, StorageSettings

    a, b = UpstreamServer("a").start(), UpstreamServer("b").start()
    models = [
        ModelSettings(name=name, provider="openai_compat", params={"base_url": up.base_url})
        for name, up in (("bot", a), ("bot-a", a), ("bot-b", b))
    ]
    client = keel.AsyncClient(
        settings=Settings(storage=StorageSettings(url=f"sqlite:///{tmp_path}/k.db"), models=models)
    )
    try:
        await client.start()
        await client.registry.prompts.push("hello", text="Hello {{ who }}")
        await client.registry.experiments.start(
            "by-session", "bot", [{"name": "a", "model": "bot-a"}, {"name": "b", "model": "bot-b"}], unit="session"
        )
        seen: dict[str, str] = {}
        for i in range(40):
            session = f"s{i % 20}"
            reply = await client.chat.completions.create(
                model="bot",
                messages=[],
                extra_body={"prompt": {"name": "hello", "variables": {"who": session}}},
                extra_headers={"X-Keel-Session-Id": session},
            )
            server, text = reply.choices[0].message.content.split(": ", 1)
            assert text == f"Hello {session}"
            assert seen.setdefault(session, server) == server  # sticky by session
        assert set(seen.values()) == {"a", "b"}
    finally:
        await client.close()
        a.stop()
        b.stop()
