"""Tools through Keel's HTTP API with the openai SDK: OpenAI-compatible and Anthropic upstreams on
loopback, both ways (call → result → answer), whole and streamed; and a clear 400 where the model
cannot call tools (the local Gemma)."""

from __future__ import annotations

import json

import openai
import pytest

from keel.config import ModelSettings
from tests.conftest import MODEL, LiveServer, make_settings
from tests.upstreams.anthropic_server import API_KEY, AnthropicServer
from tests.upstreams.openai_server import UpstreamServer

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
ASK = [{"role": "user", "content": "What is the weather in Paris today?"}]


@pytest.fixture(scope="module")
def keel_url(tmp_path_factory):
    up = UpstreamServer("up").start()
    claude = AnthropicServer().start()
    settings = make_settings(tmp_path_factory.mktemp("tools"))
    settings = settings.model_copy(
        update={
            "models": [
                ModelSettings(name="gpt", provider="openai_compat", params={"base_url": up.base_url}),
                ModelSettings(
                    name="claude",
                    provider="anthropic",
                    params={"base_url": claude.url, "api_key": API_KEY, "model": "claude-test"},
                ),
            ]
        }
    )
    settings.pipeline["chat"] = ["preprocess", "limits", "cache", "generate", "postprocess"]
    live = LiveServer(settings).start()
    yield live.url
    live.stop()
    claude.stop()
    up.stop()


@pytest.fixture(scope="module")
def sdk(keel_url):
    return openai.OpenAI(base_url=f"{keel_url}/v1", api_key="unused", max_retries=0, timeout=30)


@pytest.mark.parametrize("model", ["gpt", "claude"])
def test_tool_call_round_trip(sdk, model):
    first = sdk.chat.completions.create(model=model, messages=ASK, tools=[WEATHER], extra_body={"cache": False})
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls"
    [call] = choice.message.tool_calls
    assert call.type == "function" and call.function.name == "get_weather" and call.id
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    follow_up = [
        *ASK,
        choice.message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": "18C and sunny"},
    ]
    final = sdk.chat.completions.create(model=model, messages=follow_up, tools=[WEATHER], extra_body={"cache": False})
    assert final.choices[0].finish_reason == "stop"
    assert "18C and sunny" in final.choices[0].message.content
    assert final.choices[0].message.tool_calls is None


@pytest.mark.parametrize("model", ["gpt", "claude"])
def test_streamed_tool_call_deltas_reassemble(sdk, model):
    whole = sdk.chat.completions.create(model=model, messages=ASK, tools=[WEATHER], extra_body={"cache": False})
    stream = sdk.chat.completions.create(
        model=model, messages=ASK, tools=[WEATHER], stream=True, extra_body={"cache": False}
    )
    calls: dict[int, dict] = {}
    finish = None
    deltas = 0
    for chunk in stream:
        for c in chunk.choices:
            finish = c.finish_reason or finish
            for d in c.delta.tool_calls or ():
                deltas += 1
                call = calls.setdefault(d.index, {"id": None, "name": None, "arguments": ""})
                if d.id:
                    assert call["id"] is None, "the id comes once"
                    call["id"] = d.id
                if d.function and d.function.name:
                    call["name"] = d.function.name
                if d.function and d.function.arguments:
                    call["arguments"] += d.function.arguments
    assert finish == "tool_calls"
    assert deltas > 1  # arguments arrived in pieces
    [expected] = whole.choices[0].message.tool_calls
    assert [(c["name"], json.loads(c["arguments"])) for c in calls.values()] == [
        (expected.function.name, json.loads(expected.function.arguments))
    ]
    assert all(c["id"] for c in calls.values())


def test_named_tool_choice_forces_the_call(sdk):
    r = sdk.chat.completions.create(
        model="gpt",
        messages=[{"role": "user", "content": "Hello there"}],
        tools=[WEATHER],
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        extra_body={"cache": False},
    )
    assert r.choices[0].message.tool_calls[0].function.name == "get_weather"


def test_tool_choice_naming_an_unknown_function_is_400(sdk):
    with pytest.raises(openai.BadRequestError) as e:
        sdk.chat.completions.create(
            model="gpt", messages=ASK, tools=[WEATHER], tool_choice={"type": "function", "function": {"name": "nope"}}
        )
    assert e.value.body["param"] == "tool_choice"


