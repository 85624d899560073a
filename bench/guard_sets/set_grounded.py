"""grounded.jsonl: answers of 2-4 sentences; `unsupported` indexes the sentences the context does not support."""

from __future__ import annotations

import random

from common import finish
from grounded_texts import SCENARIOS

# (supported, unsupported) sentence counts per variant of a scenario
VARIANTS = [(3, 0), (2, 1), (2, 2)]


def build(seed: int = 4010) -> list[dict]:
    r = random.Random(seed)
    rows = []
    for scenario in SCENARIOS:
        for n_sup, n_uns in VARIANTS:
            sup = r.sample(scenario["supported"], n_sup)
            uns = r.sample(scenario["unsupported"], n_uns)
            tagged = [(s, False) for s in sup] + [(s, True) for s in uns]
            r.shuffle(tagged)
            sentences = [s for s, _ in tagged]
            for s in sentences:
                assert s.count(".") == 1 and s.endswith("."), s
            rows.append(
                {
                    "context": scenario["context"],
                    "answer": " ".join(sentences),
                    "sentences": sentences,
                    "unsupported": [i for i, (_, bad) in enumerate(tagged) if bad],
                }
            )
    return finish(r, rows, "grd", unique=None)
