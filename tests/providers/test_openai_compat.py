"""The openai_compat provider against real OpenAI-compatible HTTP servers on loopback."""

from __future__ import annotations

import asyncio
import time

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
