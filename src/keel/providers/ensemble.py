"""ensemble: several catalogue models answer one request together, served as one model name.

    models:
      - name: support-ensemble
        provider: ensemble
        params: {members: [support-a, support-b, support-c], mode: vote}

Each request goes to every member at once, through the member's own catalogue entry (so each
keeps its routing: deployments, retries, fallbacks, breakers). Then:

- `vote`: the answer most members gave wins, compared with case, whitespace and punctuation
  folded (`normalize: false` compares the exact text); tool calls are compared by name and
  arguments. A tie goes to the member listed first.
- `best_of`: every answer is scored and the highest score wins (a tie: the member listed first).
  `scorer` is an online eval scorer of `keel.evaluation.online` (`json_valid`, or a spec such as
  `{kind: contains, values: [refund]}`), or `judge`: the catalogue model `judge_model` grades each
  answer 1-5, scored (s - 1) / 4.

The answer is the winning member's own (text, tool calls, logprobs, finish reason), returned as an
`EnsembleGeneration`: its `ensemble` field names the winner and holds every member's vote or score
and usage (and why a member failed). Usage is the sum over the members that answered, plus the
judge's calls.

Members that fail or take longer than `timeout_s` are left out; when fewer than `min_members`
answered, the request fails with every member's reason (not retryable: each member has already
been retried by its own routing). Members are looked up when a request comes, not when the
configuration loads (they may be names served from the registry, or aliases), so an unknown
member is reported in the error of the request that needed it.

`stream()` cannot send anything before the choice is made (a vote needs every whole answer), so it
runs `complete()` and sends the chosen answer as one chunk: the first token arrives when the
slowest member has finished. `embed()` is not supported; `tokenize()` is None (members may use
different tokenizers; callers estimate).
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import re
import unicodedata
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from keel.errors import InvalidRequest, KeelError, ModelNotFound
from keel.types import (
    Embeddings,
    Generation,
    GenerationChunk,
    GenerationParams,
    GenerationRequest,
    Health,
    Message,
    ModelInfo,
    ToolCallDelta,
)

log = logging.getLogger(__name__)

JUDGE = "judge"
# the ensembles a request is inside now: a member that leads back to one of them is a cycle
_ACTIVE: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("keel_ensembles", default=())


def _online_scorer(spec: str | dict[str, Any]) -> Callable[[str], float]:
    from keel.evaluation import online

    spec = {"kind": spec} if isinstance(spec, str) else spec
    if spec.get("kind") not in online.KINDS:
        raise ValueError(
            f"unknown scorer {spec.get('kind')!r}; use {JUDGE} (with judge_model) "
            f"or an online scorer: {', '.join(online.KINDS)}"
        )
    try:
        return online.build("scorer", spec)
    except InvalidRequest as exc:
        raise ValueError(exc.message.removeprefix("online_eval.scorer: ")) from None


class EnsembleParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    members: list[str] = Field(
        min_length=2, description="catalogue model names (or aliases) that answer together, in tie-break order"
    )
    mode: Literal["vote", "best_of"] = Field("vote", description="vote: majority answer; best_of: highest score")
    scorer: str | dict[str, Any] | None = Field(
        None,
        description="best_of only: judge, or an online eval scorer (json_valid, or {kind: contains, values: [...]})",
    )
    judge_model: str | None = Field(None, description="scorer judge: the catalogue model that grades the answers")
    normalize: bool = Field(True, description="vote: compare answers with case, whitespace and punctuation folded")
    min_members: int = Field(1, ge=1, description="answers needed; fewer fail the request")
    timeout_s: float | None = Field(None, gt=0, description="a member answering later than this is left out")

    @field_validator("members")
    @classmethod
    def _distinct(cls, members: list[str]) -> list[str]:
        if any(not m.strip() for m in members):
            raise ValueError("member names must not be empty")
        repeated = sorted({m for m in members if members.count(m) > 1})
        if repeated:
            raise ValueError(f"members listed more than once: {', '.join(repeated)}")
        return members

    @field_validator("scorer")
    @classmethod
    def _known_scorer(cls, scorer: str | dict[str, Any] | None) -> str | dict[str, Any] | None:
        if scorer is not None and scorer != JUDGE:
            _online_scorer(scorer)
        return scorer

    @model_validator(mode="after")
    def _consistent(self) -> EnsembleParams:
        if self.mode == "best_of" and self.scorer is None:
            raise ValueError("mode best_of needs a scorer: judge (with judge_model) or an online scorer")
        if self.mode == "vote" and self.scorer is not None:
            raise ValueError("scorer is only used by mode best_of")
        if self.scorer == JUDGE and not self.judge_model:
            raise ValueError("scorer judge needs judge_model: the catalogue model that grades the answers")
        if self.judge_model and self.scorer != JUDGE:
            raise ValueError("judge_model is only used with scorer judge")
        if self.min_members > len(self.members):
            raise ValueError(f"min_members {self.min_members} is more than the {len(self.members)} members")
        return self


@dataclass
class EnsembleGeneration(Generation):
    """The winning member's answer, with how the ensemble chose it in `details["ensemble"]` (also
    `.ensemble`; the trace shows it): {mode, winner, members: {name: {answer, prompt_tokens,
    completion_tokens} or {error}}, then votes ([{answer, members}], most votes first) or scores
    ({name: score or None})}."""

    @property
    def ensemble(self) -> dict[str, Any] | None:
        return (self.details or {}).get("ensemble")


def normalize_answer(text: str) -> str:
    """TEXT with case, punctuation and whitespace folded: what a vote compares."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in text if not unicodedata.category(c).startswith("P"))
    return " ".join(text.split())


