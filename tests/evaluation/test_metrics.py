"""Every offline metric against values worked out by hand (BLEU and chrF also against sacrebleu's
own corpus-level numbers for a corpus of one sentence), the row's reference, and param checks."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from keel.evaluation.metrics import (
    METRICS,
    Answer,
    MetricError,
    get_metric,
    input_messages,
    input_text,
    lcs_length,
    parse_judge_score,
    reference,
)


def score(name: str, prediction: str, row: dict, **params) -> float:
    """The metric NAME as the harness calls it: params checked (defaults filled) first."""
    metric = get_metric(name)
    injected = {k: params.pop(k) for k in ("answer", "client") if k in params}
    value = metric.fn(prediction, row, **metric.validate_params(params), **injected)
    return asyncio.run(value) if metric.is_async else value


PC = {"prompt": "Capital of France?", "completion": "Paris"}
CHAT = {
    "messages": [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Capital of France?"},
        {"role": "assistant", "content": "Paris"},
    ]
}


def test_the_reference_and_input_of_each_row_format():
    assert reference(PC) == ["Paris"] and input_text(PC) == "Capital of France?"
    assert reference(CHAT) == ["Paris"] and input_text(CHAT) == "Capital of France?"
    assert input_messages(CHAT) == CHAT["messages"][:2]  # without the reference
    assert reference({**PC, "reference": ["Paris", "paris, France"]}) == ["Paris", "paris, France"]
    assert reference({"prompt": "x", "reference": "y"}) == ["y"]
    assert reference({"prompt": "x"}) is None
    with pytest.raises(MetricError, match="no reference"):
        score("exact_match", "Paris", {"prompt": "x"})


def test_exact_match_normalises_case_and_whitespace_and_optionally_punctuation():
    assert score("exact_match", "  PARIS\n", PC) == 1.0
    assert score("exact_match", "PARIS", PC, ignore_case=False) == 0.0
    assert score("exact_match", "Paris.", PC) == 0.0
    assert score("exact_match", "Paris.", PC, ignore_punctuation=True) == 1.0
    assert score("exact_match", "paris,   france", {**PC, "reference": ["Lyon", "Paris, France"]}) == 1.0
    assert score("exact_match", "London", PC) == 0.0


def test_contains_keywords_all_or_any_else_the_reference():
    row = {"prompt": "x", "keywords": ["refund", "30 days"]}
    assert score("contains", "Refund within 30 DAYS.", row) == 1.0
    assert score("contains", "Refund soon.", row) == 0.0
    assert score("contains", "Refund soon.", row, all=False) == 1.0
    assert score("contains", "refund in 30 days", row, ignore_case=False) == 1.0
    assert score("contains", "Refund in 30 days", row, ignore_case=False) == 0.0
    assert score("contains", "It is Paris, of course.", PC) == 1.0  # no keywords: the reference
    with pytest.raises(MetricError, match="keywords"):
        score("contains", "x", {"prompt": "x", "keywords": []})


def test_keyword_hit_is_the_fraction_found():
    row = {"prompt": "x", "keywords": ["refund", "receipt", "30 days"]}
    assert score("keyword_hit", "A REFUND needs the receipt.", row) == pytest.approx(2 / 3)
    assert score("keyword_hit", "A REFUND needs the receipt.", row, ignore_case=False) == pytest.approx(1 / 3)
    assert score("keyword_hit", "nothing", row) == 0.0
    with pytest.raises(MetricError, match="no `keywords`"):
        score("keyword_hit", "x", PC)


def test_regex_from_params_or_the_row():
    assert score("regex", "Your order #123 ships", PC, pattern=r"order #\d+") == 1.0
    assert score("regex", "no order here", PC, pattern=r"order #\d+") == 0.0
    assert score("regex", "code 42", {"prompt": "x", "pattern": r"\b\d{2}\b"}) == 1.0
    with pytest.raises(MetricError, match="no pattern"):
        score("regex", "x", PC)
    with pytest.raises(ValueError, match="not a valid regular expression"):
        get_metric("regex").validate_params({"pattern": "("})


def test_token_f1_as_squad_computes_it():
    row = {"prompt": "x", "completion": "a cat sat on the mat"}
    # normalised: [cat, sat] against [cat, sat, on, mat]: P = 1, R = 1/2, F1 = 2/3
    assert score("token_f1", "The cat sat.", row) == pytest.approx(2 / 3)
    assert score("token_f1", "the cat sat on a mat", row) == 1.0
    assert score("token_f1", "dog", row) == 0.0
    assert score("token_f1", "The", {"prompt": "x", "completion": "a"}) == 1.0  # both empty once normalised
    assert score("token_f1", "sat", {**row, "reference": ["dog", "cat sat"]}) == pytest.approx(2 / 3)  # the best


def test_rouge_l_is_the_lcs_f_measure():
    assert lcs_length(["a", "b", "c", "d"], ["a", "c", "d", "b"]) == 3
    row = {"prompt": "x", "completion": "the cat sat on the mat"}
    # LCS 5 of 5 predicted and 6 reference words: P = 1, R = 5/6, F1 = 10/11
    assert score("rouge_l", "The cat on the mat", row) == pytest.approx(10 / 11)
    # β = 2 weighs recall: 5 P R / (R + 4 P) = (25/6) / (29/6) = 25/29
    assert score("rouge_l", "The cat on the mat", row, beta=2.0) == pytest.approx(25 / 29)
    assert score("rouge_l", "dog", row) == 0.0
    assert score("rouge_l", "the cat sat on the mat", row) == 1.0


def test_bleu_by_hand_and_as_sacrebleu_scores_a_corpus_of_one():
    import sacrebleu

    row = {"prompt": "x", "completion": "a b c d f"}
    # 1-4-gram precisions 4/5, 3/4, 2/3, 1/2, equal lengths (no brevity penalty): (0.2) ** (1/4)
    assert score("bleu", "a b c d e", row) == pytest.approx(0.2**0.25)
    assert score("bleu", "a b c d f", row) == pytest.approx(1.0)
    assert score("bleu", "x y z", row) == 0.0
    hyp, ref = "the cat sat on the mat today", "the cat sat on a mat today"
    corpus = sacrebleu.corpus_bleu([hyp], [[ref]]).score / 100
    assert score("bleu", hyp, {"prompt": "x", "completion": ref}) == pytest.approx(corpus)
    short = sacrebleu.BLEU(effective_order=True).corpus_score(["the cat"], [["the cat sat"]]).score / 100
    assert score("bleu", "the cat", {"prompt": "x", "completion": "the cat sat"}) == pytest.approx(short)
    with pytest.raises(ValueError, match="tokenize"):
        get_metric("bleu").validate_params({"tokenize": "no-such-tokenizer"})


def test_chrf_by_hand_and_as_sacrebleu_scores_a_corpus_of_one():
    import sacrebleu

    # chars "ab" vs "abc", orders 1-2: P = (1 + 1) / 2, R = (2/3 + 1/2) / 2 = 7/12; F2 = 5 P R / (4 P + R) = 7/11
    assert score("chrf", "ab", {"prompt": "x", "completion": "abc"}, char_order=2) == pytest.approx(7 / 11)
    hyp, ref = "the cat sat", "the cat sat on the mat"
    corpus = sacrebleu.corpus_chrf([hyp], [[ref]]).score / 100
    assert score("chrf", hyp, {"prompt": "x", "completion": ref}) == pytest.approx(corpus)
    plus = sacrebleu.CHRF(word_order=2).corpus_score([hyp], [[ref]]).score / 100
    assert score("chrf", hyp, {"prompt": "x", "completion": ref}, word_order=2) == pytest.approx(plus)
    assert score("chrf", "same text", {"prompt": "x", "completion": "same text"}) == pytest.approx(1.0)
    assert score("chrf", "xyz", {"prompt": "x", "completion": "abc"}) == 0.0


def test_json_valid_and_json_schema():
    assert score("json_valid", '{"a": 1}', PC) == 1.0
    assert score("json_valid", "```json\n[1, 2]\n```", PC) == 1.0
    assert score("json_valid", "{a: 1}", PC) == 0.0
    schema = {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}
    assert score("json_schema", '{"a": 1}', PC, schema=schema) == 1.0
    assert score("json_schema", '```json\n{"a": 1}\n```', PC, schema=schema) == 1.0
    assert score("json_schema", '{"a": "one"}', PC, schema=schema) == 0.0
    assert score("json_schema", "not json", PC, schema=schema) == 0.0
    assert score("json_schema", "[1]", {"prompt": "x", "schema": {"type": "array"}}) == 1.0
    with pytest.raises(MetricError, match="no schema"):
        score("json_schema", "{}", PC)
    with pytest.raises(ValueError, match="not a valid JSON Schema"):
        get_metric("json_schema").validate_params({"schema": {"type": "no-such-type"}})


def test_embedding_similarity_with_the_shared_embedder():
    row = {"prompt": "x", "completion": "The parcel will arrive on Tuesday."}
    same = score("embedding_similarity", "The parcel will arrive on Tuesday.", row)
    close = score("embedding_similarity", "Your package should be delivered Tuesday.", row)
    far = score("embedding_similarity", "Photosynthesis converts light into chemical energy.", row)
    assert same == pytest.approx(1.0, abs=1e-3)
    assert 0.0 <= far < close < same


class Judge:
    """A client whose judge model answers REPLY; it keeps the prompts it was sent."""

    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.sent: list[dict] = []
        self.chat = SimpleNamespace(completions=SimpleNamespace(create=self.create))

    async def create(self, **kwargs):
        self.sent.append(kwargs)
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))])


@pytest.mark.parametrize(
    ("reply", "expected"),
    [("Score: 4\nMostly right.", 4), ("**Score:** 5", 5), ("score = 2/5", 2), ("3", 3), ("The score is 1.", 1)],
)
def test_judge_scores_map_one_to_five_onto_zero_to_one(reply, expected):
    client = Judge(reply)
    value = score("judge", "Paris", PC, client=client, model="grader", rubric="Is it the capital?")
    assert value == pytest.approx((expected - 1) / 4)
    sent = client.sent[0]
    assert sent["model"] == "grader" and sent["temperature"] == 0.0
    prompt = sent["messages"][0]["content"]
    assert "Is it the capital?" in prompt and "Capital of France?" in prompt and prompt.rstrip().endswith("why.")
    assert "Reference answer:\nParis" in prompt and "Answer to grade:\nParis" in prompt


@pytest.mark.parametrize("reply", ["It is fine.", "Score: 7", "score: 10", "Score: 3.5", ""])
def test_a_judge_reply_without_a_score_is_an_error_not_a_guess(reply):
    assert parse_judge_score(reply) is None
    with pytest.raises(MetricError, match="no score 1-5"):
        score("judge", "Paris", PC, client=Judge(reply), model="grader")


def test_latency_and_cost_from_the_answer():
    answer = Answer("x", latency_ms=12.5, prompt_tokens=100, completion_tokens=50)
    assert score("latency_ms", "x", PC, answer=answer) == 12.5
    # (100 × 1.0 + 50 × 2.0) / 1000
    assert score("cost", "x", PC, answer=answer, price_prompt_1k=1.0, price_completion_1k=2.0) == pytest.approx(0.2)
    assert score("cost", "x", PC, answer=answer) == 0.0
    assert not get_metric("latency_ms").higher_is_better and get_metric("cost").unit == "cost"
    with pytest.raises(ValueError, match="must be ≥ 0"):
        get_metric("cost").validate_params({"price_prompt_1k": -1})


def test_params_are_checked_by_name_and_type():
    with pytest.raises(ValueError, match=r"rouge_l: alpha: unknown parameter \(params: beta\)"):
        get_metric("rouge_l").validate_params({"alpha": 1})
    with pytest.raises(ValueError, match="ignore_case"):
        get_metric("exact_match").validate_params({"ignore_case": "sometimes"})
    with pytest.raises(ValueError, match=r"unknown metric 'vibes'; known: .*bleu"):
        get_metric("vibes")
    assert get_metric("judge").needs == {"client"} and get_metric("cost").needs == {"answer"}
    assert set(METRICS) >= {
        "exact_match",
        "contains",
        "keyword_hit",
        "regex",
        "token_f1",
        "rouge_l",
        "bleu",
        "chrf",
        "embedding_similarity",
        "json_valid",
        "json_schema",
        "judge",
        "latency_ms",
        "cost",
    }


def test_a_metric_plugin_is_found_by_entry_point(monkeypatch):
    import keel.plugins
    from keel.evaluation.metrics import Metric

    def shouting(prediction: str, row: dict, *, threshold: float = 0.5) -> float:
        letters = [c for c in prediction if c.isalpha()]
        return float(bool(letters) and sum(c.isupper() for c in letters) / len(letters) >= threshold)

    class Group:
        def names(self):
            return ("shouting", "broken")

        def load(self, name):
            return Metric("shouting", shouting, higher_is_better=False) if name == "shouting" else object()

        def source(self, name):
            return f"my_metrics:{name} from my-metrics"

    monkeypatch.setattr(keel.plugins, "plugins", lambda group: Group())
    metric = get_metric("shouting")
    assert metric.validate_params({}) == {"threshold": 0.5} and not metric.higher_is_better
    assert score("shouting", "STOP IT", PC) == 1.0 and score("shouting", "Stop it", PC, threshold=0.9) == 0.0
    with pytest.raises(ValueError, match=r"the metric plugin 'broken' \(my_metrics:broken from my-metrics\)"):
        get_metric("broken")
