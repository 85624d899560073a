"""Functions the example workflows call as `python` steps (module:function, found next to the
workflow file). A step's keyword arguments are its `with:`; the dict it returns is its outputs."""

from __future__ import annotations

import json
from pathlib import Path


def stats(path: str) -> dict:
    """Row count and average lengths of a prompt/completion JSONL file."""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    n = len(rows)
    return {
        "metrics": {
            "rows": n,
            "prompt_chars": round(sum(len(r["prompt"]) for r in rows) / n, 1) if n else 0.0,
            "completion_chars": round(sum(len(r["completion"]) for r in rows) / n, 1) if n else 0.0,
        }
    }
