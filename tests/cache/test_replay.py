"""A cached answer replayed as a stream: a few words a chunk, the same text, a proper last chunk."""

from __future__ import annotations

import pytest

from keel.cache import replay, split_words
from keel.types import Generation


@pytest.mark.parametrize(
    "text",
    ["The capital of France is Paris.", "  leading and trailing  ", "one", "a\n\nb  c\td e f g h i j k", "x "],
)
def test_split_words_joins_back_exactly(text):
    pieces = split_words(text, 3)
    assert "".join(pieces) == text
    assert all(len(p.split()) <= 3 for p in pieces)


async def test_replay_streams_the_text_and_ends_with_usage():
    gen = Generation("The capital of France is Paris, a city on the Seine.", "stop", 21, 13)
    chunks = [c async for c in replay(gen, words_per_chunk=4)]
    assert len(chunks) == 3
    assert "".join(c.text for c in chunks) == gen.text
    assert all(c.finish_reason is None and c.completion_tokens is None for c in chunks[:-1])
    last = chunks[-1]
    assert (last.finish_reason, last.prompt_tokens, last.completion_tokens) == ("stop", 21, 13)


async def test_replay_can_be_closed_early():
    stream = replay(Generation("a b c d e f g h", "length", 1, 8), words_per_chunk=2)
    first = await anext(stream)
    await stream.aclose()
    assert first.text == "a b"
