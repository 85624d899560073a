"""names: people and places by lexicons and context rules — the pii scanner's source of PERSON,
LOCATION and ORGANIZATION (no model; 1-2 ms for 1 KB). What it knows (loaded once, names_lexicon.py):
- given names and surnames of many cultures, with their usual transliterations
  (`guard/data/names_lexicon.jsonl`, written by bench/guard_sets/ner_dev/build_lexicon.py), and the
  cue words around names: titles (Mr, Dr, Herr, Mme, Sra., Shri, Bapak, -san), greetings ("Hi Amara,"),
  sign-offs ("Regards,\\nOluwaseun Adeyemi"), field and speaker labels ("Patient:", "Attendees:",
  "[09:14] Mikko:"), introductions ("my name is", "I'm", "call me");
- places: GeoNames cities of 15,000 people or more, countries and main subdivisions, regions and
  exonyms, street addresses by their shape in many countries (names_places.py);
- look-alikes: software, products and everyday capitalised words that are never a person alone
  ("Kubernetes", "Config", "Salary"), common English words (a frequency-ranked vocabulary) and
  organisations (company suffixes and a list of firms named like people: "Morgan Stanley").

How it decides: a run of capitalised words (with "van der", "de la", "bin", "al-") is a person when
it holds a known name and no ordinary word, or when a cue stands before it; a place when the
gazetteer knows it (small towns and places that are also names or words only with a cue: "in",
"based in", a place label, ", Kenya", a postcode). Scores: 0.85 for a cue or a known full name,
0.7 one known name or a well-known place, 0.6 a guess from shape alone. Chinese, Japanese and
Korean script has no capitals: names_cjk.py finds its people and places.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from keel.guard.scanners import names_cjk
from keel.guard.scanners.names_lexicon import WORD, Lexicon, Tok, key, lexicon, tokens

ENTITIES = ("PERSON", "LOCATION")

# ----------------------------------------------------------------------------- people and places


def _set(words: str, sep: str) -> frozenset[str]:
    return frozenset(words.split(sep))


CONNECT = _set(
    "de del della der den di da das dos du la le van von ter ten zu af bin binti bint ibn ben al el abu y "
    "e of es am upon",
    " ",
)
# the words just before a name that say a person follows: strong ones make any capitalised word a name
STRONG_BEFORE = _set(
    "my name is|name is|my name's|i am|i'm|this is|call me|signed|c/o|cc|hi|hey|hello|dear|thanks|"
    "thank you|morning|good morning|afternoon|evening|hiya|greetings|regards|cheers|@",
    "|",
)
WEAK_BEFORE = _set(
    "ask|thanks to|spoke with|spoke to|meet|meeting with|colleague|sister|brother|mother|father|wife|"
    "husband|friend|told|according to|technician|patient|the patient|customer|client|boss|caller|me and|intern|"
    "teammate|coworker|co-worker|assistant|student|employee|candidate|applicant|nurse|courier|driver|mentor|"
    "ping|manager|son|daughter|uncle|aunt|cousin|partner|neighbour|neighbor|contact|landlord|tenant|"
    "doctor",
    "|",
)
STRONG_PLACE = _set(
    "in|at|near|around|outside|across|through|based in|born in|raised in|living in|lives in|live in|"
    "located in|situated in|headquartered in|stationed in|staying in|moved to|moving to|relocating to|"
    "relocated to|fly to|flying to|flew to|travelling to|traveling to|trip to|headed to|heading to|"
    "driving to|back home to|office in|offices in|branch in|site in|warehouse in|visiting|arriving in|"
    "landed in|grew up in|hotel in",
    "|",
)
PLACE_VERBS = frozenset(p for p in STRONG_PLACE if " " in p)  # "moved to X": X is a place even if unknown
ORG_BEFORE = _set(
    "vendor|company|firm|supplier|brand|employer|provider|carrier|retailer|startup|manufacturer|"
    "contractor|agency|partner|partners|competitor|acquired|subsidiary|partners at|work at|works at|"
    "worked at|working at|customer of|the contract from|invoice from|payable to|shares of|client",
    "|",
)
LEADING = _set("the a an our their my your his her its this that at from with for and of to in", " ")
WEAK_PLACE = _set("from to via between and into toward towards visit the of", " ")
# what follows a person's name: a verb a person does, or "and I"
AFTER_PERSON = re.compile(
    r"[ \t]+(?:said|says|told|asked|asks|wrote|writes|thinks|prefers|will|would|is|was|has|had|joined|joins|called"
    r"|calls|emailed|replied|mentioned|reports|reported|approved|presented|owns|books|sends|stayed|lives|lived"
    r"|works|worked|needs|wants|can|could|should|did|does|just|also|never|agreed|suggested|confirmed|raised|leads"
    r"|shared|sent|signed|booked|swears|and I|and me|from (?:the|our|billing|support|sales|hr|it|finance))\b"
)
SPEAKER_BEFORE = re.compile(r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|<|[-*•][ \t]*)?")
SPEAKER_AFTER = re.compile(r"(?:[ \t]*\([^)\n]{1,24}\))?[ \t]*(?::[ \t]*\S|>)")
LABEL = re.compile(r"^[ \t>*•-]*([^\W\d][\w '’/-]{0,30}?)[ \t]*[:：][ \t]*(?=\S)", re.MULTILINE)
# an address or e-mail (no names inside); a "," or ";" before a letter ends it (a CSV field: "…/p/9;Priya")
LINK = re.compile(
    r"(?:https?://|www\.)(?:[^\s<>\"',;]|[,;](?![^\W\d_]))+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+\.(?:com|org|net|io|dev)/(?:[^\s,;]|[,;](?![^\W\d_]))*"
)
VOCATIVE = re.compile(r",[ \t]+[a-z]")


def _cue_regions(text: str, lex: Lexicon) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where a person's name ('Name: …', 'Attendees: …') or a place ('City: …') is expected."""
    people, places = [], []
    for m in LABEL.finditer(text):
        label = " ".join(t.key for t in tokens(m.group(1)))
        stop = re.compile(r"\n|;|\|[ \t]|[ \t][^\W\d][\w ]{0,20}:[ \t]").search(text, m.end())
        region = (m.end(), stop.start() if stop else len(text))
        if lex.has("person_label", label):
            people.append(region)
        elif lex.has("place_label", label):
            places.append(region)
    return people, places


