"""The `cache` stage end to end: a real Gateway with the real Gemma model, preprocess → cache →
generate → postprocess. Hits skip the model, streams replay the cached text, opt-out bypasses."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from keel.config import CacheSettings, SemanticCacheSettings, Settings
from keel.pipeline.context import Principal, RequestContext
from keel.pipeline.gateway import Gateway
from keel.services import Services
from keel.types import GenerationParams, Message
from tests.conftest import MODEL, make_settings

PIPELINE = ["preprocess", "cache", "generate", "postprocess"]


def cache_settings(base: Settings) -> Settings:
    return Settings(
        server=base.server,
        storage=base.storage,
        models=base.models,
        cache=CacheSettings(semantic=SemanticCacheSettings(enabled=True)),
        pipeline={"chat": PIPELINE, "completions": PIPELINE},
    )


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def gateway(tmp_path_factory) -> AsyncIterator[Any]:
    gw = Services(cache_settings(make_settings(tmp_path_factory.mktemp("cache-stage")))).gateway
    await gw.start(wait_for_models=True)
    try:
        yield gw
    finally:
        await gw.close()


def chat(text: str, *, stream: bool = False, tenant: str = "default", max_tokens: int = 8) -> RequestContext:
    return RequestContext(
        route="chat",
        model=MODEL,
        params=GenerationParams(max_tokens=max_tokens, temperature=0, seed=1),
        messages=[Message("system", "Answer in one short sentence."), Message("user", text)],
        stream=stream,
        principal=Principal(tenant=tenant),
    )


async def settle(gw: Any) -> None:
    """Wait for the after-response work (the cache write) to finish."""
    await gw.drain()


async def run_stream(gw: Any, ctx: RequestContext) -> tuple[str, list]:
    reply = await gw.execute(ctx)
    chunks = [c async for _, c in reply.stream]
    return "".join(c.text for c in chunks), chunks


class CountingProvider:
    """The model's provider as one request sees it, counting the calls that reach the model."""

    def __init__(self, inner: Any, calls: dict[str, int], trace_id: str) -> None:
        self._inner, self._calls, self._trace_id = inner, calls, trace_id

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def _count(self) -> None:
        self._calls[self._trace_id] = self._calls.get(self._trace_id, 0) + 1

    async def complete(self, request: Any) -> Any:
        self._count()
        return await self._inner.complete(request)

    def stream(self, request: Any) -> Any:
        self._count()
        return self._inner.stream(request)


@pytest.fixture
def model_calls(gateway: Gateway, monkeypatch: pytest.MonkeyPatch):
    """`model_calls(ctx)`: how many times request CTX called the model (a cache hit: none)."""
    calls: dict[str, int] = {}
    resolve = gateway.resolve

    def counting_resolve(ctx: RequestContext) -> None:
        resolve(ctx)
        ctx.provider = CountingProvider(ctx.provider, calls, ctx.trace_id)

    monkeypatch.setattr(gateway, "resolve", counting_resolve)
    return lambda ctx: calls.get(ctx.trace_id, 0)


def lookups(gw: Any, kind: str, result: str) -> float:
    return gw.metrics.cache_requests.labels(model=MODEL, kind=kind, result=result)._value.get()


async def test_second_identical_request_is_served_from_cache(gateway: Gateway, model_calls):
    first = (await gateway.execute(chat("What is the capital of France?"))).ctx
    assert first.annotations["cache"] == "miss"
    assert first.results[0].text
    assert model_calls(first) == 1  # the model ran
    await settle(gateway)
    hits_before = lookups(gateway, "exact", "hit")

    second = (await gateway.execute(chat("What is the capital of France?"))).ctx
    assert second.annotations["cache"] == "hit"
    assert [r.text for r in second.results] == [r.text for r in first.results]
    assert second.results[0].finish_reason == first.results[0].finish_reason
    assert second.prompt_tokens == first.prompt_tokens
    assert second.completion_tokens == first.completion_tokens > 0
    assert model_calls(second) == 0  # generate was skipped
    assert lookups(gateway, "exact", "hit") == hits_before + 1
    trace = gateway.traces.get(second.trace_id)
    assert trace["annotations"]["cache"] == "hit"
    assert [s["stage"] for s in trace["stages"]] == PIPELINE


async def test_streaming_request_replays_the_cached_answer(gateway: Gateway, model_calls):
    whole = (await gateway.execute(chat("Name a primary colour."))).ctx
    await settle(gateway)
    ctx = chat("Name a primary colour.", stream=True)
    text, chunks = await run_stream(gateway, ctx)
    assert ctx.annotations["cache"] == "hit"
    assert text == whole.results[0].text
    assert chunks[-1].finish_reason == whole.results[0].finish_reason
    assert ctx.completion_tokens == whole.completion_tokens
    assert ctx.prompt_tokens == whole.prompt_tokens
    assert model_calls(whole) == 1 and model_calls(ctx) == 0  # the replay never reached the model


