"""Random values for the ordinary texts of benign_corpus.jsonl: names, amounts, card endings, order numbers, dates.

Names, shops and numbers are made up here (written apart from the PII lexicon and the eval sets). `slot(r, name)`
returns a value for a `{NAME}` slot; `fill_in(r, template)` fills every slot of a template.
"""

from __future__ import annotations

import random
import string

from common import fill


def _list(text: str) -> list[str]:
    """A list written as one `|`-separated string, to keep the module short."""
    return text.split("|")


FIRST = _list(
    "Anna|Tomasz|Priya|Jonas|Mei|Carlos|Fatima|Oliver|Ingrid|Kwame|Lucía|Henrik|Aisha|Marco|Sofia|"
    "Daniel|Yuki|Grace|Mateus|Elena|Samuel|Nadia|Pieter|Chloe|Ravi|Hannah|Bruno|Leila|Owen|Zofia|"
    "Tariq|Emma|Luca|Amara|Felix|Rosa|Ethan|Ines|Kenji|Martha|Diego|Sara|Viktor|Nora|Isaac|Clara|"
    "Miguel|Agnes"
)
LAST = _list(
    "Kowalczyk|Sharma|Bergstrom|Okafor|Lindqvist|Moreau|Hartmann|Castillo|Nakamura|O'Brien|Rossi|"
    "Van Dijk|Haddad|Fischer|Mensah|Alvarez|Novak|Whitfield|Costa|Petrov|Jansen|Chen|Murphy|Bianchi|"
    "Dubois|Santos|Keller|Abbott|Lund|Ferreira|Walsh|Nowak|Schmidt|Patel|Greene|Silva|Brennan|Yilmaz|"
    "Holm|Reyes"
)
SHOPS = _list(
    "Northwind Outdoor|Lumen Books|Harbor Coffee Co.|Pixel & Co|GreenLeaf Market|Atlas Sports|"
    "Maple Home Goods|Urban Cycle|Bloom Florists|Copperpot Kitchen|Brightline Electronics|"
    "The Paper Mill|Riverside Pharmacy|Tandem Toys|Foxglove Garden Centre|Nordlicht Optics"
)
CITIES = _list(
    "Lisbon|Kraków|Rotterdam|Lyon|Manchester|Toronto|Melbourne|Seville|Turin|Leipzig|Dublin|"
    "Gothenburg|Porto|Denver|Edinburgh|Bologna|Vienna|Austin|Gdańsk|Utrecht"
)
ITEMS = _list(
    "wireless earbuds|a 2-person tent|running shoes (size 42)|a cast-iron skillet|two paperbacks|"
    "a desk lamp|a yoga mat|a phone case|a 1 kg bag of coffee beans|a kettle|a rain jacket|"
    "a set of kitchen knives|a bike helmet|a wall calendar|a USB-C charger|three houseplants|"
    "a backpack|a board game|a wool scarf|bed linen (double)|an electric toothbrush|a thermos"
)
CARRIERS = _list("DHL|UPS|DPD|FedEx|Royal Mail|PostNL|InPost|GLS|Canada Post|USPS")
SERVICES = _list(
    "StreamBox|CloudNest|FitTrack Pro|Readwise Plus|Melodify|PhotoVault|NoteStack|Gymly|Tabula Premium|TaskBoard Team"
)
HOTELS = _list(
    "Hotel Aurora|The Linden Inn|Casa do Rio|Harbourview Suites|Pension Edelweiss|The Grey Heron|"
    "Hotel Miramar|Parkside Lodge"
)
WEEKDAYS = _list("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
MONTHS = _list("January|February|March|April|May|June|July|August|September|October|November|December")
TEAMS = _list("design|sales|finance|support|platform|marketing|data|mobile|legal|ops")
PROJECTS = _list(
    "the Q3 roadmap|the website relaunch|the onboarding flow|the billing migration|"
    "the partner portal|the spring campaign|the warehouse move|the mobile app beta"
)


def _money(r: random.Random) -> str:
    cur = r.choice(["$", "€", "£", "$", "€"])
    value = r.choice([r.randint(3, 60), r.randint(10, 250), r.randint(100, 1900)]) + r.choice(
        [0, 0.5, 0.99, 0.25, 0.9, 0.49]
    )
    return f"{cur}{value:,.2f}"


def _date(r: random.Random) -> str:
    day, month = r.randint(1, 28), r.choice(MONTHS)
    return r.choice(
        [
            f"{day} {month}",
            f"{month} {day}",
            f"{month} {day}, 2025",
            f"{day} {month[:3]} 2025",
            f"{r.choice(WEEKDAYS)} {day} {month}",
            f"2025-{MONTHS.index(month) + 1:02d}-{day:02d}",
        ]
    )


def _time(r: random.Random) -> str:
    h, m = r.randint(7, 20), r.choice([0, 15, 30, 45, 10, 50])
    return f"{h}:{m:02d}" if r.random() < 0.5 else f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.ascii_uppercase) for _ in range(n))


