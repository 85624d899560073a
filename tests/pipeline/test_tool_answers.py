"""What the output guard and the cache do with tool calls and logprobs: the same care as text."""

from __future__ import annotations

from keel.config import GuardPolicy, GuardSettings, ScannerRule
from keel.guard.engine import Guard
from keel.pipeline.context import RequestContext
from keel.pipeline.stages.guard_output import GuardOutputStage
from keel.types import Generation, GenerationChunk, TokenLogprob, ToolCall, ToolCallDelta

AWS = "AKIAIOSFODNN7EXAMPLE"


def _guard() -> Guard:
    policy = GuardPolicy(output=[ScannerRule(scanner="secrets", action="redact")])
    return Guard(GuardSettings(policies={"p": policy}, routes={"chat": "p"}))


def _ctx(**kw) -> RequestContext:
    return RequestContext(route="chat", model="m", **kw)


async def test_output_rules_scan_tool_call_arguments_and_drop_revealing_logprobs():
    guard = _guard()
    try:
        call = ToolCall("call_1", "deploy", f'{{"key": "{AWS}"}}')
        tokens = [TokenLogprob(f"key {AWS}", -0.1)]
        ctx = _ctx(results=[Generation(f"key {AWS}", "tool_calls", 3, 4, [call], tokens)])
        await GuardOutputStage(guard).run(ctx)
        [g] = ctx.results
        assert AWS not in g.text and AWS not in g.tool_calls[0].arguments
        assert g.tool_calls[0].id == "call_1" and g.tool_calls[0].name == "deploy"
        assert g.logprobs is None  # the tokens would have shown the key
        clean = _ctx(results=[Generation("all fine", "stop", 3, 2, None, [TokenLogprob("all fine", -0.2)])])
        await GuardOutputStage(guard).run(clean)
        assert clean.results[0].logprobs == [TokenLogprob("all fine", -0.2)]  # nothing changed: kept
    finally:
        guard.close()


async def test_streamed_logprobs_do_not_pass_output_rules():
    guard = _guard()
    try:

        async def source():
            yield GenerationChunk("the key is ", logprobs=[TokenLogprob("the key is ", -0.1)])
            yield GenerationChunk(AWS, finish_reason="stop", logprobs=[TokenLogprob(AWS, -0.1)])

        ctx = _ctx(stream=True, streams=[source()])
        await GuardOutputStage(guard).run(ctx)
        chunks = [c async for c in ctx.streams[0]]
        assert AWS not in "".join(c.text for c in chunks)
        assert all(c.logprobs is None for c in chunks)
    finally:
        guard.close()


class _Recorder:
    """A ResponseCache stand-in for `_store` only: what would have been written."""

    def __init__(self) -> None:
        self.stored: list[list[Generation]] = []

    async def store(self, lookup, results) -> None:
        self.stored.append(results)


async def test_the_cache_stores_tool_calls_concealed_and_never_personal_logprobs():
    from keel.observability.metrics import Metrics
    from keel.pipeline.stages.cache import CacheStage

    recorder = _Recorder()
    stage = CacheStage(recorder, Metrics())  # type: ignore[arg-type]
    conceal = lambda s: s.replace("ann@one.org", "<EMAIL_1>")  # noqa: E731 — what the guard's vault does
    call = ToolCall("c1", "send", '{"to": "ann@one.org"}')
    ctx = _ctx(results=[Generation("", "tool_calls", 3, 4, [call])])
    ctx.conceal = conceal
    await stage._store(None, ctx)
    assert recorder.stored[0][0].tool_calls[0].arguments == '{"to": "<EMAIL_1>"}'
    with_tokens = _ctx(results=[Generation("hi ann@one.org", "stop", 3, 4, None, [TokenLogprob("hi", -0.1)])])
    with_tokens.conceal = conceal
    await stage._store(None, with_tokens)
    assert len(recorder.stored) == 1  # tokens cannot be concealed one by one: not stored at all


async def test_streamed_tool_calls_are_held_back_scanned_and_sent_whole():
    guard = _guard()
    try:
        args = f'{{"key": "{AWS}"}}'

        async def source():
            yield GenerationChunk("", tool_calls=[ToolCallDelta(0, "call_1", "deploy", "")])
            for i in range(0, len(args), 4):  # the key split over several deltas
                yield GenerationChunk("", tool_calls=[ToolCallDelta(0, arguments=args[i : i + 4])])
            yield GenerationChunk("", finish_reason="tool_calls")

        ctx = _ctx(stream=True, streams=[source()])
        await GuardOutputStage(guard).run(ctx)
        chunks = [c async for c in ctx.streams[0]]
        deltas = [d for c in chunks for d in c.tool_calls or ()]
        assert len(deltas) == 1 and deltas[0].id == "call_1" and deltas[0].name == "deploy"
        assert AWS not in deltas[0].arguments and deltas[0].arguments.startswith('{"key": ')
        assert chunks[-1].finish_reason == "tool_calls"
    finally:
        guard.close()
