"""Eval results: one answer per target × row × repeat (`RowResult`), the aggregates per target and
metric (`Aggregate`: mean, sd, n, 95% t-interval over rows, each repeat's mean and the sd between
them), a target's results (`TargetResult`) and a run (`EvalRun`), rebuilt from the database too."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from keel.evaluation.metrics import get_metric
from keel.evaluation.spec import EvalSpec, MetricSpec, Target
from keel.evaluation.stats import clean, sd, t_interval


@dataclass
class RowResult:
    """One answer: a target on one row, one repeat, with its scores (and why any is missing)."""

    target: str
    row_id: str
    repeat: int
    prediction: str | None  # None: the call failed (errors["call"] says why)
    scores: dict[str, float] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    latency_ms: float | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "row_id": self.row_id,
            "repeat": self.repeat,
            "prediction": self.prediction,
            "scores": clean(self.scores),
            "errors": self.errors,
            "latency_ms": self.latency_ms,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RowResult:
        scores = {k: float(v) for k, v in (d.get("scores") or {}).items() if v is not None}
        return cls(
            target=d["target"],
            row_id=str(d["row_id"]),
            repeat=int(d["repeat"]),
            prediction=d.get("prediction"),
            scores=scores,
            errors=dict(d.get("errors") or {}),
            latency_ms=d.get("latency_ms"),
            prompt_tokens=int(d.get("prompt_tokens") or 0),
            completion_tokens=int(d.get("completion_tokens") or 0),
        )


@dataclass(frozen=True)
class Aggregate:
    """One metric of one target: over rows (each row's mean over repeats)."""

    metric: str
    mean: float
    std: float
    n: int  # rows with a score
    ci_low: float
    ci_high: float
    failed: int  # answers without a score (call failed, or the metric could not score it)
    repeat_means: list[float]
    repeat_std: float  # sd between the repeats' means (nan with one repeat)
    higher_is_better: bool = True
    unit: str = "score"

    def to_dict(self) -> dict[str, Any]:
        return clean(
            {
                "metric": self.metric,
                "mean": self.mean,
                "std": self.std,
                "n": self.n,
                "ci95": [self.ci_low, self.ci_high],
                "failed": self.failed,
                "repeat_means": self.repeat_means,
                "repeat_std": self.repeat_std,
                "higher_is_better": self.higher_is_better,
                "unit": self.unit,
            }
        )


def row_scores(results: list[RowResult], key: str) -> dict[str, float]:
    """Row id -> the row's mean score over its repeats (rows with no score left out)."""
    by_row: dict[str, list[float]] = {}
    for r in results:
        if key in r.scores:
            by_row.setdefault(r.row_id, []).append(r.scores[key])
    return {row: sum(v) / len(v) for row, v in by_row.items()}


def aggregate(results: list[RowResult], metric: MetricSpec, repeats: int = 1) -> Aggregate:
    key = metric.key
    m = get_metric(metric.name)
    per_row = list(row_scores(results, key).values())
    mean, std, lo, hi = t_interval(per_row)
    repeat_means = []
    for k in range(repeats):
        values = [r.scores[key] for r in results if r.repeat == k and key in r.scores]
        if values:
            repeat_means.append(sum(values) / len(values))
    return Aggregate(
        metric=key,
        mean=mean,
        std=std,
        n=len(per_row),
        ci_low=lo,
        ci_high=hi,
        failed=sum(1 for r in results if key not in r.scores),
        repeat_means=repeat_means,
        repeat_std=sd(repeat_means),
        higher_is_better=m.higher_is_better,
        unit=m.unit,
    )


@dataclass
class TargetResult:
    """Everything one target answered, and its aggregates by metric key."""

    target: Target
    results: list[RowResult]
    aggregates: dict[str, Aggregate]

    @property
    def name(self) -> str:
        return self.target.label

    @property
    def calls(self) -> int:
        return len(self.results)

    @property
    def errors(self) -> int:
        return sum(1 for r in self.results if r.prediction is None)

    def first_error(self) -> str | None:
        return next((r.errors.get("call") for r in self.results if r.prediction is None), None)

    def row_scores(self, key: str) -> dict[str, float]:
        return row_scores(self.results, key)

    def summary(self) -> dict[str, Any]:
        tokens = [r for r in self.results if r.prediction is not None]
        return {
            "target": self.target.model_dump(mode="json", exclude_none=True),
            "calls": self.calls,
            "errors": self.errors,
            "first_error": self.first_error(),
            "prompt_tokens": sum(r.prompt_tokens for r in tokens),
            "completion_tokens": sum(r.completion_tokens for r in tokens),
            "metrics": {k: a.to_dict() for k, a in self.aggregates.items()},
        }


def _natural(row_id: str) -> tuple[int, int, str]:
    return (0, int(row_id), "") if row_id.isdigit() else (1, 0, row_id)


def build_target(
    target: Target, results: list[RowResult], metrics: list[MetricSpec], repeats: int, ids: list[str] | None = None
) -> TargetResult:
    """Results in the dataset's order (IDS; stored runs: numbers first, in order), then by repeat."""
    if ids is not None:
        order = {rid: n for n, rid in enumerate(ids)}
        results.sort(key=lambda r: (order.get(r.row_id, len(order)), r.repeat))
    else:
        results.sort(key=lambda r: (_natural(r.row_id), r.repeat))
    return TargetResult(target, results, {m.key: aggregate(results, m, repeats) for m in metrics})


def new_run_id() -> str:
    return f"eval-{secrets.token_hex(6)}"


@dataclass
class EvalRun:
    """One run of a spec: its status, per-target results, and (when done) the gate results."""

    id: str
    spec: EvalSpec
    status: str = "queued"
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None
    targets: dict[str, TargetResult] = field(default_factory=dict)
    dataset: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    gates: list[Any] | None = None  # GateResult, after check_gates

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def passed(self) -> bool | None:
        return None if self.gates is None else all(g.passed for g in self.gates)

    def results(self) -> list[RowResult]:
        return [r for t in self.targets.values() for r in t.results]

    def summary(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "repeats": self.spec.repeats,
            "targets": {name: t.summary() for name, t in self.targets.items()},
            "gates": None if self.gates is None else [g.to_dict() for g in self.gates],
            "passed": self.passed,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "eval.run",
            "name": self.name,
            "status": self.status,
            "created_at": self.created_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "spec": self.spec.to_json(),
            "summary": self.summary(),
            "error": self.error,
        }

    @classmethod
    def from_stored(cls, run: dict[str, Any], results: list[dict[str, Any]]) -> EvalRun:
        """A stored run (EvalStore.get) with its results (EvalStore.results), aggregates recomputed."""
        spec = EvalSpec.model_validate(run["spec"])
        out = cls(
            id=run["id"],
            spec=spec,
            status=run["status"],
            created_at=datetime.fromisoformat(run["created_at"]),
            finished_at=datetime.fromisoformat(run["finished_at"]) if run.get("finished_at") else None,
            dataset=(run.get("summary") or {}).get("dataset") or {},
            error=run.get("error"),
        )
        by_target: dict[str, list[RowResult]] = {t.label: [] for t in spec.targets}
        for r in results:
            by_target.setdefault(r["target"], []).append(RowResult.from_dict(r))
        for t in spec.targets:
            out.targets[t.label] = build_target(t, by_target[t.label], spec.metrics, spec.repeats)
        return out
