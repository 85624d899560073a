"""The openai_compat provider against real OpenAI-compatible HTTP servers on loopback."""

from __future__ import annotations

import asyncio
import time

import httpx
import orjson
import pytest

from keel.errors import InvalidRequest, RateLimited, UpstreamError, UpstreamTimeout
from keel.providers.openai_compat import OpenAICompatParams, OpenAICompatProvider
from keel.types import GenerationParams, GenerationRequest, Message
from tests.conftest import free_port
from tests.upstreams.openai_server import Behaviour, UpstreamServer


@pytest.fixture
def upstream():
    server = UpstreamServer("up").start()
    yield server
    server.stop()


async def _provider(base_url: str, **params) -> OpenAICompatProvider:
    p = OpenAICompatProvider("public-name", OpenAICompatParams(base_url=base_url, **params))
    await p.start()
    return p


def _chat(text: str = "hello there", **params) -> GenerationRequest:
    return GenerationRequest(
        GenerationParams(**params), messages=[Message("system", "be brief"), Message("user", text)]
    )


async def test_complete_maps_request_and_response(upstream):
    p = await _provider(upstream.base_url, model="upstream-model", api_key="sekret", headers={"x-team": "a"})
    try:
        r = await p.complete(
            _chat(
                max_tokens=50,
                temperature=0.2,
                top_p=0.9,
                stop=["END"],
                seed=3,
                presence_penalty=0.5,
                response_format={"type": "json_schema", "schema": {"type": "object"}},
            )
        )
    finally:
        await p.close()
    assert r.text == "up: hello there"
    assert r.finish_reason == "stop"
    assert (r.prompt_tokens, r.completion_tokens) == (7, 3)
    body, headers = upstream.requests[-1], upstream.headers[-1]
    assert body["model"] == "upstream-model"
    assert body["messages"] == [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hello there"}]
    assert body["max_tokens"] == 50 and body["temperature"] == 0.2 and body["top_p"] == 0.9
    assert body["stop"] == ["END"] and body["seed"] == 3 and body["presence_penalty"] == 0.5
    assert body["response_format"]["type"] == "json_schema"
    assert headers["authorization"] == "Bearer sekret" and headers["x-team"] == "a"


async def test_api_key_from_env(upstream, monkeypatch):
    monkeypatch.setenv("KEEL_TEST_UPSTREAM_KEY", "from-env")
    upstream.behaviour = Behaviour(require_key="from-env")
    p = await _provider(upstream.base_url, api_key_env="KEEL_TEST_UPSTREAM_KEY")
    try:
        assert (await p.complete(_chat())).text
    finally:
        await p.close()


async def test_completion_and_length(upstream):
    p = await _provider(upstream.base_url)
    try:
        r = await p.complete(GenerationRequest(GenerationParams(max_tokens=2), prompt="one two three"))
    finally:
        await p.close()
    assert r.text == "up: one"
    assert r.finish_reason == "length"
    assert upstream.requests[-1]["prompt"] == "one two three"


async def test_stream_passes_chunks_through_as_they_come(upstream):
    upstream.behaviour = Behaviour(chunk_delay_s=0.2)
    p = await _provider(upstream.base_url)
    try:
        started = time.perf_counter()
        chunks, arrivals = [], []
        async for c in p.stream(_chat("a b c d")):
            chunks.append(c)
            arrivals.append(time.perf_counter() - started)
    finally:
        await p.close()
    assert "".join(c.text for c in chunks) == "up: a b c d"
    assert arrivals[0] < 0.15  # the first chunk was not held back until the end (~1 s)
    assert chunks[-1].finish_reason == "stop"
    assert chunks[-1].completion_tokens == 5 and chunks[-1].prompt_tokens == 7
    assert upstream.requests[-1]["stream"] is True
    assert upstream.requests[-1]["stream_options"] == {"include_usage": True}


async def test_stream_dropped_mid_way_raises(upstream):
    upstream.behaviour = Behaviour(drop_after_chunks=2)
    p = await _provider(upstream.base_url)
    got = []
    try:
        with pytest.raises(UpstreamError) as exc:
            async for c in p.stream(_chat("a b c d e f")):
                got.append(c.text)
    finally:
        await p.close()
    assert got == ["up:", " a"]
    assert "stream" in exc.value.message


async def test_stream_error_event_raises(upstream):
    upstream.behaviour = Behaviour(error_event_after_chunks=1)
    p = await _provider(upstream.base_url)
    try:
        with pytest.raises(UpstreamError, match="upstream exploded"):
            async for _ in p.stream(_chat("a b c")):
                pass
    finally:
        await p.close()


@pytest.mark.parametrize(
    ("status", "error", "retryable"),
    [
        (500, UpstreamError, True),
        (503, UpstreamError, True),
        (400, InvalidRequest, False),
        (404, InvalidRequest, False),
        (401, UpstreamError, False),
    ],
)
async def test_error_statuses_are_mapped(upstream, status, error, retryable):
    upstream.behaviour = Behaviour(fail_status=status)
    p = await _provider(upstream.base_url)
    try:
        with pytest.raises(error) as exc:
            await p.complete(_chat())
        with pytest.raises(error):
            async for _ in p.stream(_chat()):
                pass
    finally:
        await p.close()
    assert exc.value.retryable is retryable
    if status != 401:
        assert "failing on purpose" in exc.value.message


async def test_429_keeps_retry_after(upstream):
    upstream.behaviour = Behaviour(fail_status=429, retry_after="7")
    p = await _provider(upstream.base_url)
    try:
        with pytest.raises(RateLimited) as exc:
            await p.complete(_chat())
    finally:
        await p.close()
    assert exc.value.status_code == 429 and exc.value.retry_after == 7.0


async def test_slow_upstream_times_out(upstream):
    upstream.behaviour = Behaviour(delay_s=1.0)
    p = await _provider(upstream.base_url, timeout_s=0.2)
    try:
        with pytest.raises(UpstreamTimeout):
            await p.complete(_chat())
    finally:
        await p.close()


async def test_unreachable_upstream_is_retryable():
    p = await _provider(f"http://127.0.0.1:{free_port()}/v1")
    try:
        with pytest.raises(UpstreamError) as exc:
            await p.complete(_chat())
    finally:
        await p.close()
    assert exc.value.retryable


async def test_connections_are_pooled(upstream):
    p = await _provider(upstream.base_url)
    try:
        for i in range(10):
            await p.complete(_chat(str(i)))
        assert len(set(upstream.peers)) == 1  # one keep-alive connection served them all
        await asyncio.gather(*(p.complete(_chat(str(i))) for i in range(20)))
        assert len(set(upstream.peers)) <= 21
        async for _ in p.stream(_chat("stream")):
            pass
        await p.complete(_chat("after the stream"))
        assert upstream.peers[-1] in upstream.peers[:-1]  # reused after a stream too
    finally:
        await p.close()


async def test_embeddings_and_health(upstream):
    p = await _provider(upstream.base_url)
    try:
        e = await p.embed(["ab", "abcd"])
        assert [v[0] for v in e.vectors] == [2.0, 4.0]
        assert (await p.health()).ready
        upstream.behaviour = Behaviour(fail_status=503)
        assert not (await p.health()).ready
    finally:
        await p.close()


# ---------------------------------------------------------------------------- tools and logprobs

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
            "required": ["city"],
        },
    },
}
TIME = {
    "type": "function",
    "function": {
        "name": "get_time",
        "parameters": {"type": "object", "properties": {"timezone": {"type": "string"}}, "required": ["timezone"]},
    },
}


