"""pii.jsonl: sentences with exact character spans of Presidio-named entities."""

from __future__ import annotations

import random

from common import fill, finish
from pii_lexicon import CITIES, COUNTRIES, ORGS
from pii_templates import NEGATIVE, NER_ONLY, PATTERN
from pii_values import Values

PATTERN_ENTITIES = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL", "US_SSN"}
NER_ENTITIES = {"PERSON", "LOCATION", "ORGANIZATION"}
COUNTS = {"pattern": 350, "negative": 100, "ner_only": 50}

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FILES = [
    "README.md",
    "settings.py",
    "config.yaml",
    "main.go",
    "index.js",
    "report_v2.pdf",
    "deploy.sh",
    "CHANGELOG.md",
    "setup.cfg",
    "docker-compose.yml",
    "schema.sql",
    "notes.txt",
]


class LineFiller:
    """Fills the slots of one template; remembers the people and company already named in the line."""

    def __init__(self, v: Values):
        self.v = v
        self.r = v.r
        self.people: list[tuple[str, str]] = []
        self.org: str | None = None
        self.used: set[str] = set()
        self.memo: dict[str, tuple[str, str | None]] = {}
        self.year = self.r.randrange(2022, 2026)

    def _fresh(self, make) -> str:
        for _ in range(50):
            value = make()
            if value not in self.used:
                self.used.add(value)
                return value
        raise AssertionError("could not draw a fresh value")

    def _person(self, index: int) -> tuple[str, str]:
        while len(self.people) <= index:
            first, last = self.v.person()
            if all(first != p[0] and last != p[1] for p in self.people):
                self.people.append((first, last))
        return self.people[index]

    def email(self, index: int) -> str:
        r = self.r
        domain = ORGS[self.org] if self.org and ORGS[self.org] and r.random() < 0.5 else None
        if len(self.people) > index and r.random() < 0.7:
            return self._fresh(lambda: self.v.email(*self.people[index], domain=domain))
        return self._fresh(lambda: self.v.email(domain=domain))

    def __call__(self, slot: str) -> tuple[str, str | None]:
        """A slot named twice in one template gets the same value both times."""
        if slot not in self.memo:
            self.memo[slot] = self.draw(slot)
        return self.memo[slot]

    def draw(self, slot: str) -> tuple[str, str | None]:
        v, r = self.v, self.r
        if slot in ("PERSON", "PERSON2"):
            first, last = self._person(0 if slot == "PERSON" else 1)
            return f"{first} {last}", "PERSON"
        if slot == "FIRST":
            return self._person(0)[0], "PERSON"
        if slot == "LAST":
            return self._person(0)[1], "PERSON"
        if slot in ("ORG", "ORG2"):
            org = self._fresh(v.org)
            self.org = self.org or org
            return org, "ORGANIZATION"
        if slot in ("CITY", "CITY2"):
            return self._fresh(lambda: r.choice(list(CITIES))), "LOCATION"
        if slot == "COUNTRY":
            city = self.memo.get("CITY")
            return (CITIES[city[0]] if city else r.choice(COUNTRIES)), "LOCATION"
        pattern = {
            "EMAIL": lambda: (self.email(0), "EMAIL_ADDRESS"),
            "EMAIL2": lambda: (self.email(1), "EMAIL_ADDRESS"),
            "REMAIL": lambda: (v.role_email(ORGS[self.org] if self.org else None), "EMAIL_ADDRESS"),
            "PHONE": lambda: (self._fresh(v.phone), "PHONE_NUMBER"),
            "PHONE_US": lambda: (self._fresh(v.phone_us), "PHONE_NUMBER"),
            "PHONE_INTL": lambda: (self._fresh(v.phone_intl), "PHONE_NUMBER"),
            "CARD": lambda: (v.card(), "CREDIT_CARD"),
            "IBAN": lambda: (v.iban(), "IBAN_CODE"),
            "IP": lambda: (self._fresh(v.ip), "IP_ADDRESS"),
            "IPV4": lambda: (self._fresh(v.ipv4), "IP_ADDRESS"),
            "IPV4B": lambda: (self._fresh(v.ipv4), "IP_ADDRESS"),
            "IPV6": lambda: (self._fresh(v.ipv6), "IP_ADDRESS"),
            "URL": lambda: (
                self._fresh(lambda: v.url(ORGS[self.org] if self.org and r.random() < 0.5 else None)),
                "URL",
            ),
            "SSN": lambda: (v.ssn(), "US_SSN"),
        }
        if slot in pattern:
            return pattern[slot]()
        return self.lookalike(slot), None

    def lookalike(self, slot: str) -> str:
        v, r = self.v, self.r
        d = v.digits
        makers = {
            "ORDER": lambda: r.choice([f"#{d(6, True)}", f"ORD-2024-{d(5)}", f"{d(3, True)}-{d(7)}-{d(7)}"]),
            "DATE": lambda: self.date(1, 7),
            "DATE2": lambda: self.date(7, 13),
            "PRICE": lambda: r.choice(
                [
                    f"${r.randrange(1, 3000):,}.{d(2)}",
                    f"€{r.randrange(5, 500)}.99",
                    f"£{r.randrange(1, 90)}.50",
                    f"USD {r.randrange(1, 9)},{d(3)}",
                ]
            ),
            "VERSION": lambda: r.choice(
                [
                    f"{r.randrange(1, 5)}.{r.randrange(0, 15)}.{r.randrange(0, 10)}",
                    f"v{r.randrange(1, 4)}.{r.randrange(0, 20)}.0",
                ]
            ),
            "PRODUCT": lambda: r.choice([f"XJ-{d(4)}-B", f"SKU-{d(5)}-BLK", f"AB{d(2)}-CD{d(2)}", f"WX-{d(3)}/2"]),
            "TRACKING": lambda: r.choice([f"1Z{d(3)}AA1{d(10)}", f"JD{d(16)}", f"LX{d(9)}DE"]),
            "INVOICE": lambda: f"INV-2024-{d(5)}",
            "BUILD": lambda: r.choice([f"2024{d(4)}.{r.randrange(1, 9)}", f"#{d(4, True)}"]),
            "FILE": lambda: r.choice(FILES),
            "TIME": lambda: r.choice(
                [
                    f"{r.randrange(8, 18)}:{r.choice(['00', '15', '30', '45'])}",
                    f"{r.randrange(1, 12)}:{r.choice(['05', '30'])} pm",
                ]
            ),
            "ROOM": lambda: r.choice([f"{r.randrange(1, 9)}{r.choice('ABC')}", f"B-{d(3)}", d(4, True)]),
            "ISBN": self.isbn,
            "BADIBAN": v.bad_iban,
            "BADIP": v.bad_ip,
            "BADCARD": v.bad_card,
            "BADSSN": v.bad_ssn,
            "EXT": lambda: d(4, True),
            "TICKET": lambda: r.choice([f"#{d(5, True)}", f"SUP-{d(4)}", f"KEEL-{d(3, True)}"]),
            "FLIGHT": lambda: r.choice(["LH", "BA", "UA", "AF", "KL", "IB"]) + r.choice(["", " "]) + d(3, True),
            "SERIAL": lambda: r.choice([f"SN-{d(2)}F{d(2)}K-{d(2)}Q", f"LOT-{d(4)}-{r.choice('ABC')}"]),
            "LAST4": lambda: d(4),
            "MASKED": lambda: r.choice([f"**** **** **** {d(4)}", f"XXXX-XXXX-XXXX-{d(4)}"]),
            "PROMO": lambda: r.choice(["SPRING24", "WELCOME-10", "FREESHIP", "VIP2025", "SAVE15NOW"]),
            "QTY": lambda: f"{r.randrange(2, 90)},{d(3)}",
            "ZIP": lambda: d(5, True),
            "CASE": lambda: f"CS-{d(9)}",
            "SCORE": lambda: f"{r.randrange(10, 99)}.{r.randrange(10)}",
            "EMPNO": lambda: f"E-{d(5)}",
            "BARCODE": self.ean13,
            "OTP": lambda: d(6),
            "MEETING": lambda: f"{d(3, True)} {d(4)} {d(4)}",
        }
        return makers[slot]()

    def date(self, first_month: int, end_month: int) -> str:
        r = self.r
        y, m, day = self.year, r.randrange(first_month, end_month), r.randrange(1, 29)
        return r.choice(
            [
                f"{y}-{m:02d}-{day:02d}",
                f"{day:02d}/{m:02d}/{y}",
                f"{MONTHS[m - 1]} {day}, {y}",
                f"{day}.{m}.{y}",
                f"{day} {MONTHS[m - 1]} {y}",
            ]
        )

    def isbn(self) -> str:
        body = "978" + self.v.digits(9)
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        return f"{body[:3]}-{body[3]}-{body[4:6]}-{body[6:12]}-{check}"

    def ean13(self) -> str:
        body = self.r.choice(["80", "87", "90"]) + self.v.digits(10)
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        return body + str(check)


def build(seed: int = 4001) -> list[dict]:
    r = random.Random(seed)
    v = Values(r)
    rows: list[dict] = []
    seen: set[str] = set()
    for kind, templates in (("pattern", PATTERN), ("negative", NEGATIVE), ("ner_only", NER_ONLY)):
        order: list[str] = []
        made = 0
        while made < COUNTS[kind]:
            if not order:
                order = list(templates)
                r.shuffle(order)
            text, spans = fill(order.pop(), LineFiller(v))
            if text in seen:
                continue
            seen.add(text)
            kinds = {s["entity"] for s in spans}
            if kind == "pattern":
                assert kinds & PATTERN_ENTITIES, text
            else:
                assert not kinds & PATTERN_ENTITIES, text
            if kind == "ner_only":
                assert kinds, text
            rows.append({"text": text, "spans": spans})
            made += 1
    return finish(r, rows, "pii")
