"""The harness end to end in process: keel.AsyncClient over Keel's real pipeline and the
openai_compat provider, against loopback upstreams with known answers (conftest.py)."""

from __future__ import annotations

import math

import pytest
import scipy.stats

import keel
from keel.config import ConfigError
from keel.errors import InvalidRequest
from keel.evaluation.gates import check_gates
from keel.evaluation.harness import (
    EvalFailed,
    EvalSpec,
    Target,
    compare,
    evaluate,
    parse_spec,
    run_eval,
    run_eval_sync,
)
from keel.evaluation.stats import paired, t_interval
from tests.evaluation.conftest import keyword_hit, rows, write_rows

SPEC = """
name: support
dataset: support.jsonl
targets:
  - {name: base, model: bad}
  - {name: tuned, model: good}
metrics: [keyword_hit, latency_ms, {name: cost, params: {price_prompt_1k: 1.0, price_completion_1k: 2.0}}]
repeats: 2
params: {temperature: 0, max_tokens: 64, seed: 7}
concurrency: 3
gates:
  - {metric: keyword_hit, target: tuned, min: 0.6}
  - {metric: keyword_hit, target: tuned, no_worse_than: base, by: 0.02}
  - {metric: latency_ms, max: 60000}
"""


def spec_in(tmp_path, text: str = SPEC, data: list[dict] | None = None):
    write_rows(tmp_path / "support.jsonl", rows() if data is None else data)
    (tmp_path / "eval.yaml").write_text(text)
    from keel.evaluation.spec import load_spec

    return load_spec(tmp_path / "eval.yaml")


async def test_a_run_scores_every_target_row_and_repeat(tmp_path, settings, upstreams):
    spec = spec_in(tmp_path)
    before = {n: len(u.requests) for n, u in upstreams.items()}
    async with keel.AsyncClient(settings=settings) as client:
        run = await run_eval(spec, client)
    assert run.status == "completed" and run.dataset["rows"] == 6 and run.dataset["source"] == "file"
    assert len(upstreams["good"].requests) - before["good"] == 12  # 6 rows × 2 repeats
    assert len(upstreams["bad"].requests) - before["bad"] == 12
    sent = upstreams["good"].requests[-1]
    assert sent["messages"][-1]["content"].startswith("question ") and sent["temperature"] == 0
    assert {r["seed"] for r in upstreams["good"].requests[-12:]} == {7, 8}  # repeat k: seed + k

    tuned, base = run.targets["tuned"], run.targets["base"]
    assert [(r.row_id, r.repeat) for r in tuned.results[:3]] == [("r1", 0), ("r1", 1), ("r2", 0)]
    assert tuned.results[0].prediction == "good: question 1 about a refund"
    hit = tuned.aggregates["keyword_hit"]
    assert hit.mean == pytest.approx(keyword_hit("good")) and base.aggregates["keyword_hit"].mean == pytest.approx(
        keyword_hit("bad")
    )
    # over rows (each the mean of its repeats): n is the rows, not rows × repeats
    per_row = [2 / len(r["keywords"]) for r in rows()]
    mean, sd, _, _ = t_interval(per_row)
    expected = scipy.stats.t.interval(0.95, len(per_row) - 1, loc=mean, scale=scipy.stats.sem(per_row))
    assert hit.n == 6 and hit.std == pytest.approx(sd) and (hit.ci_low, hit.ci_high) == pytest.approx(expected)
    assert hit.repeat_means == pytest.approx([mean, mean]) and hit.repeat_std == 0.0 and hit.failed == 0
    # usage: 7 prompt tokens, one completion token per word ("good: question 1 about a refund": 6)
    first = tuned.results[0]
    assert (first.prompt_tokens, first.completion_tokens) == (7, 6)
    assert first.scores["cost"] == pytest.approx((7 * 1.0 + 6 * 2.0) / 1000)
    assert first.scores["latency_ms"] == first.latency_ms > 0
    assert not tuned.aggregates["latency_ms"].higher_is_better

    assert [g.passed for g in run.gates] == [True] * 6  # min, no worse, latency × 2, errors × 2
    reasons = [g.reason for g in run.gates]
    assert reasons[0] == f"tuned keyword_hit = {keyword_hit('good'):.4g} ≥ min 0.6"
    assert reasons[1].startswith("tuned keyword_hit 0.7222 vs base 0.3611 (+0.3611, allowed −0.02, paired p = ")
    assert reasons[-1] == "tuned: 0 of 12 calls failed (max_errors 0)"
    assert run.summary()["passed"] is True


