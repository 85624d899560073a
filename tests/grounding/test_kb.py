"""Knowledge bases on real databases with the real embedder: ingest every file type, idempotent
re-ingest, replacement of a changed file, hybrid search, filters, tenant isolation, the API."""

from __future__ import annotations

import pytest

from keel.config import Settings, StorageSettings
from keel.errors import Conflict, InvalidRequest, NotFound
from keel.grounding.search import fuse, mmr, search
from keel.security.principal import Principal
from keel.services import RegistryServices
from keel.store.engine import make_engine, migrate
from tests.grounding.fixtures import write_corpus

A = Principal("key-a", "tenant-a")
B = Principal("key-b", "tenant-b")


def _kbs(url: str, bm25: str = "memory"):
    from keel.grounding import Grounding

    engine = make_engine(url)
    migrate(engine)
    settings = Settings(grounding={"search": {"bm25": bm25}}).grounding
    return Grounding(engine, settings).kb


@pytest.fixture(params=["memory", "database"])
def kb(tmp_path, request):
    """Each test on BM25 in memory (the default) and in the database (SQLite's FTS5)."""
    return _kbs(f"sqlite:///{tmp_path}/kb.db", request.param)


async def _search(kb, tenant, query, **kw):
    return await search(kb, tenant, kw.pop("names", ["handbook"]), query, **kw)


def _ingest_and_search_checks(kb, root) -> None:
    kb.create("tenant-a", "handbook", "the company handbook")
    report = kb.ingest_paths("tenant-a", "handbook", [root])
    assert sorted(report.added) == [
        "faq.jsonl",
        "policies/expenses.pdf",
        "policies/leave.md",
        "rates.html",
        "safety.txt",
    ]
    assert report.skipped == ["logo.png"] and report.chunks >= 8
    assert kb.get("tenant-a", "handbook")["documents"] == 5
    docs = {d["document"]: d for d in kb.documents("tenant-a", "handbook")["data"]}
    assert docs["policies/expenses.pdf"]["kind"] == "pdf" and docs["faq.jsonl"]["chunks"] == 3

    again = kb.ingest_paths("tenant-a", "handbook", [root])
    assert again.added == [] and again.updated == [] and len(again.unchanged) == 5 and again.chunks == 0


async def test_ingest_every_type_and_reingest_is_idempotent(kb, tmp_path) -> None:
    root = write_corpus(tmp_path / "docs")
    _ingest_and_search_checks(kb, root)
    before = kb.get("tenant-a", "handbook")
    hits = await _search(kb, "tenant-a", "How many days of annual leave do staff in Berlin get?")
    assert hits[0].document == "policies/leave.md" and "28 days" in hits[0].text
    assert hits[0].heading == "Leave policy › Annual leave › Berlin"
    pdf = await _search(kb, "tenant-a", "hotel reimbursement limit per night")
    assert pdf[0].document == "policies/expenses.pdf" and pdf[0].metadata["page"] == 1
    assert kb.get("tenant-a", "handbook")["revision"] == before["revision"]  # searching changes nothing


async def test_a_changed_file_replaces_its_chunks(kb, tmp_path) -> None:
    root = write_corpus(tmp_path / "docs")
    kb.create("tenant-a", "handbook")
    kb.ingest_paths("tenant-a", "handbook", [root])
    safety = root / "safety.txt"
    safety.write_text(safety.read_text().replace("every 24 months", "every 18 months"))
    report = kb.ingest_paths("tenant-a", "handbook", [root])
    assert report.updated == ["safety.txt"] and len(report.unchanged) == 4
    hits = await _search(kb, "tenant-a", "how often is forklift certification renewed", top_k=10)
    texts = " ".join(h.text for h in hits)
    assert "18 months" in texts and "24 months" not in texts  # the old chunks are gone, from both indexes
    only_bm25 = await _search(kb, "tenant-a", "24 months", mode="bm25", top_k=20)
    assert all("24 months" not in h.text for h in only_bm25)


