"""The anthropic provider against a real HTTP server on loopback that speaks Anthropic's Messages API."""

from __future__ import annotations

import asyncio
import email.utils
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import openai
import pytest
import uvicorn
from pydantic import ValidationError

from keel.app import create_app
from keel.config import ModelSettings, ServerSettings, Settings, StorageSettings
from keel.errors import InvalidRequest, RateLimited, UpstreamError, UpstreamTimeout
from keel.providers.anthropic import AnthropicParams, AnthropicProvider
from keel.providers.anthropic_messages import CONVERSATION_START, JSON_INSTRUCTION
from keel.services import Services
from keel.types import GenerationChunk, GenerationParams, GenerationRequest, Message, ToolCall
from tests.upstreams.anthropic_server import API_KEY, AnthropicServer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chat(*turns: tuple[str, str] | Message, **params) -> GenerationRequest:
    messages = [t if isinstance(t, Message) else Message(*t) for t in turns]
    return GenerationRequest(params=GenerationParams(**params), messages=messages)


def make_provider(base_url: str, name: str = "claude", **params) -> AnthropicProvider:
    params = {"api_key": API_KEY, "model": "claude-test", "base_url": base_url, **params}
    return AnthropicProvider(name, AnthropicParams.model_validate(params))


async def collect(stream: AsyncIterator[GenerationChunk]) -> list[GenerationChunk]:
    return [c async for c in stream]


@pytest.fixture(scope="module")
def upstream_server() -> Iterator[AnthropicServer]:
    with AnthropicServer() as server:
        yield server


@pytest.fixture
def upstream(upstream_server: AnthropicServer) -> Iterator[AnthropicServer]:
    upstream_server.reset()
    yield upstream_server
    upstream_server.reset()


@pytest.fixture
async def provider(upstream: AnthropicServer) -> AsyncIterator[AnthropicProvider]:
    p = make_provider(upstream.url, timeout_s=5)
    await p.start()
    yield p
    await p.close()


# ---------------------------------------------------------------------------- request mapping


async def test_system_and_developer_go_to_system_and_same_role_turns_merge(provider, upstream):
    gen = await provider.complete(
        chat(
            ("system", "You are terse."),
            ("user", "Hi"),
            ("developer", "Answer in English."),
            ("user", "How are you?"),
            ("assistant", "Fine."),
            Message("tool", "4", name="calc"),
            ("user", "Thanks"),
        )
    )
    body = upstream.last_body
    assert body["system"] == "You are terse.\n\nAnswer in English."
    assert body["messages"] == [
        {"role": "user", "content": "Hi\n\nHow are you?"},
        {"role": "assistant", "content": "Fine."},
        {"role": "user", "content": "Tool result (calc):\n4\n\nThanks"},
    ]
    assert body["model"] == "claude-test"
    assert gen.text == "echo: Tool result (calc):\n4\n\nThanks"


async def test_conversation_shapes_anthropic_would_reject_are_repaired(provider, upstream):
    # starts with the assistant, has empty turns, ends with a prefill that has trailing whitespace
    await provider.complete(chat(("assistant", "Hello!"), ("user", "  "), ("user", "Hi"), ("assistant", "Sure, ")))
    assert upstream.last_body["messages"] == [
        {"role": "user", "content": CONVERSATION_START},
        {"role": "assistant", "content": "Hello!"},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Sure,"},
    ]
    assert "system" not in upstream.last_body


async def test_system_only_conversation_becomes_the_user_turn(provider, upstream):
    gen = await provider.complete(chat(("system", "Say hello")))
    assert "system" not in upstream.last_body
    assert upstream.last_body["messages"] == [{"role": "user", "content": "Say hello"}]
    assert gen.text == "echo: Say hello"


async def test_no_text_at_all_is_a_client_error_without_an_upstream_call(provider, upstream):
    with pytest.raises(InvalidRequest, match="no text"):
        await provider.complete(chat(("user", ""), ("system", " ")))
    with pytest.raises(InvalidRequest, match="prompt is empty"):
        await provider.complete(GenerationRequest(params=GenerationParams(), prompt=""))
    assert upstream.requests == []