async def test_gates_that_fail_say_why(tmp_path, settings):
    spec = spec_in(
        tmp_path,
        SPEC.split("gates:")[0] + "gates:\n"
        "  - {metric: keyword_hit, target: base, min: 0.6}\n"
        "  - {metric: keyword_hit, target: base, no_worse_than: tuned, by: 0.1}\n"
        "  - {metric: keyword_hit, no_worse_than: base}\n"  # every target but the baseline: tuned
        "  - {metric: cost, max: 0.001}\n",
    )
    async with keel.AsyncClient(settings=settings) as client:
        run = await run_eval(spec, client)
    by = {(g.gate, g.target): g for g in run.gates}
    assert not by[("keyword_hit[base] ≥ 0.6", "base")].passed
    assert by[("keyword_hit[base] ≥ 0.6", "base")].reason == "base keyword_hit = 0.3611 < min 0.6"
    worse = by[("keyword_hit[base] no worse than tuned by 0.1", "base")]
    assert not worse.passed and worse.reason.startswith(
        "base keyword_hit 0.3611 vs tuned 0.7222 (-0.3611, allowed −0.1"
    )
    assert worse.reason.endswith("): worse") and worse.threshold == pytest.approx(keyword_hit("good") - 0.1)
    assert by[("keyword_hit[tuned] no worse than base", "tuned")].passed
    assert ("keyword_hit[base] no worse than base", "base") not in by
    cost = [g for g in run.gates if g.metric == "cost"]
    assert [g.passed for g in cost] == [False, False] and "> max 0.001" in cost[0].reason
    assert run.summary()["passed"] is False


async def test_paired_compare_between_targets_and_runs(tmp_path, settings):
    spec = spec_in(tmp_path)
    async with keel.AsyncClient(settings=settings) as client:
        run = await run_eval(spec, client)
        again = await run_eval(spec, client)
    c = compare(run, run, "keyword_hit", target_a="base", target_b="tuned")
    base = [1 / len(r["keywords"]) for r in rows()]
    tuned = [2 / len(r["keywords"]) for r in rows()]
    t = scipy.stats.ttest_rel(tuned, base)
    w = scipy.stats.wilcoxon(tuned, base)
    assert c.n == 6 and c.difference == pytest.approx(keyword_hit("good") - keyword_hit("bad"))
    assert c.t_p_value == pytest.approx(t.pvalue) and c.t_statistic == pytest.approx(t.statistic)
    assert c.wilcoxon_p_value == pytest.approx(w.pvalue) and c.significant
    assert c.ci_low < c.difference < c.ci_high and c.verdict.startswith(f"{run.id}:tuned is better than")
    same = compare(run, again, "keyword_hit", target_a="tuned", target_b="tuned")
    assert same.difference == 0.0 and math.isnan(same.t_p_value) and not same.significant
    assert same.to_dict()["t_p_value"] is None and "no significant difference" in same.verdict
    with pytest.raises(InvalidRequest, match="name one"):
        compare(run, again, "keyword_hit")
    with pytest.raises(InvalidRequest, match="no metric 'bleu'"):
        compare(run, again, "bleu", target_a="base", target_b="base")


