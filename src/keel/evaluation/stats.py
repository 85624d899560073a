"""The statistics of eval runs: a mean with its t-interval, and the paired comparison of two
targets' per-row scores (paired t-test and Wilcoxon signed-rank, by row id).

Means and variances come from keel.registry.stats.Summary (the experiments' aggregate), so both
compute them one way. Undefined values (too few rows, no spread) are nan here and null in JSON.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from scipy import special

from keel.registry.stats import Summary

NAN = math.nan


def clean(value: Any) -> Any:
    """VALUE for JSON: nan and ±inf become None (in dicts and lists too)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value


def t_interval(values: Sequence[float], level: float = 0.95) -> tuple[float, float, float, float]:
    """(mean, sample sd, low, high): the t-interval at LEVEL; sd and the interval are nan for n < 2."""
    s = Summary.of(values)
    if s.n == 0:
        return NAN, NAN, NAN, NAN
    if s.n < 2:
        return s.mean, NAN, NAN, NAN
    sd = math.sqrt(s.variance)
    half = float(special.stdtrit(s.n - 1, 0.5 + level / 2.0)) * sd / math.sqrt(s.n)
    return s.mean, sd, s.mean - half, s.mean + half


def sd(values: Sequence[float]) -> float:
    s = Summary.of(values)
    return math.sqrt(s.variance) if s.n >= 2 else NAN


@dataclass(frozen=True)
class Paired:
    """B against A on the rows both scored: the differences b - a, their mean and t-interval,
    the paired t-test and the Wilcoxon signed-rank test (two-sided)."""

    metric: str
    a: str
    b: str
    n: int
    mean_a: float
    mean_b: float
    difference: float  # mean of b - a
    ci_low: float
    ci_high: float
    t_statistic: float
    t_p_value: float
    wilcoxon_statistic: float
    wilcoxon_p_value: float
    alpha: float
    significant: bool  # the paired t-test's p <= alpha
    higher_is_better: bool
    only_a: int = 0  # rows only A scored (left out)
    only_b: int = 0

    @property
    def verdict(self) -> str:
        if self.n == 0:
            return "no rows scored by both"
        if not self.significant:
            return f"no significant difference (paired t p = {_p(self.t_p_value)})"
        better = (self.difference > 0) == self.higher_is_better
        return f"{self.b} is {'better' if better else 'worse'} than {self.a} (paired t p = {_p(self.t_p_value)})"

    def to_dict(self) -> dict[str, Any]:
        return clean({**asdict(self), "verdict": self.verdict})


def _p(p: float) -> str:
    if math.isnan(p):
        return "undefined"
    return "< 0.0001" if p < 1e-4 else f"{p:.4f}"


def paired(
    metric: str,
    a: dict[str, float],
    b: dict[str, float],
    *,
    labels: tuple[str, str] = ("a", "b"),
    alpha: float = 0.05,
    higher_is_better: bool = True,
    level: float = 0.95,
) -> Paired:
    """Compare per-row scores B with A (row id -> score) on the ids both have."""
    from scipy import stats

    ids = sorted(set(a) & set(b))
    xa = [a[i] for i in ids]
    xb = [b[i] for i in ids]
    diffs = [y - x for x, y in zip(xa, xb)]
    mean_d, _, lo, hi = t_interval(diffs, level)
    t_stat = t_p = w_stat = w_p = NAN
    if len(ids) >= 2:
        if sd(diffs) > 0:
            r = stats.ttest_rel(xb, xa)
            t_stat, t_p = float(r.statistic), float(r.pvalue)
        elif mean_d != 0:  # every row moved by the same amount: certain, as far as these rows say
            t_stat, t_p = math.copysign(math.inf, mean_d), 0.0
        if any(d != 0 for d in diffs):
            w = stats.wilcoxon(xb, xa)
            w_stat, w_p = float(w.statistic), float(w.pvalue)
    return Paired(
        metric=metric,
        a=labels[0],
        b=labels[1],
        n=len(ids),
        mean_a=Summary.of(xa).mean,
        mean_b=Summary.of(xb).mean,
        difference=mean_d,
        ci_low=lo,
        ci_high=hi,
        t_statistic=t_stat,
        t_p_value=t_p,
        wilcoxon_statistic=w_stat,
        wilcoxon_p_value=w_p,
        alpha=alpha,
        significant=bool(t_p <= alpha),
        higher_is_better=higher_is_better,
        only_a=len(set(a) - set(b)),
        only_b=len(set(b) - set(a)),
    )
