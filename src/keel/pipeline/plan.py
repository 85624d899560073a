"""Route plans: which stages run, in what order, checked from what each stage declares.

A stage class declares (all optional, as class attributes):

- `needs`: names of the services its constructor takes as keyword arguments (`keel.services`);
- `Config`: a pydantic model of its parameters (`{my_stage: {k: v}}` in a route), handed to the
  constructor as `config`;
- `provides`: facts it establishes on the context ("answer", "prompt.checked"…);
- `requires`: facts an earlier stage of the route must provide (else the route is refused);
- `after`: facts that, when some stage of the route provides them, must be provided earlier;
- `why`: {fact: reason}, shown when an order rule is broken.

Every route must provide "answer". The same checks run when keel.yaml loads (`check_pipeline`,
a keel.config_checks entry, so `keel config check` reports them with file:line) and when the
services build the pipelines from a `Settings` made in code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from keel.config import entry_name, entry_params
from keel.config.pipeline import check_routes
from keel.plugins import plugins

GROUP = "keel.stages"
ANSWER = "answer"


def stage_names() -> tuple[str, ...]:
    return plugins(GROUP).names()


def stage_class(name: str) -> Any:
    return plugins(GROUP).load(name)


def _facts(cls: Any, attr: str) -> frozenset[str]:
    return frozenset(getattr(cls, attr, ()) or ())


@dataclass
class PlannedStage:
    name: str
    cls: Any
    config: Any = None  # the stage's validated Config, or None


@dataclass
class RoutePlan:
    route: str
    stages: list[PlannedStage] = field(default_factory=list)


Problem = tuple[tuple[Any, ...], str]


def plan_route(route: str, entries: list[Any]) -> tuple[RoutePlan, list[Problem]]:
    """The plan for ROUTE and every problem found, as (key path, message)."""
    plan = RoutePlan(route)
    problems: list[Problem] = []
    where = ("pipeline", route)
    known = stage_names()
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        name = entry_name(entry)
        if name in seen:
            problems.append(((*where, i), f"route {route!r} lists a stage twice: {name!r}"))
            continue
        seen[name] = i
        if name not in known:
            problems.append(((*where, i), f"unknown stage {name!r}; registered stages: {', '.join(known)}"))
            continue
        try:
            cls = stage_class(name)
        except Exception as exc:  # a plugin that fails to import
            problems.append(((*where, i), f"stage {name!r} failed to load: {type(exc).__name__}: {exc}"))
            continue
        params = entry_params(entry)
        config = None
        schema = getattr(cls, "Config", None)
        if schema is not None:
            try:
                config = schema.model_validate(params)
            except ValidationError as exc:
                for err in exc.errors():
                    msg = "unknown parameter" if err["type"] == "extra_forbidden" else err["msg"]
                    problems.append(((*where, i, name, *err["loc"]), msg.removeprefix("Value error, ")))
                continue
        elif params:
            problems.append(((*where, i, name), f"stage {name!r} takes no parameters"))
            continue
        plan.stages.append(PlannedStage(name, cls, config))
    if len(plan.stages) == len(entries):  # order is only meaningful once every stage is known
        problems += _check_order(route, plan)
    return plan, problems


def _check_order(route: str, plan: RoutePlan) -> list[Problem]:
    problems: list[Problem] = []
    where = ("pipeline", route)
    providers: dict[str, list[int]] = {}
    for i, s in enumerate(plan.stages):
        for fact in _facts(s.cls, "provides"):
            providers.setdefault(fact, []).append(i)
    if ANSWER not in providers:
        return [(where, f"route {route!r} must include the 'generate' stage (no stage provides an answer)")]
    for i, s in enumerate(plan.stages):
        for fact in sorted(_facts(s.cls, "requires")):
            earlier = [j for j in providers.get(fact, ()) if j < i]
            if earlier:
                continue
            later = [j for j in providers.get(fact, ()) if j > i]
            if later:
                first = plan.stages[later[0]].name
                problems.append(((*where, i), f"route {route!r}: put {first!r} before {s.name!r} ({fact})"))
            else:
                problems.append(
                    ((*where, i), f"route {route!r}: stage {s.name!r} needs {fact!r}; no stage provides it")
                )
        for fact in sorted(_facts(s.cls, "after")):
            later = [j for j in providers.get(fact, ()) if j > i]
            if later:
                first = plan.stages[later[0]]
                why = getattr(s.cls, "why", {}).get(fact) or fact
                problems.append(((*where, i), f"route {route!r}: put {first.name!r} before {s.name!r} ({why})"))
    return problems


def plan_pipeline(pipeline: dict[str, list[Any]]) -> tuple[dict[str, RoutePlan], list[Problem]]:
    plans: dict[str, RoutePlan] = {}
    problems: list[Problem] = []
    for route, entries in pipeline.items():
        plans[route], found = plan_route(route, entries)
        problems += found
    return plans, problems


def check_pipeline(data: dict[str, Any], settings: Any) -> list[Problem]:
    """The keel.config_checks entry for the `pipeline` section; judged from the raw section
    when another section failed, so its problems are reported together with theirs."""
    if settings is not None:
        return plan_pipeline(settings.pipeline)[1]
    raw = data.get("pipeline")
    if not isinstance(raw, dict):
        return []
    try:
        pipeline = check_routes(raw)
    except ValueError:
        return []  # reported by the schema
    if not all(isinstance(v, list) and all(isinstance(e, str | dict) for e in v) for v in pipeline.values()):
        return []
    return plan_pipeline(pipeline)[1]
