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


from common import assert_unique, write_jsonl  # noqa: E402

texts = _module("independent2_texts", HERE / "injection_texts.py")
first = _module("independent_build", HERE.parent / "independent" / "build.py")


def build() -> list[dict]:
    rows = first.injection_rows(texts.ATTACKS, texts.BENIGN, "i2inj")
    assert_unique([r["text"] for r in rows], "independent2 injection")
    first.check_against_corpora({"independent2/injection.jsonl": rows}, rows, "independent2 injection")
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
