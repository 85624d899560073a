"""A third-party plugin distribution, built and installed like a user would, used through Keel.

tests/plugins/echo_plugin is a distribution (pyproject.toml + one module) that registers one plugin
of every kind: a provider, a stage with a Config, a guard scanner, a routing strategy, a cache
store, a limits store, a CLI command group (and a broken one), a config section. The test copies
it into tmp_path, builds a wheel (`pip wheel --no-deps --no-build-isolation`, no network), installs
it with `pip install --target DIR` and runs Keel in subprocesses with PYTHONPATH=DIR, so the venv
is not changed. Every plugin must visibly do its part in one request path.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(60)

SOURCE = Path(__file__).parent / "echo_plugin"
MODEL = "echo-model"

KEEL_YAML = """\
storage:
  url: sqlite:///{tmp}/keel.db
models:
  - name: echo-model
    deployments:
      - {{name: first, provider: echo, params: {{prefix: first}}}}
      - {{name: picked, provider: echo, params: {{prefix: picked}}}}
    routing:
      strategy: plugin_first
      strategy_params: {{prefer: picked}}
cache:
  store: spy
  max_entries: 50
  store_params: {{label: from-keel-yaml}}
limits:
  store: spy
  store_params: {{label: limits-from-keel-yaml}}
  per_key: {{rpm: 100}}
guard:
  policies:
    default:
      input:
        - {{scanner: codeword, action: redact, params: {{words: [pineapple]}}}}
pipeline:
  chat: [limits, guard_input, {{echo_tag: {{suffix: "(tagged)"}}}}, cache, generate]
plugins:
  echo: {{greeting: ahoy}}
"""

BAD_YAML = """\
models:
  - name: echo-model
    provider: echo
    params: {prefix: 3, bogus: true}
cache:
  store: spy
limits:
  store: nonesuch
pipeline:
  chat: [{echo_tag: {}}, generate]
plugins:
  echo: {greeting: [not, a, string]}
  nope: {}
"""

# builds Services from keel.yaml, sends chat requests through the gateway, reports what each plugin did
SCRIPT = """\
import asyncio, json, sys

from keel.config import load_settings
from keel.pipeline.context import RequestContext
from keel.services import Services
from keel.types import GenerationParams, Message


async def main():
    services = Services(load_settings(sys.argv[1]))
    gateway = services.gateway
    await gateway.start(wait_for_models=True)
    answers = []
    try:
        for text in ("what goes on a pineapple pizza?", "what goes on a pineapple pizza?", "and on a calzone?"):
            ctx = RequestContext(
                route="chat", model="echo-model", params=GenerationParams(max_tokens=64),
                messages=[Message("user", text)],
            )
            reply = await gateway.execute(ctx)
            await gateway.drain()  # the cache write happens after the response
            a = reply.ctx.annotations
            answers.append({"text": reply.ctx.results[0].text, "cache": a.get("cache"),
                            "echo_tag": a.get("echo_tag"), "guard": a.get("guard", [])})
        cache, limits = services.cache.backend, services.limiter.store
        report = {
            "answers": answers,
            "cache_store": [type(cache).__name__, cache.label, cache.max_entries, cache.calls],
            "limit_store": [type(limits).__name__, limits.label, limits.window_s, limits.calls],
            "section": services.settings.plugin_config("echo").greeting,
        }
    finally:
        await gateway.close()
    print(json.dumps(report))


