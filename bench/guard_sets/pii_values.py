"""Value generators for the PII set: people, places, companies, and checksum-valid identifiers.

Every number that should be recognised is valid by its own rules (Luhn for cards, ISO 13616 mod-97
for IBANs, SSA rules for SSNs); every look-alike is made to fail those rules.
"""

from __future__ import annotations

import random
import unicodedata

from pii_lexicon import FIRST_NAMES, FREE_MAIL, LAST_NAMES, ORGS, URL_PATHS, US_AREA


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -")).lower()


def luhn_check_digit(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == int(number[-1])


def iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(digits) % 97 == 1


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


class Values:
    """Random values from one seeded generator."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    # people, places, companies
    def person(self) -> tuple[str, str]:
        return self.r.choice(FIRST_NAMES), self.r.choice(LAST_NAMES)

    def org(self) -> str:
        return self.r.choice(list(ORGS))

    def email(self, first: str | None = None, last: str | None = None, domain: str | None = None) -> str:
        if first is None or last is None:
            first, last = self.person()
        f, la = ascii_fold(first).replace(" ", ""), ascii_fold(last).replace(" ", "").replace("-", "")
        style = self.r.randrange(7)
        local = [
            f"{f}.{la}",
            f"{f[0]}{la}",
            f"{f}_{la}{self.r.randrange(10, 99)}",
            f"{f}{self.r.randrange(1970, 2005)}",
            f"{la}.{f[0]}",
            f"{f}",
            f"{f}.{la}+{self.r.choice(['billing', 'news', 'work'])}",
        ][style]
        domain = domain or self.r.choice(FREE_MAIL)
        return f"{local}@{domain}"

    def role_email(self, domain: str | None = None) -> str:
        domain = domain or self.r.choice([d for d in ORGS.values() if d])
        return f"{self.r.choice(['support', 'billing', 'hr', 'it-helpdesk', 'sales', 'privacy', 'noreply'])}@{domain}"

    # phones
    def phone_us(self) -> str:
        area = self.r.choice(US_AREA)
        ex = self.r.choice("23456789") + self.digits(2)
        while ex[1:] == "11" or ex == "555":
            ex = self.r.choice("23456789") + self.digits(2)
        sub = self.digits(4)
        fmt = self.r.randrange(6)
        return [
            f"({area}) {ex}-{sub}",
            f"{area}-{ex}-{sub}",
            f"+1 {area} {ex} {sub}",
            f"{area}.{ex}.{sub}",
            f"+1-{area}-{ex}-{sub}",
            f"+1 ({area}) {ex}-{sub}",
        ][fmt]

    def phone_intl(self) -> str:
        k = self.r.randrange(6)
        if k == 0:  # London, Ofcom drama range
            return f"+44 20 7946 0{self.digits(3)}"
        if k == 1:  # UK mobile
            return f"+44 7{self.r.choice('4579')}{self.digits(2)} {self.digits(6)}"
        if k == 2:  # Berlin / Munich landline
            return self.r.choice(
                [
                    f"+49 30 {self.r.choice('2345789')}{self.digits(6)}",
                    f"+49 89 {self.r.choice('2345')}{self.digits(7)}",
                ]
            )
        if k == 3:  # Paris
            return f"+33 1 {self.r.randrange(40, 80)} {self.digits(2)} {self.digits(2)} {self.digits(2)}"
        if k == 4:  # Madrid
            return f"+34 91{self.r.choice('2345')} {self.digits(3)} {self.digits(3)}"
        return f"+31 20 {self.r.choice('5678')}{self.digits(2)} {self.digits(4)}"  # Amsterdam

    def phone(self) -> str:
        return self.phone_us() if self.r.random() < 0.7 else self.phone_intl()

    # cards
    def card(self) -> str:
        kind = self.r.choice(["visa", "visa", "mc", "mc2", "amex"])
        if kind == "amex":
            body = self.r.choice(["34", "37"]) + self.digits(12)
        elif kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = f"5{self.r.randrange(1, 6)}" + self.digits(13)
        else:
            body = str(self.r.randrange(2221, 2721)) + self.digits(11)
        num = body + str(luhn_check_digit(body))
        assert luhn_valid(num)
        sep = self.r.choice([" ", "-", ""])
        if kind == "amex":
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def bad_card(self) -> str:
        """16 digits that look like a card number but fail the Luhn check."""
        body = self.r.choice("3456") + self.digits(14)
        check = (luhn_check_digit(body) + self.r.randrange(1, 10)) % 10
        num = body + str(check)
        assert not luhn_valid(num)
        sep = self.r.choice([" ", "-", ""])
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    # IBANs
    def iban(self, spaced: bool | None = None) -> str:
        country = self.r.choice(["DE", "GB", "FR", "ES", "NL"])
        if country == "DE":
            bban = self.r.choice("12345678") + self.digits(7) + self.digits(10)
        elif country == "GB":
            bban = self.r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + self.digits(6) + self.digits(8)
        elif country == "FR":
            bank, branch, acct = self.digits(5, True), self.digits(5), self.digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif country == "ES":
            bank, branch, acct = self.digits(4, True), self.digits(4), self.digits(10)
            bban = bank + branch + _es_control("00" + bank + branch) + _es_control(acct) + acct
        else:
            acct = self.digits(9, True)
            rest = -sum(int(d) * w for d, w in zip(acct, range(10, 1, -1))) % 11
            while rest == 10:
                acct = self.digits(9, True)
                rest = -sum(int(d) * w for d, w in zip(acct, range(10, 1, -1))) % 11
            bban = self.r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + acct + str(rest)
        iban = country + iban_check(country, bban) + bban
        assert iban_valid(iban)
        if spaced is None:
            spaced = self.r.random() < 0.6
        return group4(iban) if spaced else iban

    def bad_iban(self) -> str:
        good = self.iban(spaced=True).replace(" ", "")
        wrong = f"{(int(good[2:4]) + self.r.randrange(1, 90) - 2) % 97 + 2:02d}"
        bad = good[:2] + wrong + good[4:]
        assert not iban_valid(bad)
        return group4(bad)

    # network
    def ipv4(self) -> str:
        k = self.r.randrange(5)
        if k == 0:
            return f"10.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        if k == 1:
            return f"192.168.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        if k == 2:
            return f"172.{self.r.randrange(16, 32)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        if k == 3:
            return f"{self.r.choice(['203.0.113', '198.51.100', '192.0.2'])}.{self.r.randrange(1, 255)}"
        first = self.r.choice([23, 31, 45, 52, 66, 81, 88, 104, 145, 151, 185, 212])
        return f"{first}.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"

    def ipv6(self) -> str:
        g = [f"{self.r.randrange(0x10000):x}" for _ in range(8)]
        k = self.r.randrange(4)
        if k == 0:
            return "2001:db8:" + ":".join(g[:2]) + "::" + g[2]
        if k == 1:
            return "fe80::" + ":".join(g[:4])
        if k == 2:
            return "2001:0db8:" + ":".join(x.zfill(4) for x in g[:6])
        return f"2a02:{g[0]}:{g[1]}:{g[2]}::{g[3]}"

    def ip(self) -> str:
        return self.ipv4() if self.r.random() < 0.7 else self.ipv6()

    def bad_ip(self) -> str:
        parts = [self.r.randrange(256) for _ in range(4)]
        parts[self.r.randrange(4)] = self.r.randrange(256, 1000)
        return ".".join(map(str, parts))

    def url(self, domain: str | None = None) -> str:
        domain = domain or self.r.choice([d for d in ORGS.values() if d] + ["example.com", "shop.example.net"])
        path = self.r.choice([*URL_PATHS, ""])
        k = self.r.randrange(4)
        if k == 0:
            return f"https://{domain}{path}"
        if k == 1:
            return f"https://www.{domain}{path}"
        if k == 2:
            return f"http://{self.r.choice(['portal', 'intranet', 'app', 'status'])}.{domain}{path}"
        return f"www.{domain}{path or '/about'}"

    # SSNs
    def ssn(self) -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.r.randrange(1, 100), self.r.randrange(1, 10000)
        s = f"{area:03d}-{group:02d}-{serial:04d}"
        assert s not in ("123-45-6789", "078-05-1120") and len(set(s.replace("-", ""))) > 1
        return s

    def bad_ssn(self) -> str:
        area, group, serial = f"{self.r.randrange(1, 666):03d}", f"{self.r.randrange(1, 100):02d}", self.digits(4)
        k = self.r.randrange(5)
        if k == 0:
            area = "000"
        elif k == 1:
            area = "666"
        elif k == 2:
            area = str(self.r.randrange(900, 1000))
        elif k == 3:
            group = "00"
        else:
            serial = "0000"
        return f"{area}-{group}-{serial}"


def _es_control(digits: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w for c, w in zip(digits, weights)) % 11
    return str({11: 0, 10: 1}.get(d, d))
