"""Span actions: redact, mask, hash, pseudonymize, and which edit wins when spans overlap."""

from __future__ import annotations

import re

import pytest

from keel.guard.actions import SPAN_ACTIONS, Edit, choose, rewrite
from keel.guard.base import Finding
from keel.guard.vault import Vault

TEXT = "Mail jane@example.com or pay with 4111 1111 1111 1111 today."
EMAIL = Finding("EMAIL_ADDRESS", 1.0, 5, 21)
CARD = Finding("CREDIT_CARD", 1.0, 34, 53)
KEY = b"k" * 32


def test_spans_are_right() -> None:
    assert TEXT[EMAIL.start : EMAIL.end] == "jane@example.com"
    assert TEXT[CARD.start : CARD.end] == "4111 1111 1111 1111"


def test_redact() -> None:
    out = rewrite(TEXT, [Edit(EMAIL, "redact"), Edit(CARD, "redact")], None, KEY)
    assert out == "Mail [EMAIL] or pay with [CREDIT_CARD] today."


def test_mask_keeps_last_four_of_long_values_only() -> None:
    out = rewrite(TEXT, [Edit(CARD, "mask")], None, KEY)
    assert out == "Mail jane@example.com or pay with " + "*" * 15 + "1111 today."
    short = Finding("PASSWORD", 0.8, 0, 6)
    assert rewrite("hunter and more", [Edit(short, "mask")], None, KEY) == "****** and more"


def test_hash_is_keyed_stable_and_distinct() -> None:
    out = rewrite(TEXT, [Edit(EMAIL, "hash")], None, KEY)
    m = re.fullmatch(r"Mail \[EMAIL:([0-9a-f]{12})\] or pay with 4111 1111 1111 1111 today\.", out)
    assert m, out
    assert rewrite(TEXT, [Edit(EMAIL, "hash")], None, KEY) == out  # stable for a key
    other_text = "Mail jane@example.net or pay with 4111 1111 1111 1111 today."
    assert rewrite(other_text, [Edit(EMAIL, "hash")], None, KEY) != out  # per value
    assert rewrite(TEXT, [Edit(EMAIL, "hash")], None, b"other key") != out  # per key
    assert "jane" not in out


def test_pseudonymize_uses_the_vault() -> None:
    vault = Vault()
    text = "jane@example.com wrote to bob@example.com and jane@example.com"
    edits = [
        Edit(Finding("EMAIL_ADDRESS", 1.0, 0, 16), "pseudonymize"),
        Edit(Finding("EMAIL_ADDRESS", 1.0, 26, 41), "pseudonymize"),
        Edit(Finding("EMAIL_ADDRESS", 1.0, 46, 62), "pseudonymize"),
    ]
    out = rewrite(text, edits, vault, KEY)
    assert out == "[EMAIL_1] wrote to [EMAIL_2] and [EMAIL_1]"
    assert vault.restore(out) == text


def test_pseudonymize_without_a_vault_is_an_error() -> None:
    with pytest.raises(ValueError, match="vault"):
        rewrite(TEXT, [Edit(EMAIL, "pseudonymize")], None, KEY)


def test_no_edits_and_whole_text_findings_change_nothing() -> None:
    assert rewrite(TEXT, [], None, KEY) is TEXT
    assert rewrite(TEXT, [Edit(Finding("INJECTION", 1.0), "redact")], None, KEY) == TEXT


def test_span_actions() -> None:
    assert {"redact", "mask", "hash", "pseudonymize"} == SPAN_ACTIONS


def test_choose_longer_span_wins_over_contained_one() -> None:
    url = Finding("URL", 0.5, 10, 21)  # example.com inside the email
    kept = choose([Edit(url, "redact"), Edit(EMAIL, "pseudonymize")])
    assert [e.finding for e in kept] == [EMAIL]


def test_choose_same_span_stronger_action_then_score_wins() -> None:
    a = Finding("EMAIL_ADDRESS", 0.4, 5, 21)
    b = Finding("EMAIL_ADDRESS", 0.9, 5, 21)
    assert [e.action for e in choose([Edit(a, "pseudonymize"), Edit(a, "redact"), Edit(a, "mask")])] == ["redact"]
    assert [e.finding for e in choose([Edit(a, "hash"), Edit(b, "hash")])] == [b]


def test_choose_merges_partial_overlaps_into_their_union() -> None:
    first = Finding("A", 0.7, 0, 10)
    overlapping = Finding("B", 1.0, 8, 12)
    later = Finding("C", 1.0, 20, 25)
    touching = Finding("D", 1.0, 25, 28)  # touches `later`, does not overlap: kept apart
    kept = choose([Edit(later, "redact"), Edit(overlapping, "redact"), Edit(first, "mask"), Edit(touching, "mask")])
    # A and B become one edit over 0..12: A's entity (the longest span), the stronger action, the best score
    assert [(e.finding.entity, e.finding.start, e.finding.end, e.action) for e in kept] == [
        ("A", 0, 12, "redact"),
        ("C", 20, 25, "redact"),
        ("D", 25, 28, "mask"),
    ]
    assert kept[0].finding.score == 1.0


def test_rewrite_overlapping_edits_is_well_formed() -> None:
    url = Finding("URL", 0.5, 10, 21)
    out = rewrite(TEXT, [Edit(url, "redact"), Edit(EMAIL, "mask"), Edit(CARD, "redact")], None, KEY)
    # the URL inside the email merges with it: one edit, the stronger action (redact over mask)
    assert out == "Mail [EMAIL] or pay with [CREDIT_CARD] today."
