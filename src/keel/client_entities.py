"""keel.Client's entity catalogue calls (`client.entities`):

    client.entities.import_file("catalogue.jsonl")      # {imported, created, updated, unchanged}
    client.entities.list(limit=50)["data"]
    client.entities.retrieve("marta-silva")
    client.entities.link("Ask Marta about the forklift audit", context="Berlin warehouse…")

Each call is one operation of keel.api.entities, over HTTP or in process through the same
handler, answering plain dicts. A file is checked here first, so its problems are named by line;
a large one is sent in parts of IMPORT_BATCH rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from keel.client_registry import _q
from keel.errors import InvalidRequest

BASE = "/v1/entities"
IMPORT_BATCH = 1000


class AsyncEntities:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def import_rows(self, rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
        """Import catalogue objects (id, name, aliases, type, description); re-imported ids are
        updated. Any bad row: InvalidRequest naming each, and nothing imported."""
        return await self._t.registry("POST", BASE, {"entities": list(rows)})

    async def import_file(self, path: str | Path) -> dict[str, Any]:
        """Import the JSONL catalogue at PATH, checked here first (problems by line)."""
        from keel.grounding.entity_rows import read_catalogue_file

        p = Path(path)
        rows = read_catalogue_file(p)
        if not rows:
            raise InvalidRequest(f"{p}: the catalogue has no entities", param="file")
        total: dict[str, Any] = {}
        for i in range(0, len(rows), IMPORT_BATCH):
            part = await self.import_rows(rows[i : i + IMPORT_BATCH])
            for key, value in part.items():
                total[key] = total.get(key, 0) + value if isinstance(value, int) else value
        return total

    async def list(self, *, limit: int | None = None, after: str | None = None) -> dict[str, Any]:
        """A page in id order: {"data": [...], "has_more", "first_id", "last_id"}."""
        query = {k: str(v) for k, v in (("limit", limit), ("after", after)) if v is not None}
        return await self._t.registry("GET", f"{BASE}?{urlencode(query)}")

    async def retrieve(self, entity_id: str) -> dict[str, Any]:
        return await self._t.registry("GET", f"{BASE}/{_q(entity_id)}")

    async def delete(self, entity_id: str) -> dict[str, Any]:
        return await self._t.registry("DELETE", f"{BASE}/{_q(entity_id)}")

    async def link(self, text: str, *, context: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """The catalogue entities TEXT mentions (id, name, type, description, mention, start, end,
        method, score, candidates, similarity, margin); CONTEXT picks between same-named ones."""
        body = {k: v for k, v in (("text", text), ("context", context), ("limit", limit)) if v is not None}
        return (await self._t.registry("POST", f"{BASE}/link", body))["entities"]
