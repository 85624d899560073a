"""Conversation memory's sessions over HTTP (and keel.Client in process, through the same handlers):

    GET    /v1/sessions                    ?limit=&after=   the caller's sessions (an admin: its
                                                            tenant's), the most recently updated first
    GET    /v1/sessions/{session_id}       one session: its turns (oldest first) and its summary
    DELETE /v1/sessions/{session_id}       the session and its turns (audited)

A session belongs to the key that opened it: another key of the tenant finds it only if it is an
admin, another tenant never (404 either way). Sessions are written by the request path (the
`grounding` stage stores each exchange under the request's session id), not through this API.
"""

from __future__ import annotations

from typing import Any

from keel.api.operations import Call, Handler, Operations

BASE = "/v1/sessions"


def _memory(c: Call) -> Any:
    return c.services.grounding.memory


async def list_sessions(c: Call) -> Any:
    limit = c.query_int("limit", 20, low=1, high=1000) or 20
    return await c.run(_memory(c).list, c.principal, limit, c.query.get("after"))


async def get_session(c: Call) -> Any:
    return await c.run(_memory(c).get, c.principal, c.params["session_id"])


async def delete_session(c: Call) -> Any:
    out = await c.run(_memory(c).delete, c.principal, c.params["session_id"])
    c.audit("session", "session.delete", c.params["session_id"], {})
    return out


OPS: list[tuple[str, str, Handler]] = [
    ("GET", BASE, list_sessions),
    ("GET", f"{BASE}/{{session_id:path}}", get_session),  # a session id may hold "/"
    ("DELETE", f"{BASE}/{{session_id:path}}", delete_session),
]

OPERATIONS = Operations("sessions", OPS)
call = OPERATIONS.call
ROUTES = OPERATIONS.routes()