async def test_filters_and_modes(kb, tmp_path) -> None:
    kb.create("tenant-a", "handbook")
    kb.ingest_paths("tenant-a", "handbook", [write_corpus(tmp_path / "docs")])
    claims = await _search(kb, "tenant-a", "parcel", filters={"topic": "claims"}, top_k=10)
    assert claims and {h.document for h in claims} == {"faq.jsonl"}
    assert all(h.metadata["topic"] == "claims" for h in claims)
    policies = await _search(kb, "tenant-a", "leave days and hotel costs", filters={"document": "policies/*"}, top_k=20)
    assert policies and {h.document for h in policies} <= {"policies/leave.md", "policies/expenses.pdf"}
    kinds = await _search(kb, "tenant-a", "surcharge", filters={"kind": ["html", "txt"]}, top_k=20)
    assert {h.metadata["kind"] for h in kinds} <= {"html", "txt"} and kinds[0].document == "rates.html"
    bm25 = await _search(kb, "tenant-a", "Elterngeld", mode="bm25")
    assert bm25[0].document == "policies/leave.md" and set(bm25[0].ranks) == {"bm25"}
    vector = await _search(kb, "tenant-a", "what do I do when goods arrive broken", mode="vector")
    assert set(vector[0].ranks) == {"vector"}
    hybrid = await _search(kb, "tenant-a", "Elterngeld parental leave Berlin")
    assert hybrid[0].ranks.keys() == {"bm25", "vector"}
    with pytest.raises(InvalidRequest, match="mode"):
        await _search(kb, "tenant-a", "x", mode="fuzzy")
    with pytest.raises(InvalidRequest, match="filters"):
        await _search(kb, "tenant-a", "x", filters={"topic": {"$in": ["a"]}})


async def test_a_knowledge_base_deleted_while_ingesting_leaves_nothing_behind(kb, tmp_path) -> None:
    root = write_corpus(tmp_path / "docs")
    kb.create("tenant-a", "private")
    old_id = kb.revisions("tenant-a", ["private"])[0][0]

    def delete_after_first(path: str, status: str, chunks: int) -> None:
        if kb.get("tenant-a", "private")["documents"] == 1:
            kb.delete("tenant-a", "private")

    docs = [(p.name, p.read_bytes(), None) for p in sorted(root.rglob("*.md")) + sorted(root.rglob("*.txt"))]
    with pytest.raises(NotFound, match="deleted while documents were being written"):
        kb.ingest("tenant-a", "private", [docs[0], *docs[1:]], progress=delete_after_first)
    second = kb.create("tenant-b", "mine")  # a new knowledge base never inherits the old one's id or rows
    assert kb.revisions("tenant-b", ["mine"])[0][0] > old_id
    assert second["documents"] == 0 and second["chunks"] == 0
    assert kb.documents("tenant-b", "mine")["data"] == []
    kb.ingest("tenant-b", "mine", [("notes.md", b"# Notes\n\nNothing about leave here.\n", None)])
    hits = await _search(kb, "tenant-b", "annual leave days Berlin", names=["mine"], top_k=50)
    assert {h.document for h in hits} == {"notes.md"}


async def test_new_metadata_on_the_same_bytes_is_an_update(kb) -> None:
    kb.create("tenant-a", "handbook")
    doc = ("rates.txt", b"Saturday delivery costs EUR 9.\n", {"team": "hr"})
    assert kb.ingest("tenant-a", "handbook", [doc]).added == ["rates.txt"]
    assert kb.ingest("tenant-a", "handbook", [doc]).unchanged == ["rates.txt"]
    moved = kb.ingest("tenant-a", "handbook", [(doc[0], doc[1], {"team": "ops"})])
    assert moved.updated == ["rates.txt"]
    hits = await _search(kb, "tenant-a", "saturday delivery", filters={"team": "ops"})
    assert [h.document for h in hits] == ["rates.txt"]


def test_document_paths_are_checked(kb) -> None:
    kb.create("tenant-a", "handbook")
    for bad in ("../etc/passwd.txt", "/abs.txt", "a\x00b.txt", "x" * 1001 + ".txt", ""):
        with pytest.raises(InvalidRequest, match="not a valid document path"):
            kb.ingest("tenant-a", "handbook", [(bad, b"text", None)])
    # NUL bytes in a document's text are dropped (PostgreSQL refuses them in text columns)
    assert kb.ingest("tenant-a", "handbook", [("nul.txt", b"Forklift\x00 rules apply.", None)]).chunks == 1


