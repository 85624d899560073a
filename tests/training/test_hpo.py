"""Hyper-parameter search on the real Gemma 3 270M, kept tiny (6 training rows, 2 validation rows,
1-2 steps of batch 4, max_seq_len 64): studies stored in SQLite and PostgreSQL beside Keel's own
tables, resumed, interrupted trials re-run, crashing trials recorded, pruning, the config's errors
by line, and the progress table."""

from __future__ import annotations

import subprocess
import warnings
from pathlib import Path

import optuna
import pytest
import sqlalchemy as sa
from rich.console import Console

from keel.config import ConfigError
from keel.store.engine import make_engine, migrate
from keel.training import hpo as hpo_mod
from keel.training.hpo import (
    HpoConfig,
    load_hpo,
    open_storage,
    open_study,
    progress_table,
    run_study,
    storage_location,
)
from keel.training.trainer import Cancelled

SUPPORT = Path(__file__).resolve().parents[2] / "examples" / "finetune" / "data" / "support.jsonl"

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::FutureWarning")


@pytest.fixture(scope="session")
def data(tmp_path_factory) -> tuple[Path, Path]:
    """The first 8 rows of the example: 6 to train on, 2 to validate on."""
    lines = SUPPORT.read_text(encoding="utf-8").splitlines()[:8]
    d = tmp_path_factory.mktemp("hpo-data")
    (d / "train.jsonl").write_text("\n".join(lines[:6]) + "\n", encoding="utf-8")
    (d / "val.jsonl").write_text("\n".join(lines[6:]) + "\n", encoding="utf-8")
    return d / "train.jsonl", d / "val.jsonl"


def config(data, *, space=None, trials=2, max_steps=1, **search) -> HpoConfig:
    train, val = data
    return HpoConfig.model_validate(
        {
            "train": {
                "train": str(train),
                "validation": str(val),
                "export_gguf": False,
                "hyperparameters": {"max_steps": max_steps, "batch_size": 4, "max_seq_len": 64},
            },
            "search": {
                "study": "test",
                "trials": trials,
                "sampler": "random",
                "seed": 7,
                "space": space or {"learning_rate": {"low": 1e-5, "high": 1e-3, "log": True}, "r": [4, 8]},
                **search,
            },
        }
    )


def stored(url: str, name: str = "test") -> list[optuna.trial.FrozenTrial]:
    """The study's trials as the database holds them (a fresh storage, not the run's)."""
    storage = open_storage(url)
    try:
        return optuna.load_study(study_name=name, storage=storage).get_trials()
    finally:
        storage.engine.dispose()


def states(trials) -> list[str]:
    return [t.state.name for t in trials]


def render(table) -> str:
    console = Console(width=200, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(table)
    return console.export_text()


# ------------------------------------------------------------------------------ no model


def test_config_from_yaml_relative_paths_and_errors_by_line(tmp_path, data):
    train, val = data
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "train.jsonl").write_bytes(train.read_bytes())
    (tmp_path / "d" / "val.jsonl").write_bytes(val.read_bytes())
    (tmp_path / "train.yaml").write_text("train: d/train.jsonl\nvalidation: d/val.jsonl\nlora: {r: 4}\n")
    (tmp_path / "hpo.yaml").write_text(
        "train: train.yaml\n"
        "search:\n"
        "  trials: 5\n"
        "  space:\n"
        "    learning_rate: {low: 1.0e-5, high: 1.0e-3, log: true}\n"
        "    epochs: {low: 1, high: 3}\n"
        "    scheduler: [linear, cosine]\n"
    )
    cfg = load_hpo(tmp_path / "hpo.yaml")
    assert cfg.train.train == str((tmp_path / "d" / "train.jsonl").resolve())
    assert cfg.train.lora.r == 4
    assert cfg.search.metric == "valid_loss" and cfg.search.direction == "minimize" and cfg.search.trials == 5
    assert set(cfg.search.space.params()) == {"learning_rate", "epochs", "scheduler"}
    assert cfg.search.space.epochs.low == 1 and isinstance(cfg.search.space.epochs.low, int)
    name = hpo_mod.study_name(cfg)
    assert name.startswith("hpo-") and name == hpo_mod.study_name(load_hpo(tmp_path / "hpo.yaml"))
    assert hpo_mod.trial_config(cfg.train, {"r": 8, "epochs": 2}, tmp_path / "o").lora.r == 8

    # inline, relative to the HPO file
    (tmp_path / "inline.yaml").write_text(
        "train:\n  train: d/train.jsonl\n  validation: d/val.jsonl\nsearch:\n  space:\n    r: [4, 8]\n"
    )
    assert load_hpo(tmp_path / "inline.yaml").train.validation == str((tmp_path / "d" / "val.jsonl").resolve())

    (tmp_path / "bad.yaml").write_text(
        "train:\n"
        "  train: d/train.jsonl\n"
        "search:\n"
        "  metric: valid_loss\n"
        "  space:\n"
        "    r: [4, 300]\n"
        "    rank: [4]\n"
        "    learning_rate: {low: 1.0e-5}\n"
        "    epochs: {low: 1.5, high: 3}\n"
        "    dropout: 0.1\n"
    )
    with pytest.raises(ConfigError) as err:
        load_hpo(tmp_path / "bad.yaml")
    text = str(err.value)
    assert "bad.yaml:6:" in text and "300 is not a valid lora.r" in text
    assert "bad.yaml:7:" in text and "unknown key" in text
    assert "bad.yaml:8:" in text and "needs both low and high" in text
    assert "bad.yaml:9:" in text and "low must be a whole number" in text
    assert "bad.yaml:10:" in text and "a fixed value belongs in train" in text

    (tmp_path / "noval.yaml").write_text("train: {train: d/train.jsonl}\nsearch: {space: {r: [4, 8]}}\n")
    with pytest.raises(ConfigError, match="needs validation rows"):
        load_hpo(tmp_path / "noval.yaml")
    (tmp_path / "nofile.yaml").write_text("train: missing.yaml\nsearch: {space: {r: [4]}}\n")
    with pytest.raises(ConfigError, match="no such training config"):
        load_hpo(tmp_path / "nofile.yaml")


