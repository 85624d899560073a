"""Offline eval metrics: each scores one answer against its dataset row.

A metric is a function `(prediction: str, row: dict, **params) -> float`, in [0, 1] where 1 is
best, or a raw value (latency_ms, cost: lower is better); it may be a coroutine function (judge,
embedding_similarity). Its keyword-only parameters, with their annotations and defaults, are
its `params` in eval.yaml, checked before anything runs. Two names are not params but given by
the harness to the metrics that take them: `answer` (the call's latency and usage) and `client`
(the keel client the eval runs on). A score that cannot be computed (no reference in the row, a
judge reply without a score) raises `MetricError`: the harness records the reason and leaves the
score out of the mean, never scoring it 0 behind the user's back.

The reference of a row is its `reference` field (a string or a list of acceptable strings), else
its `completion` (prompt/completion rows), else its last assistant message (chat rows).

    exact_match            normalised equality (case, whitespace; punctuation with ignore_punctuation)
    contains               the reference (or the row's `keywords`: all, or any) appears in the answer
    keyword_hit            the fraction of the row's `keywords` the answer contains
    regex                  `pattern` (or the row's `pattern`) is found in the answer
    token_f1               SQuAD's token F1 (lower case, no punctuation or articles)
    rouge_l                ROUGE-L: F-measure of the longest common subsequence of words
    bleu, chrf             sacrebleu's sentence BLEU and chrF (chrF++ with word_order=2), 0..1
    embedding_similarity   cosine of all-MiniLM-L6-v2 sentence embeddings (keel.embeddings), ≥ 0
    json_valid             the answer parses as JSON (keel.evaluation.online's check)
    json_schema            the answer is JSON valid against `schema` (or the row's `schema`)
    judge                  an LLM grades the answer 1-5 by a rubric, through the gateway: (s - 1) / 4
    latency_ms             the call's wall time
    cost                   prompt and completion tokens × price_prompt_1k / price_completion_1k

Third-party metrics register a `Metric` under the entry point group `keel.metrics`.
"""

from __future__ import annotations

import builtins
import inspect
import re
import string
import typing
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from keel.evaluation import online


class MetricError(Exception):
    """A score that could not be computed for one answer; the reason is recorded with the row."""


@dataclass(frozen=True, slots=True)
class Answer:
    """What the harness measured of one call: the metrics that take `answer` read it."""

    text: str
    latency_ms: float
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str | None = None


# ------------------------------------------------------------------------------ rows


def reference(row: dict[str, Any]) -> list[str] | None:
    """The acceptable answers of ROW: `reference` (string or list), `completion`, or the last
    assistant message; None when the row has none."""
    ref = row.get("reference")
    if isinstance(ref, str):
        return [ref]
    if isinstance(ref, list) and ref and all(isinstance(r, str) for r in ref):
        return list(ref)
    if isinstance(row.get("completion"), str):
        return [row["completion"]]
    messages = row.get("messages")
    if isinstance(messages, list) and messages and isinstance(messages[-1], dict):
        last = messages[-1]
        if last.get("role") == "assistant" and isinstance(last.get("content"), str):
            return [last["content"]]
    return None


def input_messages(row: dict[str, Any]) -> list[dict[str, Any]] | None:
    """A chat row's conversation without its final assistant message (the reference)."""
    messages = row.get("messages")
    if not isinstance(messages, list):
        return None
    if messages and isinstance(messages[-1], dict) and messages[-1].get("role") == "assistant":
        messages = messages[:-1]
    return [{"role": m["role"], "content": m["content"]} for m in messages]


def input_text(row: dict[str, Any]) -> str:
    """What the model is asked: the prompt, or the last user message."""
    if isinstance(row.get("prompt"), str):
        return row["prompt"]
    for m in reversed(input_messages(row) or []):
        if m["role"] == "user":
            return m["content"]
    return ""


def _need_reference(row: dict[str, Any]) -> list[str]:
    refs = reference(row)
    if refs is None:
        raise MetricError("the row has no reference: give `reference`, `completion` or a final assistant message")
    return refs


