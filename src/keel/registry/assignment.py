"""Sticky assignment of callers to experiment arms: the request-path half of an experiment.

A caller is assigned by a hash of the experiment's name and its unit (the request's `user`, its
session id, or its API key), so the same caller always gets the same arm without any assignment
being stored. Prompt arms enrol only the requests that call that template; model arms enrol every
request on the experiment's model. Stopped arms get no new callers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from keel.evaluation.online import Scorer
from keel.registry.refs import parse_ref

if TYPE_CHECKING:
    from keel.pipeline.context import PromptCall, RequestContext


@dataclass(frozen=True, slots=True)
class Arm:
    name: str
    weight: float
    prompt: str | None = None  # NAME/VERSION
    model: str | None = None  # a public model name, or a registry version NAME/VERSION
    stopped: str | None = None  # why a guard rail stopped it

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "weight": self.weight}
        for key in ("prompt", "model", "stopped"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


@dataclass(frozen=True, slots=True)
class ArmState:
    """What the gateway records after the response: the experiment, the arm and the unit."""

    experiment: str
    arm: str
    unit: str
    scorers: dict[str, Scorer] | None = None  # online eval, scored on the answer after the response


def bucket(experiment: str, unit: str) -> float:
    """A uniform number in [0, 1) fixed by the experiment and the unit: the sticky assignment."""
    digest = hashlib.blake2b(f"{experiment}\0{unit}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


class Assigner:
    """The request-path view of one running experiment: sticky weighted assignment."""

    __slots__ = ("_bounds", "arms", "name", "prompt_name", "scorers", "unit")

    def __init__(self, name: str, arms: list[Arm], unit: str, scorers: dict[str, Scorer] | None = None) -> None:
        self.name = name
        self.arms = arms
        self.unit = unit
        self.scorers = scorers or None
        prompts = {a.prompt.rsplit("/", 1)[0] for a in arms if a.prompt}
        self.prompt_name = prompts.pop() if prompts else None
        live = [a for a in arms if a.stopped is None] or arms[:1]
        total = sum(a.weight for a in live)
        acc, bounds = 0.0, []
        for a in live:
            acc += a.weight / total
            bounds.append((acc, a))
        self._bounds = bounds

    def pick(self, unit: str) -> Arm:
        x = bucket(self.name, unit)
        for bound, arm in self._bounds:
            if x < bound:
                return arm
        return self._bounds[-1][1]

    def unit_of(self, ctx: RequestContext) -> str | None:
        if self.unit == "session":
            return ctx.session
        if self.unit == "user":
            return ctx.user or ctx.principal.id
        return ctx.principal.id

    def assign(self, ctx: RequestContext, call: PromptCall | None) -> Arm | None:
        if self.prompt_name is not None and (call is None or parse_ref(call.ref).name != self.prompt_name):
            return None  # a prompt experiment enrols the calls of its template only
        unit = self.unit_of(ctx)
        if not unit:
            return None
        arm = self.pick(unit)
        assert ctx.resolution is not None
        ctx.resolution.arm = f"{self.name}:{arm.name}"
        ctx.put(ArmState(self.name, arm.name, unit, self.scorers))
        return arm
