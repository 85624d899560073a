"""The `keel` CLI: config check, version, models list."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from keel import __version__
from keel.cli.main import app

runner = CliRunner()

GOOD = """\
server:
  port: 9000
models:
  - name: tiny-local
    params:
      n_ctx: 1024
  - name: second-model
    params:
      path: {gguf}
"""

BAD = """\
server:
  port: lots
  hots: localhost
models:
  - name: a
    provider: nonesuch
pipeline:
  chat: [preprocess]
"""

BAD_PARAMS = """\
models:
  - name: a
    params:
      n_ctx: 2048
      bogus: 1
      temperature: 9
"""


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # no ambient config may leak into these tests
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KEEL_CONFIG", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_config_check_good(tmp_path: Path) -> None:
    path = write(tmp_path, "good.yaml", GOOD.format(gguf=tmp_path / "m.gguf"))
    result = runner.invoke(app, ["config", "check", str(path)])
    assert result.exit_code == 0, result.output
    assert "OK" in result.output
    assert "tiny-local" in result.output
    assert "second-model" in result.output


def test_config_check_bad_lists_every_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", BAD)
    result = runner.invoke(app, ["config", "check", str(path)])
    assert result.exit_code == 1, result.output
    out = result.output
    assert "OK" not in out
    assert f"{path}:2:3: server.port:" in out
    assert f"{path}:3:3: server.hots: unknown key" in out
    assert f"{path}:8:3: pipeline.chat:" in out  # the route itself, not just its section
    assert "'generate'" in out
    assert f"{path}:6:5: models[0].provider: unknown provider 'nonesuch'" in out
    assert "4 problems" in out


def test_config_check_bad_params_lists_every_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", BAD_PARAMS)
    result = runner.invoke(app, ["config", "check", str(path)])
    assert result.exit_code == 1, result.output
    out = result.output
    assert f"{path}:5:7: models[0].params.bogus: unknown parameter" in out
    assert f"{path}:6:7: models[0].params.temperature:" in out
    assert "2 problems" in out


def test_config_check_unknown_provider(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", "models:\n  - name: a\n    provider: nonesuch\n")
    result = runner.invoke(app, ["config", "check", str(path)])
    assert result.exit_code == 1, result.output
    assert f"{path}:3:5: models[0].provider: unknown provider 'nonesuch'" in result.output
    assert "1 problem" in result.output
    assert "1 problems" not in result.output


def test_config_check_missing_env_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KEEL_CLI_TEST_UNSET", raising=False)
    path = write(tmp_path, "env.yaml", "server:\n  host: x\nstorage:\n  url: 'sqlite:///${KEEL_CLI_TEST_UNSET}'\n")
    result = runner.invoke(app, ["config", "check", str(path)])
    assert result.exit_code == 1, result.output
    assert f"{path}:4: environment variable KEEL_CLI_TEST_UNSET is not set" in result.output


def test_config_check_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["config", "check", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1
    assert "not found" in result.output


def test_version() -> None:
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"keel {__version__}"
    assert __version__ in result.output


def test_models_list_with_config(tmp_path: Path) -> None:
    gguf = tmp_path / "present.gguf"
    gguf.write_bytes(b"GGUF")
    text = f"models:\n  - name: listed-one\n    params:\n      path: {gguf}\n"
    text += f"  - name: listed-two\n    params:\n      path: {tmp_path / 'absent.gguf'}\n"
    path = write(tmp_path, "models.yaml", text)
    result = runner.invoke(app, ["models", "list", "--config", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    one = next(line for line in lines if "listed-one" in line)
    two = next(line for line in lines if "listed-two" in line)
    assert "llama_cpp" in one
    assert "ready" in one
    assert "file missing" in two


def test_models_list_bad_config_exits_2(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", "models:\n  - name: a\n    params:\n      bogus: 1\n")
    result = runner.invoke(app, ["models", "list", "-c", str(path)])
    assert result.exit_code == 2
