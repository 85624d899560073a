"""bias.jsonl (stereotyping vs neutral) and the shipped bias_examples.jsonl."""

from __future__ import annotations

import random

from bias_texts import BIASED_CORPUS, BIASED_EVAL, NEUTRAL_EVAL
from common import assert_disjoint, assert_unique, finish


def build(seed: int = 4005) -> tuple[list[dict], list[dict]]:
    r = random.Random(seed)
    rows = [{"text": t, "label": "biased", "group": g} for g, texts in BIASED_EVAL.items() for t in texts]
    rows += [{"text": t, "label": "neutral", "group": g} for g, texts in NEUTRAL_EVAL.items() for t in texts]
    corpus = [{"text": t, "category": g} for g, texts in BIASED_CORPUS.items() for t in texts]
    assert_unique([row["text"] for row in corpus], "bias corpus")
    assert_disjoint([row["text"] for row in rows], [row["text"] for row in corpus], "bias")
    return finish(r, rows, "bias"), corpus
