"""Retrieval quality and speed of knowledge bases (keel.grounding), printed side by side.

1. Quality: the shipped handbook (examples/grounding/handbook: 12 documents, 5 formats) is
   ingested into a fresh knowledge base; the Q&A set bench/data/retrieval_qa.jsonl (50 questions
   and 10 follow-ups that need the conversation, written by another writer than the documents)
   is searched with BM25 alone, vectors alone and hybrid (reciprocal rank fusion). A question
   counts as found at k when one of the first k passages is from its gold document and holds its
   evidence span. Follow-ups are searched as asked and after the deterministic rewrite.
2. Ingest throughput: the handbook ingested COPIES times (chunks/s, the real embedder).
3. Search latency: p50 of embedding one query with ONNX Runtime and with PyTorch, in turn; then
   p50/p99 of hybrid and of vector-only search with the knowledge base padded to 10k and 100k
   chunks (topical filler text, random unit vectors: see `pad`), on SQLite and on PostgreSQL;
   hybrid also with the query embedded by PyTorch (`hybrid pt`), in the same run.

    python bench/retrieval.py [--copies 10] [--sizes 10000,100000] [--postgres URL] [--skip-latency]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from keel.config import Settings  # noqa: E402
from keel.grounding import Grounding  # noqa: E402
from keel.grounding.chunking import Chunk  # noqa: E402
from keel.grounding.ingest import Prepared  # noqa: E402
from keel.grounding.rewrite import rewrite  # noqa: E402
from keel.grounding.search import search  # noqa: E402
from keel.store.engine import make_engine, migrate  # noqa: E402
from keel.types import Message  # noqa: E402

HANDBOOK = ROOT / "examples" / "grounding" / "handbook"
QA = ROOT / "bench" / "data" / "retrieval_qa.jsonl"
TENANT = "bench"
# (label, mode, fusion, rerank): the retrievers alone, hybrid as configured (relative fusion),
# plain RRF, and hybrid re-ranked by maximal marginal relevance
MODES = (
    ("BM25", "bm25", None, None),
    ("vectors", "vector", None, None),
    ("hybrid", "hybrid", "relative", None),
    ("hybrid-RRF", "hybrid", "rrf", None),
    ("hybrid+MMR", "hybrid", "relative", "mmr"),
)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[*_`|#]", " ", text)).strip().lower()


def found(hits: list[Any], row: dict[str, Any], k: int) -> bool:
    evidence = norm(row["evidence"])
    return any(h.document == row["document"] and evidence in norm(h.text) for h in hits[:k])


def grounding(url: str, bm25: str = "memory") -> Grounding:
    engine = make_engine(url)
    migrate(engine)
    return Grounding(engine, Settings(grounding={"search": {"bm25": bm25}}).grounding)


def use_bm25(g: Grounding, where: str) -> None:
    """Switch G's full-text half between the in-memory index and the database's."""
    from keel.grounding.index import text_index

    g.kb.text = text_index(g.kb.engine, where)


# ---------------------------------------------------------------------------------------- quality


async def quality(g: Grounding) -> dict[str, Any]:
    rows = [json.loads(line) for line in QA.read_text().splitlines() if line.strip()]
    kb = g.kb
    kb.create(TENANT, "handbook")
    report = kb.ingest_paths(TENANT, "handbook", [HANDBOOK])
    standalone = [r for r in rows if not r.get("history")]
    follow = [r for r in rows if r.get("history")]
    out: dict[str, Any] = {"documents": len(report.added), "chunks": report.chunks, "rows": len(rows)}
    table: dict[str, dict[str, float]] = {}
    misses: dict[str, list[str]] = {m[0]: [] for m in MODES}
    for label, mode, fusion, rerank in MODES:
        how = {"top_k": 5, "mode": mode, "fusion": fusion, "rerank": rerank}
        r1 = r5 = 0
        for row in standalone:
            hits = await search(kb, TENANT, ["handbook"], row["question"], **how)
            r1 += found(hits, row, 1)
            r5 += found(hits, row, 5)
            if not found(hits, row, 5):
                misses[label].append(row["id"])
        f_raw1 = f_raw5 = f_rw1 = f_rw5 = 0
        for row in follow:
            history = [Message(m["role"], m["content"]) for m in row["history"]]
            raw = await search(kb, TENANT, ["handbook"], row["question"], **how)
            rw = await rewrite(row["question"], history)
            hits = await search(kb, TENANT, ["handbook"], rw.query, **how)
            f_raw1 += found(raw, row, 1)
            f_raw5 += found(raw, row, 5)
            f_rw1 += found(hits, row, 1)
            f_rw5 += found(hits, row, 5)
            if not found(hits, row, 5):
                misses[label].append(row["id"])
        n, m = len(standalone), len(follow)
        table[label] = {
            "q_r1": r1 / n,
            "q_r5": r5 / n,
            "f_raw_r1": f_raw1 / m,
            "f_raw_r5": f_raw5 / m,
            "f_rw_r1": f_rw1 / m,
            "f_rw_r5": f_rw5 / m,
            "all_r1": (r1 + f_rw1) / (n + m),
            "all_r5": (r5 + f_rw5) / (n + m),
        }
    out["table"] = table
    out["misses"] = misses
    return out


def print_quality(q: dict[str, Any]) -> None:
    print(f"\nRetrieval quality: {q['documents']} documents, {q['chunks']} chunks, {q['rows']} questions")
    print(f"{'':28}" + "".join(f"{m[0]:>12}" for m in MODES))
    labels = [
        ("50 questions  recall@1", "q_r1"),
        ("50 questions  recall@5", "q_r5"),
        ("10 follow-ups as asked @1", "f_raw_r1"),
        ("10 follow-ups as asked @5", "f_raw_r5"),
        ("10 follow-ups rewritten @1", "f_rw_r1"),
        ("10 follow-ups rewritten @5", "f_rw_r5"),
        ("all 60 (rewritten)  @1", "all_r1"),
        ("all 60 (rewritten)  @5", "all_r5"),
    ]
    for label, key in labels:
        print(f"{label:28}" + "".join(f"{q['table'][m[0]][key]:>12.3f}" for m in MODES))
    for label, *_ in MODES:
        print(f"  missed at 5 by {label}: {', '.join(q['misses'][label]) or 'none'}")


# ---------------------------------------------------------------------------------------- ingest


def ingest_throughput(g: Grounding, copies: int) -> dict[str, Any]:
    g.kb.create(TENANT, "throughput")
    files = [p for p in sorted(HANDBOOK.rglob("*")) if p.is_file()]
    docs = [
        (
            f"copy{c}/{p.relative_to(HANDBOOK).as_posix()}",
            p.read_bytes().replace(b"Vantor", f"Vantor{c}".encode()),
            None,
        )
        for c in range(copies)
        for p in files
    ]
    g.embedder.encode(["warm up the model"])  # loading the model is not ingest
    t0 = time.perf_counter()
    report = g.kb.ingest(TENANT, "throughput", docs)
    seconds = time.perf_counter() - t0
    return {"documents": len(docs), "chunks": report.chunks, "seconds": seconds, "rate": report.chunks / seconds}


# ---------------------------------------------------------------------------------------- latency


def query_embedding(g: Grounding, queries: list[str], repeats: int) -> dict[str, float]:
    """p50 of embedding one query, ONNX Runtime and PyTorch taking turns on the same queries."""
    e = g.embedder
    times: dict[str, list[float]] = {"onnx": [], "torch": []}
    for _ in range(repeats):
        for q in queries:
            for path in times:
                e.use_onnx = path == "onnx"
                t0 = time.perf_counter()
                e.encode([q])
                times[path].append((time.perf_counter() - t0) * 1000)
    e.use_onnx = True
    return {path: statistics.median(t) for path, t in times.items()}


def pad(g: Grounding, name: str, target: int, topics: list[str], rng: random.Random) -> None:
    """Fill knowledge base NAME up to TARGET chunks with filler (random unit vectors: latency only).

    Filler stays topical, as real text is: each filler document of 10 chunks takes one handbook
    passage as its topic, and each of its chunks draws half its words from that passage and half
    from a long tail of 50,000 made-up words (Zipf-distributed). So a query's terms match about as
    large a share of the filler as of the handbook's own passages, not every chunk."""
    kb = g.kb
    kb_id = kb.revisions(TENANT, [name])[0][0]
    have = kb.get(TENANT, name)["chunks"]
    nprng = np.random.default_rng(rng.randrange(2**32))
    ranks = np.arange(1, 50_001)
    tail_p = (1.0 / ranks) / np.sum(1.0 / ranks)
    topic_words = [re.findall(r"[A-Za-z]{2,}", t) for t in topics]
    while have < target:
        docs = []
        for _ in range(min(50, (target - have + 9) // 10)):
            words = topic_words[rng.randrange(len(topic_words))]
            chunks = []
            for i in range(10):
                n = rng.randint(60, 160)
                own = rng.choices(words, k=n // 2)
                tail = [f"w{r}" for r in nprng.choice(ranks, size=n - n // 2, p=tail_p)]
                text = own + tail
                rng.shuffle(text)
                chunks.append(Chunk(i, f"Filler › Part {i}", " ".join(text), {}))
            docs.append(chunks)
        for chunks in docs:
            vectors = nprng.standard_normal((len(chunks), 384)).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            prepared = Prepared(
                f"filler/{uuid.uuid4().hex}.txt", b"", uuid.uuid4().hex, "txt", None, chunks, {}, "added"
            )
            kb.write(kb_id, TENANT, prepared, vectors)
            have += len(chunks)


async def latency(g: Grounding, name: str, queries: list[str], repeats: int, mode: str) -> dict[str, float]:
    await search(g.kb, TENANT, [name], queries[0])  # loads the vector matrix once
    times = []
    for _ in range(repeats):
        for q in queries:
            t0 = time.perf_counter()
            await search(g.kb, TENANT, [name], q, top_k=5, mode=mode)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50": statistics.median(times), "p99": times[int(0.99 * (len(times) - 1))], "n": len(times)}


def postgres_database(base: str) -> tuple[str, Any]:
    import sqlalchemy as sa

    base = base.replace("postgresql://", "postgresql+psycopg://", 1)
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"keel_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return base.rsplit("/", 1)[0] + f"/{name}", drop


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=10, help="handbook copies ingested for the throughput figure")
    ap.add_argument("--sizes", default="10000,100000", help="knowledge base sizes (chunks) for the latency figures")
    ap.add_argument("--repeats", type=int, default=4, help="passes over the 60 queries per latency figure")
    ap.add_argument(
        "--postgres", default=os.environ.get("KEEL_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
    )
    ap.add_argument("--skip-latency", action="store_true")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="keel-bench-retrieval-"))
    for where in ("memory", "database"):
        g = grounding(f"sqlite:///{tmp}/quality-{where}.db", where)
        print(f"\n== BM25 {'in memory (the default)' if where == 'memory' else 'in the database (SQLite FTS5)'}")
        print_quality(await quality(g))

    t = ingest_throughput(grounding(f"sqlite:///{tmp}/ingest.db"), args.copies)
    print(
        f"\nIngest (SQLite, {os.cpu_count()} cores): {t['documents']} documents, {t['chunks']} chunks in "
        f"{t['seconds']:.1f} s = {t['rate']:.0f} chunks/s"
    )
    if args.skip_latency:
        return

    rows = [json.loads(line) for line in QA.read_text().splitlines() if line.strip()]
    queries = [r["question"] for r in rows]
    qg = grounding(f"sqlite:///{tmp}/ingest.db")
    q = query_embedding(qg, queries, args.repeats)
    if qg.embedder._onnx is None:  # onnxruntime missing, switched off, or its graph disagreed
        print("(no ONNX Runtime path here: both figures, and `hybrid pt`, are PyTorch's)")
    print(f"Query embedding p50: ONNX Runtime {q['onnx']:.1f} ms, PyTorch {q['torch']:.1f} ms (same queries, in turn)")
    sizes = [int(s) for s in args.sizes.split(",")]
    backends: list[tuple[str, str, Any]] = [("SQLite", f"sqlite:///{tmp}/latency.db", None)]
    try:
        url, drop = postgres_database(args.postgres)
        backends.append(("PostgreSQL", url, drop))
    except Exception as exc:  # no server: say so, measure SQLite only
        print(f"(PostgreSQL not reachable at {args.postgres}: {str(exc).splitlines()[0]})")
    results: dict[tuple[str, int, str], dict[str, float]] = {}
    for label, url, drop in backends:
        try:
            lg = grounding(url)
            lg.kb.create(TENANT, "latency")
            lg.kb.ingest_paths(TENANT, "latency", [HANDBOOK])
            kb_id = lg.kb.revisions(TENANT, ["latency"])[0][0]
            topics = [r["text"] for r in lg.kb.chunks(lg.kb.vectors.get(kb_id, -1).ids.tolist()).values()]
            rng = random.Random(7)
            for size in sizes:
                t0 = time.perf_counter()
                pad(lg, "latency", size, topics, rng)
                print(f"  {label}: padded to {size} chunks in {time.perf_counter() - t0:.0f} s", flush=True)
                use_bm25(lg, "memory")
                t0 = time.perf_counter()
                await search(lg.kb, TENANT, ["latency"], queries[0], mode="bm25")
                print(f"  {label}: BM25 index of {size} chunks built in {time.perf_counter() - t0:.2f} s", flush=True)
                for mode in ("hybrid", "vector", "bm25"):
                    use_bm25(lg, "memory")
                    results[(label, size, mode)] = await latency(lg, "latency", queries, args.repeats, mode)
                    if mode == "hybrid":  # the same searches with the query embedded by PyTorch
                        lg.embedder.use_onnx = False
                        results[(label, size, "hybrid pt")] = await latency(lg, "latency", queries, args.repeats, mode)
                        lg.embedder.use_onnx = True
                    if mode != "vector":
                        use_bm25(lg, "database")
                        results[(label, size, mode + " db")] = await latency(lg, "latency", queries, args.repeats, mode)
            lg.engine.dispose()
        finally:
            if drop is not None:
                drop()
    print(f"\nSearch latency (query embedding, BM25, vectors, fusion, fetch), {len(queries)} queries x {args.repeats}")
    print("(mode `db`: BM25 ranked by the database, FTS5 / PostgreSQL full text; else in memory, the default;")
    print(" `pt`: the query embedded by PyTorch instead of ONNX Runtime, measured in the same run)")
    print(f"{'chunks':>8} {'mode':>10}" + "".join(f"{b[0] + ' p50':>17}{b[0] + ' p99':>17}" for b in backends))
    for size in sizes:
        for mode in ("hybrid", "hybrid pt", "hybrid db", "vector", "bm25", "bm25 db"):
            cells = "".join(
                f"{results[(b[0], size, mode)]['p50']:>14.1f} ms{results[(b[0], size, mode)]['p99']:>14.1f} ms"
                for b in backends
            )
            print(f"{size:>8} {mode:>10}{cells}")


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    asyncio.run(main())
