"""Checksummed values for the independent PII set: Luhn-valid card numbers and mod-97-valid IBANs.

The numbers are made up; only their check digits are computed, so that a careful validator accepts them
as a real payment card or account number would be accepted.
"""

from __future__ import annotations

import string


def card(prefix: str) -> str:
    """PREFIX (digits, spaces or dashes kept as written) with the Luhn check digit appended."""
    digits = [int(c) for c in prefix if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return prefix + str((10 - total % 10) % 10)


def iban(country: str, bban: str, spaced: bool = True) -> str:
    """An IBAN for COUNTRY and BBAN with the right mod-97 check digits, in groups of four when SPACED."""
    moved = bban + country + "00"
    number = int("".join(str(string.ascii_uppercase.index(c) + 10) if c.isalpha() else c for c in moved))
    value = f"{country}{98 - number % 97:02d}{bban}"
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if spaced else value
