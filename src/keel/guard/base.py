"""The scanner interface: a scanner reads text and returns findings with spans, scores and a verdict.

A scanner is any object with a `name`, the `directions` it supports ("input", "output"), whether
its findings are `spans` of the text (PII, secrets: they can be redacted or pseudonymised) or a
judgement of the whole text (injection, toxicity: allow, flag or block), and a blocking
`scan(text, ctx) -> ScanResult`. Scanners register under the entry point group `keel.scanners`
(see `keel.guard.registry`); each is built once per policy rule from its `params`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Direction = Literal["input", "output"]


@dataclass(frozen=True)
class Finding:
    """One thing a scanner found. `start`/`end` are offsets into the scanned text (None: whole text).

    `entity` names the kind (EMAIL_ADDRESS, AWS_ACCESS_KEY, INSTRUCTION_OVERRIDE, …). A finding never
    carries the matched text itself, so findings can go to traces and audit events as they are.
    """

    entity: str
    score: float
    start: int | None = None
    end: int | None = None
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"entity": self.entity, "score": round(self.score, 3)}
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass
class ScanResult:
    """A scanner's verdict on one text: `score` in [0, 1] and what it found.

    `triggered` is the scanner's own decision against its threshold; the policy decides what
    happens then (flag, redact, block…).
    """

    scanner: str
    score: float = 0.0
    triggered: bool = False
    findings: list[Finding] = field(default_factory=list)
    duration_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "scanner": self.scanner,
            "score": round(self.score, 3),
            "triggered": self.triggered,
            "findings": [f.to_dict() for f in self.findings],
            "duration_ms": round(self.duration_ms, 3),
        }


@dataclass
class ScanContext:
    """What a scanner may need besides the text.

    `prompt` is the user's question (for output scanners such as relevance), `system_prompt` the
    system message, `documents` retrieved context passages (grounding), `canary` the token the
    input guard inserted into the system prompt, `schema` the JSON schema the answer must follow,
    `prompt_tokens` the model's own count of the prompt when the preprocess stage made one.
    """

    direction: Direction = "input"
    role: str | None = None
    prompt: str | None = None
    system_prompt: str | None = None
    documents: list[str] = field(default_factory=list)
    canary: str | None = None
    schema: dict[str, Any] | None = None
    prompt_tokens: int | None = None  # the model's count of the prompt, when known


class Scanner(Protocol):
    name: str
    directions: frozenset[str]
    spans: bool  # findings are spans an action can rewrite (redact, mask, hash, pseudonymize)

    def scan(self, text: str, ctx: ScanContext) -> ScanResult: ...


class ScannerConfigError(ValueError):
    """A scanner's params are wrong (unknown entity, bad threshold…): reported with the rule's path."""


def clamp(x: float) -> float:
    return 0.0 if x < 0 else 1.0 if x > 1 else float(x)