def slot(r: random.Random, name: str) -> str:
    values = {
        "NAME": lambda: r.choice(FIRST),
        "FULL": lambda: f"{r.choice(FIRST)} {r.choice(LAST)}",
        "LASTNAME": lambda: r.choice(LAST),
        "AMOUNT": lambda: _money(r),
        "CARD": lambda: f"{r.choice(['Visa', 'Mastercard', 'Amex', 'Visa', 'debit card'])} ending in {_digits(r, 4)}",
        "LAST4": lambda: _digits(r, 4),
        "ORDER": lambda: r.choice([f"#{_digits(r, 6)}", f"{_letters(r, 2)}-{_digits(r, 7)}", f"#{_digits(r, 8)}"]),
        "TRACK": lambda: r.choice(
            [
                f"1Z{_digits(r, 3)}{_letters(r, 3)}{_digits(r, 10)}",
                f"JD{_digits(r, 16)}",
                f"{_letters(r, 2)}{_digits(r, 9)}GB",
                _digits(r, 12),
            ]
        ),
        "REF": lambda: f"{_letters(r, 3)}{_digits(r, 5)}",
        "CODE": lambda: _digits(r, 6),
        "DATE": lambda: _date(r),
        "DATE2": lambda: _date(r),
        "TIME": lambda: _time(r),
        "DAY": lambda: r.choice(WEEKDAYS),
        "MONTH": lambda: r.choice(MONTHS),
        "SHOP": lambda: r.choice(SHOPS),
        "CITY": lambda: r.choice(CITIES),
        "CITY2": lambda: r.choice(CITIES),
        "ITEM": lambda: r.choice(ITEMS),
        "CARRIER": lambda: r.choice(CARRIERS),
        "SERVICE": lambda: r.choice(SERVICES),
        "HOTEL": lambda: r.choice(HOTELS),
        "TEAM": lambda: r.choice(TEAMS),
        "PROJECT": lambda: r.choice(PROJECTS),
        "N": lambda: str(r.randint(2, 9)),
        "NN": lambda: str(r.randint(10, 99)),
        "PCT": lambda: f"{r.choice([5, 10, 15, 20, 25, 30])}%",
        "FLIGHT": lambda: f"{_letters(r, 2)} {r.randint(100, 9999)}",
        "SEAT": lambda: f"{r.randint(3, 38)}{r.choice('ABCDEF')}",
        "GATE": lambda: f"{r.choice('ABCDE')}{r.randint(1, 40)}",
        "ROOM": lambda: r.choice(["Room 2.14", "the Oak room", "the 3rd-floor meeting room", "Room B", "the kitchen"]),
        "VERSION": lambda: f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
        "MAJOR": lambda: str(r.randint(2, 12)),
        "DMY": lambda: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025",
        "TS": lambda: (
            f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:"
            f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        ),
        "PORT": lambda: r.choice(["8000", "8080", "3000", "5000", "443"]),
        "ID": lambda: str(r.randint(1000, 99999)),
        "MS": lambda: str(r.choice([r.randint(3, 90), r.randint(100, 2500)])),
        "MB": lambda: str(r.randint(2, 900)),
        "IP": lambda: f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    }
    return values[name]()


def fill_in(r: random.Random, template: str) -> str:
    return fill(template, lambda name: (slot(r, name), None))[0]
