"""The llama_cpp provider with the real Gemma 3 270M model: logprobs, tools refused, JSON schemas."""

from __future__ import annotations

import json

import jsonschema
import pytest
import pytest_asyncio

from keel.errors import InvalidRequest
from keel.providers.llama_cpp import LlamaCppParams, LlamaCppProvider
from keel.types import GenerationChunk, GenerationParams, GenerationRequest, Message, TokenLogprob

PROMPT = "The capital of France is"
# Egyptian hieroglyphs have no tokens of their own: Gemma spells them in byte tokens, one UTF-8
# byte each, so most of the sampled pieces are partial UTF-8 sequences
HIEROGLYPHS = "𓀀𓀁𓀂𓀃𓀄𓀅𓀆𓀇𓀈"
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "the weather in a city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
]


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def provider():
    p = LlamaCppProvider("gemma-3-270m", LlamaCppParams(n_ctx=512, n_threads=2, embeddings=False))
    await p.start()
    yield p
    await p.close()


def _prompt(text: str = PROMPT, **params) -> GenerationRequest:
    return GenerationRequest(GenerationParams(**params), prompt=text)


def _chat(text: str, **params) -> GenerationRequest:
    return GenerationRequest(GenerationParams(**params), messages=[Message("user", text)])


async def _from_scratch(provider: LlamaCppProvider) -> None:
    """Leave llama.cpp's KV cache holding an unrelated prompt.

    A prompt the cache already holds is not decoded again whole (only its last token is), and
    llama.cpp's numbers differ slightly with the batch; two runs compared number for number must
    start from the same cache state.
    """
    await provider.complete(_prompt("Once upon a time", max_tokens=1, temperature=0))


async def _stream(provider: LlamaCppProvider, request: GenerationRequest) -> list[GenerationChunk]:
    return [chunk async for chunk in provider.stream(request)]


def _check_shape(logprobs: list[TokenLogprob], top: int) -> None:
    for t in logprobs:
        assert t.logprob <= 0
        assert t.bytes is not None
        assert t.token == bytes(t.bytes).decode("utf-8", errors="replace")
        assert len(t.top) == top
        values = [a.logprob for a in t.top]
        assert values == sorted(values, reverse=True)
        assert all(v <= 0 for v in values)
        same = [a for a in t.top if a.bytes == t.bytes]
        if same:  # the sampled token among the alternatives: the same number
            assert same[0].logprob == t.logprob
            assert same[0].token == t.token
        elif t.top:  # not among the most likely: then less likely than all of them
            assert t.logprob <= values[-1]


def _same(a: list[TokenLogprob], b: list[TokenLogprob]) -> None:
    assert [t.bytes for t in a] == [t.bytes for t in b]
    assert [t.logprob for t in a] == pytest.approx([t.logprob for t in b], abs=1e-6)
    assert [[(x.bytes, x.logprob) for x in t.top] for t in a] == [
        [(x.bytes, pytest.approx(x.logprob, abs=1e-6)) for x in t.top] for t in b
    ]


# ---------------------------------------------------------------------------------- logprobs


async def test_logprobs_one_per_token_joined_they_are_the_text(provider):
    r = await provider.complete(_prompt(max_tokens=8, temperature=0, logprobs=True, top_logprobs=3))
    assert r.finish_reason == "length"
    assert r.logprobs is not None
    assert len(r.logprobs) == r.completion_tokens == 8
    assert "".join(t.token for t in r.logprobs) == r.text
    _check_shape(r.logprobs, 3)
    # greedy: every sampled token is the model's most likely one
    for t in r.logprobs:
        assert t.top[0].bytes == t.bytes
        assert t.top[0].logprob == t.logprob