async def test_streamed_answer_is_cached_for_later_requests(gateway: Gateway):
    ctx = chat("What colour is the sky on a clear day?", stream=True)
    streamed, _ = await run_stream(gateway, ctx)
    assert ctx.annotations["cache"] == "miss" and streamed
    await settle(gateway)
    again = (await gateway.execute(chat("What colour is the sky on a clear day?"))).ctx
    assert again.annotations["cache"] == "hit"
    assert again.results[0].text == streamed


async def test_paraphrase_is_a_semantic_hit_and_another_question_is_not(gateway: Gateway, model_calls):
    original = (await gateway.execute(chat("What is the largest planet in our solar system?"))).ctx
    await settle(gateway)
    para = (await gateway.execute(chat("Which planet in the solar system is the biggest?"))).ctx
    assert para.annotations["cache"] == "semantic_hit", para.annotations
    assert para.annotations["cache_similarity"] >= gateway.settings.cache.semantic.threshold
    assert para.results[0].text == original.results[0].text
    assert model_calls(para) == 0
    other = (await gateway.execute(chat("What is the smallest planet in our solar system?"))).ctx
    assert other.annotations["cache"] == "miss" and model_calls(other) == 1
    assert lookups(gateway, "semantic", "hit") >= 1


async def test_tenants_do_not_share_answers(gateway: Gateway):
    await gateway.execute(chat("Say hello to the team.", tenant="acme"))
    await settle(gateway)
    assert ((await gateway.execute(chat("Say hello to the team.", tenant="acme"))).ctx).annotations["cache"] == "hit"
    assert ((await gateway.execute(chat("Say hello to the team.", tenant="globex"))).ctx).annotations["cache"] == "miss"


async def test_no_cache_opts_out_of_reading_and_writing(gateway: Gateway, model_calls):
    ctx = chat("Give me a word that rhymes with cat.")
    ctx.cache_control = "no-cache"
    await gateway.execute(ctx)
    assert ctx.annotations["cache"] == "bypass"
    assert ctx.results[0].text and model_calls(ctx) == 1
    await settle(gateway)
    after = (await gateway.execute(chat("Give me a word that rhymes with cat."))).ctx
    assert after.annotations["cache"] == "miss" and model_calls(after) == 1  # the bypassed answer was not stored
    await settle(gateway)
    cached = chat("Give me a word that rhymes with cat.")
    cached.cache_control = "no-cache"
    await gateway.execute(cached)
    assert cached.annotations["cache"] == "bypass" and model_calls(cached) == 1  # not read from the cache either


async def test_completions_route_uses_the_exact_cache(gateway: Gateway):
    def completion() -> RequestContext:
        return RequestContext(
            route="completions",
            model=MODEL,
            params=GenerationParams(max_tokens=6, temperature=0, seed=1),
            prompt="The three primary colours are",
        )

    first = (await gateway.execute(completion())).ctx
    await settle(gateway)
    second = (await gateway.execute(completion())).ctx
    assert (first.annotations["cache"], second.annotations["cache"]) == ("miss", "hit")
    assert second.results[0].text == first.results[0].text


async def test_metrics_are_exported(gateway: Gateway):
    text = gateway.metrics.render().decode()
    assert 'keel_cache_requests_total{kind="exact",model="gemma-3-270m",result="hit"}' in text
    assert 'keel_cache_requests_total{kind="semantic",model="gemma-3-270m",result="miss"}' in text


async def test_two_gateway_replicas_share_a_redis_cache(tmp_path, redis_url: str, namespace: str):
    def replica(name: str) -> Gateway:
        base = make_settings(tmp_path / name)
        settings = Settings(
            server=base.server,
            storage=base.storage,
            models=base.models,
            cache=CacheSettings(
                store="redis", redis_url=redis_url, namespace=namespace, semantic=SemanticCacheSettings(enabled=True)
            ),
            pipeline={"chat": PIPELINE},
        )
        return Services(settings).gateway

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = replica("a"), replica("b")
    await asyncio.gather(a.start(wait_for_models=True), b.start(wait_for_models=True))
    try:
        first = (await a.execute(chat("What is the capital of Italy?"))).ctx
        assert first.annotations["cache"] == "miss"
        await settle(a)
        exact = (await b.execute(chat("What is the capital of Italy?"))).ctx
        assert exact.annotations["cache"] == "hit" and exact.results[0].text == first.results[0].text
        para = (await b.execute(chat("what's Italy's capital city?"))).ctx
        assert para.annotations["cache"] == "semantic_hit" and para.results[0].text == first.results[0].text
    finally:
        cache = a.pipelines["chat"].stages[1].cache
        await cache.backend.clear()
        for gw in (a, b):
            await gw.close()
