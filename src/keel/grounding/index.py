"""The two halves of hybrid search: full text (BM25) and vectors, both in memory by default.

Full text: by default each knowledge base's BM25 postings in memory (MemoryText: built from its
chunks, rebuilt when its revision moves, scored as FTS5 scores); with `grounding.search.bm25:
database`, SQLite's FTS5 (`bm25()` over the contentless table kb_chunks_fts, whose `kb` column
restricts a search to some knowledge bases through the index itself), or PostgreSQL's full-text
search (`ts_rank` over the generated tsvector column, GIN-indexed); the database keeps its own
full-text index current on every write, whichever ranks. Vectors: each knowledge base's float32
embeddings as one NumPy matrix, loaded on first search and reloaded when the
base's revision moves, scored with one matrix-vector product; on PostgreSQL with the pgvector
extension (the `embedding_v` column the migration adds where the server offers it), the database
ranks them instead. Nothing here knows tenants: callers pass knowledge bases they resolved for one.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import numpy as np
import sqlalchemy as sa

from keel.config import ConfigError, ConfigProblem
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
log = logging.getLogger(__name__)
T = TypeVar("T")
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


_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without diacritics ("Café" -> "cafe"), as FTS5's unicode61 tokenizer folds."""
    text = text.lower()
    return text if text.isascii() else _MARKS.sub("", unicodedata.normalize("NFKD", text))


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


@dataclass
class Postings:
    """One knowledge base's BM25 index in memory: for each term, the rows that hold it and their
    BM25 weights (idf × saturated, length-normalised term frequency), ready to add up."""

    revision: int
    ids: np.ndarray  # int64 chunk id of each row
    vocab: dict[str, int]
    starts: np.ndarray  # int64 (terms + 1): term j's postings are rows[starts[j]:starts[j + 1]]
    rows: np.ndarray  # int32
    weights: np.ndarray  # float32

    def top(self, words: list[str], limit: int) -> list[tuple[int, float]]:
        if not len(self.ids):
            return []
        scores = np.zeros(len(self.ids), np.float32)
        for w in words:
            j = self.vocab.get(w)
            if j is not None:
                a, b = self.starts[j], self.starts[j + 1]
                scores[self.rows[a:b]] += self.weights[a:b]  # a term's rows are distinct
        hit = np.flatnonzero(scores)
        if len(hit) > limit:
            hit = hit[np.argpartition(-scores[hit], limit - 1)[:limit]]
        hit = hit[np.argsort(-scores[hit], kind="stable")]
        return [(int(self.ids[i]), float(scores[i])) for i in hit]


