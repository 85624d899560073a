"""Ordinary everyday text for benign_corpus.jsonl: what a gateway sees that is neither a request to an assistant
nor a look-alike of an attack (notifications, support, workplace and social messages, answers, product texts,
terms, encyclopedic and news sentences, reviews, recipes, travel, code and logs, other languages).

`ordinary(r)` returns (category, text) pairs; every choice comes from the seeded random.Random passed in.
Lists and templates live in ordinary_*.py.
"""

from __future__ import annotations

import random

import ordinary_answers as A
import ordinary_code as C
import ordinary_multilingual as M
import ordinary_notify as N
import ordinary_product as P
import ordinary_social as S
from common import has_slots
from ordinary_values import fill_in

CATEGORIES = [
    "notification", "support_reply", "workplace", "social", "answer", "product", "terms", "encyclopedic",
    "review", "recipe", "travel", "code_log", "multilingual_ordinary",
]  # fmt: skip


def _templated(r: random.Random, templates: list[str], n: int) -> list[str]:
    """n distinct texts: every template once, then templates with slots again with other values."""
    out = [fill_in(r, t) for t in templates]
    again = [t for t in templates if has_slots(t)]
    while len(out) < n:
        text = fill_in(r, r.choice(again))
        if text not in out:
            out.append(text)
    return out


def _joined(r: random.Random, pool: list[str], n: int, lo: int, hi: int, sep: str = " ") -> list[str]:
    """Every item of the pool alone, then runs of lo..hi items in random order, until there are n texts."""
    out = list(pool)
    while len(out) < n:
        text = sep.join(r.sample(pool, r.randint(lo, hi)))
        if text not in out:
            out.append(text)
    return out


def _social(r: random.Random) -> list[str]:
    out = list(S.SOCIAL)
    pairs = [(a, b) for a in S.SOCIAL_OPENERS for b in S.SOCIAL_FOLLOWUPS]
    for a, b in r.sample(pairs, S.SOCIAL_PAIRS):
        out.append(fill_in(r, f"{a} {b}"))
    return out


def _steps(r: random.Random) -> list[str]:
    out = []
    for title, steps in A.STEP_TOPICS:
        out.append(title + ":\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
        out.append(title + "\n" + "\n".join(f"- {s}" for s in steps))
        first, *middle, last = steps
        prose = f"First, {first[0].lower()}{first[1:]} " + " ".join(f"Then {s[0].lower()}{s[1:]}" for s in middle)
        out.append(f"{prose} Finally, {last[0].lower()}{last[1:]}")
    return out


def _answers(r: random.Random) -> list[str]:
    leads = ["Sure! ", "Of course. ", "Good question. ", "Happy to help. ", "Yes. ", "Here you go: "]
    tails = [" Hope that helps!", " Let me know if you have other questions.", " Anything else I can help with?"]
    wrapped = []
    for t in r.sample(A.ANSWERS, 30):
        roll = r.random()
        lead = r.choice(leads) if roll < 0.7 else ""
        tail = r.choice(tails) if roll > 0.4 else ""
        wrapped.append(lead + t + tail)
    return A.ANSWERS + _steps(r) + wrapped


def _encyclopedic(r: random.Random) -> list[str]:
    out = [t for facts in A.ENCYCLOPEDIC.values() for t in facts]
    topics = list(A.ENCYCLOPEDIC.values())
    while len(out) < A.ENCYCLOPEDIC_ROWS:
        facts = r.choice(topics)
        text = " ".join(r.sample(facts, r.randint(2, 4)))
        if text not in out:
            out.append(text)
    return out


def _release_notes(r: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        bullets = r.sample(P.RELEASE_BULLETS, r.randint(1, 4))
        head = r.choice(["What's new in version {VERSION}", "Version {VERSION}", "Release notes {VERSION}",
                         "v{VERSION}", "Update {VERSION}", ""])  # fmt: skip
        if not head:
            text = " ".join(bullets)
        elif r.random() < 0.5:
            text = head + ":\n" + "\n".join(f"- {b}" for b in bullets)
        else:
            text = head + ": " + " ".join(bullets)
        text = fill_in(r, text)
        if text not in out:
            out.append(text)
    return out


def _reviews(r: random.Random, n: int) -> list[str]:
    out = list(P.REVIEWS)
    while len(out) < n:
        text = " ".join(r.sample(P.REVIEWS, r.randint(2, 4)))
        if r.random() < 0.5:
            stars = r.randint(2, 5)
            text = r.choice([f"{'★' * stars}{'☆' * (5 - stars)} ", f"{stars}/5. ", f"Rated {stars} out of 5. "]) + text
        if text not in out:
            out.append(text)
    return out


def _logs(r: random.Random, n: int) -> list[str]:
    single = [t for t in C.LOG_TEMPLATES if "\n" not in t and not t.startswith("Traceback")]
    out = [fill_in(r, t) for t in C.LOG_TEMPLATES]
    while len(out) < n:
        text = "\n".join(fill_in(r, r.choice(single)) for _ in range(r.choice([1, 1, 2, 3, 4])))
        if text not in out:
            out.append(text)
    return out


def ordinary(r: random.Random) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    rows += [("notification", t) for t in _templated(r, N.NOTIFICATIONS, N.NOTIFICATION_ROWS)]
    rows += [("support_reply", t) for t in _templated(r, N.SUPPORT, N.SUPPORT_ROWS)]
    rows += [("workplace", t) for t in _templated(r, S.WORKPLACE, 140)]
    rows += [("social", t) for t in _social(r)]
    rows += [("answer", t) for t in _answers(r)]
    rows += [("product", t) for t in P.PRODUCTS + _release_notes(r, 60)]
    rows += [("terms", t) for t in _joined(r, P.TERMS, 80, 2, 4)]
    rows += [("encyclopedic", t) for t in _encyclopedic(r)]
    rows += [("review", t) for t in _reviews(r, 60)]
    rows += [("recipe", t) for t in _joined(r, P.RECIPES, 22, 2, 2)]
    rows += [("travel", t) for t in _joined(r, P.TRAVEL, 40, 2, 3)]
    rows += [("code_log", t) for t in C.SNIPPETS + _logs(r, C.LOG_ROWS)]
    rows += [("multilingual_ordinary", fill_in(r, t)) for texts in M.ORDINARY.values() for t in texts]
    assert {c for c, _ in rows} == set(CATEGORIES)
    return rows
