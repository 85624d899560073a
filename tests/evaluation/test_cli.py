"""`keel eval`: run, gate (exit codes for CI), compare, list and show — in process on the
config's models and database (nothing listens at the config's port), and once over HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
import yaml
from typer.testing import CliRunner

from keel.cli.main import app
from keel.config import ServerSettings, Settings, StorageSettings
from tests.conftest import LiveServer, free_port
from tests.evaluation.conftest import model_settings, rows, write_rows

PASSING = """\
name: support
dataset: support.jsonl
targets:
  - {name: base, model: bad}
  - {name: tuned, model: good}
metrics: [keyword_hit, rouge_l, latency_ms]
gates:
  - {metric: keyword_hit, target: tuned, min: 0.6}
  - {metric: keyword_hit, target: tuned, no_worse_than: base, by: 0.02}
"""
FAILING = PASSING + "  - {metric: keyword_hit, target: base, min: 0.6}\n"


@pytest.fixture
def runner(tmp_path, monkeypatch) -> CliRunner:
    monkeypatch.delenv("KEEL_CONFIG", raising=False)
    monkeypatch.delenv("KEEL_API_KEY", raising=False)
    return CliRunner(env={"COLUMNS": "200"})


@pytest.fixture
def cfg(tmp_path, upstreams) -> Path:
    path = tmp_path / "keel.yaml"
    models = [
        {"name": n, "provider": "openai_compat", "params": {"base_url": u.base_url}, "routing": {"retries": 0}}
        for n, u in upstreams.items()
        if n != "flaky"
    ]
    path.write_text(
        yaml.safe_dump(
            {
                "server": {"port": free_port()},  # nothing listens there: the commands work in process
                "storage": {"url": f"sqlite:///{tmp_path}/keel.db", "log_flush_interval_s": 0.05},
                "models": models,
            }
        )
    )
    return path


@pytest.fixture
def keel(runner, cfg, tmp_path):
    """`keel eval ARGS… -c CFG` in TMP_PATH's spec folder: asserts the exit code, returns the output."""

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(app, ["eval", *args, "-c", str(cfg)])
        assert result.exit_code == code, result.output
        assert "Traceback" not in result.output
        if code:
            assert isinstance(result.exception, SystemExit), result.exception
        return result.output

    write_rows(tmp_path / "support.jsonl", rows())
    return run


def spec_file(tmp_path: Path, text: str, name: str = "eval.yaml") -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_run_prints_the_table_writes_the_answers_and_stores_the_run(keel, tmp_path):
    out = keel("run", spec_file(tmp_path, PASSING), "--out", str(tmp_path / "answers.jsonl"))
    assert "support eval-" in out and "completed" in out and "6 rows" in out
    assert "mean ± 95% CI over rows" in out
    tuned = next(line for line in out.splitlines() if line.strip().startswith("│ tuned"))
    assert "0.7222 ± 0.239" in tuned  # keyword_hit: mean ± half its 95% interval
    assert "✓ tuned keyword_hit = 0.7222 ≥ min 0.6" in out and "all 4 gates passed" in out
    answers = [orjson.loads(line) for line in (tmp_path / "answers.jsonl").read_bytes().splitlines()]
    assert len(answers) == 12 and answers[0]["run"].startswith("eval-") and "rouge_l" in answers[0]["errors"]
    assert "12 answers →" in out

    runs = json.loads(keel("list", "--json"))
    assert [(r["name"], r["status"]) for r in runs] == [("support", "completed")]
    run_id = runs[0]["id"]
    listed = keel("list")
    assert run_id in listed and "pass" in listed
    shown = keel("show", run_id, "--results", "2")
    assert "0.7222 ± 0.239" in shown and "good: question 1 about a refund" not in shown  # base answers first
    assert "bad: question 1 about a refund" in shown and "answers" in shown
    assert json.loads(keel("show", run_id, "--json"))["spec"]["name"] == "support"


def test_gate_exits_zero_when_every_gate_passes_and_one_when_one_fails(keel, tmp_path):
    out = keel("gate", spec_file(tmp_path, PASSING))
    assert "all 4 gates passed" in out
    out = keel("gate", spec_file(tmp_path, FAILING, "failing.yaml"), code=1)
    assert "✗ base keyword_hit = 0.3611 < min 0.6" in out and "1 of 5 gates failed" in out
    failed_run = json.loads(keel("list", "--json", "--limit", "1"))[0]["id"]
    verdict = json.loads(keel("gate", failed_run, "--json", code=1))
    assert verdict["passed"] is False and verdict["run"] == failed_run
    passed_run = json.loads(keel("list", "--json"))[1]["id"]
    assert "all 4 gates passed" in keel("gate", passed_run)

    out = keel(
        "compare", passed_run, passed_run, "--metric", "keyword_hit", "--target-a", "base", "--target-b", "tuned"
    )
    assert "difference (b - a): +0.3611" in out and "paired t-test" in out and "Wilcoxon" in out
    assert f"{passed_run}:tuned is better than {passed_run}:base" in out
    out = keel("compare", passed_run, failed_run, "--metric", "keyword_hit", code=1)
    assert "name one" in out


def test_spec_mistakes_exit_two_with_their_line(keel, tmp_path):
    out = keel("run", spec_file(tmp_path, PASSING.replace("rouge_l", "rouge_x")), code=2)
    assert "The eval spec has problems" in out and "eval.yaml:6:" in out and "unknown metric 'rouge_x'" in out
    no_gates = PASSING.split("gates:")[0]
    out = keel("gate", spec_file(tmp_path, no_gates), code=2)
    assert "has no gates" in out
    out = keel("gate", "missing.yaml", code=2)
    assert "no such eval spec" in out
    out = keel("run", spec_file(tmp_path, PASSING.replace("support.jsonl", "nothere.jsonl")), code=1)
    assert "failed" in out and "nothere.jsonl: no such file" in out
    out = keel("show", "eval-0000", code=1)
    assert "eval run 'eval-0000' does not exist" in out


@pytest.fixture
def live(tmp_path, upstreams) -> Iterator[LiveServer]:
    settings = Settings(
        server=ServerSettings(port=free_port()),
        storage=StorageSettings(url=f"sqlite:///{tmp_path}/gateway.db", log_flush_interval_s=0.05),
        models=model_settings(upstreams),
    )
    server = LiveServer(settings)
    server.start(wait_ready=False)
    try:
        yield server
    finally:
        server.stop()


def test_over_http_the_gateway_runs_it_with_the_file_rows_inline(keel, tmp_path, live):
    out = keel("gate", spec_file(tmp_path, PASSING), "--url", live.url, "--out", str(tmp_path / "a.jsonl"))
    assert "all 4 gates passed" in out
    assert len((tmp_path / "a.jsonl").read_bytes().splitlines()) == 12
    runs = json.loads(keel("list", "--json", "--url", live.url))
    assert len(runs) == 1 and runs[0]["summary"]["dataset"] == {
        "source": "inline",
        "path": str(tmp_path / "support.jsonl"),
        "rows": 6,
    }
    assert json.loads(keel("list", "--json")) == []  # the local database has none
    out = keel("run", spec_file(tmp_path, PASSING), "--url", "http://127.0.0.1:9", code=1)
    assert "No Keel gateway answers at http://127.0.0.1:9" in out
