"""Workflows on the real model: the shipped example end to end (validate → fine-tune Gemma 3 270M
for a few steps → evaluate → gate → register → promote to staging), and the batch step. Slow
(the fine-tuning worker loads the base model); kept to the fewest steps that show it works."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from keel.cli.main import app
from keel.evaluation.store import EvalStore
from keel.jobs.queue import Queue
from keel.jobs.workflows.runs import run_steps
from keel.registry import Registry
from keel.training.jobs import Jobs
from tests.conftest import MODEL

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "workflows" / "finetune.yaml"


def keel_yaml(folder: Path, db_url: str) -> Path:
    path = folder / "keel.yaml"
    path.write_text(
        f"storage: {{url: '{db_url}'}}\n"
        f"training: {{dir: '{folder}/ft'}}\n"
        f"jobs: {{dir: '{folder}/jobs'}}\n"
        f"models:\n  - {{name: {MODEL}, provider: llama_cpp, params: {{n_ctx: 1024}}}}\n"
    )
    return path


def test_the_example_workflow_end_to_end_on_the_real_model(tmp_path, db_url, jobs_engine):
    config = keel_yaml(tmp_path, db_url)
    r = runner.invoke(app, ["workflow", "run", str(EXAMPLE), "-c", str(config), "-p", "max_steps=2"])
    assert r.exit_code == 0, r.output
    run_id = re.search(r"run (wfrun_[0-9a-f]+) succeeded", r.output).group(1)
    row, steps = run_steps(jobs_engine, run_id)
    assert row["status"] == "succeeded" and row["kind"] == "workflow"
    assert [(s["step"], s["status"]) for s in steps] == [
        ("validate", "succeeded"), ("train", "succeeded"), ("evaluate", "succeeded"),
        ("gate", "succeeded"), ("register", "succeeded"), ("promote", "succeeded"),
    ]  # fmt: skip
    out = {s["step"]: s["outputs"] for s in steps}

    # the fine-tuning job is one of OpenAI's API's jobs, succeeded, its model registered and served
    job = Jobs(jobs_engine).get(out["train"]["job_id"])
    assert job["status"] == "succeeded" and job["fine_tuned_model"] == out["train"]["fine_tuned_model"]
    assert out["train"]["job_id"] in [j["id"] for j in Jobs(jobs_engine).list()["data"]]
    registry = Registry(jobs_engine)
    assert registry.models.served()[job["fine_tuned_model"]] == out["train"]["version"]

    # evaluated as the tuned model, gated, registered with its lineage, promoted to staging
    stored = EvalStore(jobs_engine).get(out["evaluate"]["run_id"])
    assert stored["status"] == "completed" and stored["spec"]["targets"][0]["model"] == job["fine_tuned_model"]
    assert set(out["evaluate"]["metrics"]) == {"keyword_hit", "rouge_l"} and out["gate"]["passed"] is True
    staged = registry.models.get("support-bot@staging")
    assert staged["ref"] == out["register"]["ref"] == "support-bot/1"
    assert staged["training_run"] == out["train"]["job_id"]
    assert staged["source"]["params"]["lora_path"].endswith("adapter.gguf")
    assert staged["eval_results"]["keyword_hit"] == out["evaluate"]["metrics"]["keyword_hit"]
    assert staged["tags"]["workflow_run"] == run_id
    assert out["promote"] == {"model": "support-bot", "label": "staging", "from_version": None, "to_version": 1}
    assert any("train: succeeded" in line["message"] for line in Queue(jobs_engine).logs(run_id))


def test_the_batch_step_on_the_real_model(tmp_path, db_url, jobs_engine):
    config = keel_yaml(tmp_path, db_url)
    lines = [
        {"custom_id": f"q{i}", "method": "POST", "url": "/v1/chat/completions",
         "body": {"model": MODEL, "messages": [{"role": "user", "content": q}], "max_tokens": 8, "temperature": 0}}
        for i, q in enumerate(["Say hi.", "Name a colour."])
    ]  # fmt: skip
    (tmp_path / "requests.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    (tmp_path / "flow.yaml").write_text(
        "name: batch\nsteps:\n  answer:\n    type: batch\n"
        f"    with: {{input: requests.jsonl, model: {MODEL}, concurrency: 2}}\n"
    )
    r = runner.invoke(app, ["workflow", "run", str(tmp_path / "flow.yaml"), "-c", str(config), "--json"])
    assert r.exit_code == 0, r.output
    shown = json.loads(r.stdout[r.stdout.index("{") :])
    answer = shown["steps"][0]["outputs"]
    assert answer["total"] == 2 and answer["completed"] == 2 and answer["failed"] == 0
    written = [json.loads(line) for line in Path(answer["path"]).read_text().splitlines()]
    assert [w["custom_id"] for w in written] == ["q0", "q1"]  # in input order
    assert all(w["response"]["status_code"] == 200 for w in written)
