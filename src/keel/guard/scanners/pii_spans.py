"""Overlapping PII findings resolved by score and cue words, and look-alikes decided by context.

Presidio removes a finding contained in another of the same type; across types every recognizer's
result comes back, overlapping. `resolve` keeps, of findings that overlap, the one a careful reader
would: the higher score; on an exact tie, the one whose type a cue word near it names ("SSN",
"phone", "IP"…); then the longer; then the earlier. A lower-score enclosing match never swallows a
higher-score one.

`lookalike` says when a pattern match is something else, by the words around it: a dotted version
string, an OID, a netmask or loopback is not a (personal) IPv4 address; an order, invoice or
ticket number is not a phone number; an SSN-shaped part number or SKU is not an SSN; a file name
(setup.py, README.md) is not a site.
"""

from __future__ import annotations

import re

from keel.guard.base import Finding

# words that name an entity type when they stand just before (or after) a match
CUES: dict[str, tuple[str, ...]] = {
    "US_SSN": ("ssn", "social security", "tax id", "taxpayer", "tin", "itin", "w-2", "w-4", "w-9", "1099"),
    "PHONE_NUMBER": ("phone", "tel", "telephone", "mobile", "cell", "call", "sms", "fax", "whatsapp", "hotline"),
    "IP_ADDRESS": ("ip", "ipv4", "ipv6", "host", "server", "src", "dst", "gateway", "subnet", "addr", "client"),
    "CREDIT_CARD": ("card", "visa", "mastercard", "amex", "credit", "debit"),
    "IBAN_CODE": ("iban", "account", "bank", "transfer", "wire"),
    "EMAIL_ADDRESS": ("email", "e-mail", "mail"),
    "URL": ("url", "link", "site", "website", "http", "host", "domain", "visit", "www"),
}
CUE_BEFORE = 32  # characters of context before a match that a cue word may sit in
CUE_AFTER = 16


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9][a-z0-9-]*", text.lower()))


def has_cue(text: str, f: Finding) -> bool:
    """A cue word for F's type in the few words around it."""
    around = text[max(0, f.start - CUE_BEFORE) : f.start] + " " + text[f.end : f.end + CUE_AFTER]
    words, low = _words(around), around.lower()
    return any((cue in low) if " " in cue else (cue in words) for cue in CUES.get(f.entity, ()))


def resolve(text: str, findings: list[Finding]) -> list[Finding]:
    """Non-overlapping findings, sorted by start: by score, then cue word, then length, then position."""
    ranked = sorted(
        findings,
        key=lambda f: (-f.score, not has_cue(text, f), -(f.end - f.start), f.start, f.entity),
    )
    kept: list[Finding] = []
    for f in ranked:
        if f.start is None or f.end is None or f.end <= f.start:
            continue
        if all(f.end <= k.start or k.end <= f.start for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))


# ----------------------------------------------------------------------------- look-alikes

# a host (or URL) under a suffix for private networks (the last label: not wiki.corp.example), with
# its scheme, port and path when written
INTERNAL_HOST = (
    r"(?i)(?<![\w.@-])(?:(?:https?|s?ftp|ssh|smb|ldaps?)://)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:local|internal|intranet|corp|lan|localdomain|home\.arpa)(?![\w-]|\.[a-z0-9])(?::\d{1,5})?"
    r"(?:/[^\s\"'<>()\[\]]*)?"
)
# an e-mail address on such a host (Presidio's e-mail recognizer wants a public suffix)
INTERNAL_EMAIL = (
    r"(?i)(?<![\w.+-])[a-z0-9](?:[a-z0-9._%+-]{0,62}[a-z0-9_%+-])?@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:local|internal|intranet|corp|lan|localdomain|home\.arpa)(?![\w-]|\.[a-z0-9])"
)