def _arguments(raw: str) -> str:
    try:
        return json.dumps(json.loads(raw), sort_keys=True)
    except ValueError:
        return raw.strip()


def vote_key(g: Generation, normalize: bool = True) -> tuple[Any, ...]:
    calls = tuple((c.name, _arguments(c.arguments)) for c in g.tool_calls or ())
    return (normalize_answer(g.text) if normalize else g.text, calls)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "did not answer in time (timeout_s)"
    if isinstance(exc, ModelNotFound):
        return "is not in the catalogue (ensemble members are looked up at request time: check params.members)"
    if isinstance(exc, KeelError):
        return exc.message
    return f"{type(exc).__name__}: {exc}"


def _request_fault(exc: BaseException) -> bool:
    """The request's own mistake (every member would refuse it), not a member's failure."""
    return isinstance(exc, KeelError) and 400 <= exc.status_code < 500 and exc.status_code not in (404, 408, 429)


def _transient(exc: BaseException) -> bool:
    return isinstance(exc, TimeoutError) or (isinstance(exc, KeelError) and exc.status_code in (408, 429, 503, 504))


JUDGE_PROMPT = """You are grading an answer to a request.

Request:
{request}

Answer:
{answer}

How well does the answer serve the request? Reply with one whole number from 1 (useless) to 5 (excellent), \
and nothing else."""
_SCORE = re.compile(r"\b([1-5])\b")


def _render(request: GenerationRequest) -> str:
    if request.messages is None:
        return request.prompt or ""
    return "\n".join(f"{m.role}: {m.content}" for m in request.messages)


