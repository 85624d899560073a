"""The base of every config section: unknown keys are errors, reported with file:line."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def keel_home() -> Path:
    """Where Keel keeps its state (the SQLite file) unless told otherwise."""
    return Path(os.environ.get("KEEL_HOME", Path.home() / ".keel")).expanduser()


def cache_dir() -> Path:
    """Where assembled model files live."""
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "keel"
    return Path(os.environ.get("KEEL_CACHE_DIR", default)).expanduser()
