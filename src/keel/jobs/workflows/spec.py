"""A workflow file: its parameters and a DAG of typed steps, checked as a whole.

    name: finetune
    params: {model: gemma-3-270m, min_score: 0.5}
    steps:
      validate: {type: data.validate, with: {path: data/train.jsonl}}
      train:
        type: train
        with: {data: "${{ steps.validate.outputs.path }}", model: "${{ params.model }}"}
        retries: 1
        backoff_s: 10
        timeout_s: 1800
      promote:
        type: promote
        needs: [train]
        if: ${{ steps.gate.outputs.passed }}
        with: {ref: "${{ steps.register.outputs.ref }}", label: staging}

`steps` is a mapping (name → step) or a list of steps each with a `name`. A step's
dependencies are its `needs` and every step its `with` or `if` refers to. `parse_workflow`
reports every problem at once, each with its file:line:column (keel.config.loader's machinery):
unknown keys and types, parameters a step type does not take or misses, references to unknown
parameters, steps or outputs, bad expressions, and cycles (named step by step).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from keel.config.loader import (
    ConfigError,
    ConfigProblem,
    _dotted,
    _line_order,
    _mapping,
    _where,
)
from keel.jobs.workflows import expr
from keel.jobs.workflows.steps import STEP_TYPES, StepType

NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,99}$")
Loc = tuple[Any, ...]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class FileModel(_Strict):
    name: str = Field(min_length=1, max_length=200)
    description: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    steps: Any = Field(description="a mapping of steps, or a list of steps with names")
    concurrency: int = Field(4, ge=1, le=64, description="steps running at once")


class StepModel(_Strict):
    name: str | None = None
    type: str
    with_: dict[str, Any] = Field(default_factory=dict, alias="with")
    needs: list[str] = Field(default_factory=list)
    if_: bool | str | None = Field(None, alias="if")
    retries: int = Field(0, ge=0, le=20)
    backoff_s: float = Field(1.0, ge=0, le=3600)
    timeout_s: float | None = Field(None, gt=0)
    cache: bool | None = None

    @field_validator("needs", mode="before")
    @classmethod
    def _one(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @field_validator("with_", mode="before")
    @classmethod
    def _empty(cls, v: Any) -> Any:
        return {} if v is None else v


@dataclass
class Step:
    name: str
    type: StepType
    with_: dict[str, Any]
    needs: list[str]  # as written
    deps: list[str]  # needs + every step referred to, in file order
    condition: expr.Expr | bool | None
    retries: int
    backoff_s: float
    timeout_s: float | None
    cache: bool
    loc: Loc = ()
    parsed: dict[str, expr.Expr] = field(default_factory=dict)  # the `with` references, parsed


@dataclass
class Workflow:
    name: str
    description: str | None
    params: dict[str, Any]
    steps: dict[str, Step]  # in file order
    concurrency: int
    source: str  # the YAML text
    path: str | None  # the file it was read from
    base: Path  # its folder: relative paths start here

    def order(self) -> list[str]:
        """The steps in a topological order (file order among those ready together)."""
        return [name for layer in self.layers() for name in layer]

    def layers(self) -> list[list[str]]:
        """Steps by depth: a step is one layer below its deepest dependency."""
        depth: dict[str, int] = {}

        def of(name: str) -> int:
            if name not in depth:
                deps = self.steps[name].deps
                depth[name] = 1 + max((of(d) for d in deps), default=-1)
            return depth[name]

        for name in self.steps:
            of(name)
        out: list[list[str]] = [[] for _ in range(max(depth.values(), default=-1) + 1)]
        for name in self.steps:
            out[depth[name]].append(name)
        return out

    def dependents(self, name: str) -> list[str]:
        """Every step downstream of NAME."""
        seen: list[str] = []
        for other in self.order():
            if any(d == name or d in seen for d in self.steps[other].deps):
                seen.append(other)
        return seen

    def run_params(self, given: dict[str, Any] | None = None) -> dict[str, Any]:
        """The defaults with GIVEN over them; ValueError naming unknown or missing ones."""
        given = dict(given or {})
        unknown = sorted(set(given) - set(self.params))
        if unknown:
            known = ", ".join(self.params) or "none"
            raise ValueError(f"unknown parameter(s) {', '.join(unknown)} (the workflow's: {known})")
        values = {**self.params, **given}
        missing = [k for k, v in values.items() if v is None and k not in given]
        if missing:
            raise ValueError(f"parameter(s) {', '.join(missing)} have no default: give --param {missing[0]}=VALUE")
        return values


# ---------------------------------------------------------------------------------- parsing


class _Problems:
    def __init__(self, source: str, marks: dict[Loc, yaml.Mark]) -> None:
        self.source, self.marks, self.items = source, marks, []  # type: list[ConfigProblem]

    def add(self, loc: Loc, message: str) -> None:
        self.items.append(ConfigProblem(_where(self.source, self.marks, loc), _dotted(loc), message))

    def pydantic(self, exc: ValidationError, prefix: Loc, skip: Any = None) -> None:
        for err in exc.errors():
            loc = (*prefix, *err["loc"])
            if skip is not None and skip(tuple(err["loc"]), err):
                continue
            msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"].removeprefix("Value error, ")
            self.add(loc, msg)


def _strings(value: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, (*loc, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, (*loc, i))


def _entries(steps: Any, out: _Problems) -> list[tuple[str, Loc, Any]]:
    """(name, key path, raw step) of each step, mapping or list form."""
    if isinstance(steps, dict):
        if not steps:
            out.add(("steps",), "no steps")
        return [(str(name), ("steps", name), raw) for name, raw in steps.items()]
    if isinstance(steps, list):
        if not steps:
            out.add(("steps",), "no steps")
        entries = []
        for i, raw in enumerate(steps):
            name = raw.get("name") if isinstance(raw, dict) else None
            if not isinstance(name, str):
                out.add(("steps", i), "a step in a list needs a name")
                continue
            entries.append((name, ("steps", i), raw))
        return entries
    out.add(("steps",), "steps: a mapping of name → step, or a list of steps with names")
    return []


def _refs(value: Any, loc: Loc, out: _Problems) -> tuple[dict[str, expr.Expr], list[tuple[Loc, expr.Expr]]]:
    parsed: dict[str, expr.Expr] = {}
    found: list[tuple[Loc, expr.Expr]] = []
    for where, text in _strings(value, loc):
        if "${{" in text and "}}" not in text[text.index("${{") :]:
            out.add(where, "a reference is not closed: ${{ … }}")
        for inner in expr.references(text):
            try:
                e = expr.parse(inner)
            except expr.ExprError as exc:
                out.add(where, str(exc))
                continue
            parsed[inner] = e
            found.append((where, e))
    return parsed, found


def _check_refs(
    found: list[tuple[Loc, expr.Expr]], name: str, params: dict[str, Any], raws: dict[str, Any], out: _Problems
) -> set[str]:
    """Problems of references to unknown parameters, steps and outputs; the steps referred to."""
    used: set[str] = set()
    for where, e in found:
        for p in sorted(e.params):
            if p not in params:
                out.add(where, f"unknown parameter {p!r} (the workflow's: {', '.join(params) or 'none'})")
        for s in sorted(e.steps):
            if s == name:
                out.add(where, f"step {name!r} refers to itself")
            elif s not in raws:
                out.add(where, f"unknown step {s!r}")
            else:
                used.add(s)
        for s, key in sorted(e.outputs):
            t = STEP_TYPES.get(raws.get(s, {}).get("type")) if isinstance(raws.get(s), dict) else None
            if t is not None and t.outputs is not None and key not in t.outputs:
                out.add(where, f"step {s!r} ({t.name}) has no output {key!r}; its outputs: {', '.join(t.outputs)}")
    return used


def _with_problems(t: StepType, with_: dict[str, Any], loc: Loc, out: _Problems) -> None:
    """The step type's parameters, checked now as far as they can be: a value holding a
    reference is checked once the run has resolved it."""
    try:
        t.params.model_validate(with_)
    except ValidationError as exc:

        def later(err_loc: Loc, err: dict[str, Any]) -> bool:
            if not err_loc:
                return any(expr.has_reference(v) for v in with_.values())  # a check across fields
            return expr.has_reference(with_.get(err_loc[0]))

        out.pydantic(exc, (*loc, "with"), skip=later)


def _cycle(steps: dict[str, list[str]]) -> list[str] | None:
    """A cycle of STEPS (name → deps) as [a, b, …, a], or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for d in steps.get(n, []):
            if state.get(d) == 1:
                return [*stack[stack.index(d) :], d]
            if d not in state:
                found = visit(d)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return None

    for n in steps:
        if n not in state:
            found = visit(n)
            if found:
                return found
    return None