async def test_raw_prompt_is_one_user_message(provider, upstream):
    gen = await provider.complete(GenerationRequest(params=GenerationParams(), prompt="Once upon a time"))
    assert upstream.last_body["messages"] == [{"role": "user", "content": "Once upon a time"}]
    assert gen.text == "echo: Once upon a time"


async def test_params_mapping(provider, upstream):
    await provider.complete(
        chat(
            ("user", "hi"),
            max_tokens=50,
            temperature=0.3,
            top_p=0.9,
            stop=["\n", "END"],
            seed=7,
            presence_penalty=1.0,
            frequency_penalty=0.5,
        )
    )
    body = upstream.last_body
    assert body["max_tokens"] == 50
    assert body["temperature"] == 0.3
    assert body["top_p"] == 0.9
    assert body["stop_sequences"] == ["END"]  # whitespace-only stops are Keel's to apply (postprocess)
    assert not {"seed", "presence_penalty", "frequency_penalty", "stop"} & set(body)
    assert "stream" not in body


async def test_defaults_and_clamping(provider, upstream):
    await provider.complete(chat(("user", "hi"), temperature=1.7))
    body = upstream.last_body
    assert body["max_tokens"] == 1024  # Anthropic requires it: default_max_tokens fills in
    assert body["temperature"] == 1.0  # OpenAI's 0–2 clamped to Anthropic's 0–1
    assert not {"top_p", "stop_sequences", "system"} & set(body)


async def test_headers(upstream):
    p = make_provider(upstream.url, headers={"anthropic-beta": "test-beta"}, anthropic_version="2023-01-01")
    await p.start()
    try:
        await p.complete(chat(("user", "hi")))
    finally:
        await p.close()
    headers = upstream.requests[-1].headers
    assert headers["x-api-key"] == API_KEY
    assert headers["anthropic-version"] == "2023-01-01"
    assert headers["anthropic-beta"] == "test-beta"
    assert headers["content-type"] == "application/json"


async def test_model_defaults_to_the_public_name(upstream):
    p = AnthropicProvider("claude-other", AnthropicParams(base_url=upstream.url, api_key=API_KEY))
    await p.start()
    try:
        await p.complete(chat(("user", "hi")))
    finally:
        await p.close()
    assert upstream.last_body["model"] == "claude-other"


async def test_json_object_mode_adds_an_instruction(provider, upstream):
    upstream.behaviour.answer = '{"ok": true}'
    gen = await provider.complete(
        chat(("system", "Be exact."), ("user", "hi"), response_format={"type": "json_object"})
    )
    assert upstream.last_body["system"] == f"Be exact.\n\n{JSON_INSTRUCTION}"
    assert json.loads(gen.text) == {"ok": True}


async def test_json_schema_mode_sends_the_schema(provider, upstream):
    schema = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    rf = {"type": "json_schema", "schema": schema}
    await provider.complete(chat(("user", "Where?"), response_format=rf))
    system = upstream.last_body["system"]
    assert system.startswith(JSON_INSTRUCTION)
    assert json.dumps(schema) in system


async def test_json_schema_must_be_an_object(provider, upstream):
    with pytest.raises(InvalidRequest) as err:
        await provider.complete(chat(("user", "hi"), response_format={"type": "json_schema", "schema": "nope"}))
    assert err.value.param == "response_format"
    assert upstream.requests == []


# ---------------------------------------------------------------------------- whole answers


async def test_answer_and_usage(provider, upstream):
    upstream.behaviour.cache_read_tokens = 10
    gen = await provider.complete(chat(("system", "a b"), ("user", "hello there world")))
    assert gen.text == "echo: hello there world"
    assert gen.finish_reason == "stop"
    assert gen.prompt_tokens == 2 + 3 + 10  # input plus cached input
    assert gen.completion_tokens == 4


async def test_max_tokens_finishes_with_length(provider):
    gen = await provider.complete(chat(("user", "one two three four"), max_tokens=2))
    assert (gen.text, gen.finish_reason, gen.completion_tokens) == ("echo: one", "length", 2)


async def test_stop_sequence_finishes_with_stop(provider, upstream):
    gen = await provider.complete(chat(("user", "one two three"), stop=[" three"]))
    assert upstream.last_body["stop_sequences"] == [" three"]
    assert (gen.text, gen.finish_reason) == ("echo: one two", "stop")