def _keywords(row: dict[str, Any]) -> list[str]:
    kws = row.get("keywords")
    if isinstance(kws, str):
        kws = [kws]
    if not isinstance(kws, list) or not kws or not all(isinstance(k, str) and k for k in kws):
        raise MetricError("the row has no `keywords` (a non-empty list of strings)")
    return kws


# ------------------------------------------------------------------------------ text


_SPACE = re.compile(r"\s+")
_ARTICLES = re.compile(r"\b(a|an|the)\b")
_WORD = re.compile(r"\w+")


def _strip_punctuation(text: str) -> str:
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))


def normalize(text: str, *, ignore_case: bool = True, ignore_punctuation: bool = False) -> str:
    text = unicodedata.normalize("NFKC", text)
    if ignore_case:
        text = text.casefold()
    if ignore_punctuation:
        text = _strip_punctuation(text)
    return _SPACE.sub(" ", text).strip()


def squad_tokens(text: str) -> list[str]:
    """SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = _ARTICLES.sub(" ", text)
    return text.split()


def exact_match(
    prediction: str, row: dict[str, Any], *, ignore_case: bool = True, ignore_punctuation: bool = False
) -> float:
    said = normalize(prediction, ignore_case=ignore_case, ignore_punctuation=ignore_punctuation)
    refs = _need_reference(row)
    hit = any(said == normalize(r, ignore_case=ignore_case, ignore_punctuation=ignore_punctuation) for r in refs)
    return 1.0 if hit else 0.0


def contains(prediction: str, row: dict[str, Any], *, all: bool = True, ignore_case: bool = True) -> float:
    """The row's `keywords` (all of them, or with all: false any) appear in the answer; a row
    without keywords: its reference (any of them) appears in it."""
    if "keywords" in row:
        values, need = _keywords(row), all
    else:
        values, need = _need_reference(row), False
    if ignore_case:
        scorer = online.build("contains", {"kind": "contains", "values": values, "all": need})
        return scorer(prediction)
    found = [v in prediction for v in values]
    return 1.0 if (builtins.all(found) if need else any(found)) else 0.0


def keyword_hit(prediction: str, row: dict[str, Any], *, ignore_case: bool = True) -> float:
    kws = _keywords(row)
    said = prediction.casefold() if ignore_case else prediction
    return sum(1 for k in kws if (k.casefold() if ignore_case else k) in said) / len(kws)


def regex(prediction: str, row: dict[str, Any], *, pattern: str | None = None) -> float:
    """`pattern` (Python `re`, searched), else the row's own `pattern` field."""
    pat = pattern if pattern is not None else row.get("pattern")
    if not isinstance(pat, str):
        raise MetricError("no pattern: give params.pattern or a `pattern` field in the row")
    try:
        return online.build("regex", {"kind": "regex", "pattern": pat})(prediction)
    except Exception as exc:
        raise MetricError(f"the row's pattern {pat!r} is not a valid regular expression") from exc


def token_f1(prediction: str, row: dict[str, Any]) -> float:
    """SQuAD's F1 over normalised tokens (the best over the references)."""
    said = squad_tokens(prediction)
    best = 0.0
    for ref in _need_reference(row):
        gold = squad_tokens(ref)
        if not said or not gold:
            best = max(best, float(said == gold))
            continue
        common = sum((Counter(said) & Counter(gold)).values())
        if common == 0:
            continue
        p, r = common / len(said), common / len(gold)
        best = max(best, 2 * p * r / (p + r))
    return best


def lcs_length(a: list[str], b: list[str]) -> int:
    """The length of the longest common subsequence of A and B (one row of the table at a time)."""
    if len(a) < len(b):
        a, b = b, a
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def rouge_l(prediction: str, row: dict[str, Any], *, beta: float = 1.0) -> float:
    """ROUGE-L: the LCS of the lower-cased words; F = (1 + β²) P R / (R + β² P). Best over references."""
    said = _WORD.findall(prediction.lower())
    best = 0.0
    for ref in _need_reference(row):
        gold = _WORD.findall(ref.lower())
        lcs = lcs_length(said, gold) if said and gold else 0
        if lcs == 0:
            continue
        p, r = lcs / len(said), lcs / len(gold)
        best = max(best, (1 + beta * beta) * p * r / (r + beta * beta * p))
    return best