def test_paired_on_the_rows_both_scored():
    c = paired("m", {"1": 0.0, "2": 0.5, "3": 1.0, "x": 1.0}, {"1": 0.5, "2": 0.5, "3": 1.0, "y": 0.0})
    assert c.n == 3 and c.only_a == 1 and c.only_b == 1 and c.difference == pytest.approx(0.5 / 3)
    moved = paired("m", {"1": 0.1, "2": 0.2}, {"1": 0.3, "2": 0.4})  # every row up by 0.2
    assert moved.t_p_value == 0.0 and moved.significant and "better" in moved.verdict
    lower = paired(
        "latency", {"1": 10.0, "2": 20.0, "3": 30.0}, {"1": 20.0, "2": 40.0, "3": 50.0}, higher_is_better=False
    )
    assert "worse" in lower.verdict or not lower.significant


async def test_evaluate_is_usable_alone_and_with_a_sync_client(settings):
    data = rows(3)
    async with keel.AsyncClient(settings=settings) as client:
        result = await evaluate(
            client, data, Target(model="good", endpoint="completions"), ["keyword_hit", "rouge_l"], {"max_tokens": 2}
        )
    assert [r.prediction for r in result.results] == ["good: question"] * 3  # max_tokens 2 words
    assert result.aggregates["keyword_hit"].mean == pytest.approx(sum(1 / len(r["keywords"]) for r in data) / 3)
    assert result.aggregates["rouge_l"].n == 0 and result.aggregates["rouge_l"].failed == 3
    assert result.results[0].errors["rouge_l"].startswith("the row has no reference")
    with keel.Client(settings=settings) as client:
        run = run_eval_sync(
            EvalSpec(name="s", rows=data, targets=[Target(model="good")], metrics=["keyword_hit"]), client
        )
    assert run.targets["good"].aggregates["keyword_hit"].mean == pytest.approx(keyword_hit("good", 3))


async def test_prompt_versions_and_registry_datasets(tmp_path, settings, upstreams):
    async with keel.AsyncClient(settings=settings) as client:
        await client.registry.prompts.push(
            "support",
            kind="chat",
            messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Customer: {{ input }}"}],
            variables={"input": {"required": True}},
            labels=["production"],
        )
        await client.registry.datasets.register("tickets", write_rows(tmp_path / "t.jsonl", rows(3)))
        spec = EvalSpec(
            name="prompts",
            dataset="tickets/1",
            targets=[
                {"name": "plain", "model": "good"},
                {"name": "templated", "model": "good", "prompt": "support@production"},
            ],
            metrics=["keyword_hit"],
        )
        run = await run_eval(spec, client)
        latest = await run_eval(spec.model_copy(update={"dataset": "tickets"}), client)
    assert run.dataset == {
        "ref": "tickets/1",
        "sha256": run.dataset["sha256"],
        "path": str(tmp_path / "t.jsonl"),
        "source": "registry",
        "rows": 3,
    }
    assert latest.dataset["ref"] == "tickets/1"
    sent = upstreams["good"].requests[-1]
    assert sent["messages"][0] == {"role": "system", "content": "Be brief."}
    assert run.targets["templated"].results[0].prediction == "good: Customer: question 1 about a refund"
    assert run.targets["plain"].results[0].prediction == "good: question 1 about a refund"


async def test_chat_rows_send_the_conversation_without_the_reference(settings, upstreams):
    chat = [
        {
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": "where is my refund"},
                {"role": "assistant", "content": "good: where is my refund"},
            ]
        }
    ]
    async with keel.AsyncClient(settings=settings) as client:
        result = await evaluate(client, chat, {"model": "good"}, ["exact_match", "token_f1"])
    assert [m["role"] for m in upstreams["good"].requests[-1]["messages"]] == ["system", "user"]
    assert result.results[0].row_id == "1" and result.aggregates["exact_match"].mean == 1.0


async def test_the_judge_through_the_gateway_and_its_parse_failures(settings):
    data = [{"id": "a", "prompt": "Score: 5"}, {"id": "b", "prompt": "hello"}]
    spec = EvalSpec(name="judged", rows=data, targets=[{"model": "good"}], metrics=["judge"], judge={"model": "judge"})
    async with keel.AsyncClient(settings=settings) as client:
        run = await run_eval(spec, client)
    a, b = run.targets["good"].results
    # the echoing judge repeats the task, "Score: 5", first: a 5; for "hello" its reply has no score
    assert a.scores == {"judge": 1.0} and "judge" not in b.scores
    assert b.errors["judge"].startswith("the judge's reply has no score 1-5: 'judge: You are grading")
    agg = run.targets["good"].aggregates["judge"]
    assert (agg.n, agg.failed, agg.mean) == (1, 1, 1.0)


