"""Datasets: JSONL files registered as versions identified by the sha256 of their content.

Registering the same content under the same name again returns the version it already has; a
changed file becomes the next version. Each version records its path, row count, format
(`prompt_completion`, `chat`, `text` or `other`, from the keys its rows share), fields and simple
stats, and the dataset version it was made from (`parent`), for lineage.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, func, select

from keel.errors import InvalidRequest, NotFound
from keel.registry.models import pin
from keel.registry.refs import bump, check_name, next_version, now, parse_ref, resolve_version, version_dict
from keel.store.tables import DatasetVersion

KIND = "dataset"
TABLE = DatasetVersion.__table__


def scan_jsonl(path: Path) -> tuple[str, dict[str, Any]]:
    """The file's sha256 and what it holds: rows, format, fields, stats. A line that is not a JSON
    object is a 400 naming the file and line."""
    h = hashlib.sha256()
    keys: Counter[str] = Counter()
    rows = 0
    chars: dict[str, int] = {}
    turns = 0
    with path.open("rb") as f:
        for n, line in enumerate(f, 1):
            h.update(line)
            if not line.strip():
                continue
            try:
                row = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise InvalidRequest(f"{path}:{n}: not valid JSON ({exc})", code="invalid_dataset") from None
            if not isinstance(row, dict):
                raise InvalidRequest(f"{path}:{n}: a row must be a JSON object", code="invalid_dataset")
            rows += 1
            keys.update(row.keys())
            for key, value in row.items():
                if isinstance(value, str):
                    chars[key] = chars.get(key, 0) + len(value)
            if isinstance(row.get("messages"), list):
                turns += len(row["messages"])
    if rows == 0:
        raise InvalidRequest(f"{path}: no rows", code="invalid_dataset")
    common = {k for k, c in keys.items() if c == rows}
    if {"prompt", "completion"} <= common:
        fmt = "prompt_completion"
    elif "messages" in common:
        fmt = "chat"
    elif "text" in common:
        fmt = "text"
    else:
        fmt = "other"
    stats: dict[str, Any] = {"rows": rows, "mean_chars": {k: round(v / rows, 1) for k, v in sorted(chars.items())}}
    if turns:
        stats["mean_messages"] = round(turns / rows, 2)
    return h.hexdigest(), {"rows": rows, "format": fmt, "fields": sorted(keys), "stats": stats}


class DatasetRegistry:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def register(
        self,
        name: str,
        path: str | Path,
        *,
        parent: str | None = None,
        tags: dict[str, Any] | None = None,
        actor: str = "system",
    ) -> dict[str, Any]:
        """Register PATH (JSONL) as a version of NAME; the same content again is the same version."""
        check_name(name, "dataset name")
        path = Path(path).expanduser()
        if not path.is_file():
            raise InvalidRequest(f"{path}: no such file", param="path")
        sha, info = scan_jsonl(path)
        with self.engine.begin() as conn:
            existing = conn.execute(select(TABLE.c.version).where(TABLE.c.name == name, TABLE.c.sha256 == sha)).first()
            if existing is not None:
                out = self._get(conn, name, existing.version)
                out["created"] = False
                return out
            parent_ref = pin(conn, KIND, parent) if parent else None
            version = next_version(conn, TABLE, "name", name)
            conn.execute(
                TABLE.insert().values(
                    name=name,
                    version=version,
                    sha256=sha,
                    path=str(path.resolve()),
                    parent=parent_ref,
                    tags=tags or {},
                    created_at=now(),
                    created_by=actor,
                    **info,
                )
            )
            bump(conn)
            out = self._get(conn, name, version)
        out["created"] = True
        return out

    def get(self, ref: str) -> dict[str, Any]:
        r = parse_ref(ref, "dataset")
        with self.engine.connect() as conn:
            version = resolve_version(conn, KIND, TABLE, "name", r, "dataset")
            return self._get(conn, r.name, version)

    def _get(self, conn: Any, name: str, version: int) -> dict[str, Any]:
        row = conn.execute(select(TABLE).where(TABLE.c.name == name, TABLE.c.version == version)).one()
        return version_dict(row, name)

    def list(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(TABLE.c.name, func.max(TABLE.c.version), func.count())
                .group_by(TABLE.c.name)
                .order_by(TABLE.c.name)
            ).all()
        return [{"name": n, "latest_version": v, "versions": c} for n, v, c in rows]

    def versions(self, name: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(TABLE).where(TABLE.c.name == name).order_by(TABLE.c.version)).all()
        if not rows:
            raise NotFound(f"dataset {name!r} is not registered", code="not_found")
        return [version_dict(row, name) for row in rows]
