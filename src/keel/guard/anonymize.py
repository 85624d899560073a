"""Training-data privacy: anonymize JSONL records with the guard's span scanners, check k-anonymity.

`anonymize_records` rewrites every string in each record (or only the given fields) with a
policy's span rules on input — PII, secrets, banned substrings — using one action for all
findings (`redact`, `mask`, `hash` or `pseudonymize`). Pseudonyms use one vault per record, so a
person keeps one placeholder across the turns of a conversation; `hash` is stable across records
(with a fixed `guard.hash_key`), which keeps joins possible without the values.

`k_anonymity` groups records by quasi-identifier fields (age, zip code, job…) and reports the
smallest group: a dataset is k-anonymous when every combination occurs at least k times.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from keel.guard.actions import SPAN_ACTIONS, Edit, choose, rewrite
from keel.guard.base import ScanContext
from keel.guard.policy import Policy
from keel.guard.vault import Vault


@dataclass
class AnonymizeStats:
    records: int = 0
    strings: int = 0
    changed_records: int = 0
    entities: Counter[str] = field(default_factory=Counter)


def _get(record: Any, path: list[str]) -> Any:
    """The value at a dotted PATH; lists on the way map over their items."""
    for i, part in enumerate(path):
        if isinstance(record, list):
            return [_get(r, path[i:]) for r in record]
        if not isinstance(record, dict) or part not in record:
            return None
        record = record[part]
    return record


def _walk(value: Any, fn: Any, path: tuple[str, ...], only: list[tuple[str, ...]] | None) -> Any:
    """Apply FN to every string under VALUE whose dotted path (list indices skipped) is selected."""
    if isinstance(value, str):
        if only is None or any(path[: len(p)] == p for p in only):
            return fn(value)
        return value
    if isinstance(value, dict):
        return {k: _walk(v, fn, (*path, str(k)), only) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, fn, path, only) for v in value]
    return value


def anonymize_records(
    records: Iterable[dict[str, Any]],
    policy: Policy,
    action: str = "pseudonymize",
    fields: list[str] | None = None,
    stats: AnonymizeStats | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield each record with its strings anonymized. FIELDS: dotted paths (`messages.content`)."""
    if action not in SPAN_ACTIONS:
        raise ValueError(f"action must be one of {sorted(SPAN_ACTIONS)}, not {action!r}")
    rules = [r for r in policy.input if r.scanner.spans]
    if not rules:
        raise ValueError(f"policy {policy.name!r} has no span rules on input (pii, secrets, …) to anonymize with")
    only = [tuple(f.split(".")) for f in fields] if fields else None
    stats = stats if stats is not None else AnonymizeStats()
    ctx = ScanContext("input")
    for record in records:
        vault = Vault()
        changed = False

        def fix(text: str, vault: Vault = vault) -> str:
            nonlocal changed
            stats.strings += 1
            edits: list[Edit] = []
            for rule in rules:
                result = rule.scanner.scan(text, ctx)
                if result.triggered:
                    edits.extend(Edit(f, action) for f in result.findings if f.start is not None)
            if not edits:
                return text
            changed = True
            for e in choose(edits):  # as rewritten: overlapping findings count once
                stats.entities[e.finding.entity] += 1
            return rewrite(text, edits, vault, policy.hash_key)

        out = _walk(record, fix, (), only)
        stats.records += 1
        stats.changed_records += changed
        yield out


@dataclass
class KAnonymity:
    fields: list[str]
    k: int  # the smallest group size (0 for no records)
    groups: int
    records: int
    small_groups: list[tuple[tuple[Any, ...], int]]  # groups below the required k, smallest first
    records_at_risk: int


def _key(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_key(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _key(v)) for k, v in value.items()))
    return value


def k_anonymity(records: Iterable[dict[str, Any]], fields: list[str], required: int = 2) -> KAnonymity:
    """Group RECORDS by FIELDS (dotted paths); groups smaller than REQUIRED are the risky ones."""
    paths = [f.split(".") for f in fields]
    counts: Counter[tuple[Any, ...]] = Counter()
    for record in records:
        counts[tuple(_key(_get(record, p)) for p in paths)] += 1
    small = sorted(((g, n) for g, n in counts.items() if n < required), key=lambda gn: gn[1])
    return KAnonymity(
        fields=fields,
        k=min(counts.values(), default=0),
        groups=len(counts),
        records=sum(counts.values()),
        small_groups=small,
        records_at_risk=sum(n for _, n in small),
    )