# ---------------------------------------------------------------------------- streaming


async def test_stream_matches_complete(provider, upstream):
    request = chat(("user", "alpha beta gamma"))
    whole = await provider.complete(request)
    chunks = await collect(provider.stream(request))
    assert upstream.last_body["stream"] is True
    assert "".join(c.text for c in chunks) == whole.text
    texts = [c for c in chunks if c.text]
    assert [c.text for c in texts] == ["echo:", " alpha", " beta", " gamma"]
    assert [c.completion_tokens for c in texts] == [1, 2, 3, 4]  # a running count
    assert all(c.finish_reason is None and c.prompt_tokens is None for c in texts)
    last = chunks[-1]
    assert (last.text, last.finish_reason, last.prompt_tokens, last.completion_tokens) == ("", "stop", 3, 4)


async def test_stream_length_finish(provider):
    chunks = await collect(provider.stream(chat(("user", "one two three"), max_tokens=2)))
    assert "".join(c.text for c in chunks) == "echo: one"
    assert (chunks[-1].finish_reason, chunks[-1].completion_tokens) == ("length", 2)


async def test_stream_chunks_arrive_as_the_upstream_sends_them(provider, upstream):
    upstream.behaviour.event_delay_s = 0.15
    started = time.monotonic()
    first_at = None
    async for chunk in provider.stream(chat(("user", "a b c d e f"))):
        if chunk.text and first_at is None:
            first_at = time.monotonic() - started
            assert not upstream.requests[-1].stream_done.is_set(), "the first chunk waited for the whole stream"
    total = time.monotonic() - started
    assert upstream.requests[-1].stream_done.is_set()
    assert first_at is not None and first_at < total / 2


async def test_closing_the_stream_closes_the_upstream_connection(provider, upstream):
    upstream.behaviour.event_delay_s = 0.2
    stream = provider.stream(chat(("user", " ".join(["word"] * 50))))
    first = await anext(stream)
    assert first.text == "echo:"
    await stream.aclose()
    done = upstream.requests[-1].stream_done
    assert await asyncio.to_thread(done.wait, 3), "the upstream kept streaming to nobody"


async def test_concurrent_streams(provider, upstream):
    upstream.behaviour.event_delay_s = 0.01

    async def one(i: int) -> str:
        return "".join(c.text for c in await collect(provider.stream(chat(("user", f"request {i}")))))

    answers = await asyncio.gather(*(one(i) for i in range(20)))
    assert answers == [f"echo: request {i}" for i in range(20)]


@pytest.mark.parametrize("after_events, retryable", [(2, True), (5, False)])
async def test_dropped_connection_mid_stream(provider, upstream, after_events, retryable):
    # events: message_start, content_block_start, ping, then one text delta per word
    upstream.behaviour.drop_after_events = after_events
    got: list[str] = []
    with pytest.raises(UpstreamError) as err:
        async for chunk in provider.stream(chat(("user", "one two three four"))):
            got.append(chunk.text)
    assert err.value.retryable is retryable
    assert "".join(got) == ("" if after_events <= 3 else "echo: one")


async def test_stream_that_ends_without_message_stop(provider, upstream):
    upstream.behaviour.end_after_events = 8  # everything but message_stop
    with pytest.raises(UpstreamError, match="before message_stop") as err:
        await collect(provider.stream(chat(("user", "one two"))))
    assert err.value.retryable is False


@pytest.mark.parametrize("after_events, retryable", [(1, True), (4, False)])
async def test_error_event_mid_stream(provider, upstream, after_events, retryable):
    upstream.behaviour.error_event_after = after_events
    with pytest.raises(UpstreamError, match="overloaded_error") as err:
        await collect(provider.stream(chat(("user", "one two three"))))
    assert err.value.retryable is retryable


async def test_invalid_request_error_event_is_a_client_error(provider, upstream):
    upstream.behaviour.error_event_after = 0
    upstream.behaviour.error_event_type = "invalid_request_error"
    with pytest.raises(InvalidRequest):
        await collect(provider.stream(chat(("user", "hi"))))


# ---------------------------------------------------------------------------- errors


