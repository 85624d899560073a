"""Policies: which scanners run on which direction, and what happens when one triggers.

A policy comes from keel.yaml (`guard.policies.<name>`, see `keel.config.GuardPolicy`); this
module builds its scanners once and checks that every action fits its scanner. `Guard` (engine.py)
picks the policy for a request by API key, then route, then `default`.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from keel.guard.actions import SPAN_ACTIONS
from keel.guard.base import Scanner, ScannerConfigError
from keel.guard.registry import build_scanner

if TYPE_CHECKING:
    from keel.config import GuardPolicy, ScannerRule

DIRECTIONS = ("input", "output", "documents")


@dataclass
class Rule:
    scanner: Scanner
    action: str
    where: str  # "input[0]": the rule's place in its policy, as traces and errors name it

    @property
    def name(self) -> str:
        return self.scanner.name


@dataclass
class Policy:
    name: str
    input: list[Rule] = field(default_factory=list)
    output: list[Rule] = field(default_factory=list)
    documents: list[Rule] = field(default_factory=list)
    canary: bool = False
    holdback: int = 64
    hash_key: bytes = b""

    @property
    def canary_token(self) -> str:
        """Stable for a hash key (so cache keys stay stable), secret to callers."""
        return "kc-" + hmac.new(self.hash_key, f"canary:{self.name}".encode(), hashlib.sha256).hexdigest()[:16]

    def scanners(self) -> list[Scanner]:
        return [r.scanner for rules in (self.input, self.output, self.documents) for r in rules]


def build_rule(cfg: ScannerRule, direction: str, index: int) -> Rule:
    where = f"{direction}[{index}]"
    try:
        scanner = build_scanner(cfg.scanner, cfg.params, cfg.threshold)
    except ScannerConfigError as exc:
        raise ScannerConfigError(f"{where}: {exc}") from None
    scanned = "input" if direction == "documents" else direction
    if scanned not in scanner.directions:
        raise ScannerConfigError(f"{where}: scanner {cfg.scanner!r} runs on {sorted(scanner.directions)} only")
    if cfg.action in SPAN_ACTIONS and not scanner.spans:
        raise ScannerConfigError(
            f"{where}: scanner {cfg.scanner!r} judges the whole text; use allow, flag or block, not {cfg.action!r}"
        )
    if cfg.action == "pseudonymize" and direction != "input":
        raise ScannerConfigError(f"{where}: pseudonymize works on input (the answer gets the originals back)")
    return Rule(scanner, cfg.action, where)


def build_policy(name: str, cfg: GuardPolicy, hash_key: bytes) -> Policy:
    """Build every scanner of CFG; ScannerConfigError names the policy and rule that is wrong."""
    try:
        rules: dict[str, Any] = {d: [build_rule(r, d, i) for i, r in enumerate(getattr(cfg, d))] for d in DIRECTIONS}
    except ScannerConfigError as exc:
        raise ScannerConfigError(f"guard.policies.{name}.{exc}") from None
    return Policy(name=name, canary=cfg.canary, holdback=cfg.stream_holdback_chars, hash_key=hash_key, **rules)


def validate_guard(cfg: Any) -> list[tuple[tuple[Any, ...], str]]:
    """Problems in keel.yaml's `guard` section, as (key path, message), for `keel config check`."""
    problems: list[tuple[tuple[Any, ...], str]] = []
    for name, policy in cfg.policies.items():
        for direction in DIRECTIONS:
            for i, rule in enumerate(getattr(policy, direction)):
                try:
                    build_rule(rule, direction, i)
                except ScannerConfigError as exc:
                    msg = str(exc).removeprefix(f"{direction}[{i}]: ")
                    problems.append((("guard", "policies", name, direction, i), msg))
    return problems


def check_guard_config(data: dict[str, Any], settings: Any) -> list[tuple[tuple[Any, ...], str]]:
    """The keel.config_checks entry: scanner parameters and actions, judged by the scanners."""
    return [] if settings is None else validate_guard(settings.guard)
