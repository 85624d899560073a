"""Hyper-parameter search on Ray Tune (a local Ray started by the test), on the real Gemma 3 270M
kept tiny: two trials at once, recorded in Keel's Optuna study as the local back-end records them,
and `keel train hpo` without --ray reads the same study."""

from __future__ import annotations

from pathlib import Path

import optuna
import pytest

from keel.config import JobsSettings
from keel.training.hpo import HpoConfig, open_storage, open_study, study_result
from keel.training.hpo_ray import run_study_ray

ray = pytest.importorskip("ray")
SUPPORT = Path(__file__).resolve().parents[2] / "examples" / "finetune" / "data" / "support.jsonl"
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::FutureWarning", "ignore::DeprecationWarning")


def test_two_trials_run_at_once_on_ray_tune_into_keels_study(tmp_path):
    lines = SUPPORT.read_text(encoding="utf-8").splitlines()[:8]
    (tmp_path / "train.jsonl").write_text("\n".join(lines[:6]) + "\n", encoding="utf-8")
    (tmp_path / "val.jsonl").write_text("\n".join(lines[6:]) + "\n", encoding="utf-8")
    hpo = HpoConfig.model_validate(
        {
            "train": {
                "train": str(tmp_path / "train.jsonl"),
                "validation": str(tmp_path / "val.jsonl"),
                "export_gguf": False,
                "hyperparameters": {"max_steps": 1, "batch_size": 4, "max_seq_len": 64},
            },
            "search": {"study": "on-ray", "trials": 2, "sampler": "random", "seed": 7, "space": {"r": [4, 8]}},
        }
    )
    url = f"sqlite:///{tmp_path}/keel.db"
    try:
        result = run_study_ray(hpo, url, tmp_path / "runs", JobsSettings(ray_address="local"), parallel=2)
    finally:
        ray.shutdown()
    assert result.counts == {"complete": 2}
    assert sorted(t.params["r"] for t in result.trials) == [4, 8]
    for t in result.trials:
        assert t.value == t.metrics["valid_loss"] and (Path(t.output_dir) / "adapter").is_dir()
    assert result.best_value == min(t.value for t in result.trials)
    # the study is Keel's: the local back-end sees both trials
    storage = open_storage(url)
    st = open_study(hpo, storage)
    assert [t.state for t in st.get_trials()] == [optuna.trial.TrialState.COMPLETE] * 2
    assert study_result(st, hpo).best_trial == result.best_trial
    storage.engine.dispose()
