"""Statistics for live A/B/n experiments, computed from per-arm running aggregates.

Every function works on `Summary` values (count, sum, sum of squares), so the gateway can keep
one small aggregate per arm and metric instead of every observation. A proportion metric is a
mean over 0/1 values: the same `Summary` serves, and its `mean` is the rate.

Conventions, for every comparison:

- Arm `a` is the control, arm `b` the treatment; `difference` is `b.mean - a.mean`.
- Tests are two-sided; `significant` / `reject` is `p_value <= alpha`.
- Degenerate input (an empty arm, too few observations, zero variance) never raises: the
  statistic and p-value are nan and `significant` is False (fixed-horizon tests), or the
  sequential test reports no evidence (likelihood ratio 1, confidence interval unbounded).
- Invalid arguments (alpha outside (0, 1), a rate outside [0, 1], ...) raise `ValueError`.

Fixed-horizon tests (`two_proportion_ztest`, `welch_ttest`) are valid only when the sample size
is fixed in advance and the result is read once. To watch an experiment while it runs and stop
early, use `msprt`, whose p-value and confidence interval stay valid at every look.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy import special

__all__ = [
    "DEFAULT_TAU2_SCALE",
    "Comparison",
    "MetricKind",
    "Sequential",
    "Summary",
    "msprt",
    "sample_size_means",
    "sample_size_proportions",
    "two_proportion_ztest",
    "welch_ttest",
]

MetricKind = Literal["proportion", "mean"]

#: `msprt`'s mixing variance when neither `tau2` nor `mde` is given, as a multiple of the pooled
#: per-observation variance: tau2 = 0.01 * sigma^2, i.e. a mixing sd of a tenth of a standard
#: deviation (a standardized effect of 0.1, small, as typical online effects are).
DEFAULT_TAU2_SCALE = 0.01

_NAN = math.nan
_INF = math.inf
_EPS = sys.float_info.epsilon


@dataclass(frozen=True, slots=True)
class Summary:
    """Running aggregate of one arm's observations: count, sum and sum of squares."""

    n: int
    total: float
    total_sq: float

    def __post_init__(self) -> None:
        if self.n < 0:
            raise ValueError(f"n must be >= 0, got {self.n}")
        if self.total_sq < 0:
            raise ValueError(f"total_sq must be >= 0, got {self.total_sq}")

    @classmethod
    def of(cls, values: Iterable[float]) -> Summary:
        """Summarize VALUES (any iterable or array of finite numbers; 0/1 for a proportion)."""
        arr = values if isinstance(values, np.ndarray) else np.fromiter(values, dtype=np.float64)
        arr = np.asarray(arr, dtype=np.float64).ravel()
        if not np.all(np.isfinite(arr)):
            raise ValueError("values must be finite")
        return cls(n=int(arr.size), total=math.fsum(arr.tolist()), total_sq=math.fsum((arr * arr).tolist()))

    @classmethod
    def from_counts(cls, successes: int, trials: int) -> Summary:
        """The summary of TRIALS 0/1 observations of which SUCCESSES are 1."""
        if not 0 <= successes <= trials:
            raise ValueError(f"need 0 <= successes <= trials, got {successes} of {trials}")
        return cls(n=trials, total=float(successes), total_sq=float(successes))

    def add(self, x: float) -> Summary:
        """A new summary with one more observation X."""
        return Summary(self.n + 1, self.total + x, self.total_sq + x * x)

    def merge(self, other: Summary) -> Summary:
        """The summary of both sets of observations (e.g. aggregates from two replicas)."""
        return Summary(self.n + other.n, self.total + other.total, self.total_sq + other.total_sq)

    @property
    def mean(self) -> float:
        """Sample mean (the rate, for 0/1 values); nan when n is 0."""
        return self.total / self.n if self.n else _NAN

    @property
    def variance(self) -> float:
        """Sample variance (ddof=1); 0.0 when n < 2.

        Computed as (total_sq - total^2 / n) / (n - 1), so it is 0.0 wherever that numerator is
        within the sums' rounding error, max(4, n) * eps * total_sq (constant values such as 0.1
        leave a tiny non-zero residue otherwise). Data whose spread is that small relative to its
        mean (sd/mean below about sqrt(n * eps)) cannot be resolved from running sums.
        """
        if self.n < 2:
            return 0.0
        num = self.total_sq - self.total * self.total / self.n
        if num <= max(4, self.n) * _EPS * self.total_sq:
            return 0.0
        return num / (self.n - 1)