def _sacrebleu() -> Any:
    try:
        import sacrebleu
    except ImportError:
        raise MetricError("bleu and chrf need sacrebleu: pip install sacrebleu (or keel[training])") from None
    return sacrebleu


@lru_cache(maxsize=16)
def _bleu(tokenize: str, lowercase: bool) -> Any:
    return _sacrebleu().BLEU(effective_order=True, tokenize=tokenize, lowercase=lowercase)


@lru_cache(maxsize=16)
def _chrf(char_order: int, word_order: int, lowercase: bool) -> Any:
    return _sacrebleu().CHRF(char_order=char_order, word_order=word_order, lowercase=lowercase)


def bleu(prediction: str, row: dict[str, Any], *, tokenize: str = "13a", lowercase: bool = False) -> float:
    """sacrebleu's sentence BLEU (effective order, exp smoothing) against all references, / 100."""
    return min(1.0, _bleu(tokenize, lowercase).sentence_score(prediction, _need_reference(row)).score / 100.0)


def chrf(
    prediction: str, row: dict[str, Any], *, char_order: int = 6, word_order: int = 0, lowercase: bool = False
) -> float:
    """sacrebleu's sentence chrF (word_order 2: chrF++), / 100."""
    score = _chrf(char_order, word_order, lowercase).sentence_score(prediction, _need_reference(row)).score
    return min(1.0, score / 100.0)


async def embedding_similarity(prediction: str, row: dict[str, Any], *, model: str | None = None) -> float:
    """The cosine of the answer's and the reference's sentence embeddings (the best reference),
    floored at 0. The embedder is keel.embeddings' shared one, loaded on first use."""
    from keel.embeddings import EmbedderUnavailable, shared_embedder
    from keel.embeddings.embedder import DEFAULT_MODEL

    refs = _need_reference(row)
    try:
        vectors = await shared_embedder(model or DEFAULT_MODEL).embed([prediction, *refs])
    except EmbedderUnavailable as exc:
        raise MetricError(str(exc)) from None
    best = max(float(vectors[0] @ v) for v in vectors[1:])
    return min(1.0, max(0.0, best))


_JSON_VALID = online.build("json_valid", {"kind": "json_valid"})
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def json_valid(prediction: str, row: dict[str, Any]) -> float:
    return _JSON_VALID(prediction)


def _schema_validator(schema: Any) -> Any:
    import jsonschema

    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def json_schema(prediction: str, row: dict[str, Any], *, schema: dict[str, Any] | None = None) -> float:
    """1 when the answer (a ```json fence allowed) is JSON valid against SCHEMA (or the row's `schema`)."""
    import json

    import jsonschema

    use = schema if schema is not None else row.get("schema")
    if not isinstance(use, dict):
        raise MetricError("no schema: give params.schema or a `schema` object in the row")
    try:
        validator = _schema_validator(use)
    except jsonschema.SchemaError as exc:
        raise MetricError(f"the schema is not a valid JSON Schema: {exc.message}") from None
    fenced = _FENCE.match(prediction)
    try:
        value = json.loads(fenced.group(1) if fenced else prediction)
    except ValueError:
        return 0.0
    return 1.0 if validator.is_valid(value) else 0.0


DEFAULT_RUBRIC = (
    "The answer is correct, complete and relevant to the task, and agrees with the reference when one is given."
)
JUDGE_PROMPT = """You are grading an answer to a task.

Rubric: {rubric}

Task:
{task}

Reference answer:
{reference}

Answer to grade:
{prediction}

Rate the answer from 1 (worst) to 5 (best) by the rubric. Reply with a line "Score: N", where N is
1, 2, 3, 4 or 5, then one sentence saying why."""
_SCORE = re.compile(r"score\s*(?:is|[:=])?\s*\**\s*([1-5])(?:\s*/\s*5)?(?!\d|\.\d)", re.IGNORECASE)


