"""The stored value: the list of generations, as JSON."""

from __future__ import annotations

from typing import Any

import orjson

from keel.types import Generation

CACHEABLE_FINISH = ("stop", "length")


def cacheable(generations: list[Generation]) -> bool:
    """Only whole, non-empty answers that ended normally are worth serving again."""
    return bool(generations) and all(g.finish_reason in CACHEABLE_FINISH and g.text for g in generations)


def encode(generations: list[Generation]) -> bytes:
    return orjson.dumps(
        [
            {
                "text": g.text,
                "finish_reason": g.finish_reason,
                "prompt_tokens": g.prompt_tokens,
                "completion_tokens": g.completion_tokens,
            }
            for g in generations
        ]
    )


def decode(raw: bytes) -> list[Generation] | None:
    """The generations in RAW; None when it is not a value this version wrote."""
    try:
        items: Any = orjson.loads(raw)
        gens = [
            Generation(
                text=str(i["text"]),
                finish_reason=i["finish_reason"],
                prompt_tokens=int(i["prompt_tokens"]),
                completion_tokens=int(i["completion_tokens"]),
            )
            for i in items
        ]
    except (orjson.JSONDecodeError, TypeError, KeyError, ValueError):
        return None
    return gens if cacheable(gens) else None