def _ask(text: str, *history: Message, **params) -> GenerationRequest:
    params.setdefault("tools", [WEATHER, TIME])
    return GenerationRequest(GenerationParams(**params), messages=[Message("user", text), *history])


def _reassemble(chunks) -> dict[int, dict]:
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


async def test_tool_call_round_trip(upstream):
    p = await _provider(upstream.base_url)
    try:
        first = await p.complete(_ask("What's the weather in Paris?"))
        body = upstream.requests[-1]
        assert body["tools"] == [WEATHER, TIME]  # sent exactly as the client gave them
        assert not {"tool_choice", "parallel_tool_calls", "logprobs"} & set(body)
        assert first.finish_reason == "tool_calls" and first.text == ""
        [call] = first.tool_calls
        assert call.id.startswith("call_") and call.name == "get_weather"
        assert orjson.loads(call.arguments) == {"city": "Paris"}

        answer = await p.complete(
            _ask(
                "What's the weather in Paris?",
                Message("assistant", "", tool_calls=first.tool_calls),
                Message("tool", "18C and sunny", tool_call_id=call.id),
            )
        )
    finally:
        await p.close()
    sent = upstream.requests[-1]["messages"]
    assert sent[1] == {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": call.id, "type": "function", "function": {"name": "get_weather", "arguments": call.arguments}}
        ],
    }
    assert sent[2] == {"role": "tool", "content": "18C and sunny", "tool_call_id": call.id}
    assert answer.text == "up: get_weather said: 18C and sunny"
    assert answer.finish_reason == "stop" and answer.tool_calls is None


