"""Picking a deployment: the strategy a model's routing names, found by entry point, and the
choice among the available deployments with the breaker's consent.

Strategies, built-in and plugins alike, are registered under the entry point group
`keel.routing_strategies` (the contract is in `keel.routing.strategies`). `check_routing_config`
is the `keel.config_checks` entry that reports unknown strategies and bad `strategy_params`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from keel.plugins import Problem, configure, plugins, validation_problems

if TYPE_CHECKING:
    from keel.routing.deployments import Deployment

GROUP = "keel.routing_strategies"
DEFAULT = "round_robin"  # RoutingSettings.strategy's default


def strategy_names() -> tuple[str, ...]:
    return plugins(GROUP).names()


def strategy_class(name: str) -> Any:
    """The class registered as NAME; KeyError when there is none."""
    return plugins(GROUP).load(name)


def validate_strategy(name: str, params: dict[str, Any]) -> tuple[Any, list[Problem]]:
    """(the validated Config or None, problems as (location under `routing`, message))."""
    if name not in strategy_names():
        installed = ", ".join(strategy_names()) or "none"
        return None, [(("strategy",), f"unknown strategy {name!r}; installed: {installed}")]
    try:
        cls = strategy_class(name)
    except Exception as exc:  # a plugin that fails to import
        return None, [(("strategy",), f"strategy {name!r} failed to load: {type(exc).__name__}: {exc}")]
    try:
        return configure(cls, params), []
    except ValidationError as exc:
        return None, validation_problems(exc, ("strategy_params",))
    except ValueError:  # no Config, yet parameters
        return None, [(("strategy_params",), f"strategy {name!r} takes no parameters")]


def create_strategy(name: str, params: dict[str, Any] | None = None) -> Any:
    """A new instance of the strategy NAME, built with `config=` when it declares a `Config`.
    ValueError (with every problem) for an unknown name or bad params."""
    config, problems = validate_strategy(name, params or {})
    if problems:
        raise ValueError("; ".join(f"routing.{'.'.join(map(str, loc))}: {msg}" for loc, msg in problems))
    cls = strategy_class(name)
    return cls() if getattr(cls, "Config", None) is None else cls(config=config)


def check_routing_config(data: dict[str, Any], settings: Any) -> list[Problem]:
    """The keel.config_checks entry: each model's `routing.strategy` and `routing.strategy_params`.

    Reads the raw `models` list, so a strategy is checked even when the rest of its model is not
    valid; values of the wrong type are left to the schema."""
    out: list[Problem] = []
    raw_models = data.get("models")
    for i, raw in enumerate(raw_models if isinstance(raw_models, list) else []):
        routing = raw.get("routing") if isinstance(raw, dict) else None
        if not isinstance(routing, dict):
            continue
        name = routing.get("strategy", DEFAULT)
        params = routing.get("strategy_params") or {}
        if not isinstance(name, str) or not isinstance(params, dict):
            continue  # reported by the schema
        out += [(("models", i, "routing", *loc), msg) for loc, msg in validate_strategy(name, params)[1]]
    return out


def pick(deployments: Sequence[Deployment], strategy: Any, region: str | None, exclude: set[str]) -> Deployment | None:
    """A deployment for the next attempt, its breaker acquired; None when none can take it.

    Among the available deployments, those not in EXCLUDE (tried already) are preferred; the
    strategy picks, and one whose breaker refuses (a half-open probe in flight) is left out."""
    available = [d for d in deployments if d.available()]
    fresh = [d for d in available if d.id not in exclude] or available
    while fresh:
        dep = strategy.pick(fresh, region)
        if dep.breaker.acquire():
            return dep
        fresh = [d for d in fresh if d is not dep]
    return None