def test_maximal_marginal_relevance_moves_near_duplicates_down() -> None:
    import numpy as np

    a = np.array([1.0, 0.0, 0.0], np.float32)
    b = np.array([0.0, 1.0, 0.0], np.float32)
    c = np.array([0.8, 0.6, 0.0], np.float32)  # the query: nearer to a than to b
    vectors = {1: a, 2: a, 3: b}  # 2 is 1 again (an overlapping chunk); 3 says something else
    fused = [(1, 1.0, {}), (2, 0.95, {}), (3, 0.8, {})]
    assert [f[0] for f in mmr(fused, vectors.get, c, 3, lam=0.5)] == [1, 3, 2]
    assert [f[0] for f in mmr(fused, vectors.get, c, 3, lam=1.0)] == [1, 2, 3]  # relevance only


async def test_mmr_rerank_through_search(kb, tmp_path) -> None:
    kb.create("tenant-a", "handbook")
    same = "Forklift drivers renew their certificate every 24 months at the depot."
    docs = [(f"copy{i}.txt", f"Forklifts\n\n{same}\n".encode(), None) for i in range(3)]
    docs.append(("other.txt", b"Forklifts\n\nForklift batteries are charged overnight in bay 3.\n", None))
    kb.ingest("tenant-a", "handbook", docs)
    plain = await _search(kb, "tenant-a", "forklift certificate renewal", top_k=2)
    assert {h.document for h in plain} <= {"copy0.txt", "copy1.txt", "copy2.txt"}  # two copies of one text
    diverse = await _search(kb, "tenant-a", "forklift certificate renewal", top_k=2, rerank="mmr")
    assert diverse[0].text == plain[0].text and diverse[1].document == "other.txt"
    with pytest.raises(InvalidRequest, match="rerank"):
        await _search(kb, "tenant-a", "x", rerank="cross")


def test_reciprocal_rank_fusion() -> None:
    fused = fuse({"bm25": [(1, 9.0), (2, 8.0), (3, 1.0)], "vector": [(3, 0.9), (1, 0.8), (4, 0.1)]}, "rrf", k=60)
    assert [i for i, _, _ in fused] == [1, 3, 2, 4]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    assert fused[0][2] == {"bm25": 1, "vector": 2}


def test_relative_score_fusion_weighs_how_clearly_a_retriever_separates() -> None:
    # BM25 barely separates its hits (9.0, 8.9, 8.8): its first hit gains little over the others;
    # the vectors clearly prefer 3 — relative fusion follows them, rank fusion would not
    bm25 = [(1, 9.0), (2, 8.9), (3, 8.8)]
    vector = [(3, 0.9), (1, 0.2), (2, 0.1)]
    relative = fuse({"bm25": bm25, "vector": vector}, "relative", alpha=0.75)
    assert [i for i, _, _ in relative] == [3, 1, 2]
    assert relative[0][1] == pytest.approx(0.75 * 1.0 + 0.25 * 0.0)
    assert relative[1][1] == pytest.approx(0.75 * (0.1 / 0.8) + 0.25 * 1.0)
    assert next(i for i, _, _ in fuse({"bm25": bm25, "vector": vector}, "rrf")) == 1
    only = fuse({"vector": vector}, "relative", alpha=0.75)  # one retriever: its own order, full weight
    assert [round(s, 3) for _, s, _ in only] == [1.0, 0.125, 0.0]


async def test_tenants_never_see_each_others_chunks(kb, tmp_path) -> None:
    kb.create("tenant-a", "handbook")
    kb.ingest_paths("tenant-a", "handbook", [write_corpus(tmp_path / "docs")])
    kb.create("tenant-b", "handbook")  # the same name in another tenant is another knowledge base
    kb.ingest("tenant-b", "handbook", [("notes.md", b"# Notes\n\nThe Berlin office has 28 desks.\n", None)])
    for mode in ("hybrid", "bm25", "vector"):
        hits = await _search(kb, "tenant-b", "annual leave days Berlin staff 28", mode=mode, top_k=50)
        assert {h.document for h in hits} == {"notes.md"}
    with pytest.raises(NotFound):
        await _search(kb, "tenant-c", "anything")
    assert [k["name"] for k in kb.list("tenant-c")["data"]] == []
    with pytest.raises(Conflict):
        kb.create("tenant-a", "handbook")
    with pytest.raises(InvalidRequest, match="not a valid knowledge base name"):
        kb.create("tenant-a", "../etc")


