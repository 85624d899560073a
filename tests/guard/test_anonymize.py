"""Training-data privacy: anonymize JSONL records with the span rules; k-anonymity over fields."""

from __future__ import annotations

import copy
import re

import pytest

from keel.config import GUARD_PATTERN_PII, GuardPolicy, ScannerRule
from keel.guard.anonymize import AnonymizeStats, anonymize_records, k_anonymity
from keel.guard.policy import build_policy

R = ScannerRule


@pytest.fixture(scope="module")
def policy():
    cfg = GuardPolicy(
        input=[
            R(scanner="pii", action="pseudonymize", params={"entities": list(GUARD_PATTERN_PII)}),
            R(scanner="secrets", action="redact"),
            R(scanner="injection", action="block", params={"classifier": False}),  # not a span rule: unused
        ]
    )
    return build_policy("data", cfg, b"fixed key")


def chat(*turns: str, **extra) -> dict:
    roles = ["user", "assistant"]
    return {"messages": [{"role": roles[i % 2], "content": t} for i, t in enumerate(turns)], **extra}


RECORDS = [
    chat(
        "Hi, I'm reachable at jane@example.com or +1 212 555 0187.",
        "Thanks! I'll write to jane@example.com.",
        "Also cc bob@example.org, and my key is AKIAIOSFODNN7EXAMPLE.",
        meta={"source": "support", "agent_email": "agent@example.com"},
    ),
    chat("My email is bob@example.org.", "Noted, bob@example.org."),
    chat("No personal data here.", "Indeed."),
]


def test_pseudonyms_per_record(policy) -> None:
    originals = copy.deepcopy(RECORDS)
    stats = AnonymizeStats()
    out = list(anonymize_records(RECORDS, policy, stats=stats))
    assert originals == RECORDS  # inputs are not modified
    first = [m["content"] for m in out[0]["messages"]]
    assert first == [
        "Hi, I'm reachable at [EMAIL_1] or [PHONE_1].",
        "Thanks! I'll write to [EMAIL_1].",
        "Also cc [EMAIL_2], and my key is [AWS_ACCESS_KEY_1].",  # one action for every finding
    ]
    assert out[0]["meta"] == {"source": "support", "agent_email": "[EMAIL_3]"}
    # a new record, a new vault: bob is [EMAIL_1] here, consistently across its turns
    assert [m["content"] for m in out[1]["messages"]] == ["My email is [EMAIL_1].", "Noted, [EMAIL_1]."]
    assert out[2] == RECORDS[2]
    assert [m["role"] for m in out[0]["messages"]] == ["user", "assistant", "user"]  # roles untouched
    assert (stats.records, stats.changed_records) == (3, 2)
    assert stats.strings == 16  # every string: roles, contents, meta values
    assert stats.entities == {"EMAIL_ADDRESS": 6, "PHONE_NUMBER": 1, "AWS_ACCESS_KEY": 1}


def test_only_selected_fields(policy) -> None:
    stats = AnonymizeStats()
    out = list(anonymize_records(RECORDS[:1], policy, fields=["messages.content"], stats=stats))
    assert out[0]["meta"]["agent_email"] == "agent@example.com"  # not selected
    assert "[EMAIL_1]" in out[0]["messages"][0]["content"]
    assert stats.strings == 3
    out = list(anonymize_records(RECORDS[:1], policy, fields=["meta"]))
    assert out[0]["meta"]["agent_email"] == "[EMAIL_1]"
    assert out[0]["messages"] == RECORDS[0]["messages"]


def test_hash_is_stable_across_records(policy) -> None:
    out = list(anonymize_records(RECORDS[:2], policy, action="hash"))
    found = [re.findall(r"\[EMAIL:[0-9a-f]{12}\]", m["content"]) for r in out for m in r["messages"]]
    jane, bob = found[0][0], found[2][0]
    assert jane != bob
    assert found == [[jane], [jane], [bob], [bob], [bob]]  # bob in record 0 is bob in record 1
    again = list(
        anonymize_records(RECORDS[:2], build_policy("x", GuardPolicy(input=policy_cfg()), b"fixed key"), "hash")
    )
    assert again == out  # same key, same hashes: joinable across runs
    other = list(anonymize_records(RECORDS[:2], build_policy("x", GuardPolicy(input=policy_cfg()), b"other"), "hash"))
    assert other != out


