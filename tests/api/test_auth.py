"""API keys through HTTP, with the openai SDK: 401 before any model call, roles, and the
Principal reaching limits (per key id), the cache (per tenant) and the request log."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import httpx
import openai
import pytest

from keel.config import (
    AuthSettings,
    LimitRule,
    LimitsSettings,
    ModelSettings,
    ServerSettings,
    Settings,
    StorageSettings,
)
from tests.conftest import LiveServer, free_port
from tests.upstreams.openai_server import UpstreamServer

MODEL = "m"
MASTER = "mk-test-master-0123456789"
TEAM_A = "sk-team-a-0123456789abcdef"
TEAM_B = "sk-team-b-0123456789abcdef"
OPS = "sk-ops-admin-0123456789abcd"


@pytest.fixture(scope="module")
def upstream() -> Iterator[UpstreamServer]:
    server = UpstreamServer("up").start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def keel(tmp_path_factory, upstream) -> Iterator[LiveServer]:
    settings = Settings(
        server=ServerSettings(port=free_port()),
        storage=StorageSettings(url=f"sqlite:///{tmp_path_factory.mktemp('auth')}/keel.db", log_flush_interval_s=0.05),
        models=[ModelSettings(name=MODEL, provider="openai_compat", params={"base_url": upstream.base_url})],
        pipeline={"chat": ["preprocess", "limits", "cache", "generate", "postprocess"]},
        limits=LimitsSettings(keys={"team-b": LimitRule(rpm=2)}),
        auth=AuthSettings.model_validate(
            {
                "enabled": True,
                "master_key": MASTER,
                "keys": [
                    {"id": "team-a", "key": TEAM_A, "tenant": "team-a"},
                    {"id": "team-b", "sha256": hashlib.sha256(TEAM_B.encode()).hexdigest(), "tenant": "team-b"},
                    {"id": "ops", "sha256": hashlib.sha256(OPS.encode()).hexdigest(), "role": "admin"},
                ],
            }
        ),
    )
    live = LiveServer(settings).start()
    yield live
    live.stop()


@pytest.fixture
def http(keel) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=keel.url, timeout=30) as c:
        yield c


def sdk(keel: LiveServer, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{keel.url}/v1", api_key=key, max_retries=0, timeout=30)


def ask(client: openai.OpenAI, text: str, **kw):
    return client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": text}], max_tokens=16, **kw
    )


def test_unknown_or_missing_key_is_401_and_reaches_no_model(keel, upstream, http):
    before = len(upstream.requests)
    with pytest.raises(openai.AuthenticationError) as info:
        ask(sdk(keel, "sk-not-a-key-0123456789"), "hello")
    assert info.value.status_code == 401
    err = info.value.body
    assert err["code"] == "invalid_api_key" and err["type"] == "invalid_request_error" and err["param"] is None
    assert "sk-not-a-key" not in err["message"]

    body = {"model": MODEL, "messages": [{"role": "user", "content": "hello"}]}
    for headers in ({}, {"authorization": "Basic " + TEAM_A}, {"authorization": "Bearer"}):
        r = http.post("/v1/chat/completions", json=body, headers=headers)
        assert r.status_code == 401, r.text
        assert r.json()["error"]["code"] == "invalid_api_key"
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert r.headers["x-keel-trace-id"]
    for path in ("/v1/models", "/v1/models/m", "/v1/embeddings", "/v1/nope"):
        assert http.get(path).status_code == 401
    assert len(upstream.requests) == before  # no model call
    metrics = http.get("/metrics").text
    assert 'keel_auth_rejected_total{reason="invalid"}' in metrics
    assert 'keel_auth_rejected_total{reason="missing"}' in metrics


def test_valid_keys_work_through_the_sdk_and_x_api_key(keel, http):
    reply = ask(sdk(keel, TEAM_A), "who are you").parse()
    assert reply.choices[0].message.content == "up: who are you"
    stream = sdk(keel, MASTER).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "stream me"}], max_tokens=16, stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "up: stream me"
    assert [m.id for m in sdk(keel, OPS).models.list()] == [MODEL]
    r = http.post(
        "/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "via x-api-key"}]},
        headers={"x-api-key": TEAM_A},
    )
    assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == "up: via x-api-key"


def test_open_paths_need_no_key(http):
    for path in ("/healthz", "/readyz", "/metrics"):
        assert http.get(path).status_code == 200, path


def test_admin_paths_need_the_admin_role(keel, http):
    trace_id = ask(sdk(keel, TEAM_A), "trace me").headers["x-keel-trace-id"]
    user = {"authorization": f"Bearer {TEAM_A}"}
    for path in ("/admin/deployments", f"/v1/traces/{trace_id}"):
        r = http.get(path, headers=user)
        assert r.status_code == 403, r.text
        err = r.json()["error"]
        assert err["code"] == "insufficient_permissions" and "team-a" in err["message"]
        assert http.get(path).status_code == 401
        for admin in (MASTER, OPS):
            assert http.get(path, headers={"authorization": f"Bearer {admin}"}).status_code == 200, path
    with pytest.raises(openai.PermissionDeniedError):
        sdk(keel, TEAM_A).get(f"/traces/{trace_id}", cast_to=object)
    assert 'keel_auth_rejected_total{reason="forbidden"}' in http.get("/metrics").text


def test_principal_reaches_request_log_limits_and_cache(keel, http):
    # the request log records the configured key id and tenant
    trace_id = ask(sdk(keel, TEAM_A), "log me").headers["x-keel-trace-id"]
    assert keel.gateway.request_log.flush()
    row = keel.gateway.request_log.find(trace_id)
    assert (row["principal"], row["tenant"]) == ("team-a", "team-a")

    # the cache is scoped by tenant: team-a's answer is never served to team-b
    a = sdk(keel, TEAM_A)
    assert ask(a, "cached question").headers["x-keel-cache"] == "miss"
    hit = None
    for _ in range(50):  # the write happens after the response
        hit = ask(a, "cached question").headers["x-keel-cache"]
        if hit == "hit":
            break
    assert hit == "hit"
    assert ask(sdk(keel, MASTER), "cached question").headers["x-keel-cache"] == "miss"

    # limits are per key id: team-b has 2 requests per minute, the master key is not limited
    b = sdk(keel, TEAM_B)
    ask(b, "one")
    ask(b, "two")
    with pytest.raises(openai.RateLimitError) as info:
        ask(b, "three")
    assert "team-b" in info.value.message
    assert ask(sdk(keel, MASTER), "three").parse().choices[0].message.content == "up: three"
