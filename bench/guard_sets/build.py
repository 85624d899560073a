"""Regenerate every guard evaluation set (bench/guard_sets/*.jsonl) and shipped corpus (src/keel/guard/data/).

    python3 bench/guard_sets/build.py

Standard library only; every random choice comes from a seeded random.Random, so a run rewrites the files
byte for byte. Hand-written lists and templates live in the sibling modules. Also rewrites README.md.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import set_bias  # noqa: E402
import set_gibberish  # noqa: E402
import set_grounded  # noqa: E402
import set_injection  # noqa: E402
import set_language  # noqa: E402
import set_pii  # noqa: E402
import set_refusal  # noqa: E402
import set_relevance  # noqa: E402
import set_secrets  # noqa: E402
import set_topics  # noqa: E402
import set_toxicity  # noqa: E402
from common import norm, write_jsonl  # noqa: E402
from readme import render_readme  # noqa: E402

DATA = HERE.parents[1] / "src" / "keel" / "guard" / "data"


def eval_texts(rows: list[dict]) -> list[str]:
    out = []
    for row in rows:
        for key in ("text", "question", "answer"):
            if key in row:
                out.append(row[key])
    return out


def check_shared(evals: dict[str, list[dict]], shipped: dict[str, list[dict]]) -> None:
    """No shipped text equals an eval text; no shipped text contains an eval text of five words or more."""
    corpus = {norm(row["text"]): name for name, rows in shipped.items() for row in rows}
    for name, rows in evals.items():
        for text in eval_texts(rows):
            t = norm(text)
            assert t not in corpus, f"{name}: {text!r} is also in {corpus[t]}"
            if len(t.split()) >= 5:
                for c, where in corpus.items():
                    assert t not in c, f"{name}: {text!r} is inside a line of {where}"


def main() -> None:
    injection, injection_corpus, benign_corpus = set_injection.build()
    bias, bias_corpus = set_bias.build()
    evals = {
        "pii.jsonl": set_pii.build(),
        "secrets.jsonl": set_secrets.build(),
        "injection.jsonl": injection,
        "toxicity.jsonl": set_toxicity.build(),
        "bias.jsonl": bias,
        "refusal.jsonl": set_refusal.build(),
        "gibberish.jsonl": set_gibberish.build(),
        "language.jsonl": set_language.build(),
        "relevance.jsonl": set_relevance.build(),
        "grounded.jsonl": set_grounded.build(),
    }
    shipped = {
        "injection_corpus.jsonl": injection_corpus,
        "benign_corpus.jsonl": benign_corpus,
        "bias_examples.jsonl": bias_corpus,
        "banned_topics_examples.jsonl": set_topics.build(),
    }
    check_shared(evals, shipped)
    for name, rows in evals.items():
        write_jsonl(HERE / name, rows)
    for name, rows in shipped.items():
        write_jsonl(DATA / name, rows)
    (HERE / "README.md").write_text(render_readme(evals, shipped), encoding="utf-8", newline="\n")
    for name, rows in {**evals, **shipped}.items():
        print(f"{name:32} {len(rows):5} lines")
    print(Counter(s["entity"] for row in evals["pii.jsonl"] for s in row["spans"]).most_common())


if __name__ == "__main__":
    main()
