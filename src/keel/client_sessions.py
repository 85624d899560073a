"""keel.Client's conversation memory: `client.sessions`.

    page = client.sessions.list(limit=20)            # {"object": "list", "data": [...], "has_more"}
    s = client.sessions.retrieve("support-42")       # its turns (oldest first) and summary
    client.sessions.delete("support-42")

Each call is one operation of keel.api.sessions, over HTTP or in process through the same handler;
answers are plain dicts. Sessions are written by the request path (a chat request with a session
id), not here.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

BASE = "/v1/sessions"
# characters a path segment carries as they are ("/" too: the route takes the rest of the path)
_SAFE = "/:@!$&'()*+,;="


def session_path(session_id: str) -> str:
    return f"{BASE}/{quote(session_id, safe=_SAFE)}"


class AsyncSessions:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def list(self, *, limit: int | None = None, after: str | None = None) -> dict[str, Any]:
        """A page of sessions, the most recently updated first; AFTER: the last id of the previous page."""
        query = {k: str(v) for k, v in (("limit", limit), ("after", after)) if v is not None}
        return await self._t.registry("GET", f"{BASE}?{urlencode(query)}" if query else BASE)

    async def retrieve(self, session_id: str) -> dict[str, Any]:
        return await self._t.registry("GET", session_path(session_id))

    async def delete(self, session_id: str) -> dict[str, Any]:
        return await self._t.registry("DELETE", session_path(session_id))
