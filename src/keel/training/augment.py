"""Augmentation of training data: new rows, each tagged with its origin (`origin: {kind, ...}`),
so stats, training mixes and evaluations can tell them from real ones.

    noise       typos, casing changes and dropped words in the inputs (the answer is kept)
    synthesize  Jinja2 templates (sandboxed) over value lists: every combination, or a seeded sample
    paraphrase  inputs rewritten by a model, through the gateway (the CLI and keel.Client ask it)
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from typing import Any

from keel.training.data import _normal

_KEYBOARD = "qwertyuiopasdfghjklzxcvbnm"


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 3:
        return word
    i = rng.randrange(len(word) - 1)
    kind = rng.choice(("swap", "drop", "repeat", "replace"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "repeat":
        return word[: i + 1] + word[i] + word[i + 1 :]
    return word[:i] + rng.choice(_KEYBOARD) + word[i + 1 :]


def noisy_text(text: str, rate: float, rng: random.Random, kinds: tuple[str, ...]) -> str:
    words = text.split(" ")
    out = []
    for w in words:
        if "drop" in kinds and len(words) > 3 and rng.random() < rate / 2:
            continue
        if "typo" in kinds and rng.random() < rate:
            w = _typo(w, rng)
        if "case" in kinds and rng.random() < rate:
            w = w.upper() if rng.random() < 0.5 else w.lower()
        out.append(w)
    return " ".join(out) if out else text


def noise(
    rows: list[dict[str, Any]],
    copies: int = 1,
    rate: float = 0.1,
    seed: int = 0,
    kinds: tuple[str, ...] = ("typo", "case", "drop"),
) -> list[dict[str, Any]]:
    """COPIES noisy variants of each row: the input (prompt, or the user messages) with typos,
    casing changes and dropped words at RATE per word; the completion is kept as it is (the model
    should answer the same despite the noise). Each tagged origin {kind: noise, row: N}."""
    unknown = set(kinds) - {"typo", "case", "drop"}
    if unknown:
        raise ValueError(f"unknown noise kind(s) {sorted(unknown)}; known: typo, case, drop")
    rng = random.Random(seed)
    out = []
    for n, r in enumerate(rows, 1):
        for _ in range(copies):
            if "messages" in r:
                messages = [
                    {**m, "content": noisy_text(m["content"], rate, rng, kinds)} if m["role"] == "user" else m
                    for m in r["messages"]
                ]
                new = {**r, "messages": messages}
            else:
                new = {**r, "prompt": noisy_text(r["prompt"], rate, rng, kinds)}
            new["origin"] = {"kind": "noise", "row": n, "rate": rate, "kinds": list(kinds)}
            out.append(new)
    return out


def synthesize(spec: dict[str, Any], seed: int = 0) -> list[dict[str, Any]]:
    """Rows from templates over value lists: SPEC = {"prompt": "...", "completion": "..."} (or
    "messages": [...]), Jinja2 in the sandbox, with "variables": {name: [values]}; every
    combination (or "samples": N of them, seeded). Each tagged origin {kind: template, values}."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(undefined=StrictUndefined)
    variables = spec.get("variables") or {}
    if not isinstance(variables, dict) or not all(isinstance(v, list) and v for v in variables.values()):
        raise ValueError("variables: a mapping name -> a non-empty list of values")
    unknown = set(spec) - {"prompt", "completion", "messages", "variables", "samples", "task"}
    if unknown:
        raise ValueError(f"unknown key(s) {sorted(unknown)}")
    names = list(variables)
    combos = [dict(zip(names, values, strict=True)) for values in itertools.product(*(variables[n] for n in names))]
    if spec.get("samples"):
        rng = random.Random(seed)
        combos = rng.sample(combos, min(int(spec["samples"]), len(combos)))
    if "messages" in spec:
        parts = [(m["role"], env.from_string(m["content"])) for m in spec["messages"]]
    elif "prompt" in spec and "completion" in spec:
        prompt, completion = env.from_string(spec["prompt"]), env.from_string(spec["completion"])
    else:
        raise ValueError("give prompt and completion, or messages")
    out = []
    for values in combos:
        if "messages" in spec:
            row: dict[str, Any] = {"messages": [{"role": role, "content": t.render(values)} for role, t in parts]}
        else:
            row = {"prompt": prompt.render(values), "completion": completion.render(values)}
        if spec.get("task"):
            row["task"] = spec["task"]
        row["origin"] = {"kind": "template", "values": values}
        out.append(row)
    return out


PARAPHRASE = (
    "Rewrite the following text so that it means exactly the same but uses different words. "
    "Answer with the rewritten text only.\n\n{text}"
)


def paraphrase(
    rows: list[dict[str, Any]],
    ask: Callable[[str], str],
    copies: int = 1,
    model: str | None = None,
) -> list[dict[str, Any]]:
    """COPIES paraphrases of each row's input, written by ASK (a prompt -> answer call; the CLI
    and `keel.Client` send it through the gateway, with its guard, cache and limits, to MODEL).
    Empty or unchanged answers are skipped. Each tagged origin {kind: paraphrase, row, model}."""
    out = []
    for n, r in enumerate(rows, 1):
        source = input_text(r)
        for _ in range(copies):
            new = paraphrased(r, ask(PARAPHRASE.format(text=source)), n, model)
            if new is not None:
                out.append(new)
    return out


def input_text(row: dict[str, Any]) -> str:
    """What a paraphrase rewrites: the prompt, or the last user message."""
    if "prompt" in row:
        return row["prompt"]
    return next(m["content"] for m in reversed(row["messages"]) if m["role"] == "user")


def paraphrased(row: dict[str, Any], answer: str, n: int, model: str | None) -> dict[str, Any] | None:
    """ROW with its input replaced by ANSWER, tagged; None for an empty or unchanged answer."""
    text = answer.strip()
    if not text or _normal(text) == _normal(input_text(row)):
        return None
    if "prompt" in row:
        new = {**row, "prompt": text}
    else:
        messages = [dict(m) for m in row["messages"]]
        last_user = max(i for i, m in enumerate(messages) if m["role"] == "user")
        messages[last_user]["content"] = text
        new = {**row, "messages": messages}
    new["origin"] = {"kind": "paraphrase", "row": n, "model": model}
    return new