async def test_streamed_tool_calls_reassemble_to_the_same_calls(upstream):
    p = await _provider(upstream.base_url)
    request = _ask("Compare the weather in Paris and New York.")
    try:
        whole = await p.complete(request)
        chunks = [c async for c in p.stream(request)]
    finally:
        await p.close()
    assert [(c.name, orjson.loads(c.arguments)) for c in whole.tool_calls] == [
        ("get_weather", {"city": "Paris"}),
        ("get_weather", {"city": "New York"}),
    ]
    calls = _reassemble(chunks)
    assert sorted(calls) == [0, 1]
    assert [(calls[i]["name"], calls[i]["arguments"]) for i in (0, 1)] == [
        (c.name, c.arguments) for c in whole.tool_calls
    ]
    assert all(c["deltas"] > 2 for c in calls.values())  # the arguments came in pieces
    assert calls[0]["id"] != calls[1]["id"]
    assert "".join(c.text for c in chunks) == ""
    assert chunks[-1].finish_reason == "tool_calls"
    assert chunks[-1].completion_tokens == sum(c["deltas"] for c in calls.values())


@pytest.mark.parametrize(
    ("tool_choice", "parallel", "called"),
    [
        ("none", None, []),
        ("auto", None, []),  # the message asks for no tool
        ("required", None, ["get_weather"]),  # the first tool, as nothing fits better
        ({"type": "function", "function": {"name": "get_time"}}, None, ["get_time"]),
        ("required", False, ["get_weather"]),
    ],
)
async def test_tool_choice_is_sent_as_given(upstream, tool_choice, parallel, called):
    p = await _provider(upstream.base_url)
    try:
        r = await p.complete(
            _ask("Tell me about Lisbon and Oslo", tool_choice=tool_choice, parallel_tool_calls=parallel)
        )
    finally:
        await p.close()
    body = upstream.requests[-1]
    assert body["tool_choice"] == tool_choice
    assert body.get("parallel_tool_calls", "unset") == ("unset" if parallel is None else parallel)
    assert [c.name for c in r.tool_calls or ()] == called * (1 if parallel is False or not called else 2)
    assert r.finish_reason == ("tool_calls" if called else "stop")


async def test_no_tool_fields_without_tools(upstream):
    p = await _provider(upstream.base_url)
    try:
        # tool_choice and parallel_tool_calls mean nothing without tools (and OpenAI rejects them)
        await p.complete(_chat(tool_choice="none", parallel_tool_calls=False))
    finally:
        await p.close()
    assert not {"tools", "tool_choice", "parallel_tool_calls", "logprobs", "top_logprobs"} & set(upstream.requests[-1])


async def test_plain_streams_keep_the_fast_loop(upstream, monkeypatch):
    def rich(*args, **kwargs):
        raise AssertionError("a plain stream went through the tools/logprobs loop")

    monkeypatch.setattr(OpenAICompatProvider, "_rich_events", rich)
    p = await _provider(upstream.base_url)
    try:
        chunks = [c async for c in p.stream(_chat("a b"))]
    finally:
        await p.close()
    assert "".join(c.text for c in chunks) == "up: a b"
    assert all(c.tool_calls is None and c.logprobs is None for c in chunks)


