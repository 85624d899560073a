"""The shipped training corpora: more lines for injection_corpus.jsonl, and all of benign_corpus.jsonl.

The first 250 lines of injection_corpus.jsonl come from set_injection.corpus(); `attacks()` adds the rest.
Every choice comes from the seeded random.Random passed in.
"""

from __future__ import annotations

import base64
import codecs
import random

import benign_chat as H
import benign_instructions as I
import benign_long as G
import benign_lookalikes as L
import benign_meta as BM
import benign_requests as Q
import benign_scripts as BS
import corpus_agents as AG
import corpus_documents as D
import corpus_documents_more as D2
import corpus_exfil as X
import corpus_hand_a as HA
import corpus_hand_b as HB
import corpus_hand_c as HC
import corpus_hand_d as HD
import corpus_hand_e as HE
import corpus_hand_f as HF
import corpus_hand_g as HG
import corpus_handwritten as HW
import corpus_indirect as N
import corpus_multilingual as M
import corpus_override as O
import corpus_persona as P
import corpus_scripts as S
import set_ordinary

# the hand-written modules in the shipped corpora: whole artefacts, each module written by another hand
# from its own brief (HA-HG: seven helper sessions, 2026-12-07). They ship since the scanner trains on
# benign passages and attack witnesses (keel.guard.scanners.injection): trained on as whole texts, they
# raised the false positives on long ordinary prompts (docs/guard.md)
HANDS = (HW, HA, HB, HC, HD, HE, HF, HG)
# a hand-written line's weight in the fit (the corpus line's "weight"): chosen on held-out hands
# (bench/guard_calibrate.py --by-hand, 1 / 2 / 4 / 8), where 2 did best
HAND_WEIGHT = 2.0
# hand-written modules trained on by bench/guard_calibrate.py --more-hands only, not shipped: none now
MORE_HANDS: tuple = ()


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "|"}


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _pairs(r: random.Random, left: list, right: list, n: int, per_left: int) -> list[tuple]:
    """n distinct (left, right) pairs, each left item used at most `per_left` times, each right item evenly."""
    pairs = [(a, b) for a in left for b in right]
    r.shuffle(pairs)
    out: list[tuple] = []
    used_l: dict = {}
    used_r: dict = {}
    for cap_r in range(1, n + 1):
        for a, b in pairs:
            if len(out) == n:
                return out
            if (a, b) not in out and used_l.get(a, 0) < per_left and used_r.get(b, 0) < cap_r:
                out.append((a, b))
                used_l[a] = used_l.get(a, 0) + 1
                used_r[b] = used_r.get(b, 0) + 1
    assert len(out) == n, (len(out), n)
    return out


def _overrides(r: random.Random) -> list[str]:
    out = []
    prefixes = ["", "", "", "Important: ", "OK, ", "Listen carefully. ", "Before you continue, ", "Admin says: "]
    for i, (verb, obj) in enumerate(_pairs(r, O.VERBS, O.OBJECTS, 26, 2)):
        prefix = r.choice(prefixes)
        head = _cap(verb) if prefix.endswith(". ") else verb
        text = _cap(prefix + head + " " + obj + r.choice(O.JOINS) + r.choice(O.GOALS) + ".")
        out.append(_pivot(r, text) if i % 2 == 0 else text)
    for obj, state in _pairs(r, O.PASSIVE_OBJECTS, O.STATES, 10, 1):
        out.append(f"{obj} {state}. {_cap(r.choice(O.GOALS))}.")
    return out + O.OVERRIDE_EXTRA


def _extractions(r: random.Random) -> list[str]:
    out = [f"{a} {t}{r.choice(O.EXTRACT_TAILS)}" for a, t in _pairs(r, O.EXTRACT_ACTIONS, O.EXTRACT_TARGETS, 22, 2)]
    return [_pivot(r, t) if i % 2 == 1 else t for i, t in enumerate(out)] + O.EXTRACTION_EXTRA


def _pivot(r: random.Random, attack: str) -> str:
    """A benign request (sometimes with some context) that turns into the attack."""
    ask = r.choice(Q.QUESTIONS + Q.WRITING + Q.CODING)
    lead = f"{r.choice(Q.CONTEXTS)} {ask}" if r.random() < 0.6 else ask
    return f"{lead} {r.choice(O.PIVOTS)} {attack}"


def _run(r: random.Random, sentences: list[str], lo: int, hi: int) -> list[str]:
    """A run of consecutive sentences, lo..hi of them (fewer if the document is shorter)."""
    k = min(len(sentences), r.randint(lo, hi))
    start = r.randint(0, len(sentences) - k)
    return sentences[start : start + k]


def _join(kind: str, sentences: list[str]) -> str:
    sep = "\n" if kind in ("readme", "calendar", "notes", "cv", "changelog", "itinerary", "faq") else " "
    return sep.join(sentences)


