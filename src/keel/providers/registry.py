"""Provider plugins, registered under the entry point group `keel.providers`."""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

if TYPE_CHECKING:
    from keel.settings import ModelSettings

GROUP = "keel.providers"

# Built-ins also resolve without installed package metadata (e.g. running from a source tree).
_BUILTIN = {"llama_cpp": "keel.providers.llama_cpp:LlamaCppProvider"}


@cache
def provider_names() -> tuple[str, ...]:
    names = {ep.name for ep in entry_points(group=GROUP)} | set(_BUILTIN)
    return tuple(sorted(names))


@cache
def provider_class(name: str) -> Any:
    for ep in entry_points(group=GROUP):
        if ep.name == name:
            return ep.load()
    if name in _BUILTIN:
        module, _, attr = _BUILTIN[name].partition(":")
        return getattr(__import__(module, fromlist=[attr]), attr)
    raise KeyError(name)


def validate_model_params(model: ModelSettings) -> list[tuple[tuple[Any, ...], str]]:
    """Problems with one model's provider/params, as (location, message) pairs."""
    if model.provider not in provider_names():
        return [(("provider",), f"unknown provider {model.provider!r}; known: {', '.join(provider_names())}")]
    cls = provider_class(model.provider)
    try:
        cls.Params.model_validate(model.params)
    except ValidationError as exc:
        out = []
        for err in exc.errors():
            msg = "unknown parameter" if err["type"] == "extra_forbidden" else err["msg"]
            out.append((("params", *err["loc"]), msg.removeprefix("Value error, ")))
        return out
    return []


def create_provider(model: ModelSettings) -> Any:
    cls = provider_class(model.provider)
    return cls(model.name, cls.Params.model_validate(model.params))