async def test_sloppy_tool_calls_are_normalised(upstream):
    upstream.behaviour = Behaviour(sloppy_tools=True)  # no ids, names repeated, finish "stop"
    p = await _provider(upstream.base_url)
    request = _ask("How is the weather in Rome?")
    try:
        whole = await p.complete(request)
        chunks = [c async for c in p.stream(request)]
    finally:
        await p.close()
    [call] = whole.tool_calls
    assert call.id.startswith("call_") and call.name == "get_weather"
    assert whole.finish_reason == "tool_calls"
    calls = _reassemble(chunks)  # asserts the name went out once
    assert calls[0]["id"].startswith("call_") and calls[0]["arguments"] == call.arguments
    assert chunks[-1].finish_reason == "tool_calls"


async def test_chat_logprobs(upstream):
    p = await _provider(upstream.base_url)
    try:
        r = await p.complete(_chat("hello there", logprobs=True, top_logprobs=2))
        body = upstream.requests[-1]
        chunks = [c async for c in p.stream(_chat("hello there", logprobs=True, top_logprobs=2))]
    finally:
        await p.close()
    assert body["logprobs"] is True and body["top_logprobs"] == 2
    assert [t.token for t in r.logprobs] == ["up:", " hello", " there"]
    assert len(r.logprobs) == r.completion_tokens
    first = r.logprobs[0]
    assert first.logprob < 0 and first.bytes == list(b"up:")
    assert [(a.token, a.logprob) for a in first.top] == [("up:", first.logprob), (" alt1", first.logprob - 1)]
    texts = [c for c in chunks if c.text]
    assert [[t.token for t in c.logprobs] for c in texts] == [["up:"], [" hello"], [" there"]]
    assert [t.logprob for c in texts for t in c.logprobs] == [t.logprob for t in r.logprobs]


async def test_logprobs_without_alternatives(upstream):
    p = await _provider(upstream.base_url)
    try:
        r = await p.complete(_chat("hi", logprobs=True))
    finally:
        await p.close()
    assert upstream.requests[-1]["logprobs"] is True and "top_logprobs" not in upstream.requests[-1]
    assert [t.top for t in r.logprobs] == [[], []]


async def test_completions_logprobs_use_the_legacy_shape(upstream):
    p = await _provider(upstream.base_url)
    request = GenerationRequest(GenerationParams(logprobs=True, top_logprobs=3), prompt="one two")
    try:
        r = await p.complete(request)
        body = upstream.requests[-1]
        chunks = [c async for c in p.stream(request)]
    finally:
        await p.close()
    assert body["logprobs"] == 3  # the legacy API takes the number of alternatives
    assert [t.token for t in r.logprobs] == ["up:", " one", " two"]
    assert [a.token for a in r.logprobs[1].top] == [" one", " alt1", " alt2"]
    assert [t.token for c in chunks for t in c.logprobs or ()] == ["up:", " one", " two"]


def test_the_fake_rejects_what_openai_rejects(upstream):
    """The tool tests mean something only if the fake is as strict as OpenAI."""
    call = {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
    good = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    bad = [
        {**good, "tool_choice": "auto"},  # without tools
        {**good, "parallel_tool_calls": False},
        {**good, "tools": [WEATHER], "tool_choice": {"type": "function", "function": {"name": "nope"}}},
        {**good, "top_logprobs": 2},  # without logprobs
        {**good, "messages": [*good["messages"], {"role": "tool", "content": "x", "tool_call_id": "call_1"}]},
        {**good, "messages": [*good["messages"], {"role": "assistant", "content": None, "tool_calls": [call]}]},
    ]
    with httpx.Client(base_url=upstream.base_url) as http:
        assert http.post("/chat/completions", json=good).status_code == 200
        for body in bad:
            assert http.post("/chat/completions", json=body).status_code == 400, body
        assert http.post("/completions", json={"model": "m", "prompt": "x", "logprobs": 6}).status_code == 400