@pytest.mark.parametrize("mode", ["complete", "stream"])
@pytest.mark.parametrize(
    "status, kind, client_status, retryable",
    [
        (400, InvalidRequest, 400, False),
        (404, InvalidRequest, 400, False),
        (422, InvalidRequest, 400, False),
        (413, InvalidRequest, 413, False),
        (401, UpstreamError, 502, False),
        (403, UpstreamError, 502, False),
        (429, RateLimited, 429, True),
        (500, UpstreamError, 502, True),
        (503, UpstreamError, 502, True),
        (529, UpstreamError, 502, True),
    ],
)
async def test_error_status_mapping(provider, upstream, mode, status, kind, client_status, retryable):
    upstream.behaviour.fail_status = status
    upstream.behaviour.fail_message = f"upstream says {status}"
    upstream.behaviour.retry_after = "7"
    request = chat(("user", "hi"))
    with pytest.raises(kind) as err:
        if mode == "complete":
            await provider.complete(request)
        else:
            await collect(provider.stream(request))
    assert err.value.status_code == client_status
    assert err.value.retryable is retryable
    if status in (401, 403):
        assert "credentials" in err.value.message
    else:
        assert f"upstream says {status}" in err.value.message
    if status == 429:
        assert err.value.retry_after == 7


async def test_retry_after_as_an_http_date(provider, upstream):
    upstream.behaviour.fail_status = 429
    upstream.behaviour.retry_after = email.utils.formatdate(time.time() + 30, usegmt=True)
    with pytest.raises(RateLimited) as err:
        await provider.complete(chat(("user", "hi")))
    assert 25 <= err.value.retry_after <= 31


async def test_wrong_api_key(upstream):
    p = make_provider(upstream.url, api_key="wrong")
    await p.start()
    try:
        with pytest.raises(UpstreamError, match="credentials") as err:
            await p.complete(chat(("user", "hi")))
    finally:
        await p.close()
    assert (err.value.status_code, err.value.retryable) == (502, False)


async def test_unknown_upstream_model(upstream):
    p = make_provider(upstream.url, model="claude-nope")
    await p.start()
    try:
        with pytest.raises(InvalidRequest, match="claude-nope"):
            await p.complete(chat(("user", "hi")))
    finally:
        await p.close()


@pytest.mark.parametrize("mode", ["complete", "stream"])
async def test_slow_upstream_times_out(upstream, mode):
    upstream.behaviour.delay_s = 2
    p = make_provider(upstream.url, timeout_s=0.3)
    await p.start()
    started = time.monotonic()
    try:
        with pytest.raises(UpstreamTimeout) as err:
            if mode == "complete":
                await p.complete(chat(("user", "hi")))
            else:
                await collect(p.stream(chat(("user", "hi"))))
    finally:
        await p.close()
    assert time.monotonic() - started < 1.5
    assert (err.value.status_code, err.value.retryable) == (504, True)


async def test_stream_stalling_after_text_times_out_not_retryable(upstream):
    upstream.behaviour.pause_before_event = 5  # after the first two text deltas
    upstream.behaviour.pause_s = 2
    p = make_provider(upstream.url, timeout_s=0.3)
    await p.start()
    got: list[str] = []
    try:
        with pytest.raises(UpstreamTimeout) as err:
            async for chunk in p.stream(chat(("user", "one two three"))):
                got.append(chunk.text)
    finally:
        await p.close()
    assert "".join(got) == "echo: one"
    assert err.value.retryable is False


async def test_connection_refused_is_retryable():
    p = make_provider(f"http://127.0.0.1:{free_port()}")
    await p.start()
    try:
        for call in (p.complete, lambda r: collect(p.stream(r))):
            with pytest.raises(UpstreamError, match="cannot connect") as err:
                await call(chat(("user", "hi")))
            assert not isinstance(err.value, UpstreamTimeout)
            assert (err.value.status_code, err.value.retryable) == (502, True)
        health = await p.health()
        assert not health.ready and "unreachable" in health.detail
    finally:
        await p.close()


# ---------------------------------------------------------------------------- the rest of the protocol


async def test_health(provider, upstream):
    health = await provider.health()
    assert health.ready, health.detail
    assert upstream.requests[-1].path == "/v1/models/claude-test"


