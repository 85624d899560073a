"""Policies from GuardSettings: every rule built and checked once; Guard picks a policy per caller."""

from __future__ import annotations

import re
import threading

import pytest
from pydantic import ValidationError

from keel.config import GuardPolicy, GuardSettings, ScannerRule
from keel.guard.base import ScannerConfigError
from keel.guard.engine import Guard, UnknownPolicy
from keel.guard.policy import build_policy
from keel.guard.registry import build_scanner, scanner_class, scanner_names
from keel.guard.scanners.pii import PiiScanner
from keel.guard.scanners.secrets import SecretsScanner
from tests.guard.conftest import BENIGN, trained, write_jsonl

R = ScannerRule


def error_of(cfg: GuardPolicy, name: str = "strict") -> str:
    with pytest.raises(ScannerConfigError) as info:
        build_policy(name, cfg, b"key")
    return str(info.value)


def test_unknown_scanner_names_the_rule_and_the_known_ones() -> None:
    msg = error_of(GuardPolicy(input=[R(scanner="secrets"), R(scanner="nope")]))
    assert msg.startswith("guard.policies.strict.input[1]: unknown scanner 'nope'; known: ")
    assert "pii" in msg and "injection" in msg


def test_unknown_param_names_the_rule_and_what_it_takes() -> None:
    msg = error_of(GuardPolicy(output=[R(scanner="secrets"), R(scanner="pii", params={"bogus": 1})]))
    assert msg.startswith("guard.policies.strict.output[1]: scanner 'pii' has no parameter(s) ['bogus']")
    assert "it takes ['allow_list', 'entities', 'language', 'ner', 'threshold']" in msg


def test_private_fields_are_not_params() -> None:
    msg = error_of(GuardPolicy(input=[R(scanner="injection", params={"_model": 1})]))
    assert "input[0]: scanner 'injection' has no parameter(s) ['_model']" in msg
    assert "'_model'" not in msg.split("it takes")[1]


def test_threshold_on_a_scanner_without_one() -> None:
    msg = error_of(GuardPolicy(input=[R(scanner="token_limit", threshold=0.5)]))
    assert "input[0]: scanner 'token_limit' has no parameter(s) ['threshold']" in msg


@pytest.mark.parametrize("action", ["redact", "mask", "hash", "pseudonymize"])
def test_span_action_on_a_whole_text_scanner(action: str) -> None:
    injection = R(scanner="injection", action=action, params={"classifier": False})
    msg = error_of(GuardPolicy(input=[R(scanner="secrets", action="redact"), injection]))
    assert msg == (
        "guard.policies.strict.input[1]: scanner 'injection' judges the whole text; "
        f"use allow, flag or block, not '{action}'"
    )


@pytest.mark.parametrize("direction", ["output", "documents"])
def test_pseudonymize_only_on_input(direction: str) -> None:
    msg = error_of(GuardPolicy(**{direction: [R(scanner="pii", action="pseudonymize")]}))
    assert msg.startswith(f"guard.policies.strict.{direction}[0]: pseudonymize works on input")


@pytest.mark.parametrize(
    ("direction", "scanner", "runs_on"),
    [
        ("output", "injection", "['input']"),
        ("input", "refusal", "['output']"),
        ("documents", "prompt_leak", "['output']"),
    ],
)
def test_scanner_on_the_wrong_direction(direction: str, scanner: str, runs_on: str) -> None:
    params = {"classifier": False} if scanner == "injection" else {}
    msg = error_of(GuardPolicy(**{direction: [R(scanner=scanner, params=params)]}))
    assert msg == f"guard.policies.strict.{direction}[0]: scanner '{scanner}' runs on {runs_on} only"


def test_scanner_own_config_errors_are_named_too() -> None:
    msg = error_of(GuardPolicy(input=[R(scanner="pii", params={"entities": ["FOO"]})]))
    assert msg.startswith("guard.policies.strict.input[0]: unknown PII entities ['FOO']")
    msg = error_of(GuardPolicy(input=[R(scanner="ban_substrings")]))
    assert msg == "guard.policies.strict.input[0]: ban_substrings needs `substrings: [...]`"
    msg = error_of(GuardPolicy(input=[R(scanner="ban_substrings", params={"substrings": 5})]))
    assert msg.startswith("guard.policies.strict.input[0]: scanner 'ban_substrings': ")


