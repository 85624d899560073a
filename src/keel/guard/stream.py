"""Output rules on a streamed answer: a sliding window that holds back only what scanners need.

Text arrives in pieces. Span rules (PII, secrets, toxicity…) scan the not-yet-sent text plus a
little already-sent context whenever `step` new characters have come in; text is released up to
`holdback` characters before the end, never inside a finding and never inside a word, so a
credit-card number or a key split across chunks is whole when it is scanned. Released text is
rewritten by the span actions, then placeholders are restored from the vault. Whole-text rules
(refusal, relevance, JSON schema…) run once on the complete answer at the end; by then the text
has gone out, so on a stream they can flag, or end it with `content_filter` instead of `stop`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from keel.guard.actions import Edit, rewrite
from keel.guard.base import Finding, ScanContext
from keel.guard.engine import Item, Outcome, Verdict, check
from keel.guard.policy import Rule
from keel.guard.vault import StreamRestorer, Vault


@dataclass
class StreamGuard:
    rules: list[Rule]
    ctx: ScanContext
    vault: Vault | None = None
    hash_key: bytes = b""
    holdback: int = 64
    step: int = 24
    context: int = 64  # characters of already-sent text scanned with the window (key-name look-backs)
    outcomes: list[Outcome] = field(default_factory=list)
    blocked: Outcome | None = None

    def __post_init__(self) -> None:
        self._span_rules = [r for r in self.rules if r.scanner.spans]
        self._pending = ""  # raw text not yet released
        self._sent_tail = ""  # the end of the raw text already released (scanning context)
        self._since_scan = 0
        self._all: list[str] = []
        self._restorer = StreamRestorer(self.vault) if self.vault else None

    def will_scan(self, piece: str) -> bool:
        """Would feeding PIECE run the scanners (worth a trip to a worker thread)?"""
        if self.blocked is not None or not self._span_rules:
            return False
        pending = len(self._pending) + len(piece)
        return pending >= self.holdback + self.step and self._since_scan + len(piece) >= self.step

    def feed(self, piece: str) -> str:
        """Add a piece of the answer; returns the text that may be sent now (possibly empty)."""
        if self.blocked is not None:
            return ""
        self._all.append(piece)
        if not self._span_rules:  # nothing to scan on the way: only placeholders to restore
            return self._restorer.feed(piece) if self._restorer is not None else piece
        self._pending += piece
        self._since_scan += len(piece)
        if len(self._pending) < self.holdback + self.step or self._since_scan < self.step:
            return ""
        self._since_scan = 0
        return self._release(final=False)

    def finish(self) -> str:
        """The rest of the answer, after the whole-text rules ran (check `blocked` afterwards)."""
        if self.blocked is not None:
            return ""
        out = self._release(final=True) if self._pending else ""
        if self.blocked is None:
            whole = [r for r in self.rules if not r.scanner.spans]
            if whole:
                verdict = check(whole, [Item("".join(self._all), self.ctx)], "output")
                self._record(verdict)
        if self._restorer is not None:
            out += self._restorer.flush()
        return out

    def _record(self, verdict: Verdict) -> None:
        self.outcomes.extend(o for o in verdict.outcomes if o.result.triggered)
        if verdict.blocked is not None:
            self.blocked = verdict.blocked

    def _release(self, final: bool) -> str:
        window = self._sent_tail + self._pending
        offset = len(self._sent_tail)
        verdict = check(self._span_rules, [Item(window, self.ctx)], "output")
        self._record(verdict)
        if verdict.blocked is not None:
            return ""
        findings = [
            (Finding(f.entity, f.score, f.start - offset, f.end - offset), o.action)
            for o in verdict.outcomes
            if o.result.triggered
            for f in o.result.findings
            if f.start is not None and f.end > offset  # whatever lies wholly in sent text is gone
        ]
        cut = len(self._pending)
        if not final:
            cut = max(0, cut - self.holdback)
            space = max(self._pending.rfind(" ", 0, cut), self._pending.rfind("\n", 0, cut))
            cut = space + 1 if space >= 0 else 0
            for f, _ in findings:
                if f.start < cut < f.end or (f.start < cut and f.end >= len(self._pending)):
                    cut = min(cut, max(f.start, 0))
        if cut <= 0:
            return ""
        released = self._pending[:cut]
        edits = [
            Edit(Finding(f.entity, f.score, max(f.start, 0), min(f.end, cut)), action)
            for f, action in findings
            if f.start < cut and action in ("redact", "mask", "hash")
        ]

        out = rewrite(released, edits, None, self.hash_key)
        self._pending = self._pending[cut:]
        self._sent_tail = (self._sent_tail + released)[-self.context :]
        return self._restorer.feed(out) if self._restorer is not None else out
