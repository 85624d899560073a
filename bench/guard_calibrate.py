"""Choose the injection scanner's default threshold on its TRAINING corpora only (never the eval set).

5-fold cross-validation over the shipped corpora (`keel/guard/data/injection_corpus.jsonl` and
`benign_corpus.jsonl`): for each fold, an InjectionScanner is trained on the other four folds and
scores the held-out texts exactly as in production (de-obfuscated views, sentences, lexical
model, semantic model on suspicious passages, rules). The out-of-fold scores give recall and
false-positive rate per threshold; the default threshold is the lowest one whose out-of-fold
false-positive rate on the benign corpus is at most --fpr (3%, the issue's bound; it was 2% until
the hand-written hard negatives of corpus_handwritten.py made the out-of-fold set harder). Benign
lines that only recombine other lines (--derived categories: several ordinary sentences of one
language joined into a message) are trained on but left out of the false-positive rate, which
they would dilute.

    .venv/bin/python bench/guard_calibrate.py [--fpr 0.03] [--folds 5] [--derived script_message]
        [--no-semantic] [--gate G] [--cross-style | --by-hand] [--show N]
        [--hand-weight W] [--no-benign-passages] [--no-witnesses] [--more-hands]

--no-semantic scores with the lexical model alone (no embeddings), as `semantic: false` does.
--cross-style replaces the folds with one harder split: train on the generated corpus lines and
score the hand-written ones (bench/guard_sets/corpus_handwritten.py: whole artefacts written by
other hands, in other styles), a check of how the scanner carries over to text unlike its
training lines that never touches the independent evaluation sets.
--by-hand holds out one hand at a time: each hand-written module (`set_corpus.HANDS`: whole
artefacts, each module written by another hand from its own brief) is scored by a scanner trained
on everything else, the other hands included: the closest the training data comes to "text from a
writer the scanner has never seen". It prints each hand's figures and the pooled ones.
--more-hands adds the hand-written modules that are not in the shipped corpora yet
(`set_corpus.MORE_HANDS`, empty now) to the training rows (and to --by-hand's hands); --hand-weight
W weighs every hand-written line W in the fit (the corpora give them `set_corpus.HAND_WEIGHT`);
--no-benign-passages trains on whole benign texts only, --no-witnesses on whole attack documents
instead of their witness passages (the scanner's `benign_passages` and `attack_witnesses`).
--show N prints the N highest-scoring held-out benign texts (the false positives to read).

Takes a few minutes the first time (the corpora are embedded once; later runs and every fold reuse
the per-text embedding cache).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fpr", type=float, default=0.03, help="out-of-fold false-positive rate to allow")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--derived", default="script_message", help="comma-separated benign categories not counted")
    ap.add_argument("--no-semantic", action="store_true", help="the lexical model alone, no embeddings")
    ap.add_argument("--gate", type=float, default=None, help="lexical probability from which a passage is embedded")
    ap.add_argument("--cross-style", action="store_true", help="train on generated lines, score the hand-written")
    ap.add_argument("--by-hand", action="store_true", help="hold out each hand-written module in turn")
    ap.add_argument("--more-hands", action="store_true", help="train on set_corpus.MORE_HANDS too (not shipped)")
    ap.add_argument("--hand-weight", type=float, default=None, help="training weight of hand-written lines")
    ap.add_argument("--no-benign-passages", action="store_true", help="train on whole benign texts only")
    ap.add_argument("--no-witnesses", action="store_true", help="train on whole attack documents, no witnesses")
    ap.add_argument("--show", type=int, default=0, help="print the N highest-scoring held-out benign texts")
    args = ap.parse_args()
    derived = {c for c in args.derived.split(",") if c}

    from keel.guard.base import ScanContext
    from keel.guard.corpus import load_corpus
    from keel.guard.scanners.injection import InjectionScanner

    attack_rows, benign_rows = load_corpus("injection_corpus"), load_corpus("benign_corpus")
    attacks = [r["text"] for r in attack_rows]
    benign = [(r["text"], r.get("category", "")) for r in benign_rows]
    weight = {r["text"]: r.get("weight", 1.0) for r in attack_rows + benign_rows}
    counted = {t for t, c in benign if c not in derived}
    rows = [(t, 1) for t in attacks] + [(t, 0) for t, _ in benign]
    random.Random(7).shuffle(rows)
    scores: list[tuple[float, int]] = []
    shown: list[tuple[float, str, str]] = []
    names = ["all"]
    sys.path.insert(0, str(Path(__file__).parent / "guard_sets"))
    import set_corpus

    modules = set_corpus.HANDS + (set_corpus.MORE_HANDS if args.more_hands else ())
    hands = {m.__name__: {text for _, text in m.ATTACKS + m.BENIGN} for m in modules}
    if args.more_hands:  # the hands that are not in the shipped corpora yet
        extra = [(t, 1) for m in set_corpus.MORE_HANDS for _, t in m.ATTACKS]
        extra += [(t, 0) for m in set_corpus.MORE_HANDS for _, t in m.BENIGN]
        rows += extra
        counted |= {t for t, y in extra if not y}
        weight.update({t: set_corpus.HAND_WEIGHT for t, _ in extra})
    if args.hand_weight is not None:
        weight.update({t: args.hand_weight for h in hands.values() for t in h})
    if args.cross_style:
        written = set().union(*hands.values())
        splits = [([r for r in rows if r[0] not in written], [r for r in rows if r[0] in written])]
    elif args.by_hand:
        names = list(hands)
        splits = [([r for r in rows if r[0] not in h], [r for r in rows if r[0] in h]) for h in hands.values()]
    else:
        fold = [i % args.folds for i in range(len(rows))]
        splits = [
            ([r for r, f in zip(rows, fold) if f != k], [r for r, f in zip(rows, fold) if f == k])
            for k in range(args.folds)
        ]
    with tempfile.TemporaryDirectory() as tmp:
        for k, (train, test) in enumerate(splits):
            pos, neg = Path(tmp, f"a{k}.jsonl"), Path(tmp, f"b{k}.jsonl")
            pos.write_text("".join(json.dumps({"text": t, "weight": weight[t]}) + "\n" for t, y in train if y))
            neg.write_text("".join(json.dumps({"text": t, "weight": weight[t]}) + "\n" for t, y in train if not y))
            scanner = InjectionScanner(
                corpus=str(pos),
                benign_corpus=str(neg),
                semantic=not args.no_semantic,
                benign_passages=not args.no_benign_passages,
                attack_witnesses=not args.no_witnesses,
            )
            if args.gate is not None:
                scanner.gate = args.gate
            scanner.warm()
            these = []
            for text, y in test:
                if y or text in counted:
                    result = scanner.scan(text, ScanContext())
                    these.append((result.score, y))
                    if not y:
                        shown.append((result.score, ", ".join(f.detail or f.entity for f in result.findings), text))
            if args.by_hand:
                print(f"held out {names[k]}:")
                _report(these, args.fpr, table=False)
            scores += these
            print(f"  split {k + 1}/{len(splits)} done", file=sys.stderr)
    print(
        f"out-of-fold scores: {sum(y for _, y in scores)} attacks, {sum(1 - y for _, y in scores)} benign "
        f"({len(benign) - len(counted)} derived benign lines trained on, not counted)"
    )
    _report(scores, args.fpr)
    for score, how, text in sorted(shown, reverse=True)[: args.show]:
        print(f"  {score:.2f} [{how}] {text[:300]!r}")
    return 0


def _report(scores: list[tuple[float, int]], fpr: float, table: bool = True) -> None:
    from keel.guard.scanners.injection import InjectionScanner

    n_pos = sum(y for _, y in scores)
    n_neg = len(scores) - n_pos
    if table:
        print(f"  {'threshold':>9} {'recall':>7} {'FP rate':>8}")
    chosen = None
    for t in [x / 100 for x in range(30, 100, 5)]:
        recall = sum(s >= t and y for s, y in scores) / n_pos
        rate = sum(s >= t and not y for s, y in scores) / n_neg
        if table:
            print(f"  {t:>9.2f} {recall:>7.3f} {rate:>8.3f}")
        if chosen is None and rate <= fpr:
            chosen = t
    default = InjectionScanner.threshold  # the scanner's default, wherever the loop's steps fall
    recall = sum(s >= default and y for s, y in scores) / n_pos
    rate = sum(s >= default and not y for s, y in scores) / n_neg
    print(f"  at {default}: recall {recall:.3f}, FP rate {rate:.3f}")
    print(f"  lowest threshold with FP rate <= {fpr}: {chosen}")
    benign_scores = sorted((s for s, y in scores if not y), reverse=True)
    for cap in (0.02, 0.03, 0.05):
        above = benign_scores[int(cap * n_neg)] if int(cap * n_neg) < n_neg else -1.0
        recall = sum(s > above and y for s, y in scores) / n_pos
        print(f"  best recall at FP rate <= {cap:.0%} (any threshold): {recall:.3f}")


if __name__ == "__main__":
    sys.exit(main())
