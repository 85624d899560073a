"""Serve a cached answer as a stream: a few words per chunk, then the usual final chunk."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

from keel.types import Generation, GenerationChunk, ToolCallDelta

_WORD = re.compile(r"\s*\S+|\s+$")


def split_words(text: str, words_per_chunk: int = 4) -> list[str]:
    """Pieces of TEXT, each a few words with their leading whitespace; they join back to TEXT."""
    words = _WORD.findall(text)
    return ["".join(words[i : i + words_per_chunk]) for i in range(0, len(words), words_per_chunk)]


async def replay(generation: Generation, words_per_chunk: int = 4) -> AsyncIterator[GenerationChunk]:
    """The last chunk carries finish_reason, prompt_tokens and completion_tokens, and the tool
    calls whole. An answer with logprobs comes as one chunk (its logprobs belong to its tokens)."""
    calls = generation.tool_calls
    deltas = [ToolCallDelta(i, c.id, c.name, c.arguments) for i, c in enumerate(calls)] if calls else None
    if generation.logprobs is not None:
        pieces = [generation.text]
    else:
        pieces = split_words(generation.text, words_per_chunk) or [""]
    for piece in pieces[:-1]:
        yield GenerationChunk(piece)
    yield GenerationChunk(
        pieces[-1],
        finish_reason=generation.finish_reason,
        prompt_tokens=generation.prompt_tokens,
        completion_tokens=generation.completion_tokens,
        tool_calls=deltas,
        logprobs=generation.logprobs,
    )
