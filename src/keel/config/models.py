"""models: public model names, their deployments and routing policy."""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from keel.config.base import Strict

DEFAULT_MODEL = "gemma-3-270m"


class DeploymentSettings(Strict):
    """One replica behind a public model name."""

    provider: str = Field("llama_cpp", description="a registered provider (entry point group keel.providers)")
    params: dict[str, Any] = Field(default_factory=dict, description="provider-specific parameters")
    name: str | None = Field(None, description="shown in the admin view; default provider/index")
    weight: float = Field(1.0, gt=0, description="share of traffic for the weighted strategy")
    region: str | None = Field(None, description="for region-aware routing")
    timeout_s: float = Field(
        600.0, gt=0, description="a whole answer (or the first streamed token) must come within this"
    )
    max_concurrent: int | None = Field(None, ge=1, description="requests in flight on this deployment")


class BreakerSettings(Strict):
    failures: int = Field(5, ge=1, description="consecutive failures that open the breaker")
    cooldown_s: float = Field(30.0, gt=0, description="how long it stays open before a half-open probe")


class HealthCheckSettings(Strict):
    interval_s: float = Field(0.0, ge=0, description="0 disables active health checks")
    timeout_s: float = Field(2.0, gt=0)


class RoutingSettings(Strict):
    strategy: str = Field(
        "round_robin",
        description="a registered balancing strategy (entry point group keel.routing_strategies): round_robin, "
        "weighted, least_outstanding, lowest_latency, region, or a plugin's",
    )
    strategy_params: dict[str, Any] = Field(
        default_factory=dict, description="the strategy's parameters, checked by its own `Config` model"
    )
    retries: int = Field(2, ge=0, description="further attempts after a retryable failure")
    backoff_s: float = Field(0.05, ge=0, description="base of the jittered exponential backoff")
    fallbacks: list[str] = Field(default_factory=list, description="models to try, in order, when all else fails")
    breaker: BreakerSettings = Field(default_factory=BreakerSettings)
    health_check: HealthCheckSettings = Field(default_factory=HealthCheckSettings)
    region_header: str = Field("x-keel-region", description="request header naming the caller's region")


class ModelSettings(Strict):
    name: str = Field(min_length=1, description="the public name clients send as `model`")
    provider: str = Field("llama_cpp", description="a registered provider (entry point group keel.providers)")
    params: dict[str, Any] = Field(default_factory=dict, description="provider-specific parameters")
    deployments: list[DeploymentSettings] = Field(
        default_factory=list, description="replicas; when given, `provider`/`params` are not used"
    )
    routing: RoutingSettings = Field(default_factory=RoutingSettings)
    owned_by: str = "keel"
    registry: str | None = Field(
        None,
        description="serve a registry model version: NAME@ALIAS (follows the alias: a promotion changes "
        "what the next request gets) or NAME/VERSION; provider and params come from the version",
    )
    registry_version: str | None = Field(
        None, description="set by Keel, not in keel.yaml: the registry version (NAME/VERSION) this entry serves"
    )

    @model_validator(mode="after")
    def _registry_or_provider(self) -> ModelSettings:
        if self.registry and self.registry_version is None:
            given = sorted({"provider", "params", "deployments"} & self.model_fields_set)
            if given:
                raise ValueError(
                    f"model {self.name!r} is served from the registry ({self.registry}): "
                    f"its version gives the provider; remove {', '.join(given)}"
                )
        return self

    def deployment_list(self) -> list[DeploymentSettings]:
        if self.deployments:
            return self.deployments
        return [DeploymentSettings(provider=self.provider, params=self.params)]


def _default_models() -> list[ModelSettings]:
    return [ModelSettings(name=DEFAULT_MODEL, provider="llama_cpp", params={})]