@pytest.mark.parametrize(
    ("scanner", "params"), [("token_limit", {"max_tokens": "lots"}), ("secrets", {"threshold": "high"})]
)
def test_param_of_the_wrong_type_is_a_config_error(scanner: str, params: dict) -> None:
    msg = error_of(GuardPolicy(input=[R(scanner=scanner, params=params)]))
    assert msg.startswith("guard.policies.strict.input[0]: ")


def test_a_good_policy() -> None:
    cfg = GuardPolicy(
        input=[
            R(scanner="pii", action="pseudonymize"),
            R(scanner="injection", action="block", threshold=0.7, params={"classifier": False}),
        ],
        output=[R(scanner="secrets", action="redact"), R(scanner="refusal", action="flag")],
        documents=[R(scanner="injection", action="flag", params={"classifier": False})],
        canary=True,
        stream_holdback_chars=80,
    )
    p = build_policy("strict", cfg, b"key")
    assert [(r.name, r.action, r.where) for r in p.input] == [
        ("pii", "pseudonymize", "input[0]"),
        ("injection", "block", "input[1]"),
    ]
    assert p.input[1].scanner.threshold == 0.7
    assert [r.where for r in p.output] == ["output[0]", "output[1]"]
    assert p.documents[0].scanner.classifier is False
    assert (p.canary, p.holdback, p.hash_key) == (True, 80, b"key")
    assert len(p.scanners()) == 5


def test_canary_token_is_stable_per_key_and_policy() -> None:
    a = build_policy("a", GuardPolicy(), b"key")
    assert a.canary_token == build_policy("a", GuardPolicy(), b"key").canary_token
    assert a.canary_token != build_policy("b", GuardPolicy(), b"key").canary_token
    assert a.canary_token != build_policy("a", GuardPolicy(), b"other").canary_token
    assert a.canary_token.startswith("kc-") and len(a.canary_token) == 19


def test_registry() -> None:
    names = scanner_names()
    assert {"pii", "secrets", "injection", "toxicity", "bias", "ban_topics", "grounded"} <= set(names)
    assert scanner_class("pii") is PiiScanner
    s = build_scanner("secrets", {"min_entropy": 4.0}, threshold=0.9)
    assert isinstance(s, SecretsScanner) and (s.min_entropy, s.threshold) == (4.0, 0.9)


def test_settings_refuse_routes_and_keys_to_unknown_policies() -> None:
    with pytest.raises(ValidationError, match=re.escape("guard.routes names unknown policies ['nope']")):
        GuardSettings(routes={"chat": "nope"})
    with pytest.raises(ValidationError, match=re.escape("guard.keys names unknown policies ['gone']")):
        GuardSettings(keys={"k1": "gone"})
    with pytest.raises(ValidationError):
        R(scanner="pii", action="destroy")
    with pytest.raises(ValidationError):
        R(scanner="pii", threshold=1.5)


def light(*rules: ScannerRule) -> GuardPolicy:
    return GuardPolicy(input=list(rules))


@pytest.fixture
def guard():
    settings = GuardSettings(
        policies={
            "default": light(R(scanner="secrets", action="redact")),
            "strict": light(R(scanner="secrets", action="block")),
            "vip": light(R(scanner="secrets", action="flag")),
        },
        routes={"chat": "strict"},
        keys={"key-vip": "vip"},
        hash_key="fixed",
    )
    g = Guard(settings)
    yield g
    g.close()


def test_policy_for_key_then_route_then_default(guard: Guard) -> None:
    assert guard.policy_for().name == "default"
    assert guard.policy_for(route="chat").name == "strict"
    assert guard.policy_for(route="embeddings").name == "default"
    assert guard.policy_for(route="chat", key_id="key-vip").name == "vip"
    assert guard.policy_for(route="chat", key_id="key-other").name == "strict"
    assert guard.policy_for(key_id="key-vip").name == "vip"


def test_policy_for_without_a_default() -> None:
    g = Guard(GuardSettings(policies={"strict": light(R(scanner="secrets"))}, routes={"chat": "strict"}))
    try:
        assert g.policy_for(route="chat").name == "strict"
        assert g.policy_for(route="other") is None
    finally:
        g.close()


