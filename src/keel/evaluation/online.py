"""Online eval scorers: cheap checks of each answer the gateway serves, needing no reference
answer, scored 1 (passes) or 0. Experiments record them per request as outcome metrics
(`eval:NAME`), compared between arms like any rate.

    json_valid              the answer parses as JSON (a ```json fence around it is allowed)
    regex    pattern        the pattern is found in the answer (Python `re`, search)
    contains values, all    the answer contains all (or, all: false, any) of the values (case-insensitive)
    not_contains values     the answer contains none of the values (case-insensitive)
    max_chars limit         the answer is at most LIMIT characters long
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from keel.errors import InvalidRequest

Scorer = Callable[[str], float]
KINDS = ("json_valid", "regex", "contains", "not_contains", "max_chars")
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def _json_valid(text: str) -> float:
    fenced = _FENCE.match(text)
    try:
        json.loads(fenced.group(1) if fenced else text)
    except ValueError:
        return 0.0
    return 1.0


def build(name: str, spec: dict[str, Any]) -> Scorer:
    """The scorer SPEC describes ({"kind": ..., its options}); a clear 400 for a bad one."""
    where = f"online_eval.{name}"
    if not isinstance(spec, dict) or spec.get("kind") not in KINDS:
        raise InvalidRequest(f"{where}: kind must be one of {', '.join(KINDS)}", param=where)
    kind = spec["kind"]
    options = {k: v for k, v in spec.items() if k != "kind"}
    allowed = {
        "json_valid": set(),
        "regex": {"pattern"},
        "contains": {"values", "all"},
        "not_contains": {"values"},
        "max_chars": {"limit"},
    }[kind]
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise InvalidRequest(f"{where}: unknown option(s) {unknown} for {kind}", param=where)
    if kind == "json_valid":
        return _json_valid
    if kind == "regex":
        try:
            pattern = re.compile(str(options["pattern"]))
        except (KeyError, re.error) as exc:
            raise InvalidRequest(f"{where}: give a valid `pattern` ({exc})", param=where) from None
        return lambda text: 1.0 if pattern.search(text) else 0.0
    if kind in ("contains", "not_contains"):
        values = options.get("values")
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
            raise InvalidRequest(f"{where}: `values` is a non-empty list of strings", param=where)
        lowered = [v.lower() for v in values]
        if kind == "not_contains":
            return lambda text: 0.0 if any(v in text.lower() for v in lowered) else 1.0
        need = all if options.get("all", True) else any
        return lambda text: 1.0 if need(v in text.lower() for v in lowered) else 0.0
    limit = options.get("limit")
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise InvalidRequest(f"{where}: `limit` is a whole number ≥ 1", param=where)
    return lambda text: 1.0 if len(text) <= limit else 0.0


def build_all(specs: dict[str, Any] | None) -> dict[str, Scorer]:
    if not specs:
        return {}
    if not isinstance(specs, dict):
        raise InvalidRequest("online_eval: a mapping NAME -> {kind, options}", param="online_eval")
    for name in specs:
        if not re.match(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$", str(name)):
            raise InvalidRequest(f"online_eval: {name!r} is not a valid scorer name", param="online_eval")
    return {str(name): build(str(name), spec) for name, spec in specs.items()}
