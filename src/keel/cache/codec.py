"""The stored value: the list of generations, as JSON."""

from __future__ import annotations

from typing import Any

import orjson

from keel.types import Generation, TokenLogprob, ToolCall, TopLogprob

CACHEABLE_FINISH = ("stop", "length", "tool_calls")


def cacheable(generations: list[Generation]) -> bool:
    """Only whole, non-empty answers that ended normally are worth serving again."""
    return bool(generations) and all(
        g.finish_reason in CACHEABLE_FINISH and (g.text or g.tool_calls) for g in generations
    )


def _item(g: Generation) -> dict[str, Any]:
    item: dict[str, Any] = {
        "text": g.text,
        "finish_reason": g.finish_reason,
        "prompt_tokens": g.prompt_tokens,
        "completion_tokens": g.completion_tokens,
    }
    if g.tool_calls:
        item["tool_calls"] = [[c.id, c.name, c.arguments] for c in g.tool_calls]
    if g.logprobs is not None:
        item["logprobs"] = [
            [t.token, t.logprob, t.bytes, [[a.token, a.logprob, a.bytes] for a in t.top]] for t in g.logprobs
        ]
    return item


def encode(generations: list[Generation]) -> bytes:
    return orjson.dumps([_item(g) for g in generations])


def _generation(i: dict[str, Any]) -> Generation:
    if len(i) == 4:  # a plain answer: no tool calls, no logprobs
        return Generation(str(i["text"]), i["finish_reason"], int(i["prompt_tokens"]), int(i["completion_tokens"]))
    calls = i.get("tool_calls")
    lps = i.get("logprobs")
    return Generation(
        text=str(i["text"]),
        finish_reason=i["finish_reason"],
        prompt_tokens=int(i["prompt_tokens"]),
        completion_tokens=int(i["completion_tokens"]),
        tool_calls=[ToolCall(str(a), str(b), str(c)) for a, b, c in calls] if calls else None,
        logprobs=None
        if lps is None
        else [TokenLogprob(t, float(lp), b, [TopLogprob(x, float(y), z) for x, y, z in top]) for t, lp, b, top in lps],
    )


def decode(raw: bytes) -> list[Generation] | None:
    """The generations in RAW; None when it is not a value this version wrote."""
    try:
        items: Any = orjson.loads(raw)
        gens = [_generation(i) for i in items]
    except (orjson.JSONDecodeError, TypeError, KeyError, ValueError):
        return None
    return gens if cacheable(gens) else None