def _docs(r: random.Random, n: int) -> list[tuple[str, list[str]]]:
    """n (kind, document) picks, cycling over the documents so each is used about equally."""
    all_docs = [(kind, doc) for kind, docs in [*D.DOCS.items(), *D2.DOCS.items()] for doc in docs]
    out: list[tuple[str, list[str]]] = []
    while len(out) < n:
        r.shuffle(all_docs)
        out += all_docs[: n - len(out)]
    return out


def _request(r: random.Random, kind: str) -> str:
    return r.choice([q for q, kinds in D.REQUESTS + D2.REQUESTS if kind in kinds])


def _indirect(r: random.Random) -> list[str]:
    out = []
    injected = list(N.INJECTED) * 2
    r.shuffle(injected)
    for i, ((kind, doc), inj) in enumerate(zip(_docs(r, len(injected)), injected)):
        run = _run(r, doc, 3, 6)
        pos = [0, len(run) // 2, len(run)][i % 3] if len(run) > 1 else r.randint(0, 1)
        text = _join(kind, [*run[:pos], inj, *run[pos:]])
        if r.random() < 0.6:
            text = _request(r, kind) + "\n\n" + text
        out.append(text)
    for i, inj in enumerate(N.INJECTED_CODE):
        code = D.CODE[i % len(D.CODE)]
        pos = r.randint(1, len(code) - 1)
        prefix = D.COMMENT[i % len(D.CODE)]
        text = "\n".join([*code[:pos], prefix + inj, *code[pos:]])
        out.append(r.choice(D.CODE_REQUESTS) + "\n\n" + text if i % 2 else text)
    return out


def _obfuscated(r: random.Random) -> list[tuple[str, str]]:
    out = []
    for t in N.OBFUSCATED["leetspeak"]:
        out.append(("obfuscation_leetspeak", "".join(LEET[c] if c in LEET and r.random() < 0.75 else c for c in t)))
    for i, t in enumerate(N.OBFUSCATED["spacing"]):
        sep = ["_", " ", "*", "."][i % 4]
        out.append(("obfuscation_spacing", "  ".join(sep.join(w) for w in t.split())))
    return out


def attacks(r: random.Random) -> list[dict]:
    rows: list[tuple[str, str]] = []
    rows += [("instruction_override", t) for t in _overrides(r)]
    rows += [("system_prompt_extraction", t) for t in _extractions(r)]
    for i, (persona, req) in enumerate(_pairs(r, P.PERSONAS, P.REQUESTS, 35, 2)):
        rules = r.sample(P.PERSONA_RULES, r.randint(2, 5)) if i % 2 == 0 else []
        rows.append(("roleplay_jailbreak", " ".join([persona, *rules, req])))
    rows += [("roleplay_jailbreak", t) for t in P.ROLEPLAY_EXTRA]
    for i, (head, body) in enumerate(_pairs(r, P.FAKE_HEADERS, P.FAKE_BODIES, 25, 2)):
        text = head + (body if head.endswith(("\n", '"', ">", "> ")) else _cap(body)) + P.FAKE_CLOSE.get(head, "")
        if i % 3 == 0:  # after a pasted document, as if the document ended there
            kind, doc = _docs(r, 1)[0]
            text = _request(r, kind) + "\n\n" + _join(kind, _run(r, doc, 2, 5)) + "\n" + text
        rows.append(("fake_system_message", text))
    rows += [("fake_system_message", t) for t in P.FAKE_EXTRA]
    rows += [("indirect_injection", t) for t in _indirect(r)]
    rows += [("payload_splitting", t) for t in N.SPLITTING]
    rows += [("multilingual", t) for t in M.ATTACKS + M.LONG_ATTACKS]
    rows += _obfuscated(r)
    # agents, exfiltration and other scripts: each module draws from its own seeded generator
    rows += AG.attacks(random.Random(r.random())) + X.attacks(random.Random(r.random()))
    rows += S.attacks(random.Random(r.random()))
    for hand in HANDS:  # whole hand-written artefacts, after the generated lines (which come out as before)
        rows += hand.ATTACKS
    return _rows(rows)


def _lengthen(r: random.Random, texts: list[str], share: float) -> list[str]:
    """Put a context sentence in front of, and/or a constraint after, about `share` of the texts."""
    out = []
    for t in texts:
        if r.random() < share:
            roll = r.random()
            if roll < 0.4:
                t = f"{r.choice(Q.CONTEXTS)} {t}"
            elif roll < 0.7:
                t = f"{t} {r.choice(Q.CONSTRAINTS)}"
            else:
                t = " ".join([r.choice(Q.CONTEXTS), t, *r.sample(Q.CONSTRAINTS, 2)])
        out.append(t)
    return out


def _summaries(r: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        for kind, doc in _docs(r, n - len(out)):
            text = _join(kind, _run(r, doc, 3, 9))
            roll = r.random()
            if roll < 0.75:
                text = _request(r, kind) + "\n\n" + text
            elif roll < 0.85:
                text = text + "\n\n" + _request(r, kind)
            if text not in out:
                out.append(text)
    for i, req in enumerate(D.CODE_REQUESTS * 2):
        code = D.CODE[i % len(D.CODE)]
        out.append(req + "\n\n" + "\n".join(_run(r, code, 4, len(code))))
    return out


def _encode(kind: str, text: str) -> str:
    if kind == "base64":
        return base64.b64encode(text.encode()).decode()
    if kind == "rot13":
        return codecs.encode(text, "rot13")
    return text.encode().hex(" ")


def _encodings(r: random.Random) -> list[str]:
    asks = [(kind, ask) for kind, kind_asks in L.ENCODING_ASKS.items() for ask in kind_asks]
    out = [ask.replace("{X}", _encode(kind, plain)) for plain, (kind, ask) in _pairs(r, L.ENCODABLE, asks, 25, 2)]
    return out + L.ENCODING_EXTRA


def _contact(r: random.Random, template: str) -> str:
    def email() -> str:
        return f"{r.choice(H.NAMES)}@{r.choice(H.DOMAINS)}"

    text = template.replace("{E2}", email()).replace("{E}", email())
    return text.replace("{P}", r.choice(H.PHONES)).replace("{U}", r.choice(H.URLS))


def benign(r: random.Random) -> list[dict]:
    rows: list[tuple[str, str]] = []
    rows += [("general_question", t) for t in _lengthen(r, Q.QUESTIONS, 0.7)]
    rows += [("writing", t) for t in _lengthen(r, Q.WRITING, 0.7)]
    rows += [("coding_help", t) for t in _lengthen(r, Q.CODING, 0.4) + Q.CODE_QUESTIONS]
    rows += [("summarization", t) for t in _summaries(r, 136)]
    for src, ask in _pairs(r, I.TRANSLATE_SOURCES, I.TRANSLATE_ASKS, 24, 2):
        rows.append(("translation", ask.replace("{S}", src)))
    rows += [("translation", t) for t in I.TRANSLATE_EXTRA]
    rows += [("security_question", t) for t in _lengthen(r, L.SECURITY, 0.25)]
    rows += [("system_prompt_question", t) for t in L.SYSTEM_PROMPT]
    rows += [("developer", t) for t in L.DEVELOPER]
    rows += [("encoding_benign", t) for t in _encodings(r)]
    for lead, change in _pairs(r, I.UPDATE_LEADS, I.UPDATE_CHANGES, 24, 3):
        rows.append(("instruction_update", f"{lead} {_cap(change) if lead.endswith(':') else change}"))
    rows += [("instruction_update", t) for t in I.UPDATES]
    rows += [("ignore_benign", t) for t in I.IGNORE]
    rows += [("forget_benign", t) for t in I.FORGET]
    for lead, role in _pairs(r, I.PERSONA_LEADS, I.PERSONA_ROLES, 28, 5):
        end = "?" if lead.startswith("Can") else ""
        task = r.choice(I.PERSONA_TASKS)
        rows.append(("persona_benign", f"{lead} {role} {task[:-1]}{end or task[-1]}"))
    rows += [("persona_benign", t) for t in I.PERSONA_EXTRA]
    rows += [("game_roleplay", t) for t in I.GAMES]
    rows += [("multilingual_benign", t) for t in M.BENIGN]
    rows += [("chat_turn", t) for t in H.CHAT + H.ASSISTANT]
    rows += [("contact_details", _contact(r, t)) for t in H.CONTACT] + [("contact_details", t) for t in H.PLACEHOLDERS]
    rows += [(category, t) for category, texts in [*G.LONG.items(), *G.MORE.items()] for t in texts]
    rows += [("multilingual_benign", t) for t in M.LONG_BENIGN]
    # the request-style categories above keep their share of long lines; the ordinary texts below are exempt
    long_share = sum(len(t) > 300 for _, t in rows) / len(rows)
    assert long_share >= 0.2, f"benign corpus: only {long_share:.1%} of request-style lines are over 300 characters"
    rows += set_ordinary.ordinary(r)
    # hard negatives about prompts and rules, carriers written for people, other scripts (after the ordinary
    # lines, so that the ordinary lines above come out as before)
    rows += BM.benign(random.Random(r.random())) + BS.benign(random.Random(r.random()))
    for hand in HANDS:
        rows += hand.BENIGN
    return _rows(rows)


def _rows(rows: list[tuple[str, str]]) -> list[dict]:
    """Corpus lines; a hand-written one carries its weight in the fit."""
    written = {t for hand in HANDS for _, t in hand.ATTACKS + hand.BENIGN}
    return [{"text": t, "category": c, **({"weight": HAND_WEIGHT} if t in written else {})} for c, t in rows]
