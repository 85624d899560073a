"""Output-only scanners: prompt_leak, json_schema, refusal, relevance, grounded."""

from __future__ import annotations

import pytest

from keel.guard.base import ScanContext, ScannerConfigError
from keel.guard.scanners.output import (
    GroundedScanner,
    JsonSchemaScanner,
    PromptLeakScanner,
    RefusalScanner,
    RelevanceScanner,
)

SYSTEM = "You are Keel's support bot. Never discuss pricing with customers and always answer in a friendly tone."
CANARY = "kc-0123456789abcdef"


def out_ctx(**kw) -> ScanContext:
    return ScanContext("output", **kw)


# --- prompt_leak ------------------------------------------------------------------------------


def test_canary_in_the_answer() -> None:
    text = f"Sure, the hidden token is {CANARY}. And again: {CANARY}"
    r = PromptLeakScanner().scan(text, out_ctx(canary=CANARY))
    assert r.triggered and r.score == 1.0
    assert [(f.entity, text[f.start : f.end]) for f in r.findings] == [("CANARY", CANARY)] * 2


def test_verbatim_system_prompt_run_is_one_span() -> None:
    text = "My instructions say: NEVER discuss pricing, with customers: and ALWAYS answer in a friendly tone. Bye!"
    r = PromptLeakScanner().scan(text, out_ctx(system_prompt=SYSTEM))
    assert r.triggered and r.score == 0.9
    (f,) = r.findings
    assert f.entity == "SYSTEM_PROMPT"
    assert text[f.start : f.end] == "NEVER discuss pricing, with customers: and ALWAYS answer in a friendly tone"


def test_short_overlaps_and_no_context_do_not_leak() -> None:
    s = PromptLeakScanner()
    assert not s.scan("Pricing is not something I can discuss with customers.", out_ctx(system_prompt=SYSTEM)).triggered
    assert not s.scan(SYSTEM, out_ctx()).triggered  # neither canary nor system prompt known
    assert not PromptLeakScanner(min_words=30).scan(SYSTEM, out_ctx(system_prompt=SYSTEM)).triggered
    assert PromptLeakScanner(min_words=3).scan("always answer in kind", out_ctx(system_prompt=SYSTEM)).triggered


# --- json_schema ------------------------------------------------------------------------------

SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
    "required": ["name", "age"],
}


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "Ann", "age": 3}',
        '```json\n{"name": "Ann", "age": 3}\n```',
        '{"name": "Ann", "age": 3} hope this helps',
    ],
)
def test_valid_json(text: str) -> None:
    r = JsonSchemaScanner().scan(text, out_ctx(schema=SCHEMA))
    assert not r.triggered and r.findings == []


@pytest.mark.parametrize(
    ("text", "entity", "detail"),
    [
        ("not json", "INVALID_JSON", "not valid JSON"),
        ('{"name": "Ann", "age": "3"}', "SCHEMA_MISMATCH", "age: '3' is not of type 'integer'"),
        ('{"name": "Ann"}', "SCHEMA_MISMATCH", "(root): 'age' is a required property"),
    ],
)
def test_invalid_json(text: str, entity: str, detail: str) -> None:
    r = JsonSchemaScanner().scan(text, out_ctx(schema=SCHEMA))
    assert r.triggered and r.score == 1.0
    assert [(f.entity, f.detail) for f in r.findings] == [(entity, detail)]


def test_rule_schema_wins_and_no_schema_only_checks_syntax() -> None:
    rule_schema = {"type": "array"}
    assert JsonSchemaScanner(schema=rule_schema).scan('{"name": "Ann", "age": 3}', out_ctx(schema=SCHEMA)).triggered
    assert not JsonSchemaScanner().scan('{"anything": 1}', out_ctx()).triggered
    assert JsonSchemaScanner().scan("{oops", out_ctx()).triggered


def test_invalid_schema_is_a_config_error() -> None:
    with pytest.raises(ScannerConfigError, match="schema is invalid"):
        JsonSchemaScanner(schema={"type": "nonsense"}).scan('{"a": 1}', out_ctx())