def parse_judge_score(reply: str) -> int | None:
    """The 1-5 score in a judge's reply ("Score: 4", "score = 4/5", or just "4"); None when there is none."""
    found = _SCORE.search(reply)
    if found:
        return int(found.group(1))
    bare = reply.strip().strip("*.").strip()
    return int(bare) if bare in ("1", "2", "3", "4", "5") else None


async def judge(
    prediction: str,
    row: dict[str, Any],
    *,
    client: Any,
    model: str,
    rubric: str = DEFAULT_RUBRIC,
    max_tokens: int = 128,
    temperature: float = 0.0,
    seed: int | None = None,
) -> float:
    """An LLM (MODEL, through the gateway) rates the answer 1-5 by RUBRIC; mapped to (s - 1) / 4.
    A reply without a parseable score is a MetricError (recorded), not a guess."""
    refs = reference(row)
    prompt = JUDGE_PROMPT.format(
        rubric=rubric,
        task=input_text(row),
        reference="\n---\n".join(refs) if refs else "(none)",
        prediction=prediction,
    )
    kwargs: dict[str, Any] = {"temperature": temperature, "max_tokens": max_tokens}
    if seed is not None:
        kwargs["seed"] = seed
    reply = await client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}], **kwargs)
    text = reply.choices[0].message.content or ""
    score = parse_judge_score(text)
    if score is None:
        raise MetricError(f"the judge's reply has no score 1-5: {text.strip()[:200]!r}")
    return (score - 1) / 4.0


def latency_ms(prediction: str, row: dict[str, Any], *, answer: Answer) -> float:
    return answer.latency_ms


def cost(
    prediction: str,
    row: dict[str, Any],
    *,
    answer: Answer,
    price_prompt_1k: float = 0.0,
    price_completion_1k: float = 0.0,
) -> float:
    """Tokens × prices per 1000 tokens (the registry's price_prompt_1k / price_completion_1k;
    a target's own prices override these)."""
    return (answer.prompt_tokens * price_prompt_1k + answer.completion_tokens * price_completion_1k) / 1000.0


# ------------------------------------------------------------------------------ the table

INJECTED = ("answer", "client")


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)


@dataclass(frozen=True)
class Metric:
    """A metric by name: its function, whether higher is better, and what its values are."""

    name: str
    fn: Callable[..., Any]
    higher_is_better: bool = True
    unit: str = "score"  # score (0..1) | ms | cost
    description: str = ""
    check: Callable[[dict[str, Any]], None] | None = None  # extra checks of the params
    params_model: type[BaseModel] = field(init=False, repr=False)
    needs: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        fields: dict[str, Any] = {}
        needs = set()
        try:
            hints = typing.get_type_hints(self.fn)
        except Exception:  # an annotation that does not resolve: the parameter takes anything
            hints = {}
        for p in list(inspect.signature(self.fn).parameters.values())[2:]:
            if p.name in INJECTED:
                needs.add(p.name)
                continue
            if p.kind is not inspect.Parameter.KEYWORD_ONLY:
                continue
            default = ... if p.default is inspect.Parameter.empty else p.default
            key = f"{p.name}_" if hasattr(BaseModel, p.name) else p.name  # e.g. `schema`
            fields[key] = (hints.get(p.name, Any), Field(default, alias=p.name))
        object.__setattr__(self, "params_model", create_model(f"{self.name}_params", __base__=_Params, **fields))
        object.__setattr__(self, "needs", frozenset(needs))

    @property
    def is_async(self) -> bool:
        return inspect.iscoroutinefunction(self.fn)

    def validate_params(self, params: dict[str, Any]) -> dict[str, Any]:
        """The params, checked and with defaults; ValueError saying what is wrong."""
        try:
            checked = self.params_model.model_validate(params).model_dump(by_alias=True)
        except ValidationError as exc:
            problems = []
            for err in exc.errors():
                where = ".".join(str(x) for x in err["loc"])
                msg = "unknown parameter" if err["type"] == "extra_forbidden" else err["msg"]
                problems.append(f"{where}: {msg}" if where else msg)
            allowed = ", ".join(f.alias or n for n, f in self.params_model.model_fields.items()) or "none"
            raise ValueError(f"{self.name}: {'; '.join(problems)} (params: {allowed})") from None
        if self.check is not None:
            self.check(checked)
        return checked