def _kind(t: Tok, lex: Lexicon) -> str:
    k = t.key
    if not t.cap:
        return "join" if k in CONNECT else "lower"
    if len(k) == 1:
        return "initial"
    if lex.has("org_word", k):
        return "org"
    if (lex.has("honorific", k) or lex.has("greeting", k)) and not lex.names(k):
        return "cue"
    if lex.has("not_person", k) and not lex.names(k):
        return "word"
    named = lex.names(k) or ("-" in k and any(lex.names(p) for p in k.split("-") if len(p) > 3))
    plain = lex.has("common", k) or lex.has("not_person", k) or re.search(r"'(?:d|m|ll|ve|re|t)$", k)
    if named:
        return "weak" if plain or k in lex.english or (t.upper and len(k) < 4) else "name"
    if k in lex.places and (len(k) > 3 or t.upper):
        return "place"
    if plain or lex.has("street_word", k) or lex.has("facility_word", k) or lex.has("person_label", k) or t.upper:
        return "word"
    if k in lex.english:
        return "vocab"
    return "name" if k not in _vocab() and (PINYIN.fullmatch(k) or ROMAJI.fullmatch(k)) else "unk"


# the shape of a romanised Chinese given name (two or three pinyin syllables: "Xiaowen", "Zhiyuan") or a
# Japanese name (three or more kana syllables: "Fujisawa"), for words no list or vocabulary holds
_PY = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|o|e|i|u|v)"
)
PINYIN = re.compile(rf"(?:{_PY}(?:(?<=n)g)?){{2,3}}")
ROMAJI = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]n?){3,5}")


