"""Online eval scorers: each kind scores answers 1 or 0; bad specs are 400s naming the scorer."""

from __future__ import annotations

import pytest

from keel.errors import InvalidRequest
from keel.evaluation.online import build, build_all


@pytest.mark.parametrize(
    ("spec", "passes", "fails"),
    [
        ({"kind": "json_valid"}, ['{"a": 1}', "```json\n[1, 2]\n```"], ["{a: 1}", 'sure! {"a": 1}']),
        ({"kind": "regex", "pattern": r"order #\d+"}, ["Your order #123 ships"], ["no order here"]),
        ({"kind": "contains", "values": ["refund", "30 days"]}, ["Refund within 30 DAYS."], ["Refund soon."]),
        ({"kind": "contains", "values": ["refund", "return"], "all": False}, ["Return it."], ["Keep it."]),
        ({"kind": "not_contains", "values": ["as an ai"]}, ["Here you go."], ["As an AI, I cannot"]),
        ({"kind": "max_chars", "limit": 5}, ["short"], ["longer"]),
    ],
)
def test_scorers(spec, passes, fails):
    scorer = build("s", spec)
    assert [scorer(t) for t in passes] == [1.0] * len(passes)
    assert [scorer(t) for t in fails] == [0.0] * len(fails)


@pytest.mark.parametrize(
    ("specs", "match"),
    [
        ({"s": {"kind": "vibes"}}, "kind must be one of"),
        ({"s": {"kind": "regex", "pattern": "("}}, "valid `pattern`"),
        ({"s": {"kind": "contains", "values": []}}, "non-empty list"),
        ({"s": {"kind": "max_chars", "limit": 0}}, "whole number"),
        ({"s": {"kind": "json_valid", "strict": True}}, "unknown option"),
        ({"1bad": {"kind": "json_valid"}}, "not a valid scorer name"),
    ],
)
def test_bad_specs_are_clear(specs, match):
    with pytest.raises(InvalidRequest, match=match):
        build_all(specs)
