"""What a policy does with what a scanner found.

allow          nothing (the scanner still runs and its result is traced)
flag           annotate the trace and the audit log; the text goes on unchanged
redact         replace each span with its tag: `[EMAIL]`
mask           keep the last 4 characters: `************1111`
hash           a keyed hash, stable across requests (joinable, not reversible): `[EMAIL:3f9a0c1d2b4e]`
pseudonymize   a placeholder kept in the request's vault (`[EMAIL_1]`) and restored in the answer
block          refuse the request (input) or the answer (output) with a 400 naming the policy

The span actions need span findings (PII, secrets, banned substrings); on scanners that judge the
whole text only allow, flag and block make sense, and the policy loader says so.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from keel.guard.base import Finding
from keel.guard.vault import Vault, tag_of

ACTIONS = ("allow", "flag", "redact", "mask", "hash", "pseudonymize", "block")
SPAN_ACTIONS = frozenset({"redact", "mask", "hash", "pseudonymize"})
# when two rules rewrite overlapping spans, the stronger action wins
_STRENGTH = {"pseudonymize": 1, "hash": 2, "mask": 3, "redact": 4}


@dataclass(frozen=True)
class Edit:
    finding: Finding
    action: str


def _mask(value: str) -> str:
    keep = 4 if len(value) >= 8 else 0
    return "*" * (len(value) - keep) + value[len(value) - keep :]


def _hash(value: str, entity: str, key: bytes) -> str:
    digest = hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:12]
    return f"[{tag_of(entity)}:{digest}]"


def choose(edits: list[Edit]) -> list[Edit]:
    """Non-overlapping edits. Overlapping ones merge into one over their union, with the strongest
    action and the entity of the longest span, so no part of any finding stays in clear."""
    spans = sorted(
        (e for e in edits if e.finding.start is not None and e.finding.end is not None),
        key=lambda e: (e.finding.start, -e.finding.end),
    )
    groups: list[list[Edit]] = []
    end = -1
    for e in spans:
        if groups and e.finding.start < end:
            groups[-1].append(e)
            end = max(end, e.finding.end)
        else:
            groups.append([e])
            end = e.finding.end
    out: list[Edit] = []
    for group in groups:
        if len(group) == 1:
            out.append(group[0])
            continue
        longest = max(group, key=lambda e: (e.finding.end - e.finding.start, _STRENGTH[e.action], e.finding.score))
        strongest = max(group, key=lambda e: _STRENGTH[e.action])
        start = min(e.finding.start for e in group)
        stop = max(e.finding.end for e in group)
        score = max(e.finding.score for e in group)
        out.append(Edit(Finding(longest.finding.entity, score, start, stop), strongest.action))
    return out


def rewrite(text: str, edits: list[Edit], vault: Vault | None, hash_key: bytes) -> str:
    """Apply span EDITS to TEXT (offsets refer to TEXT as scanned)."""
    if not edits:
        return text
    out: list[str] = []
    pos = 0
    for e in choose(edits):
        f = e.finding
        value = text[f.start : f.end]
        out.append(text[pos : f.start])
        if e.action == "redact":
            out.append(f"[{tag_of(f.entity)}]")
        elif e.action == "mask":
            out.append(_mask(value))
        elif e.action == "hash":
            out.append(_hash(value, f.entity, hash_key))
        elif e.action == "pseudonymize":
            if vault is None:
                raise ValueError("pseudonymize needs a vault")
            out.append(vault.placeholder(f.entity, value))
        else:  # pragma: no cover - filtered by the policy loader
            raise ValueError(f"{e.action!r} is not a span action")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
