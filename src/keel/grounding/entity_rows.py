"""The entity catalogue's rows: reading a JSONL catalogue (problems named by line), checking and
completing its objects, the API's entity object, and the normalised form names are compared in.
Used by keel.grounding.entities and, to check a file before sending it, by keel.Client."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from keel.errors import InvalidRequest
from keel.store.rows import unix

FIELDS = ("id", "name", "aliases", "type", "description")
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@+-]*")
MAX_PROBLEMS = 20
_LIMITS = {"id": 300, "name": 500, "type": 64}


class CatalogueRejected(InvalidRequest):
    """An import refused: PROBLEMS name each bad row ("line 3: aliases: expected a list of
    strings"); nothing was imported."""

    def __init__(self, problems: list[str], total: int | None = None) -> None:
        total = len(problems) if total is None else total
        more = f" (and {total - len(problems)} more)" if total > len(problems) else ""
        super().__init__(f"The entity catalogue was not imported: {'; '.join(problems)}{more}", code="invalid_entities")
        self.problems = problems

    def to_dict(self) -> dict[str, Any]:
        body = super().to_dict()
        body["error"]["problems"] = self.problems
        return body


def normalize(text: str) -> str:
    """Case, accents and punctuation left out: "Marta-Silva's" → "marta silva s"."""
    return " ".join(fold(text)[0].split())


def fold(text: str) -> tuple[str, list[int]]:
    """TEXT folded character by character (casefold, accents dropped, anything not a letter or
    digit a space), with each folded character's index in TEXT."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKD", ch.casefold()):
            if unicodedata.combining(c):
                continue
            out.append(c if c.isalnum() else " ")
            where.append(i)
    return "".join(out), where


def parse_jsonl(data: bytes | str) -> tuple[list[tuple[int, Any]], list[str]]:
    """The objects of a JSONL text with their line numbers (blank lines skipped), and a problem for
    each line that is not JSON."""
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    rows: list[tuple[int, Any]] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append((number, orjson.loads(line)))
        except orjson.JSONDecodeError as exc:
            problems.append(f"line {number}: not valid JSON ({exc})")
    return rows, problems


def check_rows(numbered: Iterable[tuple[int, Any]], label: str = "line") -> tuple[list[dict[str, Any]], list[str]]:
    """Rows checked and completed (aliases [], type ENTITY, description ""), and the problems of the
    bad ones, each named `LABEL N: field: what is wrong`."""
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, raw in numbered:
        where = f"{label} {number}"
        if not isinstance(raw, dict):
            problems.append(f"{where}: expected a JSON object")
            continue
        bad: list[str] = [f"{k}: unknown field (known: {', '.join(FIELDS)})" for k in raw if k not in FIELDS]
        for key in ("id", "name"):
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                bad.append(f"{key}: required, a non-empty string")
        for key in ("type", "description"):
            if key in raw and not isinstance(raw[key], str):
                bad.append(f"{key}: expected a string")
        aliases = raw.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            bad.append("aliases: expected a list of strings")
        for key, most in _LIMITS.items():
            if isinstance(raw.get(key), str) and len(raw[key]) > most:
                bad.append(f"{key}: longer than {most} characters")
        ident = raw.get("id")
        if isinstance(ident, str) and ident and not ID_PATTERN.fullmatch(ident):
            bad.append("id: letters, digits and . _ : @ + - only, starting with a letter or digit")
        if isinstance(ident, str) and ident in seen:
            bad.append(f"id: {ident!r} repeats {label} {seen[ident]}")
        if bad:
            problems.extend(f"{where}: {b}" for b in bad)
            continue
        seen[ident] = number
        names = [raw["name"].strip(), *(a.strip() for a in aliases)]
        rows.append(
            {
                "entity_id": ident,
                "name": raw["name"].strip(),
                "aliases": list(dict.fromkeys(a for a in names[1:] if a and normalize(a) != normalize(names[0]))),
                "type": (raw.get("type") or "ENTITY").strip() or "ENTITY",
                "description": (raw.get("description") or "").strip(),
            }
        )
    return rows, problems


def read_catalogue(data: bytes | str) -> tuple[list[Any], list[str]]:
    """A JSONL catalogue's objects, and every problem of it in line order (nothing is imported
    from a file with any)."""
    numbered, problems = parse_jsonl(data)
    problems += check_rows(numbered)[1]
    return [raw for _, raw in numbered], sorted(problems, key=line_of)


def entity_object(row: Any) -> dict[str, Any]:
    return {
        "id": row["entity_id"],
        "object": "entity",
        "name": row["name"],
        "aliases": list(row["aliases"] or []),
        "type": row["type"],
        "description": row["description"],
        "updated_at": unix(row["updated_at"]),
    }


def line_of(problem: str) -> int:
    head = problem.split(":", 1)[0].rsplit(" ", 1)[-1]
    return int(head) if head.isdigit() else 0


def read_catalogue_file(path: str | Path) -> list[Any]:
    """The rows of the JSONL catalogue at PATH; InvalidRequest when there is no such file,
    CatalogueRejected (every problem by line) when any row is wrong."""
    p = Path(path)
    if not p.is_file():
        raise InvalidRequest(f"{p}: no such file", param="file")
    rows, problems = read_catalogue(p.read_bytes())
    if problems:
        raise CatalogueRejected(problems[:MAX_PROBLEMS], len(problems))
    return rows
