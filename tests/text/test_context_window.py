"""fit_messages / check_prompt_fits: fitting a conversation into the context window."""

from __future__ import annotations

import pytest

from keel.errors import InvalidRequest
from keel.text.context_window import MIN_ANSWER_TOKENS, check_prompt_fits, fit_messages
from keel.types import Message

PER_MESSAGE = 3


def count(messages: list[Message]) -> int:
    """Words across all messages plus a fixed per-message overhead (like a chat template)."""
    return sum(len(m.content.split()) + PER_MESSAGE for m in messages)


def words(n: int, tag: str = "w") -> str:
    return " ".join(f"{tag}{i}" for i in range(n))


def conversation() -> list[Message]:
    # each message costs 10 + 3 = 13 tokens; 6 messages = 78
    return [
        Message("system", words(10, "sys")),
        Message("user", words(10, "u1")),
        Message("assistant", words(10, "a1")),
        Message("user", words(10, "u2")),
        Message("assistant", words(10, "a2")),
        Message("user", words(10, "u3")),
    ]


def test_fits_unchanged() -> None:
    msgs = conversation()
    result = fit_messages(msgs, count, context_window=200, max_tokens=100)
    assert result.dropped == 0
    assert result.messages == msgs
    assert result.prompt_tokens == 78


def test_fits_exactly_at_the_budget() -> None:
    msgs = conversation()
    result = fit_messages(msgs, count, context_window=78 + 22, max_tokens=22)
    assert result.dropped == 0
    assert result.prompt_tokens == 78


def test_default_reserve_is_min_answer_tokens() -> None:
    msgs = conversation()
    assert fit_messages(msgs, count, 78 + MIN_ANSWER_TOKENS, None).dropped == 0
    assert fit_messages(msgs, count, 78 + MIN_ANSWER_TOKENS - 1, None).dropped == 1


def test_oldest_non_system_turns_dropped_first() -> None:
    msgs = conversation()
    # budget 60 -> 78 > 60, drop u1 -> 65 > 60, drop a1 -> 52 <= 60
    result = fit_messages(msgs, count, context_window=70, max_tokens=10)
    assert result.dropped == 2
    assert [m.role for m in result.messages] == ["system", "user", "assistant", "user"]
    assert result.messages == [msgs[0], msgs[3], msgs[4], msgs[5]]
    assert result.prompt_tokens == 52 == count(result.messages)


@pytest.mark.parametrize(("window", "dropped"), [(78 + 16, 0), (77 + 16, 1), (65 + 16, 1), (64 + 16, 2)])
def test_dropped_count_follows_the_budget(window: int, dropped: int) -> None:
    msgs = conversation()
    result = fit_messages(msgs, count, window, None)
    assert result.dropped == dropped
    assert len(result.messages) == len(msgs) - dropped
    assert result.prompt_tokens <= window - MIN_ANSWER_TOKENS


def test_system_and_last_messages_always_kept() -> None:
    msgs = [
        Message("system", words(5, "s1")),
        Message("user", words(20, "old")),
        Message("system", words(5, "s2")),  # a system message in the middle is kept too
        Message("assistant", words(20, "mid")),
        Message("user", words(20, "last")),
    ]
    # all droppable turns must go: s1 8 + s2 8 + last 23 = 39
    result = fit_messages(msgs, count, context_window=39 + 16, max_tokens=None)
    assert result.dropped == 2
    assert result.messages == [msgs[0], msgs[2], msgs[4]]
    assert result.prompt_tokens == 39


def test_last_message_kept_even_if_it_is_not_a_user_turn() -> None:
    msgs = [Message("user", words(30)), Message("assistant", words(5, "prefill"))]
    result = fit_messages(msgs, count, context_window=8 + 16, max_tokens=None)
    assert result.dropped == 1
    assert result.messages == [msgs[1]]


def test_input_list_is_not_mutated() -> None:
    msgs = conversation()
    before = list(msgs)
    fit_messages(msgs, count, context_window=70, max_tokens=10)
    assert msgs == before


def test_last_message_alone_too_big_is_a_400_on_messages() -> None:
    msgs = [Message("system", words(5)), Message("user", words(5)), Message("user", words(200))]
    with pytest.raises(InvalidRequest) as info:
        fit_messages(msgs, count, context_window=128, max_tokens=None)
    err = info.value
    assert err.status_code == 400
    assert err.param == "messages"
    assert err.code == "context_length_exceeded"
    assert "128" in err.message
    assert err.to_dict()["error"]["type"] == "invalid_request_error"


def test_last_message_too_big_with_max_tokens_is_still_messages() -> None:
    # the prompt alone is larger than the whole window: shrinking max_tokens would not help
    msgs = [Message("user", words(300))]
    with pytest.raises(InvalidRequest) as info:
        fit_messages(msgs, count, context_window=256, max_tokens=10)
    assert info.value.param == "messages"
    assert info.value.code == "context_length_exceeded"
    assert "256" in info.value.message


def test_max_tokens_too_large_with_a_prompt_that_fits() -> None:
    msgs = conversation()
    with pytest.raises(InvalidRequest) as info:
        fit_messages(msgs, count, context_window=100, max_tokens=500)
    err = info.value
    assert err.status_code == 400
    assert err.param == "max_tokens"
    assert err.code == "context_length_exceeded"
    assert "100" in err.message
    assert "500" in err.message


def test_max_tokens_exactly_filling_the_window_after_drops() -> None:
    msgs = [Message("user", words(10)), Message("user", words(10))]  # 13 each
    result = fit_messages(msgs, count, context_window=20, max_tokens=7)
    assert result.dropped == 1
    assert result.prompt_tokens == 13


def test_check_prompt_fits_ok() -> None:
    assert check_prompt_fits(100, 200, 100) is None  # exactly full fits: no InvalidRequest
    assert check_prompt_fits(199, 200, None) is None  # default reserve is one token


@pytest.mark.parametrize(("prompt", "window", "max_tokens"), [(200, 200, None), (100, 200, 101), (300, 200, 1)])
def test_check_prompt_fits_raises(prompt: int, window: int, max_tokens: int | None) -> None:
    with pytest.raises(InvalidRequest) as info:
        check_prompt_fits(prompt, window, max_tokens)
    err = info.value
    assert err.status_code == 400
    assert err.param == "prompt"
    assert err.code == "context_length_exceeded"
    assert str(window) in err.message
    assert str(prompt) in err.message


def test_check_prompt_fits_param_override() -> None:
    with pytest.raises(InvalidRequest) as info:
        check_prompt_fits(50, 40, None, param="input")
    assert info.value.param == "input"
