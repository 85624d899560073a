"""Write the second independent injection set (injection.jsonl) from the hand-written texts beside it.

    python3 bench/guard_sets/independent2/build.py

The same checks as the first independent set (bench/guard_sets/independent/build.py): no text
repeats, none is shared with a shipped training corpus (src/keel/guard/data/) or with the project's
own evaluation sets, and none with the first independent set either. Standard library only, no
randomness. No training step reads these files.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


from common import assert_disjoint, assert_unique, number, write_jsonl  # noqa: E402

texts = _module("independent2_texts", HERE / "injection_texts.py")
first = _module("independent_build", HERE.parent / "independent" / "build.py")


def build() -> list[dict]:
    rows = [{"text": t, "label": "attack", "family": f} for f, ts in texts.ATTACKS.items() for t in ts]
    rows += [{"text": t, "label": "benign", "family": f} for f, ts in texts.BENIGN.items() for t in ts]
    rows = number(rows, "i2inj")
    assert_unique([r["text"] for r in rows], "independent2 injection")
    project = first._project_build()
    shipped = {p.name: first.load(p) for p in sorted(project.DATA.glob("*.jsonl"))}
    shipped = {name: got for name, got in shipped.items() if got and "text" in got[0]}  # not the name lexicon
    project.check_shared({"independent2/injection.jsonl": rows}, shipped)
    corpora = shipped["injection_corpus.jsonl"] + shipped["benign_corpus.jsonl"]
    assert_disjoint([r["text"] for r in rows], [r["text"] for r in corpora], "independent2 injection")
    others = {r["text"] for r in first.load(HERE.parent / "injection.jsonl")}
    others |= {r["text"] for r in first.load(HERE.parent / "independent" / "injection.jsonl")}
    assert not others & {r["text"] for r in rows}, "a text of another evaluation set"
    return rows


def main() -> None:
    rows = build()
    write_jsonl(HERE / "injection.jsonl", rows)
    families = [(r["label"], r["family"]) for r in rows]
    counts = {f"{a}/{b}": families.count((a, b)) for a, b in sorted(set(families))}
    print(f"injection.jsonl {len(rows)} lines:", counts)


if __name__ == "__main__":
    main()
