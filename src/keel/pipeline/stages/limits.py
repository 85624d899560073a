"""limits: requests/tokens per minute and concurrency, per API key and per model.

Tokens are reserved at admission (prompt + the answer's allowance) and settled with the real
usage when the request ends, whatever its outcome. A no-op when no limit applies.
"""

from __future__ import annotations

from keel.limits import Limiter, rules_for
from keel.pipeline.context import RequestContext
from keel.text.tokens import count_tokens

# the answer's allowance when a request sets no max_tokens and the window is unknown
DEFAULT_ANSWER_TOKENS = 1024


class LimitsStage:
    name = "limits"
    needs = ("limiter",)

    def __init__(self, limiter: Limiter) -> None:
        self.limiter = limiter
        self.settings = limiter.settings

    def estimate(self, ctx: RequestContext) -> int:
        provider = ctx.provider
        prompt = ctx.prompt_tokens
        if prompt is None:
            source = ctx.messages if ctx.messages is not None else (ctx.prompt or "\n".join(ctx.inputs or []))
            prompt = count_tokens(provider, source)
        if ctx.inputs is not None:
            return prompt
        answer = ctx.params.max_tokens
        if answer is None:
            window = provider.info().context_window
            answer = max(window - prompt, 0) if window else DEFAULT_ANSWER_TOKENS
        return prompt + answer * ctx.n

    async def run(self, ctx: RequestContext) -> None:
        subjects = rules_for(self.settings, ctx.principal.id, ctx.model)
        if not subjects:
            return
        permit = await self.limiter.acquire(subjects, estimated_tokens=self.estimate(ctx))
        if permit.queued_s:
            ctx.annotations["queued_ms"] = round(permit.queued_s * 1000, 3)
        ctx.on_finish(lambda c: permit.release_nowait((c.prompt_tokens or 0) + c.completion_tokens))
