"""pii: overlapping findings resolved by score and cue words; look-alikes decided by the words around them.

The resolution cases build findings by hand (every overlap and tie shape); the look-alike and host
cases run the real scanner (Presidio + the guard's rules) on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from keel.guard.base import Finding, ScanContext
from keel.guard.scanners.pii import PiiScanner
from keel.guard.scanners.pii_spans import has_cue, lookalike, resolve

PATTERNS = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL", "US_SSN"]


def span(text: str, value: str, entity: str, score: float, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Finding(entity, score, start, start + len(value))


def kept(text: str, findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start : f.end]) for f in resolve(text, findings)]


@pytest.fixture(scope="module")
def patterns() -> PiiScanner:
    return PiiScanner(entities=PATTERNS)


def found(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start : f.end]) for f in scanner.scan(text, ScanContext("input")).findings]


# ----------------------------------------------------------------------------- resolution


def test_a_lower_score_enclosing_match_does_not_swallow_a_higher_score_one() -> None:
    text = "the NAS (10.1.20.5) rebooted"
    ip = span(text, "10.1.20.5", "IP_ADDRESS", 0.6)
    phone = span(text, "(10.1.20.5)", "PHONE_NUMBER", 0.4)
    assert kept(text, [phone, ip]) == [("IP_ADDRESS", "10.1.20.5")]


def test_a_higher_score_enclosing_match_wins_over_what_it_contains() -> None:
    text = "write to kai.berg@mail.example.org today"
    email = span(text, "kai.berg@mail.example.org", "EMAIL_ADDRESS", 1.0)
    url = span(text, "mail.example.org", "URL", 0.5)
    assert kept(text, [url, email]) == [("EMAIL_ADDRESS", "kai.berg@mail.example.org")]


def test_partial_overlap_keeps_the_higher_score() -> None:
    text = "ref 4000 1234 5678 9010 77"
    card = span(text, "4000 1234 5678 9010", "CREDIT_CARD", 1.0)
    phone = span(text, "5678 9010 77", "PHONE_NUMBER", 0.4)
    assert kept(text, [phone, card]) == [("CREDIT_CARD", "4000 1234 5678 9010")]


def test_equal_spans_keep_the_higher_score() -> None:
    text = "reach 770-81-2291 now"
    ssn = span(text, "770-81-2291", "US_SSN", 0.5)
    phone = span(text, "770-81-2291", "PHONE_NUMBER", 0.75)
    assert kept(text, [ssn, phone]) == [("PHONE_NUMBER", "770-81-2291")]


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        ("Employee SSN: 452-19-6630 on file", "US_SSN"),
        ("social security no. 452-19-6630", "US_SSN"),
        ("mobile 452-19-6630 after six", "PHONE_NUMBER"),
    ],
)
def test_an_exact_tie_goes_to_the_type_a_cue_word_names(text: str, winner: str) -> None:
    ssn = span(text, "452-19-6630", "US_SSN", 0.85)
    phone = span(text, "452-19-6630", "PHONE_NUMBER", 0.85)
    for order in ([ssn, phone], [phone, ssn]):
        assert [e for e, _ in kept(text, order)] == [winner]


def test_a_tie_without_cues_keeps_the_longer_then_the_earlier() -> None:
    text = "values 12345 678 90"
    a = Finding("US_BANK_NUMBER", 0.5, 7, 16)
    b = Finding("PHONE_NUMBER", 0.5, 7, 19)
    assert kept(text, [a, b]) == [("PHONE_NUMBER", "12345 678 90")]
    c = Finding("US_BANK_NUMBER", 0.5, 7, 12)
    d = Finding("PHONE_NUMBER", 0.5, 10, 15)
    assert [f.start for f in resolve(text, [d, c])] == [7]


def test_disjoint_findings_are_all_kept_in_order() -> None:
    text = "ip 10.9.8.7, card 4000 0566 5566 5556"
    ip = span(text, "10.9.8.7", "IP_ADDRESS", 0.6)
    card = span(text, "4000 0566 5566 5556", "CREDIT_CARD", 1.0)
    assert kept(text, [card, ip]) == [("IP_ADDRESS", "10.9.8.7"), ("CREDIT_CARD", "4000 0566 5566 5556")]
    assert resolve(text, []) == []


def test_cue_words_are_words_not_substrings() -> None:
    text = "the tinsmith's number 452-19-6630"  # "tin" inside "tinsmith" is no cue for an SSN
    assert not has_cue(text, span(text, "452-19-6630", "US_SSN", 0.5))
    assert has_cue("TIN 452-19-6630", Finding("US_SSN", 0.5, 4, 15))


def test_the_scanner_prefers_the_ssn_when_the_cue_says_so(patterns: PiiScanner) -> None:
    assert found(patterns, "Her SSN (452-19-6630) was verified.") == [("US_SSN", "452-19-6630")]


# ----------------------------------------------------------------------------- look-alikes


@pytest.mark.parametrize(
    "text",
    [
        "We pinned v2.7.14.3 of the agent on every node.",
        "Upgrade to version 11.2.0.4 of the database client first.",
        "Firmware 3.10.1.7 fixes the fan curve.",
        "The MIB object 1.3.6.1.2.1.2.2 lists the interfaces.",
        "Our enterprise OID is 1.3.6.1.4.1.32473.",
        "release 4.0.0.12 is the long-term one",
    ],
)
def test_versions_and_oids_are_not_ip_addresses(patterns: PiiScanner, text: str) -> None:
    assert found(patterns, text) == []


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("Blocked 10.0.0.1 after five failures.", "10.0.0.1"),
        ("server 172.20.14.3 answers on 443", "172.20.14.3"),
        ("The build agent at 10.3.2.1 is offline.", "10.3.2.1"),
    ],
)
def test_real_addresses_stay_ip_addresses(patterns: PiiScanner, text: str, ip: str) -> None:
    assert found(patterns, text) == [("IP_ADDRESS", ip)]


@pytest.mark.parametrize(
    "text",
    [
        "My order #3125550147 still hasn't shipped.",
        "Ticket no. 6175550133 was closed by mistake.",
        "Tracking number: 2125550172, carrier DHL.",
        "Quoting reference 9495550116 in the subject line helps us.",
    ],
)
def test_order_and_ticket_numbers_are_not_phone_numbers(patterns: PiiScanner, text: str) -> None:
    assert found(patterns, text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call me on 3125550147 after lunch.", "3125550147"),
        ("Order line: +1 312 555 0147", "+1 312 555 0147"),
    ],
)
def test_phone_numbers_near_order_words_stay_phone_numbers(patterns: PiiScanner, text: str, phone: str) -> None:
    assert found(patterns, text) == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "Replace the pump with part 452-19-6630-C.",
        "SKU 452-19-6630 is the blue variant.",
        "Order item 452-19-6630 in packs of ten.",
        "Serial AB-452-19-6630 is under warranty.",
    ],
)
def test_ssn_shaped_part_numbers_are_not_ssns(patterns: PiiScanner, text: str) -> None:
    assert [e for e, _ in found(patterns, text)] == []


def test_an_ssn_with_its_cue_stays_an_ssn(patterns: PiiScanner) -> None:
    assert found(patterns, "SSN 452-19-6630, part of the W-2 form") == [("US_SSN", "452-19-6630")]


def test_lookalike_leaves_other_types_alone() -> None:
    text = "version jane@example.com"
    assert not lookalike(text, Finding("EMAIL_ADDRESS", 1.0, 8, 24))
    v6 = "version fe80::1"
    assert not lookalike(v6, Finding("IP_ADDRESS", 0.6, 8, 15))


# ----------------------------------------------------------------------------- internal hosts


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The runner pulls from git.eng.internal every minute.", "git.eng.internal"),
        ("Printers live on printsrv.office.lan now.", "printsrv.office.lan"),
        ("Open http://kibana.ops.corp:5601/app/discover to see it.", "http://kibana.ops.corp:5601/app/discover"),
        ("mDNS name: pi-kitchen.local", "pi-kitchen.local"),
        ("The router answers as gw.home.arpa.", "gw.home.arpa"),
    ],
)
def test_internal_host_names_are_urls(patterns: PiiScanner, text: str, host: str) -> None:
    assert found(patterns, text) == [("URL", host)]


def test_internal_suffixes_inside_words_are_not_hosts(patterns: PiiScanner) -> None:
    assert found(patterns, "Team Internal.Localisation owns the docs and the my.localhosts list.") == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Mail ops@build.corp if the nightly fails.", "ops@build.corp"),
        ("Reply to jane.doe+alerts@mail.eng.internal please.", "jane.doe+alerts@mail.eng.internal"),
        ("cc: backup_admin@nas.home.arpa", "backup_admin@nas.home.arpa"),
    ],
)
def test_e_mail_addresses_on_internal_hosts_are_e_mail_addresses(patterns: PiiScanner, text: str, email: str) -> None:
    assert found(patterns, text) == [("EMAIL_ADDRESS", email)]  # not a URL for the host part


@pytest.mark.parametrize(
    "text",
    [
        "See section 3.2.1.4 of the contract before signing.",
        "Clause 4.1.2.7 covers early termination.",
        "As figure 2.3.1.1 shows, latency fell.",
    ],
)
def test_document_numbering_is_not_an_ip_address(patterns: PiiScanner, text: str) -> None:
    assert found(patterns, text) == []


def test_file_names_are_not_sites_unless_a_word_says_so(patterns: PiiScanner) -> None:
    assert found(patterns, "Edit setup.py and README.md, then run deploy.sh again.") == []
    assert ("URL", "shop.pl") in found(patterns, "Our Polish store is online: visit shop.pl today.")


def test_a_word_glued_to_digits_is_not_a_name() -> None:
    scanner = PiiScanner(entities=["PERSON", "LOCATION", "IP_ADDRESS"])
    text = "Both IPv6 and S3 buckets were down for Priya Sharma."
    assert [(f.entity, text[f.start : f.end]) for f in scanner.scan(text, ScanContext()).findings] == [
        ("PERSON", "Priya Sharma")
    ]


def test_masks_and_loopback_identify_nobody(patterns: PiiScanner) -> None:
    text = "Set the mask to 255.255.240.0, bind 0.0.0.0, ping 127.0.0.1 and then 10.1.2.3."
    assert found(patterns, text) == [("IP_ADDRESS", "10.1.2.3")]


def test_a_url_is_whole_even_where_a_private_suffix_or_a_short_one_sits_inside(patterns: PiiScanner) -> None:
    text = "Our config is at https://wiki.corp.example/k8s; the board is http://grafana.internal:3000/d/x."
    assert found(patterns, text) == [
        ("URL", "https://wiki.corp.example/k8s"),
        ("URL", "http://grafana.internal:3000/d/x"),
    ]


def test_a_url_in_a_csv_row_ends_at_the_separator() -> None:
    scanner = PiiScanner(entities=["URL", "PERSON"])
    text = "id;site;owner\n7;https://shop.example.com/p/9;Priya Sharma\n8,https://example.org/x,Jane Doe"
    got = [(f.entity, text[f.start : f.end]) for f in scanner.scan(text, ScanContext()).findings]
    assert ("URL", "https://shop.example.com/p/9") in got and ("URL", "https://example.org/x") in got
    assert ("PERSON", "Priya Sharma") in got
