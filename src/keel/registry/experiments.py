"""Live A/B/n experiments on a public model name, with statistics that stay valid under peeking.

An experiment runs on one public model name. Its arms are prompt template versions and/or models
(a registry version NAME/VERSION, or another public model name), each with a weight. Callers are
assigned sticky, by a hash (keel.registry.assignment).

Outcomes (latency, tokens, cost, errors, guard flags) are written after each response off the
latency path; feedback (`POST /v1/feedback`: thumbs or a score, by trace id) joins them by trace
id. Results compare each arm with the first (the control): per-arm counts and means, the
difference with its confidence interval and p-value (two-proportion z-test for rates, Welch's
t-test for means), the sample size the minimum detectable effect needs, and the always-valid
mixture SPRT (`keel.registry.stats.msprt`), whose p-value may be read at any time without
inflating false positives. A guard-rail metric whose sequential test finds an arm worse stops it.
"""

from __future__ import annotations

import math
import sys
from typing import Any

from sqlalchemy import Engine, and_, func, select

from keel.errors import Conflict, InvalidRequest, NotFound
from keel.evaluation.online import build_all
from keel.registry import stats
from keel.registry.assignment import Arm, Assigner
from keel.registry.models import pin
from keel.registry.refs import bump, check_label, check_name, move_label, now, parse_ref, row_dict
from keel.store.tables import Experiment, ExperimentOutcome, Feedback, OutcomeScore

TABLE = Experiment.__table__
OUTCOMES = ExperimentOutcome.__table__
FEEDBACK = Feedback.__table__
SCORES = OutcomeScore.__table__
UNITS = ("user", "session", "key")

# metric -> (kind, better, where it comes from)
METRICS: dict[str, tuple[str, str, str]] = {
    "thumbs_up": ("proportion", "higher", "feedback:thumbs"),
    "score": ("mean", "higher", "feedback:score"),
    "latency_ms": ("mean", "lower", "outcome"),
    "completion_tokens": ("mean", "lower", "outcome"),
    "total_tokens": ("mean", "lower", "outcome"),
    "cost": ("mean", "lower", "outcome"),
    "error_rate": ("proportion", "lower", "outcome"),
    "guard_flag_rate": ("proportion", "lower", "outcome"),
}


def metric_info(metric: str, online_eval: dict[str, Any] | None = None) -> tuple[str, str, str]:
    """(kind, better, origin) of METRIC: a built-in, or `eval:NAME` for an online eval scorer the
    experiment configures (a rate of answers passing it; higher is better)."""
    if metric in METRICS:
        return METRICS[metric]
    if metric.startswith("eval:") and metric[5:] in (online_eval or {}):
        return ("proportion", "higher", f"score:{metric[5:]}")
    known = [*METRICS, *(f"eval:{n}" for n in online_eval or {})]
    raise InvalidRequest(f"unknown metric {metric!r}; known: {', '.join(known)}", param="metric")


def _arms(conn: Any, raw: Any) -> list[Arm]:
    if not isinstance(raw, list) or len(raw) < 2:
        raise InvalidRequest("an experiment needs at least two arms", param="arms")
    arms, names = [], set()
    for i, a in enumerate(raw):
        if not isinstance(a, dict) or set(a) - {"name", "weight", "prompt", "model"}:
            raise InvalidRequest(f"arms[{i}]: give name, weight, prompt and/or model", param=f"arms[{i}]")
        name = str(a.get("name") or f"arm{i}")
        if name in names:
            raise InvalidRequest(f"arms[{i}]: the name {name!r} is used twice", param=f"arms[{i}].name")
        names.add(name)
        weight = a.get("weight", 1.0)
        if not isinstance(weight, int | float) or weight <= 0:
            raise InvalidRequest(f"arms[{i}].weight must be a number > 0", param=f"arms[{i}].weight")
        if not a.get("prompt") and not a.get("model"):
            raise InvalidRequest(f"arms[{i}]: give a prompt template version and/or a model", param=f"arms[{i}]")
        prompt = pin(conn, "prompt", a["prompt"]) if a.get("prompt") else None
        model = a.get("model")
        if model and ("/" in model or "@" in model):
            model = pin(conn, "model", model)  # a registry version: served as NAME/VERSION
        arms.append(Arm(name, float(weight), prompt, model))
    prompt_names = {a.prompt.rsplit("/", 1)[0] for a in arms if a.prompt}
    if len(prompt_names) > 1:
        raise InvalidRequest("prompt arms must be versions of one template", param="arms")
    if prompt_names and any(a.prompt is None for a in arms):
        raise InvalidRequest("give every arm a prompt version (or none)", param="arms")
    return arms


