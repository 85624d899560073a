"""The two halves of hybrid search: full-text (BM25) in the database, vectors in memory.

Full text: SQLite's FTS5 (`bm25()` over the contentless table kb_chunks_fts, whose `kb` column
restricts a search to some knowledge bases through the index itself), or PostgreSQL's full-text
search (`ts_rank` over the generated tsvector column, GIN-indexed). Vectors: each knowledge
base's float32 embeddings as one NumPy matrix, loaded on first search and reloaded when the
base's revision moves, scored with one matrix-vector product; on PostgreSQL with the pgvector
extension (the `embedding_v` column the migration adds where the server offers it), the database
ranks them instead. Nothing here knows tenants: callers pass knowledge bases they resolved for one.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np
import sqlalchemy as sa

from keel.store.tables_grounding import KbChunk, KbDocument

_STOPWORDS = """
    a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor not
    now of off on once only or other our ours out over own same she should so some such than that the
    their them then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours also please tell know get
    """
STOPWORDS = frozenset(_STOPWORDS.split())
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


MAX_TERMS = 64


def terms(query: str) -> list[str]:
    """The query's searchable words: lower case, no stop words, each once, in order; the first
    MAX_TERMS of them (a pasted page is not a query)."""
    seen: dict[str, None] = {}
    for w in _WORD.findall(query.lower()):
        if w not in STOPWORDS and w not in seen:
            seen[w] = None
            if len(seen) == MAX_TERMS:
                break
    return list(seen)


# ------------------------------------------------------------------------------------- full text


class SqliteText:
    name = "sqlite-fts5"

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def search(self, kb_ids: list[int], query: str, limit: int) -> list[tuple[int, float]]:
        words = terms(query)
        if not words or not kb_ids:
            return []
        kbs = " OR ".join(f"kb{i}" for i in kb_ids)
        quoted = " OR ".join('"' + w + '"' for w in words)
        match = f"kb : ({kbs}) AND {{heading text}} : ({quoted})"
        sql = sa.text(
            "SELECT rowid, bm25(kb_chunks_fts, 0.0, 0.75, 1.0) AS s FROM kb_chunks_fts "
            "WHERE kb_chunks_fts MATCH :m ORDER BY s LIMIT :n"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(sql, {"m": match, "n": limit}).all()
        return [(int(r[0]), -float(r[1])) for r in rows]  # bm25() is lower-is-better


class PostgresText:
    name = "postgresql-fts"

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def search(self, kb_ids: list[int], query: str, limit: int) -> list[tuple[int, float]]:
        words = terms(query)
        if not words or not kb_ids:
            return []
        sql = sa.text(
            "SELECT id, ts_rank(tsv, q, 1) AS s FROM kb_chunks, to_tsquery('english', :q) AS q "
            "WHERE kb_id = ANY(:ids) AND tsv @@ q ORDER BY s DESC LIMIT :n"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(sql, {"q": " | ".join(words), "ids": list(kb_ids), "n": limit}).all()
        return [(int(r[0]), float(r[1])) for r in rows]


def text_index(engine: sa.Engine) -> SqliteText | PostgresText:
    return PostgresText(engine) if engine.dialect.name == "postgresql" else SqliteText(engine)


def has_pgvector(engine: sa.Engine) -> bool:
    """Whether kb_chunks has the pgvector column (the migration adds it where the server has the
    `vector` extension): then vectors are also written there and ranked by the database."""
    if engine.dialect.name != "postgresql":
        return False
    with engine.connect() as conn:
        found = conn.execute(
            sa.text(
                "SELECT 1 FROM information_schema.columns "
                "WHERE table_name = 'kb_chunks' AND column_name = 'embedding_v'"
            )
        ).first()
    return found is not None


def pgvector_literal(v: np.ndarray) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in v.tolist()) + "]"


def pgvector_search(engine: sa.Engine, kb_ids: list[int], qvec: np.ndarray, limit: int) -> list[tuple[int, float]]:
    sql = sa.text(
        "SELECT id, -(embedding_v <#> CAST(:q AS vector)) AS s FROM kb_chunks "
        "WHERE kb_id = ANY(:ids) ORDER BY embedding_v <#> CAST(:q AS vector) LIMIT :n"
    )
    with engine.begin() as conn:
        # the HNSW scan looks at ef_search candidates before the kb_id filter: at least LIMIT, and
        # more so a small knowledge base in a shared table still gets its hits
        conn.execute(sa.text(f"SET LOCAL hnsw.ef_search = {max(100, 4 * int(limit))}"))
        rows = conn.execute(sql, {"q": pgvector_literal(qvec), "ids": list(kb_ids), "n": limit}).all()
    return [(int(r[0]), float(r[1])) for r in rows]


# ------------------------------------------------------------------------------------- vectors


@dataclass
class Matrix:
    """One knowledge base's chunks in memory: ids, embeddings, and what filters look at."""

    revision: int
    ids: np.ndarray  # int64, one per row
    vectors: np.ndarray  # float32 (rows, dim), unit length
    documents: list[str]  # the document path of each row
    metadata: list[dict[str, Any]]
    row_of: dict[int, int]

    def top(self, qvec: np.ndarray, limit: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        if not len(self.ids):
            return []
        scores = self.vectors @ qvec
        if mask is not None:
            scores = np.where(mask, scores, -np.inf)
        k = min(limit, len(scores))
        idx = np.argpartition(-scores, k - 1)[:k]
        idx = idx[np.argsort(-scores[idx])]
        return [(int(self.ids[i]), float(scores[i])) for i in idx if np.isfinite(scores[i])]


class Vectors:
    """The matrices of the knowledge bases searched in this process, reloaded by revision; the
    MAX_CACHED most recently searched are kept (ids are never reused, so an id and a revision
    name one state of one knowledge base)."""

    MAX_CACHED = 32

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._matrices: OrderedDict[int, Matrix] = OrderedDict()
        self._lock = threading.Lock()

    def cached(self, kb_id: int, revision: int) -> Matrix | None:
        m = self._matrices.get(kb_id)
        return m if m is not None and m.revision == revision else None

    def get(self, kb_id: int, revision: int) -> Matrix:
        with self._lock:
            m = self._matrices.get(kb_id)
            if m is None or m.revision != revision:
                m = self._load(kb_id, revision)
                self._matrices[kb_id] = m
            self._matrices.move_to_end(kb_id)
            while len(self._matrices) > self.MAX_CACHED:
                self._matrices.popitem(last=False)
            return m

    def drop(self, kb_id: int) -> None:
        self._matrices.pop(kb_id, None)

    def _load(self, kb_id: int, revision: int) -> Matrix:
        c, d = KbChunk.__table__.c, KbDocument.__table__.c
        q = (
            sa.select(c.id, c.embedding, c.metadata, d.path)
            .join(KbDocument.__table__, d.id == c.document_id)
            .where(c.kb_id == kb_id)
            .order_by(c.id)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        if not rows:
            return Matrix(revision, np.zeros(0, np.int64), np.zeros((0, 1), np.float32), [], [], {})
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        vectors = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
        return Matrix(
            revision,
            ids,
            vectors,
            [r[3] for r in rows],
            [r[2] or {} for r in rows],
            {int(i): n for n, i in enumerate(ids)},
        )
