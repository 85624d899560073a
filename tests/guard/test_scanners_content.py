"""toxicity (alt-profanity-check), bias, ban_substrings / ban_competitors / ban_topics, and the
limits: token_limit, language (lingua), gibberish (MiniLM's WordPiece vocabulary)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import keel.guard.scanners.topics as topics
from keel.config import GuardPolicy, GuardSettings, ScannerRule
from keel.guard.base import ScanContext, ScannerConfigError
from keel.guard.corpus import load_corpus
from keel.guard.engine import Guard
from keel.guard.scanners.bias import BiasScanner
from keel.guard.scanners.limits import GibberishScanner, LanguageScanner, TokenLimitScanner
from keel.guard.scanners.topics import BanCompetitorsScanner, BanSubstringsScanner, BanTopicsScanner
from keel.guard.scanners.toxicity import ToxicityScanner
from tests.guard.conftest import write_jsonl

CTX = ScanContext("input")


def spans(result, text: str) -> list[str]:
    return [text[f.start : f.end] for f in result.findings]


# --- toxicity ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def toxicity() -> ToxicityScanner:
    return ToxicityScanner()


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much for your help, have a lovely day.",
        "Please review the attached quarterly report before Friday.",
        "Have a nice day",
    ],
)
def test_polite_text_is_not_toxic(toxicity: ToxicityScanner, text: str) -> None:
    r = toxicity.scan(text, CTX)
    assert not r.triggered and r.findings == []
    assert r.score < 0.3


def test_insult_is_toxic_over_the_whole_text(toxicity: ToxicityScanner) -> None:
    text = "You are a fucking idiot."
    r = toxicity.scan(text, CTX)
    assert r.triggered and r.score > 0.9
    assert spans(r, text) == [text]


def test_one_toxic_sentence_is_not_averaged_away_and_is_its_own_span(toxicity: ToxicityScanner) -> None:
    text = "Thanks for the report. You are a stupid worthless piece of shit. Please send the invoice."
    r = toxicity.scan(text, CTX)
    assert r.triggered
    assert spans(r, text) == ["You are a stupid worthless piece of shit."]  # leading space trimmed


def test_toxicity_threshold(toxicity: ToxicityScanner) -> None:
    text = "You are a fucking idiot."
    assert not ToxicityScanner(threshold=1.01).scan(text, CTX).triggered
    assert toxicity.scan(text, CTX).triggered


# --- bias -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bias_rules() -> BiasScanner:
    return BiasScanner(similarity=False)


@pytest.mark.parametrize(
    "text",
    [
        "Women are too emotional to lead.",
        "All immigrants are criminals.",
        "Old people can't use technology.",
        "Muslims are violent.",
        "Men are inherently better leaders.",
        "Asians are good at math.",
    ],
)
def test_stereotypes_are_found_by_pattern(bias_rules: BiasScanner, text: str) -> None:
    r = bias_rules.scan(text, CTX)
    assert r.triggered and r.score == 0.9
    assert spans(r, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Some people drive to work.",
        "Immigrants are entitled to legal counsel.",
        "Older people are more likely to develop arthritis.",
        "Our team has great leaders.",
        "The weather is nice today.",
    ],
)
def test_neutral_statements_pass(bias_rules: BiasScanner, text: str) -> None:
    assert not bias_rules.scan(text, CTX).triggered


@pytest.mark.parametrize(
    "text",
    [
        "Women are underrepresented in tech leadership.",
        "Young people are increasingly using smartphones to learn math.",
    ],
)
def test_trait_words_match_whole_words_only(bias_rules: BiasScanner, text: str) -> None:
    assert not bias_rules.scan(text, CTX).triggered


@pytest.mark.parametrize("text", ["Many people are good at math.", "Most people are smart enough to read the manual."])
def test_quantifiers_are_not_protected_groups(bias_rules: BiasScanner, text: str) -> None:
    assert not bias_rules.scan(text, CTX).triggered


def test_only_the_biased_sentence_is_a_span(bias_rules: BiasScanner) -> None:
    text = "The weather is nice. Women are bad at math. Let's go."
    assert spans(bias_rules.scan(text, CTX), text) == ["Women are bad at math."]


def test_bias_similarity_to_examples(bias_corpus, embedder, bias_rules: BiasScanner) -> None:
    scanner = BiasScanner(corpus=str(bias_corpus))
    text = "Thanks for coming. Women should stay home and leave jobs to men."
    assert not bias_rules.scan(text, CTX).triggered  # no pattern for this one
    r = scanner.scan(text, CTX)
    assert r.triggered
    assert spans(r, text) == ["Women should stay home and leave jobs to men."]
    for benign in ["Immigrants are entitled to legal counsel.", "Women won the election in three districts."]:
        assert not scanner.scan(benign, CTX).triggered
    # a sentence naming no group is not judged, however close to an example
    assert not scanner.scan("They should stay home and leave jobs to others.", CTX).triggered


# --- ban_substrings / ban_competitors / ban_topics --------------------------------------------


def test_ban_substrings_whole_words_case_insensitive() -> None:
    s = BanSubstringsScanner(substrings=["project falcon", "secret"])
    text = "The Project Falcon budget is secret; the secretary knows."
    r = s.scan(text, CTX)
    assert spans(r, text) == ["Project Falcon", "secret"]
    assert r.score == 1.0 and r.triggered
    assert not s.scan("Nothing to see here.", CTX).triggered


def test_ban_substrings_options() -> None:
    s = BanSubstringsScanner(substrings=["secret"], whole_words=False, case_sensitive=True)
    text = "The Secret secretary secret"
    assert [f.start for f in s.scan(text, CTX).findings] == [11, 21]


def test_ban_substrings_longest_alternative_first() -> None:
    s = BanSubstringsScanner(substrings=["falcon", "project falcon"])
    text = "about project falcon"
    assert spans(s.scan(text, CTX), text) == ["project falcon"]


def test_ban_competitors_with_aliases() -> None:
    s = BanCompetitorsScanner(competitors={"OpenAI": ["ChatGPT", "GPT-4"], "Anthropic": ["Claude"]})
    text = "Is Claude better than chatgpt or GPT-4? gpt-4o maybe"
    r = s.scan(text, CTX)
    assert [(text[f.start : f.end], f.detail) for f in r.findings] == [
        ("Claude", "Anthropic"),
        ("chatgpt", "OpenAI"),
        ("GPT-4", "OpenAI"),
    ]
    listed = BanCompetitorsScanner(competitors=["Acme"])
    assert listed.scan("acme inc", CTX).findings[0].detail == "Acme"


@pytest.mark.parametrize(
    ("cls", "kwargs", "match"),
    [
        (BanSubstringsScanner, {}, "substrings"),
        (BanCompetitorsScanner, {}, "competitors"),
        (BanTopicsScanner, {}, "topics"),
    ],
)
def test_topic_scanners_need_their_lists(cls, kwargs, match: str) -> None:
    with pytest.raises(ScannerConfigError, match=match):
        cls(**kwargs)


@pytest.fixture
def topic_examples(tmp_path, monkeypatch):
    """ban_topics reads the shipped banned_topics_examples corpus by name; point it at ours."""
    path = write_jsonl(
        tmp_path / "topics.jsonl",
        [
            {"text": "Who should I vote for in the next election?", "category": "politics"},
            {"text": "What do you think of the president's new tax policy?", "category": "politics"},
            {"text": "Which party has the better immigration plan?", "category": "politics"},
        ],
    )
    monkeypatch.setattr(topics, "load_corpus", lambda name: load_corpus(str(path)))
    return path


def test_ban_topics(topic_examples, embedder) -> None:
    s = BanTopicsScanner(
        topics=["politics", "medical advice"],
        examples={
            "medical advice": [
                "What dose of ibuprofen should I take for my back pain?",
                "Should I stop taking my blood pressure medication?",
            ]
        },
    )
    r = s.scan("Which candidate should I vote for in the upcoming election?", CTX)
    assert r.triggered
    assert r.findings[0].entity == "BANNED_TOPIC" and r.findings[0].detail.startswith("politics")
    assert r.findings[0].start is None
    r = s.scan("How much paracetamol can I take for a headache?", CTX)
    assert r.triggered and r.findings[0].detail.startswith("medical advice")
    for benign in ["How do I bake sourdough bread?", "Write a haiku about autumn leaves."]:
        r = s.scan(benign, CTX)
        assert not r.triggered and r.score < 0.5
    assert s.scan("   ", CTX).score == 0.0


# --- limits -----------------------------------------------------------------------------------


def test_token_limit_estimate_and_model_count() -> None:
    s = TokenLimitScanner(max_tokens=10)
    r = s.scan("word " * 100, CTX)
    assert r.triggered and r.findings[0].entity == "TOKEN_LIMIT"
    assert r.findings[0].detail.endswith("tokens > 10")
    assert not s.scan("hi there", CTX).triggered
    assert s.scan("hi", ScanContext(prompt_tokens=11)).triggered  # the model's own count wins
    assert not s.scan("word " * 100, ScanContext(prompt_tokens=10)).triggered


@pytest.fixture(scope="module")
def english() -> LanguageScanner:
    return LanguageScanner(allowed=["en"], candidates=["fr", "de", "es", "ja"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le temps est magnifique aujourd'hui et je voudrais me promener dans le parc.", "fr"),
        ("Das Wetter ist heute schön und ich möchte im Park spazieren gehen.", "de"),
        ("こんにちは、今日はとても良い天気ですね。散歩に行きたいです。", "ja"),
    ],
)
def test_language_outside_the_allow_list(english: LanguageScanner, text: str, code: str) -> None:
    r = english.scan(text, CTX)
    assert r.triggered and r.score > 0.9
    assert r.findings[0].detail == code


def test_language_allowed_and_short_texts(english: LanguageScanner) -> None:
    assert not english.scan("The weather is lovely today and I would like a walk in the park.", CTX).triggered
    r = english.scan("Merci beaucoup!", CTX)  # fewer than 20 letters: not judged
    assert (r.score, r.triggered) == (0.0, False)
    both = LanguageScanner(allowed=["en", "fr"], candidates=["de"])
    assert not both.scan("Le temps est magnifique aujourd'hui et je voudrais me promener.", CTX).triggered


def test_language_config_errors() -> None:
    with pytest.raises(ScannerConfigError, match="unknown language code 'xx'"):
        LanguageScanner(allowed=["xx"])
    with pytest.raises(ScannerConfigError, match="allowed"):
        LanguageScanner(allowed=[])


def test_language_without_candidates_still_detects_another_language() -> None:
    s = LanguageScanner(allowed=["en"], candidates=[])
    assert s.scan("Le temps est magnifique aujourd'hui et je voudrais me promener.", CTX).triggered


def test_language_single_allowed_french_detects_english() -> None:
    s = LanguageScanner(allowed=["fr"], candidates=[])
    assert s.scan("The weather is lovely today and I would like to go for a walk in the park.", CTX).triggered


@pytest.fixture(scope="module")
def gibberish() -> GibberishScanner:
    s = GibberishScanner()
    s.warm()
    return s


@pytest.mark.parametrize(
    "text", ["asdkjh qwpoeiru zxcmvnb lkjhgf poiuyt", "dfgh sdfg wert xcvb", "Qwrtpsdfg zzxxcv bnmpqrst!"]
)
def test_gibberish(gibberish: GibberishScanner, text: str) -> None:
    r = gibberish.scan(text, CTX)
    assert r.triggered and r.findings[0].entity == "GIBBERISH"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Install numpy, scipy and sklearn, then run pytest.",
            id="python packages",
        ),
        pytest.param(
            "Compare strengths, lengths.",
            id="english consonant runs",
        ),
    ],
)
def test_real_words_are_not_gibberish(gibberish: GibberishScanner, text: str) -> None:
    assert not gibberish.scan(text, CTX).triggered


@pytest.mark.parametrize(
    "text",
    [
        "The weather is lovely today and I want a walk.",
        "Please review the attached quarterly report before Friday.",
        "hello asdfghjkl",  # one odd word among few is not gibberish
        "xkcd",
        "1234 5678 !!!",
        "Das Wetter ist heute schön, привет мир, こんにちは",  # other scripts are the language scanner's
    ],
)
def test_not_gibberish(gibberish: GibberishScanner, text: str) -> None:
    assert not gibberish.scan(text, CTX).triggered


# --- warm-up ----------------------------------------------------------------------------------


def _guard(rule: ScannerRule) -> Guard:
    return Guard(GuardSettings(policies={"default": GuardPolicy(input=[rule])}))


def test_guard_warm_preloads_language_models(monkeypatch) -> None:
    """warm() builds the detector with every language model loaded; the first scan builds nothing."""
    import lingua

    real = lingua.LanguageDetectorBuilder
    asked: list[str] = []

    class SpyBuilder:
        """lingua's detector builder, noting what the scanner asks of it."""

        def __init__(self, inner) -> None:
            self._inner = inner

        @staticmethod
        def from_languages(*languages):
            return SpyBuilder(real.from_languages(*languages))

        def __getattr__(self, name: str):
            method = getattr(self._inner, name)

            def call(*args, **kwargs):
                asked.append(name)
                out = method(*args, **kwargs)
                return SpyBuilder(out) if name.startswith("with_") else out

            return call

    monkeypatch.setattr(lingua, "LanguageDetectorBuilder", SpyBuilder)
    guard = _guard(ScannerRule(scanner="language", params={"allowed": ["en"]}))
    assert asked == []  # building the policy loads nothing
    guard.warm()
    assert "with_preloaded_language_models" in asked and asked[-1] == "build"
    warmed = list(asked)
    _, verdict = guard.scan("Das Wetter ist heute schön und ich möchte gehen.")
    assert asked == warmed  # the first scan used the warm detector
    assert verdict.outcomes[0].result.triggered  # German, with only English allowed


def test_guard_warm_loads_the_toxicity_model() -> None:
    """alt-profanity-check loads its model when imported: warm() does that, the first scan loads nothing.
    In a fresh process, so that nothing else has loaded it before."""
    code = textwrap.dedent(
        """
        import json, sys
        from keel.config import GuardPolicy, GuardSettings, ScannerRule
        from keel.guard.engine import Guard

        guard = Guard(GuardSettings(policies={"default": GuardPolicy(input=[ScannerRule(scanner="toxicity")])}))
        built = "profanity_check.profanity_check" in sys.modules
        guard.warm()
        warmed = set(sys.modules)
        _, verdict = guard.scan("Have a nice day")
        print(json.dumps({
            "built": built,
            "warmed": "profanity_check.profanity_check" in warmed,
            "loaded_by_scan": sorted(set(sys.modules) - warmed),
            "triggered": verdict.outcomes[0].result.triggered,
        }))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    facts = json.loads(out.stdout.strip().splitlines()[-1])
    assert facts == {"built": False, "warmed": True, "loaded_by_scan": [], "triggered": False}
