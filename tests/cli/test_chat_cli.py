"""`keel chat` against a running gateway and in-process; `keel serve` as a real subprocess."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
from typer.testing import CliRunner

from keel.cli.main import app
from tests.conftest import MODEL, free_port

runner = CliRunner()


def test_chat_one_shot_against_server(server):
    result = runner.invoke(app, ["chat", MODEL, "--url", f"{server.url}/v1", "-m", "Hi", "--max-tokens", "5"])
    assert result.exit_code == 0, result.output
    assert f"{MODEL}>" in result.output
    answer = result.output.split(f"{MODEL}>", 1)[1].strip()
    assert answer


def test_chat_interactive_session(server):
    result = runner.invoke(
        app,
        ["chat", MODEL, "--url", f"{server.url}/v1", "--max-tokens", "4"],
        input="Hello\n/reset\nBye\n/exit\n",
    )
    assert result.exit_code == 0, result.output
    assert result.output.count(f"{MODEL}>") == 2


def test_chat_unknown_model_shows_server_message(server):
    result = runner.invoke(app, ["chat", "nope", "--url", f"{server.url}/v1", "-m", "Hi"])
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_chat_url_without_server_is_a_clear_error():
    result = runner.invoke(app, ["chat", MODEL, "--url", f"http://127.0.0.1:{free_port()}/v1", "-m", "Hi"])
    assert result.exit_code == 1
    assert "keel serve" in result.output


def test_chat_in_process_when_no_server(tmp_path):
    cfg = tmp_path / "keel.yaml"
    cfg.write_text(
        f"server: {{port: {free_port()}}}\n"
        f"storage: {{url: 'sqlite:///{tmp_path}/k.db'}}\n"
        f"models: [{{name: {MODEL}, params: {{n_ctx: 1024}}}}]\n"
    )
    result = runner.invoke(app, ["chat", MODEL, "-c", str(cfg), "-m", "Hi", "--max-tokens", "4"])
    assert result.exit_code == 0, result.output
    assert result.output.split(f"{MODEL}>", 1)[1].strip()


def test_keel_serve_subprocess_serves_and_stops(tmp_path):
    port = free_port()
    cfg = tmp_path / "keel.yaml"
    cfg.write_text(
        f"server: {{port: {port}}}\nstorage: {{url: 'sqlite:///{tmp_path}/k.db'}}\n"
        f"models: [{{name: {MODEL}, params: {{n_ctx: 1024}}}}]\n"
    )
    env = {**os.environ, "KEEL_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "keel.cli.main", "serve", "-c", str(cfg)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        r = httpx.post(
            f"http://127.0.0.1:{port}/v1/chat/completions",
            json={"model": MODEL, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 3},
        )
        assert r.status_code == 200
        assert r.json()["choices"][0]["message"]["content"]
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert proc.returncode in (0, -signal.SIGTERM), out  # uvicorn re-raises SIGTERM after a clean shutdown
    assert f"Keel serving {MODEL}" in out
    assert "Traceback" not in out


def test_serve_with_bad_config_exits_2(tmp_path):
    cfg = tmp_path / "keel.yaml"
    cfg.write_text("server:\n  port: nope\nmodelz: []\n")
    result = runner.invoke(app, ["serve", "-c", str(cfg)])
    assert result.exit_code == 2
    assert "keel.yaml:2" in result.output and "modelz" in result.output
