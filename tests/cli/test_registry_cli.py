"""The registry CLI: `keel models` (register … built-on), `keel prompts`, `keel datasets` and
`keel experiments`, in process on a temporary SQLite database (no gateway answers at the
config's port), and once over HTTP against a gateway on loopback.

The config's only model is an openai_compat deployment at a dead loopback URL, so the in-process
services start at once and nothing loads the local model.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from keel.cli.experiments import METRIC_NAMES, parse_arm, verdict
from keel.cli.main import app
from tests.conftest import free_port

DEAD = {"base_url": "http://127.0.0.1:9/v1", "model": "dead"}


@pytest.fixture
def runner(tmp_path, monkeypatch) -> CliRunner:
    monkeypatch.setenv("KEEL_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KEEL_CONFIG", raising=False)
    monkeypatch.delenv("KEEL_API_KEY", raising=False)
    return CliRunner(env={"COLUMNS": "220"})


@pytest.fixture
def cfg(tmp_path) -> Path:
    path = tmp_path / "keel.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "server": {"port": free_port()},  # nothing listens there: the commands work in process
                "storage": {"url": f"sqlite:///{tmp_path}/registry.db", "log_flush_interval_s": 0.05},
                "models": [{"name": "remote", "provider": "openai_compat", "params": DEAD}],
                # no guard rules: validating the default ones builds scanners, ~0.5 s per command
                "guard": {"policies": {"default": {}}},
            }
        )
    )
    return path


@pytest.fixture
def keel(runner, cfg):
    """Run `keel ARGS… -c CFG`; asserts the exit code (0 unless told) and returns the output."""

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(app, [*args, "-c", str(cfg)])
        assert result.exit_code == code, result.output
        if code == 1:  # a user mistake: a message, never a traceback
            assert isinstance(result.exception, SystemExit), result.exception
            assert "Traceback" not in result.output
        return result.output

    return run


def write_template(path: Path, content: str = "You help {{ product }} users.", **extra) -> Path:
    doc = {
        "name": "support",
        "kind": "chat",
        "messages": [{"role": "system", "content": content}, {"role": "user", "content": "{{ question }}"}],
        "variables": {"product": {"default": "Keel"}, "question": {"description": "the question"}},
        "params": {"temperature": 0.2},
        **extra,
    }
    path.write_text(yaml.safe_dump(doc))
    return path


def jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


# ------------------------------------------------------------------------------- models


def test_models_register_promote_rollback_history_and_lineage(keel, tmp_path):
    base = jsonl(tmp_path / "raw.jsonl", [{"prompt": "a", "completion": "b"}])
    clean = jsonl(tmp_path / "clean.jsonl", [{"prompt": "a", "completion": "b"}, {"prompt": "c", "completion": "d"}])
    assert "registered raw/1" in keel("datasets", "register", "raw", str(base))
    out = keel("datasets", "register", "support-data", str(clean), "--parent", "raw", "--tag", "source=tickets")
    assert "registered support-data/1" in out and "made from raw/1" in out
    assert "unchanged: support-data/1" in keel("datasets", "register", "support-data", str(clean))
    assert "support-data" in keel("datasets", "list")
    versions = keel("datasets", "versions", "support-data")
    assert "raw/1" in versions and "source=tickets" in versions and "prompt_completion" in versions
    keel("prompts", "push", str(write_template(tmp_path / "support.yaml")))

    common = ["--provider", "openai_compat", "--param", f"base_url={DEAD['base_url']}"]
    out = keel(
        "models", "register", "bot", *common, "--param", "model=v1", "--dataset", "support-data/1",
        "--prompt", "support", "--eval-json", '{"accuracy": 0.81}', "--tag", "team=ml",
        "--hyperparameters-json", '{"lr": 0.0002, "epochs": 3}', "--base-model", "gemma-3-270m",
        "--training-run", "run-42", "--context-length", "2048", "--price-prompt-1k", "0.01",
        "--alias", "staging", "--description", "first cut",
    )  # fmt: skip
    assert "registered bot/1 (staging)" in out
    assert "registered bot/2" in keel(
        "models", "register", "bot", *common, "--param", "model=v2", "--base-model", "bot/1"
    )

    assert "promoted bot@production: (none) → 1" in keel("models", "promote", "bot", "1", "--reason", "first")
    assert "promoted bot@production: 1 → 2" in keel("models", "promote", "bot", "2")
    assert "already at 2" in keel("models", "promote", "bot", "2")
    assert "rolled back bot@production: 2 → 1" in keel("models", "rollback", "bot")

    history = keel("models", "history", "bot", "--alias", "production")
    assert "rollback from version 2" in history and "first" in history
    assert "staging" not in history
    assert "staging" in keel("models", "history", "bot")

    versions = keel("models", "versions", "bot")
    assert "openai_compat v1" in versions and "production, staging" in versions
    registered = keel("models", "list", "--registry")
    assert "bot" in registered and "production → 1" in registered and "staging → 1" in registered

    # NAME@ALIAS resolves to the version the alias points at now, with its lineage
    shown = keel("models", "show", "bot@production")
    assert "bot/1" in shown and "accuracy=0.81" in shown and "first cut" in shown
    assert "dataset support-data/1: 2 rows" in shown and "made from raw/1: 1 rows" in shown
    assert "prompt support/1" in shown and "run-42" in shown and "epochs=3" in shown
    assert "gemma-3-270m (outside the registry)" in shown
    # the newest version's lineage goes through its registry base model
    shown = keel("models", "show", "bot")
    assert "lineage of bot/2" in shown and "base model bot/1" in shown and "made from raw/1" in shown
    as_json = json.loads(keel("models", "show", "bot/1", "--json"))
    assert as_json["lineage"]["dataset"]["parent"]["ref"] == "raw/1"

    built = keel("models", "built-on", "dataset", "raw/1")
    assert "support-data/1" in built and "bot/1" in built
    assert "bot/1" in keel("models", "built-on", "prompt", "support/1")
    assert "No model version is built on dataset support-data/1" not in built

    assert "serving assistant from bot@production" in keel("models", "serve", "assistant", "bot@production")
    assert "assistant" in keel("models", "list", "--registry")
    assert "no longer served" in keel("models", "unserve", "assistant")
    assert "not served" in keel("models", "unserve", "assistant", code=1)


def test_models_list_still_lists_the_configured_models(keel):
    out = keel("models", "list")
    assert "remote" in out and DEAD["base_url"] in out


def test_register_option_mistakes_are_usage_errors(keel):
    assert "--provider" in keel("models", "register", "bot", code=2)
    assert "expected KEY=VALUE" in keel("models", "register", "bot", "--provider", "openai_compat", "-p", "x", code=2)
    assert "not valid JSON" in keel("models", "register", "bot", "--deployments-json", "[", code=2)
    assert "JSON array" in keel("models", "register", "bot", "--deployments-json", "{}", code=2)
    # the provider's own schema checks the params: a KeelError, so a red message and exit 1
    assert "source" in keel("models", "register", "bot", "--provider", "nonesuch", code=1)


def test_bad_references_are_clean_errors(keel, tmp_path):
    assert "version after '/' must be a number" in keel("models", "show", "bot/x", code=1)
    assert "has no versions" in keel("models", "show", "nope", code=1)
    assert "not registered" in keel("models", "versions", "nope", code=1)
    assert "no previous version" in keel("models", "rollback", "nope", code=1)
    assert "does not exist" in keel("prompts", "render", "nope/3", code=1)
    assert "is not a valid alias" in keel("prompts", "show", "support@1bad", code=1)
    assert "no experiment named" in keel("experiments", "status", "nope", code=1)
    assert "does not exist" in keel("models", "register", "m", "--provider", "openai_compat", "-p",
                                    f"base_url={DEAD['base_url']}", "--dataset", "missing/1", code=1)  # fmt: skip
    assert "no such file" in keel("datasets", "register", "d", str(tmp_path / "none.jsonl"), code=2)


def test_url_without_a_gateway_is_a_clear_error(runner, cfg):
    result = runner.invoke(app, ["prompts", "list", "-c", str(cfg), "--url", f"http://127.0.0.1:{free_port()}"])
    assert result.exit_code == 1
    assert "No Keel gateway answers" in result.output


# ------------------------------------------------------------------------------- prompts


def test_prompts_push_render_diff_label_rollback(keel, tmp_path):
    first = write_template(tmp_path / "support.yaml", labels=["staging"])
    assert "created support/1 (staging)" in keel("prompts", "push", str(first))
    assert "unchanged: support/1" in keel("prompts", "push", str(first))

    second = write_template(tmp_path / "support2.yaml", content="You kindly help {{ product }} users.")
    assert "created support/2 (canary)" in keel("prompts", "push", str(second), "--label", "canary", "-m", "kinder")
    assert "support" in keel("prompts", "list")
    assert "kinder" in keel("prompts", "versions", "support")

    out = keel("prompts", "render", "support@staging", code=1)
    assert "missing variable(s): question" in out
    out = keel("prompts", "render", "support@staging", "--var", "question=Where is my order?")
    assert "You help Keel users." in out and "Where is my order?" in out and "temperature=0.2" in out
    out = keel("prompts", "render", "support", "--vars-json", '{"question": "q", "product": "Acme"}', "--json")
    assert json.loads(out[out.index("{") :])["messages"][0]["content"] == "You kindly help Acme users."
    assert "does not declare: nope" in keel("prompts", "render", "support", "--var", "question=q", "--var",
                                            "nope=1", code=1)  # fmt: skip

    diff = keel("prompts", "diff", "support/1", "support/2")
    assert "--- support/1" in diff and "+++ support/2" in diff
    assert "-You help {{ product }} users." in diff and "+You kindly help {{ product }} users." in diff
    assert "No differences" in keel("prompts", "diff", "support/1", "support@staging")

    shown = keel("prompts", "show", "support@canary")
    assert "support/2" in shown and "kindly" in shown and "the question" in shown

    assert "labelled support@production: (none) → 1" in keel("prompts", "label", "support", "1", "production")
    assert "labelled support@production: 1 → 2" in keel("prompts", "label", "support", "2", "production")
    assert "rolled back support@production: 2 → 1" in keel("prompts", "rollback", "support", "production")
    history = keel("prompts", "history", "support", "--label", "production")
    assert "rollback from version 2" in history and "canary" not in history

    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nkind: text\ntext: hi\nbogus: 1\n")
    assert "unknown key(s) ['bogus']" in keel("prompts", "push", str(bad), code=1)
    bad.write_text("name: x\nkind: text\ntext: '{{ y }}'\nvariables: [x]\n")
    assert "does not declare: y" in keel("prompts", "push", str(bad), code=1)


def test_prompts_sync_a_folder_twice(keel, tmp_path):
    folder = tmp_path / "prompts"
    (folder / "partials").mkdir(parents=True)
    write_template(folder / "support.yaml")
    (folder / "partials" / "examples.yaml").write_text("name: examples\nkind: partial\ntext: 'Example: {{ x }}'\n")
    (folder / "answer.yml").write_text(
        "name: answer\nkind: text\ntext: '{% include \"examples\" %} / {{ q }}'\nvariables: [x, q]\n"
    )
    out = keel("prompts", "sync", str(folder))
    assert "3 created, 0 unchanged" in out
    assert "partials/examples.yaml" in out and "examples/1" in out and "answer/1" in out
    out = keel("prompts", "sync", str(folder))
    assert "0 created, 3 unchanged" in out
    assert "Example: 1 / why" in keel("prompts", "render", "answer", "--var", "x=1", "--var", "q=why")


# ------------------------------------------------------------------------------- experiments


def test_experiments_start_status_stop_on_an_empty_experiment(keel, tmp_path):
    keel("prompts", "push", str(write_template(tmp_path / "a.yaml")))
    keel("prompts", "push", str(write_template(tmp_path / "b.yaml", content="Be brief, {{ product }}.")))
    out = keel(
        "experiments", "start", "tone", "--model", "remote", "--arm", "name=control,prompt=support/1,weight=1",
        "--arm", "name=brief,prompt=support/2", "--guardrail", "error_rate", "--mde", "0.02", "--unit", "session",
    )  # fmt: skip
    assert "started tone on remote" in out and "brief: support/2 (weight 1)" in out

    out = keel("experiments", "status", "tone")
    assert "metric thumbs_up" in out and "guard rail error_rate" in out
    control = next(line for line in out.splitlines() if "control" in line and "│" in line)
    assert "│ 0 " in control
    assert "best arm: none significant yet" in out
    assert "No outcomes with a thumbs_up value recorded yet" in out
    assert json.loads(keel("experiments", "status", "tone", "--json"))["arms"][1]["n"] == 0

    assert "one of user, session, key" in keel("experiments", "start", "x", "--model", "m", "--arm",
                                               "prompt=support/1", "--arm", "prompt=support/2", "--unit", "team",
                                               code=1)  # fmt: skip
    assert "already runs the experiment 'tone'" in keel(
        "experiments", "start", "again", "--model", "remote", "--arm", "prompt=support/1", "--arm", "prompt=support/2",
        code=1,
    )  # fmt: skip
    assert "unknown key 'colour'" in keel("experiments", "start", "x", "--model", "m", "--arm", "colour=red", code=2)
    assert "no significant winner yet" in keel("experiments", "promote", "tone", code=1)

    listed = keel("experiments", "list")
    assert "tone" in listed and "running" in listed
    assert "tone is stopped" in keel("experiments", "stop", "tone")


def test_experiments_status_with_outcomes_and_promote(keel, cfg, tmp_path):
    from keel.store.engine import make_engine, migrate
    from keel.store.tables import ExperimentOutcome, Feedback

    keel("prompts", "push", str(write_template(tmp_path / "a.yaml")))
    keel("prompts", "push", str(write_template(tmp_path / "b.yaml", content="Be brief, {{ product }}.")))
    keel("experiments", "start", "tone", "--model", "remote", "--arm", "name=a,prompt=support/1", "--arm",
         "name=b,prompt=support/2", "--mde", "0.3")  # fmt: skip
    engine = make_engine(f"sqlite:///{tmp_path}/registry.db")
    migrate(engine)
    now = datetime.now(UTC)
    outcomes, feedback = [], []
    for i in range(40):
        for arm, up in (("a", i % 2 == 0), ("b", i % 10 != 0)):  # a: 50% thumbs up, b: 90%
            trace = f"{arm}-{i}"
            outcomes.append(
                {"trace_id": trace, "experiment": "tone", "arm": arm, "unit": f"u{i}", "created_at": now,
                 "status": 200, "latency_ms": 100.0 + i, "prompt_tokens": 3, "completion_tokens": 5, "cost": None,
                 "guard_flagged": False}
            )  # fmt: skip
            feedback.append({"trace_id": trace, "created_at": now, "principal": "t", "kind": "thumbs",
                             "score": 1.0 if up else 0.0, "comment": None})  # fmt: skip
    with engine.begin() as conn:
        conn.execute(ExperimentOutcome.__table__.insert(), outcomes)
        conn.execute(Feedback.__table__.insert(), feedback)
    engine.dispose()

    out = keel("experiments", "status", "tone")
    row = next(line for line in out.splitlines() if line.startswith("│ b "))
    assert "40" in row and "0.9" in row and "+0.4" in row and "two-proportion z" in row
    assert "best arm: b" in out and "b beats a on thumbs_up" in out
    out = keel("experiments", "promote", "tone")
    assert "moved support@production: (none) → 2" in out and "winner b" in out
    assert "promoted (winner: b)" in keel("experiments", "status", "tone")


def test_verdict_reads_http_nulls():
    """Over HTTP, nan and ±inf arrive as null: the verdict and tables must take them."""
    status = {
        "experiment": "e",
        "status": "running",
        "metric": "latency_ms",
        "alpha": 0.05,
        "mde": 5.0,
        "arms": [
            {"arm": "a", "n": 30, "mean": 10.0},
            {
                "arm": "b",
                "n": 30,
                "mean": 10.0,
                "difference": 0.0,
                "ci": [None, None],
                "p_value": None,
                "significant": False,
                "sequential": {"p_value": 1.0, "ci": [None, None], "reject": False},
                "worse": False,
                "sample_size_per_arm": None,
            },
        ],
        "best": None,
    }
    assert verdict(status).startswith("No significant difference on latency_ms yet")


def test_arm_specs_and_metric_names():
    from keel.registry.experiments import METRICS

    assert parse_arm("name=b, prompt=support@staging ,weight=2") == {
        "name": "b",
        "prompt": "support@staging",
        "weight": 2.0,
    }
    assert set(METRIC_NAMES) == set(METRICS)


# ------------------------------------------------------------------------------- over HTTP


def test_registry_commands_over_http_with_an_api_key(runner, tmp_path, monkeypatch):
    from keel.config import AuthSettings, ModelSettings, ServerSettings, Settings, StorageSettings
    from tests.conftest import LiveServer

    key = "k" * 32
    settings = Settings(
        server=ServerSettings(port=free_port()),
        storage=StorageSettings(url=f"sqlite:///{tmp_path}/http.db", log_flush_interval_s=0.05),
        models=[ModelSettings(name="remote", provider="openai_compat", params=DEAD)],
        auth=AuthSettings(enabled=True, master_key=key),
    )
    live = LiveServer(settings).start(wait_ready=False)
    try:
        data = jsonl(tmp_path / "d.jsonl", [{"text": "hello"}])
        url = ["--url", live.url]
        result = runner.invoke(app, ["datasets", "register", "d", str(data), *url])
        assert result.exit_code == 1 and "Traceback" not in result.output  # no key: refused, cleanly

        monkeypatch.setenv("KEEL_API_KEY", key)
        result = runner.invoke(app, ["datasets", "register", "d", str(data), *url])
        assert result.exit_code == 0, result.output
        assert "registered d/1: 1 rows, text" in result.output
        args = ["models", "register", "bot", "--provider", "openai_compat", "-p", f"base_url={DEAD['base_url']}"]
        result = runner.invoke(app, [*args, "--dataset", "d/1", "--alias", "production", *url])
        assert result.exit_code == 0, result.output
        result = runner.invoke(app, ["models", "show", "bot@production", *url])
        assert result.exit_code == 0, result.output
        assert "lineage of bot/1" in result.output and "dataset d/1: 1 rows, text" in result.output
        result = runner.invoke(app, ["models", "show", "bot/7", *url])
        assert result.exit_code == 1 and "model bot/7 does not exist" in result.output
    finally:
        live.stop()
