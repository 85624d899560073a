"""Helpers shared by the guard set builders: JSONL writing, normalisation, template filling."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

_SLOT = re.compile(r"(?<!\$)\{([A-Z][A-Z0-9_]*)\}")


def norm(text: str) -> str:
    """Lower-case and collapse whitespace: the form in which eval and corpus texts are compared."""
    return " ".join(text.lower().split())


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def number(rows: list[dict], prefix: str) -> list[dict]:
    """Give each row an id `prefix-0001`…, as the first key."""
    return [{"id": f"{prefix}-{i:04d}", **row} for i, row in enumerate(rows, 1)]


def finish(r: random.Random, rows: list[dict], prefix: str, unique: str | None = "text") -> list[dict]:
    """Shuffle `rows` with `r`, check that the `unique` field never repeats, number them `prefix-0001`…"""
    r.shuffle(rows)
    if unique:
        assert_unique([row[unique] for row in rows], prefix)
    return number(rows, prefix)


def first_of_each(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(category, text) rows, each text (as `norm` compares them) kept at its first place only."""
    out, seen = [], set()
    for c, t in rows:
        if norm(t) not in seen:
            seen.add(norm(t))
            out.append((c, t))
    return out


def assert_unique(texts: list[str], what: str) -> None:
    seen: set[str] = set()
    for t in texts:
        key = norm(t)
        assert key not in seen, f"{what}: duplicate text {t!r}"
        seen.add(key)


def assert_disjoint(eval_texts: list[str], corpus_texts: list[str], what: str, min_words: int = 5) -> None:
    """No corpus text equals or contains an eval text, and no eval text contains a corpus text, after `norm`.

    A corpus text shorter than `min_words` words ('hello', 'ok thanks') is only checked the first way: such a
    phrase may well occur inside a longer eval text without the two sharing anything.
    """
    corpus = [(c, len(c.split()) >= min_words) for c in (norm(t) for t in corpus_texts)]
    for e in eval_texts:
        ne = norm(e)
        for c, long_enough in corpus:
            assert ne not in c, f"{what}: eval text {e!r} is inside corpus text {c!r}"
            assert not long_enough or c not in ne, f"{what}: eval text {e!r} contains corpus text {c!r}"


def has_slots(template: str) -> bool:
    return _SLOT.search(template) is not None


def fill(template: str, slots: Callable[[str], tuple[str, str | None]]) -> tuple[str, list[dict]]:
    """Replace each `{NAME}` in `template` with `slots(NAME)` -> (value, entity or None).

    Returns the text and the spans of the values that carry an entity, with exact offsets.
    """
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in _SLOT.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        value, entity = slots(m.group(1))
        if entity is not None:
            spans.append({"start": length, "end": length + len(value), "entity": entity, "_value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    for span in spans:
        assert text[span["start"] : span["end"]] == span.pop("_value"), (template, text)
    return text, spans
