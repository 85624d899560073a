"""`${{ … }}` references and `if:` conditions of a workflow: parsed once, checked against the
workflow (which parameters and step outputs exist), evaluated without `eval`.

    ${{ params.model }}                          a run parameter
    ${{ steps.train.outputs.fine_tuned_model }}  an output of an earlier step
    ${{ steps.gate.status }}                     pending | succeeded | cached | failed | skipped
    ${{ steps.gate.outputs.passed and params.promote }}
    ${{ steps.eval.outputs.metrics.exact_match >= 0.5 }}

An expression is a small Python-like language: literals (numbers, 'strings', true, false, null),
the names `params` and `steps` with `.key` or `['key']` access, comparisons (== != < <= > >= in,
not in), `and` / `or` / `not` (also written && || !) and parentheses. Nothing else: no calls, no
arithmetic, no other names, so a workflow file cannot run code through an expression.

In `with:` a string that is one reference alone takes the referenced value as it is (a number, a
list, a mapping); references inside longer text are written into it.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

REF = re.compile(r"\$\{\{(.*?)\}\}", re.S)
_ROOTS = ("params", "steps")
_LITERALS = {"true": True, "false": False, "null": None, "True": True, "False": False, "None": None}
_STEP_FIELDS = ("outputs", "status")


class ExprError(ValueError):
    """An expression that cannot be parsed, or a reference that does not resolve."""


@dataclass(frozen=True)
class Expr:
    text: str
    tree: ast.expr
    params: frozenset[str] = frozenset()
    outputs: frozenset[tuple[str, str]] = frozenset()  # (step, output key)
    steps: frozenset[str] = frozenset()  # every step read (outputs or status)


def _python(text: str) -> str:
    """`&&`, `||` and `!` as Python's and / or / not (outside quoted strings)."""
    out, i, quote = [], 0, ""
    while i < len(text):
        ch = text[i]
        if quote:
            out.append(ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif text.startswith("&&", i):
            out.append(" and ")
            i += 1
        elif text.startswith("||", i):
            out.append(" or ")
            i += 1
        elif ch == "!" and not text.startswith("!=", i):
            out.append(" not ")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_ALLOWED = (
    ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub, ast.UAdd, ast.Compare,
    ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.In, ast.NotIn, ast.Constant, ast.Name,
    ast.Attribute, ast.Subscript, ast.Load, ast.List, ast.Tuple,
)  # fmt: skip


def _chain(node: ast.expr) -> list[Any] | None:
    """`steps.a.outputs['b']` as ['steps', 'a', 'outputs', 'b']; None for anything else."""
    parts: list[Any] = []
    while True:
        if isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Subscript):
            if not isinstance(node.slice, ast.Constant) or not isinstance(node.slice.value, str | int):
                return None
            parts.append(node.slice.value)
            node = node.value
        elif isinstance(node, ast.Name):
            parts.append(node.id)
            return parts[::-1]
        else:
            return None


def parse(text: str) -> Expr:
    """TEXT (the inside of `${{ }}`, or a bare `if:` condition) parsed and checked for shape."""
    source = _python(text.strip()).strip()
    if not source.strip():
        raise ExprError("an empty expression")
    try:
        tree = ast.parse(source, mode="eval").body
    except SyntaxError as exc:
        raise ExprError(f"not a valid expression: {text.strip()!r} ({exc.msg})") from None
    params: set[str] = set()
    outputs: set[tuple[str, str]] = set()
    steps: set[str] = set()

    def visit(node: ast.AST) -> None:
        if not isinstance(node, _ALLOWED):
            raise ExprError(f"{type(node).__name__.lower()} is not allowed in an expression: {text.strip()!r}")
        if isinstance(node, ast.Attribute | ast.Subscript | ast.Name):
            chain = _chain(node)  # type: ignore[arg-type]
            if chain is None:
                raise ExprError(f"only params.NAME and steps.NAME.outputs.KEY can be read: {text.strip()!r}")
            root = chain[0]
            if root in _LITERALS and len(chain) == 1:
                return
            if root not in _ROOTS:
                raise ExprError(f"unknown name {root!r}: an expression reads params.NAME or steps.NAME.outputs.KEY")
            if root == "params":
                if len(chain) < 2:
                    raise ExprError("read a parameter: params.NAME")
                params.add(str(chain[1]))
            else:
                if len(chain) < 3 or chain[2] not in _STEP_FIELDS or (chain[2] == "outputs" and len(chain) < 4):
                    got = ".".join(map(str, chain))
                    raise ExprError(
                        f"read a step's output or status: steps.NAME.outputs.KEY or steps.NAME.status, not {got}"
                    )
                steps.add(str(chain[1]))
                if chain[2] == "outputs":
                    outputs.add((str(chain[1]), str(chain[3])))
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return Expr(text.strip(), tree, frozenset(params), frozenset(outputs), frozenset(steps))


# ---------------------------------------------------------------------------- evaluation


