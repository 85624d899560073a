"""Scoring for bench/guard_eval.py: precision / recall / F1 from counts, text-level (binary)
scores, span matching (IoU >= 0.5 or exact boundaries) and the overlap rule of the headline PII
figure, and Presidio's default analyzer to compare with."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def binary(pred: list[bool], gold: list[bool]) -> dict[str, float]:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    negatives = sum(not g for g in gold)
    out = prf(tp, fp, fn)
    out["fpr"] = fp / negatives if negatives else 0.0
    out["n"] = len(gold)
    return out


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def span_scores(pairs: list[tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]], exact: bool = False):
    """Per entity tp/fp/fn over (predicted, gold) span lists."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for pred, gold in pairs:
        used: set[int] = set()
        for ent, s, e in pred:
            match = None
            for j, (gent, gs, ge) in enumerate(gold):
                if j in used or gent != ent:
                    continue
                if (s, e) == (gs, ge) if exact else _iou((s, e), (gs, ge)) >= 0.5:
                    match = j
                    break
            if match is None:
                counts[ent]["fp"] += 1
            else:
                used.add(match)
                counts[ent]["tp"] += 1
        for j, (gent, _, _) in enumerate(gold):
            if j not in used:
                counts[gent]["fn"] += 1
    return counts


def overlap_scores(pairs: list, types: list[str]) -> dict[str, dict[str, float]]:
    """Per type and "all": a gold entity is found when a predicted span of its type overlaps it; a
    predicted span is right when it overlaps a gold entity of its type. Other types are ignored."""
    c: dict[str, Counter] = defaultdict(Counter)
    for pred, gold in pairs:
        for kind, spans, other in (("pred", pred, gold), ("gold", gold, pred)):
            for ent, s, e in spans:
                if ent in types:
                    hit = any(o == ent and os < e and s < oe for o, os, oe in other)
                    for key in (ent, "all"):
                        c[key][kind] += 1
                        c[key][kind + "_hit"] += hit
    out = {}
    for key in [*types, "all"]:
        p = c[key]["pred_hit"] / c[key]["pred"] if c[key]["pred"] else 1.0
        r = c[key]["gold_hit"] / c[key]["gold"] if c[key]["gold"] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[key] = {"precision": p, "recall": r, "f1": f, "gold": c[key]["gold"], "pred": c[key]["pred"]}
    return out


def presidio_default() -> Any:
    """Presidio's AnalyzerEngine as it comes (default recognizers, NER settings, threshold), over the
    one English spaCy model installed here (its own default, en_core_web_lg, is not) and offline."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from keel.guard.scanners.pii import SPACY_MODEL, _offline_tldextract

    _offline_tldextract()
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}
    return AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine())