async def test_health_of_an_unknown_model(upstream):
    p = make_provider(upstream.url, model="claude-nope")
    assert not (await p.health()).ready  # not started
    await p.start()
    try:
        health = await p.health()
    finally:
        await p.close()
    assert not health.ready and "claude-nope" in health.detail


async def test_tokenize_embed_info(provider):
    assert provider.tokenize("hello") is None
    assert provider.tokenize([Message("user", "hello")]) is None
    assert provider.info().context_window is None
    assert make_provider("http://x", context_window=200_000).info().context_window == 200_000
    with pytest.raises(InvalidRequest, match="does not serve embeddings"):
        await provider.embed(["hello"])


async def test_api_key_from_the_environment(upstream, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    p = AnthropicProvider("claude-test", AnthropicParams(base_url=upstream.url))
    with pytest.raises(RuntimeError, match="ANTHROPIC_API_KEY"):
        await p.start()
    monkeypatch.setenv("MY_CLAUDE_KEY", API_KEY)
    p = AnthropicProvider("claude-test", AnthropicParams(base_url=upstream.url, api_key_env="MY_CLAUDE_KEY"))
    await p.start()
    try:
        assert (await p.complete(chat(("user", "hi")))).text == "echo: hi"
    finally:
        await p.close()


def test_params_validation():
    with pytest.raises(ValidationError, match="extra"):
        AnthropicParams.model_validate({"modle": "claude"})
    with pytest.raises(ValidationError, match="http"):
        AnthropicParams.model_validate({"base_url": "api.anthropic.com"})
    assert AnthropicParams(base_url="https://proxy.example/anthropic/v1/").base_url == "https://proxy.example/anthropic"
    assert "sk-secret" not in repr(AnthropicParams(api_key="sk-secret"))


def test_the_fake_rejects_what_anthropic_rejects(upstream):
    """The mapping tests mean something only if the fake is as strict as Anthropic."""
    headers = {"x-api-key": API_KEY, "anthropic-version": "2023-06-01"}
    good = {"model": "claude-test", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}
    bad = [
        {**good, "messages": [{"role": "assistant", "content": "hi"}]},
        {**good, "messages": [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]},
        {**good, "messages": [{"role": "system", "content": "hi"}]},
        {**good, "messages": [{"role": "user", "content": " "}]},
        {**good, "temperature": 1.5},
        {**good, "stop_sequences": ["\n"]},
        {**good, "seed": 1},
        {k: v for k, v in good.items() if k != "max_tokens"},
    ]
    with httpx.Client(base_url=upstream.url, headers=headers) as http:
        assert http.post("/v1/messages", json=good).status_code == 200
        for body in bad:
            r = http.post("/v1/messages", json=body)
            assert r.status_code == 400, body
            assert r.json()["error"]["type"] == "invalid_request_error"
        assert http.post("/v1/messages", json=good, headers={"anthropic-version": ""}).status_code == 400


# ---------------------------------------------------------------------------- tools

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
TIME = {
    "type": "function",
    "function": {
        "name": "get_time",
        "parameters": {"type": "object", "properties": {"timezone": {"type": "string"}}, "required": ["timezone"]},
    },
}
CLOCK = {"type": "function", "function": {"name": "read_clock", "description": "Now, in UTC"}}  # no parameters


def reassemble(chunks: list[GenerationChunk]) -> dict[int, dict]:
    """Streamed tool-call deltas put back together, as a client does; checks id and name come once."""
    calls: dict[int, dict] = {}
    for c in chunks:
        for d in c.tool_calls or ():
            if d.index not in calls:
                assert d.id and d.name, "the first delta of a call carries its id and name"
                calls[d.index] = {"id": d.id, "name": d.name, "arguments": "", "deltas": 0}
            else:
                assert d.id is None and d.name is None, "id and name go out once"
            calls[d.index]["arguments"] += d.arguments
            calls[d.index]["deltas"] += 1
    return calls


async def test_tools_are_sent_as_anthropic_tools(provider, upstream):
    await provider.complete(chat(("user", "hi"), tools=[WEATHER, CLOCK]))
    body = upstream.last_body
    assert body["tools"] == [
        {
            "name": "get_weather",
            "description": "The current weather in a city",
            "input_schema": WEATHER["function"]["parameters"],
        },
        {"name": "read_clock", "description": "Now, in UTC", "input_schema": {"type": "object", "properties": {}}},
    ]
    assert "tool_choice" not in body  # Anthropic's default is auto


@pytest.mark.parametrize(
    "tool_choice, parallel, sent, called",
    [
        ("auto", None, {"type": "auto"}, []),
        ("none", None, {"type": "none"}, []),
        ("none", False, {"type": "none"}, []),
        ("required", None, {"type": "any"}, ["get_weather", "get_weather"]),
        ("required", False, {"type": "any", "disable_parallel_tool_use": True}, ["get_weather"]),
        (
            {"type": "function", "function": {"name": "get_time"}},
            None,
            {"type": "tool", "name": "get_time"},
            ["get_time"] * 2,
        ),
        (None, False, {"type": "auto", "disable_parallel_tool_use": True}, []),
    ],
)
async def test_tool_choice_mapping(provider, upstream, tool_choice, parallel, sent, called):
    request = chat(("user", "Tell me about Lisbon and Oslo"), tools=[WEATHER, TIME], tool_choice=tool_choice)
    request.params.parallel_tool_calls = parallel
    gen = await provider.complete(request)
    assert upstream.last_body["tool_choice"] == sent
    assert len(upstream.last_body["tools"]) == 2  # "none" keeps the tools: history may hold tool_use blocks
    assert [c.name for c in gen.tool_calls or ()] == called
    assert gen.finish_reason == ("tool_calls" if called else "stop")


async def test_tool_call_round_trip(provider, upstream):
    question = ("user", "What's the weather in Paris?")
    first = await provider.complete(chat(question, tools=[WEATHER, TIME]))
    assert first.finish_reason == "tool_calls"
    assert first.text == "I'll use get_weather."  # Claude's preamble before the call
    [call] = first.tool_calls
    assert call.id.startswith("toolu_") and call.name == "get_weather"
    assert json.loads(call.arguments) == {"city": "Paris"}

    answer = await provider.complete(
        chat(
            question,
            Message("assistant", first.text, tool_calls=first.tool_calls),
            Message("tool", "18C and sunny", tool_call_id=call.id),
            tools=[WEATHER, TIME],
        )
    )
    assert upstream.last_body["messages"][1:] == [
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "I'll use get_weather."},
                {"type": "tool_use", "id": call.id, "name": "get_weather", "input": {"city": "Paris"}},
            ],
        },
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "18C and sunny"}]},
    ]
    assert answer.text == "echo: get_weather said: 18C and sunny"
    assert answer.finish_reason == "stop" and answer.tool_calls is None


