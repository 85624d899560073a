"""The registry on the request path: prompt templates and experiment arms, fixed at resolution.

`Gateway.resolve` calls `resolve(ctx)` when a request calls a template or its model runs an
experiment. What it needs is in memory: which version each label points at (a snapshot taken
whenever the registry's revision moves) and versions compiled once (they never change), so the
request path reads no database except the first time an unlabelled old version is asked for.
The arm is picked before the template is rendered and before the cache key is computed; both
are recorded in `ctx.resolution`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from keel.errors import InvalidRequest, KeelError, NotFound, ServiceUnavailable
from keel.pipeline.context import PromptCall
from keel.registry.prompts import PromptRegistry, response_format_params
from keel.registry.refs import parse_ref
from keel.store.tables import Label, PromptVersion
from keel.types import GenerationParams, Message

if TYPE_CHECKING:
    from keel.config.server import PromptRule
    from keel.pipeline.context import RequestContext
    from keel.registry.assignment import Assigner


@dataclass(slots=True)
class Snapshot:
    revision: int = -1
    labels: dict[tuple[str, str], int] = field(default_factory=dict)  # (prompt, label) -> version
    latest: dict[str, int] = field(default_factory=dict)  # prompt -> newest version


class RegistryRuntime:
    def __init__(self, prompts: PromptRegistry, rules: PromptRules | None = None) -> None:
        self.prompts = prompts
        self.rules = rules or PromptRules([], "")
        self.snapshot = Snapshot()
        self.experiments: dict[str, Assigner] = {}  # public model name -> its running experiment

    def refresh(self, revision: int, experiments: dict[str, Assigner]) -> None:
        """Re-read the label table (in a worker thread: it reads the database) and compile what
        labels and newest versions point at, so requests find them ready."""
        with self.prompts.engine.connect() as conn:
            lt = Label.__table__
            labels = {
                (n, lb): v
                for n, lb, v in conn.execute(select(lt.c.name, lt.c.label, lt.c.version).where(lt.c.kind == "prompt"))
            }
            pv = PromptVersion.__table__
            latest = dict(conn.execute(select(pv.c.name, func.max(pv.c.version)).group_by(pv.c.name)).all())
        for name, version in [*((n, v) for (n, _), v in labels.items()), *latest.items()]:
            try:
                self.prompts.compiled(f"{name}/{version}")
            except Exception:  # a broken version is reported when a request asks for it
                pass
        self.snapshot = Snapshot(revision, labels, latest)
        self.experiments = experiments

    def enrolled(self, ctx: RequestContext) -> bool:
        """Does an experiment run on the name this request asked for, or on what it resolved to
        (a keel.yaml alias of the experiment's model)?"""
        return ctx.model in self.experiments or (
            ctx.resolution is not None and ctx.resolution.target in self.experiments
        )

    def version_of(self, ref: str) -> str:
        """NAME/VERSION for REF, from the snapshot (404 when the label or template is unknown)."""
        r = parse_ref(ref, "prompt")
        if r.version is not None:
            return f"{r.name}/{r.version}"
        snap = self.snapshot
        version = snap.labels.get((r.name, r.label)) if r.label else snap.latest.get(r.name)
        if version is None:
            if r.label:
                raise NotFound(
                    f"prompt {ref}: template {r.name!r} has no label {r.label!r}",
                    param="prompt",
                    code="prompt_not_found",
                )
            raise NotFound(f"prompt template {r.name!r} does not exist", param="prompt", code="prompt_not_found")
        return f"{r.name}/{version}"

    def resolve(self, ctx: RequestContext, lease_model: Any) -> None:
        """Pick the experiment arm (it may change the model) and render the prompt template."""
        call = ctx.prompt_call
        template_ref = None
        assigner = self.experiments.get(ctx.model)
        if assigner is None and ctx.resolution is not None:
            assigner = self.experiments.get(ctx.resolution.target)
        if assigner is not None:
            arm = assigner.assign(ctx, call)
            if arm is not None:
                template_ref = arm.prompt
                if arm.model:
                    lease_model(ctx, arm.model)
        if call is None:
            return
        try:
            ref = template_ref or self.version_of(call.ref)
            rendered = self._render(call, ref)
        except KeelError as exc:
            if not call.by_rule:
                raise
            raise ServiceUnavailable(  # the operator's rule is broken, not the caller's request
                f"the prompt rule picking {call.ref} cannot be applied: {exc.message}", code="prompt_rule_broken"
            ) from None
        if rendered.messages is not None:
            head = [Message(m["role"], m["content"]) for m in rendered.messages]
        else:
            head = [Message("user", rendered.text or "")]
        if call.by_rule:
            ctx.messages = _in_place_of_last_user(head, ctx.messages or [])
        else:
            ctx.messages = head + (ctx.messages or [])
        _apply_params(ctx, rendered.params, call.set_params)
        assert ctx.resolution is not None
        ctx.resolution.template = ref

    def _render(self, call: PromptCall, ref: str) -> Any:
        try:
            compiled = self.prompts.compiled(ref)
        except NotFound:
            raise NotFound(
                f"prompt {call.ref}: version {ref} does not exist", param="prompt", code="prompt_not_found"
            ) from None
        if compiled.kind == "partial":
            raise InvalidRequest(f"prompt {ref} is a partial: include it from a template", param="prompt")
        return compiled.render(call.variables)


def _in_place_of_last_user(head: list[Message], messages: list[Message]) -> list[Message]:
    """A rule's template replaces the last user message: its system messages first, then the
    conversation so far, then the rest of the template."""
    last = max((i for i, m in enumerate(messages) if m.role == "user"), default=None)
    history = messages if last is None else messages[:last] + messages[last + 1 :]
    system = [m for m in head if m.role in ("system", "developer")]
    return system + history + [m for m in head if m.role not in ("system", "developer")]


_DEFAULTS = GenerationParams()


def set_by_request(params: GenerationParams) -> frozenset[str]:
    """The parameters a request set itself (differing from the defaults), so a rule's template
    fills only the others."""
    return frozenset(
        name
        for name in (
            "temperature",
            "top_p",
            "max_tokens",
            "stop",
            "seed",
            "presence_penalty",
            "frequency_penalty",
            "response_format",
        )
        if getattr(params, name) != getattr(_DEFAULTS, name)
    )


class PromptRules:
    """keel.yaml's `registry.prompt_rules`: pick a template for chat requests that name none."""

    def __init__(self, rules: list[PromptRule], embedding_model: str) -> None:
        self.rules = rules
        self.embedding_model = embedding_model
        self._examples: dict[int, Any] = {}  # rule index -> unit vectors of its examples
        self._embedder: Any = None

    def applies(self, ctx: RequestContext) -> bool:
        return bool(self.rules) and ctx.route == "chat" and ctx.prompt_call is None and bool(ctx.messages)

    async def select(self, ctx: RequestContext) -> None:
        messages = ctx.messages or []
        text = next((m.content for m in reversed(messages) if m.role == "user"), None)
        if text is None:
            return
        vector = None
        for i, rule in enumerate(self.rules):
            if rule.models and ctx.model not in rule.models:
                continue
            if rule.metadata and any((ctx.metadata or {}).get(k) != v for k, v in rule.metadata.items()):
                continue
            if rule.intent:
                if vector is None:
                    vector = await self._embed_one(text)
                examples = await self._examples_of(i, rule)
                similarity = float((examples @ vector).max())
                if similarity < rule.threshold:
                    continue
                ctx.annotations["prompt_rule"] = {"rule": i, "similarity": round(similarity, 4)}
            else:
                ctx.annotations["prompt_rule"] = {"rule": i}
            ctx.prompt_call = PromptCall(rule.template, {rule.variable: text}, set_by_request(ctx.params), by_rule=True)
            return

    def _embedder_of(self) -> Any:
        if self._embedder is None:
            from keel.embeddings.embedder import shared_embedder

            self._embedder = shared_embedder(self.embedding_model)
        return self._embedder

    async def _embed_one(self, text: str) -> Any:
        return await self._embed([text], one=True)

    async def _examples_of(self, i: int, rule: PromptRule) -> Any:
        if i not in self._examples:
            self._examples[i] = await self._embed(list(rule.intent))
        return self._examples[i]

    async def _embed(self, texts: list[str], one: bool = False) -> Any:
        try:
            vectors = await self._embedder_of().embed(texts)
        except Exception as exc:  # e.g. sentence-transformers not installed
            raise ServiceUnavailable(
                f"prompt rules with intent examples need the sentence embedder: {exc}", code="prompt_rule_broken"
            ) from None
        return vectors[0] if one else vectors


def _apply_params(ctx: RequestContext, params: dict[str, Any], set_params: frozenset[str]) -> None:
    """The template's stored parameters, where the request did not set its own."""
    if not params:
        return
    p = ctx.params
    for key, value in params.items():
        if key in set_params or (key == "max_completion_tokens" and "max_tokens" in set_params):
            continue
        if key in ("max_tokens", "max_completion_tokens"):
            if "max_tokens" not in set_params and "max_completion_tokens" not in set_params:
                p.max_tokens = int(value)
        elif key == "stop":
            p.stop = [value] if isinstance(value, str) else list(value)
        elif key == "response_format":
            p.response_format = response_format_params(value)
        else:
            setattr(p, key, value)
