"""Limit stores by name: a limits store is a factory registered under the entry point group
keel.limit_stores (the built-in `memory` is the MemoryLimitStore class itself) returning a
LimitStore; it is called with `config=` (its pydantic `Config`, from `limits.store_params`, fields
named like the section's — redis_url, namespace — defaulting to them) and those of window_s,
lease_s, poll_s and clock that its signature takes."""

from __future__ import annotations

from typing import Any

from keel.config import ConfigError, ConfigProblem, LimitsSettings, Strict
from keel.limits.base import LimitStore
from keel.plugins import PluginProblems, Problem, check_store_section, configured_by, make_from_section

GROUP = "keel.limit_stores"


class RedisLimitStoreConfig(Strict):
    redis_url: str = "redis://127.0.0.1:6379/0"
    namespace: str = "keel:limits"


@configured_by(RedisLimitStoreConfig)
def redis_limit_store(config: RedisLimitStoreConfig, *, window_s: float, lease_s: float, poll_s: float) -> LimitStore:
    """The built-in `redis` store, shared by gateway replicas (keel[redis])."""
    try:
        from keel.limits.redis_store import RedisLimitStore
    except ImportError:
        raise ConfigError(
            [ConfigProblem("", "limits.store", "'redis' needs the redis package: pip install 'keel[redis]'")]
        ) from None
    return RedisLimitStore(config.redis_url, config.namespace, window_s=window_s, lease_s=lease_s, poll_s=poll_s)


def make_limit_store(settings: LimitsSettings, **runtime: Any) -> LimitStore:
    """The store `settings.store` names; ConfigError when it is unknown or refuses its params."""
    try:
        return make_from_section("limits", settings, GROUP, **runtime)
    except PluginProblems as exc:
        raise ConfigError([ConfigProblem("", ".".join(map(str, loc)), msg) for loc, msg in exc.problems]) from None


def check_limits_config(data: dict[str, Any], settings: Any) -> list[Problem]:
    """The keel.config_checks entry: `limits.store` is installed and takes `limits.store_params`."""
    return check_store_section(data, settings, "limits", LimitsSettings, GROUP)