async def test_sampled_tokens_at_a_temperature_and_in_chat(provider):
    r = await provider.complete(
        _chat("Name three colours.", max_tokens=8, temperature=1.2, seed=11, logprobs=True, top_logprobs=5)
    )
    assert r.logprobs is not None
    # the chat template's stop sequences may cut the answer: its tokens are then not reported
    assert (
        len(r.logprobs) == r.completion_tokens
        if r.finish_reason == "length"
        else len(r.logprobs) <= r.completion_tokens
    )
    assert "".join(t.token for t in r.logprobs).startswith(r.text)
    _check_shape(r.logprobs, 5)


async def test_logprobs_without_alternatives(provider):
    r = await provider.complete(_prompt(max_tokens=4, temperature=0, logprobs=True))
    assert r.logprobs is not None and len(r.logprobs) == 4
    assert all(t.top == [] for t in r.logprobs)
    _check_shape(r.logprobs, 0)


async def test_no_logprobs_unless_asked(provider):
    r = await provider.complete(_prompt(max_tokens=4, temperature=0))
    assert r.logprobs is None
    chunks = await _stream(provider, _prompt(max_tokens=4, temperature=0))
    assert "".join(c.text for c in chunks)
    assert all(c.logprobs is None for c in chunks)


async def test_streamed_logprobs_are_the_complete_ones(provider):
    params = {"max_tokens": 8, "temperature": 0, "seed": 5, "logprobs": True, "top_logprobs": 2}
    await _from_scratch(provider)
    whole = await provider.complete(_prompt(**params))
    await _from_scratch(provider)
    chunks = await _stream(provider, _prompt(**params))
    assert "".join(c.text for c in chunks) == whole.text
    streamed = [t for c in chunks for t in c.logprobs or ()]
    assert whole.logprobs is not None
    _same(streamed, whole.logprobs)
    # no stop sequences: each chunk carries exactly the tokens of its own text
    for c in chunks:
        if c.text:
            assert "".join(t.token for t in c.logprobs or ()) == c.text


async def test_partial_utf8_tokens_carry_their_bytes(provider):
    await _from_scratch(provider)
    r = await provider.complete(_prompt(HIEROGLYPHS, max_tokens=8, temperature=0, logprobs=True, top_logprobs=2))
    assert r.logprobs is not None and len(r.logprobs) == r.completion_tokens
    _check_shape(r.logprobs, 2)
    assert b"".join(bytes(t.bytes or ()) for t in r.logprobs).decode("utf-8", errors="replace") == r.text
    partial = [t for t in r.logprobs if "\ufffd" in t.token]
    assert partial, "expected byte tokens for the hieroglyphs"
    for t in partial:
        assert t.bytes and t.token == bytes(t.bytes).decode("utf-8", errors="replace")
    # streamed, a character comes with all the byte tokens that spell it
    await _from_scratch(provider)
    chunks = await _stream(provider, _prompt(HIEROGLYPHS, max_tokens=8, temperature=0, logprobs=True, top_logprobs=2))
    assert "".join(c.text for c in chunks) == r.text
    for c in chunks:
        if c.text:
            assert b"".join(bytes(t.bytes or ()) for t in c.logprobs or ()).decode("utf-8", errors="replace") == c.text
    _same([t for c in chunks for t in c.logprobs or ()], r.logprobs)


