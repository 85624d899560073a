"""The audit log: what policies did to requests, kept apart from the request log.

Stages add events to a request (`ctx.audit`: kind, action, detail); the gateway
writes them after the response through the same batch writer as the request log, into the
`audit_events` table. Events hold rule names, entity types, offsets and scores — never the text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select

from keel.security.principal import Principal
from keel.store.tables import AuditEvent

SYSTEM = Principal("system", "default", "admin")  # changes Keel makes itself (a guard rail stopping an arm)


def registry_event(
    action: str, name: str, detail: dict[str, Any], principal: Principal = SYSTEM, trace_id: str = ""
) -> dict[str, Any]:
    """The audit row of one registry change (kind `registry`): ACTION on NAME, by PRINCIPAL."""
    return {
        "created_at": datetime.now(UTC),
        "trace_id": trace_id,
        "kind": "registry",
        "action": action,
        "principal": principal.id,
        "tenant": principal.tenant,
        "route": "admin",
        "model": name[:200],
        "detail": detail,
    }


def read_events(
    engine: Engine,
    *,
    trace_id: str | None = None,
    kind: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """The newest events first, filtered."""
    table = AuditEvent.__table__
    query = select(table).order_by(table.c.id.desc()).limit(limit)
    if trace_id:
        query = query.where(table.c.trace_id == trace_id)
    if kind:
        query = query.where(table.c.kind == kind)
    if action:
        query = query.where(table.c.action == action)
    if since is not None:
        query = query.where(table.c.created_at >= since)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    out = []
    for row in rows:
        event = dict(row._mapping)
        event["created_at"] = event["created_at"].isoformat()
        out.append(event)
    return out
