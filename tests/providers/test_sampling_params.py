"""OpenAI's logit_bias and the top_k / min_p extensions, from the request to every provider: the
llama.cpp provider one request at a time and in its batched engine, openai_compat passing them on,
Anthropic taking top_k and refusing the others; checked at the API with clear errors."""

from __future__ import annotations

import httpx
import pytest
import pytest_asyncio

from keel.errors import InvalidRequest
from keel.providers.anthropic_messages import build_body
from keel.providers.llama_cpp import LlamaCppParams, LlamaCppProvider
from keel.providers.openai_compat import OpenAICompatParams, OpenAICompatProvider
from keel.types import GenerationParams, GenerationRequest
from tests.upstreams.openai_server import UpstreamServer

PROMPT = "The history of the Roman Empire"


@pytest_asyncio.fixture(scope="module", loop_scope="session", params=[1, 2], ids=["one-at-a-time", "engine"])
async def llama(request):
    slots = request.param
    extra = {"slots": 2, "ctx_per_slot": 512} if slots > 1 else {}
    p = LlamaCppProvider("gemma-3-270m", LlamaCppParams(n_ctx=1024 if slots > 1 else 512, n_threads=2,
                                                        embeddings=False, **extra))  # fmt: skip
    await p.start()
    yield p
    await p.close()


def _req(**params) -> GenerationRequest:
    return GenerationRequest(GenerationParams(max_tokens=6, **params), prompt=PROMPT)


async def test_logit_bias_forces_a_token(llama):
    token = llama.tokenize(" banana")[-1]
    plain = await llama.complete(_req(temperature=0))
    forced = await llama.complete(_req(temperature=0, logit_bias={token: 100.0}))
    assert "banana" not in plain.text
    assert forced.text.startswith(" banana")  # +100 wins every step
    banned = await llama.complete(_req(temperature=0, logit_bias={llama.tokenize(plain.text)[1]: -100.0}))
    assert banned.text != plain.text  # the greedy answer's first token is forbidden


async def test_top_k_one_is_greedy_whatever_the_temperature(llama):
    greedy = await llama.complete(_req(temperature=0))
    for seed in (1, 2, 3):
        sampled = await llama.complete(_req(temperature=1.5, top_k=1, seed=seed))
        assert sampled.text == greedy.text


async def test_a_token_outside_the_vocabulary_is_a_400(llama):
    with pytest.raises(InvalidRequest, match="not in the model's vocabulary"):
        await llama.complete(_req(logit_bias={10**8: 5.0}))


async def test_openai_compat_passes_them_on():
    up = UpstreamServer("up").start()
    try:
        p = OpenAICompatProvider("m", OpenAICompatParams(base_url=up.base_url))
        await p.start()
        await p.complete(_req(logit_bias={42: -100.0}, top_k=5, min_p=0.1))
        sent = up.requests[-1]
        assert sent["logit_bias"] == {"42": -100.0} and sent["top_k"] == 5 and sent["min_p"] == 0.1
        await p.complete(_req())
        assert not {"logit_bias", "top_k", "min_p"} & set(up.requests[-1])  # only when asked for
        await p.close()
    finally:
        up.stop()


def test_anthropic_takes_top_k_and_refuses_the_rest():
    assert build_body(_req(top_k=7), "claude", 100)["top_k"] == 7
    for bad in ({"logit_bias": {1: 2.0}}, {"min_p": 0.1}):
        with pytest.raises(InvalidRequest, match="not supported by Anthropic"):
            build_body(_req(**bad), "claude", 100)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"logit_bias": {"abc": 1}}, "token ids"),
        ({"logit_bias": {"5": 101}}, "between -100 and 100"),
        ({"top_k": 0}, "top_k"),
        ({"min_p": 1.5}, "min_p"),
    ],
)
def test_the_api_checks_them(http: httpx.Client, extra, message):
    body = {"model": "gemma-3-270m", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2, **extra}
    r = http.post("/v1/chat/completions", json=body)
    assert r.status_code == 400 and message in r.text


def test_the_api_applies_logit_bias(http: httpx.Client):
    from llama_cpp import Llama

    from keel.providers.model_files import DEFAULT_PACKAGE, resolve_gguf

    vocab = Llama(model_path=str(resolve_gguf(None, DEFAULT_PACKAGE)), vocab_only=True, verbose=False)
    token = vocab.tokenize(b" banana", add_bos=False)[-1]
    body = {"model": "gemma-3-270m", "prompt": PROMPT, "max_tokens": 3, "temperature": 0}
    plain = http.post("/v1/completions", json=body).json()["choices"][0]["text"]
    forced = http.post("/v1/completions", json={**body, "logit_bias": {str(token): 100}}).json()
    assert forced["choices"][0]["text"].startswith(" banana") and plain != forced["choices"][0]["text"]