async def test_tokens_cut_by_a_stop_sequence_are_not_reported(provider):
    await _from_scratch(provider)
    base = await provider.complete(_prompt(max_tokens=8, temperature=0, logprobs=True))
    assert base.logprobs is not None
    tokens = [t.token for t in base.logprobs]
    # a stop sequence that is exactly a later token (first seen there), and one that starts inside it
    k = next(
        i
        for i in range(1, len(tokens))
        if len(tokens[i]) >= 2 and base.text.find(tokens[i][1:]) == len("".join(tokens[:i])) + 1
    )
    before = "".join(tokens[:k])

    await _from_scratch(provider)
    exact = await provider.complete(_prompt(max_tokens=8, temperature=0, logprobs=True, stop=[tokens[k]]))
    assert exact.finish_reason == "stop"
    assert exact.text == before
    assert exact.logprobs is not None
    _same(exact.logprobs, base.logprobs[:k])

    # the stop starts one character into token k: that token made part of the text, so it is
    # reported; nothing after it is
    await _from_scratch(provider)
    inside = await provider.complete(_prompt(max_tokens=8, temperature=0, logprobs=True, stop=[tokens[k][1:]]))
    assert inside.text == before + tokens[k][0]
    assert inside.logprobs is not None
    _same(inside.logprobs, base.logprobs[: k + 1])

    await _from_scratch(provider)
    streamed = await _stream(provider, _prompt(max_tokens=8, temperature=0, logprobs=True, stop=[tokens[k][1:]]))
    assert "".join(c.text for c in streamed) == inside.text
    _same([t for c in streamed for t in c.logprobs or ()], inside.logprobs)


async def test_top_logprobs_out_of_range(provider):
    with pytest.raises(InvalidRequest) as e:
        await provider.complete(_prompt(max_tokens=1, logprobs=True, top_logprobs=21))
    assert e.value.param == "top_logprobs"


# ---------------------------------------------------------------------------------- tools


async def test_tools_are_refused_clearly(provider):
    with pytest.raises(InvalidRequest) as e:
        await provider.complete(_chat("weather in Paris?", max_tokens=4, tools=TOOLS))
    assert e.value.param == "tools"
    assert "gemma-3-270m" in e.value.message and "does not support tools" in e.value.message
    for choice in ("auto", "required", {"type": "function", "function": {"name": "get_weather"}}):
        with pytest.raises(InvalidRequest):
            await _stream(provider, _chat("weather in Paris?", max_tokens=4, tools=TOOLS, tool_choice=choice))


async def test_tools_with_tool_choice_none_generate_text(provider):
    r = await provider.complete(_chat("Say hello.", max_tokens=4, tools=TOOLS, tool_choice="none"))
    assert r.text and r.tool_calls is None


# ---------------------------------------------------------------------------------- response_format


async def test_json_schema_output_validates(provider):
    # an answer short enough for 8 tokens: the grammar has closed the object by then (the model
    # may still spend the last tokens on the whitespace the grammar allows after it)
    schema = {
        "type": "object",
        "properties": {"ok": {"type": "boolean"}},
        "required": ["ok"],
        "additionalProperties": False,
    }
    r = await provider.complete(
        _chat(
            "Is Paris in France? Answer in JSON.",
            max_tokens=8,
            temperature=0,
            response_format={"type": "json_schema", "schema": schema},
            logprobs=True,
        )
    )
    jsonschema.validate(json.loads(r.text), schema)
    # logprobs under a grammar are still the model's own: a valid distribution, tokens = the text
    assert r.logprobs is not None and "".join(t.token for t in r.logprobs) == r.text
    assert all(t.logprob <= 0 for t in r.logprobs)


async def test_json_schema_the_converter_cannot_handle_is_a_400(provider):
    schema = {"type": "object", "properties": {"a": {"$ref": "other.json#/definitions/a"}}}
    with pytest.raises(InvalidRequest) as e:
        await provider.complete(_chat("hi", max_tokens=4, response_format={"type": "json_schema", "schema": schema}))
    assert e.value.status_code == 400
    assert e.value.param == "response_format"
    assert "cannot be enforced" in e.value.message and "other.json" in e.value.message


