"""Reference texts shipped with Keel (keel/guard/data/*.jsonl) or given as a path by the user."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import orjson


@cache
def load_corpus(name: str) -> tuple[dict[str, Any], ...]:
    """Rows of a JSONL corpus: a shipped one by NAME (`injection_corpus`) or a file path."""
    path = Path(name).expanduser()
    if path.suffix == ".jsonl" and path.is_file():
        raw = path.read_bytes()
    else:
        res = resources.files("keel.guard") / "data" / f"{name}.jsonl"
        if not res.is_file():
            raise FileNotFoundError(f"no corpus {name!r}: neither a .jsonl file nor one shipped with keel.guard")
        raw = res.read_bytes()
    rows = tuple(orjson.loads(line) for line in raw.splitlines() if line.strip())
    if not all(isinstance(r, dict) and isinstance(r.get("text"), str) for r in rows):
        raise ValueError(f"corpus {name!r}: every line must be a JSON object with a 'text' string")
    return rows
