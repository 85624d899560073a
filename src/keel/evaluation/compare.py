"""Paired comparison of two eval targets (of one run or two) on the rows both scored."""

from __future__ import annotations

from keel.errors import InvalidRequest
from keel.evaluation.metrics import get_metric
from keel.evaluation.results import EvalRun, TargetResult
from keel.evaluation.stats import Paired, paired


def _pick(run: EvalRun, target: str | None, which: str) -> TargetResult:
    if target is not None:
        if target not in run.targets:
            raise InvalidRequest(f"{which}: run {run.id} has no target {target!r} ({', '.join(run.targets)})")
        return run.targets[target]
    if len(run.targets) != 1:
        raise InvalidRequest(
            f"{which}: run {run.id} has the targets {', '.join(run.targets)}: name one", param=f"target_{which}"
        )
    return next(iter(run.targets.values()))


def compare(
    run_a: EvalRun,
    run_b: EvalRun,
    metric: str,
    *,
    target_a: str | None = None,
    target_b: str | None = None,
    alpha: float = 0.05,
) -> Paired:
    """B against A on METRIC: per-row scores (means over repeats) paired by row id, the mean
    difference with its 95% interval, the paired t-test and the Wilcoxon signed-rank test.
    RUN_B may be RUN_A, with two targets named."""
    a, b = _pick(run_a, target_a, "a"), _pick(run_b, target_b, "b")
    if run_a is run_b and a is b:
        raise InvalidRequest("compare two different targets (or runs)", param="target_b")
    for run in (run_a, run_b):
        if metric not in {m.key for m in run.spec.metrics}:
            raise InvalidRequest(f"run {run.id} has no metric {metric!r}", param="metric")
    spec = run_a.spec.metric(metric)
    return paired(
        metric,
        a.row_scores(metric),
        b.row_scores(metric),
        labels=(f"{run_a.id}:{a.name}", f"{run_b.id}:{b.name}"),
        alpha=alpha,
        higher_is_better=get_metric(spec.name).higher_is_better,
    )
