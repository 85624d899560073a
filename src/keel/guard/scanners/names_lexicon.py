"""The lexicons names.py reads (loaded once per process) and its tokens: given names and surnames
(`guard/data/names_lexicon.jsonl`, with the cue and look-alike word lists), places (the gazetteer
of names_places.py), frequent English words (the embedder's vocabulary); a word's key (lower case,
no accents) and the tokens of a text with their keys."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*")
ENGLISH_RANK = 8000  # words among the vocabulary's most frequent this many are ordinary English


@lru_cache(maxsize=65536)
def key(s: str) -> str:
    """Lower case without accents: 'Müller' -> 'muller', 'Nguyễn' -> 'nguyen', '’' -> "'"."""
    s = s.replace("’", "'").replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("Ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Lexicon:
    given: frozenset[str]
    surname: frozenset[str]
    words: dict[str, frozenset[str]]  # cue and look-alike lists by kind (multi-word entries joined by spaces)
    places: dict[str, int]  # place key -> tier: 3 known alone, 2 alone unless a frequent word, 1 with a cue
    english: frozenset[str]  # frequent English words (the embedder's vocabulary) that no list names
    place_words: frozenset[str]  # places that are also frequent words ("Reading", "Split"): they need a cue

    def names(self, k: str) -> bool:
        return k in self.given or k in self.surname

    def has(self, kind: str, k: str) -> bool:
        return k in self.words[kind]


@cache
def lexicon() -> Lexicon:
    """The lexicons, loaded once per process (~1 s: GeoNames cities, pycountry, the vocabulary)."""
    given: set[str] = set()
    surname: set[str] = set()
    words: dict[str, set[str]] = {}
    text = resources.files("keel.guard.data").joinpath("names_lexicon.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        row = json.loads(line)
        kind, items = row["kind"], row["items"]
        if kind in ("given", "surname"):
            target = given if kind == "given" else surname
            target.update(key(n) for n in items)
            target.update(key(p) for n in items for p in n.split("-") if len(p) > 3 and kind == "surname")
        else:
            words.setdefault(kind, set()).update(" ".join(t.key for t in tokens(i)) for i in items)
    from keel.guard.scanners.names_places import gazetteer

    places = gazetteer(words.pop("place"))
    try:
        from keel.guard.vocab import word_ranks

        ranks = word_ranks()
    except Exception:  # the vocabulary ships with the embedder; without it, the word lists alone
        ranks = {}
    names = given | surname
    english = frozenset(w for w, r in ranks.items() if r < ENGLISH_RANK and w not in names and w not in places)
    plain, named = words["common"] | words["not_person"], names | words["proper_place"]
    frequent = (k for k, t in places.items() if t < 3 and ranks.get(k, 9e9) < 4000 and k not in named)
    place_words = frozenset(plain & places.keys()).union(frequent)  # "Reading", "Split", "March"
    words["org_first"] = {k.split()[0] for k in words["known_org"]}
    frozen = {k: frozenset(v) for k, v in words.items()}
    return Lexicon(frozenset(given), frozenset(surname), frozen, places, english, place_words)


# ----------------------------------------------------------------------------- tokens


HONORIFIC_SUFFIX = re.compile(r"(?<=\w\w)-(?:san|sama|kun|chan|sensei|senpai|ssi|nim|ji)$", re.IGNORECASE)


@dataclass
class Tok:
    start: int
    end: int
    text: str
    key: str
    cap: bool  # starts with a capital
    upper: bool  # all capitals, two letters or more


def tokens(text: str) -> list[Tok]:
    out = []
    for m in WORD.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        if len(w) > 3 and w[-2:] in ("'s", "’s"):  # Priya's -> Priya
            e, w = e - 2, w[:-2]
        suffix = HONORIFIC_SUFFIX.search(w)  # Takahashi-san -> Takahashi
        if suffix:
            e, w = e - len(suffix.group()), w[: suffix.start()]
        out.append(Tok(s, e, w, key(w), w[0].isupper(), len(w) > 1 and w.isupper()))
    return out
