"""Follow-up questions made self-contained before retrieval ("and for Lisbon?" → "parental leave
weeks Lisbon"), so a search finds what the conversation is about.

Two ways: a configured model (`grounding.rewrite_model`) rewrites the question given the turns
before it; without one, or when the model's answer is unusable, a deterministic rewrite carries
the key terms of the previous user turns into the query — replacing the previous question's
names (capitalised words) when the follow-up brings its own ("and for Lisbon?" drops "Berlin").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from keel.grounding.index import STOPWORDS, terms
from keel.types import GenerationParams, GenerationRequest, Message

log = logging.getLogger(__name__)

# openings and words that make a question lean on what was said before
_LEANING = re.compile(
    r"^\s*(and|but|also|what about|how about|and what about|same for|what of|or|then|so)\b"
    r"|\b(it|its|they|them|their|that|those|these|this|there|he|she|his|her|one|ones|same|instead|else)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][\w'-]*[a-z0-9][\w'-]*\b|\b[A-Z]{2,}\b")
QUESTION_WORDS = frozenset(
    ["how", "many", "much", "long", "often", "when", "where", "who", "whom", "whose", "which", "what", "why"]
)


@dataclass(slots=True)
class Rewrite:
    query: str
    rewritten: bool
    method: str  # none | model | terms

    def to_dict(self) -> dict[str, object]:
        return {"query": self.query, "rewritten": self.rewritten, "method": self.method}


def depends_on_history(question: str) -> bool:
    """Whether QUESTION reads as a follow-up: it opens like one, points back (it, they, there…),
    or has too few content words to stand alone."""
    content = [t for t in terms(question) if t not in QUESTION_WORDS]
    return bool(_LEANING.search(question)) or len(content) <= 2


def _names(text: str) -> list[str]:
    """Capitalised words that are not sentence openers or stop words: the slots a follow-up swaps."""
    out = []
    for m in _NAME.finditer(text):
        word = m.group(0)
        start = m.start()
        before = text[:start].rstrip()
        opener = not before or before.endswith((".", "?", "!", ":", '"'))
        if word.lower() in STOPWORDS or word.lower() in QUESTION_WORDS or (opener and word.lower() in _OPENERS):
            continue
        out.append(word)
    return out


_OPENERS = frozenset(
    ["and", "but", "also", "what", "how", "please", "could", "can", "would", "is", "are", "do", "does"]
)


def carry_terms(question: str, history: list[Message], max_terms: int = 12) -> str:
    """The deterministic rewrite: the question, then the key terms of the latest user turns (newest
    first) that it does not already have; names of earlier turns are left out when the question
    names something itself."""
    own = set(terms(question))
    new_names = {n.lower() for n in _names(question)}
    carried: list[str] = []
    for m in reversed(history):
        if m.role != "user" or not m.content:
            continue
        old_names = {n.lower() for n in _names(m.content)}
        for t in terms(m.content):
            if t in own or t in carried or t in QUESTION_WORDS:
                continue
            if new_names and t in old_names:
                continue  # "and for Lisbon?" replaces "Berlin"
            carried.append(t)
        if len(carried) >= max_terms:
            break
        if carried:
            break  # the latest user turn with content words is what a follow-up continues
    return " ".join([question.strip(), *carried[:max_terms]]).strip()


Completer = Callable[[GenerationRequest], Awaitable[object]]

_REFUSAL = re.compile(r"^\W*(i'?m sorry|i am sorry|sorry|i can'?not|i can't|i don'?t|as an ai|unfortunately)\b", re.I)


def usable(candidate: str, question: str) -> bool:
    """Whether a model's rewrite can stand for QUESTION: a sentence of sensible length, not a
    refusal, that keeps every content word of the question itself ("Lisbon" in "and in Lisbon?"):
    a small model that answers, apologises or repeats the previous question is not used."""
    if not 3 <= len(candidate) <= max(200, 4 * len(question)) or _REFUSAL.match(candidate):
        return False
    own = [t for t in terms(question) if t not in QUESTION_WORDS]
    return set(own) <= set(terms(candidate))


_INSTRUCTION = (
    "Rewrite the user's last question so that it can be understood without the conversation: "
    "replace pronouns and ellipses with what they refer to. Answer with the rewritten question only."
)


async def rewrite(question: str, history: list[Message], complete: Completer | None = None) -> Rewrite:
    """QUESTION made self-contained given HISTORY (the turns before it)."""
    if not history or not any(m.role == "user" for m in history) or not depends_on_history(question):
        return Rewrite(question, False, "none")
    if complete is not None:
        turns = "\n".join(f"{m.role}: {m.content}" for m in history[-6:] if m.role in ("user", "assistant"))
        request = GenerationRequest(
            GenerationParams(max_tokens=64, temperature=0.0),
            messages=[
                Message("system", _INSTRUCTION),
                Message("user", f"Conversation:\n{turns}\n\nLast question: {question}\n\nRewritten question:"),
            ],
        )
        try:
            answer = await complete(request)
            lines = (getattr(answer, "text", "") or "").strip().strip('"').splitlines()
            candidate = lines[0].strip() if lines else ""
            if usable(candidate, question):
                # the model's wording, plus the carried terms it may have missed
                return Rewrite(carry_terms(candidate, history, max_terms=4), True, "model")
            log.info("the rewrite model's answer was not a usable question; using the deterministic rewrite")
        except Exception as exc:  # the fallback below still answers
            log.warning("query rewrite by model failed, using the deterministic rewrite: %s", exc)
    return Rewrite(carry_terms(question, history), True, "terms")
