"""Exact keys and semantic scopes: stable for the same request, different for any change that
changes the answer (parameters, tenant, model, history, system prompt)."""

from __future__ import annotations

from dataclasses import replace

import orjson
import pytest

from keel.cache.keys import CacheQuery, canonical_json, exact_key, semantic_target
from keel.types import GenerationParams, Message

BASE_PARAMS = GenerationParams(max_tokens=16, temperature=0.0, top_p=0.9, stop=["\n\n", "END"], seed=7)


def chat(*turns: tuple[str, str], **overrides) -> CacheQuery:
    fields = {
        "model": "gemma-3-270m",
        "tenant": "acme",
        "params": BASE_PARAMS,
        "messages": [Message(role, content) for role, content in turns],
    }
    fields.update(overrides)
    return CacheQuery(**fields)


Q = (("system", "Be brief."), ("user", "What is the capital of France?"))


def test_canonical_json_sorts_keys_at_every_level():
    a = canonical_json({"b": {"z": 1, "a": 2}, "a": [{"y": 1, "x": 2}]})
    b = canonical_json({"a": [{"x": 2, "y": 1}], "b": {"a": 2, "z": 1}})
    assert a == b == b'{"a":[{"x":2,"y":1}],"b":{"a":2,"z":1}}'


def test_exact_key_is_stable_and_a_sha256():
    key = exact_key(chat(*Q))
    assert key == exact_key(chat(*Q))
    assert len(key) == 64 and int(key, 16) >= 0
    # equal values in another form make the same key
    same = replace(BASE_PARAMS, temperature=0, stop=["END", "\n\n", "END"])
    assert exact_key(chat(*Q, params=same)) == key
    same_rf = replace(BASE_PARAMS, response_format={"type": "json_object"})
    other_order = replace(BASE_PARAMS, response_format=orjson.loads(b'{"type":"json_object"}'))
    assert exact_key(chat(*Q, params=same_rf)) == exact_key(chat(*Q, params=other_order))
    # a message's name does not change the key (role + content do)
    named = chat(("system", "Be brief."), ("user", "What is the capital of France?"))
    named.messages[1].name = "alice"
    assert exact_key(named) == key


@pytest.mark.parametrize(
    "change",
    [
        {"max_tokens": 17},
        {"temperature": 0.7},
        {"top_p": 1.0},
        {"stop": ["\n\n"]},
        {"seed": 8},
        {"seed": None},
        {"presence_penalty": 0.5},
        {"frequency_penalty": 0.5},
        {"response_format": {"type": "json_object"}},
    ],
)
def test_exact_key_changes_with_each_output_parameter(change):
    assert exact_key(chat(*Q, params=replace(BASE_PARAMS, **change))) != exact_key(chat(*Q))


def test_exact_key_changes_with_tenant_model_n_and_content():
    key = exact_key(chat(*Q))
    assert exact_key(chat(*Q, tenant="globex")) != key
    assert exact_key(chat(*Q, model="other-model")) != key
    assert exact_key(chat(*Q, n=2)) != key
    assert exact_key(chat(("system", "Be brief."), ("user", "What is the capital of France? "))) != key
    assert exact_key(chat(("user", "Be brief."), ("user", "What is the capital of France?"))) != key


def test_prompt_and_chat_never_share_a_key():
    prompt = CacheQuery(model="m", tenant="t", params=BASE_PARAMS, prompt="hello")
    messages = CacheQuery(model="m", tenant="t", params=BASE_PARAMS, messages=[Message("user", "hello")])
    assert exact_key(prompt) != exact_key(messages)
    assert exact_key(prompt) == exact_key(replace(prompt))


def test_semantic_target_embeds_only_the_last_user_message():
    target = semantic_target(chat(*Q))
    assert target is not None
    assert target.text == "What is the capital of France?"
    # the wording of the question is not in the scope: a paraphrase searches the same partition
    paraphrase = semantic_target(chat(("system", "Be brief."), ("user", "what's France's capital city?")))
    assert paraphrase is not None and paraphrase.scope == target.scope


def test_semantic_scope_separates_what_must_never_share_an_answer():
    scope = semantic_target(chat(*Q)).scope
    last = ("user", "What is the capital of France?")
    others = [
        chat(*Q, tenant="globex"),
        chat(*Q, model="other-model"),
        chat(*Q, n=2),
        chat(*Q, params=replace(BASE_PARAMS, temperature=1.0)),
        chat(*Q, params=replace(BASE_PARAMS, max_tokens=64)),
        chat(("system", "Answer in French."), last),
        chat(last),  # no system prompt
        chat(("system", "Be brief."), ("user", "Hi"), ("assistant", "Hello!"), last),  # other history
    ]
    scopes = {semantic_target(q).scope for q in others}
    assert scope not in scopes and len(scopes) == len(others)
    assert semantic_target(chat(*Q), "another-embedding-model").scope != scope


def test_semantic_scope_separates_different_numbers():
    a = semantic_target(chat(("user", "What is 2 + 2?")))
    b = semantic_target(chat(("user", "What is 2 + 3?")))
    c = semantic_target(chat(("user", "what's 2+2")))
    assert a.scope != b.scope
    assert a.scope == c.scope


def test_semantic_lookups_apply_to_chat_ending_in_a_user_turn_only():
    assert semantic_target(CacheQuery(model="m", tenant="t", params=BASE_PARAMS, prompt="Once upon")) is None
    assert semantic_target(chat(("user", "Hi"), ("assistant", "Hello"))) is None
    assert semantic_target(chat(("user", "   "))) is None
