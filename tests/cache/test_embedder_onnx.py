"""The embedder's ONNX Runtime path for a query or two: used when it agrees with PyTorch, the
export kept on disk, and every way it can fail leaves PyTorch in charge."""

from __future__ import annotations

import logging
import sys

import numpy as np
import pytest

from keel.config import cache_dir
from keel.embeddings import Embedder
from keel.embeddings import embedder as embedder_module
from keel.embeddings import onnx as onnx_path
from keel.embeddings.embedder import _PROBE, resolve_model_path

QUERIES = ["What's the refund window for damaged goods?", "¿Cuántos días de vacaciones tengo?"]


def test_a_query_goes_through_onnx_runtime_and_agrees_with_pytorch(embedder: Embedder, monkeypatch) -> None:
    embedder.load()
    assert embedder._onnx is not None  # onnxruntime is in the test environment
    # the limit timed at load depends on the CPU (0 where PyTorch is as fast even for a query): 400
    # here, so that what is routed where is the same on every machine
    assert embedder._onnx_chars in (0, *embedder_module.CROSSOVER_CHARS)
    monkeypatch.setattr(embedder, "_onnx_chars", 400)
    calls: list[int] = []
    real = embedder._onnx.encode
    embedder._onnx.encode = lambda texts: calls.append(len(texts)) or real(texts)
    try:
        one = embedder.encode(QUERIES[:1])
        two = embedder.encode(QUERIES)
        few = embedder.encode(["short", "sentences", "of a guard's", "scan"])
        batch = embedder.encode([*QUERIES, "a third text, long enough to make a batch " * 8])  # PyTorch
        alone = embedder.encode(["one long text on its own, a page of a document " * 12])  # PyTorch
    finally:
        del embedder._onnx.encode
    assert calls == [1, 2, 4] and few.shape == (4, 384) and alone.shape == (1, 384)
    assert one.shape == (1, 384) and one.dtype == np.float32
    assert np.allclose(np.linalg.norm(two, axis=1), 1.0, atol=1e-5)
    # PyTorch may run bfloat16 on CPUs with fast kernels for it (cosine >= 0.995 to float32)
    assert float(np.min(np.sum(two * batch[:2], axis=1))) >= 0.995
    assert float(one[0] @ two[0]) == pytest.approx(1.0, abs=1e-6)


class Clock:
    """A clock that moves only when an encoder says how long it took."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def encoder(self, ms_per_char: float, ms_per_call: float, calls: list[int]):
        def encode(texts: list[str]) -> None:
            calls.append(len(texts[0]))
            self.now += (ms_per_call + ms_per_char * sum(map(len, texts))) / 1000

        return encode


def test_the_onnx_runtime_limit_is_where_pytorch_catches_up() -> None:
    # ONNX Runtime: little overhead per call, slow per character; PyTorch the other way round.
    # They cross at 150 characters: ONNX Runtime is ahead at 40 and 80, behind from 160
    clock = Clock()
    onnx_calls: list[int] = []
    torch_calls: list[int] = []
    onnx, torch = clock.encoder(0.05, 2.0, onnx_calls), clock.encoder(0.01, 8.0, torch_calls)
    assert embedder_module._onnx_limit(onnx, torch, clock) == 80
    assert sorted(set(onnx_calls)) == [40, 80, 160]  # timed up to the first size PyTorch wins
    assert onnx_calls.count(40) == 5 and torch_calls == onnx_calls
    # a first run that pays set-up does not decide: the best of five counts
    runs: list[int] = []

    def cold_onnx(texts: list[str]) -> None:
        clock.now += 1.0 if not runs else 0.001  # a second for the first run, a millisecond after
        runs.append(1)

    assert embedder_module._onnx_limit(cold_onnx, torch, clock) == 640  # ahead at every size
    # PyTorch as fast even for the shortest input: ONNX Runtime never takes one
    assert embedder_module._onnx_limit(torch, onnx, clock) == 0


def _fp32(embedder: Embedder):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(resolve_model_path(embedder.model)), device="cpu", local_files_only=True)


@pytest.fixture(scope="module")
def fp32_model(embedder: Embedder):
    embedder.load()  # the export is on disk after this
    return _fp32(embedder)


def test_the_export_is_kept_and_reused(embedder: Embedder, fp32_model, monkeypatch) -> None:
    def export(*_):
        raise AssertionError("exported again")

    monkeypatch.setattr(onnx_path, "_export", export)
    path = resolve_model_path(embedder.model)
    assert list((cache_dir() / "embeddings").glob("sentence-transformer-*.onnx"))
    encoder = onnx_path.onnx_encoder(fp32_model, path, cache_dir(), _PROBE)
    assert encoder is not None
    reference = fp32_model.encode(QUERIES, normalize_embeddings=True)
    assert float(np.min(np.sum(encoder.encode(QUERIES) * reference, axis=1))) >= onnx_path.AGREE


def test_a_graph_that_disagrees_is_not_used(embedder: Embedder, fp32_model, monkeypatch, caplog) -> None:
    monkeypatch.setattr(onnx_path.OnnxEncoder, "encode", lambda self, texts: np.eye(len(texts), 384, dtype=np.float32))
    with caplog.at_level(logging.WARNING, "keel.embeddings"):
        assert onnx_path.onnx_encoder(fp32_model, resolve_model_path(embedder.model), cache_dir(), _PROBE) is None
    assert "disagrees" in caplog.text


def test_no_onnxruntime_or_a_failed_export_keeps_pytorch(
    embedder: Embedder, fp32_model, tmp_path, monkeypatch, caplog
) -> None:
    path = resolve_model_path(embedder.model)
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory would be")
    with caplog.at_level(logging.WARNING, "keel.embeddings"):
        assert onnx_path.onnx_encoder(fp32_model, path, blocked, _PROBE) is None
    assert "queries stay on PyTorch" in caplog.text
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import fails
    assert onnx_path.onnx_encoder(fp32_model, path, cache_dir(), _PROBE) is None
    # switched off: PyTorch answers a query too, and still picks its fastest precision
    monkeypatch.setenv("KEEL_EMBEDDINGS_ONNX", "0")
    picked: list[object] = []
    monkeypatch.setattr(embedder_module, "_fastest_precision", lambda st: picked.append(st) or st)
    e = Embedder()
    e.load()
    assert e._onnx is None and len(picked) == 1 and e.encode(QUERIES[:1]).shape == (1, 384)


def test_only_mean_pooled_bert_pipelines_are_exported() -> None:
    def pipeline(*modules):
        return [type(name, (), attrs)() for name, attrs in modules]

    transformer = ("Transformer", {"auto_model": object()})
    assert not onnx_path._exportable(pipeline(transformer, ("Pooling", {"pooling_mode": "cls"})))
    assert not onnx_path._exportable(pipeline(transformer, ("Pooling", {"pooling_mode": "mean"}), ("Dense", {})))
    assert not onnx_path._exportable(pipeline(("Pooling", {"pooling_mode": "mean"})))

    class Pipeline(list):
        inputs = ("input_ids", "attention_mask")  # no token types: not BERT's inputs

        def preprocess(self, texts):
            return dict.fromkeys(self.inputs, 0)

    model = Pipeline(pipeline(transformer, ("Pooling", {"pooling_mode": "mean"}), ("Normalize", {})))
    assert not onnx_path._exportable(model)
    model.inputs = ("input_ids", "token_type_ids", "attention_mask")
    assert onnx_path._exportable(model)