def _check_regex(params: dict[str, Any]) -> None:
    if params.get("pattern") is not None:
        try:
            re.compile(params["pattern"])
        except re.error as exc:
            raise ValueError(f"regex: {params['pattern']!r} is not a valid regular expression ({exc})") from None


def _check_schema(params: dict[str, Any]) -> None:
    if params.get("schema") is not None:
        try:
            import jsonschema
        except ImportError:
            raise ValueError("json_schema needs jsonschema: pip install jsonschema") from None
        try:
            _schema_validator(params["schema"])
        except jsonschema.SchemaError as exc:
            raise ValueError(f"json_schema: the schema is not a valid JSON Schema: {exc.message}") from None


def _check_sacrebleu(params: dict[str, Any]) -> None:
    try:
        _sacrebleu()
    except MetricError as exc:
        raise ValueError(str(exc)) from None
    if "tokenize" in params:
        try:
            _bleu(params["tokenize"], params["lowercase"])
        except Exception as exc:
            raise ValueError(f"bleu: tokenize {params['tokenize']!r}: {exc}") from None


def _check_prices(params: dict[str, Any]) -> None:
    for name in ("price_prompt_1k", "price_completion_1k"):
        if params.get(name, 0) < 0:
            raise ValueError(f"cost: {name} must be ≥ 0")


METRICS: dict[str, Metric] = {
    m.name: m
    for m in (
        Metric("exact_match", exact_match, description="normalised equality with the reference"),
        Metric("contains", contains, description="the keywords (or the reference) appear in the answer"),
        Metric("keyword_hit", keyword_hit, description="the fraction of the row's keywords found"),
        Metric("regex", regex, check=_check_regex, description="the pattern is found in the answer"),
        Metric("token_f1", token_f1, description="SQuAD token F1 against the reference"),
        Metric("rouge_l", rouge_l, description="ROUGE-L F-measure against the reference"),
        Metric("bleu", bleu, check=_check_sacrebleu, description="sentence BLEU (sacrebleu), 0..1"),
        Metric("chrf", chrf, check=_check_sacrebleu, description="sentence chrF (sacrebleu), 0..1"),
        Metric("embedding_similarity", embedding_similarity, description="cosine of sentence embeddings"),
        Metric("json_valid", json_valid, description="the answer parses as JSON"),
        Metric("json_schema", json_schema, check=_check_schema, description="the answer is valid against a schema"),
        Metric("judge", judge, description="an LLM's 1-5 grade by a rubric, (s - 1) / 4"),
        Metric("latency_ms", latency_ms, higher_is_better=False, unit="ms", description="the call's wall time"),
        Metric("cost", cost, higher_is_better=False, unit="cost", check=_check_prices, description="tokens × prices"),
    )
}


def get_metric(name: str) -> Metric:
    """The metric NAME: a built-in, else one registered under the entry point group keel.metrics."""
    found = METRICS.get(name)
    if found is not None:
        return found
    from keel.plugins import plugins

    group = plugins("keel.metrics")
    if name in group.names():
        obj = group.load(name)
        if not isinstance(obj, Metric):
            raise ValueError(f"the metric plugin {name!r} ({group.source(name)}) is not a keel Metric")
        return obj
    known = sorted({*METRICS, *group.names()})
    raise ValueError(f"unknown metric {name!r}; known: {', '.join(known)}")
