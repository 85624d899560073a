"""Runs a policy's rules over texts and applies their actions. Usable without HTTP.

`check(rules, items, …)` is the one mechanism: every rule scans every text it applies to (span
rules: every text; whole-text rules: the texts marked `judge`), span actions rewrite the text,
a triggered `block` rule decides the verdict. `Guard` holds the built policies and runs checks on a
worker thread, so scanners (spaCy, torch, scikit-learn) never block the event loop.
`StreamGuard` checks a streamed answer on a sliding window (stream.py).
"""

from __future__ import annotations

import asyncio
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from keel.errors import InvalidRequest
from keel.guard.actions import SPAN_ACTIONS, Edit, rewrite
from keel.guard.base import ScanContext, ScanResult
from keel.guard.policy import Policy, Rule, build_policy
from keel.guard.vault import Vault

if TYPE_CHECKING:
    from keel.config import GuardSettings


class GuardBlocked(InvalidRequest):
    """A policy refused the request: OpenAI's 400 error object, naming the policy and the scanner."""

    def __init__(self, policy: str, outcome: Outcome) -> None:
        what = "request" if outcome.direction == "input" else "answer"
        super().__init__(
            f"The {what} was blocked by guard policy '{policy}': {outcome.scanner} "
            f"(score {outcome.result.score:.2f}, rule {outcome.rule}).",
            code="guard_blocked",
        )
        self.policy = policy
        self.outcome = outcome


class UnknownPolicy(InvalidRequest):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"There is no guard policy '{name}'; defined: {', '.join(known)}.", param="policy")


@dataclass
class Outcome:
    """What one rule found in one text. Holds no text: safe for traces, logs and audit events."""

    direction: str
    rule: str
    scanner: str
    action: str
    result: ScanResult
    target: int | None = None  # which text (message index) it was

    @property
    def acted(self) -> bool:
        return self.result.triggered and self.action != "allow"

    def to_dict(self) -> dict[str, Any]:
        out = {"direction": self.direction, "rule": self.rule, "action": self.action, **self.result.to_dict()}
        if self.target is not None:
            out["target"] = self.target
        return out


@dataclass
class Item:
    """A text to check. `judge`: whole-text rules run on it too (span rules run on every item)."""

    text: str
    ctx: ScanContext
    judge: bool = True
    target: int | None = None


@dataclass
class Verdict:
    texts: list[str]
    outcomes: list[Outcome] = field(default_factory=list)
    blocked: Outcome | None = None

    @property
    def findings(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.acted]

    def report(self, policy: str, direction: str) -> dict[str, Any]:
        """A policy test's answer (`POST /v1/guard/scan`, `keel guard scan --json`)."""
        blocked = self.blocked
        return {
            "policy": policy,
            "direction": direction,
            "allowed": blocked is None,
            "blocked_by": None if blocked is None else {"rule": blocked.rule, "scanner": blocked.scanner},
            "text": self.texts[0],
            "results": [o.to_dict() for o in self.outcomes],
        }


def check(
    rules: list[Rule],
    items: list[Item],
    direction: str,
    *,
    vault: Vault | None = None,
    hash_key: bytes = b"",
    stop_on_block: bool = True,
) -> Verdict:
    """Scan ITEMS with RULES and apply the span actions. Blocking.

    After a block, only rules that rewrite still run (so nothing logged keeps what they would have
    removed), unless STOP_ON_BLOCK is off: a policy test wants every rule's result. (Running the
    rules side by side on threads was measured slower: the scanners hold the GIL most of the time.)"""
    verdict = Verdict(texts=[item.text for item in items])
    for i, item in enumerate(items):
        edits: list[Edit] = []
        for rule in rules:
            if not (rule.scanner.spans or item.judge) or not item.text:
                continue
            if verdict.blocked is not None and stop_on_block and rule.action not in SPAN_ACTIONS:
                continue  # blocked: only the rewrites still matter (a blocked prompt may be logged)
            t0 = time.perf_counter()
            result = rule.scanner.scan(item.text, item.ctx)
            result.duration_ms = (time.perf_counter() - t0) * 1000
            outcome = Outcome(direction, rule.where, rule.name, rule.action, result, item.target)
            verdict.outcomes.append(outcome)
            if not result.triggered:
                continue
            if rule.action == "block":
                verdict.blocked = verdict.blocked or outcome
            elif rule.action in SPAN_ACTIONS:
                edits.extend(Edit(f, rule.action) for f in result.findings if f.start is not None)
        if edits:
            verdict.texts[i] = rewrite(item.text, edits, vault, hash_key)
    return verdict


def screen_documents(
    rules: list[Rule], documents: list[str], hash_key: bytes = b""
) -> tuple[list[str | None], list[Outcome]]:
    """Retrieved passages through the `documents` rules: rewritten by span actions, and dropped
    (not the whole request) when a `block` rule triggers, e.g. a web page carrying an injection.
    One entry per passage: its text as kept, or None when dropped."""
    kept: list[str | None] = []
    outcomes: list[Outcome] = []
    for i, doc in enumerate(documents):
        item = Item(doc, ScanContext("input", role="document"), True, i)
        verdict = check(rules, [item], "documents", hash_key=hash_key)
        outcomes.extend(verdict.outcomes)
        kept.append(verdict.texts[0] if verdict.blocked is None else None)
    return kept, outcomes


class Guard:
    """The built policies of a gateway (or a CLI run) and a worker thread to run them on."""

    def __init__(self, settings: GuardSettings) -> None:
        self.settings = settings
        key = settings.hash_key.encode() if settings.hash_key else os.urandom(32)
        self.hash_key = key
        self.policies: dict[str, Policy] = {
            name: build_policy(name, cfg, key) for name, cfg in settings.policies.items()
        }
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keel-guard")

    def policy_for(self, route: str | None = None, key_id: str | None = None) -> Policy | None:
        """The policy for a caller: by key id, else by route, else `default` (None if none)."""
        name = (key_id and self.settings.keys.get(key_id)) or (route and self.settings.routes.get(route)) or "default"
        return self.policies.get(name)

    def scan(
        self,
        text: str,
        direction: str = "input",
        policy: str = "default",
        *,
        prompt: str | None = None,
        documents: list[str] | None = None,
    ) -> tuple[Policy, Verdict]:
        """Run every rule of POLICY's DIRECTION on TEXT (a policy test: no stop at a block). Blocking."""
        found = self.policies.get(policy)
        if found is None:
            raise UnknownPolicy(policy, sorted(self.policies))
        rules: list[Rule] = getattr(found, direction)
        scanned = "input" if direction == "documents" else direction
        ctx = ScanContext(scanned, role="user", prompt=prompt, documents=list(documents or []))
        vault = Vault() if direction == "input" else None
        verdict = check(rules, [Item(text, ctx)], direction, vault=vault, hash_key=found.hash_key, stop_on_block=False)
        return found, verdict

    def warm(self) -> None:
        """Load models (spaCy, MiniLM, classifiers) and reference corpora now, not on a request."""
        for policy in self.policies.values():
            for scanner in policy.scanners():
                warm = getattr(scanner, "warm", None)
                if warm is not None:
                    warm()

    async def run(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
