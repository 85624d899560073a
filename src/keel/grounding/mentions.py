"""Finding a catalogue's entities in text: an in-memory index of a tenant's aliases, a scan for
aliases as whole words, the names spaCy's NER finds (matched to aliases exactly or by rapidfuzz),
and the resolution of overlapping mentions. keel.grounding.entities links what is found."""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

import numpy as np

from keel.grounding.entity_rows import fold, normalize

log = logging.getLogger(__name__)

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "FAC", "NORP", "EVENT"})
MIN_LENGTH_RATIO = 0.6  # of a fuzzy match's shorter side to its longer one
_LEADING = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "their", "its"})


# --------------------------------------------------------------------------------- spaCy

_nlp_lock = threading.Lock()
_nlp_state: dict[str, Any] = {}


def ner_pipeline() -> Any:
    """The guard's spaCy pipeline (tok2vec + NER), loaded once per process; None, with one logged
    warning, when spaCy or its model is not installed (linking is then by alias alone)."""
    with _nlp_lock:
        if "nlp" not in _nlp_state:
            try:
                from keel.guard.scanners.pii import _nlp

                _nlp_state["nlp"] = _nlp(ner=True)
            except Exception as exc:  # ImportError (no spaCy), ScannerConfigError (no model)
                log.warning("entities: no spaCy NER (%s); names are linked by catalogue alias only", exc)
                _nlp_state["nlp"] = None
        return _nlp_state["nlp"]


# --------------------------------------------------------------------------------- index


@dataclass
class MentionIndex:
    """A tenant's catalogue in memory: rows by id, ids by normalised alias, the aliases by their
    first word (the scan), the alias list (fuzzy matching) and each entity's vector."""

    stamp: tuple[Any, ...]
    rows: dict[str, dict[str, Any]]
    by_alias: dict[str, list[str]]
    by_first: dict[str, list[tuple[str, ...]]]
    keys: list[str]
    vectors: dict[str, np.ndarray]


def build_index(stamp: tuple[Any, ...], rows: list[dict[str, Any]]) -> MentionIndex:
    by_alias: dict[str, list[str]] = {}
    for r in rows:
        for alias in (r["name"], *(r["aliases"] or [])):
            key = normalize(alias)
            if key and r["entity_id"] not in by_alias.setdefault(key, []):
                by_alias[key].append(r["entity_id"])
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in by_alias:
        words = tuple(key.split())
        by_first.setdefault(words[0], []).append(words)
    for options in by_first.values():
        options.sort(key=len, reverse=True)  # the longest alias first
    vectors = {r["entity_id"]: np.frombuffer(r["embedding"], dtype=np.float32) for r in rows}
    return MentionIndex(stamp, {r["entity_id"]: r for r in rows}, by_alias, by_first, list(by_alias), vectors)


@dataclass
class Mention:
    start: int
    end: int
    candidates: list[str]
    method: str
    ratio: float  # 100 for an exact alias


def recognise(index: MentionIndex, text: str, fuzzy_threshold: float) -> list[Mention]:
    """Names spaCy's NER finds in TEXT, matched to an alias exactly, else by WRatio."""
    nlp = ner_pipeline()
    if nlp is None:
        return []
    from rapidfuzz import fuzz, process

    out: list[Mention] = []
    for ent in nlp(text[: nlp.max_length]).ents:
        span = _trim(ent)
        if ent.label_ not in NER_LABELS or span is None:
            continue
        key = normalize(span.text)
        if not key:
            continue
        start, end = span.start_char, span.end_char
        if key in index.by_alias:
            out.append(Mention(start, end, list(index.by_alias[key]), "alias", 100.0))
            continue
        hits = process.extract(
            key,
            index.keys,
            scorer=fuzz.WRatio,
            processor=None,
            score_cutoff=fuzzy_threshold,
            limit=20,
        )
        # a misspelling, not a part of a longer name ("Claims" is not the "Claims department")
        hits = [h for h in hits if min(len(key), len(h[0])) >= MIN_LENGTH_RATIO * max(len(key), len(h[0]))]
        if not hits:
            continue
        best = max(score for _, score, _ in hits)
        ids = [i for alias, score, _ in hits if score >= best for i in index.by_alias[alias]]
        out.append(Mention(start, end, list(dict.fromkeys(ids)), "fuzzy", float(best)))
    return out


def scan(index: MentionIndex, text: str) -> list[Mention]:
    """Aliases found in TEXT as whole words, the longest at each word first, none overlapping."""
    folded, where = fold(text)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", folded)]
    tokens = [folded[s:e] for s, e in words]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        for option in index.by_first.get(tokens[i], ()):
            n = len(option)
            if tuple(tokens[i : i + n]) == option:
                start, end = where[words[i][0]], where[words[i + n - 1][1] - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):  # a decomposed accent
                    end += 1
                out.append(Mention(start, end, list(index.by_alias[" ".join(option)]), "alias", 100.0))
                i += n
                break
        else:
            i += 1
    return out


def resolve(found: list[Mention]) -> list[Mention]:
    """Mentions that do not overlap, by start. Exact ones first, the longest winning; a longer
    fuzzy match then replaces the exact ones inside it only when it agrees with them or narrows
    them down ("Marta Kelr" → Marta Keller, where "Marta" alone is two people)."""
    kept: list[Mention] = []
    for m in sorted((m for m in found if m.method == "alias"), key=lambda m: (m.start - m.end, m.start)):
        if not any(_overlap(m, k) for k in kept):
            kept.append(m)
    for f in sorted((m for m in found if m.method != "alias"), key=lambda m: (m.start - m.end, -m.ratio, m.start)):
        inside = [k for k in kept if _overlap(f, k)]
        within = all(f.start <= k.start and k.end <= f.end and k.end - k.start < f.end - f.start for k in inside)
        if not inside or (within and set(f.candidates) <= {c for k in inside for c in k.candidates}):
            kept = [k for k in kept if all(k is not x for x in inside)] + [f]
    return sorted(kept, key=lambda m: m.start)


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _trim(span: Any) -> Any:
    """A NER span without a leading article or possessive pronoun and trailing punctuation or possessive ("the Claims
    department's" → "Claims department"); None when nothing is left."""
    i, j = 0, len(span)
    while i < j and (span[i].lower_ in _LEADING or span[i].is_punct):
        i += 1
    while j > i and (span[j - 1].is_punct or span[j - 1].lower_ in ("'s", "’s")):
        j -= 1
    return span[i:j] if j > i else None
