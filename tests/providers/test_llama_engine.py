"""The batched llama.cpp engine (slots > 1) with the real Gemma 3 270M model: many requests at
once, prefix reuse, back-pressure over HTTP, and an event loop that stays free."""

from __future__ import annotations

import asyncio
import json

import httpx
import jsonschema
import pytest
import pytest_asyncio

from keel.config import ModelSettings
from keel.errors import InvalidRequest
from keel.providers.llama_cpp import LlamaCppParams, LlamaCppProvider
from keel.types import GenerationParams, GenerationRequest, Message
from tests.conftest import MODEL, LiveServer, make_settings

SCHEMA = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}},
    "required": ["ok"],
    "additionalProperties": False,
}
SYSTEM = "You are the support assistant of Brellowick Instruments, makers of tide gauges. " * 4


def _batched() -> LlamaCppProvider:
    return LlamaCppProvider(
        "gemma-3-270m",
        LlamaCppParams(n_ctx=4096, n_threads=2, embeddings=False, slots=8, batch_size=256, prefill_chunk=16),
    )


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def engine():
    p = _batched()
    await p.start()
    yield p
    await p.close()


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def unbatched():
    p = LlamaCppProvider("gemma-3-270m", LlamaCppParams(n_ctx=512, n_threads=2, embeddings=False))
    await p.start()
    yield p
    await p.close()


def _chat(text: str, system: str | None = None, **params) -> GenerationRequest:
    messages = ([Message("system", system)] if system else []) + [Message("user", text)]
    return GenerationRequest(GenerationParams(**params), messages=messages)


def _prompt(text: str, **params) -> GenerationRequest:
    return GenerationRequest(GenerationParams(**params), prompt=text)


async def _idle(provider: LlamaCppProvider) -> dict[str, int]:
    """The engine's counts once it has caught up with the cancellations (it frees a cancelled
    sequence's slot at its next step)."""
    assert provider.engine is not None
    for _ in range(600):
        stats = provider.engine.stats()
        if stats["running"] == 0 and stats["waiting"] == 0:
            return stats
        await asyncio.sleep(0.05)
    return provider.engine.stats()


async def test_sixteen_mixed_requests_at_once_all_finish_correctly_and_free_their_slots(engine):
    plain = [_prompt(f"Fact {i}: the river", max_tokens=4 + i, temperature=0, seed=i) for i in range(6)] + [
        _prompt("Once upon a time", max_tokens=12, temperature=1.1, top_p=0.9, seed=3),
        _prompt("Once upon a time", max_tokens=12, temperature=0.7, seed=4, presence_penalty=1.5),
        _prompt("List of fruits: apple, pear,", max_tokens=12, temperature=0.9, seed=5, frequency_penalty=1.0),
        _chat("Name three colours.", max_tokens=10, temperature=0.8, seed=6),
        _prompt("The capital of France is", max_tokens=10, temperature=0, logprobs=True, top_logprobs=2),
        _prompt("1, 2, 3, 4,", max_tokens=30, temperature=0, stop=["8"]),
    ]
    schema = _chat(
        "Is Paris in France? Answer in JSON.",
        max_tokens=8,
        temperature=0,
        response_format={"type": "json_schema", "schema": SCHEMA},
    )
    streamed = _prompt("A long story about a dragon:", max_tokens=40, temperature=0.5, seed=9)

    async def cancelled_midway() -> int:
        chunks = 0
        async for chunk in engine.stream(_prompt("A very long essay on tides:", max_tokens=200, temperature=0)):
            chunks += bool(chunk.text)
            if chunks == 3:
                raise asyncio.CancelledError  # as a task cancelled mid-stream
        return chunks

    async def stops_early() -> int:
        stream = engine.stream(_prompt("Another long essay, on rivers:", max_tokens=200, temperature=0))
        got = 0
        async for chunk in stream:
            got += bool(chunk.text)
            if got == 2:
                break  # the consumer stops reading: the generator is closed
        await stream.aclose()
        return got

    async def whole_stream() -> list:
        return [c async for c in engine.stream(streamed)]

    cancel_task = asyncio.ensure_future(cancelled_midway())
    results = await asyncio.gather(
        *(engine.complete(r) for r in plain),
        engine.complete(schema),
        whole_stream(),
        stops_early(),
        asyncio.gather(cancel_task, return_exceptions=True),
    )
    assert len(plain) + 4 == 16
    *answers, json_answer, chunks, early, (cancelled,) = results
    for request, r in zip(plain, answers, strict=True):
        assert r.prompt_tokens == len(engine.tokenize(request.messages or request.prompt))
        if r.finish_reason == "length":
            assert r.completion_tokens == request.params.max_tokens
        assert r.completion_tokens <= request.params.max_tokens
    for r in answers[:6]:
        assert r.text
    logprobs = answers[10]
    assert logprobs.logprobs is not None and "".join(t.token for t in logprobs.logprobs) == logprobs.text
    assert all(len(t.top) == 2 and t.logprob <= 0 for t in logprobs.logprobs)
    assert "8" not in answers[11].text and answers[11].finish_reason == "stop"
    jsonschema.validate(json.loads(json_answer.text), SCHEMA)
    assert "".join(c.text for c in chunks) and chunks[-1].finish_reason == "length"
    assert chunks[-1].completion_tokens == 40
    assert early == 2
    assert isinstance(cancelled, asyncio.CancelledError)
    stats = await _idle(engine)
    assert stats["running"] == 0 and stats["waiting"] == 0


