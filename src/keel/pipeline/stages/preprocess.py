"""preprocess: normalize text, count tokens with the model's tokenizer, fit the context window."""

from __future__ import annotations

from keel.pipeline.context import RequestContext
from keel.text.context_window import check_prompt_fits, fit_messages
from keel.text.normalize import normalize_text
from keel.text.tokens import count_tokens
from keel.types import evolve


class PreprocessStage:
    name = "preprocess"
    provides = ("prompt.fitted",)

    async def run(self, ctx: RequestContext) -> None:
        provider = ctx.provider
        window = provider.info().context_window

        def count(text):
            return count_tokens(provider, text)

        if ctx.messages is not None:
            messages = [evolve(m, content=normalize_text(m.content)) for m in ctx.messages]
            if window is None:  # the upstream enforces its own window
                ctx.messages = messages
                return
            fit = fit_messages(messages, count, window, ctx.params.max_tokens)
            ctx.messages = fit.messages
            ctx.prompt_tokens = fit.prompt_tokens
            if fit.dropped:
                ctx.annotations["dropped_turns"] = fit.dropped
        elif ctx.prompt is not None:
            ctx.prompt = normalize_text(ctx.prompt, strip=False)
            if window is not None:
                ctx.prompt_tokens = count(ctx.prompt)
                check_prompt_fits(ctx.prompt_tokens, window, ctx.params.max_tokens)
        elif ctx.inputs is not None:
            ctx.inputs = [normalize_text(t) for t in ctx.inputs]
            if window is not None:
                counts = [count(t) for t in ctx.inputs]
                for c in counts:
                    check_prompt_fits(c, window, 0, param="input")
                ctx.prompt_tokens = sum(counts)
