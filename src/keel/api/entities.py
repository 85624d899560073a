"""The entity catalogue's API: a tenant's named things, and what a text mentions of them.

    POST   /v1/entities                 {"entities": [{id, name, aliases, type, description}, …]}
                                        → {imported, created, updated, unchanged}; any bad row: 400
                                        naming each ("entity 3: aliases: expected a list of
                                        strings") and nothing imported
    GET    /v1/entities                 ?limit=&after=   a page in id order
    GET    /v1/entities/{entity_id}
    DELETE /v1/entities/{entity_id}
    POST   /v1/entities/link            {"text", "context", "limit"} → {"entities": [linked, …]}

Everything is the caller's tenant's: another tenant's entities are neither seen nor linked. The
operations table serves HTTP and `keel.Client` in process alike (keel.api.operations).
"""

from __future__ import annotations

from typing import Any

from keel.api.operations import Call, Handler, Operations
from keel.errors import InvalidRequest

BASE = "/v1/entities"
MAX_IMPORT_ROWS = 10_000
MAX_LINK_CHARS = 100_000


def _catalogue(c: Call) -> Any:
    return c.services.grounding.entities


def _id(c: Call) -> str:
    return c.params["entity_id"]  # decoded, over HTTP and in process alike (Operations.call)


async def import_entities(c: Call) -> Any:
    body = c.take("entities", required=("entities",))
    rows = body["entities"]
    if not isinstance(rows, list):
        raise InvalidRequest("entities: expected a list of entity objects", param="entities")
    if len(rows) > MAX_IMPORT_ROWS:
        raise InvalidRequest(
            f"entities: at most {MAX_IMPORT_ROWS} a request (send a larger catalogue in parts)", param="entities"
        )
    result = await c.run(_catalogue(c).import_rows, c.principal.tenant, rows, label="entity")
    c.audit("entities", "entities.import", c.principal.tenant, result)
    return {"object": "entity.import", **result}


async def list_entities(c: Call) -> Any:
    limit = c.query_int("limit", 100, low=1, high=1000) or 100
    return await c.run(_catalogue(c).list, c.principal.tenant, limit, c.query.get("after"))


async def get_entity(c: Call) -> Any:
    return await c.run(_catalogue(c).get, c.principal.tenant, _id(c))


async def delete_entity(c: Call) -> Any:
    out = await c.run(_catalogue(c).delete, c.principal.tenant, _id(c))
    c.audit("entities", "entities.delete", out["id"], {})
    return out


async def link(c: Call) -> Any:
    body = c.take("text", "context", "limit", required=("text",))
    text, context, limit = body["text"], body.get("context") or "", body.get("limit")
    for name, value in (("text", text), ("context", context)):
        if not isinstance(value, str):
            raise InvalidRequest(f"{name}: expected a string", param=name)
        if len(value) > MAX_LINK_CHARS:
            raise InvalidRequest(f"{name}: longer than {MAX_LINK_CHARS} characters", param=name)
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit <= 50):
        raise InvalidRequest("limit: a whole number from 0 to 50", param="limit")
    found = await _catalogue(c).link(c.principal.tenant, text, context, limit)
    return {"object": "list", "entities": [e.to_dict() for e in found]}


OPS: list[tuple[str, str, Handler]] = [
    ("POST", BASE, import_entities),
    ("GET", BASE, list_entities),
    ("POST", f"{BASE}/link", link),  # before {entity_id}; that one is GET and DELETE only
    ("GET", f"{BASE}/{{entity_id}}", get_entity),
    ("DELETE", f"{BASE}/{{entity_id}}", delete_entity),
]

OPERATIONS = Operations("entities", OPS)
call = OPERATIONS.call
ROUTES = OPERATIONS.routes()