async def test_greedy_output_alone_in_an_engine_is_the_unbatched_paths_streamed_or_not(unbatched):
    """Alone in a fresh engine, a request is decoded in the same batches as on the unbatched path,
    streamed or not. A fresh engine each time: llama.cpp's sums differ in the last bits with where
    a sequence's cells lie in the shared KV cache, which changed a greedy answer at a near tie on
    an AVX2 CPU (docs/providers.md), so the same layout is what makes the outputs comparable."""
    ask = _chat("Describe a mountain.", temperature=0, seed=7, max_tokens=24)
    answers = []
    for streaming in (False, True):
        p = _batched()  # the same engine as the module's, fresh
        await p.start()
        try:
            if streaming:
                answers.append("".join([c.text async for c in p.stream(ask)]))
            else:
                answers.append((await p.complete(ask)).text)
        finally:
            await p.close()
    assert answers[0] and answers[0] == answers[1] == (await unbatched.complete(ask)).text


async def test_plain_greedy_takes_the_arg_max_and_answers_as_the_sampler_chain_does():
    """Plain greedy decoding skips llama.cpp's sampler chain (the row's arg max); a request with
    a logit bias that changes nothing goes through the chain: the same tokens, the same text. On
    an engine of its own, whose cache holds nothing but what this test leaves: an idle slot's
    cached prefix (whole blocks: a multiple of 16 cells) changes no greedy answer."""
    from keel.providers.llama_sequence import Sequence

    p = LlamaCppProvider("gemma-3-270m", LlamaCppParams(n_ctx=1024, n_threads=2, embeddings=False, slots=2))
    await p.start()
    built = []
    real = Sequence.begin

    def begin(self, eng):
        real(self, eng)
        built.append(self._chain is not None)

    text = "Write two sentences about the sea."
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(Sequence, "begin", begin)
            plain = await p.complete(_chat(text, temperature=0, max_tokens=24))
            chained = await p.complete(_chat(text, temperature=0, max_tokens=24, logit_bias={7: 0.0}))
            scored = await p.complete(_chat(text, temperature=0, max_tokens=24, logprobs=True, top_logprobs=2))
            assert p.engine.stats()["kv_tokens"] == 0  # a prompt shorter than a block leaves nothing behind
            # an idle slot holding a cached prefix (whole 128-token blocks) moves nothing
            await p.complete(_chat("Which gauge do you sell?", system=SYSTEM * 2, temperature=0, max_tokens=4))
            assert p.engine.stats()["kv_tokens"] >= 128
            beside = await p.complete(_chat(text, temperature=0, max_tokens=24))
    finally:
        await p.close()
    assert built == [False, True, False, False, False]
    assert plain.text == chained.text == scored.text == beside.text
    assert plain.completion_tokens == chained.completion_tokens == beside.completion_tokens
    # greedy: past the first token (where blank ones are banned), each token is the likeliest
    assert all(x.logprob == pytest.approx(max(t.logprob for t in x.top)) for x in scored.logprobs[1:])


async def test_a_shared_system_prompt_is_reused_and_reported_as_cached_tokens(engine):
    await _idle(engine)
    first = _chat("Describe a mountain.", system=SYSTEM, temperature=0, max_tokens=12)
    other = _chat("Name a river.", system=SYSTEM, temperature=0, max_tokens=6)
    cold = await engine.complete(first)
    reused = await engine.complete(other)
    assert reused.cached_tokens > 0
    assert reused.cached_tokens % 16 == 0  # whole prefill_chunk blocks
    assert reused.cached_tokens >= len(engine.tokenize(SYSTEM)) - 16
    assert reused.details is not None and reused.details["engine"]["cached_tokens"] == reused.cached_tokens
    again = await engine.complete(first)
    assert again.cached_tokens >= reused.cached_tokens  # its own prompt, in whole blocks
    assert again.text == cold.text  # the same answer from the cache as cold
    chunks = [c async for c in engine.stream(other)]
    assert chunks[-1].cached_tokens == reused.cached_tokens