# --- refusal ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, but I can't help with that.",
        "I\u2019m sorry, but I can\u2019t help with that.",
        "As an AI language model, I cannot provide medical advice.",
        "I must decline to answer.",
        "Unfortunately, I cannot do that.",
        "This request violates our usage policy.",
        "I'd rather not.",
    ],
)
def test_refusals(text: str) -> None:
    r = RefusalScanner().scan(text, out_ctx())
    assert r.triggered and r.score == 0.95
    assert r.findings[0].entity == "REFUSAL"


@pytest.mark.parametrize(
    "text",
    [
        "Sure! Here is the recipe: mix flour and eggs.",
        "Step 1: open the app. If it says I cannot connect, restart it.",
        "Here is a detailed guide. " * 30 + "Note that I can't help with tax filing itself.",
    ],
)
def test_helpful_answers_are_not_refusals(text: str) -> None:
    assert not RefusalScanner().scan(text, out_ctx()).triggered


def test_refusal_weighs_less_later_in_the_answer() -> None:
    helpful = "Here is what you asked for, step by step. " * 5
    r = RefusalScanner().scan(helpful + "I'm sorry, but I can't help with the rest.", out_ctx())
    assert 0 < r.score < 0.95


# --- relevance --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def relevance(embedder) -> RelevanceScanner:
    return RelevanceScanner()


def test_relevant_answer(relevance: RelevanceScanner) -> None:
    r = relevance.scan(
        "Click 'Forgot password' on the login page and follow the emailed link to reset it.",
        out_ctx(prompt="How do I reset my password?"),
    )
    assert not r.triggered and r.score < 0.65


def test_irrelevant_answer(relevance: RelevanceScanner) -> None:
    r = relevance.scan(
        "The Eiffel Tower was completed in 1889 for the World's Fair.", out_ctx(prompt="How do I reset my password?")
    )
    assert r.triggered and r.findings[0].entity == "IRRELEVANT"
    assert r.findings[0].detail.startswith("cosine ")


def test_relevance_needs_a_question_and_an_answer(relevance: RelevanceScanner) -> None:
    assert relevance.scan("anything", out_ctx()).score == 0.0
    assert relevance.scan("   ", out_ctx(prompt="How?")).score == 0.0


# --- grounded ---------------------------------------------------------------------------------

DOCS = ["The Eiffel Tower is 330 metres tall. It was completed in 1889 in Paris."]


@pytest.fixture(scope="module")
def grounded(embedder) -> GroundedScanner:
    return GroundedScanner()


def test_supported_answer(grounded: GroundedScanner) -> None:
    r = grounded.scan("The Eiffel Tower was completed in 1889. It is 330 metres tall.", out_ctx(documents=DOCS))
    assert not r.triggered and r.score == 0.0


def test_wrong_number_is_unsupported(grounded: GroundedScanner) -> None:
    text = "The Eiffel Tower was completed in 1887."
    r = grounded.scan(text, out_ctx(documents=DOCS))
    assert r.triggered and r.score == 1.0
    assert [(f.entity, text[f.start : f.end]) for f in r.findings] == [("UNSUPPORTED", text)]
    lenient = GroundedScanner(check_numbers=False)
    assert not lenient.scan(text, out_ctx(documents=DOCS)).triggered


def test_unrelated_sentence_is_a_span(grounded: GroundedScanner) -> None:
    text = "The Eiffel Tower is 330 metres tall. Bananas are rich in potassium and grow in tropical climates."
    r = grounded.scan(text, out_ctx(documents=DOCS))
    assert r.score == 0.5
    assert [text[f.start : f.end] for f in r.findings] == [
        "Bananas are rich in potassium and grow in tropical climates."
    ]


def test_grounded_without_documents_or_sentences(grounded: GroundedScanner) -> None:
    assert not grounded.scan("The Eiffel Tower was completed in 1887.", out_ctx()).triggered
    assert not grounded.scan("Yes.", out_ctx(documents=DOCS)).triggered  # too short to judge
    ruled = GroundedScanner(documents=DOCS)  # documents from the rule when the request has none
    assert ruled.scan("The Eiffel Tower was completed in 1887.", out_ctx()).triggered


def test_output_scanners_run_on_output_only() -> None:
    for cls in (PromptLeakScanner, JsonSchemaScanner, RefusalScanner, RelevanceScanner, GroundedScanner):
        assert cls.directions == frozenset({"output"})
