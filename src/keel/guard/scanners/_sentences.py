"""Sentences and passages for scanners that judge a text piece by piece: sentence spans, passages of a
few sentences, and the prose carried inside JSON and HTML."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def sentence_spans(text: str, min_words: int = 1) -> list[tuple[int, int]]:
    """(start, end) of each sentence of at least MIN_WORDS words, leading whitespace left out
    (a finding starts at the sentence's first character)."""
    out = []
    for m in _SENTENCE.finditer(text):
        piece = m.group(0)
        if len(piece.split()) >= min_words:
            out.append((m.start() + len(piece) - len(piece.lstrip()), m.end()))
    return out


_PASSAGE = re.compile(r"(?<=[.!?])\s+|\n+")


def passages(text: str, max_words: int = 48, join: bool = True) -> list[str]:
    """Sentences, joined into passages of at most MAX_WORDS words (JOIN), or one by one with long
    ones cut at MAX_WORDS (an attack hidden in one sentence is then scored on its own)."""
    out: list[str] = []
    current: list[str] = []
    words = 0
    for sentence in _PASSAGE.split(text):
        split = sentence.split()
        n = len(split)
        if not n:
            continue
        if not join:
            out.extend(" ".join(split[i : i + max_words]) for i in range(0, n, max_words))
            continue
        if current and words + n > max_words:
            out.append(" ".join(current))
            current, words = [], 0
        current.append(sentence)
        words += n
    if current:
        out.append(" ".join(current))
    return out


_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.){24,})"')
_HTML_HIDDEN = re.compile(r"<!--(.*?)-->|\b(?:alt|title|aria-label|content|data-[\w-]+)\s*=\s*\"([^\"]{24,})\"", re.S)
_TAG = re.compile(r"<[^>]{1,400}>")


def embedded_prose(text: str) -> list[str]:
    """Prose carried inside structure, each piece on its own: the string values of a JSON tool
    result or API response, and an HTML page's comments, attribute texts and tag-free text. An
    instruction hidden in a field reads as one among keys, braces and markup otherwise."""
    out: list[str] = []
    if '"' in text:
        for m in _JSON_STRING.finditer(text):
            value = m.group(1).replace('\\"', '"').replace("\\n", " ")
            if len(value.split()) >= 4:
                out.append(value)
    if "<" in text:
        for m in _HTML_HIDDEN.finditer(text):
            piece = (m.group(1) or m.group(2) or "").strip()
            if len(piece.split()) >= 4:
                out.append(" ".join(piece.split()))
        if len(_TAG.findall(text)) >= 2:
            bare = " ".join(_TAG.sub(" ", text).split())
            if bare and bare != " ".join(text.split()):
                out.extend(passages(bare, max_words=48, join=False))
    return [p for p in dict.fromkeys(out) if len(p.split()) >= 3]