class EnsembleProvider:
    """Members of the catalogue answering together (see the module's doc)."""

    Params: ClassVar[type[BaseModel]] = EnsembleParams
    needs: ClassVar[tuple[str, ...]] = ("catalogue",)  # handed over by Services.build_model

    def __init__(self, name: str, params: EnsembleParams, catalogue: Any) -> None:
        self.name = name
        self.params = params
        self.catalogue = catalogue  # keel.routing.catalogue.Catalogue: lease(name), get(name)
        self._score = _online_scorer(params.scorer) if params.scorer not in (None, JUDGE) else None

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        if self.name in self.params.members:
            raise ValueError(f"the ensemble {self.name!r} lists itself as a member")
        # the members are catalogue entries of their own: started, reloaded and closed there

    async def close(self) -> None:
        return None

    def info(self) -> ModelInfo:
        windows = []
        for member in self.params.members:
            try:
                window = self.catalogue.get(member).info().context_window
            except Exception:  # unknown or not ready yet: it cannot narrow the window
                continue
            if window is not None:
                windows.append(window)
        return ModelInfo(context_window=min(windows) if windows else None)

    def tokenize(self, text: str | list[Message]) -> list[int] | None:
        return None  # members may tokenize differently

    async def health(self) -> Health:
        async def one(member: str) -> bool:
            try:
                async with asyncio.timeout(5):
                    return (await self.catalogue.get(member).health()).ready
            except Exception:
                return False

        members = self.params.members
        healthy = await asyncio.gather(*(one(m) for m in members))
        up = [m for m, ok in zip(members, healthy, strict=True) if ok]
        down = [m for m, ok in zip(members, healthy, strict=True) if not ok]
        detail = f"{len(up)}/{len(members)} members healthy" + (f" (down: {', '.join(down)})" if down else "")
        return Health(len(up) * 2 > len(members), detail)

    # ------------------------------------------------------------------ generation

    async def _ask(self, member: str, request: GenerationRequest) -> Generation:
        """MEMBER's answer, through its catalogue entry (held until the answer is in)."""
        lease = self.catalogue.lease(member)
        try:
            async with asyncio.timeout(self.params.timeout_s):
                return await lease.model.complete(request)
        finally:
            lease.release()

    async def complete(self, request: GenerationRequest) -> Generation:
        chain = _ACTIVE.get()
        if self.name in chain:
            raise KeelError(
                f"The ensemble '{self.name}' reaches itself through its members ({' → '.join((*chain, self.name))})",
                code="ensemble_cycle",
            )
        token = _ACTIVE.set((*chain, self.name))  # seen by the members' and the judge's calls
        try:
            return await self._complete(request)
        finally:
            _ACTIVE.reset(token)

    async def _complete(self, request: GenerationRequest) -> Generation:
        members = self.params.members
        results = await asyncio.gather(*(self._ask(m, request) for m in members), return_exceptions=True)
        answers: dict[str, Generation] = {}
        errors: dict[str, BaseException] = {}
        for member, result in zip(members, results, strict=True):
            if isinstance(result, Generation):
                answers[member] = result
            else:
                errors[member] = result
                log.warning("ensemble %s: member %s left out: %s", self.name, member, _reason(result))
        if len(answers) < self.params.min_members:
            raise self._too_few(answers, errors)
        record: dict[str, Any] = {"mode": self.params.mode, "winner": None, "members": {}}
        for member in members:
            if member in answers:
                g = answers[member]
                record["members"][member] = {
                    "answer": g.text,
                    "prompt_tokens": g.prompt_tokens,
                    "completion_tokens": g.completion_tokens,
                }
            else:
                record["members"][member] = {"error": _reason(errors[member])}
        judge_usage = (0, 0)
        if self.params.mode == "vote":
            winner = self._vote(answers, record)
        else:
            winner, judge_usage = await self._best_of(request, answers, record)
        record["winner"] = winner
        log.debug("ensemble %s: %s", self.name, record)
        chosen = answers[winner]
        return EnsembleGeneration(
            text=chosen.text,
            finish_reason=chosen.finish_reason,
            prompt_tokens=sum(g.prompt_tokens for g in answers.values()) + judge_usage[0],
            completion_tokens=sum(g.completion_tokens for g in answers.values()) + judge_usage[1],
            tool_calls=chosen.tool_calls,
            logprobs=chosen.logprobs,
            details={"ensemble": record},
        )

    def _too_few(self, answers: dict[str, Generation], errors: dict[str, BaseException]) -> KeelError:
        failures = list(errors.values())
        first = failures[0] if failures else None
        if isinstance(first, KeelError) and not answers and all(_request_fault(e) for e in failures):
            return first  # every member refused the request itself (e.g. a bad parameter): say so as it is
        reasons = "; ".join(f"'{m}' {_reason(e)}" for m, e in errors.items())
        message = (
            f"The ensemble '{self.name}' got {len(answers)} of {len(self.params.members)} answers, fewer than "
            f"min_members {self.params.min_members}: {reasons}"
        )
        if all(_transient(e) for e in failures):
            return KeelError(message, code="ensemble_quorum", status_code=503, retry_after=1)
        return KeelError(message, code="ensemble_quorum", status_code=502)

    def _vote(self, answers: dict[str, Generation], record: dict[str, Any]) -> str:
        groups: dict[tuple[Any, ...], list[str]] = {}  # in member order: the first group of a size wins
        for member, g in answers.items():
            groups.setdefault(vote_key(g, self.params.normalize), []).append(member)
        ranked = sorted(groups.values(), key=len, reverse=True)  # stable: ties keep member order
        record["votes"] = [{"answer": answers[group[0]].text, "members": group} for group in ranked]
        return ranked[0][0]

    async def _best_of(
        self, request: GenerationRequest, answers: dict[str, Generation], record: dict[str, Any]
    ) -> tuple[str, tuple[int, int]]:
        usage = (0, 0)
        if self._score is not None:
            scores: dict[str, float | None] = {m: self._score(g.text) for m, g in answers.items()}
        else:
            judged = await asyncio.gather(*(self._judge(request, g) for g in answers.values()))
            scores = {}
            for member, (score, p, c, error) in zip(answers, judged, strict=True):
                scores[member] = score
                usage = (usage[0] + p, usage[1] + c)
                if error is not None:
                    record["members"][member]["judge_error"] = error
            record["judge"] = {
                "model": self.params.judge_model,
                "prompt_tokens": usage[0],
                "completion_tokens": usage[1],
            }
        record["scores"] = scores
        scored = {m: s for m, s in scores.items() if s is not None}
        if not scored:
            record["note"] = "no answer could be scored: the first member's answer is used"
            return next(iter(answers)), usage
        best = max(scored.values())
        return next(m for m, s in scored.items() if s == best), usage  # a tie: the member listed first

    async def _judge(self, request: GenerationRequest, g: Generation) -> tuple[float | None, int, int, str | None]:
        """(score in 0..1 or None, the judge's prompt and completion tokens, why there is no score)."""
        assert self.params.judge_model is not None
        answer = (
            g.text if not g.tool_calls else f"{g.text}\n(tool calls: {[(c.name, c.arguments) for c in g.tool_calls]})"
        )
        prompt = JUDGE_PROMPT.format(request=_render(request), answer=answer)
        ask = GenerationRequest(
            params=GenerationParams(max_tokens=8, temperature=0.0, seed=0),
            messages=[Message("user", prompt)],
            region=request.region,
        )
        try:
            reply = await self._ask(self.params.judge_model, ask)
        except Exception as exc:
            return None, 0, 0, f"the judge '{self.params.judge_model}' {_reason(exc)}"
        found = _SCORE.search(reply.text)
        if found is None:
            return (
                None,
                reply.prompt_tokens,
                reply.completion_tokens,
                f"no 1-5 score in the judge's reply {reply.text!r}",
            )
        return (int(found.group(1)) - 1) / 4, reply.prompt_tokens, reply.completion_tokens, None

    async def stream(self, request: GenerationRequest) -> AsyncIterator[GenerationChunk]:
        """The chosen answer as one chunk, once every member has answered (see the module's doc)."""
        g = await self.complete(request)
        calls = [ToolCallDelta(i, c.id, c.name, c.arguments) for i, c in enumerate(g.tool_calls or [])]
        yield GenerationChunk(
            g.text,
            finish_reason=g.finish_reason,
            prompt_tokens=g.prompt_tokens,
            completion_tokens=g.completion_tokens,
            tool_calls=calls or None,
            logprobs=g.logprobs,
        )

    async def embed(self, texts: list[str]) -> Embeddings:
        raise InvalidRequest(
            f"The model '{self.name}' is an ensemble and does not embed; ask one of its members "
            f"({', '.join(self.params.members)}) instead",
            param="model",
            code="unsupported",
        )


__all__ = ["EnsembleGeneration", "EnsembleParams", "EnsembleProvider", "normalize_answer", "vote_key"]