async def test_parallel_results_merge_into_one_user_turn_before_its_text(provider, upstream):
    question = ("user", "Weather in Paris and Tokyo?")
    first = await provider.complete(chat(question, tools=[WEATHER], tool_choice="required"))
    paris, tokyo = first.tool_calls
    assert [json.loads(c.arguments)["city"] for c in (paris, tokyo)] == ["Paris", "Tokyo"]
    answer = await provider.complete(
        chat(
            question,
            Message("assistant", "", tool_calls=first.tool_calls),
            Message("tool", "18C", tool_call_id=paris.id),
            Message("tool", "25C", tool_call_id=tokyo.id),
            ("user", "Which is warmer?"),
            tools=[WEATHER],
        )
    )
    assistant, results = upstream.last_body["messages"][1:]
    assert [b["type"] for b in assistant["content"]] == ["tool_use", "tool_use"]  # no empty text block
    assert results["content"] == [
        {"type": "tool_result", "tool_use_id": paris.id, "content": "18C"},
        {"type": "tool_result", "tool_use_id": tokyo.id, "content": "25C"},
        {"type": "text", "text": "Which is warmer?"},
    ]
    assert answer.text == "echo: get_weather said: 18C; get_weather said: 25C; Which is warmer?"

    # a user note between the call and its result: the result still opens the user turn
    await provider.complete(
        chat(
            question,
            Message("assistant", "", tool_calls=first.tool_calls[:1]),
            ("user", "Take your time."),
            Message("tool", "18C", tool_call_id=paris.id),
            tools=[WEATHER],
        )
    )
    assert upstream.last_body["messages"][-1]["content"] == [
        {"type": "tool_result", "tool_use_id": paris.id, "content": "18C"},
        {"type": "text", "text": "Take your time."},
    ]