def _step(
    name: str, m: StepModel, loc: Loc, params: dict[str, Any], raws: dict[str, Any], out: _Problems
) -> Step | None:
    """Step NAME checked against its type and the rest of the workflow (problems into OUT);
    None when its type is unknown."""
    t = STEP_TYPES.get(m.type)
    if t is None:
        out.add((*loc, "type"), f"unknown step type {m.type!r}; known: {', '.join(sorted(STEP_TYPES))}")
    else:
        _with_problems(t, m.with_, loc, out)
    for i, need in enumerate(m.needs):
        if need not in raws:
            out.add((*loc, "needs", i), f"unknown step {need!r}")
        elif need == name:
            out.add((*loc, "needs", i), "a step cannot need itself")
    parsed, found = _refs(m.with_, (*loc, "with"), out)
    cond: expr.Expr | bool | None = None
    try:
        cond = expr.condition(m.if_)
    except expr.ExprError as exc:
        out.add((*loc, "if"), str(exc))
    if isinstance(cond, expr.Expr):
        found.append(((*loc, "if"), cond))
    used = _check_refs(found, name, params, raws, out)
    if t is None:
        return None
    deps = [d for d in raws if (d in m.needs or d in used) and d != name]
    cache = t.cache if m.cache is None else m.cache
    return Step(name, t, m.with_, m.needs, deps, cond, m.retries, m.backoff_s, m.timeout_s, cache, loc, parsed)


