"""keel.registry.stats against SciPy / statsmodels, closed forms, and A/A simulations."""

import math

import numpy as np
import pytest
from scipy import integrate, stats
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest

from keel.registry.stats import (
    DEFAULT_TAU2_SCALE,
    Comparison,
    Summary,
    msprt,
    sample_size_means,
    sample_size_proportions,
    two_proportion_ztest,
    welch_ttest,
)

REL = 1e-9


def approx(x: float) -> object:
    return pytest.approx(x, rel=REL, abs=1e-12)


# --- Summary ---------------------------------------------------------------------------------


def test_summary_of_matches_numpy() -> None:
    values = np.random.default_rng(1).normal(10.0, 3.0, size=257)
    s = Summary.of(values)
    assert s.n == 257
    assert s.mean == approx(float(np.mean(values)))
    assert s.variance == approx(float(np.var(values, ddof=1)))


def test_summary_add_matches_of() -> None:
    values = [0.5, 2.0, -1.25, 3.0, 7.5]
    s = Summary(0, 0.0, 0.0)
    for x in values:
        s = s.add(x)
    t = Summary.of(values)
    assert s.n == t.n
    assert s.total == approx(t.total)
    assert s.total_sq == approx(t.total_sq)
    assert s.mean == approx(t.mean)
    assert s.variance == approx(t.variance)


def test_summary_add_returns_new_and_is_frozen() -> None:
    s = Summary.of([1.0, 2.0])
    t = s.add(3.0)
    assert (s.n, t.n) == (2, 3)
    with pytest.raises(AttributeError):
        s.n = 5  # type: ignore[misc]


def test_summary_of_accepts_iterables() -> None:
    assert Summary.of(x for x in (1, 2, 3)) == Summary.of(np.array([1.0, 2.0, 3.0])) == Summary(3, 6.0, 14.0)
    assert Summary.of(np.array([[1.0, 2.0], [3.0, 4.0]])).n == 4


def test_summary_merge() -> None:
    x, y = [1.0, 4.0, 2.5], [3.0, -1.0]
    m = Summary.of(x).merge(Summary.of(y))
    assert m == Summary.of(x + y)


def test_summary_edge_cases() -> None:
    empty = Summary.of([])
    assert empty.n == 0
    assert math.isnan(empty.mean)
    assert empty.variance == 0.0
    one = Summary.of([4.0])
    assert one.mean == 4.0
    assert one.variance == 0.0
    for value in (0.1, 0.3, 1 / 3, 123.456, 1e-3):
        assert Summary.of([value] * 10).variance == 0.0  # no rounding residue, never negative
        chained = Summary(0, 0.0, 0.0)
        for _ in range(1000):
            chained = chained.add(value)
        assert chained.variance == 0.0
    with pytest.raises(ValueError):
        Summary(-1, 0.0, 0.0)
    with pytest.raises(ValueError):
        Summary.of([1.0, float("nan")])


def test_summary_from_counts_is_a_proportion() -> None:
    s = Summary.from_counts(30, 200)
    assert s == Summary.of([1.0] * 30 + [0.0] * 170)
    assert s.mean == 0.15
    with pytest.raises(ValueError):
        Summary.from_counts(5, 4)


# --- two-proportion z-test ----------------------------------------------------------------------

PROPORTION_CASES = [
    # (successes_a, n_a, successes_b, n_b)
    (45, 500, 60, 500),
    (10, 100, 30, 120),
    (120, 1000, 95, 1000),
    (1, 3, 2, 5),
    (0, 50, 3, 40),
    (500, 10_000, 560, 10_200),
    (7, 7, 3, 9),
]