def test_tool_calls_are_cached_with_their_tools(sdk, keel_url):
    import httpx

    body = {"model": "gpt", "messages": ASK, "tools": [WEATHER]}
    a = httpx.post(f"{keel_url}/v1/chat/completions", json=body)
    b = httpx.post(f"{keel_url}/v1/chat/completions", json=body)
    assert b.headers.get("x-keel-cache") == "hit"
    assert a.json()["choices"][0]["message"]["tool_calls"] == b.json()["choices"][0]["message"]["tool_calls"]
    streamed = sdk.chat.completions.create(model="gpt", messages=ASK, tools=[WEATHER], stream=True)
    deltas = [d for ch in streamed for c in ch.choices for d in c.delta.tool_calls or ()]
    replayed = b.json()["choices"][0]["message"]["tool_calls"][0]
    assert [(d.id, d.function.name, d.function.arguments) for d in deltas] == [
        (replayed["id"], "get_weather", replayed["function"]["arguments"])
    ]
    other = httpx.post(
        f"{keel_url}/v1/chat/completions",
        json={**body, "tools": [WEATHER, {**WEATHER, "function": {**WEATHER["function"], "name": "get_forecast"}}]},
    )
    assert other.headers.get("x-keel-cache") != "hit"  # other tools, another question


def test_logprobs_from_an_upstream(sdk):
    r = sdk.chat.completions.create(
        model="gpt",
        messages=[{"role": "user", "content": "hi"}],
        logprobs=True,
        top_logprobs=2,
        extra_body={"cache": False},
    )
    content = r.choices[0].logprobs.content
    assert content and all(len(t.top_logprobs) == 2 for t in content)
    assert "".join(t.token for t in content) == r.choices[0].message.content


def test_anthropic_logprobs_are_a_clear_400(sdk):
    with pytest.raises(openai.BadRequestError) as e:
        sdk.chat.completions.create(model="claude", messages=ASK, logprobs=True)
    assert e.value.body["param"] == "logprobs"


def test_local_model_without_tools_is_a_clear_400(client):
    with pytest.raises(openai.BadRequestError) as e:
        client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER], max_tokens=4)
    assert e.value.body["param"] == "tools"
    assert MODEL in e.value.body["message"]


def test_local_model_logprobs_chat_and_completions(client):
    r = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Say hi"}], max_tokens=4, logprobs=True, top_logprobs=3
    )
    content = r.choices[0].logprobs.content
    # the postprocess stage trims the answer's outer whitespace; the tokens are the model's own
    assert "".join(t.token for t in content).strip() == r.choices[0].message.content
    assert all(t.logprob <= 0 and len(t.top_logprobs) == 3 for t in content)
    c = client.completions.create(model=MODEL, prompt="The sky is", max_tokens=3, logprobs=2, temperature=0)
    lp = c.choices[0].logprobs
    assert len(lp.tokens) == len(lp.token_logprobs) == len(lp.top_logprobs) == len(lp.text_offset)
    assert "".join(lp.tokens) == c.choices[0].text and all(len(t) == 2 for t in lp.top_logprobs)
    stream = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Say hi"}], max_tokens=4, logprobs=True, stream=True
    )
    pieces = [(ch.choices[0].delta.content or "", ch.choices[0].logprobs) for ch in stream if ch.choices]
    text = "".join(p for p, _ in pieces)
    tokens = [t.token for _, lp in pieces if lp for t in lp.content]
    assert "".join(tokens).strip() == text.strip()


def test_tool_message_mistakes_name_the_parameter(keel_url):
    import httpx

    bad = [*ASK, {"role": "tool", "content": "18C"}]
    r = httpx.post(f"{keel_url}/v1/chat/completions", json={"model": "gpt", "messages": bad})
    assert r.status_code == 400 and r.json()["error"]["param"] == "messages[1].tool_call_id"
    bad = [{"role": "user", "content": "hi", "tool_call_id": "x"}]
    r = httpx.post(f"{keel_url}/v1/chat/completions", json={"model": "gpt", "messages": bad})
    assert r.status_code == 400 and r.json()["error"]["param"].startswith("messages[0].tool_call_id")