async def test_a_prompt_longer_than_a_slots_window_is_a_400(engine):
    with pytest.raises(InvalidRequest) as e:
        await engine.complete(_prompt("word " * 600, max_tokens=4))  # 4096 / 8 slots = 512 per request
    assert "ctx_per_slot" in e.value.message


def test_engine_params_are_checked():
    with pytest.raises(ValueError, match="batch_size"):
        LlamaCppParams(slots=16, batch_size=64, prefill_chunk=128)
    with pytest.raises(ValueError, match="multiple of 16"):
        LlamaCppParams(slots=4, prefill_chunk=100)
    assert LlamaCppParams(n_ctx=8192, slots=16).slot_ctx == 512
    assert LlamaCppParams(slots=4, ctx_per_slot=1024).slot_ctx == 1024


# ---------------------------------------------------------------------------------- over HTTP


@pytest.fixture(scope="module")
def busy_server(tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("keel-engine"))
    params = {"n_ctx": 4096, "n_threads": 2, "embeddings": False, "slots": 4, "max_queue": 12}
    settings.models = [
        ModelSettings(name=MODEL, provider="llama_cpp", params=params),  # default routing: a busy engine is not retried
    ]
    live = LiveServer(settings).start()
    yield live
    live.stop()


async def test_sixteen_streams_over_http_the_loop_answers_and_the_seventeenth_is_a_429(busy_server):
    url = busy_server.url
    body = {"model": MODEL, "prompt": "The history of the Roman Empire", "max_tokens": 200, "stream": True}
    got: list[int] = [0] * 16
    finished: list[bool] = [False] * 16
    first = asyncio.Event()

    async def consume(client: httpx.AsyncClient, i: int) -> None:
        async with client.stream("POST", "/v1/completions", json={**body, "seed": i, "temperature": 0.8}) as r:
            assert r.status_code == 200
            async for line in r.aiter_lines():
                if line == "data: [DONE]":
                    finished[i] = True
                elif line.startswith("data: "):
                    got[i] += 1
                    first.set()

    async with httpx.AsyncClient(base_url=url, timeout=600) as client:
        tasks = [asyncio.create_task(consume(client, i)) for i in range(16)]
        try:
            await asyncio.wait_for(first.wait(), 300)
            ready = await client.get("/readyz")
            assert ready.status_code == 200  # answered while the streams were mid-flight
            assert any(got) and not any(finished)
            provider = busy_server.gateway.services.catalogue.get(MODEL).deployments[0].provider
            assert provider.engine is not None
            for _ in range(600):  # the 16 requests reach the engine: 4 decoding, 12 waiting
                if provider.engine.stats()["waiting"] == 12:
                    break
                await asyncio.sleep(0.05)
            refused = await client.post("/v1/completions", json={**body, "stream": False, "max_tokens": 4})
            assert refused.status_code == 429
            assert int(refused.headers["retry-after"]) >= 1
            error = refused.json()["error"]
            assert error["type"] == "rate_limit_error" and "busy" in error["message"]
            metrics = (await client.get("/metrics")).text
            assert "keel_engine_queue_depth" in metrics and "keel_engine_running_sequences" in metrics
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    stats = await _idle(provider)
    assert stats == {**stats, "running": 0, "waiting": 0}


async def test_cached_prompt_tokens_reach_the_openai_usage(busy_server):
    long_prompt = SYSTEM * 3 + "\nQuestion: what do you make?\nAnswer:"  # over one 128-token block
    body = {"model": MODEL, "prompt": long_prompt, "max_tokens": 4, "temperature": 0}
    async with httpx.AsyncClient(base_url=busy_server.url, timeout=600) as client:
        first = (await client.post("/v1/completions", json=body)).json()
        second = (await client.post("/v1/completions", json={**body, "max_tokens": 5})).json()
    assert first["usage"]["prompt_tokens"] > 128
    cached = second["usage"]["prompt_tokens_details"]["cached_tokens"]
    assert cached > 0 and cached % 128 == 0
    streamed = {**body, "max_tokens": 6, "stream": True, "stream_options": {"include_usage": True}}
    async with (
        httpx.AsyncClient(base_url=busy_server.url, timeout=600) as client,
        client.stream("POST", "/v1/completions", json=streamed) as r,
    ):
        lines = [x async for x in r.aiter_lines()]
    events = [json.loads(line[6:]) for line in lines if line.startswith("data: {")]
    usage = events[-1]["usage"]  # the stream's usage chunk carries the cached tokens too
    assert usage["prompt_tokens_details"]["cached_tokens"] == cached
