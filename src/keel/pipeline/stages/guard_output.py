"""guard_output: the policy's output rules on the answer, then the pseudonyms restored.

Rules scan the model's own text (placeholders and all), so a PII rule here catches personal data
the model produced, not the caller's own, which comes back from the vault afterwards. A `block`
replaces the answer with nothing and ends it with finish_reason `content_filter`, as OpenAI's
content filter does. Streams go through `keel.guard.stream.StreamGuard`: a sliding window that
holds back `stream_holdback_chars`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from keel.guard.base import ScanContext
from keel.guard.engine import Guard, Item, check
from keel.guard.stream import StreamGuard
from keel.guard.vault import Vault
from keel.pipeline.context import RequestContext
from keel.pipeline.stages.guard_input import GuardState, record
from keel.types import GenerationChunk, ToolCall, ToolCallDelta, add_tool_deltas, evolve


def _scan_context(ctx: RequestContext) -> ScanContext:
    state = ctx.slot(GuardState)
    prompt = ctx.prompt
    if ctx.messages is not None:
        prompt = next((m.content for m in reversed(ctx.messages) if m.role == "user"), None)
    rf = ctx.params.response_format or {}
    schema = rf.get("schema") if rf.get("type") == "json_schema" else None
    return ScanContext(
        "output",
        prompt=prompt,
        system_prompt=state.system if state else None,
        canary=state.canary if state else None,
        schema=schema,
        documents=list(ctx.documents),
    )


class GuardOutputStage:
    name = "guard_output"
    needs = ("guard",)
    requires = ("answer",)
    provides = ("answer.checked",)

    def __init__(self, guard: Guard) -> None:
        self.guard = guard

    async def start(self) -> None:
        await self.guard.run(self.guard.warm)

    async def run(self, ctx: RequestContext) -> None:
        policy = self.guard.policy_for(ctx.route, ctx.principal.id)
        if policy is None or ctx.inputs is not None:
            return
        state = ctx.slot(GuardState)
        vault: Vault | None = state.vault if state is not None else None
        sctx = _scan_context(ctx)
        if ctx.streams:
            ctx.streams = [self._wrap(ctx, s, policy, sctx, vault) for s in ctx.streams]
            return
        for i, gen in enumerate(ctx.results):
            text = gen.text
            calls = gen.tool_calls
            logprobs = gen.logprobs
            if policy.output:
                # tool calls' arguments get the span rules (PII, secrets); whole-answer rules
                # (schema, relevance…) judge the text alone
                items = [Item(text, sctx), *(Item(c.arguments, sctx, judge=False) for c in calls or ())]
                verdict = await self.guard.run(check, policy.output, items, "output", hash_key=policy.hash_key)
                record(ctx, verdict.outcomes, policy.name, self.guard.settings.audit)
                if verdict.blocked is not None:
                    ctx.annotations["guard_blocked"] = verdict.blocked.rule
                    ctx.results[i] = evolve(
                        gen, text="", finish_reason="content_filter", tool_calls=None, logprobs=None
                    )
                    continue
                if verdict.texts[0] != text:
                    logprobs = None  # the tokens would show what the rules took out
                text = verdict.texts[0]
                if calls:
                    calls = [evolve(c, arguments=t) for c, t in zip(calls, verdict.texts[1:])]
            if vault:
                text = vault.restore(text)
                if calls:  # a call's arguments name what the caller sent, not its pseudonyms
                    calls = [evolve(c, arguments=vault.restore(c.arguments)) for c in calls]
            ctx.results[i] = evolve(gen, text=text, tool_calls=calls, logprobs=logprobs)

    def _checked_calls(
        self, ctx: RequestContext, policy, sctx: ScanContext, vault, calls: dict[int, ToolCall]
    ) -> list[ToolCallDelta] | None:
        """Held-back tool calls, whole: span rules on their arguments, then the pseudonyms restored;
        None when a rule blocks. Runs on the guard's worker thread (with the last chunk)."""
        ordered = [calls[i] for i in sorted(calls)]
        args = [c.arguments for c in ordered]
        if policy.output:
            items = [Item(a, sctx, judge=False) for a in args]
            verdict = check(policy.output, items, "output", hash_key=policy.hash_key)
            record(ctx, verdict.outcomes, policy.name, self.guard.settings.audit)
            if verdict.blocked is not None:
                ctx.annotations["guard_blocked"] = verdict.blocked.rule
                return None
            args = verdict.texts
        if vault:
            args = [vault.restore(a) for a in args]
        return [ToolCallDelta(i, c.id, c.name, a) for i, (c, a) in enumerate(zip(ordered, args))]

    async def _wrap(
        self, ctx: RequestContext, source: AsyncIterator[GenerationChunk], policy, sctx: ScanContext, vault
    ) -> AsyncIterator[GenerationChunk]:
        """The stream through a StreamGuard. Scans run on the guard's worker thread, never on the
        event loop; pieces that only fill the window are handled inline."""
        sg = StreamGuard(policy.output, sctx, vault=vault or None, hash_key=policy.hash_key, holdback=policy.holdback)
        timing = ctx.timing(self.name)
        # output rules hold text back and may rewrite it: logprobs could not stay in step with the
        # text, and would show what the rules took out
        keep_logprobs = not policy.output
        # tool calls are held back whole (id, name, arguments) and go out with the last chunk, once
        # their arguments are scanned and restored: a piece of JSON cannot be checked on its own
        calls: dict[int, ToolCall] = {}

        def transform(chunk: GenerationChunk) -> list[GenerationChunk]:
            if chunk.logprobs is not None and not keep_logprobs:
                chunk = evolve(chunk, logprobs=None)
            if chunk.tool_calls:
                add_tool_deltas(calls, chunk.tool_calls)
                chunk = evolve(chunk, tool_calls=None)
            text = sg.feed(chunk.text) if chunk.text else ""
            if chunk.finish_reason is not None:
                text += sg.finish()
                if calls and sg.blocked is None:
                    checked = self._checked_calls(ctx, policy, sctx, vault, calls)
                    if checked is None:
                        return [evolve(chunk, text="", finish_reason="content_filter", tool_calls=None, logprobs=None)]
                    chunk = evolve(chunk, tool_calls=checked)
            if sg.blocked is not None:
                return [evolve(chunk, text="", finish_reason="content_filter", tool_calls=None, logprobs=None)]
            if chunk.finish_reason is not None or text or chunk.tool_calls or chunk.logprobs:
                return [evolve(chunk, text=text)]
            return []

        try:
            ended = False
            async for chunk in source:
                t0 = time.perf_counter()
                if chunk.finish_reason is not None or sg.will_scan(chunk.text):
                    outs = await self.guard.run(transform, chunk)
                else:
                    outs = transform(chunk)
                timing.duration_s += time.perf_counter() - t0
                for out in outs:
                    yield out
                if outs and outs[-1].finish_reason is not None:
                    ended = True
                    break  # the answer is complete, or blocked: stop the model too
            if not ended:  # a source that stopped without a finish reason: release what is held back
                rest = await self.guard.run(sg.finish)
                if sg.blocked is not None:
                    yield GenerationChunk(text="", finish_reason="content_filter")
                elif rest or calls:
                    checked = (
                        await self.guard.run(self._checked_calls, ctx, policy, sctx, vault, calls) if calls else None
                    )
                    yield GenerationChunk(text=rest, tool_calls=checked)
        finally:
            record(ctx, sg.outcomes, policy.name, self.guard.settings.audit)
            if sg.blocked is not None:
                ctx.annotations["guard_blocked"] = sg.blocked.rule
            aclose = getattr(source, "aclose", None)
            if aclose is not None:
                await aclose()
