"""References to registry entries, and what every registry change does in the database.

A reference names one version of a model, prompt template or dataset:

    support-bot/3            version 3
    support-bot@production   the version the alias (or label) `production` points at now
    support-bot              the newest version

Every change bumps the one `registry_state` counter in the same transaction, so a gateway (or
several, on one database) notices any change with one cheap read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from keel.errors import InvalidRequest, NotFound
from keel.store.rows import utc
from keel.store.tables import Label, LabelMove, RegistryState

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$")
LABEL = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,99}$")


@dataclass(frozen=True, slots=True)
class Ref:
    name: str
    version: int | None = None
    label: str | None = None

    def __str__(self) -> str:
        if self.version is not None:
            return f"{self.name}/{self.version}"
        if self.label is not None:
            return f"{self.name}@{self.label}"
        return self.name


def parse_ref(text: str, what: str = "reference") -> Ref:
    """NAME, NAME/VERSION or NAME@LABEL; a clear 400 for anything else."""
    text = text.strip()
    name, version, label = text, None, None
    if "@" in text:
        name, label = text.rsplit("@", 1)
        if not LABEL.match(label):
            raise InvalidRequest(f"{what} {text!r}: {label!r} is not a valid alias or label", code="invalid_ref")
    elif "/" in text:
        name, number = text.rsplit("/", 1)
        if not number.isdigit() or int(number) < 1:
            raise InvalidRequest(f"{what} {text!r}: the version after '/' must be a number ≥ 1", code="invalid_ref")
        version = int(number)
    check_name(name, what)
    return Ref(name, version, label)


def check_name(name: str, what: str = "name") -> str:
    if not NAME.match(name):
        raise InvalidRequest(
            f"{what} {name!r}: use letters, digits and . _ : - (at most 200, starting with a letter or digit)",
            code="invalid_name",
        )
    return name


def check_label(label: str) -> str:
    if not LABEL.match(label):
        raise InvalidRequest(
            f"alias or label {label!r}: use letters, digits, _ and - (starting with a letter)", code="invalid_label"
        )
    return label


def now() -> datetime:
    return datetime.now(UTC)


def bump(conn: Connection) -> int:
    """Record that the registry changed (inside the change's transaction); the new revision."""
    table = RegistryState.__table__
    conn.execute(update(table).where(table.c.id == 1).values(revision=table.c.revision + 1, updated_at=now()))
    return conn.execute(select(table.c.revision).where(table.c.id == 1)).scalar_one()


def revision(conn: Connection) -> int:
    table = RegistryState.__table__
    return conn.execute(select(table.c.revision).where(table.c.id == 1)).scalar_one_or_none() or 0


def next_version(conn: Connection, table: Any, column: str, name: str) -> int:
    current = conn.execute(select(func.max(table.c.version)).where(getattr(table.c, column) == name)).scalar()
    return (current or 0) + 1


# ------------------------------------------------------------------------- labels (aliases)


def label_version(conn: Connection, kind: str, name: str, label: str) -> int | None:
    t = Label.__table__
    return conn.execute(
        select(t.c.version).where(t.c.kind == kind, t.c.name == name, t.c.label == label)
    ).scalar_one_or_none()


def labels_of(conn: Connection, kind: str, name: str) -> dict[str, int]:
    t = Label.__table__
    rows = conn.execute(select(t.c.label, t.c.version).where(t.c.kind == kind, t.c.name == name)).all()
    return {label: version for label, version in rows}


def move_label(
    conn: Connection, kind: str, name: str, label: str, version: int | None, actor: str, reason: str | None = None
) -> int | None:
    """Point LABEL of NAME at VERSION (None: remove it), recording the move; the previous version."""
    check_label(label)
    t = Label.__table__
    previous = label_version(conn, kind, name, label)
    if previous == version:
        return previous
    if previous is not None:
        conn.execute(t.delete().where(t.c.kind == kind, t.c.name == name, t.c.label == label))
    if version is not None:
        conn.execute(t.insert().values(kind=kind, name=name, label=label, version=version, updated_at=now()))
    conn.execute(
        LabelMove.__table__.insert().values(
            kind=kind,
            name=name,
            label=label,
            from_version=previous,
            to_version=version,
            at=now(),
            actor=actor,
            reason=reason,
        )
    )
    bump(conn)
    return previous


def label_history(conn: Connection, kind: str, name: str, label: str | None = None) -> list[dict[str, Any]]:
    t = LabelMove.__table__
    query = select(t).where(t.c.kind == kind, t.c.name == name).order_by(t.c.id.desc())
    if label is not None:
        query = query.where(t.c.label == label)
    return [_row(r) for r in conn.execute(query).all()]


def rollback_label(conn: Connection, kind: str, name: str, label: str, actor: str) -> tuple[int | None, int]:
    """Return LABEL to the version it pointed at before its last move (itself recorded as a move)."""
    t = LabelMove.__table__
    last = conn.execute(
        select(t).where(t.c.kind == kind, t.c.name == name, t.c.label == label).order_by(t.c.id.desc()).limit(1)
    ).first()
    if last is None or last.from_version is None:
        raise InvalidRequest(f"{name}@{label} has no previous version to roll back to", code="nothing_to_roll_back")
    current = label_version(conn, kind, name, label)
    move_label(conn, kind, name, label, last.from_version, actor, reason=f"rollback from version {current}")
    return current, last.from_version


def resolve_version(conn: Connection, kind: str, table: Any, column: str, ref: Ref, what: str) -> int:
    """The version number REF names; 404 when it does not exist."""
    if ref.version is not None:
        found = conn.execute(
            select(table.c.version).where(getattr(table.c, column) == ref.name, table.c.version == ref.version)
        ).scalar_one_or_none()
        if found is None:
            raise NotFound(f"{what} {ref} does not exist", code="not_found")
        return found
    if ref.label is not None:
        version = label_version(conn, kind, ref.name, ref.label)
        if version is None:
            raise NotFound(f"{what} {ref}: {ref.name!r} has no alias or label {ref.label!r}", code="not_found")
        return version
    latest = conn.execute(select(func.max(table.c.version)).where(getattr(table.c, column) == ref.name)).scalar()
    if latest is None:
        raise NotFound(f"{what} {ref.name!r} has no versions", code="not_found")
    return latest


def _row(row: Any) -> dict[str, Any]:
    out = dict(row._mapping)
    for key, value in out.items():
        if isinstance(value, datetime):
            out[key] = utc(value).isoformat()
    return out


row_dict = _row


def version_dict(row: Any, name: str, labels: dict[str, int] | None = None, key: str = "labels") -> dict[str, Any]:
    """A version row as the API shows it: `ref` NAME/VERSION, and (LABELS given) the aliases or
    labels pointing at it under KEY; no database id."""
    out = _row(row)
    out.pop("id", None)
    out["ref"] = f"{name}/{out['version']}"
    if labels is not None:
        out[key] = sorted(label for label, v in labels.items() if v == out["version"])
    return out
