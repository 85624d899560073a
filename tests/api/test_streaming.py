"""Streaming (SSE) through the openai SDK and raw HTTP, including 50 concurrent streams."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from tests.conftest import MODEL


def test_stream_with_usage_matches_non_streamed(client):
    kwargs = dict(
        model=MODEL,
        messages=[{"role": "user", "content": "Tell me about Paris."}],
        max_tokens=20,
        temperature=0,
    )
    whole = client.chat.completions.create(**kwargs)
    stream = client.chat.completions.create(stream=True, stream_options={"include_usage": True}, **kwargs)
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    assert chunks[0].choices[0].delta.role == "assistant"
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == [whole.choices[0].finish_reason]
    usage_chunk = chunks[-1]
    assert usage_chunk.choices == []
    assert usage_chunk.usage.completion_tokens == whole.usage.completion_tokens
    assert usage_chunk.usage.prompt_tokens == whole.usage.prompt_tokens
    assert all(c.usage is None for c in chunks[:-1])


def test_stream_without_usage_has_no_usage_chunk(client):
    stream = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Hi"}], max_tokens=5, stream=True
    )
    chunks = list(stream)
    assert all(c.choices for c in chunks)


def test_raw_sse_ends_with_done(http):
    with http.stream(
        "POST",
        "/v1/chat/completions",
        json={
            "model": MODEL,
            "messages": [{"role": "user", "content": "Hi"}],
            "max_tokens": 4,
            "stream": True,
        },
    ) as resp:
        assert resp.status_code == 200
        assert resp.headers["content-type"].startswith("text/event-stream")
        assert resp.headers["x-keel-trace-id"]
        lines = [line for line in resp.iter_lines() if line]
    assert lines[-1] == "data: [DONE]"
    assert all(line.startswith("data: ") for line in lines)
    for line in lines[:-1]:
        json.loads(line.removeprefix("data: "))


def test_stream_n_two_and_length(client):
    stream = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Write a long poem about the sea."}],
        max_tokens=3,
        n=2,
        temperature=0.9,
        seed=3,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    texts: dict[int, str] = {0: "", 1: ""}
    finish: dict[int, str] = {}
    for c in chunks:
        for ch in c.choices:
            texts[ch.index] += ch.delta.content or ""
            if ch.finish_reason:
                finish[ch.index] = ch.finish_reason
    assert finish == {0: "length", 1: "length"}
    assert texts[0] and texts[1]
    assert chunks[-1].usage.completion_tokens == 6


def test_stream_stop_sequence(client):
    base = dict(model=MODEL, messages=[{"role": "user", "content": "List the days of the week."}], temperature=0)
    free = client.chat.completions.create(max_tokens=30, **base).choices[0].message.content
    stop = free.split()[2] if len(free.split()) > 3 else free[-3:]
    text = "".join(
        c.choices[0].delta.content or ""
        for c in client.chat.completions.create(max_tokens=30, stop=stop, stream=True, **base)
        if c.choices
    )
    assert stop not in text
    assert free.startswith(text)


async def test_fifty_concurrent_streams_are_not_interleaved(aclient):
    prompts = [
        "Tell me about cats.",
        "What is rain?",
        "Describe a city.",
        "Who was Napoleon?",
        "Explain music.",
    ]

    async def ask(prompt: str, stream: bool) -> tuple[str, int]:
        kwargs = dict(model=MODEL, messages=[{"role": "user", "content": prompt}], max_tokens=12, temperature=0)
        if not stream:
            r = await aclient.chat.completions.create(**kwargs)
            return r.choices[0].message.content, r.usage.completion_tokens
        parts, usage = [], None
        s = await aclient.chat.completions.create(stream=True, stream_options={"include_usage": True}, **kwargs)
        async for chunk in s:
            if chunk.usage:
                usage = chunk.usage.completion_tokens
            for ch in chunk.choices:
                assert ch.index == 0
                parts.append(ch.delta.content or "")
        return "".join(parts), usage

    reference = {p: await ask(p, stream=False) for p in prompts}
    jobs = [prompts[i % len(prompts)] for i in range(50)]
    results = await asyncio.gather(*(ask(p, stream=True) for p in jobs))
    for prompt, (text, tokens) in zip(jobs, results):
        assert (text, tokens) == reference[prompt], prompt


class WatchedStream:
    """A model's stream as the gateway reads it: chunks taken, whether it ran to its end or was closed."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.chunks = 0
        self.ended = False
        self.closed = False

    def __aiter__(self) -> WatchedStream:
        return self

    async def __anext__(self) -> Any:
        try:
            chunk = await self.inner.__anext__()
        except StopAsyncIteration:
            self.ended = True
            raise
        self.chunks += 1
        return chunk

    async def aclose(self) -> None:
        await self.inner.aclose()  # the provider's stream finishes: it tells the model to stop
        self.closed = True


class WatchingProvider:
    def __init__(self, inner: Any, streams: dict[str, WatchedStream], trace_id: str) -> None:
        self._inner, self._streams, self._trace_id = inner, streams, trace_id

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def stream(self, request: Any) -> WatchedStream:
        watched = self._streams[self._trace_id] = WatchedStream(self._inner.stream(request))
        return watched


def test_client_disconnect_stops_generation(http, server, monkeypatch):
    """A client that goes away mid-stream frees the model: the gateway closes the model's stream
    mid-answer (the provider stops sampling), records a 499, and the next request is served."""
    streams: dict[str, WatchedStream] = {}
    resolve = server.gateway.resolve

    def watching_resolve(ctx) -> None:
        resolve(ctx)
        ctx.provider = WatchingProvider(ctx.provider, streams, ctx.trace_id)

    monkeypatch.setattr(server.gateway, "resolve", watching_resolve)
    with http.stream(
        "POST",
        "/v1/completions",
        json={
            "model": MODEL,
            "prompt": "Once upon a time",
            "max_tokens": 1500,
            "stream": True,
            "temperature": 0.8,
        },
    ) as resp:
        trace_id = resp.headers["x-keel-trace-id"]
        for line in resp.iter_lines():
            if line.startswith("data: "):
                break
    deadline = time.monotonic() + 60  # the server notices the hang-up on its own time: wait for it
    while not (trace_id in streams and streams[trace_id].closed):
        assert time.monotonic() < deadline, "the model's stream was not closed after the client left"
        time.sleep(0.02)
    watched = streams[trace_id]
    assert not watched.ended and 0 < watched.chunks < 1500  # closed mid-answer, not read to its end
    r = http.post("/v1/completions", json={"model": MODEL, "prompt": "Hello", "max_tokens": 2})
    assert r.status_code == 200
    assert http.get(f"/v1/traces/{trace_id}").json()["status"] == 499