def test_storage_keeps_optuna_apart_from_keel(tmp_path):
    url, kwargs = storage_location(f"sqlite:///{tmp_path}/db/keel.db")
    assert url == f"sqlite:///{tmp_path}/db/keel.optuna.db" and (tmp_path / "db").is_dir()
    assert storage_location("sqlite://")[0] == "sqlite://"
    url, kwargs = storage_location("postgresql://u:secret@h:5432/keel")
    assert url == "postgresql+psycopg://u:secret@h:5432/keel"
    assert kwargs["connect_args"]["options"] == "-c search_path=optuna"
    assert (
        storage_location("postgresql+psycopg://u@h/keel?options=-c%20statement_timeout%3D5000")[1]["connect_args"][
            "options"
        ]
        == "-c statement_timeout=5000 -c search_path=optuna"
    )
    with pytest.raises(ValueError, match="SQLite or PostgreSQL"):
        storage_location("mysql://u@h/keel")


# ------------------------------------------------------------------------------ real runs


def test_study_runs_resumes_and_reruns_an_interrupted_trial(tmp_path, data):
    url = f"sqlite:///{tmp_path}/keel.db"
    migrate(make_engine(url))  # Keel's own tables first: the study must not disturb them
    out = tmp_path / "hpo"
    seen = []
    res = run_study(config(data), url, out, on_trial=lambda row, result: seen.append((row.number, row.state)))

    trials = stored(url)
    assert states(trials) == ["COMPLETE", "COMPLETE"] and res.ran == 2
    assert seen == [(0, "complete"), (1, "complete")]
    for t in trials:
        assert t.user_attrs["output_dir"] == str(out.resolve() / f"trial-{t.number}")
        assert (out / f"trial-{t.number}" / "adapter" / "adapter_config.json").exists()
        assert t.user_attrs["metrics"]["valid_loss"] == t.value
        assert t.user_attrs["metrics"]["steps"] == 1
    assert trials[0].params != trials[1].params
    best = min(trials, key=lambda t: t.value)
    assert res.best_trial == best.number and res.best_value == best.value and res.best_params == best.params
    assert res.best_output_dir == str(out.resolve() / f"trial-{best.number}")
    assert res.best_config.lora.r == best.params["r"]
    text = render(progress_table(res))
    assert f"★ {best.number}" in text and "learning_rate" in text and "valid_loss" in text

    # again with trials=3: the two finished trials are kept, one more runs
    res = run_study(config(data, trials=3), url, out)
    assert res.ran == 1 and states(stored(url)) == ["COMPLETE"] * 3
    assert run_study(config(data, trials=3), url, out).ran == 0  # nothing left to do

    # a trial left RUNNING by a process that died: failed, then re-run with its values
    dead = subprocess.Popen(["true"])
    dead.wait()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = open_study(config(data), url)
    orphan = st.ask(
        {
            "learning_rate": optuna.distributions.FloatDistribution(1e-5, 1e-3, log=True),
            "r": optuna.distributions.CategoricalDistribution([4, 8]),
        }
    )
    orphan.set_user_attr("worker", {"host": hpo_mod.socket.gethostname(), "pid": dead.pid, "token": "gone"})
    assert states(stored(url))[-1] == "RUNNING"

    # ... and its re-run stopped (a cancel) before its first step: interrupted too
    stop = []  # set by the run's first event (loading the model): stops before step 1
    with pytest.raises(Cancelled):
        run_study(
            config(data, trials=4), url, out, should_stop=lambda: bool(stop), on_event=lambda n, e: stop.append(e)
        )
    trials = stored(url)
    assert states(trials) == ["COMPLETE"] * 3 + ["FAIL", "FAIL"]
    assert trials[3].user_attrs["interrupted"] is True and "process running it is gone" in trials[3].user_attrs["error"]
    assert trials[4].params == trials[3].params and trials[4].user_attrs["retry_of"] == 3
    assert trials[4].user_attrs["error"] == "interrupted: cancelled"
    assert (out / "trial-4" / "checkpoints" / "step-0").is_dir()

    # resumed: the re-run of the re-run goes on from its checkpoint and completes the study
    events = []
    res = run_study(config(data, trials=4), url, out, on_event=lambda n, e: events.append((n, e["message"])))
    trials = stored(url)
    assert res.ran == 1 and states(trials) == ["COMPLETE"] * 3 + ["FAIL", "FAIL", "COMPLETE"]
    assert trials[5].params == trials[3].params
    assert trials[5].user_attrs["retry_of"] == 4 and trials[5].user_attrs["attempt"] == 3
    assert (5, "resuming from the checkpoint at step 0") in events
    assert [r.state for r in res.trials] == ["complete"] * 3 + ["interrupted"] * 2 + ["complete"]
    assert "re-run of #4" in render(progress_table(open_study(config(data), url)))

    # Keel's schema is untouched: its migrations still run, its version table is its own
    engine = make_engine(url)
    migrate(engine)
    with engine.connect() as conn:
        assert "trials" not in sa.inspect(conn).get_table_names()
        assert conn.execute(sa.text("select version_num from alembic_version")).scalar().startswith("0")
    engine.dispose()