def parse_workflow(text: str, source: str = "<workflow>", base: str | Path | None = None) -> Workflow:
    """A Workflow from YAML TEXT; ConfigError with every problem, each at its file:line:column."""
    data, marks = _mapping(text, source, [])
    out = _Problems(source, marks)
    top: FileModel | None = None
    try:
        top = FileModel.model_validate(data)
    except ValidationError as exc:
        out.pydantic(exc, ())
    params = data.get("params") if isinstance(data.get("params"), dict) else {}
    for p in params:
        if not isinstance(p, str) or not NAME.match(p):
            out.add(("params", p), "a parameter name is letters, digits and _ (not starting with a digit)")
    entries = _entries(data.get("steps"), out) if "steps" in data else []
    raws = {name: raw for name, _, raw in entries}
    models: dict[str, tuple[StepModel, Loc]] = {}
    seen: set[str] = set()
    for name, loc, raw in entries:
        if name in seen:
            out.add(loc, f"step name {name!r} is used twice")
        seen.add(name)
        if not NAME.match(name):
            out.add(loc, f"step name {name!r}: letters, digits and _ (not starting with a digit)")
        if not isinstance(raw, dict):
            out.add(loc, "a step is a mapping: type, with, needs, if, retries, backoff_s, timeout_s, cache")
            continue
        try:
            models[name] = (StepModel.model_validate(raw), loc)
        except ValidationError as exc:
            out.pydantic(exc, loc)
            if isinstance(raw.get("with"), dict):  # its references are still checked
                _check_refs(_refs(raw["with"], (*loc, "with"), out)[1], name, params, raws, out)
    steps: dict[str, Step] = {}
    for name, (m, loc) in models.items():
        step = _step(name, m, loc, params, raws, out)
        if step is not None:
            steps[name] = step
    graph = {n: s.deps for n, s in steps.items()}
    cycle = _cycle(graph)
    if cycle is not None:
        out.add(next(loc for name, loc, _ in entries if name == cycle[0]), "a cycle: " + " → ".join(cycle))
    if out.items or top is None:
        raise ConfigError(sorted(out.items, key=_line_order))
    folder = Path(base) if base is not None else Path.cwd()
    return Workflow(top.name, top.description, dict(top.params), steps, top.concurrency, text,
                    None if source.startswith("<") else source, folder.resolve())  # fmt: skip


def load_workflow(path: str | Path) -> Workflow:
    """The workflow in file PATH (relative paths in it start from its folder)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([ConfigProblem(str(p), "", f"cannot read: {exc.strerror or exc}")]) from None
    wf = parse_workflow(text, str(p), p.resolve().parent)
    wf.path = str(p.resolve())
    return wf
