# ruff: noqa: E501  (sentence templates and value tables: one entry a line)
"""Build ner_dev.jsonl: a seeded development set for the guard's PERSON and LOCATION finder.

Each line: {"text", "genre", "spans": [{"start", "end", "entity"}]} with PERSON, LOCATION (a whole
street address is one LOCATION) and ORGANIZATION spans; software, products and capitalised words
are left unlabelled as look-alikes. Standard library only, deterministic:

    python3 bench/guard_sets/ner_dev/build.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from pools import CAPITALISED_WORDS, CITIES, ORGS, PEOPLE, PRODUCTS, REGIONS, TECH
from templates import GENRES

HERE = Path(__file__).parent
SLOT = re.compile(r"\{([A-Z]+\d?)(?:\.(\w+))?\}")
PER_GENRE = 40
COUNTRIES = sorted({c for c, _ in CITIES.values()} | {"Ghana", "Peru", "Vietnam", "Indonesia", "Jordan", "Georgia"})

TITLES = {
    "western_european": ["Dr.", "Herr", "Frau", "M.", "Mme", "Sig.", "Ms"],
    "iberian_latam": ["Sr.", "Sra.", "Dr.", "Dra."],
    "south_asian": ["Shri", "Smt.", "Dr.", "Mr.", "Mrs."],
    "southeast_asian": ["Bapak", "Ibu", "Mr.", "Ms."],
    "slavic_baltic_greek": ["Pan", "Pani", "Dr.", "Mr."],
}
DEFAULT_TITLES = ["Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mr", "Dr"]
MIDDLE_VN = ["Thi", "Van", "Duc", "Ngoc", "Minh"]

STREETS = {
    "us": (
        ["Maple", "Oak", "Cedar", "Lincoln", "Washington", "Elm", "Sunset", "Magnolia"],
        ["Street", "Avenue", "Blvd", "Drive", "Road"],
    ),
    "uk": (
        ["Rosebery", "Kingsway", "Victoria", "Albert", "Church", "Station", "Mill"],
        ["Road", "Street", "Lane", "Terrace", "Close"],
    ),
}


def address(r: random.Random) -> str:
    n = r.randrange(1, 400)
    kind = r.choice(
        ["us", "uk", "de", "fr", "es", "it", "nl", "pt", "pl", "ng", "ke", "in", "jp", "vn", "tr", "ca", "au", "br"]
    )
    if kind == "us":
        names, kinds = STREETS["us"]
        city, st, z = r.choice(
            [
                ("Tucson", "AZ", "85719"),
                ("Boise", "ID", "83702"),
                ("Savannah", "GA", "31401"),
                ("Madison", "WI", "53703"),
            ]
        )
        return f"{n} {r.choice(names)} {r.choice(kinds)}, {city}, {st} {z}"
    if kind == "uk":
        names, kinds = STREETS["uk"]
        city, pc = r.choice(
            [("Leeds", "LS6 2EX"), ("Cardiff", "CF10 1EP"), ("Aberdeen", "AB10 1XG"), ("London", "NW1 6XE")]
        )
        flat = r.choice(["", f"Flat {r.randrange(1, 9)}, "])
        return f"{flat}{n} {r.choice(names)} {r.choice(kinds)}, {city} {pc}"
    table = {
        "de": lambda: (
            f"{r.choice(['Linden', 'Goethe', 'Bahnhof', 'Schiller', 'Karl-Liebknecht-'])}straße {n}, {r.choice(['04109 Leipzig', '79098 Freiburg', '10115 Berlin'])}"
        ),
        "fr": lambda: (
            f"{n} rue {r.choice(['des Carmes', 'de la Paix', 'Sainte-Catherine', 'du Château'])}, {r.choice(['44000 Nantes', '33000 Bordeaux', '69002 Lyon'])}"
        ),
        "es": lambda: (
            f"Calle {r.choice(['de Alcalá', 'Mayor', 'Iparraguirre', 'Gran Vía'])} {n}, {r.choice(['28014 Madrid', '48009 Bilbao', '41001 Sevilla'])}"
        ),
        "it": lambda: (
            f"Via {r.choice(['dell’Indipendenza', 'Roma', 'Garibaldi', 'San Vitale'])} {n}, {r.choice(['40121 Bologna', '50122 Firenze', '20121 Milano'])}"
        ),
        "nl": lambda: (
            f"{r.choice(['Oudegracht', 'Keizersgracht', 'Lange Nieuwstraat', 'Biltstraat'])} {n}, {r.choice(['3511 AZ Utrecht', '1015 CJ Amsterdam'])}"
        ),
        "pt": lambda: (
            f"Rua {r.choice(['das Flores', 'de Santa Catarina', 'Augusta'])} {n}, {r.choice(['4050-265 Porto', '1100-048 Lisboa'])}"
        ),
        "pl": lambda: (
            f"ul. {r.choice(['Gdańska', 'Długa', 'Marszałkowska'])} {n}/{r.randrange(1, 20)}, {r.choice(['85-005 Bydgoszcz', '31-001 Kraków'])}"
        ),
        "ng": lambda: (
            f"{n} {r.choice(['Adeola Odeku', 'Awolowo', 'Ogui', 'Allen'])} {r.choice(['Street', 'Road', 'Avenue'])}, {r.choice(['Victoria Island, Lagos', 'Enugu', 'Ikeja, Lagos', 'Bodija, Ibadan'])}"
        ),
        "ke": lambda: (
            f"{r.choice(['Kenyatta Avenue', 'Moi Avenue', 'Ngong Road', 'Oloitokitok Road'])}, {r.choice(['Nairobi', 'Eldoret', 'Kilimani, Nairobi'])}"
        ),
        "in": lambda: (
            f"Flat {n}B, {r.choice(['Koregaon Park', 'Indiranagar', 'Anna Nagar', 'Salt Lake'])}, {r.choice(['Pune 411001', 'Bengaluru 560038', 'Chennai 600040', 'Kolkata 700091'])}"
        ),
        "jp": lambda: (
            f"{r.randrange(1, 9)}-{r.randrange(1, 30)}-{r.randrange(1, 20)} {r.choice(['Shibuya, Shibuya-ku, Tokyo', 'Namba, Chuo-ku, Osaka', 'Kita 3-jo, Sapporo'])}"
        ),
        "vn": lambda: (
            f"{n} {r.choice(['Hang Bac', 'Tran Phu', 'Nguyen Hue', 'Le Loi'])}, {r.choice(['Hoan Kiem, Hanoi', 'District 1, Ho Chi Minh City', 'Hai Chau, Da Nang'])}"
        ),
        "tr": lambda: (
            f"{r.choice(['Atatürk Caddesi', 'Kıbrıs Şehitleri Caddesi', 'İstiklal Caddesi'])} No: {n}, {r.choice(['Izmir', 'Istanbul', 'Gaziantep'])}"
        ),
        "ca": lambda: (
            f"{n} {r.choice(['Barrington Street', 'Portage Avenue', 'Rue Sainte-Catherine'])}, {r.choice(['Halifax, NS B3J 1Z4', 'Winnipeg, MB R3C 0V8', 'Montréal, QC H3B 1A7'])}"
        ),
        "au": lambda: (
            f"Unit {r.randrange(1, 9)}, {n} {r.choice(['Wickham Terrace', 'Sandy Bay Road', 'George Street'])}, {r.choice(['Brisbane QLD 4000', 'Hobart TAS 7005', 'Sydney NSW 2000'])}"
        ),
        "br": lambda: (
            f"{r.choice(['Avenida Paulista', 'Rua XV de Novembro', 'Avenida Boa Viagem'])}, {n} - {r.choice(['São Paulo - SP', 'Curitiba - PR', 'Recife - PE'])}"
        ),
    }
    return table[kind]()


class Filler:
    def __init__(self, r: random.Random):
        self.r = r
        self.memo: dict[str, object] = {}
        self.used: set[str] = set()

    def person(self, slot: str) -> tuple[str, str, str]:
        if slot not in self.memo:
            while True:
                culture = self.r.choice(sorted(PEOPLE))
                given, last = self.r.choice(PEOPLE[culture])
                if given not in self.used and last not in self.used:
                    break
            self.used |= {given, last}
            self.memo[slot] = (culture, given, last)
        return self.memo[slot]  # type: ignore[return-value]

    def full(self, culture: str, given: str, last: str) -> str:
        r = self.r
        if (culture == "chinese" and r.random() < 0.5) or (culture == "japanese_korean" and r.random() < 0.3):
            return f"{last} {given}"
        if culture == "southeast_asian" and last in ("Nguyen", "Tran", "Pham", "Hoang"):
            return f"{last} {r.choice(MIDDLE_VN)} {given}"
        if r.random() < 0.1 and culture not in ("chinese", "japanese_korean"):
            return f"{given} {r.choice('ABCDEJKMRST')}. {last}"
        return f"{given} {last}"

    def value(self, slot: str, part: str | None) -> tuple[str, str | None, tuple[int, int] | None]:
        """(text, entity, the entity's (start, end) inside the text when only part of it is labelled)."""
        r = self.r
        if slot in ("P", "Q", "R"):
            culture, given, last = self.person(slot)
            if part == "f":
                return given, "PERSON", None
            if part == "l":
                return last, "PERSON", None
            if part in ("h", "hf"):
                title = r.choice(TITLES.get(culture, DEFAULT_TITLES))
                name = last if part == "h" else self.full(culture, given, last)
                if culture == "japanese_korean" and part == "h" and r.random() < 0.5:
                    return f"{last}-san", "PERSON", (0, len(last))
                return f"{title} {name}", "PERSON", (len(title) + 1, len(title) + 1 + len(name))
            if part == "u":
                return f"{last.upper()}, {given}", "PERSON", None
            if part == "i":
                return f"{given[0]}. {last}", "PERSON", None
            key = f"{slot}.full"
            if key not in self.memo:
                self.memo[key] = self.full(culture, given, last)
            return self.memo[key], "PERSON", None  # type: ignore[return-value]
        if slot in ("C", "D"):
            if slot not in self.memo:
                self.memo[slot] = r.choice([c for c in sorted(CITIES) if c not in self.memo.values()])
            city = self.memo[slot]
            country, region = CITIES[city]  # type: ignore[index]
            if part == "k":
                return country, "LOCATION", None
            if part == "r":
                return region or country, "LOCATION", None
            return city, "LOCATION", None  # type: ignore[return-value]
        simple = {
            "K": lambda: (r.choice(COUNTRIES), "LOCATION"),
            "G": lambda: (r.choice(REGIONS), "LOCATION"),
            "A": lambda: (address(r), "LOCATION"),
            "B": lambda: (address(r), "LOCATION"),
            "O": lambda: (r.choice(ORGS), "ORGANIZATION"),
            "T": lambda: (r.choice(TECH), None),
            "T2": lambda: (r.choice(TECH), None),
            "X": lambda: (r.choice(PRODUCTS), None),
            "W": lambda: (r.choice(CAPITALISED_WORDS), None),
            "DATE": lambda: (r.choice(["3 March", "12/05/2025", "next Tuesday", "14 June", "the 21st"]), None),
            "TIME": lambda: (r.choice(["09:30", "2 pm", "14:15", "noon"]), None),
            "NUM": lambda: (str(r.randrange(10000, 99999)), None),
        }
        keep = slot in ("A", "B", "K", "G")  # the same slot names the same thing twice
        if keep and slot in self.memo:
            return self.memo[slot]  # type: ignore[return-value]
        text, entity = simple[slot]()
        if keep:
            self.memo[slot] = (text, entity, None)
        return text, entity, None


def fill(template: str, filler: Filler) -> tuple[str, list[dict]]:
    out, spans, pos = [], [], 0
    for m in SLOT.finditer(template):
        out.append(template[pos : m.start()])
        start = sum(len(x) for x in out)
        text, entity, inner = filler.value(m.group(1), m.group(2))
        out.append(text)
        if entity:
            s, e = inner or (0, len(text))
            spans.append({"start": start + s, "end": start + e, "entity": entity})
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def build(seed: int = 1515) -> list[dict]:
    r = random.Random(seed)
    rows, seen = [], set()
    for genre in sorted(GENRES):
        made = 0
        while made < PER_GENRE:
            text, spans = fill(r.choice(GENRES[genre]), Filler(r))
            if text in seen:
                continue
            seen.add(text)
            for s in spans:
                assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]], (text, s)
            rows.append({"text": text, "genre": genre, "spans": spans})
            made += 1
    r.shuffle(rows)
    return rows


def main() -> None:
    rows = build()
    path = HERE / "ner_dev.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    counts: dict[str, int] = {}
    for x in rows:
        for s in x["spans"]:
            counts[s["entity"]] = counts.get(s["entity"], 0) + 1
    print(f"{path}: {len(rows)} texts; {counts}")


if __name__ == "__main__":
    main()
