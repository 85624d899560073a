"""`keel models list`: a running gateway's live catalogue through keel.Client, else the config."""

from __future__ import annotations

import yaml
from typer.testing import CliRunner

from keel.cli.main import app
from tests.conftest import MODEL, free_port

runner = CliRunner()


def test_models_list_shows_the_live_catalogue(server):
    result = runner.invoke(app, ["models", "list", "--url", server.url])
    assert result.exit_code == 0, result.output
    assert "catalogue revision" in result.output
    row = next(line for line in result.output.splitlines() if MODEL in line)
    assert "llama_cpp" in row and "ready" in row


def test_models_list_without_a_gateway_shows_the_config(tmp_path):
    path = tmp_path / "keel.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "server": {"port": free_port()},  # nothing listens there
                "models": [{"name": "remote", "provider": "openai_compat", "params": {"base_url": "http://x/v1"}}],
                "aliases": {"default": "remote"},
            }
        )
    )
    result = runner.invoke(app, ["models", "list", "-c", str(path)])
    assert result.exit_code == 0, result.output
    assert "remote" in result.output and "http://x/v1" in result.output
    assert "alias → remote" in result.output


def test_models_list_url_without_a_gateway_is_a_clear_error():
    result = runner.invoke(app, ["models", "list", "--url", f"http://127.0.0.1:{free_port()}"])
    assert result.exit_code == 1
    assert "No Keel gateway answers" in result.output
