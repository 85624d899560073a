"""The embedding model's transformer exported to ONNX and run by ONNX Runtime, for short inputs.

A query of a few words spends most of its time in PyTorch's per-operator overhead, not in
arithmetic: ONNX Runtime runs the same graph about three times faster (bench/retrieval.py
prints both). The graph is exported from the installed model once (torch.export, about 10 s) and
kept under the cache directory, keyed by the model's files and the torch version; nothing is
downloaded. Tokenising, mean pooling and normalising stay those of the sentence-transformers
pipeline, and a new session is only used when it agrees with PyTorch on probe sentences (cosine
>= 0.9999), so vectors from either path can be compared with each other.

Only the common pipeline shape is exported: Transformer → mean Pooling (→ Normalize). Anything else,
or onnxruntime not installed, keeps PyTorch (None from `onnx_encoder`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import warnings
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger("keel.embeddings")

AGREE = 0.9999
_EXPORT_VERSION = "1"  # bump when the exported graph changes shape


class OnnxEncoder:
    """Sentence vectors from an ONNX Runtime session on one intra-op thread (see Embedder.encode)."""

    def __init__(self, st: Any, session: Any) -> None:
        self._st = st
        self._session = session
        self._inputs = [i.name for i in session.get_inputs()]

    def encode(self, texts: list[str]) -> np.ndarray:
        features = self._st.preprocess(texts)  # the pipeline's own tokenising (strip, truncation)
        feeds = {name: features[name].numpy().astype(np.int64) for name in self._inputs}
        tokens = self._session.run(None, feeds)[0]
        mask = feeds["attention_mask"][..., None].astype(np.float32)
        vectors = (tokens * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def onnx_encoder(st: Any, model_dir: Path, cache: Path, probe: list[str]) -> OnnxEncoder | None:
    """An encoder over the exported graph, or None where it cannot be made or does not agree."""
    try:
        import onnxruntime as ort
    except ImportError:
        return None
    if not _exportable(st):
        return None
    try:
        path = cache / "embeddings" / f"sentence-transformer-{_fingerprint(model_dir)}.onnx"
        if not path.exists():
            _export(st, path)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # a query is too small to split; the other core is busy
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        encoder = OnnxEncoder(st, ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"]))
        reference = np.asarray(st.encode(probe, normalize_embeddings=True, convert_to_numpy=True), np.float32)
        agree = float(np.min(np.sum(encoder.encode(probe) * reference, axis=1)))
    except Exception as exc:  # an export or runtime failure costs speed, never the embedder
        log.warning("embeddings: ONNX Runtime path unavailable, queries stay on PyTorch: %s", exc)
        return None
    if agree < AGREE:
        log.warning("embeddings: the ONNX graph disagrees with PyTorch (cosine %.5f); not used", agree)
        return None
    return encoder


def _exportable(st: Any) -> bool:
    modules = [type(m).__name__ for m in st]
    if modules[:2] != ["Transformer", "Pooling"] or modules[2:] not in ([], ["Normalize"]):
        return False
    if getattr(st[1], "pooling_mode", None) != "mean" or not hasattr(st[0], "auto_model"):
        return False
    return set(st.preprocess(["x"])) >= {"input_ids", "token_type_ids", "attention_mask"}  # BERT's inputs


def _fingerprint(model_dir: Path) -> str:
    """The model's files (name, size, modification time), torch's version and the export's."""
    import torch

    h = hashlib.sha256(f"{_EXPORT_VERSION} {torch.__version__}".encode())
    for f in sorted(p for p in model_dir.rglob("*") if p.is_file()):
        stat = f.stat()
        h.update(f"{f.relative_to(model_dir)} {stat.st_size} {stat.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def _export(st: Any, path: Path) -> None:
    import torch

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, token_type_ids: Any, attention_mask: Any) -> Any:
            return self.model(
                input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask
            ).last_hidden_state

    features = st.preprocess(["an example sentence to trace", "and a second, longer one to pad the first"])
    names = ["input_ids", "token_type_ids", "attention_mask"]
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("seq", max=st[0].max_seq_length)
    module = TokenEmbeddings(st[0].auto_model).eval()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".onnx.tmp")
    os.close(fd)
    chatty = logging.getLogger("torch.onnx")  # the exporter logs every optional op set it skips
    level = chatty.level
    chatty.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                module,
                tuple(features[n] for n in names),
                tmp,
                input_names=names,
                output_names=["token_embeddings"],
                dynamic_shapes=tuple({0: batch, 1: seq} for _ in names),
                dynamo=True,
                external_data=False,
                verbose=False,
            )
        os.replace(tmp, path)  # whole or not at all, whoever else exports at the same time
    finally:
        chatty.setLevel(level)
        if os.path.exists(tmp):
            os.unlink(tmp)