@pytest.mark.parametrize("alpha", [0.05, 0.01, 0.2])
@pytest.mark.parametrize(("ca", "na", "cb", "nb"), PROPORTION_CASES)
def test_two_proportion_ztest_matches_statsmodels(ca: int, na: int, cb: int, nb: int, alpha: float) -> None:
    a, b = Summary.from_counts(ca, na), Summary.from_counts(cb, nb)
    r = two_proportion_ztest(a, b, alpha=alpha)
    z, p = proportions_ztest([cb, ca], [nb, na])
    low, high = confint_proportions_2indep(cb, nb, ca, na, method="wald", compare="diff", alpha=alpha)
    assert r.metric_kind == "proportion"
    assert r.statistic == approx(float(z))
    assert r.p_value == approx(float(p))
    assert r.ci_low == approx(float(low))
    assert r.ci_high == approx(float(high))
    assert r.control_mean == approx(ca / na)
    assert r.treatment_mean == approx(cb / nb)
    assert r.difference == approx(cb / nb - ca / na)
    assert r.significant == (float(p) <= alpha)
    assert r.alpha == alpha


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_two_proportion_ztest_random_matches_statsmodels(seed: int) -> None:
    rng = np.random.default_rng(seed)
    xa = (rng.random(int(rng.integers(50, 3000))) < 0.1).astype(float)
    xb = (rng.random(int(rng.integers(50, 3000))) < 0.12).astype(float)
    r = two_proportion_ztest(Summary.of(xa), Summary.of(xb))
    counts, nobs = [xb.sum(), xa.sum()], [xb.size, xa.size]
    z, p = proportions_ztest(counts, nobs)
    low, high = confint_proportions_2indep(counts[0], nobs[0], counts[1], nobs[1], method="wald")
    assert (r.statistic, r.p_value) == (approx(float(z)), approx(float(p)))
    assert (r.ci_low, r.ci_high) == (approx(float(low)), approx(float(high)))


def test_two_proportion_ztest_degenerate() -> None:
    zero = two_proportion_ztest(Summary.from_counts(0, 100), Summary.from_counts(0, 80))
    assert math.isnan(zero.statistic) and math.isnan(zero.p_value)
    assert not zero.significant
    assert (zero.difference, zero.ci_low, zero.ci_high) == (0.0, 0.0, 0.0)
    empty = two_proportion_ztest(Summary(0, 0.0, 0.0), Summary.from_counts(3, 10))
    assert math.isnan(empty.p_value) and math.isnan(empty.difference) and math.isnan(empty.ci_low)
    assert not empty.significant
    with pytest.raises(ValueError):
        two_proportion_ztest(Summary(10, 11.0, 11.0), Summary.from_counts(3, 10))
    with pytest.raises(ValueError):
        two_proportion_ztest(Summary.from_counts(1, 10), Summary.from_counts(3, 10), alpha=1.5)


# --- Welch's t-test ------------------------------------------------------------------------------

WELCH_CASES = [
    ([1.2, 3.4, 2.2, 5.1, 4.4, 3.3], [2.5, 4.9, 6.1, 5.5, 3.8, 7.2, 6.0]),
    ([10.0, 11.0, 9.5, 10.5], [10.1, 9.9, 10.0, 10.2, 9.8]),
    ([0.0, 1.0], [5.0, 7.0, 6.0]),
    ([120.0, 340.0, 250.0, 800.0, 410.0, 95.0, 230.0], [110.0, 150.0, 205.0, 180.0]),
    ([3.0, 3.0, 3.0], [1.0, 2.0, 4.0, 8.0]),  # zero variance in one arm only
]


@pytest.mark.filterwarnings("ignore:Precision loss:RuntimeWarning")  # scipy, on the constant arm
@pytest.mark.parametrize("alpha", [0.05, 0.01, 0.2])
@pytest.mark.parametrize(("xa", "xb"), WELCH_CASES)
def test_welch_matches_scipy(xa: list[float], xb: list[float], alpha: float) -> None:
    r = welch_ttest(Summary.of(xa), Summary.of(xb), alpha=alpha)
    ref = stats.ttest_ind(xb, xa, equal_var=False)
    ci = ref.confidence_interval(1 - alpha)
    assert r.metric_kind == "mean"
    assert r.statistic == approx(float(ref.statistic))
    assert r.p_value == approx(float(ref.pvalue))
    assert r.ci_low == approx(float(ci.low))
    assert r.ci_high == approx(float(ci.high))
    assert r.difference == approx(float(np.mean(xb) - np.mean(xa)))
    assert r.significant == (float(ref.pvalue) <= alpha)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_welch_random_matches_scipy(seed: int) -> None:
    rng = np.random.default_rng(seed)
    xa = rng.normal(100.0, 15.0, size=int(rng.integers(5, 400)))
    xb = rng.lognormal(4.6, 0.3, size=int(rng.integers(5, 400)))
    r = welch_ttest(Summary.of(xa), Summary.of(xb))
    ref = stats.ttest_ind(xb, xa, equal_var=False)
    ci = ref.confidence_interval(0.95)
    assert (r.statistic, r.p_value) == (approx(float(ref.statistic)), approx(float(ref.pvalue)))
    assert (r.ci_low, r.ci_high) == (approx(float(ci.low)), approx(float(ci.high)))


