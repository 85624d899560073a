"""Plugins by entry point group. Built-ins register through the same entry points (pyproject.toml)
that a third-party package uses, so an installed distribution adds or replaces one without forking.

Groups: keel.providers, keel.stages, keel.scanners, keel.routing_strategies, keel.cache_stores,
keel.limit_stores, keel.cli, keel.config (plugin config sections), keel.config_checks.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points
from typing import Any


class PluginGroup:
    def __init__(self, group: str) -> None:
        self.group = group
        self._eps = {ep.name: ep for ep in entry_points(group=group)}
        self._loaded: dict[str, Any] = {}

    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self._eps))

    def load(self, name: str) -> Any:
        """The object registered as NAME; KeyError when there is none."""
        obj = self._loaded.get(name)
        if obj is None:
            obj = self._loaded[name] = self._eps[name].load()
        return obj


@cache
def plugins(group: str) -> PluginGroup:
    return PluginGroup(group)
