"""The `eval` step (an eval run through keel.Client in this process, stored like `keel eval run`'s)
and the `gate` step (metrics against thresholds or a baseline: pass, fail, or skip what follows)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from keel.jobs.workflows.steps.base import Params, StepContext, StepFailed, StepType

# ---------------------------------------------------------------------------------- eval


class EvalParams(Params):
    spec: str | dict[str, Any] = Field(description="an eval.yaml path, or the spec inline (a mapping)")
    model: str | None = Field(None, description="the model every target asks (an inline spec may then omit targets)")
    limit: int | None = Field(None, ge=1, description="only the first LIMIT rows")


def _spec_data(p: EvalParams, ctx: StepContext) -> tuple[dict[str, Any], Path]:
    """The spec as a mapping (a file checked first, its problems with their lines) and the
    folder its relative dataset path starts from."""
    if isinstance(p.spec, dict):
        return dict(p.spec), ctx.base
    import yaml

    from keel.config import ConfigError
    from keel.evaluation.spec import load_spec

    path = ctx.path(p.spec)
    try:
        load_spec(path)
    except ConfigError as exc:
        raise StepFailed("the eval spec has problems: " + "; ".join(str(q) for q in exc.problems)) from None
    return yaml.safe_load(path.read_text(encoding="utf-8")), path.resolve().parent


def build_spec(p: EvalParams, ctx: StepContext) -> Any:
    from keel.evaluation.spec import EvalSpec

    data, base = _spec_data(p, ctx)
    if p.model:
        targets = data.get("targets") or [{"name": "model"}]
        data["targets"] = [{**t, "model": p.model} for t in targets]
    if p.limit:
        data["limit"] = p.limit
    try:
        spec = EvalSpec.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg'].removeprefix('Value error, ')}" for e in exc.errors()
        )
        raise StepFailed(f"the eval spec has problems: {problems}") from None
    spec._base = base
    return spec


async def evaluate(p: EvalParams, ctx: StepContext) -> dict[str, Any]:
    from keel.client import AsyncClient
    from keel.errors import KeelError
    from keel.evaluation.harness import run_eval
    from keel.evaluation.store import EvalStore

    spec = await asyncio.to_thread(build_spec, p, ctx)
    services = await ctx.need_resources().services()
    await services.registry_changed()  # a model the workflow just trained and served is in the catalogue
    store = EvalStore(services.engine)
    ctx.log.info(f"eval {spec.name}: {len(spec.targets)} target(s)")
    try:
        run = await run_eval(spec, AsyncClient(services=services), store)
    except KeelError as exc:
        raise StepFailed(f"the eval run failed: {exc.message}") from None
    targets = {name: {k: a.mean for k, a in t.aggregates.items()} for name, t in run.targets.items()}
    first = next(iter(run.targets.values()))
    ctx.log.info(f"eval {run.id}: {targets}")
    return {
        "run_id": run.id,
        "metrics": targets[first.name],
        "targets": targets,
        "passed": run.passed,
        "errors": sum(t.errors for t in run.targets.values()),
    }


EVAL = StepType(
    "eval",
    EvalParams,
    ("run_id", "metrics", "targets", "passed", "errors"),
    evaluate,
    "an eval run (dataset × model, metrics) through keel.Client in this process, stored with the eval runs",
    code=("keel.evaluation.harness", "keel.evaluation.metrics", "keel.evaluation.spec", "keel.evaluation.rows"),
    local=True,
    output_help={
        "run_id": "the stored eval run (eval-…): `keel eval show RUN_ID`",
        "metrics": "{metric: mean} of the first target",
        "targets": "{target: {metric: mean}}",
        "passed": "the spec's own gates passed (null without gates)",
        "errors": "failed calls",
    },
)


# ---------------------------------------------------------------------------------- gate


class Check(BaseModel):
    model_config = ConfigDict(extra="forbid")

    metric: str
    min: float | None = None
    max: float | None = None
    baseline: bool = Field(False, description="no worse than the baseline's value of this metric (by at most `by`)")
    by: float = Field(0.0, ge=0)

    @model_validator(mode="after")
    def _something(self) -> Check:
        if self.min is None and self.max is None and not self.baseline:
            raise ValueError(f"check {self.metric!r}: give min, max or baseline: true")
        return self


class GateParams(Params):
    metrics: dict[str, float | None] = Field(description="{metric: value}, e.g. ${{ steps.eval.outputs.metrics }}")
    baseline: dict[str, float | None] | None = Field(None, description="{metric: value} to compare with")
    checks: list[Check] = Field(default_factory=list)
    metric: str | None = Field(None, description="one check, written inline: metric with min / max / baseline")
    min: float | None = None
    max: float | None = None
    by: float = Field(0.0, ge=0)
    on_fail: Literal["fail", "skip"] = Field(
        "fail", description="fail: the step (and so the run) fails; skip: passed is false and dependents are skipped"
    )

    @model_validator(mode="after")
    def _checks(self) -> GateParams:
        if self.metric is not None:
            self.checks = [
                Check(metric=self.metric, min=self.min, max=self.max, baseline=self.baseline is not None, by=self.by),
                *self.checks,
            ]
        elif self.min is not None or self.max is not None:
            raise ValueError("min / max inline need metric: NAME")
        if not self.checks:
            raise ValueError("give metric (with min, max or a baseline) or checks: [{metric, min, max, baseline}]")
        if self.baseline is None and any(c.baseline for c in self.checks):
            raise ValueError("a check against the baseline needs baseline: {metric: value}")
        return self


def _higher_is_better(metric: str) -> bool:
    try:
        from keel.evaluation.metrics import get_metric

        return get_metric(metric).higher_is_better
    except Exception:  # a metric of another tool: scores are higher-is-better
        return True


def _check(c: Check, metrics: dict[str, Any], baseline: dict[str, Any] | None) -> dict[str, Any]:
    value = metrics.get(c.metric)
    out: dict[str, Any] = {"metric": c.metric, "value": value}
    if not isinstance(value, int | float):
        return {**out, "passed": False, "reason": f"no value for {c.metric!r} (have: {', '.join(metrics) or 'none'})"}
    reasons = []
    if c.min is not None and value < c.min:
        reasons.append(f"{c.metric} {value:.4g} < min {c.min:g}")
    if c.max is not None and value > c.max:
        reasons.append(f"{c.metric} {value:.4g} > max {c.max:g}")
    if c.baseline:
        base = (baseline or {}).get(c.metric)
        out["baseline"] = base
        if not isinstance(base, int | float):
            reasons.append(f"the baseline has no value for {c.metric!r}")
        elif (_higher_is_better(c.metric) and value < base - c.by) or (
            not _higher_is_better(c.metric) and value > base + c.by
        ):
            reasons.append(f"{c.metric} {value:.4g} is worse than the baseline {base:.4g} by more than {c.by:g}")
    return {**out, "passed": not reasons, "reason": "; ".join(reasons) or "ok"}


def gate(p: GateParams, ctx: StepContext) -> dict[str, Any]:
    results = [_check(c, p.metrics, p.baseline) for c in p.checks]
    failed = [r["reason"] for r in results if not r["passed"]]
    for r in results:
        ctx.log.info(f"{'pass' if r['passed'] else 'FAIL'}: {r['metric']} = {r['value']} ({r['reason']})")
    if failed and p.on_fail == "fail":
        raise StepFailed("the gate did not pass: " + "; ".join(failed))
    return {"passed": not failed, "results": results, "failed": failed}


GATE = StepType(
    "gate",
    GateParams,
    ("passed", "results", "failed"),
    gate,
    "metrics against thresholds (min / max) or a baseline; fails, or passes false and skips what depends on it",
    code=(),
    blocks="passed",
    output_help={"passed": "every check passed", "results": "[{metric, value, passed, reason}]", "failed": "reasons"},
)

TYPES = (EVAL, GATE)