def _arm_objects(row: Any) -> list[Arm]:
    return [Arm(a["name"], a["weight"], a.get("prompt"), a.get("model"), a.get("stopped")) for a in row.arms]


class ExperimentRegistry:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # ------------------------------------------------------------------ life cycle

    def start(
        self,
        name: str,
        model: str,
        arms: list[dict[str, Any]],
        *,
        unit: str = "user",
        metric: str = "thumbs_up",
        guardrails: list[str] | None = None,
        alpha: float = 0.05,
        mde: float | None = None,
        model_alias: str | None = None,
        prompt_label: str = "production",
        note: str | None = None,
        online_eval: dict[str, Any] | None = None,
        actor: str = "system",
    ) -> dict[str, Any]:
        check_name(name, "experiment name")
        if unit not in UNITS:
            raise InvalidRequest(f"unit must be one of {', '.join(UNITS)}", param="unit")
        build_all(online_eval)  # a bad scorer is a 400 now, not at the first request
        for m in [metric, *(guardrails or [])]:
            metric_info(m, online_eval)
        if not 0 < alpha < 1:
            raise InvalidRequest("alpha must be between 0 and 1", param="alpha")
        if mde is not None and mde <= 0:
            raise InvalidRequest("mde (the minimum detectable effect, absolute) must be > 0", param="mde")
        check_label(prompt_label)
        if model_alias is not None:
            ref = parse_ref(model_alias, "model_alias")
            if ref.label is None:
                raise InvalidRequest("model_alias is NAME@ALIAS: the alias a model winner is promoted to")
        with self.engine.begin() as conn:
            pinned = _arms(conn, arms)
            if conn.execute(select(TABLE.c.name).where(TABLE.c.name == name)).first() is not None:
                raise Conflict(f"an experiment named {name!r} exists", code="conflict")
            running = conn.execute(
                select(TABLE.c.name).where(TABLE.c.model == model, TABLE.c.status == "running")
            ).first()
            if running is not None:
                raise Conflict(
                    f"{model!r} already runs the experiment {running.name!r}: stop it first", code="conflict"
                )
            conn.execute(
                TABLE.insert().values(
                    name=name,
                    model=model,
                    status="running",
                    arms=[a.to_dict() for a in pinned],
                    unit=unit,
                    metric=metric,
                    guardrails=list(guardrails or []),
                    alpha=alpha,
                    mde=mde,
                    sequential={},
                    promote_to={"model_alias": model_alias, "prompt_label": prompt_label},
                    online_eval=online_eval or None,
                    created_at=now(),
                    note=note,
                )
            )
            bump(conn)
        return self.get(name)

    def get(self, name: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(TABLE).where(TABLE.c.name == name)).first()
        if row is None:
            raise NotFound(f"no experiment named {name!r}", code="not_found")
        return row_dict(row)

    def list(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [row_dict(r) for r in conn.execute(select(TABLE).order_by(TABLE.c.created_at.desc())).all()]

    def stop(self, name: str, *, status: str = "stopped", winner: str | None = None) -> dict[str, Any]:
        current = self.get(name)
        if current["status"] != "running":
            raise Conflict(f"experiment {name!r} is {current['status']}, not running", code="conflict")
        with self.engine.begin() as conn:
            conn.execute(
                TABLE.update().where(TABLE.c.name == name).values(status=status, stopped_at=now(), winner=winner)
            )
            bump(conn)
        return self.get(name)

    def running(self) -> dict[str, Assigner]:
        """Public model name -> the assigner of the experiment running on it."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(TABLE).where(TABLE.c.status == "running")).all()
        return {r.model: Assigner(r.name, _arm_objects(r), r.unit, build_all(r.online_eval)) for r in rows}

    def promote(self, name: str, arm: str | None = None, *, actor: str = "system") -> dict[str, Any]:
        """End the experiment with ARM (default: the best arm the results found significant) as the
        winner: a prompt arm's version gets the prompt label, a registry model version the model alias."""
        exp = self.get(name)
        if arm is None:
            arm = self.status(name)["best"]
            if arm is None:
                raise InvalidRequest(
                    f"experiment {name!r} has no significant winner yet; name the arm to promote", param="arm"
                )
        chosen = next((a for a in exp["arms"] if a["name"] == arm), None)
        if chosen is None:
            raise NotFound(f"experiment {name!r} has no arm {arm!r}", code="not_found")
        moved: list[dict[str, Any]] = []
        target = exp["promote_to"]
        with self.engine.begin() as conn:
            if chosen.get("prompt"):
                prompt, version = chosen["prompt"].rsplit("/", 1)
                label = target.get("prompt_label") or "production"
                previous = move_label(conn, "prompt", prompt, label, int(version), actor, reason=f"experiment {name}")
                moved.append({"prompt": prompt, "label": label, "from_version": previous, "to_version": int(version)})
            model = chosen.get("model")
            if model and "/" in model:
                if not target.get("model_alias"):
                    raise InvalidRequest(
                        f"experiment {name!r} has no model_alias: promote {model} by hand (keel models promote)"
                    )
                alias_ref = parse_ref(target["model_alias"])
                registered, version = model.rsplit("/", 1)
                if registered != alias_ref.name:
                    raise InvalidRequest(f"{model} is not a version of {alias_ref.name!r}", param="arm")
                assert alias_ref.label is not None
                previous = move_label(
                    conn, "model", registered, alias_ref.label, int(version), actor, reason=f"experiment {name}"
                )
                moved.append(
                    {
                        "model": registered,
                        "alias": alias_ref.label,
                        "from_version": previous,
                        "to_version": int(version),
                    }
                )
        out = self.stop(name, status="promoted", winner=arm)
        out["moved"] = moved
        return out

    # ------------------------------------------------------------------ statistics

    def summaries(self, name: str, metric: str, online_eval: dict[str, Any] | None = None) -> dict[str, stats.Summary]:
        """Per arm: n, sum and sum of squares of METRIC over the experiment's outcomes."""
        origin = metric_info(metric, online_eval)[2]
        o = OUTCOMES
        arm: Any = o.c.arm
        source: Any = o
        where: Any = o.c.experiment == name
        if origin.startswith("score:"):
            arm, source, value = SCORES.c.arm, SCORES, SCORES.c.score
            where = and_(SCORES.c.experiment == name, SCORES.c.name == origin.split(":", 1)[1])
        elif origin.startswith("feedback:"):
            per_trace = (
                select(FEEDBACK.c.trace_id, func.avg(FEEDBACK.c.score).label("x"))
                .where(FEEDBACK.c.kind == origin.split(":", 1)[1])
                .group_by(FEEDBACK.c.trace_id)
                .subquery()
            )
            value = per_trace.c.x
            source = o.join(per_trace, per_trace.c.trace_id == o.c.trace_id)
        else:
            value = {
                "latency_ms": o.c.latency_ms,
                "completion_tokens": o.c.completion_tokens,
                "total_tokens": o.c.prompt_tokens + o.c.completion_tokens,
                "cost": o.c.cost,
                "error_rate": func.cast(o.c.status >= 400, OUTCOMES.c.prompt_tokens.type),
                "guard_flag_rate": func.cast(o.c.guard_flagged, OUTCOMES.c.prompt_tokens.type),
            }[metric]
            if metric == "cost":
                where = and_(where, value.isnot(None))
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(arm, func.count(), func.sum(value), func.sum(value * value))
                .select_from(source)
                .where(where)
                .group_by(arm)
            ).all()
        return {a: stats.Summary(int(n), float(s or 0), float(sq or 0)) for a, n, s, sq in rows}

    def status(self, name: str) -> dict[str, Any]:
        """Per-arm results on the primary metric against the control (the first arm), guard rails
        checked (an arm a guard rail finds worse is stopped), and the best significant arm."""
        exp = self.get(name)
        arms = exp["arms"]
        metric = exp["metric"]
        alpha = exp["alpha"]
        seq_state: dict[str, Any] = dict(exp["sequential"] or {})
        evals = exp.get("online_eval")
        report = self._compare(name, arms, metric, alpha, exp["mde"], seq_state, key=metric, evals=evals)
        stopped = {a["name"]: a.get("stopped") for a in arms}
        guardrails = []
        for g in exp["guardrails"]:
            rows = self._compare(name, arms, g, alpha, None, seq_state, key=f"guardrail:{g}", evals=evals)
            for row in rows["arms"][1:]:
                seq = row.get("sequential")
                if seq and seq["reject"] and row["worse"] and stopped.get(row["arm"]) is None:
                    stopped[row["arm"]] = f"guard rail {g}: significantly worse than {arms[0]['name']}"
            guardrails.append({"metric": g, **rows})
        changed = any(stopped[a["name"]] != a.get("stopped") for a in arms)
        if changed or seq_state != (exp["sequential"] or {}):
            new_arms = [{**a, **({"stopped": stopped[a["name"]]} if stopped[a["name"]] else {})} for a in arms]
            with self.engine.begin() as conn:
                conn.execute(TABLE.update().where(TABLE.c.name == name).values(arms=new_arms, sequential=seq_state))
                if changed:
                    bump(conn)  # the gateways stop assigning the stopped arm
            arms = new_arms
        best = None
        kind, better, _ = metric_info(metric, evals)
        for row in report["arms"][1:]:
            seq = row.get("sequential")
            live = seq and seq["reject"] and not row["worse"] and stopped.get(row["arm"]) is None
            if live and (best is None or _better(row["difference"], best[1], better)):
                best = (row["arm"], row["difference"])
        return {
            "experiment": name,
            "model": exp["model"],
            "status": exp["status"],
            "metric": metric,
            "metric_kind": kind,
            "better": better,
            "alpha": alpha,
            "mde": exp["mde"],
            "arms": report["arms"],
            "guardrails": guardrails,
            "stopped": {k: v for k, v in stopped.items() if v},
            "stopped_now": [a["name"] for a in exp["arms"] if stopped[a["name"]] and not a.get("stopped")],
            "best": best[0] if best else None,
        }

    def _compare(
        self,
        name: str,
        arms: list[dict[str, Any]],
        metric: str,
        alpha: float,
        mde: float | None,
        seq_state: dict[str, Any],
        key: str,
        evals: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        kind, better, _ = metric_info(metric, evals)
        sums = self.summaries(name, metric, evals)
        empty = stats.Summary(0, 0.0, 0.0)
        control = sums.get(arms[0]["name"], empty)
        rows = [_arm_row(arms[0]["name"], control)]
        for a in arms[1:]:
            s = sums.get(a["name"], empty)
            row = _arm_row(a["name"], s)
            if control.n >= 2 and s.n >= 2:
                test = stats.two_proportion_ztest if kind == "proportion" else stats.welch_ttest
                fixed = test(control, s, alpha)
                state = seq_state.get(f"{key}:{a['name']}", {})
                seq = stats.msprt(
                    control,
                    s,
                    alpha=alpha,
                    mde=mde,
                    metric_kind=kind,  # type: ignore[arg-type]
                    previous_p=state.get("p", 1.0),
                    previous_ci=_ci(state.get("ci")),
                )
                # stored as JSON every database takes: a p of 0 (underflow) as the smallest positive
                # float (msprt wants (0, 1]), an infinite interval end as null
                seq_state[f"{key}:{a['name']}"] = {
                    "p": max(_finite(seq.p_value, 1.0), sys.float_info.min),
                    "ci": [_finite_or_none(seq.ci_low), _finite_or_none(seq.ci_high)],
                }
                row.update(
                    difference=fixed.difference,
                    relative_lift=fixed.relative_lift,
                    ci=[fixed.ci_low, fixed.ci_high],
                    test="two-proportion z" if kind == "proportion" else "Welch t",
                    statistic=fixed.statistic,
                    p_value=fixed.p_value,
                    significant=fixed.significant,
                    sequential={
                        "p_value": seq.p_value,
                        "ci": [seq.ci_low, seq.ci_high],
                        "likelihood_ratio": seq.likelihood_ratio,
                        "reject": seq.reject,
                    },
                    worse=_better(0.0, fixed.difference, better),
                )
                if mde is not None:
                    row["sample_size_per_arm"] = _needed(kind, control, mde, alpha)
            rows.append(row)
        return {"metric": metric, "arms": rows}


def _arm_row(name: str, s: stats.Summary) -> dict[str, Any]:
    return {"arm": name, "n": s.n, "mean": s.mean if s.n else None, "sd": math.sqrt(s.variance) if s.n > 1 else None}


def _needed(kind: str, control: stats.Summary, mde: float, alpha: float) -> int | None:
    try:
        if kind == "proportion":
            return stats.sample_size_proportions(control.mean, mde, alpha)
        return stats.sample_size_means(math.sqrt(control.variance), mde, alpha)
    except (ValueError, ZeroDivisionError):
        return None


def _better(a: float, b: float, better: str) -> bool:
    """Is difference A better than difference B?"""
    return a > b if better == "higher" else a < b


def _finite(x: float, default: float) -> float:
    return x if math.isfinite(x) else default


def _finite_or_none(x: float) -> float | None:
    return x if math.isfinite(x) else None


def _ci(stored: Any) -> tuple[float, float]:
    low, high = stored if stored else (None, None)
    return (-math.inf if low is None else low, math.inf if high is None else high)


__all__ = ["METRICS", "ExperimentRegistry", "metric_info"]
