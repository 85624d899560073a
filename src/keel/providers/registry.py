"""Provider plugins, registered under the entry point group `keel.providers`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from keel.plugins import Plugins

if TYPE_CHECKING:
    from keel.settings import ModelSettings

GROUP = "keel.providers"

# Built-ins also resolve without installed package metadata (e.g. running from a source tree).
_BUILTIN = {
    "llama_cpp": "keel.providers.llama_cpp:LlamaCppProvider",
    "openai_compat": "keel.providers.openai_compat:OpenAICompatProvider",
    "anthropic": "keel.providers.anthropic:AnthropicProvider",
}


_plugins = Plugins(GROUP, _BUILTIN)


def provider_names() -> tuple[str, ...]:
    return _plugins.names()


def provider_class(name: str) -> Any:
    return _plugins.load(name)


def validate_model_params(model: ModelSettings) -> list[tuple[tuple[Any, ...], str]]:
    """Problems with one model's provider(s) and params, as (location, message) pairs."""
    if not model.deployments:
        return _validate(model.provider, model.params, ())
    out = []
    for i, dep in enumerate(model.deployments):
        out += _validate(dep.provider, dep.params, ("deployments", i))
    return out


def _validate(provider: str, params: dict[str, Any], prefix: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], str]]:
    if provider not in provider_names():
        return [((*prefix, "provider"), f"unknown provider {provider!r}; known: {', '.join(provider_names())}")]
    cls = provider_class(provider)
    try:
        cls.Params.model_validate(params)
    except ValidationError as exc:
        out = []
        for err in exc.errors():
            msg = "unknown parameter" if err["type"] == "extra_forbidden" else err["msg"]
            out.append(((*prefix, "params", *err["loc"]), msg.removeprefix("Value error, ")))
        return out
    return []


def create_provider(name: str, provider: str, params: dict[str, Any]) -> Any:
    cls = provider_class(provider)
    return cls(name, cls.Params.model_validate(params))