async def test_streamed_tool_use_reassembles_to_the_same_calls(provider, upstream):
    request = chat(("user", "Compare the weather in Paris and New York."), tools=[TIME, WEATHER])
    whole = await provider.complete(request)
    chunks = await collect(provider.stream(request))
    calls = reassemble(chunks)
    # block 0 is the text: the calls are blocks 1 and 2, but tool calls 0 and 1
    assert sorted(calls) == [0, 1]
    assert [(calls[i]["name"], calls[i]["arguments"]) for i in (0, 1)] == [
        (c.name, c.arguments) for c in whole.tool_calls
    ]
    assert [json.loads(c["arguments"]) for c in calls.values()] == [{"city": "Paris"}, {"city": "New York"}]
    assert all(c["id"].startswith("toolu_") for c in calls.values()) and calls[0]["id"] != calls[1]["id"]
    assert all(c["deltas"] > 2 for c in calls.values())  # the arguments came in pieces
    assert "".join(c.text for c in chunks) == whole.text == "I'll use get_weather."
    last = chunks[-1]
    assert (last.finish_reason, last.completion_tokens) == ("tool_calls", whole.completion_tokens)
    counts = [c.completion_tokens for c in chunks[:-1]]
    assert counts == sorted(counts)  # still a running count


async def test_a_call_without_arguments_streams_empty_object(provider, upstream):
    request = chat(("user", "Read the clock"), tools=[CLOCK])
    whole = await provider.complete(request)
    calls = reassemble(await collect(provider.stream(request)))
    assert [(c.name, c.arguments) for c in whole.tool_calls] == [("read_clock", "{}")]
    assert [(c["name"], c["arguments"]) for c in calls.values()] == [("read_clock", "{}")]


async def test_tool_history_without_tools_declares_them_and_forbids_calls(provider, upstream):
    # e.g. a summarising turn that no longer offers tools: Anthropic rejects tool blocks without tools
    gen = await provider.complete(
        chat(
            ("user", "Weather in Paris?"),
            Message("assistant", "", tool_calls=[ToolCall("toolu_1", "get_weather", '{"city": "Paris"}')]),
            Message("tool", "18C", tool_call_id="toolu_1"),
        )
    )
    body = upstream.last_body
    assert body["tools"] == [{"name": "get_weather", "input_schema": {"type": "object"}}]
    assert body["tool_choice"] == {"type": "none"}
    assert gen.text == "echo: get_weather said: 18C" and gen.tool_calls is None


@pytest.mark.parametrize(
    "request_, param, match",
    [
        (
            chat(("user", "hi"), Message("assistant", "", tool_calls=[ToolCall("t1", "f", "{oops")]), tools=[WEATHER]),
            "messages",
            "not valid JSON",
        ),
        (
            chat(("user", "hi"), Message("assistant", "", tool_calls=[ToolCall("t1", "f", "[1]")]), tools=[WEATHER]),
            "messages",
            "JSON object",
        ),
        (chat(("user", "hi"), tools=[{"type": "web_search"}]), "tools", "function tool"),
        (
            chat(("user", "hi"), tools=[WEATHER], tool_choice={"type": "function", "function": {"name": "x"}}),
            "tool_choice",
            "'x'",
        ),
        (chat(("user", "hi"), tool_choice="required"), "tool_choice", "needs tools"),
    ],
)
async def test_tool_requests_anthropic_cannot_take_fail_before_the_upstream(provider, upstream, request_, param, match):
    with pytest.raises(InvalidRequest, match=match) as err:
        await provider.complete(request_)
    assert err.value.param == param
    assert upstream.requests == []


@pytest.mark.parametrize("mode", ["complete", "stream"])
@pytest.mark.parametrize(
    "params, param", [({"logprobs": True, "top_logprobs": 2}, "logprobs"), ({"top_logprobs": 2}, "top_logprobs")]
)
async def test_logprobs_are_refused_naming_the_model(provider, upstream, mode, params, param):
    request = chat(("user", "hi"), **params)
    with pytest.raises(InvalidRequest) as err:
        if mode == "complete":
            await provider.complete(request)
        else:
            await collect(provider.stream(request))
    assert err.value.param == param and err.value.status_code == 400
    assert "'claude'" in err.value.message and "logprobs" in err.value.message
    assert upstream.requests == []


