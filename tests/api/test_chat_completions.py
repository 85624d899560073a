"""Chat completions through the openai SDK against the real Gemma model."""

from __future__ import annotations

import json

import pytest

from tests.conftest import MODEL


def test_chat_returns_text_and_exact_usage(client, server):
    r = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "What is the capital of France?"}],
        max_tokens=24,
        temperature=0,
    )
    choice = r.choices[0]
    assert r.object == "chat.completion"
    assert r.model == MODEL
    assert choice.message.role == "assistant"
    assert choice.message.content and choice.message.content.strip() == choice.message.content
    assert choice.finish_reason in ("stop", "length")
    provider = server.gateway.catalogue.get(MODEL)
    from keel.types import Message

    expected_prompt = len(provider.tokenize([Message("user", "What is the capital of France?")]))
    assert r.usage.prompt_tokens == expected_prompt
    assert 0 < r.usage.completion_tokens <= 24
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens


@pytest.mark.parametrize("content", ["Hi", "hello", "?", "Tell me a joke.", "ok", "Write one word.", "...", "Thanks!"])
def test_chat_answer_is_never_empty(client, content):
    for seed in (1, 2):
        r = client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": content}],
            max_tokens=8,
            temperature=1.0,
            seed=seed,
        )
        assert r.choices[0].message.content.strip(), (content, seed)


def test_max_tokens_gives_finish_reason_length(client):
    r = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Write a long story about a dragon and a knight."}],
        max_tokens=3,
        temperature=0,
    )
    assert r.choices[0].finish_reason == "length"
    assert r.usage.completion_tokens == 3


def test_max_completion_tokens_is_honoured(client):
    r = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Write a long story about a dragon and a knight."}],
        max_completion_tokens=2,
        temperature=0,
    )
    assert r.choices[0].finish_reason == "length"
    assert r.usage.completion_tokens == 2


def test_seed_and_temperature_zero_are_deterministic(client):
    kwargs = dict(
        model=MODEL,
        messages=[{"role": "user", "content": "Name three fruits."}],
        max_tokens=20,
        temperature=0,
    )
    a = client.chat.completions.create(seed=7, **kwargs).choices[0].message.content
    b = client.chat.completions.create(seed=7, **kwargs).choices[0].message.content
    assert a == b


def test_seed_makes_sampling_reproducible(client):
    kwargs = dict(
        model=MODEL,
        messages=[{"role": "user", "content": "Tell me about the sea."}],
        max_tokens=16,
        temperature=1.0,
    )
    a = client.chat.completions.create(seed=123, **kwargs).choices[0].message.content
    b = client.chat.completions.create(seed=123, **kwargs).choices[0].message.content
    assert a == b


def test_n_two_gives_two_choices(client):
    r = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Say something."}],
        max_tokens=8,
        n=2,
        temperature=1.0,
        seed=5,
    )
    assert [c.index for c in r.choices] == [0, 1]
    assert all(c.message.content for c in r.choices)
    assert r.usage.completion_tokens <= 16


def test_stop_sequence_trims_answer(client):
    base = dict(model=MODEL, messages=[{"role": "user", "content": "Count: one, two, three, four"}], temperature=0)
    free = client.chat.completions.create(max_tokens=24, **base).choices[0].message.content
    assert len(free) > 2
    stop = free[len(free) // 2 : len(free) // 2 + 2]
    if not stop.strip():
        stop = free.strip()[-2:]
    r = client.chat.completions.create(max_tokens=24, stop=[stop], **base)
    text = r.choices[0].message.content
    assert stop not in text
    assert free.startswith(text.rstrip()) or text == ""
    assert r.choices[0].finish_reason == "stop"


def test_json_object_output_parses(client):
    r = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": 'Return a JSON object with a key "name" for a cat.'}],
        response_format={"type": "json_object"},
        max_tokens=200,
        temperature=0,
        frequency_penalty=1.0,
    )
    if r.choices[0].finish_reason == "stop":
        assert isinstance(json.loads(r.choices[0].message.content), dict)
    else:  # cut by max_tokens: still JSON-shaped so far
        assert r.choices[0].message.content.lstrip().startswith("{")


def test_json_schema_output_matches_schema(client):
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string", "maxLength": 20}, "population": {"type": "integer"}},
        "required": ["city", "population"],
        "additionalProperties": False,
    }
    r = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Describe Paris as JSON."}],
        response_format={"type": "json_schema", "json_schema": {"name": "city", "schema": schema}},
        max_tokens=80,
        temperature=0,
    )
    data = json.loads(r.choices[0].message.content)
    assert set(data) == {"city", "population"}
    assert isinstance(data["city"], str) and isinstance(data["population"], int)


def test_system_prompt_and_history_are_accepted(client):
    r = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Hello."},
            {"role": "user", "content": [{"type": "text", "text": "How are you?"}]},
        ],
        max_tokens=8,
    )
    assert r.choices[0].message.content


def test_long_history_is_fitted_by_dropping_oldest_turns(client, http):
    filler = "word " * 400
    messages = []
    for i in range(8):
        messages += [{"role": "user", "content": f"{i} {filler}"}, {"role": "assistant", "content": "ok"}]
    messages.append({"role": "user", "content": "Last question?"})
    resp = http.post(
        "/v1/chat/completions", json={"model": MODEL, "messages": messages, "max_tokens": 4, "temperature": 0}
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["usage"]["prompt_tokens"] <= 2048 - 4
    trace = http.get(f"/v1/traces/{resp.headers['x-keel-trace-id']}").json()
    assert trace["annotations"]["dropped_turns"] > 0


def test_unknown_fields_are_rejected_naming_the_parameter(http):
    base = {"model": MODEL, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2}
    for field, value in [("some_future_field", {"x": 1}), ("functions", [{"name": "f"}]), ("modalities", ["audio"])]:
        resp = http.post("/v1/chat/completions", json={**base, field: value})
        assert resp.status_code == 400, resp.text
        err = resp.json()["error"]
        assert err["param"] == field and err["code"] == "unknown_parameter"
        assert err["type"] == "invalid_request_error" and f"'{field}'" in err["message"]
    # known fields that ask for nothing Keel would drop are fine
    ok = http.post("/v1/chat/completions", json={**base, "parallel_tool_calls": True, "logprobs": False})
    assert ok.status_code == 200, ok.text
    resp = http.post("/v1/chat/completions", json={**base, "top_logprobs": 2})
    assert resp.status_code == 400 and resp.json()["error"]["param"] == "top_logprobs"


def test_user_message_with_null_content_is_a_400(http):
    resp = http.post("/v1/chat/completions", json={"model": MODEL, "messages": [{"role": "user", "content": None}]})
    assert resp.status_code == 400
    assert resp.json()["error"]["param"] == "messages[0].content"
