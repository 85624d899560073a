"""Compare ways of finding PERSON and LOCATION on the development set (ner_dev.jsonl), side by side.

Options: (a) the pii scanner with spaCy NER (en_core_web_sm) as before; (b) spaCy's tok2vec + ner
alone, one text at a time and batched with nlp.pipe; (c) the rules and lexicons (names.py); (d) the
rules with spaCy added where the rules found nothing. Overlap scoring as bench/guard_eval.py (a gold
entity is found when a predicted span of its type overlaps it); latency per 1 KB text (p50 / p99 ms
over 1 KB texts made of the set's texts). Recall on people none of whose names the lexicon holds is
reported apart ("unseen").

    .venv/bin/python bench/guard_sets/ner_dev/evaluate.py [--options a,b,c,d] [--errors c]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1]))
from guard_scoring import overlap_scores  # noqa: E402

TYPES = ["PERSON", "LOCATION"]
SPACY_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}


def rows() -> list[dict]:
    return [json.loads(x) for x in (HERE / "ner_dev.jsonl").read_text(encoding="utf-8").splitlines()]


def kb_texts(data: list[dict], n: int = 60) -> list[str]:
    out, buf = [], ""
    for r in data * 3:
        buf += r["text"] + "\n\n"
        if len(buf.encode()) >= 1024:
            out.append(buf.encode()[:1024].decode(errors="ignore"))
            buf = ""
        if len(out) == n:
            break
    return out


def predictors() -> dict[str, object]:
    from keel.guard.base import ScanContext
    from keel.guard.scanners import names
    from keel.guard.scanners.pii import SPACY_MODEL, PiiScanner

    spacy_pii = PiiScanner(entities=["PERSON", "LOCATION", "ORGANIZATION"], ner="spacy")
    rules_pii = PiiScanner(entities=["PERSON", "LOCATION", "ORGANIZATION"], ner="rules")

    def a(text: str):
        return [(f.entity, f.start, f.end) for f in spacy_pii.scan(text, ScanContext()).findings]

    import spacy

    nlp = spacy.load(SPACY_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])

    def b(text: str):
        return [(SPACY_LABELS[e.label_], e.start_char, e.end_char) for e in nlp(text).ents if e.label_ in SPACY_LABELS]

    def c(text: str):
        return [(f.entity, f.start, f.end) for f in rules_pii.scan(text, ScanContext()).findings]

    def d(text: str):
        mine = [x for x in c(text) if x[0] in TYPES]
        extra = [x for x in b(text) if not any(x[1] < m[2] and m[1] < x[2] for m in mine)]
        return mine + [x for x in extra if x[0] == "PERSON" and " " in text[x[1] : x[2]]]

    names.lexicon()
    return {"a": a, "b": b, "c": c, "d": d, "_nlp": nlp}


def unseen_recall(data: list[dict], preds: list[list]) -> tuple[float, int]:
    from keel.guard.scanners.names import WORD, key, lexicon

    lex = lexicon()
    hit = total = 0
    for r, pred in zip(data, preds):
        for s in r["spans"]:
            words = WORD.findall(r["text"][s["start"] : s["end"]])
            if s["entity"] != "PERSON" or any(lex.names(key(w)) for w in words):
                continue
            total += 1
            hit += any(p[0] == "PERSON" and p[1] < s["end"] and s["start"] < p[2] for p in pred)
    return (hit / total if total else 1.0), total


def timing(fn, texts: list[str]) -> tuple[float, float]:
    for t in texts[:5]:
        fn(t)
    times = []
    for _ in range(3):
        for t in texts:
            t0 = time.perf_counter()
            fn(t)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.99 * (len(times) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--options", default="a,b,c,d")
    ap.add_argument("--errors", default="", help="print the errors of one option")
    ap.add_argument("--genre", default="")
    args = ap.parse_args()
    data = [r for r in rows() if not args.genre or r["genre"] == args.genre]
    fns = predictors()
    texts = kb_texts(data)
    print(
        f"{len(data)} texts; PERSON {sum(s['entity'] == 'PERSON' for r in data for s in r['spans'])}, "
        f"LOCATION {sum(s['entity'] == 'LOCATION' for r in data for s in r['spans'])}"
    )
    head = ("option", "PERSON P/R/F1", "LOCATION P/R/F1", "both F1", "unseen R", "ms/KB p50/p99")
    print(f"{head[0]:<34} {head[1]:>20} {head[2]:>20} {head[3]:>8} {head[4]:>9} {head[5]:>14}")
    labels = {
        "a": "(a) spaCy sm via pii (today)",
        "b": "(b) spaCy tok2vec+ner only",
        "c": "(c) rules + lexicons",
        "d": "(d) rules + spaCy PERSON fill-in",
    }
    for opt in args.options.split(","):
        fn = fns[opt]
        preds = [fn(r["text"]) for r in data]
        gold = [[(s["entity"], s["start"], s["end"]) for s in r["spans"]] for r in data]
        sc = overlap_scores(list(zip(preds, gold)), TYPES)
        unseen, _ = unseen_recall(data, preds)
        p50, p99 = timing(fn, texts)
        cells = [f"{sc[t]['precision']:.3f}/{sc[t]['recall']:.3f}/{sc[t]['f1']:.3f}" for t in TYPES]
        both = sc["all"]["f1"]
        print(f"{labels[opt]:<34} {cells[0]:>20} {cells[1]:>20} {both:>8.3f} {unseen:>9.3f} {p50:>6.2f}/{p99:<6.2f}")
        if opt == "b":
            nlp = fns["_nlp"]
            t0 = time.perf_counter()
            list(nlp.pipe(texts, batch_size=32))
            mean = (time.perf_counter() - t0) * 1000 / len(texts)
            print(f"{'    nlp.pipe, batches of 32':<34} {'':>20} {'':>20} {'':>8} {'':>9} {mean:>6.2f} mean")
        if opt == args.errors:
            for r, pred in zip(data, preds):
                g = {(s["entity"], r["text"][s["start"] : s["end"]]) for s in r["spans"] if s["entity"] in TYPES}
                p = {(e, r["text"][s:x]) for e, s, x in pred if e in TYPES}
                fn_ = [x for x in g if not any(x[0] == y[0] and (x[1] in y[1] or y[1] in x[1]) for y in p)]
                fp_ = [y for y in p if not any(x[0] == y[0] and (x[1] in y[1] or y[1] in x[1]) for x in g)]
                if fn_ or fp_:
                    print(f"--- {r['genre']}: {r['text']!r}\n    missed {fn_}\n    wrong  {fp_}")


if __name__ == "__main__":
    main()