class MemoryText:
    """BM25 over each knowledge base's chunks, scored in this process with NumPy as the vectors
    are (`grounding.search.bm25: memory`, the default): the index is built from the chunks' text
    on the first search, rebuilt when the base's revision moves, and the MAX_CACHED most recently
    searched are kept. Scored as SQLite's FTS5 table scores (bm25(): k1 1.2, b 0.75, idf floored at
    1e-6, a heading's words counting 0.75, a row's length counting its `kb` token; words folded and
    reduced to their Porter stems, as its `porter unicode61` tokenizer does), on either database: a
    query costs a few additions over the postings of its terms instead of the database ranking
    every chunk a term matches. One difference: the statistics (rows, document frequencies, mean
    length) are each knowledge base's own, where FTS5's are the whole table's, every base of every
    tenant; so the scores are FTS5's only where the database holds one knowledge base, and a search
    over several bases merges scores of different statistics."""

    name = "memory-bm25"
    K1, B, HEADING = 1.2, 0.75, 0.75
    MAX_STEMS = 500_000  # words whose stem is remembered

    def __init__(self, engine: sa.Engine) -> None:
        try:
            import Stemmer
        except ImportError:
            need = "BM25 in memory needs PyStemmer: pip install 'keel[grounding]'"
            raise ConfigError([ConfigProblem("", "grounding.search.bm25", need)]) from None
        self.engine = engine
        self._indexes: ByRevision[Postings] = ByRevision(self._build)
        self._stemmer = Stemmer.Stemmer("porter")  # not thread-safe: used under _stem_lock
        self._stems: dict[str, str] = {}
        self._stem_lock = threading.Lock()

    def stem(self, words: list[str]) -> list[str]:
        """WORDS' Porter stems, each remembered."""
        with self._stem_lock:
            todo = [w for w in words if w not in self._stems]
            if todo:
                if len(self._stems) > self.MAX_STEMS:
                    self._stems.clear()
                self._stems.update(zip(todo, self._stemmer.stemWords(todo), strict=True))
            return [self._stems[w] for w in words]

    def search(self, bases: list[tuple[int, str, int]], query: str, limit: int) -> list[tuple[int, float]]:
        # each query word counts, as each is a phrase of FTS5's query: "runs running" weighs "run" twice
        words = self.stem(terms(fold(query)))
        if not words or not bases:
            return []
        found: list[tuple[int, float]] = []
        for kb_id, _, revision in bases:
            found += self._indexes.get(kb_id, revision).top(words, limit)
        found.sort(key=lambda x: -x[1])
        return found[:limit]

    def drop(self, kb_id: int) -> None:
        self._indexes.drop(kb_id)

    def _build(self, kb_id: int, revision: int) -> Postings:
        import array
        from collections import Counter

        import Stemmer

        c = KbChunk.__table__.c
        q = sa.select(c.id, c.heading, c.text).where(c.kb_id == kb_id).order_by(c.id)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        stemmer = Stemmer.Stemmer("porter")  # this build's own: the shared one serves queries meanwhile
        term_id: dict[str, int] = {}  # a word -> its stem's term number
        vocab: dict[str, int] = {}
        term_of, row_of, tf_of = array.array("i"), array.array("i"), array.array("f")
        # as FTS5 counts a row: its words, plus the one token of its `kb` column
        lengths = np.ones(len(rows), np.float32)
        for n, (_, heading, text) in enumerate(rows):
            # stop words are indexed too: a query never asks for one, but "others" stems to "other"
            words = _WORD.findall(fold(text))
            tf: Counter[str] = Counter(words)
            lengths[n] += len(words)
            if heading:
                heads = _WORD.findall(fold(heading))
                lengths[n] += len(heads)
                for w in heads:
                    tf[w] += self.HEADING
            acc: dict[int, float] = {}  # two words of one stem are one term
            for w, f in tf.items():
                j = term_id.get(w)
                if j is None:
                    j = term_id[w] = vocab.setdefault(stemmer.stemWord(w), len(vocab))
                acc[j] = acc.get(j, 0.0) + f
            term_of.extend(acc.keys())
            tf_of.extend(acc.values())
            row_of.extend([n] * len(acc))
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        terms_ = np.frombuffer(term_of, dtype=np.int32)
        order = np.argsort(terms_, kind="stable")
        posting_rows = np.frombuffer(row_of, dtype=np.int32)[order]
        tfs = np.frombuffer(tf_of, dtype=np.float32)[order]
        df = np.bincount(terms_, minlength=len(vocab))
        starts = np.concatenate(([0], np.cumsum(df))).astype(np.int64)
        n_docs = max(len(rows), 1)
        idf = np.log((n_docs - df + 0.5) / (df + 0.5))
        idf = np.where(idf > 0, idf, 1e-6).astype(np.float32)  # as FTS5: a term in most rows still counts a little
        avg = float(lengths.mean()) if len(rows) else 1.0
        norm = self.K1 * (1 - self.B + self.B * lengths[posting_rows] / max(avg, 1e-9))
        weights = np.repeat(idf, df) * tfs * (self.K1 + 1) / (tfs + norm)
        return Postings(revision, ids, vocab, starts, posting_rows, weights.astype(np.float32))


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
            vectors,
            [r[3] for r in rows],
            [r[2] or {} for r in rows],
            {int(i): n for n, i in enumerate(ids)},
        )