def test_default_settings_build() -> None:
    g = Guard(GuardSettings())
    try:
        p = g.policy_for()
        assert [(r.name, r.action) for r in p.input] == [
            ("pii", "pseudonymize"),
            ("secrets", "redact"),
            ("injection", "block"),
        ]
        assert [(r.name, r.action) for r in p.output] == [
            ("secrets", "redact"),
            ("pii", "flag"),
            ("prompt_leak", "block"),
        ]
        assert p.canary
    finally:
        g.close()


def test_hash_key_fixed_or_random_per_process() -> None:
    settings = GuardSettings(policies={"default": light(R(scanner="secrets", action="hash"))}, hash_key="fixed")
    a, b = Guard(settings), Guard(settings)
    c = Guard(settings.model_copy(update={"hash_key": None}))
    try:
        assert a.hash_key == b.hash_key == b"fixed"
        text = "key AKIAIOSFODNN7EXAMPLE"
        assert a.scan(text)[1].texts == b.scan(text)[1].texts
        assert len(c.hash_key) == 32
        assert c.scan(text)[1].texts != a.scan(text)[1].texts
    finally:
        for g in (a, b, c):
            g.close()


def test_scan_runs_every_rule_of_a_direction(guard: Guard) -> None:
    policy, verdict = guard.scan("key AKIAIOSFODNN7EXAMPLE", "input", "default")
    assert policy.name == "default"
    assert verdict.texts == ["key [AWS_ACCESS_KEY]"]
    _, verdict = guard.scan("key AKIAIOSFODNN7EXAMPLE", policy="strict")
    assert verdict.blocked is not None and verdict.blocked.rule == "input[0]"
    with pytest.raises(UnknownPolicy) as info:
        guard.scan("x", policy="nope")
    assert info.value.status_code == 400
    assert info.value.message == "There is no guard policy 'nope'; defined: default, strict, vip."
    assert info.value.param == "policy"


async def test_run_uses_the_guard_thread(guard: Guard) -> None:
    name = await guard.run(lambda: threading.current_thread().name)
    assert name.startswith("keel-guard")
    _, verdict = await guard.run(guard.scan, "key AKIAIOSFODNN7EXAMPLE", policy="default")
    assert verdict.texts == ["key [AWS_ACCESS_KEY]"]


def test_warm_loads_what_the_scanners_need(attack_corpus, tmp_path) -> None:
    # a benign corpus of this test's own: a scanner trained elsewhere on the same texts would share its model
    benign_corpus = write_jsonl(tmp_path / "benign.jsonl", [{"text": t} for t in [*BENIGN, "Warm the oven first."]])
    params = {"corpus": str(attack_corpus), "benign_corpus": str(benign_corpus)}
    settings = GuardSettings(policies={"default": light(R(scanner="injection", action="block", params=params))})
    g = Guard(settings)
    try:
        scanner = g.policy_for().input[0].scanner
        assert scanner._model._lexical is None
        trained(g, tmp_path)  # Guard.warm(): the classifier is trained before any request
        assert scanner._model._lexical is not None
    finally:
        g.close()


def test_missing_corpus_is_a_config_error(tmp_path) -> None:
    params = {"corpus": str(tmp_path / "nope" / "attacks.jsonl")}
    msg = error_of(GuardPolicy(input=[R(scanner="injection", params=params)]))
    assert msg.startswith("guard.policies.strict.input[0]: ")


def test_invalid_json_schema_param_fails_at_build() -> None:
    msg = error_of(
        GuardPolicy(output=[R(scanner="json_schema", action="flag", params={"schema": {"type": "nonsense"}})])
    )
    assert msg.startswith("guard.policies.strict.output[0]: ")


def test_the_built_in_policies_default_with_names_and_fast_without() -> None:
    """`default` pseudonymizes people, places and URLs with the pattern types; `fast` the pattern
    types only; a route can name either."""
    settings = GuardSettings(routes={"chat": "fast"})
    by_name = {name: {r.scanner: r for r in policy.input} for name, policy in settings.policies.items()}
    default, fast = by_name["default"]["pii"], by_name["fast"]["pii"]
    assert default.action == fast.action == "pseudonymize"
    assert {"PERSON", "LOCATION", "URL"} <= set(default.params["entities"])
    assert not {"PERSON", "LOCATION", "URL"} & set(fast.params["entities"])
    assert set(fast.params["entities"]) < set(default.params["entities"])
    assert list(by_name["fast"]) == list(by_name["default"]) == ["pii", "secrets", "injection"]
