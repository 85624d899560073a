"""The root of keel.yaml: one field per section, each section in its own module."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from keel.config.auth import AuthSettings
from keel.config.base import Strict
from keel.config.cache import CacheSettings
from keel.config.guard import GuardSettings
from keel.config.limits import LimitsSettings
from keel.config.models import ModelSettings, _default_models
from keel.config.pipeline import StageEntry, check_routes, default_pipeline
from keel.config.server import ServerSettings, StorageSettings


class Settings(Strict):
    server: ServerSettings = Field(default_factory=ServerSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    models: list[ModelSettings] = Field(default_factory=_default_models)
    cache: CacheSettings = Field(default_factory=CacheSettings)
    limits: LimitsSettings = Field(default_factory=LimitsSettings)
    auth: AuthSettings = Field(default_factory=AuthSettings)
    guard: GuardSettings = Field(default_factory=GuardSettings)
    pipeline: dict[str, list[StageEntry]] = Field(default_factory=default_pipeline)
    aliases: dict[str, str] = Field(
        default_factory=dict, description="public name -> model name, e.g. production: support-v7"
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
