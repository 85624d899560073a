"""Vault (placeholders per request) and StreamRestorer (placeholders back, whatever the chunks)."""

from __future__ import annotations

import random

import pytest

from keel.guard.vault import StreamRestorer, Vault, tag_of


def filled() -> Vault:
    v = Vault()
    v.placeholder("EMAIL_ADDRESS", "jane.doe@example.com")
    v.placeholder("PERSON", "Jane Doe")
    v.placeholder("EMAIL_ADDRESS", "bob@example.org")
    v.placeholder("CREDIT_CARD", "4111 1111 1111 1111")
    return v


def test_tags() -> None:
    assert tag_of("EMAIL_ADDRESS") == "EMAIL"
    assert tag_of("ORGANIZATION") == "ORG"
    assert tag_of("PERSON") == "PERSON"  # unknown entities are their own tag


def test_same_value_same_placeholder_and_numbering_per_tag() -> None:
    v = Vault()
    a = v.placeholder("EMAIL_ADDRESS", "a@example.com")
    b = v.placeholder("EMAIL_ADDRESS", "b@example.com")
    again = v.placeholder("EMAIL_ADDRESS", "a@example.com")
    p = v.placeholder("PHONE_NUMBER", "+1 212 555 0187")
    assert (a, b, again, p) == ("[EMAIL_1]", "[EMAIL_2]", "[EMAIL_1]", "[PHONE_1]")
    assert v.originals == {"[EMAIL_1]": "a@example.com", "[EMAIL_2]": "b@example.com", "[PHONE_1]": "+1 212 555 0187"}


def test_empty_vault_is_falsy_and_restores_nothing() -> None:
    v = Vault()
    assert not v
    assert v.longest == 0
    assert v.restore("[EMAIL_1] stays") == "[EMAIL_1] stays"
    v.placeholder("EMAIL_ADDRESS", "x@example.com")
    assert v
    assert v.longest == len("[EMAIL_1]")


def test_restore_and_conceal_are_inverse() -> None:
    v = filled()
    original = "Jane Doe (jane.doe@example.com) pays with 4111 1111 1111 1111; cc bob@example.org."
    concealed = v.conceal(original)
    assert concealed == "[PERSON_1] ([EMAIL_1]) pays with [CREDIT_CARD_1]; cc [EMAIL_2]."
    assert v.restore(concealed) == original


def test_restore_leaves_unknown_and_lookalike_brackets() -> None:
    v = filled()
    text = "[EMAIL_9] [email_1] [EMAIL] [EMAIL_1 ] [1] [EMAIL_1]"
    assert v.restore(text) == "[EMAIL_9] [email_1] [EMAIL] [EMAIL_1 ] [1] jane.doe@example.com"


def test_conceal_prefers_longer_originals() -> None:
    v = Vault()
    v.placeholder("PERSON", "Jane")
    v.placeholder("PERSON", "Jane Doe")
    assert v.conceal("Jane Doe met Jane") == "[PERSON_2] met [PERSON_1]"


ANSWER = "Dear [PERSON_1], I wrote to [EMAIL_1] and [EMAIL_2]; card [CREDIT_CARD_1] [is] fine [EMAIL_"


def stream(v: Vault, pieces: list[str]) -> tuple[str, list[str]]:
    r = StreamRestorer(v)
    outs = [r.feed(p) for p in pieces]
    outs.append(r.flush())
    return "".join(outs), outs


def test_stream_restorer_every_two_way_split() -> None:
    v = filled()
    expected = v.restore(ANSWER)
    assert "jane.doe@example.com" in expected and "[EMAIL_" in expected  # the unfinished one stays
    for i in range(len(ANSWER) + 1):
        got, _ = stream(v, [ANSWER[:i], ANSWER[i:]])
        assert got == expected, i


def test_stream_restorer_char_by_char_and_random_splits() -> None:
    v = filled()
    expected = v.restore(ANSWER)
    assert stream(v, list(ANSWER))[0] == expected
    rng = random.Random(4)
    for _ in range(200):
        cuts = sorted(rng.sample(range(1, len(ANSWER)), rng.randint(1, 25)))
        pieces = [ANSWER[a:b] for a, b in zip([0, *cuts], [*cuts, len(ANSWER)], strict=True)]
        assert stream(v, pieces)[0] == expected, cuts


def test_stream_restorer_never_releases_a_placeholder_prefix() -> None:
    v = filled()
    r = StreamRestorer(v)
    released = ""
    for ch in "Mail [EMAIL_1] now":
        released += r.feed(ch)
        assert "[E" not in released or "jane" in released
        assert not released.endswith(("[", "[EM", "[EMAIL_", "[EMAIL_1"))
    assert released + r.flush() == "Mail jane.doe@example.com now"


def test_stream_restorer_holds_back_no_more_than_the_longest_placeholder() -> None:
    v = filled()  # longest: [CREDIT_CARD_1] (15 characters)
    r = StreamRestorer(v)
    out = r.feed("a [note that is clearly not a placeholder")
    assert out == "a [note that is clearly not a placeholder"
    assert r.feed("b [short") == "b "
    assert r.flush() == "[short"


@pytest.mark.parametrize("piece", ["", "plain text", "[", "]"])
def test_stream_restorer_odd_pieces(piece: str) -> None:
    v = filled()
    got, _ = stream(v, [piece, "[EMAIL_2]", piece])
    assert got == v.restore(piece + "[EMAIL_2]" + piece)