@dataclass
class Scope:
    """What expressions read: the run's parameters and each finished step's status and outputs.
    LENIENT (conditions): the outputs of a step that did not run read as null."""

    params: dict[str, Any]
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> {"status", "outputs"}
    lenient: bool = False


def _read(chain: list[Any], scope: Scope) -> Any:
    if chain[0] == "params":
        value: Any = scope.params
        where = "params"
    else:
        name = chain[1]
        state = scope.steps.get(name)
        if state is None:
            raise ExprError(f"step {name!r} has not run")
        if chain[2] == "status":
            return state.get("status")
        if state.get("status") not in ("succeeded", "cached"):
            if scope.lenient:
                return None
            raise ExprError(f"step {name!r} is {state.get('status')}: it has no outputs")
        value, chain, where = state.get("outputs") or {}, chain[3:], f"steps.{name}.outputs"
        chain = ["", *chain]
    for key in chain[1:]:
        if (isinstance(value, dict) and key in value) or (
            isinstance(value, list) and isinstance(key, int) and -len(value) <= key < len(value)
        ):
            value = value[key]
        else:
            raise ExprError(f"{where} has no {key!r}")
        where = f"{where}.{key}"
    return value


def _compare(op: ast.cmpop, a: Any, b: Any) -> bool:
    try:
        if isinstance(op, ast.Eq):
            return bool(a == b)
        if isinstance(op, ast.NotEq):
            return bool(a != b)
        if isinstance(op, ast.In):
            return a in b
        if isinstance(op, ast.NotIn):
            return a not in b
        if isinstance(op, ast.Lt):
            return bool(a < b)
        if isinstance(op, ast.LtE):
            return bool(a <= b)
        if isinstance(op, ast.Gt):
            return bool(a > b)
        return bool(a >= b)
    except TypeError:
        raise ExprError(f"cannot compare {a!r} with {b!r}") from None


def _eval(node: ast.expr, scope: Scope) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.List | ast.Tuple):
        return [_eval(e, scope) for e in node.elts]
    if isinstance(node, ast.BoolOp):
        value: Any = None
        for v in node.values:
            value = _eval(v, scope)
            if isinstance(node.op, ast.And) and not value:
                return value
            if isinstance(node.op, ast.Or) and value:
                return value
        return value
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, scope)
        if isinstance(node.op, ast.Not):
            return not operand
        if not isinstance(operand, int | float) or isinstance(operand, bool):
            raise ExprError(f"a sign before {operand!r}, which is not a number")
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.Compare):
        left = _eval(node.left, scope)
        for op, right_node in zip(node.ops, node.comparators):
            right = _eval(right_node, scope)
            if not _compare(op, left, right):
                return False
            left = right
        return True
    chain = _chain(node)
    assert chain is not None  # parse() allowed only these
    if len(chain) == 1 and chain[0] in _LITERALS:
        return _LITERALS[chain[0]]
    return _read(chain, scope)


def evaluate(expr: Expr, scope: Scope) -> Any:
    return _eval(expr.tree, scope)


# ---------------------------------------------------------------------------- in values


def references(text: str) -> Iterator[str]:
    """The inside of every `${{ … }}` in TEXT."""
    for m in REF.finditer(text):
        yield m.group(1)


def has_reference(value: Any) -> bool:
    if isinstance(value, str):
        return "${{" in value
    if isinstance(value, dict):
        return any(has_reference(v) for v in value.values())
    if isinstance(value, list):
        return any(has_reference(v) for v in value)
    return False


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render(value: Any, scope: Scope, parsed: dict[str, Expr] | None = None) -> Any:
    """VALUE (a `with:` value: scalars, lists, mappings) with its references resolved."""
    parsed = {} if parsed is None else parsed

    def one(inner: str) -> Any:
        expr = parsed.get(inner)
        if expr is None:
            expr = parsed[inner] = parse(inner)
        return evaluate(expr, scope)

    if isinstance(value, str):
        whole = REF.fullmatch(value.strip())
        if whole is not None and value.strip().count("${{") == 1:
            return one(whole.group(1))
        return REF.sub(lambda m: _text(one(m.group(1))), value)
    if isinstance(value, dict):
        return {k: render(v, scope, parsed) for k, v in value.items()}
    if isinstance(value, list):
        return [render(v, scope, parsed) for v in value]
    return value


def condition(value: Any) -> Expr | bool | None:
    """An `if:` value: a YAML boolean, one `${{ expr }}`, or a bare expression."""
    if value is None or isinstance(value, bool):
        return value
    if not isinstance(value, str):
        raise ExprError(f"an `if:` condition is an expression or true/false, not {type(value).__name__}")
    text = value.strip()
    if "${{" in text:
        whole = REF.fullmatch(text)
        if whole is None or text.count("${{") != 1:
            raise ExprError("an `if:` condition is one expression: `${{ … }}` around all of it")
        text = whole.group(1)
    return parse(text)