async def test_the_api_in_process(tmp_path) -> None:
    from keel.api import kb as api

    services = RegistryServices(Settings(storage=StorageSettings(url=f"sqlite:///{tmp_path}/k.db")))
    await services.start()
    try:

        async def call(principal, method, path, body=None):
            return await api.call(services, principal, "trace", method, path, body)

        await call(A, "POST", "/v1/kb", {"name": "handbook"})
        docs = [
            {"path": "leave.md", "content": "# Leave\n\n## Berlin\n\nBerlin staff get 28 days.\n"},
            {
                "path": "rates.txt",
                "content_base64": "U2F0dXJkYXkgZGVsaXZlcnkgY29zdHMgRVVSIDku",
                "metadata": {"team": "ops"},
            },
        ]
        out = await call(A, "POST", "/v1/kb/handbook/documents", {"documents": docs})
        assert sorted(out["added"]) == ["leave.md", "rates.txt"] and out["chunks"] == 2
        res = await call(A, "POST", "/v1/kb/handbook/search", {"query": "saturday delivery price", "top_k": 1})
        top = res["results"][0]
        assert set(top) >= {"document", "chunk", "score", "text", "metadata"}
        assert top["document"] == "rates.txt" and top["metadata"]["team"] == "ops"
        follow = await call(
            A,
            "POST",
            "/v1/kb/handbook/search",
            {"query": "and on saturdays?", "history": [{"role": "user", "content": "What does delivery cost?"}]},
        )
        assert follow["query"]["rewritten"] and "delivery" in follow["query"]["query"]
        with pytest.raises(NotFound):  # another tenant cannot even name it
            await call(B, "POST", "/v1/kb/handbook/search", {"query": "delivery"})
        with pytest.raises(InvalidRequest, match="top_k"):
            await call(A, "POST", "/v1/kb/handbook/search", {"query": "x", "top_k": 0})
        with pytest.raises(InvalidRequest, match="content_base64"):
            await call(
                A, "POST", "/v1/kb/handbook/documents", {"documents": [{"path": "a.txt", "content_base64": "%%"}]}
            )
        with pytest.raises(InvalidRequest, match="relative path"):
            await call(A, "POST", "/v1/kb/handbook/documents", {"documents": [{"path": "../x.txt", "content": "x"}]})
        await call(A, "DELETE", "/v1/kb/handbook/documents/rates.txt")
        assert (await call(A, "GET", "/v1/kb/handbook"))["documents"] == 1
        await call(A, "DELETE", "/v1/kb/handbook")
        assert (await call(A, "GET", "/v1/kb"))["data"] == []
    finally:
        await services.close()


@pytest.mark.parametrize("bm25", ["memory", "database"])
async def test_postgresql_backend(postgres_url, tmp_path, bm25) -> None:
    kb = _kbs(postgres_url, bm25)
    try:
        assert kb.text.name == {"memory": "memory-bm25", "database": "postgresql-fts"}[bm25]
        assert kb.pgvector is False  # no pgvector here: NumPy vectors
        root = write_corpus(tmp_path / "docs")
        _ingest_and_search_checks(kb, root)
        hits = await _search(kb, "tenant-a", "How many days of annual leave do staff in Berlin get?")
        assert hits[0].document == "policies/leave.md" and "28 days" in hits[0].text
        bm25 = await _search(kb, "tenant-a", "Elterngeld", mode="bm25")
        assert bm25[0].document == "policies/leave.md"
        kb.create("tenant-b", "handbook")
        kb.ingest("tenant-b", "handbook", [("notes.md", b"# Notes\n\nThe Berlin office has 28 desks.\n", None)])
        for mode in ("hybrid", "bm25", "vector"):
            found = await _search(kb, "tenant-b", "annual leave days Berlin staff", mode=mode, top_k=50)
            assert {h.document for h in found} == {"notes.md"}
        safety = root / "safety.txt"
        safety.write_text(safety.read_text().replace("24 months", "18 months"))
        assert kb.ingest_paths("tenant-a", "handbook", [root]).updated == ["safety.txt"]
        assert all("24 months" not in h.text for h in await _search(kb, "tenant-a", "24 months", mode="bm25", top_k=20))
    finally:
        kb.engine.dispose()


