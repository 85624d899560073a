"""BM25 in memory (`grounding.search.bm25: memory`, the default): each knowledge base's postings,
built from its chunks in each process that searches it and rebuilt when its revision moves (as
its vectors are: index.ByRevision), scored as SQLite's FTS5 table scores."""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

import numpy as np
import sqlalchemy as sa

from keel.config import ConfigError, ConfigProblem
from keel.grounding.index import WORD, ByRevision, terms
from keel.store.tables_grounding import KbChunk

_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without diacritics ("Café" -> "cafe"), as FTS5's unicode61 tokenizer folds."""
    text = text.lower()
    return text if text.isascii() else _MARKS.sub("", unicodedata.normalize("NFKD", text))


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
            words = WORD.findall(fold(text))
            tf: Counter[str] = Counter(words)
            lengths[n] += len(words)
            if heading:
                heads = WORD.findall(fold(heading))
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
