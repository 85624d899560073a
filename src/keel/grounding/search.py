"""Hybrid search: BM25 and vector similarity, fused.

Each retriever ranks up to `candidates` chunks of the knowledge bases searched; `rerank: mmr`
then re-orders the fused hits by maximal marginal relevance (relevant, but not like the hits
above them). `relative` fusion
(the default, as Weaviate's hybrid search: min-max normalised scores, alpha = 0.75 on vectors)
weighs each retriever by how clearly it separates its hits; `rrf`, reciprocal rank fusion
(Cormack et al., 2009), sums 1 / (rrf_k + rank) and ignores scores. bench/retrieval.py prints
both side by side. Filters narrow the chunks before ranking: equality
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
FUSIONS = ("relative", "rrf")
RERANKS = ("none", "mmr")


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


Ranking = list[tuple[int, float]]  # (chunk id, the retriever's score), best first


def fuse(
    rankings: dict[str, Ranking], method: str = "relative", k: int = 60, alpha: float = 0.75
) -> list[tuple[int, float, dict[str, int]]]:
    """The retrievers' rankings as one: (id, fused score, rank in each retriever), best first.

    `rrf`: reciprocal rank fusion, the sum of 1 / (k + rank) — scores are ignored, only ranks
    count. `relative`: each retriever's scores min-max normalised over its candidates, combined
    as alpha × vector + (1 − alpha) × BM25 — a retriever with no clear winner (BM25 on a
    paraphrased question) spreads its weight thinly instead of pushing its arbitrary first hits.
    """
    scores: dict[int, float] = {}
    ranks: dict[int, dict[str, int]] = {}
    for name, ranking in rankings.items():
        if not ranking:
            continue
        values = [s for _, s in ranking]
        lo, hi = min(values), max(values)
        weight = 1.0 if len(rankings) == 1 else (alpha if name == "vector" else 1.0 - alpha)
        for rank, (i, score) in enumerate(ranking, start=1):
            if method == "rrf":
                scores[i] = scores.get(i, 0.0) + 1.0 / (k + rank)
            else:
                scores[i] = scores.get(i, 0.0) + weight * ((score - lo) / (hi - lo) if hi > lo else 1.0)
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
    fusion: str | None = None,
    missing_ok: bool = False,
    rerank: str | None = None,
) -> list[Hit]:
    """The best TOP_K chunks of the knowledge bases NAMES (of TENANT) for QUERY (FUSION: how
    hybrid combines the two rankings, `relative` or `rrf`; default the setting). MISSING_OK: skip
    knowledge bases the tenant does not have (a route's, not a request's) instead of NotFound."""
    s = kb.settings.search
    top_k = top_k or s.top_k
    if mode not in MODES:
        raise InvalidRequest(f"mode must be one of {', '.join(MODES)}", param="mode")
    if fusion is not None and fusion not in FUSIONS:
        raise InvalidRequest(f"fusion must be one of {', '.join(FUSIONS)}", param="fusion")
    if rerank is not None and rerank not in RERANKS:
        raise InvalidRequest(f"rerank must be one of {', '.join(RERANKS)}", param="rerank")
    if not isinstance(query, str) or not query.strip():
        raise InvalidRequest("query: expected a non-empty string", param="query")
    filters = check_filters(filters)
    names = list(dict.fromkeys(names))  # each once: a name twice would count its vectors twice
    # the query's embedding (the longest step) starts now, beside the look-up of the bases
    embedding = asyncio.ensure_future(kb.embedder.embed([query])) if mode != "bm25" else None
    try:
        bases = await asyncio.to_thread(kb.revisions, tenant, names, missing_ok)
    except BaseException:
        _drop(embedding)
        raise
    if not bases:
        _drop(embedding)
        return []
    n = max(s.candidates, top_k)
    wide = n * 4 if filters else n  # full-text hits are filtered after ranking: take more

    async def by_text() -> Ranking:
        return await asyncio.to_thread(kb.text.search, bases, query, wide)

    async def query_vector() -> Any:
        return (await (embedding or kb.embedder.embed([query])))[0]

    async def by_vector() -> Ranking:
        qvec = await query_vector()
        if kb.pgvector and not filters:
            return await asyncio.to_thread(pgvector_search, kb.engine, [b[0] for b in bases], qvec, n)
        found: Ranking = []
        for kb_id, _, revision in bases:
            m = await _matrix(kb, kb_id, revision)
            mask = _mask(m, filters)
            # a scan of many rows takes milliseconds: off the event loop (torch lets go of the GIL)
            found += await asyncio.to_thread(m.top, qvec, n, mask) if len(m.ids) > 5000 else m.top(qvec, n, mask)
        found.sort(key=lambda x: -x[1])
        return found[:n]

    tasks: dict[str, Any] = {}
    if mode in ("hybrid", "bm25"):
        tasks["bm25"] = by_text()
    if mode in ("hybrid", "vector"):
        tasks["vector"] = by_vector()
    results = await asyncio.gather(*tasks.values())
    rankings = dict(zip(tasks, results))
    if filters and "bm25" in rankings:
        rankings["bm25"] = await _filtered(kb, bases, rankings["bm25"], filters, n)
    fused = fuse(rankings, fusion or s.fusion, s.rrf_k, s.alpha)
    fused = [f for f in fused if f[1] >= s.min_score]
    if (rerank or s.rerank) == "mmr" and len(fused) > 1:
        matrices = [await _matrix(kb, kb_id, rev) for kb_id, _, rev in bases]
        qvec = await query_vector()
        fused = mmr(fused[: max(4 * top_k, 20)], lambda i: _vector(matrices, i), qvec, top_k, s.mmr_lambda)
    fused = fused[:top_k]
    rows = await asyncio.to_thread(kb.chunks, [i for i, _, _ in fused], [b[0] for b in bases])
    name_of = {b[0]: b[1] for b in bases}
    hits = []
    for i, score, ranks in fused:
        r = rows.get(i)
        if r is None:  # deleted since it was ranked
            continue
        meta = {k: v for k, v in (r["metadata"] or {}).items()}
        hits.append(Hit(name_of[r["kb_id"]], r["document"], r["chunk"], score, r["text"], r["heading"], meta, ranks))
    return hits


def mmr(
    fused: list[tuple[int, float, dict[str, int]]],
    vector: Any,
    qvec: Any,
    top_k: int,
    lam: float = 0.5,
) -> list[tuple[int, float, dict[str, int]]]:
    """Maximal marginal relevance (Carbonell & Goldstein, 1998) over the fused hits: pick, one at
    a time, the hit that best balances its similarity to the query against its similarity to
    the hits already picked (cosines of the embeddings), so copies and overlapping chunks of one
    passage do not fill the top places; the rest follow in fused order. LAM = 1: by query
    similarity alone."""
    vectors = {f[0]: vector(f[0]) for f in fused}
    relevance = {i: float(v @ qvec) if v is not None else 0.0 for i, v in vectors.items()}
    picked: list[tuple[int, float, dict[str, int]]] = []
    left = list(fused)
    while left and len(picked) < top_k:

        def value(f: tuple[int, float, dict[str, int]]) -> float:
            v = vectors[f[0]]
            redundancy = max((float(v @ vectors[p[0]]) for p in picked if v is not None and vectors[p[0]] is not None),
                             default=0.0)  # fmt: skip
            return lam * relevance[f[0]] - (1 - lam) * redundancy

        choice = max(left, key=value)
        picked.append(choice)
        left.remove(choice)
    return picked + left


def _vector(matrices: list[Matrix], chunk_id: int) -> Any:
    for m in matrices:
        row = m.row_of.get(chunk_id)
        if row is not None:
            return m.vector(row)
    return None


def _drop(embedding: asyncio.Future | None) -> None:
    """Stop a query embedding nobody will read, and keep its failure (if any) from being logged."""
    if embedding is not None:
        embedding.cancel()
        embedding.add_done_callback(lambda f: f.cancelled() or f.exception())


async def _matrix(kb: Any, kb_id: int, revision: int) -> Matrix:
    return kb.vectors.cached(kb_id, revision) or await asyncio.to_thread(kb.vectors.get, kb_id, revision)


async def _filtered(
    kb: Any, bases: list[tuple[int, str, int]], ranking: Ranking, filters: dict[str, Any], n: int
) -> Ranking:
    matrices = [await _matrix(kb, kb_id, rev) for kb_id, _, rev in bases]
    out: Ranking = []
    for i, score in ranking:
        for m in matrices:
            row = m.row_of.get(i)
            if row is not None:
                if keep(filters, m.documents[row], m.metadata[row]):
                    out.append((i, score))
                break
    return out[:n]
