"""Scanners by name: built-ins and plugins, all registered under the entry point group `keel.scanners`.

A plugin is a class whose instances satisfy `keel.guard.base.Scanner`; its constructor takes the
rule's `params` as keyword arguments (and `threshold` when the rule sets one).
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from typing import Any

from keel.guard.base import Scanner, ScannerConfigError
from keel.plugins import plugins

GROUP = "keel.scanners"


def scanner_names() -> tuple[str, ...]:
    return plugins(GROUP).names()


def scanner_class(name: str) -> Any:
    try:
        return plugins(GROUP).load(name)
    except KeyError:
        raise ScannerConfigError(f"unknown scanner {name!r}; known: {', '.join(scanner_names())}") from None


def _accepted(cls: Any) -> set[str] | None:
    """Keyword arguments CLS takes (None: anything)."""
    if dataclasses.is_dataclass(cls):
        return {f.name for f in dataclasses.fields(cls) if f.init}
    sig = inspect.signature(cls)
    if any(p.kind is p.VAR_KEYWORD for p in sig.parameters.values()):
        return None
    return set(sig.parameters)


def _typed(cls: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    """KWARGS checked (and coerced, "0.5" -> 0.5) against CLS's annotations, like config values."""
    from pydantic import TypeAdapter, ValidationError

    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # unresolvable annotations: leave the values to the scanner
        return kwargs
    out = dict(kwargs)
    for key, value in kwargs.items():
        hint = hints.get(key)
        if hint is None:
            continue
        try:
            out[key] = TypeAdapter(hint).validate_python(value)
        except ValidationError as exc:
            problem = exc.errors()[0]["msg"]
            raise ScannerConfigError(f"parameter {key!r}: {problem} (got {value!r})") from None
    return out


def build_scanner(name: str, params: dict[str, Any], threshold: float | None = None) -> Scanner:
    """An instance of scanner NAME configured by PARAMS; ScannerConfigError says what is wrong."""
    cls = scanner_class(name)
    kwargs = dict(params)
    if threshold is not None:
        kwargs["threshold"] = threshold
    accepted = _accepted(cls)
    if accepted is not None:
        unknown = sorted(k for k in kwargs if k not in accepted or k.startswith("_"))
        if unknown:
            public = sorted(a for a in accepted if not a.startswith("_"))
            raise ScannerConfigError(f"scanner {name!r} has no parameter(s) {unknown}; it takes {public}")
    try:
        kwargs = _typed(cls, kwargs)
    except ScannerConfigError as exc:
        raise ScannerConfigError(f"scanner {name!r}: {exc}") from None
    try:
        return cls(**kwargs)
    except ScannerConfigError:
        raise
    except (TypeError, ValueError, OSError) as exc:  # e.g. a corpus file that is not there
        raise ScannerConfigError(f"scanner {name!r}: {exc}") from None