@dataclass(frozen=True, slots=True)
class Comparison:
    """A fixed-horizon comparison of treatment (b) against control (a)."""

    metric_kind: MetricKind
    control_mean: float
    treatment_mean: float
    difference: float  # treatment_mean - control_mean
    ci_low: float  # (1 - alpha) confidence interval for the difference
    ci_high: float
    statistic: float  # z or t; nan when undefined
    p_value: float  # two-sided; nan when undefined
    alpha: float
    significant: bool  # p_value <= alpha (False when p_value is nan)

    @property
    def relative_lift(self) -> float | None:
        """difference / control_mean; None when control_mean is 0."""
        return None if self.control_mean == 0 else self.difference / self.control_mean


@dataclass(frozen=True, slots=True)
class Sequential:
    """One look of the always-valid mixture SPRT on treatment (b) minus control (a)."""

    metric_kind: MetricKind
    control_mean: float
    treatment_mean: float
    difference: float  # treatment_mean - control_mean (theta hat)
    variance: float  # V, the estimated variance of `difference`; nan when undefined
    tau2: float  # mixing variance used; nan when it could not be set
    likelihood_ratio: float  # mixture likelihood ratio Lambda of H1 (mixture) against H0 (theta = 0)
    p_value: float  # always-valid: min(previous_p, 1 / Lambda), capped at 1
    ci_low: float  # always-valid (1 - alpha) interval, intersected with previous_ci
    ci_high: float
    alpha: float
    reject: bool  # p_value <= alpha

    @property
    def relative_lift(self) -> float | None:
        """difference / control_mean; None when control_mean is 0."""
        return None if self.control_mean == 0 else self.difference / self.control_mean


def _check_alpha(alpha: float) -> None:
    if not 0.0 < alpha < 1.0:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")


def _check_rate(s: Summary, name: str) -> None:
    if not 0.0 <= s.total <= s.n:
        raise ValueError(f"{name}: a proportion needs 0 <= total <= n, got total={s.total}, n={s.n}")


def _two_sided_normal_p(z: float) -> float:
    return float(2.0 * special.ndtr(-abs(z)))


def _normal_quantile(q: float) -> float:
    return float(special.ndtri(q))


def _comparison(
    kind: MetricKind,
    a: Summary,
    b: Summary,
    alpha: float,
    ci: tuple[float, float] = (_NAN, _NAN),
    statistic: float = _NAN,
    p_value: float = _NAN,
) -> Comparison:
    return Comparison(
        metric_kind=kind,
        control_mean=a.mean,
        treatment_mean=b.mean,
        difference=b.mean - a.mean,
        ci_low=ci[0],
        ci_high=ci[1],
        statistic=statistic,
        p_value=p_value,
        alpha=alpha,
        significant=bool(p_value <= alpha),
    )


def two_proportion_ztest(a: Summary, b: Summary, alpha: float = 0.05) -> Comparison:
    """Pooled two-proportion z-test of rate(b) - rate(a) = 0, two-sided.

    z = (p_b - p_a) / sqrt(p(1-p)(1/n_a + 1/n_b)) with p the pooled rate. The confidence interval
    is Wald's, with the unpooled standard error sqrt(p_a(1-p_a)/n_a + p_b(1-p_b)/n_b) (so it can
    disagree with the test near the boundary). Matches statsmodels' `proportions_ztest` and
    `confint_proportions_2indep(method="wald")`, with the arms in the order (b, a).

    An empty arm gives nan everywhere; both rates 0 (or both 1) give statistic and p-value nan
    and a zero-width interval at 0.
    """
    _check_alpha(alpha)
    _check_rate(a, "a")
    _check_rate(b, "b")
    if a.n == 0 or b.n == 0:
        return _comparison("proportion", a, b, alpha)
    pa, pb = a.mean, b.mean
    diff = pb - pa
    half = _normal_quantile(1.0 - alpha / 2.0) * math.sqrt(pa * (1.0 - pa) / a.n + pb * (1.0 - pb) / b.n)
    ci = (diff - half, diff + half)
    pooled = (a.total + b.total) / (a.n + b.n)
    se0 = math.sqrt(pooled * (1.0 - pooled) * (1.0 / a.n + 1.0 / b.n))
    if se0 == 0.0:
        return _comparison("proportion", a, b, alpha, ci)
    z = diff / se0
    return _comparison("proportion", a, b, alpha, ci, z, _two_sided_normal_p(z))


