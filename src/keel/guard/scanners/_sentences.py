"""Sentence spans for scanners that judge or flag a text sentence by sentence."""

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
