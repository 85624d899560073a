"""grounding: the conversation so far (session memory), retrieved knowledge with citations, and
linked entities, put into the prompt (keel.grounding) before the guard and the cache see it.

- memory: with a session id (`session_id` in the body or `x-keel-session-id`), the session's
  stored turns are loaded within the memory budget (older turns folded into a running summary)
  and placed before the request's turns; after a successful answer the request's turns and the
  answer are stored (as the guard left them).
- knowledge: the knowledge bases the request (`"knowledge": [...]`) or the route names are
  searched for the latest question, made self-contained first when it is a follow-up; the
  passages go into `ctx.documents` (the guard's `documents` rules screen them, and this stage
  re-renders what they kept) and into the prompt; their citations into the answer and the trace.
- entities: names in the question linked to the tenant's catalogue; their descriptions go into
  the prompt and the trace.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

from pydantic import Field

from keel.config.base import Strict
from keel.grounding import Grounding, catalogue_completer
from keel.grounding.prompt import is_grounding, leading_system, put_grounding, render
from keel.grounding.rewrite import rewrite
from keel.grounding.search import Hit, search
from keel.grounding.summary import extractive_summary, model_summarizer
from keel.pipeline.context import RequestContext
from keel.text.tokens import count_tokens
from keel.types import Message, evolve

log = logging.getLogger(__name__)

MIN_ANSWER_TOKENS = 64
STORE_WAIT_S = 300.0  # how long a session's next turn waits for the previous one to be stored


@dataclass
class GroundingState:
    """What this stage keeps for after the answer (never traced)."""

    hits: list[Hit] = field(default_factory=list)
    entities: list[Any] = field(default_factory=list)
    request_turns: int = 0  # the request's own turns: the last ones of ctx.messages (stored after the answer)
    store: bool = False


class GroundingStage:
    name = "grounding"
    needs = ("grounding", "catalogue", "settings")
    provides = ("documents",)

    class Config(Strict):
        knowledge: list[str] = Field(default_factory=list, description="knowledge bases searched for every request")
        top_k: int | None = Field(None, ge=1, le=50, description="passages put in the prompt (default search.top_k)")
        filters: dict[str, Any] = Field(default_factory=dict, description="metadata filters of every search")
        memory: bool = Field(True, description="load and store session turns when a request has a session id")
        entities: bool = Field(False, description="link the question's names to the entity catalogue")
        rewrite: bool = Field(True, description="make follow-up questions self-contained before retrieval")

    def __init__(
        self, grounding: Grounding, catalogue: Any, settings: Any = None, config: Config | None = None
    ) -> None:
        self.grounding = grounding
        self.catalogue = catalogue
        # the query searched and the names linked are the user's words: in the trace and the
        # request log only where prompts may be logged (storage.log_prompts), as prompt text is
        self.log_text = bool(settings is not None and settings.storage.log_prompts)
        self.config = config or self.Config()
        # per (tenant, session): the turn being answered, done once stored; the next turn of the
        # same conversation waits for it, so it never misses the turn before it
        self._turns: dict[tuple[str, str], asyncio.Future[None]] = {}

    async def run(self, ctx: RequestContext) -> None:
        if ctx.messages is None:
            return
        cfg = self.config
        g = self.grounding
        state = GroundingState()
        ctx.put(state)
        info: dict[str, Any] = {}
        messages = list(ctx.messages)
        head = leading_system(messages)
        state.request_turns = len(messages) - head

        if ctx.session and cfg.memory:
            await self._wait_turn(ctx)
            recall = await g.memory.recall(
                ctx.principal, ctx.session, lambda text: count_tokens(ctx.provider, text), self._summarizer()
            )
            messages[head:head] = recall.messages
            info["memory"] = {
                "session": ctx.session,
                "turns_loaded": recall.turns_loaded,
                "turns_folded": recall.turns_folded,
                "summary": recall.summary is not None,
                "tokens": recall.tokens,
            }
            state.store = True
            ctx.defer(self._store)

        question_at = max((i for i, m in enumerate(messages) if m.role == "user"), default=None)
        question = messages[question_at].content if question_at is not None else ""
        history = [m for m in messages[:question_at] if m.role in ("user", "assistant")] if question_at else []
        named = ctx.knowledge is not None  # a route's knowledge bases the tenant lacks are skipped
        names = ctx.knowledge if named else cfg.knowledge
        if names and question.strip():
            rw = await rewrite(
                question, history if cfg.rewrite else [], catalogue_completer(self.catalogue, g.settings.rewrite_model)
            )
            tenant = ctx.principal.tenant
            state.hits = await search(
                g.kb, tenant, list(names), rw.query, cfg.top_k, cfg.filters or None, missing_ok=not named
            )
            info["query"] = rw.to_dict() if self.log_text else {k: v for k, v in rw.to_dict().items() if k != "query"}
        if cfg.entities and question.strip():
            context = " ".join(m.content for m in history[-4:])
            state.entities = await g.entities.link(ctx.principal.tenant, question, context)
            info["entities"] = [_entity(e, self.log_text) for e in state.entities]

        ctx.messages = messages
        ctx.documents = [h.text for h in state.hits]
        ctx.documents_screened = lambda kept: self._screened(ctx, state, kept)
        self._render(ctx, state)
        dropped = self._fit(ctx, state)
        if dropped:
            info["passages_dropped"] = dropped  # they did not fit the context window
        if state.hits:
            info["citations"] = [h.citation() for h in state.hits]
            ctx.citations = [h.citation() for h in state.hits]
        if info:
            ctx.annotations["grounding"] = info

    # ----------------------------------------------------------------------------------- prompt

    def _render(self, ctx: RequestContext, state: GroundingState) -> None:
        s = self.grounding.settings
        parts = []
        if state.hits:
            passages = [{"document": h.document, "heading": h.heading, "text": h.text} for h in state.hits]
            parts.append(render(s.template, passages=passages))
        if state.entities:
            parts.append(render(s.entity_template, entities=[_entity(e, True) for e in state.entities]))
        assert ctx.messages is not None
        ctx.messages = put_grounding(ctx.messages, "\n\n".join(p for p in parts if p))

    def _screened(self, ctx: RequestContext, state: GroundingState, kept: list[str | None]) -> None:
        """The guard's `documents` rules dropped (None) or rewrote passages: the prompt and the
        citations show only what they kept, as they kept it."""
        hits = []
        for hit, text in zip(state.hits, kept):
            if text is not None:
                hit.text = text
                hits.append(hit)
        state.hits = hits
        ctx.citations = [h.citation() for h in hits]
        if "grounding" in ctx.annotations:
            ctx.annotations["grounding"]["citations"] = ctx.citations
        self._render(ctx, state)

    def _fit(self, ctx: RequestContext, state: GroundingState) -> int:
        """Drop the last passages, then the oldest recalled turns, until the prompt fits the
        window; the number of passages dropped."""
        window = ctx.provider.info().context_window
        if window is None:
            return 0
        assert ctx.messages is not None
        reserve = ctx.params.max_tokens or MIN_ANSWER_TOKENS
        dropped = 0
        while True:
            tokens = count_tokens(ctx.provider, ctx.messages)
            if tokens + reserve <= window:
                ctx.prompt_tokens = tokens
                return dropped
            if state.hits:
                state.hits.pop()
                dropped += 1
                ctx.documents = [h.text for h in state.hits]
                self._render(ctx, state)
                continue
            start = leading_system(ctx.messages)
            while start < len(ctx.messages) and is_grounding(ctx.messages[start]):
                start += 1
            if start >= len(ctx.messages) - state.request_turns:
                ctx.prompt_tokens = tokens
                return dropped  # only the request's own turns are left: preprocess fitted them
            del ctx.messages[start]  # the oldest recalled turn (or the summary)

    # ----------------------------------------------------------------------------------- models

    def _summarizer(self) -> Any:
        complete = catalogue_completer(self.catalogue, self.grounding.settings.memory.summary_model)
        return extractive_summary if complete is None else model_summarizer(complete)

    # ----------------------------------------------------------------------------------- after

    async def _wait_turn(self, ctx: RequestContext) -> None:
        """Queue this turn behind the session's previous one: mark it as the turn in progress
        (until it is stored or fails) before waiting, so turns that arrive together are served
        one after the other, each seeing the ones before it. The wait is bounded (STORE_WAIT_S):
        a turn never hangs on a previous one that never ends."""
        key = (ctx.principal.tenant, ctx.session or "")
        previous = self._turns.get(key)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._turns[key] = done

        def release(c: RequestContext) -> None:
            if c.status != 200 and not done.done():  # nothing will be stored
                done.set_result(None)
            if self._turns.get(key) is done and done.done():
                del self._turns[key]

        ctx.on_finish(release)
        ctx.put(_Turn(key, done))
        if previous is not None and not previous.done():
            try:
                await asyncio.wait_for(asyncio.shield(previous), STORE_WAIT_S)
            except TimeoutError:
                log.warning("session %s: the previous turn was not stored within %ss", ctx.session, STORE_WAIT_S)

    async def _store(self, ctx: RequestContext) -> None:
        state = ctx.slot(GroundingState)
        if state is None or not state.store or not ctx.session or ctx.messages is None:
            return
        conceal = ctx.conceal or (lambda s: s)
        turns = ctx.messages[len(ctx.messages) - state.request_turns :] if state.request_turns else []
        turns = [evolve(m, content=conceal(m.content)) for m in turns if not is_grounding(m)]
        if ctx.results:
            answer = ctx.results[0]
            turns.append(Message("assistant", conceal(answer.text), tool_calls=answer.tool_calls or None))
        turn = ctx.slot(_Turn)
        try:
            await asyncio.to_thread(self.grounding.memory.append, ctx.principal, ctx.session, turns, ctx.trace_id)
        finally:
            if turn is not None:
                if not turn.done.done():
                    turn.done.set_result(None)
                if self._turns.get(turn.key) is turn.done:
                    del self._turns[turn.key]


@dataclass
class _Turn:
    key: tuple[str, str]
    done: asyncio.Future[None]


def _entity(e: Any, mention: bool) -> dict[str, Any]:
    """A linked entity for the prompt or the trace; MENTION: with the user's words that named it."""
    out = {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "description": e.description,
        "mention": e.mention,
        "method": e.method,
        "score": round(float(e.score), 4),
    }
    if not mention:
        del out["mention"]
    return out
