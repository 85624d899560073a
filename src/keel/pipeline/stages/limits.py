"""limits: requests/tokens per minute and concurrency, per API key and per model.

Tokens are reserved at admission (prompt + the answer's allowance) and settled with the real
usage when the request ends, whatever its outcome. A no-op when no limit applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from keel.pipeline.context import RequestContext
from keel.routing.limits import Limiter, rules_for
from keel.text.tokens import count_tokens

if TYPE_CHECKING:
    from keel.pipeline.gateway import Gateway

# the answer's allowance when a request sets no max_tokens and the window is unknown
DEFAULT_ANSWER_TOKENS = 1024


class LimitsStage:
    name = "limits"

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.settings = gateway.settings.limits
        self._limiter: Limiter | None = None

    @property
    def limiter(self) -> Limiter:
        if self._limiter is None:
            s = self.settings
            self._limiter = Limiter(s, lease_s=s.lease_s, fail_open=s.fail_open)
        return self._limiter

    def estimate(self, ctx: RequestContext) -> int:
        provider = self.gateway.provider(ctx.model)
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

    async def close(self) -> None:
        if self._limiter is not None:
            await self._limiter.close()