async def test_failed_calls_are_recorded_and_gated_and_hopeless_runs_fail(settings, upstreams):
    flaky = upstreams["flaky"]
    flaky.behaviour.fail_times = 1  # the first call fails (HTTP 500), the rest succeed
    spec = EvalSpec(
        name="flaky",
        rows=rows(4),
        targets=[{"model": "flaky"}],
        metrics=["keyword_hit"],
        concurrency=1,
        gates=[{"metric": "keyword_hit", "min": 0.0}],
    )
    async with keel.AsyncClient(settings=settings) as client:
        run = await run_eval(spec, client)
        assert run.targets["flaky"].errors == 1 and run.targets["flaky"].aggregates["keyword_hit"].n == 3
        failed = next(r for r in run.targets["flaky"].results if r.prediction is None)
        assert failed.prediction is None and failed.errors["call"].startswith("502 UpstreamError")
        assert [g.passed for g in run.gates] == [True, False]
        assert run.gates[1].reason.startswith("flaky: 1 of 4 calls failed (max_errors 0); first: 502 UpstreamError")
        tolerant = await run_eval(spec.model_copy(update={"max_errors": 1}), client)
        assert tolerant.passed

        flaky.behaviour.fail_times = None  # always failing: the run stops after five
        with pytest.raises(EvalFailed, match="the first 5 calls all failed: 502"):
            await run_eval(spec.model_copy(update={"rows": rows(20)}), client)
        unknown = EvalSpec(name="x", rows=rows(2), targets=[{"model": "nope"}], metrics=["keyword_hit"])
        with pytest.raises(EvalFailed, match="target nope: The model 'nope' does not exist"):
            await run_eval(unknown, client)
        missing = EvalSpec(
            name="x", rows=rows(2), targets=[{"model": "good", "prompt": "nosuch"}], metrics=["keyword_hit"]
        )
        with pytest.raises(EvalFailed, match="nosuch"):
            await run_eval(missing, client)
    flaky.behaviour.fail_times = 0


async def test_rows_are_checked_before_any_call(tmp_path, settings):
    bad = [{"prompt": "fine"}, {"text": "no prompt"}, {"id": "x", "prompt": "a"}, {"id": "x", "prompt": "b"}]
    spec = spec_in(tmp_path, data=bad)
    async with keel.AsyncClient(settings=settings) as client:
        with pytest.raises(InvalidRequest) as exc:
            await run_eval(spec, client)
        msg = exc.value.message
        assert f'{tmp_path}/support.jsonl:2: no "prompt"' in msg and "support.jsonl:4: id 'x' is used twice" in msg
        chat = EvalSpec(
            name="x",
            rows=[{"messages": [{"role": "user", "content": "hi"}]}],
            targets=[{"model": "good", "endpoint": "completions"}],
            metrics=["json_valid"],
        )
        with pytest.raises(
            InvalidRequest, match="rows\\[0\\]: a chat row, but target 'good' uses endpoint: completions"
        ):
            await run_eval(chat, client)
        with pytest.raises(InvalidRequest, match="no such file"):
            await run_eval(spec.model_copy(update={"dataset": "missing.jsonl"}), client)