# the word (with "#", "no.", "number", ":"…) that stands right before a number and says what it is
_LABEL_BEFORE = r"(?:^|[^\w])({words})\.?\s*(?:(?:#|no\.?|nr\.?|num\.?|number|id|ref\.?)\s*)?[:#=]?\s*$"
_VERSION = re.compile(
    _LABEL_BEFORE.format(
        words="v|ver|version|versions|release|rel|build|firmware|fw|sdk|patch|update|upgrade|plugin|package|"
        "library|driver|kernel|runtime|oid|mib|snmp|arc|"
        # a document's numbering: section 3.2.1.4, clause 4.1.2.7
        "section|sec|clause|chapter|ch|appendix|annex|paragraph|para|figure|fig|table|step|article|art|"
        "requirement|req|control|§"
    ),
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    _LABEL_BEFORE.format(
        words="order|orders|invoice|inv|ticket|case|incident|ref|reference|tracking|receipt|confirmation|booking|"
        "reservation|transaction|txn|po|purchase order|sku|part|item|article|serial|model|lot|batch|claim|policy|"
        "shipment|parcel|quote|contract|customer|account|acct|member|isbn|pnr"
    ),
    re.IGNORECASE,
)
_PART = re.compile(
    _LABEL_BEFORE.format(words="part|pn|p/n|sku|item|article|model|serial|s/n|catalog|catalogue|lot|batch|product"),
    re.IGNORECASE,
)
# a number glued to more of a code: 1.3.6.1[.4.1], [v]1.2.3.4, 123-45-6789[-B], [AB-]123-45-6789
_DOTTED_MORE = re.compile(r"^\.\d")
_DOTTED_BEFORE = re.compile(r"(?:\d\.|[A-Za-z_])$")
_DOTTED_LONG = re.compile(r"\d+(?:\.\d+){4,}")
_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_CODE_MORE = re.compile(r"^[-/_.]?[A-Za-z0-9]")
_CODE_BEFORE = re.compile(r"[A-Za-z0-9][-/_.]?$")


# addresses that identify no machine: a netmask (255.255.240.0), "any" (0.0.0.0), loopback
_MASK_OCTET = r"(?:0|128|192|224|240|248|252|254|255)"
_NOBODY = re.compile(rf"255\.{_MASK_OCTET}\.{_MASK_OCTET}\.{_MASK_OCTET}|0\.0\.0\.0|127\.0\.0\.1")
# file extensions that are also country or generic top-level domains: setup.py, README.md, run.sh
_FILE_SUFFIX = re.compile(r"(?i)[\w-]+\.(?:py|md|sh|rs|pl|cc|so|zip|mov|ps|pm|ml|tf|mk)")


def lookalike(text: str, f: Finding) -> bool:
    """Whether the words around F say it is not what its pattern matched."""
    before, after = text[max(0, f.start - 40) : f.start], text[f.end : f.end + 4]
    value = text[f.start : f.end]
    if f.entity == "IP_ADDRESS" and ":" not in value:  # dotted quads; IPv6 has no look-alike here
        if _NOBODY.fullmatch(value):
            return True
        return bool(_DOTTED_MORE.match(after) or _DOTTED_BEFORE.search(before) or _VERSION.search(before))
    if f.entity == "PHONE_NUMBER":  # "+44 …" is a phone number whatever stands before it
        if value.startswith("+"):
            return False
        # 1.3.6.1.4.1.32473 (OIDs), and a dotted quad is an address or a mask, not a number to call
        dotted = _DOTTED_LONG.fullmatch(value) or _QUAD.fullmatch(value) or _VERSION.search(before)
        return bool(dotted or before.endswith("#") or _REFERENCE.search(before))
    if f.entity == "URL":  # a bare file name, unless a word around it says it is a site
        return bool(_FILE_SUFFIX.fullmatch(value)) and not has_cue(text, f)
    if f.entity == "US_SSN":
        glued = _CODE_MORE.match(after) or _CODE_BEFORE.search(before)
        return bool(glued or (_PART.search(before) and not has_cue(text, f)))
    return False