def test_the_fake_enforces_anthropics_tool_rules(upstream):
    headers = {"x-api-key": API_KEY, "anthropic-version": "2023-06-01"}
    tool = {"name": "get_weather", "input_schema": {"type": "object"}}
    use = {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}}
    result = {"type": "tool_result", "tool_use_id": "toolu_1", "content": "18C"}
    turns = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": [use]}]
    good = {
        "model": "claude-test",
        "max_tokens": 50,
        "tools": [tool],
        "messages": [*turns, {"role": "user", "content": [result]}],
    }
    text = {"type": "text", "text": "and?"}
    bad = [
        {k: v for k, v in good.items() if k != "tools"},  # tool blocks need tools
        {**good, "messages": [*turns, {"role": "user", "content": "no result"}]},
        {**good, "messages": [*turns, {"role": "user", "content": [text, result]}]},  # results must come first
        {**good, "messages": [*turns, {"role": "user", "content": [{**result, "tool_use_id": "toolu_2"}]}]},
        {**good, "tools": [{"name": "get_weather", "parameters": {"type": "object"}}]},
        {**good, "tools": [{"name": "get_weather", "input_schema": {"type": "string"}}]},
        {**good, "tool_choice": {"type": "tool", "name": "nope"}},
        {**good, "tool_choice": {"type": "none", "disable_parallel_tool_use": True}},
        {**good, "messages": [*turns[:1], {"role": "assistant", "content": [{**use, "input": "{}"}]}]},
    ]
    with httpx.Client(base_url=upstream.url, headers=headers) as http:
        r = http.post("/v1/messages", json=good)
        assert r.status_code == 200, r.text
        assert r.json()["content"] == [{"type": "text", "text": "echo: get_weather said: 18C"}]
        for body in bad:
            r = http.post("/v1/messages", json=body)
            assert r.status_code == 400, body
            assert r.json()["error"]["type"] == "invalid_request_error"


# ---------------------------------------------------------------------------- through Keel, with the openai SDK


@pytest.fixture(scope="module")
def keel(upstream_server, tmp_path_factory) -> Iterator[str]:
    port = free_port()
    settings = Settings(
        server=ServerSettings(port=port),
        storage=StorageSettings(url=f"sqlite:///{tmp_path_factory.mktemp('keel')}/keel.db", log_flush_interval_s=0.05),
        models=[ModelSettings(name="claude", provider="anthropic", params={"model": "claude-test"})],
    )
    gateway = Services(settings, providers={"claude": make_provider(upstream_server.url, timeout_s=5)}).gateway
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings, gateway), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "Keel did not become ready"
        time.sleep(0.05)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def sdk(keel, upstream) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{keel}/v1", api_key="unused", max_retries=0, timeout=30)


def test_openai_sdk_chat(sdk, upstream):
    r = sdk.chat.completions.create(
        model="claude",
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hello there"}],
        temperature=1.5,
        max_tokens=20,
    )
    assert r.choices[0].message.content == "echo: hello there"
    assert r.choices[0].finish_reason == "stop"
    assert (r.usage.prompt_tokens, r.usage.completion_tokens) == (4, 3)
    assert upstream.last_body["system"] == "Be brief."
    assert upstream.last_body["temperature"] == 1.0


def test_openai_sdk_stream(sdk):
    stream = sdk.chat.completions.create(
        model="claude",
        messages=[{"role": "user", "content": "one two three"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "echo: one two three"
    assert [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason] == ["stop"]
    assert chunks[-1].usage.completion_tokens == 4


def test_openai_sdk_sees_upstream_rate_limits(sdk, upstream):
    upstream.behaviour.fail_status = 429
    upstream.behaviour.retry_after = "3"
    with pytest.raises(openai.RateLimitError) as err:
        sdk.chat.completions.create(model="claude", messages=[{"role": "user", "content": "hi"}])
    assert err.value.response.headers["retry-after"] == "3"
