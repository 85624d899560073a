"""How the loopback upstreams decide on tool calls: deterministically, from the request alone.

A tool is called when the last user message mentions it (a word of its name other than a verb
like "get": `get_weather` is called for "What's the weather in Paris?"), or when the request
forces a call (a named tool, or "required"/"any": the first tool that fits, else the first tool).
Arguments are built from the tool's JSON Schema and the message: string parameters get the
proper nouns the message names ("Paris"), numbers its first number, enums the value it names.
When the message names several proper nouns and parallel calls are allowed, the tool is called
once for each ("Paris and Tokyo": two calls), as real models do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_VERBS = {"get", "set", "fetch", "find", "lookup", "look", "search", "list", "run", "call", "do", "make", "create"}


@dataclass
class Tool:
    name: str
    description: str
    schema: dict[str, Any]


def _keywords(name: str) -> list[str]:
    return [w for w in re.split(r"[_\-\s]+|(?<=[a-z])(?=[A-Z])", name.lower()) if len(w) > 2 and w not in _VERBS]


def mentions(tool: Tool, text: str) -> bool:
    lowered = text.lower()
    return any(k in lowered for k in _keywords(tool.name))


def proper_nouns(text: str) -> list[str]:
    """Capitalised words that do not open a sentence, runs of them joined ("New York")."""
    nouns: list[str] = []
    run: list[str] = []
    sentence_start = True
    for token in re.findall(r"[A-Za-z][\w'-]*|[.!?]", text):
        if token in ".!?":
            sentence_start = True
            if run:
                nouns.append(" ".join(run))
                run = []
            continue
        if token[0].isupper() and not sentence_start and token != "I":
            run.append(token)
        elif run:
            nouns.append(" ".join(run))
            run = []
        sentence_start = False
    if run:
        nouns.append(" ".join(run))
    return list(dict.fromkeys(nouns))


def _value(prop: dict[str, Any], text: str, noun: str | None) -> Any:
    if prop.get("enum"):
        return next((v for v in prop["enum"] if str(v).lower() in text.lower()), prop["enum"][0])
    kind = prop.get("type", "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind in ("integer", "number"):
        found = re.search(r"-?\d+(?:\.\d+)?", text)
        number = float(found.group()) if found else 1
        return int(number) if kind == "integer" else number
    if kind == "boolean":
        return True
    if kind == "array":
        return [noun or text]
    if kind == "object":
        return {}
    return noun if noun is not None else text


def arguments(schema: dict[str, Any], text: str, noun: str | None) -> dict[str, Any]:
    props = schema.get("properties") or {}
    names = schema.get("required") or list(props)
    return {n: _value(props.get(n) or {}, text, noun) for n in names}


def plan(
    tools: list[Tool], text: str, forced: str | None, required: bool, parallel: bool
) -> list[tuple[str, dict[str, Any]]]:
    """The (name, arguments) of each call the fake model makes; [] to answer with text."""
    if forced is not None:
        chosen = [t for t in tools if t.name == forced]
    else:
        chosen = [t for t in tools if mentions(t, text)]
        if not chosen and required:
            chosen = tools[:1]
    nouns = proper_nouns(text) or [None]
    calls = [(t.name, arguments(t.schema, text, n)) for t in chosen for n in nouns]
    return calls if parallel else calls[:1]


def split_arguments(arguments: str, size: int = 4) -> list[str]:
    """Arguments JSON in the small pieces a real server streams."""
    return [arguments[i : i + size] for i in range(0, len(arguments), size)] or [""]


def tokens(text: str) -> list[str]:
    """The fake's tokens: space-separated words, each but the first with its leading space."""
    return [w if i == 0 else " " + w for i, w in enumerate(text.split(" "))]
