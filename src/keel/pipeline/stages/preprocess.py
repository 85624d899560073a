"""preprocess: normalize text, count tokens with the model's tokenizer, fit the context window."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from keel.pipeline.context import RequestContext
from keel.text.context_window import check_prompt_fits, fit_messages
from keel.text.normalize import normalize_text

if TYPE_CHECKING:
    from keel.pipeline.gateway import Gateway


class PreprocessStage:
    name = "preprocess"

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway

    async def run(self, ctx: RequestContext) -> None:
        provider = self.gateway.provider(ctx.model)
        window = provider.info().context_window
        if ctx.messages is not None:
            messages = [replace(m, content=normalize_text(m.content)) for m in ctx.messages]
            fit = fit_messages(messages, lambda ms: len(provider.tokenize(ms)), window, ctx.params.max_tokens)
            ctx.messages = fit.messages
            ctx.prompt_tokens = fit.prompt_tokens
            if fit.dropped:
                ctx.annotations["dropped_turns"] = fit.dropped
        elif ctx.prompt is not None:
            ctx.prompt = normalize_text(ctx.prompt, strip=False)
            ctx.prompt_tokens = len(provider.tokenize(ctx.prompt))
            check_prompt_fits(ctx.prompt_tokens, window, ctx.params.max_tokens)
        elif ctx.inputs is not None:
            ctx.inputs = [normalize_text(t) for t in ctx.inputs]
            counts = [len(provider.tokenize(t)) for t in ctx.inputs]
            for c in counts:
                check_prompt_fits(c, window, 0, param="input")
            ctx.prompt_tokens = sum(counts)
