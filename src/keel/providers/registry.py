"""Providers, built-in and plugins alike, registered under the entry point group `keel.providers`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from keel.plugins import plugins

if TYPE_CHECKING:
    from keel.config import ModelSettings

GROUP = "keel.providers"


def provider_names() -> tuple[str, ...]:
    return plugins(GROUP).names()


def provider_class(name: str) -> Any:
    return plugins(GROUP).load(name)


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


def create_provider(
    name: str, provider: str, params: dict[str, Any], services: Callable[[str], Any] | None = None
) -> Any:
    """The provider PROVIDER for the public model NAME, built from its PARAMS.

    A provider that works over other parts of Keel (the ensemble, over the catalogue) declares
    them in a class attribute `needs` (names of services, as a stage does); each is looked up with
    SERVICES (`Services.get`) and handed to its constructor as a keyword argument."""
    cls = provider_class(provider)
    needs = tuple(getattr(cls, "needs", ()))
    if needs and services is None:
        raise ValueError(f"provider {provider!r} needs {', '.join(needs)}: build it through Services.build_model")
    extra = {need: services(need) for need in needs} if services is not None else {}
    return cls(name, cls.Params.model_validate(params), **extra)


def check_models_config(data: dict[str, Any], settings: Any) -> list[tuple[tuple[Any, ...], str]]:
    """The keel.config_checks entry: each model's provider params, by the provider's own schema.

    Reads the raw `models` list, so a model is checked even when another section failed."""
    from keel.config import ModelSettings

    out = []
    raw_models = data.get("models")
    for i, raw in enumerate(raw_models if isinstance(raw_models, list) else []):
        try:
            model = ModelSettings.model_validate(raw)
        except ValidationError:
            continue  # reported by the schema
        out += [(("models", i, *loc), msg) for loc, msg in validate_model_params(model)]
    return out
