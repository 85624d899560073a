"""`keel train run | hpo | jobs`: a real short run registered and served, mistakes by line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from keel.cli.main import app
from keel.registry import Registry
from keel.store.engine import make_engine

runner = CliRunner()


def test_train_run_trains_registers_and_serves(tiny_data, tmp_path):
    (tmp_path / "keel.yaml").write_text(f"storage: {{url: 'sqlite:///{tmp_path}/keel.db'}}\n")
    (tmp_path / "train.yaml").write_text(
        f"train: {tiny_data['train']}\n"
        "lora: {r: 4, alpha: 8}\n"
        "hyperparameters: {epochs: 1, batch_size: 4, max_seq_len: 64, max_steps: 2}\n"
        "output_dir: run\n"
        "register: {name: support-bot, alias: staging, serve: support-bot}\n"
    )
    result = runner.invoke(
        app, ["train", "run", str(tmp_path / "train.yaml"), "-c", str(tmp_path / "keel.yaml"), "--json"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[result.stdout.index("{") :])
    assert summary["steps"] == 2 and summary["registered"] == "support-bot/1"
    assert (tmp_path / "run" / "adapter.gguf").exists()  # output_dir is relative to the file
    reg = Registry(make_engine(f"sqlite:///{tmp_path}/keel.db"))
    version = reg.models.get("support-bot@staging")
    assert version["training_run"] == str(tmp_path / "run")
    assert version["dataset"] == "support-bot-train/1"
    assert version["hyperparameters"]["lora"]["r"] == 4 and version["eval_results"]["steps"] == 2
    assert reg.models.served() == {"support-bot": "support-bot@staging"}

    again = runner.invoke(
        app, ["train", "run", str(tmp_path / "train.yaml"), "-c", str(tmp_path / "keel.yaml"), "--json"]
    )
    assert again.exit_code == 0, again.output  # everything was checkpointed: nothing to redo
    assert json.loads(again.stdout[again.stdout.index("{") :])["steps"] == 2


def test_train_run_mistakes_are_named_with_their_line(tmp_path):
    (tmp_path / "bad.yaml").write_text("strategy: domain\ntrain: x.jsonl\nlora:\n  rank: 8\n")
    result = runner.invoke(app, ["train", "run", str(tmp_path / "bad.yaml"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "bad.yaml:4:3: lora.rank: unknown key" in result.output
    (tmp_path / "bad2.yaml").write_text("strategy: domain\ntrain: x.jsonl\n")
    result = runner.invoke(app, ["train", "run", str(tmp_path / "bad2.yaml"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "needs 'domain: {data: <raw text>}'" in result.output
    (tmp_path / "missing.yaml").write_text("train: no-such.jsonl\n")
    result = runner.invoke(app, ["train", "run", str(tmp_path / "missing.yaml"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1 and "no-such.jsonl" in result.output


def test_train_jobs_commands_read_the_database(tmp_path):
    from keel.config import Settings, StorageSettings
    from keel.training.service import FineTuning

    url = f"sqlite:///{tmp_path}/keel.db"
    (tmp_path / "keel.yaml").write_text(f"storage: {{url: '{url}'}}\n")
    from keel.store.engine import migrate

    engine = make_engine(url)
    migrate(engine)
    ft = FineTuning(engine, Settings(storage=StorageSettings(url=url)))
    f = ft.files.create(b'{"prompt": "a", "completion": "b"}\n', "t.jsonl", "fine-tune")
    job = ft.create_job({"model": "gemma-3-270m", "training_file": f["id"], "suffix": "cli"})
    listed = runner.invoke(app, ["train", "jobs", "list", "-c", str(tmp_path / "keel.yaml")])
    assert listed.exit_code == 0 and job["id"] in listed.output and "queued" in listed.output
    cancelled = runner.invoke(app, ["train", "jobs", "cancel", job["id"], "-c", str(tmp_path / "keel.yaml")])
    assert cancelled.exit_code == 0 and '"status": "cancelled"' in cancelled.output
    shown = runner.invoke(app, ["train", "jobs", "show", job["id"], "-c", str(tmp_path / "keel.yaml")])
    assert "Cancellation requested" in shown.output


def test_train_worker_once_runs_the_queued_jobs_then_exits(tmp_path):
    from keel.config import Settings, StorageSettings, TrainingSettings
    from keel.store.engine import migrate
    from keel.training.service import FineTuning
    from tests.training.conftest import rows

    url = f"sqlite:///{tmp_path}/keel.db"
    (tmp_path / "keel.yaml").write_text(f"storage: {{url: '{url}'}}\ntraining: {{dir: '{tmp_path}/jobs'}}\n")
    engine = make_engine(url)
    migrate(engine)
    ft = FineTuning(
        engine, Settings(storage=StorageSettings(url=url), training=TrainingSettings(dir=str(tmp_path / "jobs")))
    )
    data = "".join(json.dumps(r) + "\n" for r in rows("support.jsonl", 4)).encode()
    f = ft.files.create(data, "t.jsonl", "fine-tune")
    job = ft.create_job(
        {
            "model": "gemma-3-270m",
            "training_file": f["id"],
            "config": {"hyperparameters": {"max_steps": 1, "max_seq_len": 64, "batch_size": 2}, "lora": {"r": 4}},
        }
    )
    result = runner.invoke(app, ["train", "worker", "--once", "-c", str(tmp_path / "keel.yaml")])
    assert result.exit_code == 0, result.output
    done = ft.jobs.get(job["id"])
    assert done["status"] == "succeeded", done["error"]
    assert Registry(engine).models.served()[done["fine_tuned_model"]].endswith("/1")