def welch_ttest(a: Summary, b: Summary, alpha: float = 0.05) -> Comparison:
    """Welch's unequal-variance t-test of mean(b) - mean(a) = 0, two-sided.

    t = (m_b - m_a) / sqrt(v_a/n_a + v_b/n_b), with the Welch–Satterthwaite degrees of freedom;
    the confidence interval uses the t quantile at those df. Matches
    `scipy.stats.ttest_ind(b, a, equal_var=False)` and its `confidence_interval(1 - alpha)`.

    An arm with n < 2, or zero variance in both arms, gives statistic, p-value and interval nan
    (and `significant` False), whatever the difference.
    """
    _check_alpha(alpha)
    if a.n < 2 or b.n < 2:
        return _comparison("mean", a, b, alpha)
    wa, wb = a.variance / a.n, b.variance / b.n
    se2 = wa + wb
    if se2 == 0.0:
        return _comparison("mean", a, b, alpha)
    se = math.sqrt(se2)
    df = se2 * se2 / (wa * wa / (a.n - 1) + wb * wb / (b.n - 1))
    diff = b.mean - a.mean
    t = diff / se
    p = float(2.0 * special.stdtr(df, -abs(t)))
    half = float(special.stdtrit(df, 1.0 - alpha / 2.0)) * se
    return _comparison("mean", a, b, alpha, (diff - half, diff + half), t, p)


def _power_quantiles(alpha: float, power: float) -> tuple[float, float]:
    _check_alpha(alpha)
    if not 0.0 < power < 1.0:
        raise ValueError(f"power must be in (0, 1), got {power}")
    return _normal_quantile(1.0 - alpha / 2.0), _normal_quantile(power)


def sample_size_proportions(baseline: float, mde: float, alpha: float = 0.05, power: float = 0.8) -> int:
    """Per-arm sample size to detect rate BASELINE -> BASELINE + MDE (absolute), two-sided.

    Fleiss' formula without continuity correction, pooled variance under H0 and unpooled under H1:
    n = (z_{1-alpha/2} sqrt(2 pbar(1-pbar)) + z_{power} sqrt(p1(1-p1) + p2(1-p2)))^2 / mde^2,
    rounded up, with pbar = (p1 + p2) / 2. MDE may be negative; both rates must be in (0, 1).
    """
    za, zb = _power_quantiles(alpha, power)
    p1, p2 = baseline, baseline + mde
    if mde == 0.0:
        raise ValueError("mde must be non-zero")
    if not (0.0 < p1 < 1.0 and 0.0 < p2 < 1.0):
        raise ValueError(f"baseline and baseline + mde must be in (0, 1), got {p1} and {p2}")
    pbar = (p1 + p2) / 2.0
    root = za * math.sqrt(2.0 * pbar * (1.0 - pbar)) + zb * math.sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2))
    return math.ceil(root * root / (mde * mde))


def sample_size_means(sd: float, mde: float, alpha: float = 0.05, power: float = 0.8) -> int:
    """Per-arm sample size to detect a difference in means MDE with per-observation SD, two-sided.

    Normal approximation, equal arms: n = 2 (z_{1-alpha/2} + z_{power})^2 sd^2 / mde^2, rounded up.
    """
    za, zb = _power_quantiles(alpha, power)
    if sd <= 0.0:
        raise ValueError(f"sd must be > 0, got {sd}")
    if mde == 0.0:
        raise ValueError("mde must be non-zero")
    return math.ceil(2.0 * (za + zb) ** 2 * sd * sd / (mde * mde))


def _rate_variance(s: Summary) -> float:
    """p(1 - p) of one arm's rate; for an arm at exactly 0% or 100%, with p = (x + 1) / (n + 2)
    (add-one, as Agresti and Caffo): otherwise 0% against 100% would have V = 0 and no evidence."""
    p = s.mean
    if p <= 0.0 or p >= 1.0:
        p = (s.total + 1.0) / (s.n + 2.0)
    return p * (1.0 - p)


