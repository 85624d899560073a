"""Hybrid search: BM25 and vector similarity, fused by reciprocal rank fusion.

Each retriever ranks up to `candidates` chunks of the knowledge bases searched; a chunk's fused
score is the sum over retrievers of 1 / (rrf_k + rank) (Cormack et al., 2009), so neither score
scale has to be calibrated against the other. Filters narrow the chunks before ranking: equality
on metadata keys (a list means any of), `document` (a path, or a glob such as "policies/*"),
`kind` (md, html, pdf…). `mode` "bm25" or "vector" runs one retriever alone (for comparison).
"""

from __future__ import annotations

import asyncio
import fnmatch
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from keel.errors import InvalidRequest
from keel.grounding.index import Matrix, pgvector_search

Mode = Literal["hybrid", "bm25", "vector"]
MODES = ("hybrid", "bm25", "vector")


@dataclass(slots=True)
class Hit:
    knowledge_base: str
    document: str
    chunk: int
    score: float
    text: str
    heading: str
    metadata: dict[str, Any]
    ranks: dict[str, int] = field(default_factory=dict)  # the rank each retriever gave it (1 = best)

    def to_dict(self) -> dict[str, Any]:
        return {
            "knowledge_base": self.knowledge_base,
            "document": self.document,
            "chunk": self.chunk,
            "score": round(self.score, 6),
            "text": self.text,
            "metadata": {**self.metadata, "heading": self.heading},
            "ranks": self.ranks,
        }

    def citation(self) -> dict[str, Any]:
        return {
            "knowledge_base": self.knowledge_base,
            "document": self.document,
            "chunk": self.chunk,
            "score": round(self.score, 6),
        }


def check_filters(filters: Any) -> dict[str, Any]:
    if filters is None:
        return {}
    if not isinstance(filters, dict):
        raise InvalidRequest(
            "filters: expected an object of metadata key -> value (or list of values)", param="filters"
        )
    for k, v in filters.items():
        if isinstance(v, dict):
            raise InvalidRequest(f"filters.{k}: expected a value or a list of values", param=f"filters.{k}")
    return filters


def _matches(value: Any, wanted: Any, glob: bool = False) -> bool:
    options = wanted if isinstance(wanted, list) else [wanted]
    if glob:
        return any(fnmatch.fnmatchcase(str(value), str(o)) for o in options)
    return value in options


def keep(filters: dict[str, Any], document: str, metadata: dict[str, Any]) -> bool:
    for key, wanted in filters.items():
        if key == "document":
            if not _matches(document, wanted, glob=True):
                return False
        elif not _matches(metadata.get(key), wanted):
            return False
    return True


def _mask(m: Matrix, filters: dict[str, Any]) -> np.ndarray | None:
    if not filters:
        return None
    return np.fromiter(
        (keep(filters, doc, meta) for doc, meta in zip(m.documents, m.metadata)), dtype=bool, count=len(m.ids)
    )


def fuse(rankings: dict[str, list[int]], k: int) -> list[tuple[int, float, dict[str, int]]]:
    """Reciprocal rank fusion of ranked id lists: (id, score, ranks), best first."""
    scores: dict[int, float] = {}
    ranks: dict[int, dict[str, int]] = {}
    for name, ids in rankings.items():
        for rank, i in enumerate(ids, start=1):
            scores[i] = scores.get(i, 0.0) + 1.0 / (k + rank)
            ranks.setdefault(i, {})[name] = rank
    return [(i, s, ranks[i]) for i, s in sorted(scores.items(), key=lambda x: (-x[1], x[0]))]


async def search(
    kb: Any,
    tenant: str,
    names: list[str],
    query: str,
    top_k: int | None = None,
    filters: dict[str, Any] | None = None,
    mode: Mode = "hybrid",
) -> list[Hit]:
    """The best TOP_K chunks of the knowledge bases NAMES (of TENANT) for QUERY."""
    s = kb.settings.search
    top_k = top_k or s.top_k
    if mode not in MODES:
        raise InvalidRequest(f"mode must be one of {', '.join(MODES)}", param="mode")
    if not isinstance(query, str) or not query.strip():
        raise InvalidRequest("query: expected a non-empty string", param="query")
    filters = check_filters(filters)
    bases = await asyncio.to_thread(kb.revisions, tenant, names)
    n = max(s.candidates, top_k)
    wide = n * 4 if filters else n  # full-text hits are filtered after ranking: take more

    async def by_text() -> list[int]:
        hits = await asyncio.to_thread(kb.text.search, [b[0] for b in bases], query, wide)
        return [i for i, _ in hits]

    async def by_vector() -> list[int]:
        qvec = (await kb.embedder.embed([query]))[0]
        if kb.pgvector and not filters:
            hits = await asyncio.to_thread(pgvector_search, kb.engine, [b[0] for b in bases], qvec, n)
            return [i for i, _ in hits]
        found: list[tuple[int, float]] = []
        for kb_id, _, revision in bases:
            m = await _matrix(kb, kb_id, revision)
            found += m.top(qvec, n, _mask(m, filters))
        found.sort(key=lambda x: -x[1])
        return [i for i, _ in found[:n]]

    tasks: dict[str, Any] = {}
    if mode in ("hybrid", "bm25"):
        tasks["bm25"] = by_text()
    if mode in ("hybrid", "vector"):
        tasks["vector"] = by_vector()
    results = await asyncio.gather(*tasks.values())
    rankings = dict(zip(tasks, results))
    if filters and "bm25" in rankings:
        rankings["bm25"] = await _filtered(kb, bases, rankings["bm25"], filters, n)
    fused = fuse(rankings, s.rrf_k)
    fused = [f for f in fused if f[1] >= s.min_score][:top_k]
    rows = await asyncio.to_thread(kb.chunks, [i for i, _, _ in fused])
    name_of = {b[0]: b[1] for b in bases}
    hits = []
    for i, score, ranks in fused:
        r = rows.get(i)
        if r is None:  # deleted since it was ranked
            continue
        meta = {k: v for k, v in (r["metadata"] or {}).items()}
        hits.append(Hit(name_of[r["kb_id"]], r["document"], r["chunk"], score, r["text"], r["heading"], meta, ranks))
    return hits


async def _matrix(kb: Any, kb_id: int, revision: int) -> Matrix:
    m = kb.vectors._matrices.get(kb_id)
    if m is not None and m.revision == revision:
        return m
    return await asyncio.to_thread(kb.vectors.get, kb_id, revision)


async def _filtered(
    kb: Any, bases: list[tuple[int, str, int]], ids: list[int], filters: dict[str, Any], n: int
) -> list[int]:
    matrices = [await _matrix(kb, kb_id, rev) for kb_id, _, rev in bases]
    out: list[int] = []
    for i in ids:
        for m in matrices:
            row = m.row_of.get(i)
            if row is not None:
                if keep(filters, m.documents[row], m.metadata[row]):
                    out.append(i)
                break
    return out[:n]
