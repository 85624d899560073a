"""The base model for training: the same Gemma GGUF the server runs, read by transformers.

transformers dequantizes a GGUF to fp32 weights (about 70 s for Gemma 3 270M on 2 cores). The
first load writes the result as a Hugging Face folder (safetensors + tokenizer) under the cache
directory, keyed by the GGUF's size and modification time; later loads read that folder in a
few seconds. A local Hugging Face model folder is taken as it is.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from keel.config import cache_dir
from keel.errors import InvalidRequest

log = logging.getLogger(__name__)

# names that mean "the embedded default model"
DEFAULT_BASES = ("gemma-3-270m", "gemma3-270m", "default")
_LOCK = threading.Lock()


@dataclass(frozen=True)
class BaseSource:
    """Where a base model comes from: a GGUF file (served by llama.cpp too) or an HF folder."""

    name: str  # the base's public name, kept as lineage
    gguf: Path | None = None
    hf_dir: Path | None = None


def resolve_base(base: str | None) -> BaseSource:
    """BASE: a GGUF path, a Hugging Face model folder, or the embedded default's name."""
    from keel.providers.model_files import resolve_gguf

    if base is None or base in DEFAULT_BASES:
        return BaseSource(name="gemma-3-270m", gguf=resolve_gguf(None, None))
    p = Path(base).expanduser()
    if p.is_file() and p.suffix == ".gguf":
        return BaseSource(name=p.stem, gguf=p.resolve())
    if p.is_dir() and (p / "config.json").exists():
        return BaseSource(name=p.name, hf_dir=p.resolve())
    raise InvalidRequest(
        f"base model {base!r}: give a .gguf file, a Hugging Face model folder (with config.json), "
        f"or one of {', '.join(DEFAULT_BASES)}",
        param="model",
    )


def _converted_dir(gguf: Path) -> Path:
    st = gguf.stat()
    key = hashlib.blake2b(f"{gguf.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode(), digest_size=8).hexdigest()
    return cache_dir() / "hf" / f"{gguf.stem}-{key}"


def hf_folder(source: BaseSource) -> Path:
    """A Hugging Face folder holding the base model's weights and tokenizer (converting once)."""
    if source.hf_dir is not None:
        return source.hf_dir
    assert source.gguf is not None
    target = _converted_dir(source.gguf)
    if (target / "config.json").exists():
        return target
    with _LOCK:
        if (target / "config.json").exists():
            return target
        from transformers import AutoModelForCausalLM, AutoTokenizer

        log.info("reading %s with transformers (once; cached in %s)", source.gguf, target)
        folder, name = str(source.gguf.parent), source.gguf.name
        tok = AutoTokenizer.from_pretrained(folder, gguf_file=name)
        model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype="float32")
        # the weights are dequantized fp32 now: save them as a plain model
        model.hf_quantizer = None
        model.is_quantized = False
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        tmp = target.with_name(f"{target.name}.tmp{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        model.save_pretrained(tmp, safe_serialization=True)
        tok.save_pretrained(tmp)
        tmp.rename(target)  # atomic: a half-written folder is never read
        return target


def load_base(source: BaseSource) -> tuple[Any, Any]:
    """(model, tokenizer) in fp32 on the CPU, in eval mode."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder = hf_folder(source)
    tok = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder, dtype="float32")
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    model.eval()
    return model, tok
