"""Token counts when the model's tokenizer is not at hand (remote APIs)."""

from __future__ import annotations

from keel.types import Message


def estimate_tokens(text: str | list[Message]) -> int:
    """About 4 bytes of UTF-8 per token, plus a few per chat message for role markers.

    Only used to fit context windows before a request leaves; usage figures always come
    from the model (or its upstream).
    """
    if isinstance(text, list):
        return sum(estimate_tokens(m.content) + 4 for m in text) + 2
    return (len(text.encode("utf-8")) + 3) // 4


def count_tokens(provider, text: str | list[Message]) -> int:
    ids = provider.tokenize(text)
    return len(ids) if ids is not None else estimate_tokens(text)
