"""The built-in stores, CLI groups and config checks go through the same entry points as plugins."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from keel.cache.memory import MemoryStore
from keel.cache.store import make_store
from keel.config import CacheSettings, ConfigError, LimitsSettings, Settings, parse_settings
from keel.limits import Limiter
from keel.limits.memory import MemoryLimitStore
from keel.plugins import configure, plugins


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as exc:
        parse_settings(text, source="keel.yaml")
    return [str(p) for p in exc.value.problems]


def test_builtins_register_through_entry_points() -> None:
    assert {"memory", "redis"} <= set(plugins("keel.cache_stores").names())
    assert {"memory", "redis"} <= set(plugins("keel.limit_stores").names())
    assert {"models", "config", "guard", "data"} <= set(plugins("keel.cli").names())
    assert {"cache", "limits", "plugins"} <= set(plugins("keel.config_checks").names())


def test_cache_store_from_the_section_fields_and_from_store_params() -> None:
    store = make_store(CacheSettings(max_entries=5))
    assert isinstance(store, MemoryStore) and store.max_entries == 5
    assert make_store(CacheSettings(max_entries=5, store_params={"max_entries": 7})).max_entries == 7  # params win


def test_redis_stores_keep_their_section_fields() -> None:
    pytest.importorskip("redis")
    cache = make_store(CacheSettings(store="redis", redis_url="redis://127.0.0.1:1/0", namespace="ns:c"))
    assert (cache.url, cache.namespace) == ("redis://127.0.0.1:1/0", "ns:c")  # built, not connected
    limits = Limiter(LimitsSettings(store="redis", namespace="ns:l", store_params={"redis_url": "redis://h:2/0"}))
    assert limits.store.prefix == "{ns:l}"
    assert limits.store.client.connection_pool.connection_kwargs["host"] == "h"


def test_limits_store_gets_the_limiters_window_and_clock() -> None:
    limiter = Limiter(window_s=5.0, clock=lambda: 42.0)
    assert isinstance(limiter.store, MemoryLimitStore)
    assert (limiter.store.window, limiter.store.clock()) == (5.0, 42.0)


def test_unknown_stores_list_the_installed_ones_with_file_and_line() -> None:
    found = problems("cache:\n  store: nope\nlimits:\n  store: nada\n")
    assert found[0].startswith("keel.yaml:2:3: cache.store: unknown cache store 'nope'; installed: memory, redis")
    assert found[1].startswith("keel.yaml:4:3: limits.store: unknown limits store 'nada'; installed: memory, redis")


def test_store_params_are_checked_by_the_stores_config() -> None:
    found = problems(
        "cache:\n  store_params:\n    max_entries: 0\n    bogus: 1\n"
        "limits:\n  store_params: {redis_url: x}\n"
        "server:\n  port: lots\n"  # another section failing: the stores are still judged
    )
    assert "keel.yaml:3:5: cache.store_params.max_entries: Input should be greater than or equal to 1" in found
    assert "keel.yaml:4:5: cache.store_params.bogus: unknown parameter" in found
    assert "keel.yaml:6:3: limits.store_params: limits store 'memory' takes no parameters (got redis_url)" in found
    assert any(p.startswith("keel.yaml:8:") and "server.port" in p for p in found)


def test_stores_built_in_code_are_checked_too() -> None:
    with pytest.raises(ConfigError, match="unknown cache store 'nope'"):
        make_store(CacheSettings(store="nope"))
    with pytest.raises(ConfigError, match=r"cache\.store_params\.max_entries"):
        make_store(CacheSettings(store_params={"max_entries": "many"}))
    with pytest.raises(ConfigError, match="unknown limits store 'nope'"):
        Limiter(LimitsSettings(store="nope"))


def test_configure_inherits_only_the_fields_a_config_declares() -> None:
    factory = plugins("keel.cache_stores").load("redis")
    config = configure(
        factory, {"namespace": "mine"}, {"redis_url": "redis://x/0", "namespace": "keel:cache", "ttl_s": 9}
    )
    assert (config.redis_url, config.namespace) == ("redis://x/0", "mine")


def test_plugin_sections_unknown_name_lists_the_installed_ones() -> None:
    installed = ", ".join(plugins("keel.config").names()) or "none"
    found = problems("plugins:\n  nope: {a: 1}\n")
    assert found == [f"keel.yaml:2:3: plugins.nope: unknown plugin config section 'nope'; installed: {installed}"]
    with pytest.raises(KeyError, match="no plugin config section 'nope'"):
        Settings(plugins={"nope": {}}).plugin_config("nope")


def test_plugin_sections_must_be_a_mapping_of_names() -> None:
    with pytest.raises(ValidationError):
        Settings.model_validate({"plugins": ["a"]})
