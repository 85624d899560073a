"""Cache keys: what makes two requests "the same question".

Exact key: sha256 over canonical JSON (orjson, sorted keys) of the model, the tenant, the
messages (role + content) or the prompt, and every parameter that changes the output.

Semantic scope: the partition a semantic lookup searches in. Two chat requests can only share
an answer when everything but the wording of the last user message is the same — model, tenant,
system prompt, earlier turns, output-changing parameters — and the numbers in that message are
the same too (embeddings barely tell "2 + 2" from "2 + 3"). The text that is embedded is the
last user message alone.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import orjson

from keel.types import GenerationParams, Message

KEY_VERSION = 1
SYSTEM_ROLES = ("system", "developer")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class CacheQuery:
    """One request as the cache sees it: chat `messages` or a raw `prompt`."""

    model: str
    tenant: str
    params: GenerationParams
    n: int = 1
    messages: list[Message] | None = None
    prompt: str | None = None


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON: sorted keys at every level, no whitespace."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()


def _float(x: float | None) -> float | None:
    return None if x is None else float(x)


def output_params(params: GenerationParams, n: int) -> dict[str, Any]:
    """The parameters that change what the model answers, in one canonical form."""
    out: dict[str, Any] = {
        "temperature": _float(params.temperature),
        "top_p": _float(params.top_p),
        "max_tokens": params.max_tokens,
        "stop": sorted(set(params.stop)),
        "seed": params.seed,
        "presence_penalty": float(params.presence_penalty),
        "frequency_penalty": float(params.frequency_penalty),
        "response_format": params.response_format,
        "n": n,
    }
    if params.tools:  # only when used, so keys of plain requests stay what they were
        out["tools"] = params.tools
        out["tool_choice"] = params.tool_choice
        out["parallel_tool_calls"] = params.parallel_tool_calls
    if params.logprobs:
        out["logprobs"] = params.top_logprobs
    for key in ("top_k", "min_p"):  # only when set, so keys of plain requests stay what they were
        if getattr(params, key) is not None:
            out[key] = getattr(params, key)
    if params.logit_bias:
        out["logit_bias"] = sorted(params.logit_bias.items())
    return out


def _turns(messages: list[Message]) -> list[list[Any]]:
    return [[m.role, m.content] if m.tool_calls is None and m.tool_call_id is None else _turn(m) for m in messages]


def _turn(m: Message) -> list[Any]:
    if m.tool_calls is None and m.tool_call_id is None:
        return [m.role, m.content]
    calls = [[c.id, c.name, c.arguments] for c in m.tool_calls or ()]
    return [m.role, m.content, calls, m.tool_call_id]


def exact_key(q: CacheQuery) -> str:
    body: dict[str, Any] = {
        "v": KEY_VERSION,
        "model": q.model,
        "tenant": q.tenant,
        "params": output_params(q.params, q.n),
    }
    if q.messages is not None:
        body["messages"] = _turns(q.messages)
    else:
        body["prompt"] = q.prompt
    return digest(body)


@dataclass(frozen=True)
class SemanticTarget:
    scope: str  # hash of everything that must match exactly
    text: str  # what gets embedded: the last user message


def semantic_target(q: CacheQuery, embedding_model: str = "") -> SemanticTarget | None:
    """Where a semantic lookup searches and what it embeds; None when it does not apply.

    It applies to chat requests whose last message is a non-empty user turn. Raw completions
    stay exact-only: a continuation of a paraphrased prompt is not the same continuation.
    EMBEDDING_MODEL is part of the scope: vectors from another model are not comparable.
    """
    if not q.messages or q.messages[-1].role != "user" or not q.messages[-1].content.strip():
        return None
    last, earlier = q.messages[-1], q.messages[:-1]
    system = [m.content for m in earlier if m.role in SYSTEM_ROLES]
    history = [_turn(m) for m in earlier if m.role not in SYSTEM_ROLES]
    scope = digest(
        {
            "v": KEY_VERSION,
            "embedding_model": embedding_model,
            "model": q.model,
            "tenant": q.tenant,
            "system": digest(system),
            "history": digest(history),
            "params": output_params(q.params, q.n),
            "numbers": sorted(_NUMBER.findall(last.content)),
        }
    )
    return SemanticTarget(scope, last.content.strip())