asyncio.run(main())
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The plugin distribution built into a wheel and installed into its own folder."""
    root = tmp_path_factory.mktemp("plugin")
    src = root / "src"
    shutil.copytree(SOURCE, src, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]
    wheels = root / "wheels"
    run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(wheels), str(src)], cwd=root)
    (wheel,) = wheels.glob("keel_echo_plugin-0.1.0-*.whl")
    target = root / "site"
    run([*pip, "install", "--no-deps", "--no-index", "--target", str(target), str(wheel)], cwd=root)
    assert (target / "keel_echo_plugin.py").is_file()
    return target


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, check: bool = True):
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=50)
    if check and proc.returncode != 0:
        pytest.fail(f"{cmd} exited {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc


def env_with(site: Path, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KEEL_CONFIG", "PYTHONPATH")}
    env.update(PYTHONPATH=str(site), KEEL_HOME=str(tmp_path / "home"), COLUMNS="200", NO_COLOR="1")
    return env


def keel(site: Path, tmp_path: Path, *args: str, check: bool = True):
    return run([sys.executable, "-m", "keel.cli.main", *args], tmp_path, env_with(site, tmp_path), check)


def config(tmp_path: Path, text: str | None = None, name: str = "keel.yaml") -> Path:
    """keel.yaml using every plugin (its SQLite file in TMP_PATH), or TEXT."""
    path = tmp_path / name
    path.write_text(KEEL_YAML.format(tmp=tmp_path) if text is None else text, encoding="utf-8")
    return path


def test_the_venv_does_not_see_the_plugin() -> None:
    from keel.plugins import plugins

    assert "echo" not in plugins("keel.providers").names()
    assert "spy" not in plugins("keel.cache_stores").names()


def test_config_check_accepts_every_kind(site: Path, tmp_path: Path) -> None:
    proc = keel(site, tmp_path, "config", "check", str(config(tmp_path)))
    assert "keel.yaml: OK" in proc.stdout
    assert "echo-model" in proc.stdout


def test_config_check_reports_plugin_problems_with_file_and_line(site: Path, tmp_path: Path) -> None:
    path = config(tmp_path, BAD_YAML, "bad.yaml")
    proc = keel(site, tmp_path, "config", "check", str(path), check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = proc.stdout
    assert f"{path}:4:" in out and "models[0].params.prefix: Input should be a valid string" in out
    assert "models[0].params.bogus: unknown parameter" in out
    assert f"{path}:5:1: cache.store_params.label: Field required" in out
    assert f"{path}:8:3: limits.store: unknown limits store 'nonesuch'; installed: memory, redis, spy" in out
    assert "pipeline.chat[0].echo_tag.suffix: Field required" in out
    assert f"{path}:12:" in out and "plugins.echo.greeting: Input should be a valid string" in out
    assert f"{path}:13:3: plugins.nope: unknown plugin config section 'nope'; installed: echo" in out


def test_cli_command_group_and_a_broken_one(site: Path, tmp_path: Path) -> None:
    path = config(tmp_path)
    proc = keel(site, tmp_path, "echo", "hello", "--config", str(path))
    assert proc.stdout.strip() == "ahoy from the echo plugin"
    # the broken group is named in a warning; everything else goes on
    assert "warning: skipping the command group 'keel broken'" in proc.stderr
    assert "keel_echo_plugin:no_such_app" in proc.stderr
    stores = keel(site, tmp_path, "echo", "stores").stdout
    assert "keel.cache_stores: memory, redis, spy" in stores
    assert "keel.limit_stores: memory, redis, spy" in stores
    assert keel(site, tmp_path, "version").stdout.startswith("keel ")
    listing = keel(site, tmp_path, "--help").stdout
    for group in ("config", "data", "guard", "models", "echo", "serve", "chat"):
        assert group in listing


def test_every_plugin_does_its_part_in_a_request(site: Path, tmp_path: Path) -> None:
    script = tmp_path / "drive.py"
    script.write_text(textwrap.dedent(SCRIPT), encoding="utf-8")
    proc = run([sys.executable, str(script), str(config(tmp_path))], tmp_path, env_with(site, tmp_path))
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    first, again, other = report["answers"]

    # provider: a real echo; strategy: always the `picked` deployment (round robin would start at
    # `first`); scanner: the code word redacted before the model saw it; stage: its suffix and the
    # config section's greeting
    assert first["text"] == "[picked] what goes on a [CODEWORD] pizza? (tagged) ahoy"
    assert other["text"] == "[picked] and on a calzone? (tagged) ahoy"
    assert [g["scanner"] for g in first["guard"]] == ["codeword"]
    assert first["guard"][0]["findings"][0]["entity"] == "CODEWORD"
    assert other["guard"] == []
    assert first["echo_tag"] == "(tagged)"

    # cache store: a miss and a write, then the same question is a hit served from it
    assert (first["cache"], again["cache"], other["cache"]) == ("miss", "hit", "miss")
    assert again["text"] == first["text"]
    name, label, max_entries, calls = report["cache_store"]
    assert (name, label, max_entries) == ("SpyCacheStore", "from-keel-yaml", 50)  # max_entries from `cache:`
    assert calls == ["get:miss", "set", "get:hit", "get:miss", "set"]

    # limits store: every request admitted through it against the per-key rule, and released
    name, label, window_s, calls = report["limit_store"]
    assert (name, label, window_s) == ("SpyLimitStore", "limits-from-keel-yaml", 60.0)
    assert calls == ["acquire:key 'anonymous':ok", "release"] * 3

    # config section: the validated object, reachable from code
    assert report["section"] == "ahoy"
