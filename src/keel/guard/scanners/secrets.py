"""secrets: API keys, tokens, private keys and passwords, by their known shapes plus entropy.

Known shapes (AWS, GitHub, Slack, OpenAI, Anthropic, Stripe, Google, JWT, PEM private keys,
passwords in URLs and `password=` assignments) score high on their own. A generic long token
assigned to a key-like name (`api_key = "…"`, `token: …`) counts only when its Shannon entropy
says it is random, so `api_key = "YOUR_API_KEY"` and `token: sk-...` placeholders pass.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from keel.guard.base import Finding, ScanContext, ScanResult

# (entity, pattern, group holding the secret (0: whole match), score)
_RULES: list[tuple[str, re.Pattern[str], int, float]] = [
    (
        "PRIVATE_KEY",
        re.compile(r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )*PRIVATE KEY-----|$)"),
        0,
        1.0,
    ),
    ("AWS_ACCESS_KEY", re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b"), 0, 0.95),
    (
        "AWS_SECRET_KEY",
        re.compile(r"(?i)aws.{0,20}?(?:secret|key).{0,20}?[\"'=:\s]\s*[\"']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])"),
        1,
        0.9,
    ),
    ("GITHUB_TOKEN", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b"), 0, 0.95),
    ("SLACK_TOKEN", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b"), 0, 0.95),
    ("ANTHROPIC_KEY", re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}"), 0, 0.95),
    ("OPENAI_KEY", re.compile(r"\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"), 0, 0.9),
    ("STRIPE_KEY", re.compile(r"\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\b"), 0, 0.95),
    ("GOOGLE_API_KEY", re.compile(r"\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])"), 0, 0.95),
    ("JWT", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"), 0, 0.9),
    ("PASSWORD_IN_URL", re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s:/@]+:([^\s@/]+)@[^\s/]+"), 1, 0.9),
    (
        "PASSWORD",
        re.compile(r"(?i)\b(?:password|passwd|pwd|secret|pass)\b\s*[=:]\s*[\"']?([^\s\"',;]{6,})"),
        1,
        0.8,
    ),
]
_GENERIC = re.compile(
    r"(?i)\b(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|secret[_-]?key|client[_-]?secret|token|bearer)"
    r"\b[\"']?\s*[=:]?\s*[\"']?(?:bearer\s+)?([A-Za-z0-9_\-./+=]{20,})"
)
_PLACEHOLDER = re.compile(r"(?i)your|example|xxxx|\.\.\.|<|>|changeme|placeholder|redacted|dummy|\*{3}")


def entropy(s: str) -> float:
    """Shannon entropy in bits per character."""
    if not s:
        return 0.0
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


@dataclass
class SecretsScanner:
    name = "secrets"
    directions = frozenset({"input", "output"})
    spans = True

    threshold: float = 0.5
    min_entropy: float = 3.5  # bits/char for a generic token to count as random

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        findings: list[Finding] = []
        for entity, pattern, group, score in _RULES:
            for m in pattern.finditer(text):
                value = m.group(group)
                if not value or (entity in ("PASSWORD", "PASSWORD_IN_URL") and _PLACEHOLDER.search(value)):
                    continue
                if entity == "PASSWORD" and value.startswith(("${", "$", "%(")):
                    continue  # an interpolated reference, not a value
                findings.append(Finding(entity, score, m.start(group), m.end(group)))
        for m in _GENERIC.finditer(text):
            value = m.group(1)
            if _PLACEHOLDER.search(value) or entropy(value) < self.min_entropy:
                continue
            if any(f.start is not None and f.start <= m.start(1) < f.end for f in findings):
                continue
            findings.append(Finding("GENERIC_SECRET", 0.7, m.start(1), m.end(1)))
        findings = [f for f in findings if f.score >= self.threshold]
        score = max((f.score for f in findings), default=0.0)
        return ScanResult(self.name, score=score, triggered=bool(findings), findings=findings)
