"""Shared helper for scanners that compare passages of a text with reference sentences."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from keel.guard.classifier import embed_cached


class ReferenceIndex:
    """Unit vectors of reference texts, embedded once (lazily, thread-safe)."""

    def __init__(self, texts: Callable[[], list[tuple[str, str]]], embedding_model: str) -> None:
        self._texts = texts  # -> [(text, label)]
        self.embedding_model = embedding_model
        self._vectors: np.ndarray | None = None
        self.labels: list[str] = []
        self._lock = threading.Lock()

    def embedder(self) -> Any:
        from keel.embeddings.embedder import shared_embedder

        return shared_embedder(self.embedding_model)

    def vectors(self) -> np.ndarray:
        with self._lock:
            if self._vectors is None:
                rows = self._texts()
                self.embedder().encode(["warm up"])  # the model loaded now, not on a request
                self._vectors = embed_cached([t for t, _ in rows], self.embedding_model)
                self.labels = [label for _, label in rows]
            return self._vectors

    def similarities(self, chunks: list[str]) -> np.ndarray:
        """Cosines, one row per chunk, one column per reference."""
        vectors = self.vectors()
        return self.embedder().encode(chunks) @ vectors.T

    def best(self, chunks: list[str]) -> tuple[float, str, int]:
        """Highest cosine of any chunk to any reference: (cosine, reference label, chunk index)."""
        if not chunks:
            return 0.0, "", -1
        sims = self.similarities(chunks)
        row, col = np.unravel_index(int(np.argmax(sims)), sims.shape)
        return float(sims[row, col]), self.labels[col], int(row)
