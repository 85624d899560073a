"""The root of keel.yaml: one field per section, each section in its own module.

`plugins:` holds the config sections of plugins: `plugins: {NAME: {...}}`, where NAME is an entry
point of the group `keel.config` naming the pydantic model (or any type pydantic validates) of
that section. `check_plugin_sections` (a keel.config_checks entry) validates each at load with
its file:line; code reads the validated object as `settings.plugin_config(NAME)`.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, TypeAdapter, ValidationError, field_validator, model_validator

from keel.config.auth import AuthSettings
from keel.config.base import Strict
from keel.config.cache import CacheSettings
from keel.config.grounding import GroundingSettings
from keel.config.guard import GuardSettings
from keel.config.jobs import JobsSettings
from keel.config.limits import LimitsSettings
from keel.config.models import ModelSettings, _default_models
from keel.config.pipeline import StageEntry, check_routes, default_pipeline
from keel.config.server import RegistrySettings, ServerSettings, StorageSettings, TrainingSettings
from keel.plugins import Problem, plugins, validation_problems

PLUGIN_SECTIONS = "keel.config"  # entry point group: section name -> its model


class Settings(Strict):
    server: ServerSettings = Field(default_factory=ServerSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    models: list[ModelSettings] = Field(default_factory=_default_models)
    cache: CacheSettings = Field(default_factory=CacheSettings)
    limits: LimitsSettings = Field(default_factory=LimitsSettings)
    auth: AuthSettings = Field(default_factory=AuthSettings)
    guard: GuardSettings = Field(default_factory=GuardSettings)
    registry: RegistrySettings = Field(default_factory=RegistrySettings)
    training: TrainingSettings = Field(default_factory=TrainingSettings)
    grounding: GroundingSettings = Field(default_factory=GroundingSettings)
    jobs: JobsSettings = Field(default_factory=JobsSettings)
    pipeline: dict[str, list[StageEntry]] = Field(default_factory=default_pipeline)
    aliases: dict[str, str] = Field(
        default_factory=dict, description="public name -> model name, e.g. production: support-v7"
    )
    plugins: dict[str, Any] = Field(
        default_factory=dict,
        description="plugin config sections: NAME -> its settings, checked by the model NAME registers "
        "under the entry point group keel.config (read them with Settings.plugin_config(NAME))",
    )

    @field_validator("pipeline")
    @classmethod
    def _routes_known(cls, value: dict[str, list[StageEntry]]) -> dict[str, list[StageEntry]]:
        return check_routes(value)

    @field_validator("models")
    @classmethod
    def _unique_model_names(cls, models: list[ModelSettings]) -> list[ModelSettings]:
        seen: set[str] = set()
        for m in models:
            if m.name in seen:
                raise ValueError(f"model name {m.name!r} is defined twice")
            seen.add(m.name)
        return models

    @model_validator(mode="after")
    def _fallbacks_exist(self) -> Settings:
        names = {m.name for m in self.models}
        for m in self.models:
            unknown = [f for f in m.routing.fallbacks if f not in names or f == m.name]
            if unknown:
                raise ValueError(f"model {m.name!r} falls back to unknown model(s) (or itself): {unknown}")
        for alias, target in self.aliases.items():
            if alias in names:
                raise ValueError(f"alias {alias!r} is also a model name")
            if target not in names:
                raise ValueError(f"alias {alias!r} points at {target!r}, which is not a configured model")
        return self

    def model(self, name: str) -> ModelSettings | None:
        return next((m for m in self.models if m.name == name), None)

    def plugin_config(self, name: str) -> Any:
        """The section `plugins.NAME` validated by the model its plugin registers under `keel.config`
        (the model's defaults when keel.yaml has no such section). Validated on every call: keep
        the result. KeyError when no installed plugin registers NAME; pydantic's ValidationError
        for a section that does not fit (keel.yaml's are checked at load)."""
        return _section_type(name).validate_python(_raw_section(self.plugins.get(name)))


def plugin_section_names() -> tuple[str, ...]:
    return plugins(PLUGIN_SECTIONS).names()


def _section_type(name: str) -> TypeAdapter[Any]:
    if name not in plugin_section_names():
        raise KeyError(f"no plugin config section {name!r}; installed: {', '.join(plugin_section_names()) or 'none'}")
    return TypeAdapter(plugins(PLUGIN_SECTIONS).load(name))


def _raw_section(value: Any) -> Any:
    return {} if value is None else value  # `NAME:` with nothing under it: the defaults


def check_plugin_sections(data: dict[str, Any], settings: Settings | None) -> list[Problem]:
    """The keel.config_checks entry for `plugins:`: each NAME is an installed section, and its
    model accepts what keel.yaml says."""
    raw = settings.plugins if settings is not None else data.get("plugins")
    if not isinstance(raw, dict):
        return []  # reported by the schema
    problems: list[Problem] = []
    installed = ", ".join(plugin_section_names()) or "none"
    for name, value in raw.items():
        where = ("plugins", name)
        if name not in plugin_section_names():
            problems.append((where, f"unknown plugin config section {name!r}; installed: {installed}"))
            continue
        try:
            adapter = _section_type(name)
        except Exception as exc:  # a plugin that fails to import, or a model pydantic cannot use
            problems.append((where, f"plugin config section {name!r} failed to load: {type(exc).__name__}: {exc}"))
            continue
        try:
            adapter.validate_python(_raw_section(value))
        except ValidationError as exc:
            problems += validation_problems(exc, where, unknown="unknown key")
    return problems