def msprt(
    a: Summary,
    b: Summary,
    tau2: float | None = None,
    alpha: float = 0.05,
    previous_p: float = 1.0,
    *,
    mde: float | None = None,
    metric_kind: MetricKind = "mean",
    previous_ci: tuple[float, float] = (-_INF, _INF),
) -> Sequential:
    """Always-valid mixture sequential probability ratio test (mSPRT) of mean(b) - mean(a) = 0.

    Johari, Pekelis & Walsh, "Always Valid Inference" (2017/2022), with a normal mixing
    distribution N(0, tau2) over the difference theta. With theta_hat = m_b - m_a and its
    estimated variance V = var_a/n_a + var_b/n_b (sample variances; p(1-p) per arm when
    METRIC_KIND is "proportion"), the mixture likelihood ratio against theta = 0 is

        Lambda = sqrt(V / (V + tau2)) * exp(theta_hat^2 tau2 / (2 V (V + tau2))).

    Call it at every look with the arms' cumulative summaries, passing back the previous look's
    `p_value` as PREVIOUS_P and its `(ci_low, ci_high)` as PREVIOUS_CI: the p-value is the running
    minimum of 1 / Lambda and the interval the running intersection, which is what keeps them
    valid however often, and whenever, the experiment is looked at or stopped.

    Confidence interval: theta0 stays in it while the test of theta = theta0 (Lambda computed at
    theta_hat - theta0) does not reject, i.e. Lambda < 1/alpha. Taking logs,
    (theta_hat - theta0)^2 tau2 / (2 V (V + tau2)) < log(1/alpha) + log((V + tau2) / V) / 2, so
    theta0 is in theta_hat +- sqrt(V (V + tau2) / tau2 * (log((V + tau2) / V) + 2 log(1/alpha))).
    The running intersection can come out empty (low > high); that happens with probability at
    most alpha.

    Mixing variance: TAU2 if given, else MDE^2 if MDE is given (the effect size the experiment is
    meant to find: the test is most sensitive around it), else DEFAULT_TAU2_SCALE times the
    pooled per-observation variance of both arms. Fix it before the experiment starts (pass
    TAU2 or MDE): the data-derived default changes from look to look, which is only
    approximately valid. The plug-in variance V is likewise an approximation that holds once the
    arms are moderately large.

    When either arm has n < 2, or V (or the default tau2) is 0, there is no evidence yet:
    likelihood ratio 1, p-value PREVIOUS_P, interval PREVIOUS_CI.
    """
    _check_alpha(alpha)
    if not 0.0 < previous_p <= 1.0:
        raise ValueError(f"previous_p must be in (0, 1], got {previous_p}")
    if tau2 is not None and mde is not None:
        raise ValueError("give tau2 or mde, not both")
    if tau2 is not None and not tau2 > 0.0:
        raise ValueError(f"tau2 must be > 0, got {tau2}")
    if mde is not None:
        if mde == 0.0:
            raise ValueError("mde must be non-zero")
        tau2 = mde * mde
    if metric_kind == "proportion":
        _check_rate(a, "a")
        _check_rate(b, "b")
    elif metric_kind != "mean":
        raise ValueError(f"metric_kind must be 'proportion' or 'mean', got {metric_kind!r}")

    diff = b.mean - a.mean

    def no_evidence(variance: float = _NAN, t2: float = _NAN) -> Sequential:
        return Sequential(
            metric_kind=metric_kind,
            control_mean=a.mean,
            treatment_mean=b.mean,
            difference=diff,
            variance=variance,
            tau2=t2 if tau2 is None else tau2,
            likelihood_ratio=1.0,
            p_value=previous_p,
            ci_low=previous_ci[0],
            ci_high=previous_ci[1],
            alpha=alpha,
            reject=previous_p <= alpha,
        )

    if a.n < 2 or b.n < 2:
        return no_evidence()
    if metric_kind == "proportion":
        var_a, var_b = _rate_variance(a), _rate_variance(b)
    else:
        var_a, var_b = a.variance, b.variance
    v = var_a / a.n + var_b / b.n
    if v == 0.0:
        return no_evidence(v)
    if tau2 is None:
        pooled = ((a.n - 1) * var_a + (b.n - 1) * var_b) / (a.n + b.n - 2)
        t2 = DEFAULT_TAU2_SCALE * pooled
    else:
        t2 = tau2

    log_shrink = math.log1p(t2 / v)  # log((V + tau2) / V) > 0
    log_lr = diff * diff * t2 / (2.0 * v * (v + t2)) - log_shrink / 2.0
    lr = math.exp(log_lr) if log_lr < 700.0 else _INF
    p = min(previous_p, math.exp(-log_lr), 1.0)  # log_lr >= -log_shrink / 2 > -355: no overflow
    half = math.sqrt(v * (v + t2) / t2 * (log_shrink + 2.0 * math.log(1.0 / alpha)))
    return Sequential(
        metric_kind=metric_kind,
        control_mean=a.mean,
        treatment_mean=b.mean,
        difference=diff,
        variance=v,
        tau2=t2,
        likelihood_ratio=lr,
        p_value=p,
        ci_low=max(previous_ci[0], diff - half),
        ci_high=min(previous_ci[1], diff + half),
        alpha=alpha,
        reject=p <= alpha,
    )
