"""The live model catalogue: keel.yaml changes served without a restart (POST /admin/reload and
SIGHUP), in-flight streams finishing on what they started with, a bad file changing nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest

from keel.config import load_settings
from tests.conftest import LiveServer, free_port
from tests.upstreams.openai_server import Behaviour, UpstreamServer


def yaml_for(port: int, tmp: Path, models: dict[str, UpstreamServer], aliases: dict[str, str] | None = None) -> str:
    lines = ["server:", f"  port: {port}", "storage:", f"  url: sqlite:///{tmp}/keel.db", "models:"]
    for name, up in models.items():
        lines += [f"  - name: {name}", "    provider: openai_compat", "    params:", f"      base_url: {up.base_url}"]
    if aliases:
        lines.append("aliases:")
        lines += [f"  {k}: {v}" for k, v in aliases.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture
def upstreams():
    a = UpstreamServer("alpha", Behaviour()).start()
    b = UpstreamServer("beta").start()
    try:
        yield a, b
    finally:
        a.stop()
        b.stop()


def first_config(tmp_path: Path, up: UpstreamServer) -> tuple[int, Path]:
    """A keel.yaml serving model "m" from UP, on a free port."""
    port = free_port()
    cfg = tmp_path / "keel.yaml"
    cfg.write_text(yaml_for(port, tmp_path, {"m": up}))
    return port, cfg


def ask(c: openai.OpenAI, model: str) -> str:
    reply = c.chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}])
    return reply.choices[0].message.content.split(":")[0]


def test_add_repoint_and_remove_take_effect_on_the_next_request(tmp_path, upstreams):
    a, b = upstreams
    port, cfg = first_config(tmp_path, a)
    live = LiveServer(load_settings(cfg), config_path=cfg).start()
    c = openai.OpenAI(base_url=f"{live.url}/v1", api_key="k", max_retries=0, timeout=30)
    try:
        assert ask(c, "m") == "alpha"
        # a long stream on the old "m" is in flight across the change
        a.behaviour.chunk_delay_s = 0.2
        stream = c.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "one two three four five"}], stream=True
        )
        pieces = iter(stream)
        first = next(pieces)
        cfg.write_text(yaml_for(port, tmp_path, {"m": b, "n": a}, aliases={"prod": "n"}))
        r = httpx.post(f"{live.url}/admin/reload", timeout=30)
        assert r.status_code == 200, r.text
        change = r.json()
        assert change["changed"] == ["m"] and change["added"] == ["n"] and change["aliases"] == {"prod": "n"}
        assert change["restart_needed"] == []
        a.behaviour.chunk_delay_s = 0.0
        assert ask(c, "m") == "beta"  # re-pointed: the next request goes to the new deployment
        assert ask(c, "prod") == "alpha"  # the alias resolves to "n"
        rest = "".join((p.choices[0].delta.content or "") for p in pieces if p.choices)
        text = (first.choices[0].delta.content or "") + rest
        assert text == "alpha: one two three four five"  # finished on what it started with
        models = {m.id for m in c.models.list().data}
        assert models == {"m", "n", "prod"}
        body = {"model": "prod", "messages": [{"role": "user", "content": "hi"}]}
        trace_id = httpx.post(f"{live.url}/v1/chat/completions", json=body).headers["x-keel-trace-id"]
        trace = httpx.get(f"{live.url}/v1/traces/{trace_id}").json()
        assert trace["resolution"]["model"] == "prod" and trace["resolution"]["target"] == "n"

        cfg.write_text(yaml_for(port, tmp_path, {"m": b}))
        assert httpx.post(f"{live.url}/admin/reload", timeout=30).json()["removed"] == ["n"]
        with pytest.raises(openai.NotFoundError):
            ask(c, "n")
        with pytest.raises(openai.NotFoundError):
            ask(c, "prod")  # the alias went with it
        assert ask(c, "m") == "beta"
    finally:
        live.stop()


def test_a_broken_file_changes_nothing_and_says_why(tmp_path, upstreams):
    a, _ = upstreams
    port, cfg = first_config(tmp_path, a)
    live = LiveServer(load_settings(cfg), config_path=cfg).start()
    try:
        cfg.write_text(yaml_for(port, tmp_path, {"m": a}) + "pipeline:\n  chat: [preprocess, nonesuch, generate]\n")
        r = httpx.post(f"{live.url}/admin/reload", timeout=30)
        assert r.status_code == 400
        err = r.json()["error"]
        assert err["code"] == "invalid_config"
        assert any(p.startswith(f"{cfg}:") and "unknown stage 'nonesuch'" in p for p in err["problems"])
        c = openai.OpenAI(base_url=f"{live.url}/v1", api_key="k", max_retries=0)
        assert ask(c, "m") == "alpha"
        assert live.gateway.catalogue.revision == 1
    finally:
        live.stop()


def test_sighup_reloads_and_a_bad_file_is_logged(tmp_path, upstreams):
    a, b = upstreams
    port, cfg = first_config(tmp_path, a)
    log = tmp_path / "serve.log"
    env = {**os.environ, "KEEL_HOME": str(tmp_path)}
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "keel.cli.main", "serve", "-c", str(cfg), "--log-level", "warning"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(lambda: httpx.get(f"{base}/readyz", timeout=1).status_code == 200)
        c = openai.OpenAI(base_url=f"{base}/v1", api_key="k", max_retries=0)
        assert ask(c, "m") == "alpha"
        cfg.write_text("models:\n  - name: m\n    provider: nonesuch\n")
        proc.send_signal(signal.SIGHUP)
        _wait(lambda: "not reloaded" in log.read_text())
        assert "unknown provider 'nonesuch'" in log.read_text() and f"{cfg}:3:" in log.read_text()
        assert ask(c, "m") == "alpha"  # unchanged
        cfg.write_text(yaml_for(port, tmp_path, {"m": b}))
        proc.send_signal(signal.SIGHUP)
        _wait(lambda: ask(c, "m") == "beta")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _wait(cond, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if cond():
                return
        except (httpx.HTTPError, openai.APIError):
            pass
        time.sleep(0.05)
    raise AssertionError("condition not reached")