def _runs(text: str, toks: list[Tok], free: list[bool], kinds: list[str]) -> list[list[int]]:
    """Runs of capitalised words one space apart, with particles and initials inside."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for i, t in enumerate(toks):
        joined = False
        if cur:
            gap = text[toks[cur[-1]].end : t.start]
            joined = gap == " " or (gap in (". ", ".") and kinds[cur[-1]] in ("initial", "cue"))
        ok = free[i] and kinds[i] != "lower"
        if ok and kinds[i] == "join":  # "van der Berg", "de la Cruz": particles up to a capitalised word
            j = i
            while j + 1 < len(toks) and kinds[j + 1] == "join" and text[toks[j].end : toks[j + 1].start] == " ":
                j += 1
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            ok = bool(cur) and nxt is not None and nxt.cap and text[toks[j].end : nxt.start] == " "
        if ok and (joined or not cur):
            cur.append(i)
        else:
            if cur:
                runs.append(cur)
            cur = [i] if ok and kinds[i] != "join" else []
    if cur:
        runs.append(cur)
    return runs


def _glued(text: str, t: Tok) -> bool:
    """A word that is part of a code or identifier (IPv6, S3, snake_case, x86): never a name."""
    return (t.end < len(text) and (text[t.end].isdigit() or text[t.end] == "_")) or (
        t.start > 0 and (text[t.start - 1].isdigit() or text[t.start - 1] == "_")
    )


def find(text: str) -> list[tuple[str, int, int, float]]:
    """(entity, start, end, score) of PERSON, LOCATION and ORGANIZATION, by start, not overlapping."""
    lex = lexicon()
    toks = tokens(text)
    from keel.guard.scanners.names_places import addresses

    out = [("LOCATION", s, e, 0.85) for s, e in addresses(text, toks, lex)] + names_cjk.find(text)
    links = [("", m.start(), m.end(), 0.0) for m in LINK.finditer(text)]  # no names inside URLs and e-mails
    free = [
        not _overlaps(out, t.start, t.end) and not _overlaps(links, t.start, t.end) and not _glued(text, t)
        for t in toks
    ]
    _known_orgs(text, toks, free, out, lex)
    kinds = [_kind(t, lex) for t in toks]
    cues = _cue_regions(text, lex)
    for run in _runs(text, toks, free, kinds):
        cue = False
        while run and kinds[run[0]] == "cue":  # Dear Dr. Okafor
            cue, run = True, run[1:]
        if cue and run and kinds[run[-1]] in ("word", "vocab", "org") and not any(kinds[j] == "name" for j in run):
            continue  # Dear Hiring Committee, Hi Support Team
        for piece, tag in _split(run, toks, kinds, lex):
            if tag in ("other", "cued"):
                _decide(text, toks, kinds, piece, cue or tag == "cued", cues, out, lex)
            else:
                out.append((tag, toks[piece[0]].start, toks[piece[-1]].end, 0.8 if tag == "LOCATION" else 0.7))
            cue = False
    return sorted(out, key=lambda f: f[1])


def _overlaps(found: list[tuple[str, int, int, float]], s: int, e: int) -> bool:
    return any(fs < e and s < fe for _, fs, fe, _ in found)


def _known_orgs(text: str, toks: list[Tok], free: list[bool], out: list, lex: Lexicon) -> None:
    """Firms named like people or places ("Morgan Stanley", "Marks & Spencer", "Ferrari")."""
    i = 0
    while i < len(toks):
        hit = 0
        if free[i] and toks[i].cap and lex.has("org_first", toks[i].key):
            for n in (4, 3, 2, 1):
                seq = toks[i : i + n]
                if len(seq) == n and all(re.fullmatch(r" ?&? ?|-", text[a.end : b.start]) for a, b in pairwise(seq)):
                    k = " ".join(t.key for t in seq)
                    if lex.has("known_org", k) and (len(k) > 4 or seq[0].upper):
                        hit = n
                        break
        if hit:
            out.append(("ORGANIZATION", toks[i].start, toks[i + hit - 1].end, 0.85))
            free[i : i + hit] = [False] * hit
        i += hit or 1


def _split(run: list[int], toks: list[Tok], kinds: list[str], lex: Lexicon):
    """RUN in parts: places of several words ("Addis Ababa", "Victoria Island"), an organisation
    ("Blue Harbor Logistics", "University of Lagos"), and the rest between ordinary words."""
    if len(run) > 1 and (
        any(kinds[j] == "org" for j in run[1:]) or (kinds[run[0]] == "org" and kinds[run[1]] == "join")
    ):
        while kinds[run[0]] in ("cue", "join") or toks[run[0]].key in LEADING:
            run = run[1:]
        yield run, "ORGANIZATION"
        return
    piece: list[int] = []
    tag, p = "other", 0
    while p <= len(run):
        hit = 0
        if p < len(run) and toks[run[p]].cap and kinds[run[p]] != "join" and p + 1 < len(run):
            for n in range(min(5, len(run) - p), 1, -1):
                words = [toks[j].key for j in run[p : p + n]]
                if " ".join(words) in lex.places or (lex.has("facility_word", words[-1]) and kinds[run[p]] != "word"):
                    hit = n
                    break
        j = run[p] if p < len(run) else -1
        if hit or j < 0 or kinds[j] in ("word", "vocab", "cue", "org", "lower"):
            while piece and kinds[piece[-1]] == "join":
                piece.pop()
            while piece and kinds[piece[0]] == "join":
                piece.pop(0)
            if piece:
                yield piece, tag
            piece, tag = [], "cued" if j >= 0 and kinds[j] == "cue" else "other"
            if hit:
                yield run[p : p + hit], "LOCATION"
                p += hit
                continue
            if j >= 0 and kinds[j] == "vocab":
                yield [j], "other"
        else:
            piece.append(j)
        p += 1


def _decide(text, toks, kinds, piece, cue, cues, out, lex) -> None:
    s, e = toks[piece[0]].start, toks[piece[-1]].end
    core = [j for j in piece if kinds[j] not in ("initial", "join")]
    if not core:
        return
    count = {k: sum(kinds[j] == k for j in core) for k in ("name", "weak", "unk", "place")}
    rare = all(kinds[j] == "name" or toks[j].key not in _vocab() for j in core)  # may stand before a colon
    known = any(kinds[j] == "name" for j in core)
    person = 2 if cue else _person_cue(text, s, e, cues[0], out, rare, known)
    place = _place_cue(text, s, e, cues[1], lex)
    if len(core) > 1:
        if count["place"] == len(core):
            out.append(("LOCATION", s, e, 0.8))
        elif count["name"] or (count["weak"] and (count["unk"] or len(piece) > len(core))):
            out.append(("PERSON", s, e, 0.85 if count["name"] or person else 0.7))
        elif person == 2 or (count["unk"] == len(core) and not all(toks[j].upper for j in core)):
            out.append(("PERSON", s, e, 0.85 if person else 0.6))
        else:
            for j in core:
                _decide(text, toks, kinds, [j], False, cues, out, lex)
        return
    t, kind = toks[core[0]], kinds[core[0]]
    tier = lex.places.get(t.key, 0) if (len(t.key) > 3 or t.upper) else 0
    after = bool(AFTER_PERSON.match(text, e))
    if kind in ("name", "weak") and tier and person < 2 and (place or (tier == 3 and kind == "name")):
        out.append(("LOCATION", s, e, 0.7 if place else 0.6))  # "in Florence", "Jordan"
    elif kind == "name" or (kind in ("weak", "vocab") and person == 2):
        out.append(("PERSON", s, e, 0.85 if person else 0.7))
    elif kind == "place" and cue and tier < 3 and place < 2:  # "Hi Amara,"
        out.append(("PERSON", s, e, 0.8))
    elif kind == "place" and (place == 2 or (t.key not in lex.place_words and (tier >= 2 or place))):
        out.append(("LOCATION", s, e, {3: 0.85, 2: 0.75}.get(tier, 0.65) if place < 2 else 0.85))
    elif kind == "unk" and person < 2 and _joined(_before(text, s, 2), ORG_BEFORE):
        out.append(("ORGANIZATION", s, e, 0.6))  # "the vendor Globex", "partners at Initech"
    elif kind == "unk" and (person == 2 or ((person or after) and t.key not in _vocab())):
        out.append(("PERSON", s, e, 0.8 if person == 2 else 0.6))
    elif kind == "unk" and place == 2 and t.key not in _vocab() and _joined(_before(text, s), PLACE_VERBS):
        out.append(("LOCATION", s, e, 0.6))


SPEAKER_LINE = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|<)?[^\W\d][\w'’-]*(?: [^\W\d][\w'’-]*)?(?:[ \t]*\([^)\n]{1,24}\))?[ \t]*[:>]",
    re.M,
)


def _transcript(text: str) -> bool:
    """Two lines or more that open with a speaker's name and a colon: a chat log."""
    return len(SPEAKER_LINE.findall(text)) >= 2 and text.count("\n") >= 1


