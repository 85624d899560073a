"""Write the independent evaluation sets (pii.jsonl, injection.jsonl) from the hand-written texts beside it.

    python3 bench/guard_sets/independent/build.py

Standard library only, no randomness: the rows keep the order they are written in. Fails when a text
repeats, when a mark is malformed, or when a text is shared with a shipped training corpus
(src/keel/guard/data/), by the same checks as the project's own sets (`check_shared` of
bench/guard_sets/build.py, and for injection `assert_disjoint` against both injection corpora, both
directions). No training step reads these files.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def _project_build():
    """bench/guard_sets/build.py, whose name this file shares."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("guard_sets_build", HERE.parent / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


from common import assert_disjoint, assert_unique, number, write_jsonl  # noqa: E402
from injection_texts import ATTACKS, BENIGN  # noqa: E402
from pii_texts import TEXTS  # noqa: E402

TYPES = {
    "P": "PERSON",
    "L": "LOCATION",
    "O": "ORGANIZATION",
    "E": "EMAIL_ADDRESS",
    "T": "PHONE_NUMBER",
    "C": "CREDIT_CARD",
    "I": "IBAN_CODE",
    "A": "IP_ADDRESS",
    "S": "US_SSN",
    "U": "URL",
}
MARK = re.compile(r"⟦([A-Z]):([^⟦⟧]+)⟧")


def unmark(marked: str) -> dict:
    """'Call ⟦P:Ana⟧' -> {"text": "Call Ana", "spans": [{start, end, entity}]}."""
    text, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        text.append(marked[pos : m.start()])
        start = sum(len(t) for t in text)
        value = m.group(2)
        assert m.group(1) in TYPES, f"unknown mark {m.group(0)!r}"
        assert value == value.strip(), f"a span with spaces around it: {m.group(0)!r}"
        text.append(value)
        spans.append({"start": start, "end": start + len(value), "entity": TYPES[m.group(1)]})
        pos = m.end()
    text.append(marked[pos:])
    out = "".join(text)
    assert "⟦" not in out and "⟧" not in out, f"a malformed mark in {marked!r}"
    return {"text": out, "spans": spans}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def injection_rows(attacks: dict[str, list[str]], benign: dict[str, list[str]], prefix: str) -> list[dict]:
    """Numbered rows of an injection set from its texts by family, attacks first."""
    rows = [{"text": t, "label": "attack", "family": f} for f, texts in attacks.items() for t in texts]
    rows += [{"text": t, "label": "benign", "family": f} for f, texts in benign.items() for t in texts]
    return number(rows, prefix)


def check_against_corpora(sets: dict[str, list[dict]], injection: list[dict], what: str) -> None:
    """No text of SETS is shared with a shipped training corpus, and no INJECTION text is in either
    injection corpus or contains one of their texts (assert_disjoint, both directions)."""
    project = _project_build()
    # the shipped text corpora (names_lexicon.jsonl holds names, not texts)
    shipped = {p.name: rows for p in sorted(project.DATA.glob("*.jsonl")) if (rows := load(p)) and "text" in rows[0]}
    project.check_shared(sets, shipped)
    corpora = shipped["injection_corpus.jsonl"] + shipped["benign_corpus.jsonl"]
    assert_disjoint([r["text"] for r in injection], [r["text"] for r in corpora], what)


def build() -> tuple[list[dict], list[dict]]:
    pii = number([unmark(t) for t in TEXTS], "ipii")
    injection = injection_rows(ATTACKS, BENIGN, "iinj")
    assert_unique([r["text"] for r in pii], "independent pii")
    assert_unique([r["text"] for r in injection], "independent injection")
    sets = {"independent/pii.jsonl": pii, "independent/injection.jsonl": injection}
    check_against_corpora(sets, injection, "independent injection")
    # and nothing is copied from the project's own evaluation sets
    own = {r["text"] for name in ("pii", "injection") for r in load(HERE.parent / f"{name}.jsonl")}
    assert not own & {r["text"] for r in pii + injection}, "a text of the project's own sets"
    return pii, injection


def main() -> None:
    pii, injection = build()
    write_jsonl(HERE / "pii.jsonl", pii)
    write_jsonl(HERE / "injection.jsonl", injection)
    spans = [s["entity"] for r in pii for s in r["spans"]]
    print(f"pii.jsonl {len(pii)} lines, {len(spans)} spans:", {t: spans.count(t) for t in sorted(set(spans))})
    families = [(r["label"], r["family"]) for r in injection]
    counts = {f"{a}/{b}": families.count((a, b)) for a, b in sorted(set(families))}
    print(f"injection.jsonl {len(injection)} lines:", counts)


if __name__ == "__main__":
    main()