def test_a_crashing_trial_is_recorded_and_a_bad_one_pruned(tmp_path, data):
    url = f"sqlite:///{tmp_path}/keel.db"
    cfg = config(
        data,
        trials=3,
        max_steps=2,
        space={"learning_rate": {"low": 1e-6, "high": 1e-2, "log": True}},
        pruner={"type": "median", "startup_trials": 1},
    )
    cfg = cfg.model_copy(update={"train": cfg.train.model_copy(update={"eval_steps": 1})})
    st = open_study(cfg, url)
    st.enqueue_trial({"learning_rate": 5.0})  # outside TrainConfig's range: the trial's config is invalid
    st.enqueue_trial({"learning_rate": 1e-3})  # learns: the reference
    st.enqueue_trial({"learning_rate": 1e-7})  # learns nothing: worse than the median at step 1
    rows = []
    res = run_study(cfg, url, tmp_path / "hpo", on_trial=lambda row, result: rows.append(row))
    trials = stored(url)
    assert states(trials) == ["FAIL", "COMPLETE", "PRUNED"]
    assert "invalid config" in trials[0].user_attrs["error"] and "learning_rate" in trials[0].user_attrs["error"]
    assert trials[1].user_attrs["metrics"]["steps"] == 2
    assert trials[2].last_step == 1 and trials[2].intermediate_values[1] > trials[1].intermediate_values[1]
    assert [r.state for r in rows] == ["failed", "complete", "pruned"]
    assert res.best_trial == 1 and res.counts == {"failed": 1, "complete": 1, "pruned": 1}
    text = render(progress_table(res))
    assert "invalid config" in text and "pruned at step 1" in text


def test_study_stored_in_postgres(postgres_url, tmp_path, data):
    migrate(make_engine(postgres_url))
    res = run_study(config(data, trials=1), postgres_url.replace("+psycopg", ""), tmp_path / "hpo")
    assert res.ran == 1 and res.best_value is not None
    engine = make_engine(postgres_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("select number, state from optuna.trials")).all()
        assert [(n, str(s)) for n, s in rows] == [(0, "COMPLETE")]
        assert "trials" not in sa.inspect(conn).get_table_names(schema="public")
        assert conn.execute(sa.text("select version_num from public.alembic_version")).scalar().startswith("0")
    migrate(engine)  # Keel's migrations are undisturbed
    engine.dispose()
    assert states(stored(postgres_url)) == ["COMPLETE"]
