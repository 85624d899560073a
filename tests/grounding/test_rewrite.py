"""Follow-up questions made self-contained: when a question leans on the conversation, the
deterministic rewrite, and when a model's rewrite is used or refused."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from keel.grounding.rewrite import carry_terms, depends_on_history, rewrite, usable
from keel.types import Message

BERLIN = [
    Message("user", "How many days of annual leave do staff in Berlin get?"),
    Message("assistant", "They get 28 days."),
]


@pytest.mark.parametrize(
    ("question", "leans"),
    [
        ("And in Lisbon?", True),
        ("what about Toronto then?", True),
        ("Who do I tell?", True),  # one content word: it cannot stand alone
        ("Is it the same for contractors?", True),
        ("How many vacation days do Singapore staff get each year?", False),
        ("Which tool do I use to file an expense claim for a hotel?", False),
    ],
)
def test_which_questions_lean_on_the_conversation(question: str, leans: bool) -> None:
    assert depends_on_history(question) is leans


def test_the_deterministic_rewrite_carries_terms_and_swaps_names() -> None:
    q = carry_terms("And in Lisbon?", BERLIN)
    assert q.startswith("And in Lisbon?") and {"days", "annual", "leave", "staff"} <= set(q.lower().split())
    assert "berlin" not in q.lower()  # the follow-up names its own place
    q = carry_terms("Who do I tell?", BERLIN)
    assert "berlin" in q.lower()  # no new name: the earlier one still applies
    older = [Message("user", "Where is the Toronto depot?"), Message("assistant", "On King Street."), *BERLIN]
    assert "toronto" not in carry_terms("and how many sick days?", older).lower()  # only the latest turn


@dataclass
class Answer:
    text: str


async def test_a_usable_model_rewrite_is_used_and_a_bad_one_is_not() -> None:
    asked: list[object] = []

    def model(text: str):
        async def complete(request: object) -> Answer:
            asked.append(request)
            return Answer(text)

        return complete

    good = await rewrite("And in Lisbon?", BERLIN, model("How many days of annual leave do staff in Lisbon get?"))
    assert good.method == "model" and good.query.startswith("How many days of annual leave do staff in Lisbon get?")
    for bad in (
        "How many days of annual leave do staff in Berlin get?",  # repeats the earlier question
        "I'm sorry, I don't have enough time to answer this question.",  # a refusal
        "",
        "x" * 500,
    ):
        r = await rewrite("And in Lisbon?", BERLIN, model(bad))
        assert r.method == "terms" and "lisbon" in r.query.lower(), bad
    assert len(asked) == 5

    async def broken(request: object) -> Answer:
        raise RuntimeError("the rewrite model is down")

    assert (await rewrite("And in Lisbon?", BERLIN, broken)).method == "terms"
    # a question that stands alone is searched as asked: no model call
    alone = await rewrite("How many vacation days do Singapore staff get?", BERLIN, model("unused"))
    assert alone.method == "none" and len(asked) == 5
    assert (await rewrite("And in Lisbon?", [], model("unused"))).method == "none"  # nothing before it


def test_usable() -> None:
    assert usable("What is the parental leave in Lisbon?", "and Lisbon?")
    assert not usable("What is the parental leave in Berlin?", "and Lisbon?")
    assert not usable("Sorry, I cannot help with Lisbon.", "and Lisbon?")
