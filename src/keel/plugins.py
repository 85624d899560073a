"""Plugins by entry point group. Built-ins register through the same entry points (pyproject.toml)
that a third-party package uses, so an installed distribution adds or replaces one without forking.

Groups: keel.providers, keel.stages, keel.scanners, keel.routing_strategies, keel.cache_stores,
keel.limit_stores, keel.cli, keel.config (plugin config sections), keel.config_checks.
The contract of each group is in docs/plugins.md.

A plugin that takes parameters declares them as a pydantic model in its `Config` attribute; it
is then built with `config=Config.model_validate(params)`. `configure` and `check_store_section`
are that scheme for the stores (`cache.store` + `cache.store_params`, `limits.store` +
`limits.store_params`); this module imports nothing of Keel.
"""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Callable, Mapping
from functools import cache
from importlib.metadata import entry_points
from typing import Any, TypeVar

from pydantic import ValidationError

Problem = tuple[tuple[Any, ...], str]  # (key path in keel.yaml, message)
F = TypeVar("F", bound=Callable[..., Any])


# groups Keel itself fills: empty means the installed metadata predates pyproject.toml
_BUILTIN_GROUPS = (
    "keel.providers",
    "keel.stages",
    "keel.scanners",
    "keel.routing_strategies",
    "keel.cache_stores",
    "keel.limit_stores",
    "keel.cli",
    "keel.config_checks",
)


class PluginGroup:
    def __init__(self, group: str) -> None:
        self.group = group
        self._eps = {ep.name: ep for ep in entry_points(group=group)}
        self._loaded: dict[str, Any] = {}
        if not self._eps and group in _BUILTIN_GROUPS:
            warnings.warn(
                f"no plugins registered under {group!r}, not even Keel's built-ins: the installed package "
                "metadata is older than pyproject.toml; run `make install` (or `pip install -e .`) again",
                RuntimeWarning,
                stacklevel=2,
            )

    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self._eps))

    def source(self, name: str) -> str:
        """Where NAME comes from: "module:attribute from distribution"."""
        ep = self._eps[name]
        dist = getattr(ep, "dist", None)
        return f"{ep.value} from {dist.name}" if dist is not None else ep.value

    def load(self, name: str) -> Any:
        """The object registered as NAME; KeyError when there is none."""
        obj = self._loaded.get(name)
        if obj is None:
            obj = self._loaded[name] = self._eps[name].load()
        return obj


@cache
def plugins(group: str) -> PluginGroup:
    return PluginGroup(group)


def configured_by(schema: type) -> Callable[[F], F]:
    """Give a factory function a `Config` (what a class declares as its attribute)."""

    def mark(fn: F) -> F:
        fn.Config = schema  # type: ignore[attr-defined]
        return fn

    return mark


def configure(factory: Any, params: Mapping[str, Any], section: Mapping[str, Any] | None = None) -> Any:
    """FACTORY's `Config` validated from PARAMS, or None when it declares none (then PARAMS must be
    empty, else ValueError). Fields the Config shares with SECTION (the keel.yaml section the
    plugin serves, e.g. `cache.redis_url`) default to the section's values; PARAMS win.
    Raises pydantic's ValidationError for bad values."""
    schema = getattr(factory, "Config", None)
    if schema is None:
        if params:
            raise ValueError(f"takes no parameters (got {', '.join(sorted(params))})")
        return None
    fields = getattr(schema, "model_fields", {})
    merged = {k: v for k, v in (section or {}).items() if k in fields}
    merged.update(params)
    return schema.model_validate(merged)


def build(factory: Any, config: Any, **runtime: Any) -> Any:
    """Call FACTORY with `config=` (when it declares a Config) and those of the RUNTIME keyword
    arguments its signature accepts (all of them when it takes **kwargs)."""
    try:
        sig = inspect.signature(factory)
    except (TypeError, ValueError):
        accepted = None
    else:
        params = sig.parameters.values()
        accepted = None if any(p.kind is p.VAR_KEYWORD for p in params) else {p.name for p in params}
    kwargs = {k: v for k, v in runtime.items() if accepted is None or k in accepted}
    if getattr(factory, "Config", None) is not None:
        kwargs["config"] = config
    return factory(**kwargs)


def validation_problems(
    exc: ValidationError, prefix: tuple[Any, ...], unknown: str = "unknown parameter"
) -> list[Problem]:
    """EXC's errors as (PREFIX + location, message); a key the model does not have is UNKNOWN."""
    out = []
    for err in exc.errors():
        msg = unknown if err["type"] == "extra_forbidden" else err["msg"]
        out.append(((*prefix, *err["loc"]), msg.removeprefix("Value error, ")))
    return out


def check_store_section(data: dict[str, Any], settings: Any, section: str, schema: Any, group: str) -> list[Problem]:
    """A keel.config_checks helper for a section with `store` + `store_params` (cache, limits).
    Judged from the raw section when another part of the file failed (values of the wrong type
    are left to the schema)."""
    if settings is not None:
        return store_problems(section, getattr(settings, section), group)
    raw = data.get(section)
    try:
        values = schema.model_validate({} if raw is None else raw)
    except ValidationError:
        return []  # reported by the schema
    return store_problems(section, values, group)


def store_problems(section: str, values: Any, group: str) -> list[Problem]:
    """Whether the store VALUES (a validated section) names is installed, loads, and accepts its
    `store_params`; every problem as (key path, message)."""
    name, params = values.store, values.store_params
    what = f"{section} store"
    found = plugins(group)
    if name not in found.names():
        installed = ", ".join(found.names()) or "none"
        return [((section, "store"), f"unknown {what} {name!r}; installed: {installed}")]
    try:
        factory = found.load(name)
    except Exception as exc:  # a plugin that fails to import
        return [((section, "store"), f"{what} {name!r} failed to load: {type(exc).__name__}: {exc}")]
    shared = shared_values(values)
    try:
        configure(factory, params, shared)
    except ValidationError as exc:
        out = []
        for loc, msg in validation_problems(exc, ()):
            # a value the store inherited from the section is reported where it is written
            inherited = bool(loc) and loc[0] not in params and loc[0] in shared
            out.append(((section, *loc) if inherited else (section, "store_params", *loc), msg))
        return out
    except ValueError as exc:
        return [((section, "store_params"), f"{what} {name!r} {exc}")]
    return []


def shared_values(values: Any) -> dict[str, Any]:
    """The store section's own fields (redis_url, namespace…) that keel.yaml sets, which a store's
    Config may share; a field left unset keeps the store's own default."""
    return values.model_dump(exclude={"store", "store_params"}, exclude_unset=True)


def make_from_section(section: str, values: Any, group: str, **runtime: Any) -> Any:
    """Build the store a validated section names (see `build` for RUNTIME). ValueError with every
    problem when it is unknown, fails to load or refuses its parameters."""
    problems = store_problems(section, values, group)
    if problems:
        raise PluginProblems(problems)
    factory = plugins(group).load(values.store)
    return build(factory, configure(factory, values.store_params, shared_values(values)), **runtime)


class PluginProblems(ValueError):
    """A plugin cannot be built from its configuration: `problems` as (key path, message)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{'.'.join(map(str, loc))}: {msg}" for loc, msg in problems))
