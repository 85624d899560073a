"""The one sentence embedder (all-MiniLM-L6-v2 from its package), shared by the cache, the guard
and knowledge bases: one model in memory per process, whoever asks first loads it."""

from keel.embeddings.embedder import Embedder, EmbedderUnavailable, check_installed, shared_embedder

__all__ = ["Embedder", "EmbedderUnavailable", "check_installed", "shared_embedder"]
