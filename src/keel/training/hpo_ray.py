"""Hyper-parameter search on Ray Tune (`keel train hpo --ray`, or `jobs.backend: ray`).

The same search file and the same study as keel.training.hpo: Ray Tune runs the trials, as many
at once as `--parallel` (each a Ray task on the cluster, `cpus` each), and Ray's `OptunaSearch`
asks Keel's Optuna study for each trial's values and tells it the result, so the study in Keel's
database has every trial whichever back-end ran it, `keel train hpo` without `--ray` goes on with
it, and the progress table reads it the same way. Each trial is one `Run` in OUTPUT/trial-<n>
(ID: the trial's id in Ray Tune), reporting its metric at
every evaluation so a pruning scheduler can stop it (ASHA when the search names a pruner).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from keel.config.jobs import JobsSettings
from keel.training.hpo import (
    METRICS,
    PARAMS,
    HpoConfig,
    StudyResult,
    _done,
    _jsonable,
    _sampler,
    open_storage,
    open_study,
    study_result,
    trial_config,
)

log = logging.getLogger(__name__)


def optuna_space(hpo: HpoConfig) -> dict[str, Any]:
    """The search space as Optuna distributions (what OptunaSearch asks the study with)."""
    from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution

    space: dict[str, Any] = {}
    for name, d in hpo.search.space.params().items():
        kind = PARAMS[name][2]
        if d.choices is not None:
            space[name] = CategoricalDistribution(d.choices)
        elif kind == "int":
            space[name] = IntDistribution(int(d.low), int(d.high), step=int(d.step or 1), log=d.log)  # type: ignore[arg-type]
        else:
            space[name] = FloatDistribution(d.low, d.high, step=d.step, log=d.log)  # type: ignore[arg-type]
    return space


def _trial(config: dict[str, Any], hpo_json: dict[str, Any], out: str) -> None:
    """One trial, on a Ray worker: train with CONFIG's values, report the metric as it goes."""
    from ray import tune

    from keel.training.trainer import Run

    hpo = HpoConfig.model_validate(hpo_json)
    metric = hpo.search.metric
    trial_dir = Path(out) / f"trial-{tune.get_context().get_trial_id()}"
    cfg = trial_config(hpo.train, config, trial_dir)

    def event(e: dict[str, Any]) -> None:
        data = e.get("data") or {}
        if e.get("type") == "metrics" and isinstance(data.get(metric), int | float) and "step" in data:
            tune.report({metric: float(data[metric]), "step": int(data["step"])})

    result = Run(cfg, trial_dir, on_event=event).run()
    value = result.metrics.get(metric)
    if not isinstance(value, int | float):
        raise ValueError(f"the run reported no {metric}")
    numbers = {k: v for k, v in _jsonable(result.metrics).items() if isinstance(v, int | float)}
    tune.report({**numbers, metric: float(value), "output_dir": str(trial_dir), "done": True})


def _searcher() -> Any:
    from ray.tune.search.optuna import OptunaSearch

    class KeelSearch(OptunaSearch):
        """OptunaSearch that also keeps, on the study's trial, what the local back-end keeps there
        (the trial's folder, its metrics, or its error) before the trial is told its result."""

        def on_trial_complete(self, trial_id: str, result: dict[str, Any] | None = None, error: bool = False) -> None:
            ot = self._ot_trials.get(trial_id)
            if ot is not None:
                r = result or {}
                if r.get("output_dir"):
                    ot.set_user_attr("output_dir", r["output_dir"])
                    ot.set_user_attr("metrics", {k: r[k] for k in METRICS if isinstance(r.get(k), int | float)})
                if error:
                    ot.set_user_attr("error", "the trial failed on Ray (its log is in the Ray Tune folder)")
            super().on_trial_complete(trial_id, result, error)

    return KeelSearch


def run_study_ray(
    hpo: HpoConfig,
    storage_url: str,
    output_dir: str | Path,
    jobs: JobsSettings,
    *,
    n_trials: int | None = None,
    study: str | None = None,
    parallel: int = 2,
    cpus: float = 1.0,
    on_status: Callable[[str], None] | None = None,
) -> StudyResult:
    """Run the study on Ray Tune until it has N_TRIALS finished trials (default search.trials),
    PARALLEL at a time; the result as keel.training.hpo.run_study returns it."""
    from ray import tune

    from keel.jobs.ray_backend import connect

    target = n_trials if n_trials is not None else hpo.search.trials
    out = Path(output_dir).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    storage = open_storage(storage_url)
    st = open_study(hpo, storage, name=study)
    done = _done(st.get_trials(deepcopy=False))
    remaining = target - done
    if remaining <= 0:
        return study_result(st, hpo, 0)
    connect(jobs)
    mode = "min" if hpo.search.direction == "minimize" else "max"
    search = _searcher()(
        space=optuna_space(hpo),
        metric=hpo.search.metric,
        mode=mode,
        sampler=_sampler(hpo, done),
        study_name=st.study_name,
        storage=storage,
    )
    scheduler = None
    if hpo.search.pruner is not None and hpo.search.pruner.type != "none":
        from ray.tune.schedulers import ASHAScheduler

        scheduler = ASHAScheduler(time_attr="step", grace_period=max(1, hpo.search.pruner.warmup_steps or 1))
    trainable = tune.with_resources(
        tune.with_parameters(_trial, hpo_json=hpo.model_dump(mode="json", by_alias=True), out=str(out)),
        {"cpu": cpus},
    )
    tuner = tune.Tuner(
        trainable,
        tune_config=tune.TuneConfig(
            search_alg=search,
            scheduler=scheduler,
            metric=hpo.search.metric,
            mode=mode,
            num_samples=remaining,
            max_concurrent_trials=max(1, parallel),
        ),
        run_config=tune.RunConfig(name=st.study_name, storage_path=str(out / "ray"), verbose=0),
    )
    if on_status is not None:
        on_status(f"study {st.study_name}: {remaining} trial(s) on Ray Tune, {parallel} at a time")
    grid = tuner.fit()
    for r in grid:
        if r.error is not None:
            log.warning("a Ray Tune trial failed: %s", r.error)
    try:
        return study_result(open_study(hpo, storage, name=st.study_name), hpo, remaining)
    finally:
        storage.remove_session()
        storage.engine.dispose()
