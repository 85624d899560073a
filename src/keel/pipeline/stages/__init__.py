"""Pipeline stages, registered under the entry point group `keel.stages`."""

from __future__ import annotations

from typing import Any

from keel.plugins import Plugins

GROUP = "keel.stages"
_BUILTIN = {
    "preprocess": "keel.pipeline.stages.preprocess:PreprocessStage",
    "generate": "keel.pipeline.stages.generate:GenerateStage",
    "postprocess": "keel.pipeline.stages.postprocess:PostprocessStage",
    "cache": "keel.pipeline.stages.cache:CacheStage",
    "limits": "keel.pipeline.stages.limits:LimitsStage",
    "guard_input": "keel.pipeline.stages.guard_input:GuardInputStage",
    "guard_output": "keel.pipeline.stages.guard_output:GuardOutputStage",
}


_plugins = Plugins(GROUP, _BUILTIN)


def stage_names() -> tuple[str, ...]:
    return _plugins.names()


def stage_class(name: str) -> Any:
    return _plugins.load(name)
