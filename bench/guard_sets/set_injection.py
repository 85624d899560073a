"""injection.jsonl (attacks + benign look-alikes) and the shipped injection_corpus.jsonl."""

from __future__ import annotations

import base64
import codecs
import random

import injection_attacks as A
import injection_corpus as C
import set_corpus
from common import assert_disjoint, assert_unique, number
from injection_benign import BENIGN

HOMOGLYPHS = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "i": "і",
    "y": "у",
    "A": "А",
    "E": "Е",
    "O": "О",
    "P": "Р",
    "C": "С",
    "T": "Т",
    "H": "Н",
    "K": "К",
    "M": "М",
    "B": "В",
}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
FAKE_CLOSERS = {
    "</user><system>": "</system><user>",
    "<admin>": "</admin>",
    "[INST] <<SYS>> ": " <</SYS>> [/INST]",
    "<|im_start|>system\n": "<|im_end|>",
}
CORPUS_FAKE_CLOSERS = {"<system>": "</system>", "<<SYS>>": "<</SYS>>"}


def combos(r: random.Random, left: list[str], right: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (left, right) pairs, spreading the use of each side evenly."""
    pairs = [(a, b) for a in left for b in right]
    r.shuffle(pairs)
    out: list[tuple[str, str]] = []
    used_l: dict[str, int] = {}
    for cap in range(1, n + 1):
        for a, b in pairs:
            if len(out) == n:
                return out
            if (a, b) not in out and used_l.get(a, 0) < cap:
                out.append((a, b))
                used_l[a] = used_l.get(a, 0) + 1
    return out


def obfuscate(r: random.Random, technique: str, text: str) -> str:
    if technique == "base64":
        return base64.b64encode(text.encode()).decode()
    if technique == "rot13":
        return codecs.encode(text, "rot13")
    if technique == "homoglyph":
        while True:
            out = "".join(HOMOGLYPHS[c] if c in HOMOGLYPHS and r.random() < 0.6 else c for c in text)
            if sum(a != b for a, b in zip(out, text)) >= 3:
                return out
    if technique == "zero_width":
        return "".join(c + (r.choice(ZERO_WIDTH) if c != " " and r.random() < 0.7 else "") for c in text)
    if technique == "leetspeak":
        return "".join(LEET[c] if c in LEET and r.random() < 0.8 else c for c in text.lower())
    if technique == "spacing":
        sep = r.choice([" ", " ", ".", "-"])
        return "   ".join(sep.join(word) for word in text.lower().split())
    raise ValueError(technique)


def eval_attacks(r: random.Random) -> list[dict]:
    rows: list[tuple[str, str]] = []
    for opener, payload in combos(r, A.OVERRIDE_OPENERS, A.OVERRIDE_PAYLOADS, 50):
        joiner = r.choice([" and ", ". Now ", "; ", ", then "])
        text = r.choice(A.OVERRIDE_PREFIXES) + opener + joiner + payload
        rows.append(("instruction_override", text[0].upper() + text[1:]))
    extraction = list(A.EXTRACTION)
    for t in r.sample(A.EXTRACTION, 10):
        extraction.append(r.choice(A.EXTRACTION_WRAPPERS[1:]).format(t))
    rows += [("system_prompt_extraction", t) for t in extraction]
    rows += [("roleplay_jailbreak", f"{p} {q}") for p, q in combos(r, A.PERSONAS, A.PERSONA_REQUESTS, 35)]
    for head, body in combos(r, A.FAKE_HEADERS, A.FAKE_BODIES, 26):
        rows.append(("fake_system_message", head + body + FAKE_CLOSERS.get(head, "")))
    rows += [("fake_system_message", t) for t in A.FAKE_TURNS]
    rows += [("indirect_injection", d.replace("{P}", e)) for d, e in combos(r, A.DOCUMENTS, A.EMBEDDED, 35)]
    rows += [("payload_splitting", t) for t in A.SPLITTING]
    bases = list(A.OBFUSCATION_BASES)
    for technique, n in A.OBFUSCATION_COUNTS.items():
        r.shuffle(bases)
        for i in range(n):
            wrapper = A.OBFUSCATION_WRAPPERS[technique][i % len(A.OBFUSCATION_WRAPPERS[technique])]
            rows.append((f"obfuscation_{technique}", wrapper.format(obfuscate(r, technique, bases[i % len(bases)]))))
    rows += [("multilingual", t) for t in A.MULTILINGUAL]
    return [{"text": t, "label": "attack", "family": f} for f, t in rows]


def eval_benign() -> list[dict]:
    return [{"text": t, "label": "benign", "family": family} for family, texts in BENIGN.items() for t in texts]


def corpus(r: random.Random) -> list[dict]:
    rows: list[tuple[str, str]] = []
    rows += [("instruction_override", f"{a} {b}.") for a, b in combos(r, C.OVERRIDE_OPENERS, C.OVERRIDE_PAYLOADS, 60)]
    triples = [(v, o, t) for v in C.EXTRACTION_VERBS for o in C.EXTRACTION_OBJECTS for t in C.EXTRACTION_TAILS]
    rows += [("system_prompt_extraction", f"{v} {o} {t}") for v, o, t in r.sample(triples, 32)]
    rows += [("system_prompt_extraction", t) for t in C.EXTRACTION_EXTRA]
    rows += [("roleplay_jailbreak", f"{p} {q}") for p, q in combos(r, C.ROLE_PERSONAS, C.ROLE_REQUESTS, 40)]
    for head, body in combos(r, C.FAKE_HEADERS, C.FAKE_BODIES, 30):
        rows.append(("fake_system_message", head + body + CORPUS_FAKE_CLOSERS.get(head, "")))
    rows += [("fake_system_message", t) for t in C.FAKE_EXTRA]
    rows += [("indirect_injection", t) for t in C.INDIRECT]
    rows += [("payload_splitting", t) for t in C.SPLITTING]
    rows += [("multilingual", t) for t in C.MULTILINGUAL]
    return [{"text": t, "category": c} for c, t in rows]


def build(seed: int = 4003) -> tuple[list[dict], list[dict], list[dict]]:
    """The eval set, the shipped attack corpus (the original 250 lines, then more) and the benign corpus."""
    r = random.Random(seed)
    attacks, benign = eval_attacks(r), eval_benign()
    shipped = corpus(random.Random(seed + 1)) + set_corpus.attacks(random.Random(seed + 2))
    shipped_benign = set_corpus.benign(random.Random(seed + 3))
    eval_rows = attacks + benign
    r.shuffle(eval_rows)
    assert_unique([row["text"] for row in eval_rows], "injection eval")
    assert_unique([row["text"] for row in shipped + shipped_benign], "injection and benign corpora")
    assert_disjoint(
        [row["text"] for row in eval_rows] + A.OBFUSCATION_BASES,
        [row["text"] for row in shipped + shipped_benign],
        "injection",
    )
    return number(eval_rows, "inj"), shipped, shipped_benign