async def test_bm25_in_memory_ranks_as_sqlites_fts5_and_follows_the_base(tmp_path) -> None:
    """The in-memory index scores as the FTS5 table does (Porter stems, FTS5's bm25 weights): on
    the test corpus both give the same passages in the same order; an ingest moves the revision
    and the next search sees the new chunks; deleting the base drops its index."""
    from keel.grounding.bm25 import MemoryText
    from keel.grounding.index import text_index

    kb = _kbs(f"sqlite:///{tmp_path}/kb.db", "memory")
    assert isinstance(kb.text, MemoryText)
    fts = text_index(kb.engine, "database")
    root = write_corpus(tmp_path / "docs")
    kb.create("tenant-a", "handbook")
    kb.ingest_paths("tenant-a", "handbook", [root])
    bases = kb.revisions("tenant-a", ["handbook"])
    for q in ("annual leave days for staff in Berlin", "Elterngeld parental allowance", "safety inspections",
              "how are holidays carried over", "expenses receipts"):  # fmt: skip
        mine, theirs = kb.text.search(bases, q, 5), fts.search(bases, q, 5)
        assert [i for i, _ in mine] == [i for i, _ in theirs], q
        assert all(s > 0 for _, s in mine)
    assert kb.text.search(bases, "the of and", 5) == []  # stop words only: no query
    kb.ingest("tenant-a", "handbook", [("zeppelins.md", b"# Zeppelins\n\nThe airship hangar opens at dawn.\n", None)])
    moved = kb.revisions("tenant-a", ["handbook"])
    assert moved[0][2] > bases[0][2]
    assert [h.document for h in await _search(kb, "tenant-a", "airships hangar", mode="bm25")][:1] == ["zeppelins.md"]
    kb.delete("tenant-a", "handbook")
    assert bases[0][0] not in kb.text._indexes
    kb.engine.dispose()


def test_bm25_in_memory_folds_stems_and_counts_as_fts5_does(tmp_path) -> None:
    """The cases where a plain word index would part from FTS5's `porter unicode61` table: a word
    whose stem is a stop word's ("others" finds "other"), accents ("cafe" finds "Café"), and a
    query repeating a stem ("runs running" weighs "run" twice); scores equal FTS5's to 4 digits
    (one knowledge base in the database: the same statistics)."""
    from keel.grounding.index import text_index

    kb = _kbs(f"sqlite:///{tmp_path}/kb.db", "memory")
    fts = text_index(kb.engine, "database")
    kb.create("t", "handbook")
    docs = {
        "a.md": b"# Caf\xc3\xa9 rules\n\nThe other staff run the caf\xc3\xa9 in the morning.\n",
        "b.md": b"# Running\n\nRunners run and keep running; others rest.\n",
        "c.md": b"# Inspections\n\nSafety inspections happen every month at the depot.\n",
    }
    kb.ingest("t", "handbook", [(k, v, None) for k, v in docs.items()])
    bases = kb.revisions("t", ["handbook"])
    for q in ("others", "cafe", "runs running", "café rules", "inspections month", "depot staff"):
        mine, theirs = kb.text.search(bases, q, 5), fts.search(bases, q, 5)
        assert [i for i, _ in mine] == [i for i, _ in theirs], q
        assert [round(s, 4) for _, s in mine] == [round(s, 4) for _, s in theirs], q
        assert mine, q
    kb.engine.dispose()


def test_a_slow_index_build_holds_up_only_its_own_knowledge_base() -> None:
    import threading

    from keel.grounding.index import ByRevision

    started, release = threading.Event(), threading.Event()
    built: list[tuple[int, int]] = []

    class Item:
        def __init__(self, kb_id: int, revision: int) -> None:
            self.kb_id, self.revision = kb_id, revision

    def build(kb_id: int, revision: int) -> Item:
        built.append((kb_id, revision))
        if kb_id == 2:
            started.set()
            assert release.wait(10)
        return Item(kb_id, revision)

    cache: ByRevision[Item] = ByRevision(build)
    assert cache.get(1, 5).revision == 5
    slow = threading.Thread(target=cache.get, args=(2, 1))
    slow.start()
    assert started.wait(10)
    assert cache.get(1, 5).revision == 5  # answered while base 2 is still building
    assert cache.get(1, 4).revision == 5  # an older revision asked late: the newer item, no rebuild
    release.set()
    slow.join(10)
    assert cache.get(2, 1).revision == 1
    assert built == [(1, 5), (2, 1)]
    cache.drop(2)
    assert 2 not in cache and 1 in cache


