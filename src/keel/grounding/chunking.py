"""Chunking that respects structure: a chunk never crosses a heading, fills up with whole
paragraphs, then whole sentences, and only splits a sentence that alone is too long; each chunk
after the first of a section starts with the last sentences of the previous one (overlap)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from keel.grounding.documents import Block

HEADING_SEP = " › "
_SENTENCE = re.compile(r"(?<=[.!?…])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9À-Ý])")


@dataclass(slots=True)
class Chunk:
    ordinal: int
    heading: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)

    def embedding_text(self) -> str:
        """What is embedded: the heading path gives a passage its context ("Berlin › Parental leave")."""
        return f"{self.heading}: {self.text}" if self.heading else self.text


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _words(s: str) -> int:
    return len(s.split())


def _pieces(block: Block, max_words: int) -> list[str]:
    """The block as units no longer than MAX_WORDS: itself, its sentences, or word windows."""
    if _words(block.text) <= max_words:
        return [block.text]
    out: list[str] = []
    for s in sentences(block.text):
        words = s.split()
        if len(words) <= max_words:
            out.append(s)
        else:
            out.extend(" ".join(words[i : i + max_words]) for i in range(0, len(words), max_words))
    return out


def chunk_blocks(blocks: list[Block], max_words: int = 160, overlap_words: int = 30) -> list[Chunk]:
    overlap_words = min(overlap_words, max_words // 2)
    chunks: list[Chunk] = []
    group: list[Block] = []

    def emit_group() -> None:
        if group:
            chunks.extend(_chunk_section(group, max_words, overlap_words, len(chunks)))
            group.clear()

    for b in blocks:
        if group and (b.headings != group[0].headings or b.boundary):
            emit_group()
        group.append(b)
    emit_group()
    return chunks


def _chunk_section(blocks: list[Block], max_words: int, overlap_words: int, start: int) -> list[Chunk]:
    heading = HEADING_SEP.join(blocks[0].headings)
    out: list[Chunk] = []
    current: list[str] = []  # paragraphs / sentences of the chunk being filled
    meta: dict[str, Any] = {}
    size = 0
    carried = 0  # words at the start of `current` repeated from the previous chunk

    def emit() -> None:
        nonlocal current, size, carried
        if size > carried:
            out.append(Chunk(start + len(out), heading, " ".join(current), dict(meta)))
        tail: list[str] = []
        words = 0
        for s in reversed(sentences(" ".join(current)) if current else []):
            if words + _words(s) > overlap_words:
                break
            tail.insert(0, s)
            words += _words(s)
        current, size, carried = tail, words, words

    for block in blocks:
        for piece in _pieces(block, max_words):
            n = _words(piece)
            if size + n > max_words and size > carried:
                emit()
                if size + n > max_words:  # the overlap and the piece do not fit together
                    current, size, carried = [], 0, 0
            if not meta or size == carried:
                meta = dict(block.metadata)
            current.append(piece)
            size += n
    if size > carried:
        out.append(Chunk(start + len(out), heading, " ".join(current), dict(meta)))
    return out
