"""The injection scanner's classifier: what it scores of a text, and how it is trained to score that.

The scanner (`keel.guard.scanners.injection`) scores the *units* of each view of a prompt: the whole
text, the prose inside its JSON or HTML, and its sentences. The classifier is trained on the same
kind of units:

- every passage of a benign text is a negative of its own (`benign_passages`), weighted as its text;
- an attack of several passages is a positive through its *witness* (`attack_witnesses`): the
  passage that a first lexical model, trained on the whole texts, scores highest. It replaces the
  whole document, so that positives and negatives are both as long as what is scored. With whole
  documents as the only long positives, length itself read as an attack (docs/guard.md).

Scanners built from the same corpus rows with the same options share one classifier while any of
them is alive: one fit at start-up, one copy in memory (the built-in `default` and `fast` policies
both have an injection rule).
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from keel.guard.classifier import TextClassifier
from keel.guard.deobfuscate import views
from keel.guard.scanners._sentences import embedded_prose, passages


def units(view: str) -> list[str]:
    """What the classifier scores of one view: the whole text, then the prose inside its JSON or HTML,
    then its sentences (long ones cut at 48 words)."""
    parts = passages(view, max_words=48, join=False)
    if len(parts) > 1:  # a sign-off like "best, l." says nothing; the whole text covers it
        parts = [view] + [p for p in parts if len(p.split()) >= 3]
    return parts[:1] + embedded_prose(view) + parts[1:]  # within max_units, however long


@dataclass
class WitnessedClassifier(TextClassifier):
    """A TextClassifier that, when it is fitted, first replaces each positive of several passages by its
    witness: the passage that a lexical model trained on the whole texts scores highest, weighted as its
    text. A passage that is a training text already is never a witness; a one-passage positive stays."""

    _witnessed: bool = field(default=False, init=False, repr=False)

    def fit(self) -> TextClassifier:
        with self._lock:
            if not self._witnessed:
                self._choose_witnesses()
                self._witnessed = True
        return super().fit()

    def _choose_witnesses(self) -> None:
        n = len(self.positives)
        weights = self.weights or [1.0] * (n + len(self.negatives))
        known = set(self.positives) | set(self.negatives)
        candidates = [[u for u in units(text)[1:] if u not in known] for text in self.positives]
        flat = [u for c in candidates for u in c]
        if not flat:
            return
        # one lexical pass over every candidate passage, then the best of each attack's own
        first = TextClassifier(self.positives, self.negatives, None, weights=self.weights).fit()
        scores = first.lexical(flat)
        kept, witnesses, at = [], [], 0
        for text, weight, found in zip(self.positives, weights, candidates):
            if found:
                witnesses.append((found[int(scores[at : at + len(found)].argmax())], weight))
                at += len(found)
            else:
                kept.append((text, weight))
        rows = kept + witnesses
        self.positives = [t for t, _ in rows]
        if self.weights is not None:
            self.weights = [w for _, w in rows] + weights[n:]


_MODELS: weakref.WeakValueDictionary[str, TextClassifier] = weakref.WeakValueDictionary()
_MODELS_LOCK = threading.Lock()


def shared_model(
    attacks: Sequence[dict[str, Any]],
    benign: Sequence[dict[str, Any]],
    embedding_model: str | None,
    benign_passages: bool,
    attack_witnesses: bool,
) -> TextClassifier:
    """The classifier (not fitted yet) for these corpus rows and options: the live one another scanner
    built from the same, else a new one over the training texts as the scanner sees them (each
    text's first view) and their weights. The rows are what `load_corpus` returns."""
    h = hashlib.sha256(orjson.dumps([embedding_model, benign_passages, attack_witnesses]))
    for rows in (attacks, benign):
        h.update(b"\x01")
        for r in rows:
            h.update(orjson.dumps([r["text"], r.get("weight", 1.0)]))
    key = h.hexdigest()
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is not None:
            return model
        positives = [views(r["text"])[0] for r in attacks]
        negatives = [views(r["text"])[0] for r in benign]
        weights = [float(r.get("weight", 1.0)) for r in (*attacks, *benign)]
        if benign_passages:
            known = set(positives) | set(negatives)
            for text, row in zip(list(negatives), benign):
                for unit in units(text)[1:]:
                    if unit not in known:
                        known.add(unit)
                        negatives.append(unit)
                        weights.append(float(row.get("weight", 1.0)))
        model = _MODELS[key] = (WitnessedClassifier if attack_witnesses else TextClassifier)(
            positives,
            negatives,
            embedding_model,
            weights=None if all(w == 1.0 for w in weights) else weights,
        )
        return model