@pytest.mark.parametrize(
    ("fp16_ms", "bf16_ms", "chosen"), [(7.7, 2.1, "bfloat16"), (6.0, 5.5, "float16"), (3.0, 6.0, "float16")]
)
def test_the_scan_type_is_the_faster_16_bit_type(fp16_ms: float, bf16_ms: float, chosen: str) -> None:
    """bfloat16 only when it multiplies clearly faster (by a fifth): float16 is the more precise."""
    import torch

    from keel.grounding.index import _faster_dtype

    # the clock moves only between a product's start and end: float16's five runs, then bfloat16's
    ticks = iter([t for ms in (fp16_ms, bf16_ms) for _ in range(5) for t in (0.0, ms / 1000)])
    assert _faster_dtype(lambda: next(ticks)) == getattr(torch, chosen)


@pytest.mark.parametrize("dtype", ["float16", "bfloat16"])
def test_the_vector_matrix_ranks_in_16_bits_and_scores_in_float32(dtype: str) -> None:
    """The matrix a search scans holds 16-bit floats (half the memory traffic); its best rows come
    back in the order of an exact float32 scan, their scores within the storage's rounding of it
    (float16 1e-4, bfloat16 4e-4); a mask drops rows."""
    import numpy as np
    import torch

    from keel.grounding.index import Matrix, _half, _scan_dtype

    assert _scan_dtype() in (torch.float16, torch.bfloat16)  # whichever this CPU scans faster
    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((5000, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = np.arange(100, 5100, dtype=np.int64)
    m = Matrix(
        1, ids, _half(vectors, getattr(torch, dtype)), ["d"] * 5000, [{}] * 5000, dict(zip(ids.tolist(), range(5000)))
    )
    assert str(m.vectors.dtype) == f"torch.{dtype}"
    tolerance = 1e-4 if dtype == "float16" else 4e-4
    for seed in range(5):
        q = vectors[seed * 7] * 0.6 + vectors[seed * 11 + 1] * 0.3 + rng.standard_normal(384) * 0.02
        q = (q / np.linalg.norm(q)).astype(np.float32)
        exact = vectors @ q
        want = np.argsort(-exact)[:10]
        got = m.top(q, 10)
        assert [i for i, _ in got] == [int(ids[w]) for w in want]
        assert np.allclose([s for _, s in got], exact[want], atol=tolerance)
    mask = np.zeros(5000, dtype=bool)
    mask[[3, 4000]] = True
    assert sorted(i for i, _ in m.top(vectors[3], 10, mask)) == [103, 4100]  # only the two kept
    assert np.allclose(m.vector(3), vectors[3], atol=1e-3)


async def test_the_query_is_embedded_while_the_bases_are_looked_up(tmp_path, monkeypatch) -> None:
    """The query's embedding does not wait for the look-up of the knowledge bases' revisions."""
    import threading

    kb = _kbs(f"sqlite:///{tmp_path}/kb.db")
    kb.create("tenant-a", "handbook")
    kb.ingest_paths("tenant-a", "handbook", [write_corpus(tmp_path / "docs")])
    embedding, waited = threading.Event(), []
    real_embed, real_revisions = kb.embedder.embed, kb.revisions

    async def embed(texts):
        embedding.set()
        return await real_embed(texts)

    def revisions(*args):  # on a worker thread: the embedding has begun meanwhile
        waited.append(embedding.wait(10))
        return real_revisions(*args)

    monkeypatch.setattr(kb.embedder, "embed", embed)
    monkeypatch.setattr(kb, "revisions", revisions)
    hits = await _search(kb, "tenant-a", "what do I do when goods arrive broken")
    assert waited == [True] and hits[0].ranks.keys() == {"bm25", "vector"}
    with pytest.raises(NotFound):
        await _search(kb, "tenant-a", "anything", names=["no-such-base"])
    assert await _search(kb, "tenant-a", "anything", names=["no-such-base"], missing_ok=True) == []
