"""The two halves of hybrid search: full text (BM25) and vectors, both in memory by default.

Full text: by default each knowledge base's BM25 postings in memory (keel.grounding.bm25: built
from its chunks, rebuilt when its revision moves, scored as FTS5 scores); with `grounding.search.bm25:
database`, SQLite's FTS5 (`bm25()` over the contentless table kb_chunks_fts, whose `kb` column
restricts a search to some knowledge bases through the index itself), or PostgreSQL's full-text
search (`ts_rank` over the generated tsvector column, GIN-indexed); the database keeps its own
full-text index current on every write, whichever ranks. Vectors: each knowledge base's
embeddings as one 16-bit matrix (stored float32; see Matrix), loaded on first search and reloaded
when the base's revision moves, scored with one matrix-vector product; on PostgreSQL with the pgvector
extension (the `embedding_v` column the migration adds where the server offers it), the database
ranks them instead. Nothing here knows tenants: callers pass knowledge bases they resolved for one.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import numpy as np
import sqlalchemy as sa

from keel.config import ConfigError
from keel.store.tables_grounding import KbChunk, KbDocument

if TYPE_CHECKING:
    from keel.grounding.bm25 import MemoryText

_STOPWORDS = """
    a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor not
    now of off on once only or other our ours out over own same she should so some such than that the
    their them then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours also please tell know get
    """
STOPWORDS = frozenset(_STOPWORDS.split())
log = logging.getLogger(__name__)
T = TypeVar("T")
WORD = re.compile(r"[^\W_]+", re.UNICODE)


MAX_TERMS = 64


def terms(query: str) -> list[str]:
    """The query's searchable words: lower case, no stop words, each once, in order; the first
    MAX_TERMS of them (a pasted page is not a query)."""
    seen: dict[str, None] = {}
    for w in WORD.findall(query.lower()):
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


class ByRevision(Generic[T]):
    """Per knowledge base, what BUILD(kb_id, revision) made for its current revision (an object
    with a `revision`); the MAX_CACHED most recently used are kept. Ids are never reused, so an id
    and a revision name one state of one knowledge base."""

    MAX_CACHED = 32

    def __init__(self, build: Callable[[int, int], T]) -> None:
        self.build = build
        self._items: OrderedDict[int, T] = OrderedDict()
        self._lock = threading.Lock()  # the dict only, never held across a build
        self._building: dict[int, threading.Lock] = {}  # one build of a knowledge base at a time

    def cached(self, kb_id: int, revision: int) -> T | None:
        """What is held for KB_ID when it is of REVISION or later (what was read is at least as new
        as its label, and revisions only grow), else None."""
        with self._lock:
            item = self._items.get(kb_id)
            if item is None or item.revision < revision:  # type: ignore[attr-defined]
                return None
            self._items.move_to_end(kb_id)
            return item

    def get(self, kb_id: int, revision: int) -> T:
        """The held item, else one built now: outside the cache's lock, so a slow build (seconds at
        100k chunks) holds up only the searches of its own knowledge base."""
        item = self.cached(kb_id, revision)
        if item is not None:
            return item
        with self._lock:
            building = self._building.setdefault(kb_id, threading.Lock())
        with building:
            item = self.cached(kb_id, revision)  # built meanwhile by the search we waited for
            if item is not None:
                return item
            item = self.build(kb_id, revision)
            with self._lock:
                held = self._items.get(kb_id)
                if held is None or held.revision < item.revision:  # type: ignore[attr-defined]
                    self._items[kb_id] = item
                self._items.move_to_end(kb_id)
                while len(self._items) > self.MAX_CACHED:
                    self._items.popitem(last=False)
            return item

    def drop(self, kb_id: int) -> None:
        with self._lock:
            self._items.pop(kb_id, None)

    def __contains__(self, kb_id: int) -> bool:
        with self._lock:
            return kb_id in self._items


class DatabaseText:
    """Full-text search in the database (`grounding.search.bm25: database`)."""

    def __init__(self, inner: SqliteText | PostgresText) -> None:
        self.inner = inner
        self.name = inner.name

    def search(self, bases: list[tuple[int, str, int]], query: str, limit: int) -> list[tuple[int, float]]:
        return self.inner.search([b[0] for b in bases], query, limit)

    def drop(self, kb_id: int) -> None:
        pass


def text_index(engine: sa.Engine, where: str = "memory") -> MemoryText | DatabaseText:
    """The full-text half of search: in memory (default), or the database's own (also when
    PyStemmer, which the in-memory index stems with, is not installed: said once in the log)."""
    if where == "memory":
        from keel.grounding.bm25 import MemoryText

        try:
            return MemoryText(engine)
        except ConfigError as exc:
            log.warning("%s; BM25 is ranked by the database meanwhile", exc.problems[0].message)
    return DatabaseText(PostgresText(engine) if engine.dialect.name == "postgresql" else SqliteText(engine))


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


def _half(vectors: np.ndarray, dtype: Any = None) -> Any:
    """VECTORS as the matrix a search scans: a torch tensor of half the bytes of float32 (a scan of
    100k rows is bound by memory: about twice as fast), float16 or bfloat16 as `_scan_dtype` found
    faster on this CPU (DTYPE overrides), else float32 NumPy without torch."""
    try:
        import torch
    except ImportError:  # pragma: no cover - torch comes with sentence-transformers
        return vectors
    with warnings.catch_warnings():
        # VECTORS may be a read-only view of the database's bytes; .to() copies it at once
        warnings.filterwarnings("ignore", "The given NumPy array is not writable", UserWarning)
        return torch.from_numpy(vectors).to(dtype or _scan_dtype())


@functools.cache
def _scan_dtype() -> Any:
    """The 16-bit type a search scans in on this CPU (`_faster_dtype`, timed once per process)."""
    return _faster_dtype()


def _faster_dtype(clock: Callable[[], float] = time.perf_counter) -> Any:
    """float16 or bfloat16, whichever this CPU multiplies a matrix by a vector faster: best of five
    on 20,000 rows each. Measured on 100k rows: AMX (Sapphire Rapids) bfloat16 2.1 ms against 7.7
    for float16, which it converts first; AMD EPYC with AVX-512 BF16 float16 about 6 ms. float16 is
    the more precise (on MiniLM embeddings a cosine moves by 1e-5 on average, at most 2e-4; in
    bfloat16 2e-4, at most 2e-3), so bfloat16 must be clearly faster (by a fifth)."""
    import torch

    sample = np.random.default_rng(0).standard_normal((20_000, 384)).astype(np.float32)
    times = {}
    for dtype in (torch.float16, torch.bfloat16):
        matrix, q = torch.from_numpy(sample).to(dtype), torch.from_numpy(sample[0]).to(dtype)
        best = float("inf")
        for _ in range(5):
            t0 = clock()
            matrix @ q
            best = min(best, clock() - t0)
        times[dtype] = best
    return torch.bfloat16 if times[torch.bfloat16] < 0.8 * times[torch.float16] else torch.float16


@dataclass
class Matrix:
    """One knowledge base's chunks in memory: ids, embeddings, and what filters look at.

    The embeddings are held in 16 bits (float16 or bfloat16: `_scan_dtype`; their rounding moves a
    cosine by about 1e-5 or 2e-4 on average, at most 2e-4 or 2e-3); a search ranks all rows on
    them, then scores its best few again with float32 arithmetic (a 16-bit product is rounded
    further), from a wider margin of candidates in bfloat16."""

    revision: int
    ids: np.ndarray  # int64, one per row
    vectors: Any  # (rows, dim), unit length: 16-bit torch tensor (see _half), or float32 NumPy
    documents: list[str]  # the document path of each row
    metadata: list[dict[str, Any]]
    row_of: dict[int, int]

    def vector(self, row: int) -> np.ndarray:
        """The embedding of ROW as float32 NumPy."""
        v = self.vectors[row]
        return np.asarray(v.float().numpy() if hasattr(v, "numpy") else v, dtype=np.float32)

    def top(self, qvec: np.ndarray, limit: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        if not len(self.ids) or limit <= 0:
            return []
        if isinstance(self.vectors, np.ndarray):
            scores = self.vectors @ qvec
            if mask is not None:
                scores = np.where(mask, scores, -np.inf)
        else:
            import torch

            half = self.vectors @ torch.from_numpy(np.asarray(qvec, dtype=np.float32)).to(self.vectors.dtype)
            if mask is not None:
                half = half.masked_fill(~torch.from_numpy(mask), -torch.inf)
            # a margin for the 16-bit rounding of close scores; bfloat16 keeps 8 bits, float16 11
            margin = 4 * limit + 8 if self.vectors.dtype == torch.bfloat16 else 2 * limit
            k = min(margin, len(self.ids))
            best = torch.topk(half, k).indices.numpy()
            best = best[np.isfinite(half[best].float().numpy())]
            exact = self.vectors[best].float().numpy() @ np.asarray(qvec, dtype=np.float32)
            order = np.argsort(-exact, kind="stable")[:limit]
            return [(int(self.ids[best[i]]), float(exact[i])) for i in order]
        k = min(limit, len(scores))
        idx = np.argpartition(-scores, k - 1)[:k]
        idx = idx[np.argsort(-scores[idx])]
        return [(int(self.ids[i]), float(scores[i])) for i in idx if np.isfinite(scores[i])]


class Vectors:
    """The matrices of the knowledge bases searched in this process, reloaded by revision (the
    most recently searched kept: ByRevision)."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._matrices: ByRevision[Matrix] = ByRevision(self._load)
        self.cached = self._matrices.cached
        self.get = self._matrices.get
        self.drop = self._matrices.drop

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
            _half(vectors),
            [r[3] for r in rows],
            [r[2] or {} for r in rows],
            {int(i): n for n, i in enumerate(ids)},
        )
