"""The llama.cpp provider's complete() and stream() when its batched engine serves them (slots > 1)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from keel.errors import InvalidRequest
from keel.providers.llama_sampling import SamplerSpec
from keel.providers.llama_sequence import Sequence
from keel.types import Generation, GenerationChunk, GenerationParams


def make_sequence(
    provider: Any, prompt: list[int], params: GenerationParams, stops: list[str], chat: bool, streaming: bool
) -> Sequence:
    window = provider.params.slot_ctx
    room = window - len(prompt)
    if room <= 0:
        raise InvalidRequest(
            f"the prompt needs {len(prompt)} tokens; the context window is {window} (ctx_per_slot)", param="messages"
        )
    return Sequence(
        prompt,
        SamplerSpec.of(params, provider.params),
        stops,
        ban_first=chat,
        max_tokens=min(params.max_tokens or room, room),
        logprobs=params.top_logprobs if params.logprobs else None,
        streaming=streaming,
    )


async def engine_complete(
    provider: Any, prompt: list[int], params: GenerationParams, stops: list[str], chat: bool
) -> Generation:
    seq = make_sequence(provider, prompt, params, stops, chat, streaming=False)
    items = provider.engine.stream(seq)
    try:
        async for item in items:
            if isinstance(item, Generation):
                return item
    finally:
        await items.aclose()
    raise RuntimeError("the engine ended a sequence without its Generation")


async def engine_stream(
    provider: Any, prompt: list[int], params: GenerationParams, stops: list[str], chat: bool
) -> AsyncIterator[GenerationChunk]:
    seq = make_sequence(provider, prompt, params, stops, chat, streaming=True)
    items = provider.engine.stream(seq)
    try:
        async for item in items:
            if isinstance(item, Generation):
                yield item.closing_chunk()
                return
            yield item
    finally:
        await items.aclose()
