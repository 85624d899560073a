"""Gates: pass/fail conditions on an eval run's aggregates, for CI (`keel eval gate` exits 1 on a
failure).

    gates:
      - {metric: keyword_hit, target: tuned, min: 0.6}                     # an absolute floor
      - {metric: keyword_hit, target: tuned, no_worse_than: base, by: 0.02} # vs another target
      - {metric: keyword_hit, target: tuned, baseline_run: eval-3f9a…}      # vs a stored run
      - {metric: latency_ms, max: 2000}                                     # every target

A gate without `target` applies to every target but its baseline. "No worse" follows the
metric's direction: a score may drop by at most `by`, a latency or cost rise by at most `by`.
The paired test on the rows both scored is reported with it (the gate itself reads the means).
`max_errors` (default 0) adds one gate per target: its failed calls.
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass
from typing import Any

from keel.errors import InvalidRequest, KeelError
from keel.evaluation.spec import Gate
from keel.evaluation.stats import clean, paired


@dataclass(frozen=True)
class GateResult:
    gate: str  # what was checked, e.g. "keyword_hit[tuned] ≥ 0.6"
    target: str
    metric: str
    passed: bool
    reason: str  # one line
    value: float | None = None
    threshold: float | None = None
    p_value: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return clean(
            {
                "gate": self.gate,
                "target": self.target,
                "metric": self.metric,
                "passed": self.passed,
                "reason": self.reason,
                "value": self.value,
                "threshold": self.threshold,
                "p_value": self.p_value,
            }
        )


def _num(x: float) -> str:
    if x is None or math.isnan(x):
        return "–"
    return f"{x:.4g}" if abs(x) < 1e4 else f"{x:.0f}"


def _signed(x: float) -> str:
    return _num(x) if x < 0 else f"+{_num(x)}"


async def _baseline(gate: Gate, store: Any, cache: dict[str, Any]) -> Any:
    from keel.evaluation.harness import EvalRun

    run_id = gate.baseline_run
    assert run_id is not None
    if run_id not in cache:
        if store is None:
            raise InvalidRequest(f"baseline_run {run_id}: stored runs need a database (store)", param="baseline_run")
        stored = await asyncio.to_thread(store.get, run_id)
        if stored["status"] != "completed":
            raise InvalidRequest(f"baseline_run {run_id} is {stored['status']}, not completed", param="baseline_run")
        results = await asyncio.to_thread(store.results, run_id)
        cache[run_id] = EvalRun.from_stored(stored, results)
    return cache[run_id]


def _check(gate: Gate, name: str, target: Any, base: Any, base_label: str | None) -> list[GateResult]:
    key = gate.metric
    agg = target.aggregates.get(key)
    out: list[GateResult] = []
    higher = agg.higher_is_better if agg else True
    if agg is None or agg.n == 0:
        why = target.first_error() or "no answer could be scored"
        return [GateResult(f"{key}[{name}]", name, key, False, f"{name}: no {key} scores ({why})")]
    if gate.min is not None:
        ok = agg.mean >= gate.min
        said = f"{name} {key} = {_num(agg.mean)} {'≥' if ok else '<'} min {_num(gate.min)}"
        out.append(GateResult(f"{key}[{name}] ≥ {_num(gate.min)}", name, key, ok, said, agg.mean, gate.min))
    if gate.max is not None:
        ok = agg.mean <= gate.max
        said = f"{name} {key} = {_num(agg.mean)} {'≤' if ok else '>'} max {_num(gate.max)}"
        out.append(GateResult(f"{key}[{name}] ≤ {_num(gate.max)}", name, key, ok, said, agg.mean, gate.max))
    if base is not None:
        assert base_label is not None
        base_agg = base.aggregates.get(key)
        what = f"{key}[{name}] no worse than {base_label}" + (f" by {_num(gate.by)}" if gate.by else "")
        if base_agg is None or base_agg.n == 0:
            out.append(GateResult(what, name, key, False, f"the baseline {base_label} has no {key} scores"))
            return out
        diff = agg.mean - base_agg.mean
        worse = -diff if higher else diff  # how much worse the target is (negative: better)
        ok = worse <= gate.by + 1e-12
        test = paired(key, base.row_scores(key), target.row_scores(key), higher_is_better=higher)
        p = f", paired p = {_num(test.t_p_value)}" if not math.isnan(test.t_p_value) else ""
        allowed = f"allowed {'−' if higher else '+'}{_num(gate.by)}"
        verdict = "no worse" if ok else "worse"
        said = (
            f"{name} {key} {_num(agg.mean)} vs {base_label} {_num(base_agg.mean)} "
            f"({_signed(diff)}, {allowed}{p}): {verdict}"
        )
        threshold = base_agg.mean - gate.by if higher else base_agg.mean + gate.by
        out.append(GateResult(what, name, key, ok, said, agg.mean, threshold, test.t_p_value))
    return out


async def check_gates(run: Any, store: Any = None, gates: list[Gate] | None = None) -> list[GateResult]:
    """Every gate of RUN's spec (or GATES) on RUN, one result per gate, target and condition;
    a stored `baseline_run` is read from STORE."""
    gates = run.spec.gates if gates is None else gates
    cache: dict[str, Any] = {}
    results: list[GateResult] = []
    names = list(run.targets)
    for gate in gates:
        if gate.metric not in {m.key for m in run.spec.metrics}:
            results.append(GateResult(gate.metric, "", gate.metric, False, f"the run has no metric {gate.metric!r}"))
            continue
        same_run_base = gate.no_worse_than if gate.baseline_run is None else None
        targets = [gate.target] if gate.target else [n for n in names if n != same_run_base]
        for name in targets:
            if name not in run.targets:
                results.append(GateResult(gate.metric, name, gate.metric, False, f"the run has no target {name!r}"))
                continue
            base = label = None
            if same_run_base is not None:
                base, label = run.targets.get(same_run_base), same_run_base
                if base is None:
                    results.append(
                        GateResult(gate.metric, name, gate.metric, False, f"the run has no target {same_run_base!r}")
                    )
                    continue
            elif gate.baseline_run is not None:
                try:
                    other = await _baseline(gate, store, cache)
                except KeelError as exc:
                    results.append(GateResult(f"{gate.metric}[{name}]", name, gate.metric, False, exc.message))
                    continue
                base_name = gate.no_worse_than or name
                base = other.targets.get(base_name)
                label = f"{gate.baseline_run}:{base_name}"
                if base is None:
                    results.append(
                        GateResult(
                            f"{gate.metric}[{name}]",
                            name,
                            gate.metric,
                            False,
                            f"{gate.baseline_run} has no target {base_name!r}",
                        )
                    )
                    continue
            results.extend(_check(gate, name, run.targets[name], base, label))
    limit = run.spec.max_errors
    if gates and limit is not None:
        for name, target in run.targets.items():
            ok = target.errors <= limit
            said = f"{name}: {target.errors} of {target.calls} calls failed (max_errors {limit})"
            if not ok and target.first_error():
                said += f"; first: {target.first_error()}"
            results.append(GateResult(f"errors[{name}] ≤ {limit}", name, "errors", ok, said, target.errors, limit))
    return results
