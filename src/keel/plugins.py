"""Plugins by entry point group: providers, pipeline stages, guard scanners.

Each group has built-ins ("name" -> "module:attr") that also resolve without installed package
metadata (e.g. running from a source tree); an installed entry point of the same name wins, so a
third-party package can replace or add one without forking.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any


class Plugins:
    def __init__(self, group: str, builtin: dict[str, str]) -> None:
        self.group = group
        self.builtin = builtin

    @cache  # noqa: B019 - one instance per group, alive for the process
    def names(self) -> tuple[str, ...]:
        return tuple(sorted({ep.name for ep in entry_points(group=self.group)} | set(self.builtin)))

    @cache  # noqa: B019
    def load(self, name: str) -> Any:
        """The class registered as NAME; KeyError when there is none."""
        for ep in entry_points(group=self.group):
            if ep.name == name:
                return ep.load()
        if name in self.builtin:
            module, _, attr = self.builtin[name].partition(":")
            return getattr(import_module(module), attr)
        raise KeyError(name)