def policy_cfg() -> list[ScannerRule]:
    return [R(scanner="pii", params={"entities": list(GUARD_PATTERN_PII)}), R(scanner="secrets")]


@pytest.mark.parametrize("action", ["redact", "mask"])
def test_one_action_for_every_finding(policy, action: str) -> None:
    (out,) = anonymize_records([{"text": "mail jane@example.com, key AKIAIOSFODNN7EXAMPLE"}], policy, action=action)
    if action == "redact":
        assert out == {"text": "mail [EMAIL], key [AWS_ACCESS_KEY]"}
    else:
        assert out == {"text": "mail ************.com, key ****************MPLE"}


def test_nested_values_and_non_strings(policy) -> None:
    record = {
        "id": 7,
        "ok": True,
        "tags": ["jane@example.com", None, 3.5],
        "deep": {"list": [{"x": "bob@example.org"}]},
    }
    (out,) = anonymize_records([record], policy, action="redact")
    assert out == {"id": 7, "ok": True, "tags": ["[EMAIL]", None, 3.5], "deep": {"list": [{"x": "[EMAIL]"}]}}


def test_errors(policy) -> None:
    with pytest.raises(ValueError, match="action must be one of"):
        list(anonymize_records(RECORDS, policy, action="block"))
    whole_only = build_policy("judge", GuardPolicy(input=[R(scanner="token_limit")]), b"k")
    with pytest.raises(ValueError, match="no span rules on input"):
        list(anonymize_records(RECORDS, whole_only))


# --- k-anonymity ------------------------------------------------------------------------------

PEOPLE = [
    {"age": 30, "zip": "75001", "job": "nurse"},
    {"age": 30, "zip": "75001", "job": "nurse"},
    {"age": 30, "zip": "75001", "job": "nurse"},
    {"age": 41, "zip": "75002", "job": "pilot"},
    {"age": 41, "zip": "75002", "job": "pilot"},
    {"age": 52, "zip": "75003", "job": "judge"},
]


def test_k_anonymity() -> None:
    k = k_anonymity(PEOPLE, ["age", "zip"], required=2)
    assert (k.k, k.groups, k.records) == (1, 3, 6)
    assert k.small_groups == [((52, "75003"), 1)]
    assert k.records_at_risk == 1
    k = k_anonymity(PEOPLE[:5], ["age", "zip", "job"], required=3)
    assert (k.k, k.groups) == (2, 2)
    assert k.small_groups == [((41, "75002", "pilot"), 2)]
    assert k.records_at_risk == 2
    assert k_anonymity(PEOPLE[:5], ["zip"], required=2).small_groups == []


def test_k_anonymity_nested_missing_and_empty() -> None:
    records = [
        {"person": {"age": 30, "langs": ["fr", "en"]}},
        {"person": {"age": 30, "langs": ["fr", "en"]}},
        {"person": {"age": 30}},
        {"other": 1},
    ]
    k = k_anonymity(records, ["person.age", "person.langs"])
    assert k.groups == 3 and k.k == 1
    assert sorted(k.small_groups, key=repr) == sorted([((30, None), 1), ((None, None), 1)], key=repr)
    empty = k_anonymity([], ["age"])
    assert (empty.k, empty.groups, empty.records, empty.small_groups) == (0, 0, 0, [])


def test_k_anonymity_through_lists() -> None:
    records = [
        {"visits": [{"city": "Paris"}, {"city": "Lyon"}]},
        {"visits": [{"city": "Paris"}, {"city": "Lyon"}]},
        {"visits": [{"city": "Nice"}]},
    ]
    k = k_anonymity(records, ["visits.city"])
    assert k.small_groups == [((("Nice",),), 1)]


def test_k_anonymity_path_repeating_a_name() -> None:
    records = [{"items": [{"items": 3}]}, {"items": [{"items": 3}]}]
    k = k_anonymity(records, ["items.items"])
    assert k.groups == 1 and k.k == 2
    assert k_anonymity(records, ["items.items"], required=3).small_groups == [(((3,),), 2)]