def test_welch_degenerate() -> None:
    for a, b in [
        (Summary.of([]), Summary.of([1.0, 2.0])),
        (Summary.of([1.0]), Summary.of([1.0, 2.0])),
        (Summary.of([2.0, 2.0, 2.0]), Summary.of([5.0, 5.0])),  # zero variance, different means
        (Summary.of([2.0, 2.0]), Summary.of([2.0, 2.0, 2.0])),  # zero variance, same means
        (Summary.of([0.1] * 10), Summary.of([0.2] * 10)),  # constants with inexact squares
    ]:
        r = welch_ttest(a, b)
        assert math.isnan(r.statistic) and math.isnan(r.p_value)
        assert math.isnan(r.ci_low) and math.isnan(r.ci_high)
        assert not r.significant
    r = welch_ttest(Summary.of([2.0, 2.0, 2.0]), Summary.of([5.0, 5.0]))
    assert r.difference == 3.0
    assert r.relative_lift == pytest.approx(1.5)


def test_relative_lift() -> None:
    r = two_proportion_ztest(Summary.from_counts(100, 1000), Summary.from_counts(120, 1000))
    assert r.relative_lift == pytest.approx(0.2)
    zero = two_proportion_ztest(Summary.from_counts(0, 1000), Summary.from_counts(12, 1000))
    assert zero.relative_lift is None
    assert isinstance(zero, Comparison)


# --- sample sizes --------------------------------------------------------------------------------


def proportions_power(n: int, baseline: float, mde: float, alpha: float) -> float:
    """Power of the pooled two-sided z-test at N per arm, normal approximation (far tail ignored)."""
    p1, p2 = baseline, baseline + mde
    pbar = (p1 + p2) / 2
    za = stats.norm.ppf(1 - alpha / 2)
    num = math.sqrt(n) * abs(mde) - za * math.sqrt(2 * pbar * (1 - pbar))
    return float(stats.norm.cdf(num / math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))))


def means_power(n: int, sd: float, mde: float, alpha: float) -> float:
    za = stats.norm.ppf(1 - alpha / 2)
    return float(stats.norm.cdf(abs(mde) / (sd * math.sqrt(2 / n)) - za))


PROPORTION_DESIGNS = [
    (0.10, 0.02, 0.05, 0.8),
    (0.10, 0.05, 0.05, 0.8),
    (0.50, -0.05, 0.01, 0.9),
    (0.03, 0.005, 0.05, 0.8),
    (0.80, 0.10, 0.1, 0.95),
    (0.25, -0.1, 0.05, 0.5),
]


