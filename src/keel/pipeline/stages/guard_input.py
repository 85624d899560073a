"""guard_input: the policy's input rules on the prompt (keel.guard) — allow, flag, rewrite or block.

Span rules (PII, secrets…) rewrite every non-system message, so pseudonyms stay consistent across
the turns a client sends back; whole-text rules (injection, toxicity…) judge the new part of the
conversation: the messages after the last assistant turn. A `block` raises GuardBlocked (400,
no model call). The vault of pseudonyms and the canary stay in the context's GuardState slot, which is
never traced or logged; findings (no text) go to the `guard` annotation and the audit log.
Passages a grounding stage put in `ctx.documents` go through the `documents` rules: rewritten, or
dropped when a block rule triggers (an injected web page must not fail the user's request).
"""

from __future__ import annotations

from dataclasses import dataclass

from keel.grounding.prompt import is_grounding
from keel.guard.base import ScanContext
from keel.guard.engine import Guard, GuardBlocked, Item, check, screen_documents
from keel.guard.vault import Vault
from keel.pipeline.context import RequestContext
from keel.types import evolve


@dataclass
class GuardState:
    """What guard_input leaves for guard_output (a typed slot of the context, never traced)."""

    vault: Vault
    system: str | None = None  # the system prompt, for the prompt_leak rule
    canary: str | None = None


_STRONGEST = ("block", "redact", "mask", "hash", "pseudonymize", "flag")


def record(ctx: RequestContext, outcomes: list, policy: str | None = None, audit: bool = True) -> None:
    """Findings to the trace (`guard` annotation: rules that triggered, never text) and, when a
    rule acted on the request, an audit event (the gateway writes `ctx.audit` after the response)."""
    triggered = [o.to_dict() for o in outcomes if o.result.triggered]
    if not triggered:
        return
    ctx.annotations.setdefault("guard", []).extend(triggered)
    acted = {o.action for o in outcomes if o.acted}
    if audit and acted:
        action = next(a for a in _STRONGEST if a in acted)
        detail = {"policy": policy or ctx.annotations.get("guard_policy"), "rules": triggered}
        ctx.audit.append({"kind": "guard", "action": action, "detail": detail})


def _items(ctx: RequestContext) -> list[Item]:
    if ctx.messages is not None:
        last_assistant = max((i for i, m in enumerate(ctx.messages) if m.role == "assistant"), default=-1)
        return [
            Item(m.content, ScanContext("input", role=m.role, prompt_tokens=ctx.prompt_tokens), i > last_assistant, i)
            for i, m in enumerate(ctx.messages)
            if m.role != "system"
        ]
    texts = [ctx.prompt] if ctx.prompt is not None else list(ctx.inputs or [])
    return [
        Item(t, ScanContext("input", role="user", prompt_tokens=ctx.prompt_tokens), True, i)
        for i, t in enumerate(texts)
    ]


class GuardInputStage:
    name = "guard_input"
    needs = ("guard",)
    provides = ("prompt.checked",)
    after = ("documents",)

    def __init__(self, guard: Guard) -> None:
        self.guard = guard

    async def start(self) -> None:
        await self.guard.run(self.guard.warm)

    async def run(self, ctx: RequestContext) -> None:
        policy = self.guard.policy_for(ctx.route, ctx.principal.id)
        if policy is None:
            return
        ctx.annotations["guard_policy"] = policy.name
        vault = Vault()
        state = GuardState(vault)
        ctx.put(state)
        ctx.conceal = vault.conceal
        items = _items(ctx)
        if policy.input and items:
            verdict = await self.guard.run(check, policy.input, items, "input", vault=vault, hash_key=policy.hash_key)
            record(ctx, verdict.outcomes, policy.name, self.guard.settings.audit)
            for item, text in zip(items, verdict.texts, strict=True):
                if text is item.text:
                    continue
                if ctx.messages is not None:
                    ctx.messages[item.target] = evolve(ctx.messages[item.target], content=text)
                elif ctx.prompt is not None:
                    ctx.prompt = text
                else:
                    ctx.inputs[item.target] = text
            if verdict.blocked is not None:  # after the rewrite: a logged prompt holds no raw PII
                raise GuardBlocked(policy.name, verdict.blocked)
        documents = ctx.documents  # passages a grounding stage retrieved
        if policy.documents and documents:
            kept, outcomes = await self.guard.run(screen_documents, policy.documents, list(documents), policy.hash_key)
            record(ctx, outcomes, policy.name, self.guard.settings.audit)
            ctx.documents = [d for d in kept if d is not None]
            if ctx.documents_screened is not None and any(k is not d for k, d in zip(kept, documents)):
                ctx.documents_screened(kept)  # the grounding stage re-renders what was kept
        if ctx.messages is not None:
            # the caller's system prompt (not the passages grounding added) is what must not leak
            system = next((m for m in ctx.messages if m.role == "system" and not is_grounding(m)), None)
            state.system = system.content if system else None
            if policy.canary and system is not None:  # no system prompt: nothing to leak
                token = policy.canary_token
                state.canary = token
                i = ctx.messages.index(system)
                ctx.messages[i] = evolve(system, content=f"<!-- {token} -->\n{system.content}")
