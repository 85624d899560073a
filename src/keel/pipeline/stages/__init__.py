"""Pipeline stages, registered under the entry point group `keel.stages`."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

GROUP = "keel.stages"
_BUILTIN = {
    "preprocess": "keel.pipeline.stages.preprocess:PreprocessStage",
    "generate": "keel.pipeline.stages.generate:GenerateStage",
    "postprocess": "keel.pipeline.stages.postprocess:PostprocessStage",
    "cache": "keel.pipeline.stages.cache:CacheStage",
    "limits": "keel.pipeline.stages.limits:LimitsStage",
}


@cache
def stage_names() -> tuple[str, ...]:
    return tuple(sorted({ep.name for ep in entry_points(group=GROUP)} | set(_BUILTIN)))


@cache
def stage_class(name: str) -> Any:
    for ep in entry_points(group=GROUP):
        if ep.name == name:
            return ep.load()
    if name in _BUILTIN:
        module, _, attr = _BUILTIN[name].partition(":")
        return getattr(import_module(module), attr)
    raise KeyError(name)
