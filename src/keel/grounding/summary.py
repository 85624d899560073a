"""Running summaries of conversations: the turns that no longer fit the memory budget, folded
into a few lines — by a model (`grounding.memory.summary_model`) or, without one, extractively.
A summary never fails the request it grounds: a model that fails or answers nothing falls back
to the extractive summary."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from keel.types import GenerationParams, GenerationRequest, Message

log = logging.getLogger(__name__)

SUMMARY_PREFIX = "Summary of the earlier conversation: "
Summarizer = Callable[[str | None, list[Message]], Awaitable[str]]
Counter = Callable[[str], int]


def counted_text(m: Message) -> str:
    calls = " ".join(f"{c.name} {c.arguments}" for c in m.tool_calls or [])
    return f"{m.content} {calls}" if calls else m.content


SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
EXTRACT_WORDS, EXTRACT_LINES, EXTRACT_CHARS = 30, 24, 2400


def _first_sentence(text: str, words: int = EXTRACT_WORDS) -> str:
    first = next((s for s in SENTENCE.split(text.strip()) if s.strip()), "")
    w = first.split()
    return " ".join(w[:words]) + (" …" if len(w) > words else "")


async def extractive_summary(previous: str | None, turns: list[Message]) -> str:
    """A summary without a model: PREVIOUS, then one line per turn, `role: <its first sentence,
    at most 30 words>`; the newest lines within 24 lines and 2400 characters."""
    lines = previous.splitlines() if previous else []
    for m in turns:
        text = _first_sentence(m.content)
        if not text and m.tool_calls:
            text = "called " + ", ".join(c.name for c in m.tool_calls)
        if text:
            lines.append(f"{m.role}: {text}")
    lines = lines[-EXTRACT_LINES:]
    while len(lines) > 1 and sum(len(x) + 1 for x in lines) > EXTRACT_CHARS:
        lines.pop(0)
    return "\n".join(lines)[-EXTRACT_CHARS:]


SUMMARY_INSTRUCTION = (
    "You keep the running summary of a conversation between a user and an assistant. Merge the summary "
    "so far with the new turns. Keep names, facts, numbers, decisions, preferences and open questions; drop "
    "greetings and small talk. Reply with the summary only: plain sentences in the third person, at most "
    "{words} words."
)
# where a model that goes on writing the transcript (small ones do) is cut off
SUMMARY_STOPS = ["\nuser:", "\nassistant:", "\ntool:", '"""']


def model_summarizer(complete: Callable[[GenerationRequest], Awaitable[Any]], max_tokens: int = 160) -> Summarizer:
    """A Summarizer that asks a model for the summary through COMPLETE (a provider's `complete`,
    or `keel.grounding.catalogue_completer`'s), greedily;
    its first paragraph is the summary. When the call fails or answers nothing it falls back to
    `extractive_summary` (with a warning); a summary must never fail the request it grounds."""
    words = max(16, max_tokens * 3 // 4)

    async def summarize(previous: str | None, turns: list[Message]) -> str:
        transcript = "\n".join(f"{m.role}: {counted_text(m)}" for m in turns)
        so_far = f"Summary so far: {previous}\n\n" if previous else ""
        ask = f'{so_far}New turns:\n"""\n{transcript}\n"""' if turns else f"{so_far}Say it shorter."
        params = GenerationParams(max_tokens=max_tokens, temperature=0, stop=SUMMARY_STOPS)
        system = Message("system", SUMMARY_INSTRUCTION.format(words=words))
        try:
            answer = await complete(GenerationRequest(params, messages=[system, Message("user", ask)]))
            text = answer.text.strip().split("\n\n")[0].strip()
            if text:
                return text
            log.warning("memory: the summary model answered nothing; using the extractive summary")
        except Exception as exc:
            log.warning(
                "memory: the summary model failed (%s: %s); using the extractive summary", type(exc).__name__, exc
            )
        return await extractive_summary(previous, turns)

    return summarize


def truncate_summary(text: str, limit: int, count: Counter) -> str:
    """TEXT within LIMIT tokens (as the summary message counts them): its newest sentences, the
    oldest of them cut by words if even one does not fit."""
    parts = [p.strip() for p in SENTENCE.split(text) if p.strip()]
    kept: list[str] = []
    for part in reversed(parts):
        if count(SUMMARY_PREFIX + " ".join([part, *kept])) > limit:
            if not kept:  # the newest sentence alone is too long: its first words
                words = part.split()
                while words and count(SUMMARY_PREFIX + " ".join(words) + " …") > limit:
                    words = words[: len(words) * 3 // 4]
                kept = [" ".join(words) + " …"] if words else []
            break
        kept.insert(0, part)
    return " ".join(kept)
