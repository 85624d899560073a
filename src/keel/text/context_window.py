"""Fitting a conversation into a model's context window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from keel.errors import InvalidRequest
from keel.types import Message

# Minimum room left for the answer when the request does not set max_tokens.
MIN_ANSWER_TOKENS = 16


@dataclass
class FitResult:
    messages: list[Message]
    prompt_tokens: int
    dropped: int


def fit_messages(
    messages: list[Message],
    count_tokens: Callable[[list[Message]], int],
    context_window: int,
    max_tokens: int | None,
) -> FitResult:
    """Drop the oldest non-system turns until prompt + answer room fit the window.

    System messages and the last message are never dropped. Raises InvalidRequest when even the
    system messages plus the last message do not fit.
    """
    reserve = max_tokens if max_tokens is not None else MIN_ANSWER_TOKENS
    budget = context_window - reserve
    tokens = count_tokens(messages)
    if tokens <= budget:
        return FitResult(messages, tokens, 0)

    kept = list(messages)
    droppable = [i for i, m in enumerate(messages[:-1]) if m.role != "system"]
    dropped = 0
    # drop oldest first; re-count after each (templates make per-message counts non-additive)
    for idx in droppable:
        kept[idx] = None  # type: ignore[call-overload]
        dropped += 1
        candidate = [m for m in kept if m is not None]
        tokens = count_tokens(candidate)
        if tokens <= budget:
            return FitResult(candidate, tokens, dropped)

    minimal = [m for m in kept if m is not None]
    if max_tokens is not None and tokens < context_window:
        raise InvalidRequest(
            f"This model's context window is {context_window} tokens. The prompt needs {tokens} tokens "
            f"even after dropping older turns, leaving {context_window - tokens} for the answer, but "
            f"max_tokens is {max_tokens}. Reduce max_tokens or shorten the last message.",
            param="max_tokens",
            code="context_length_exceeded",
        )
    raise InvalidRequest(
        f"This model's context window is {context_window} tokens, but the last message "
        f"{'with the system prompt ' if len(minimal) > 1 else ''}needs {tokens} tokens "
        f"(plus {reserve} for the answer). Shorten the message.",
        param="messages",
        code="context_length_exceeded",
    )


def check_prompt_fits(
    prompt_tokens: int, context_window: int, max_tokens: int | None, *, param: str = "prompt"
) -> None:
    """For raw completions: nothing can be dropped, so either it fits or it is a 400."""
    reserve = max_tokens if max_tokens is not None else 1
    if prompt_tokens + reserve > context_window:
        raise InvalidRequest(
            f"This model's context window is {context_window} tokens, but the prompt needs {prompt_tokens} "
            f"tokens (plus {reserve} for the answer). Shorten the prompt or reduce max_tokens.",
            param=param,
            code="context_length_exceeded",
        )
