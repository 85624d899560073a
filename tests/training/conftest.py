"""Fine-tuning tests run the real model, briefly: a few rows, 1-4 steps, 64-token sequences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "examples" / "finetune" / "data"


def rows(name: str, n: int) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f][:n]


def write(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("ft-data")
    train = rows("support.jsonl", 275)[::25]  # 11 rows across the facts
    return {
        "train": write(d / "train.jsonl", train[:8]),
        "val": write(d / "val.jsonl", rows("test.jsonl", 4)),
        "old": write(d / "old.jsonl", [{"prompt": "What colour is the sky?", "completion": "Blue."}] * 4),
        "text": write(d / "text.jsonl", [{"text": (DATA / "facts.md").read_text(encoding="utf-8")[:1500]}]),
    }
