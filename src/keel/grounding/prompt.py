"""Putting grounding into a chat prompt: the passages and linked entities rendered by the
configured Jinja2 templates into one system message (named `keel.grounding`, so the guard's
prompt-leak rule does not mistake it for the caller's system prompt), placed after the caller's
own system messages; recalled conversation turns go between those and the request's turns."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2.sandbox import SandboxedEnvironment

from keel.types import Message

GROUNDING_MESSAGE = "keel.grounding"


@lru_cache(maxsize=32)
def _template(source: str) -> Any:
    return SandboxedEnvironment(autoescape=False, keep_trailing_newline=True).from_string(source)


def render(template: str, **values: Any) -> str:
    return _template(template).render(**values).strip()


def leading_system(messages: list[Message]) -> int:
    """How many system/developer messages open the conversation."""
    n = 0
    while n < len(messages) and messages[n].role in ("system", "developer"):
        n += 1
    return n


def is_grounding(m: Message) -> bool:
    return m.role == "system" and m.name == GROUNDING_MESSAGE


def put_grounding(messages: list[Message], text: str) -> list[Message]:
    """MESSAGES with the grounding message set to TEXT (removed when TEXT is empty)."""
    out = [m for m in messages if not is_grounding(m)]
    if text:
        out.insert(leading_system(out), Message("system", text, GROUNDING_MESSAGE))
    return out
