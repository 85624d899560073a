"""postprocess: stop-sequence trimming, whitespace clean-up, JSON validation for JSON modes."""

from __future__ import annotations

from collections.abc import AsyncIterator

from keel.pipeline.context import RequestContext
from keel.pipeline.runner import timed_stream
from keel.text.postprocess import StreamCleaner, clean_whitespace, parse_json_answer, trim_at_stop
from keel.types import GenerationChunk, evolve


def _json_mode(ctx: RequestContext) -> bool:
    rf = ctx.params.response_format
    return bool(rf) and rf.get("type") in ("json_object", "json_schema")


class PostprocessStage:
    name = "postprocess"
    requires = ("answer",)

    async def run(self, ctx: RequestContext) -> None:
        strip = ctx.route == "chat"
        if ctx.streams:
            ctx.streams = [self._wrap(ctx, i, s, strip) for i, s in enumerate(ctx.streams)]
            return
        json_mode = _json_mode(ctx)
        for i, gen in enumerate(ctx.results):
            text, stopped = trim_at_stop(gen.text, ctx.params.stop)
            if strip:
                text = clean_whitespace(text)
            if json_mode:
                text, valid = parse_json_answer(text)
                ctx.annotations.setdefault("json_valid", []).append(valid)
            ctx.results[i] = evolve(gen, text=text, finish_reason="stop" if stopped else gen.finish_reason)

    def _wrap(
        self, ctx: RequestContext, index: int, source: AsyncIterator[GenerationChunk], strip: bool
    ) -> AsyncIterator[GenerationChunk]:
        cleaner = StreamCleaner(stops=list(ctx.params.stop), strip=strip)
        json_mode = _json_mode(ctx)
        seen: list[str] = []

        def transform(chunk: GenerationChunk) -> list[GenerationChunk]:
            text = cleaner.feed(chunk.text)
            if cleaner.stopped:
                chunk = evolve(chunk, finish_reason="stop")
            if chunk.finish_reason is not None:
                text += cleaner.flush()
            if json_mode:
                seen.append(text)
                if chunk.finish_reason is not None:
                    valid = parse_json_answer("".join(seen))[1]
                    ctx.annotations.setdefault("json_valid", []).append(valid)
            if not text and chunk.finish_reason is None and not chunk.tool_calls and not chunk.logprobs:
                return []
            return [evolve(chunk, text=text)]

        return timed_stream(ctx, self.name, source, transform)