def test_models_loading_at_once_leave_the_process_output_alone(tmp_path):
    """llama-cpp-python silences a load by pointing fds 1 and 2 at /dev/null and back: two loads
    at once used to leave the process's logs going to /dev/null for good (seen as a fine-tuning
    example whose last prints vanished). Loads are serialized now."""
    import os
    import subprocess
    import sys

    script = (
        "import asyncio, os\n"
        "from keel.providers.llama_cpp import LlamaCppParams, LlamaCppProvider\n"
        "ps = [LlamaCppProvider(f'm{i}', LlamaCppParams(n_ctx=256, embeddings=False)) for i in range(4)]\n"
        "async def main():\n"
        "    await asyncio.gather(*(p.start() for p in ps))\n"
        "asyncio.run(main())\n"
        "print('stdout still here', flush=True)\n"
        "os.write(2, b'stderr still here\\n')\n"
    )
    for _ in range(3):  # without the lock, one run in three or so lost its output
        out = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=os.environ, timeout=300
        )
        assert out.returncode == 0, out.stderr[-2000:]
        assert "stdout still here" in out.stdout
        assert "stderr still here" in out.stderr


def test_model_loads_take_turns(monkeypatch):
    import threading
    import time

    import llama_cpp

    from keel.providers import llama_cpp as provider_module

    inside, most = [0], [0]
    lock = threading.Lock()

    class Counting:
        def __init__(self, *args, **kwargs):
            with lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            time.sleep(0.05)
            with lock:
                inside[0] -= 1
            raise RuntimeError("counted")

    monkeypatch.setattr(llama_cpp, "Llama", Counting)
    monkeypatch.setattr(provider_module, "resolve_gguf", lambda *a: "model.gguf")

    def load(name: str) -> None:
        with pytest.raises(RuntimeError):
            LlamaCppProvider(name, LlamaCppParams()).load()

    threads = [threading.Thread(target=load, args=(f"m{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most[0] == 1


async def test_greedy_output_does_not_depend_on_what_the_kv_cache_held(provider):
    """temperature 0, seed 7 on "Describe a mountain." once answered one thing right after start
    and another every time after: the second request reused the first's KV cache for its prompt
    (evaluated in another batch split, so with other rounding). Cold, warm, and after an unrelated
    request, the answer is the same now."""
    ask = _chat("Describe a mountain.", temperature=0, seed=7, max_tokens=24)
    cold = (await provider.complete(ask)).text
    warm = (await provider.complete(ask)).text
    await provider.complete(
        _chat("Name three rivers in Europe and say which is longest.", temperature=0, max_tokens=16)
    )
    after = (await provider.complete(ask)).text
    assert cold == warm == after
    streamed = "".join([c.text async for c in provider.stream(ask)])
    assert streamed == cold


async def test_a_long_shared_prefix_is_reused_by_whole_blocks_and_greedy_output_stays_the_same():
    p = LlamaCppProvider("gemma-3-270m", LlamaCppParams(n_ctx=512, n_batch=16, n_threads=2, embeddings=False))
    await p.start()
    try:
        llm = p._llm
        decoded: list[int] = []
        real_eval = llm.eval

        def counting_eval(tokens):
            decoded.append(len(tokens))
            return real_eval(tokens)

        llm.eval = counting_eval
        system = "You are the support assistant of Brellowick Instruments. " * 6  # a long shared prefix
        ask = GenerationRequest(
            GenerationParams(temperature=0, seed=7, max_tokens=12),
            messages=[Message("system", system), Message("user", "Describe a mountain.")],
        )
        other = GenerationRequest(
            GenerationParams(temperature=0, max_tokens=4),
            messages=[Message("system", system), Message("user", "Name a river.")],
        )
        prompt_len = len(p.tokenize(ask.messages))
        assert prompt_len > 64
        decoded.clear()
        cold = (await p.complete(ask)).text
        assert decoded[0] == prompt_len  # cold: the whole prompt
        decoded.clear()
        await p.complete(other)
        reused = prompt_len - decoded[0]  # the shared system prompt came from the cache...
        assert reused > 0 and reused % 16 == 0  # ...by whole 16-token blocks
        decoded.clear()
        warm = (await p.complete(ask)).text
        assert decoded[0] < prompt_len and cold == warm  # reused, and the same answer
    finally:
        await p.close()