def test_spec_problems_carry_their_line():
    with pytest.raises(ConfigError) as exc:
        parse_spec(
            "name: x\ndataset: d.jsonl\ntargets:\n  - {model: m}\n  - {model: m}\nmetrics: [keyword_hit]\n"
            "gates:\n  - {metric: rouge_l, min: 1}\n  - {metric: keyword_hit, no_worse_than: zz}\n",
            "eval.yaml",
        )
    said = [str(p) for p in exc.value.problems]
    assert said == [
        "eval.yaml:5:5: targets[1]: the name 'm' is used twice: give each target a `name`",
        "eval.yaml:8:6: gates[0].metric: 'rouge_l' is not among the metrics (keyword_hit)",
        "eval.yaml:9:27: gates[1].no_worse_than: 'zz' is not among the targets",
    ]
    with pytest.raises(ConfigError, match=r"eval.yaml:3:24: metrics\[1\]: bleu: foo: unknown parameter"):
        parse_spec(
            "name: x\nrows: []\nmetrics: [keyword_hit, {name: bleu, params: {foo: 1}}]\ntargets: [{model: m}]\n",
            "eval.yaml",
        )
    with pytest.raises(ConfigError, match="unknown key"):
        parse_spec("name: x\nrows: []\ntargets: [{model: m}]\nmetrics: [keyword_hit]\nrepeat: 2\n")
    with pytest.raises(ConfigError, match="the judge metric needs a model"):
        parse_spec("name: x\nrows: []\ntargets: [{model: m}]\nmetrics: [judge]\n")
    with pytest.raises(InvalidRequest, match="targets: Field required"):
        EvalSpec.from_body({"name": "x", "rows": [], "metrics": ["keyword_hit"]})
    spec = parse_spec(
        "name: x\nrows: []\ntargets: [{model: m, prompt: support@prod}]\nmetrics: [keyword_hit, judge]\n"
        "judge: {model: grader, rubric: Be strict.}\n"
    )
    assert spec.targets[0].name == "m+support@prod" and spec.metric("judge").params["model"] == "grader"
    assert spec.metric("judge").params["rubric"] == "Be strict."
    assert EvalSpec.model_validate(spec.to_json()) == spec  # as stored with a run, and read back
    loose = spec.model_copy(update={"max_errors": None})
    assert EvalSpec.model_validate(loose.to_json()).max_errors is None


async def test_gates_on_a_baseline_run_need_a_store(tmp_path, settings):
    spec = spec_in(tmp_path)
    async with keel.AsyncClient(settings=settings) as client:
        run = await run_eval(spec.model_copy(update={"gates": []}), client)
    gate = EvalSpec.model_validate(
        {**spec.to_json(), "gates": [{"metric": "keyword_hit", "target": "tuned", "baseline_run": "eval-0000aaaa"}]}
    ).gates
    results = await check_gates(run, None, gate)
    assert [g.passed for g in results if g.metric == "keyword_hit"] == [False]
    assert "stored runs need a database" in results[0].reason


async def test_results_are_stored_in_dataset_order_when_answers_finish_out_of_order(tmp_path):
    """Answers finish in whatever order the model serves them; the stored results read back in
    the dataset's order. Here every row waits for the row after it: they finish last row first."""
    import asyncio
    from types import SimpleNamespace

    from keel.evaluation.store import EvalStore
    from keel.store.engine import make_engine, migrate

    n = 8
    answered = {i: asyncio.Event() for i in range(1, n + 2)}
    answered[n + 1].set()
    finished: list[int] = []

    async def create(*, model, messages, **params):
        i = int(messages[-1]["content"].split()[1])  # "question I about a refund"
        await answered[i + 1].wait()
        answered[i].set()
        finished.append(i)
        message = SimpleNamespace(content=f"refund good {i}")
        return SimpleNamespace(choices=[SimpleNamespace(message=message, finish_reason="stop")], usage=None)

    client = SimpleNamespace(chat=SimpleNamespace(completions=SimpleNamespace(create=create)))
    text = (
        "name: order\ndataset: support.jsonl\ntargets: [{name: t, model: m}]\nmetrics: [keyword_hit]\nconcurrency: 8\n"
    )
    spec = spec_in(tmp_path, text, rows(n))
    engine = make_engine(f"sqlite:///{tmp_path}/evals.db")
    migrate(engine)
    store = EvalStore(engine)
    run = await run_eval(spec, client, store)
    assert finished == list(range(n, 0, -1))  # the answers finished last row first
    assert [r["row_id"] for r in store.results(run.id)] == [f"r{i}" for i in range(1, n + 1)]
    engine.dispose()