@cache
def _vocab() -> frozenset[str]:
    try:
        from keel.guard.vocab import words

        return words()
    except Exception:
        return frozenset()


def _before(text: str, s: int, n: int = 3) -> list[str]:
    """Up to N lower-case words right before S on its line (with only ' ', ':' or ',' between)."""
    window = text[max(0, s - 40) : s]
    stripped = window.rstrip(" \t:,")
    if not stripped or not (stripped[-1].isalnum() or stripped[-1] in "@'’"):
        return []
    return re.findall(r"[\w'’@/]+", stripped.rsplit("\n", 1)[-1].lower())[-n:]


def _joined(words: list[str], table: frozenset[str]) -> bool:
    return any(" ".join(words[-i:]) in table for i in range(1, len(words) + 1))


def _person_cue(text, s, e, regions, out, rare, known) -> int:
    """2: a strong cue for a person (a label, a greeting, a sign-off; a speaker's colon for a KNOWN name or
    in a transcript, not 'Reason:'); 1: 'according to', 'my colleague'."""
    lex = lexicon()
    words = _before(text, s)
    if any(a <= s < b for a, b in regions) or _joined(words, STRONG_BEFORE | lex.words["greeting"]):
        return 2
    line_start = text.rfind("\n", 0, s) + 1
    speaker = SPEAKER_AFTER.match(text, e) and (known or (rare and _transcript(text)))
    if SPEAKER_BEFORE.fullmatch(text, line_start, s) and (speaker or (rare and VOCATIVE.match(text, e))):
        return 2  # "Amara: …", "[09:14] Mikko: …", "Zhenyu, could you …"
    alone = text[line_start:s].strip() == ""  # the name opens its line: the line before may be a sign-off
    prev = (text[max(0, line_start - 40) : line_start] if alone else text[line_start:s]).rstrip()
    prev = prev.rsplit("\n", 1)[-1].rstrip(" \t,!.")
    if len(prev) < 30 and lex.has("signoff", " ".join(key(w) for w in WORD.findall(prev))):  # "Regards,\nName"
        return 2
    if re.match(r"[ \t]*[<(\[][^\s>)\]]+@|-(?:san|sama|kun|chan|sensei|ssi|ji)\b", text[e : e + 40]):
        return 2
    last = next((f for f in reversed(out) if f[0] == "PERSON"), None)  # "Hi Amara and Wei"
    if last and last[3] >= 0.85 and re.fullmatch(r"[ \t]*(?:,|and|&|or|, and)[ \t]*", text[last[2] : s]):
        return 2
    return 1 if _joined(words, WEAK_BEFORE) else 0


def _place_cue(text, s, e, regions, lex) -> int:
    """2: a strong cue for a place (a place label, 'in', 'based in', ', Kenya' after it); 1: 'from', '(…)'."""
    words = _before(text, s)
    if any(a <= s < b for a, b in regions) or (_joined(words, STRONG_PLACE) and words[-1:] != ["the"]):
        return 2
    after = re.match(r",[ \t]*([A-Z]{2}\b|[^\W\d_]+(?: [^\W\d_]+)?)", text[e : e + 40])
    if after and (len(after.group(1)) == 2 or any(k in lex.places for k in _prefixes(after.group(1)))):
        return 2
    paren = text[s - 1 : s] == "(" and text[e : e + 1] in (")", ",")
    return 1 if paren or _joined(words, WEAK_PLACE) else 0


def _prefixes(phrase: str) -> list[str]:
    keys = [t.key for t in tokens(phrase)]
    return [" ".join(keys[:i]) for i in range(1, len(keys) + 1)]