@pytest.mark.parametrize(("baseline", "mde", "alpha", "power"), PROPORTION_DESIGNS)
def test_sample_size_proportions(baseline: float, mde: float, alpha: float, power: float) -> None:
    n = sample_size_proportions(baseline, mde, alpha=alpha, power=power)
    p1, p2 = baseline, baseline + mde
    pbar = (p1 + p2) / 2
    za, zb = stats.norm.ppf(1 - alpha / 2), stats.norm.ppf(power)
    direct = (za * math.sqrt(2 * pbar * (1 - pbar)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / mde**2
    assert n == math.ceil(direct)
    assert proportions_power(n, baseline, mde, alpha) >= power
    assert proportions_power(n - 1, baseline, mde, alpha) < power
    # Cohen's h (arcsine) from statsmodels lands close by
    h = abs(2 * math.asin(math.sqrt(p2)) - 2 * math.asin(math.sqrt(p1)))
    sm = NormalIndPower().solve_power(effect_size=h, alpha=alpha, power=power, ratio=1)
    assert n == pytest.approx(sm, rel=0.03)


def test_sample_size_proportions_known_value() -> None:
    assert sample_size_proportions(0.10, 0.02) == 3841  # 10% -> 12%, alpha 0.05, power 0.8


@pytest.mark.parametrize(
    ("sd", "mde", "alpha", "power"),
    [(1.0, 0.2, 0.05, 0.8), (15.0, 2.0, 0.05, 0.9), (250.0, 10.0, 0.01, 0.8), (3.0, -0.5, 0.1, 0.7)],
)
def test_sample_size_means(sd: float, mde: float, alpha: float, power: float) -> None:
    n = sample_size_means(sd, mde, alpha=alpha, power=power)
    sm = NormalIndPower().solve_power(effect_size=abs(mde) / sd, alpha=alpha, power=power, ratio=1)
    assert abs(n - math.ceil(sm)) <= 1
    assert means_power(n, sd, mde, alpha) >= power
    assert means_power(n - 1, sd, mde, alpha) < power


def test_sample_size_means_known_value() -> None:
    assert sample_size_means(1.0, 0.2) == 393


def test_sample_size_rejects_bad_arguments() -> None:
    for args in [(0.1, 0.0), (0.0, 0.1), (0.95, 0.1), (0.1, 0.02, 0.0), (0.1, 0.02, 0.05, 1.0)]:
        with pytest.raises(ValueError):
            sample_size_proportions(*args)
    for args in [(0.0, 1.0), (1.0, 0.0), (1.0, 0.1, 1.0), (1.0, 0.1, 0.05, 0.0)]:
        with pytest.raises(ValueError):
            sample_size_means(*args)


# --- mSPRT ---------------------------------------------------------------------------------------


def mixture_lr_by_integration(theta_hat: float, v: float, tau2: float) -> float:
    """Lambda = integral of N(theta_hat; theta, V) / N(theta_hat; 0, V) over theta ~ N(0, tau2)."""

    def integrand(theta: float) -> float:
        log_ratio = (theta_hat * theta - theta * theta / 2) / v
        return math.exp(log_ratio) * stats.norm.pdf(theta, scale=math.sqrt(tau2))

    sd = math.sqrt(tau2)
    value, _ = integrate.quad(integrand, -12 * sd, 12 * sd, epsabs=0, epsrel=1e-12, limit=200)
    return value


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_msprt_likelihood_ratio_is_the_normal_mixture(seed: int) -> None:
    rng = np.random.default_rng(seed)
    a = Summary.of(rng.normal(1.0, 2.0, size=300))
    b = Summary.of(rng.normal(1.3, 2.5, size=250))
    tau2 = 0.04
    r = msprt(a, b, tau2=tau2)
    v = a.variance / a.n + b.variance / b.n
    assert r.variance == approx(v)
    assert r.tau2 == tau2
    assert r.difference == approx(b.mean - a.mean)
    assert r.likelihood_ratio == pytest.approx(mixture_lr_by_integration(r.difference, v, tau2), rel=1e-7)
    closed = math.sqrt(v / (v + tau2)) * math.exp(r.difference**2 * tau2 / (2 * v * (v + tau2)))
    assert r.likelihood_ratio == approx(closed)
    assert r.p_value == approx(min(1.0, 1.0 / closed))
    assert r.reject == (r.p_value <= 0.05)


def test_msprt_ci_endpoints_are_where_the_test_rejects() -> None:
    rng = np.random.default_rng(7)
    a = Summary.of(rng.normal(0.0, 1.0, size=400))
    b = Summary.of(rng.normal(0.2, 1.0, size=400))
    for alpha in (0.05, 0.01, 0.2):
        r = msprt(a, b, tau2=0.01, alpha=alpha)
        v = r.variance
        for end in (r.ci_low, r.ci_high):
            shifted = r.difference - end  # the test of theta = end sees this estimate
            lr = math.sqrt(v / (v + r.tau2)) * math.exp(shifted**2 * r.tau2 / (2 * v * (v + r.tau2)))
            assert lr == pytest.approx(1 / alpha, rel=1e-9)
        # at a single look, the interval excludes 0 exactly when the test rejects
        assert r.reject == (not r.ci_low < 0 < r.ci_high)


def test_msprt_proportions_use_binomial_variance() -> None:
    a, b = Summary.from_counts(100, 1000), Summary.from_counts(140, 1000)
    r = msprt(a, b, mde=0.03, metric_kind="proportion")
    assert r.metric_kind == "proportion"
    assert r.tau2 == pytest.approx(0.03**2)
    assert r.variance == approx(0.1 * 0.9 / 1000 + 0.14 * 0.86 / 1000)


def test_msprt_default_tau2() -> None:
    a = Summary.of([1.0, 2.0, 3.0, 4.0])
    b = Summary.of([2.0, 4.0, 6.0])
    r = msprt(a, b)
    pooled = (3 * a.variance + 2 * b.variance) / 5
    assert r.tau2 == approx(DEFAULT_TAU2_SCALE * pooled)


def test_msprt_running_minimum_and_intersection() -> None:
    a, b = Summary.from_counts(100, 1000), Summary.from_counts(100, 1000)  # no difference: Lambda < 1
    r = msprt(a, b, tau2=1e-3, previous_p=0.2, previous_ci=(-0.01, 0.5), metric_kind="proportion")
    assert r.likelihood_ratio < 1
    assert r.p_value == 0.2
    assert r.ci_low >= -0.01 and r.ci_high < 0.5
    assert r.ci_low == -0.01
    assert not r.reject
    fresh = msprt(a, b, tau2=1e-3, metric_kind="proportion")
    assert fresh.p_value == 1.0
    assert fresh.ci_high == r.ci_high


def test_msprt_no_evidence_cases() -> None:
    cases = [
        (Summary.of([]), Summary.of([1.0, 2.0])),
        (Summary.of([1.0]), Summary.of([1.0, 2.0, 3.0])),
        (Summary.of([2.0, 2.0]), Summary.of([3.0, 3.0, 3.0])),  # V == 0
    ]
    for a, b in cases:
        r = msprt(a, b, tau2=0.1, previous_p=0.5)
        assert r.likelihood_ratio == 1.0
        assert r.p_value == 0.5
        assert not r.reject
        assert (r.ci_low, r.ci_high) == (-math.inf, math.inf)
    # both rates 0: the add-one variance gives evidence of no difference (likelihood ratio < 1)
    r = msprt(Summary.from_counts(0, 50), Summary.from_counts(0, 60), metric_kind="proportion")
    assert r.likelihood_ratio < 1.0 and (r.p_value, r.reject) == (1.0, False)
    assert r.ci_low < 0.0 < r.ci_high


def test_msprt_sees_zero_against_all() -> None:
    """An arm failing every request against one failing none: plain p(1 - p) variances are both 0,
    which would leave the test blind exactly where a guard rail must stop an arm."""
    r = msprt(Summary.from_counts(0, 32), Summary.from_counts(48, 48), metric_kind="proportion", mde=0.05)
    assert r.reject and r.p_value < 1e-6 and r.ci_low > 0.5


def test_msprt_rejects_bad_arguments() -> None:
    a, b = Summary.of([1.0, 2.0, 3.0]), Summary.of([2.0, 3.0, 5.0])
    for kwargs in [
        {"tau2": 0.1, "mde": 0.1},
        {"tau2": 0.0},
        {"mde": 0.0},
        {"alpha": 0.0},
        {"previous_p": 0.0},
        {"metric_kind": "median"},
    ]:
        with pytest.raises(ValueError):
            msprt(a, b, **kwargs)  # type: ignore[arg-type]


def test_msprt_huge_evidence_does_not_overflow() -> None:
    a, b = Summary.from_counts(1000, 100_000), Summary.from_counts(90_000, 100_000)
    r = msprt(a, b, mde=0.05, metric_kind="proportion")
    assert r.likelihood_ratio == math.inf
    assert r.p_value == 0.0
    assert r.reject


# --- A/A and A/B simulations ---------------------------------------------------------------------

RUNS, LOOKS, PER_LOOK = 200, 20, 250


def cumulative_bernoulli(rng: np.random.Generator, p_a: float, p_b: float, runs: int) -> np.ndarray:
    """Successes per (run, look, arm), cumulative over looks; PER_LOOK new observations per arm per look."""
    draws = rng.binomial(PER_LOOK, [p_a, p_b], size=(runs, LOOKS, 2))
    return np.cumsum(draws, axis=1)


def sequential_rejections(successes: np.ndarray, **kwargs: object) -> tuple[np.ndarray, np.ndarray]:
    """Per run: did the mSPRT ever reject, did a naive z-test at the same looks ever reject."""
    runs = successes.shape[0]
    msprt_hit, naive_hit = np.zeros(runs, bool), np.zeros(runs, bool)
    for run in range(runs):
        p, ci = 1.0, (-math.inf, math.inf)
        for look in range(LOOKS):
            n = PER_LOOK * (look + 1)
            a = Summary.from_counts(int(successes[run, look, 0]), n)
            b = Summary.from_counts(int(successes[run, look, 1]), n)
            r = msprt(a, b, previous_p=p, previous_ci=ci, metric_kind="proportion", **kwargs)  # type: ignore[arg-type]
            p, ci = r.p_value, (r.ci_low, r.ci_high)
            msprt_hit[run] |= r.reject
            naive_hit[run] |= two_proportion_ztest(a, b).significant
    return msprt_hit, naive_hit


@pytest.mark.parametrize("tau2_kwargs", [{"mde": 0.02}, {}], ids=["mde", "default-tau2"])
def test_aa_msprt_controls_false_positives_where_peeking_does_not(tau2_kwargs: dict[str, float]) -> None:
    successes = cumulative_bernoulli(np.random.default_rng(2024), 0.1, 0.1, RUNS)
    msprt_hit, naive_hit = sequential_rejections(successes, **tau2_kwargs)
    msprt_rate, naive_rate = float(msprt_hit.mean()), float(naive_hit.mean())
    print(
        f"A/A Bernoulli(0.1), {RUNS} runs x {LOOKS} looks of {PER_LOOK}/arm, {tau2_kwargs or 'default tau2'}: "
        f"mSPRT ever rejected {msprt_rate:.3f}, naive z-test ever rejected {naive_rate:.3f}"
    )
    assert msprt_rate <= 0.05
    assert naive_rate > msprt_rate
    assert naive_rate > 0.1  # peeking at 20 looks inflates a nominal 5% far beyond it


def test_aa_msprt_normal_metric() -> None:
    rng = np.random.default_rng(99)
    x = rng.normal(500.0, 120.0, size=(RUNS, LOOKS, 2, PER_LOOK))
    totals = np.cumsum(x.sum(axis=3), axis=1)
    squares = np.cumsum((x * x).sum(axis=3), axis=1)
    msprt_hits = naive_hits = 0
    for run in range(RUNS):
        p, ci = 1.0, (-math.inf, math.inf)
        msprt_hit = naive_hit = False
        for look in range(LOOKS):
            n = PER_LOOK * (look + 1)
            a = Summary(n, float(totals[run, look, 0]), float(squares[run, look, 0]))
            b = Summary(n, float(totals[run, look, 1]), float(squares[run, look, 1]))
            r = msprt(a, b, mde=10.0, previous_p=p, previous_ci=ci)
            p, ci = r.p_value, (r.ci_low, r.ci_high)
            msprt_hit |= r.reject
            naive_hit |= welch_ttest(a, b).significant
        msprt_hits += msprt_hit
        naive_hits += naive_hit
    msprt_rate, naive_rate = msprt_hits / RUNS, naive_hits / RUNS
    print(f"A/A Normal(500, 120), mde 10: mSPRT ever rejected {msprt_rate:.3f}, naive Welch {naive_rate:.3f}")
    assert msprt_rate <= 0.05
    assert naive_rate > msprt_rate


def test_ab_msprt_detects_a_real_effect() -> None:
    successes = cumulative_bernoulli(np.random.default_rng(5), 0.10, 0.15, 20)
    msprt_hit, _ = sequential_rejections(successes, mde=0.02)
    assert msprt_hit.all()
    # and the always-valid interval covers the true difference at the last look
    n = PER_LOOK * LOOKS
    p, ci = 1.0, (-math.inf, math.inf)
    for look in range(LOOKS):
        m = PER_LOOK * (look + 1)
        a = Summary.from_counts(int(successes[0, look, 0]), m)
        b = Summary.from_counts(int(successes[0, look, 1]), m)
        r = msprt(a, b, mde=0.02, previous_p=p, previous_ci=ci, metric_kind="proportion")
        p, ci = r.p_value, (r.ci_low, r.ci_high)
    assert m == n
    assert r.reject
    assert r.ci_low < 0.05 < r.ci_high
    assert r.ci_low > 0
