"""Knowledge bases: create, ingest (idempotent by content hash), list, delete — and search.

A knowledge base belongs to one tenant; every query is scoped by the tenant first, so a tenant
can neither name nor retrieve another's. Ingesting reads each file (keel.grounding.documents),
chunks it along its structure (keel.grounding.chunking), embeds the chunks with the shared
sentence embedder and writes them in one transaction per document: re-ingesting the same bytes
changes nothing, changed bytes replace that document's chunks. Search is hybrid (keel.grounding.
search): BM25 and vectors fused by reciprocal rank.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from keel.config.grounding import GroundingSettings
from keel.errors import Conflict, InvalidRequest, NotFound
from keel.grounding.chunking import chunk_blocks
from keel.grounding.documents import parse
from keel.grounding.index import Vectors, has_pgvector, pgvector_literal, text_index
from keel.grounding.ingest import IngestReport, Prepared, check_path, readable_files
from keel.store.rows import now, unix
from keel.store.tables_grounding import KbChunk, KbDocument, KnowledgeBase

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
KB, DOC, CHUNK = KnowledgeBase.__table__, KbDocument.__table__, KbChunk.__table__
# chunks embedded together during an ingest: the embedder sorts a call's texts by length, so the more
# it sees at once the less its batches pad (1,024 at a time against 256: 237-250 against 203-214
# chunks/s on 2 cores, measured side by side; 4,096: 248-251);
# progress is reported after each group
EMBED_GROUP = 1024


class KnowledgeBases:
    def __init__(self, engine: sa.Engine, settings: GroundingSettings, embedder: Any) -> None:
        self.engine = engine
        self.settings = settings
        self.embedder = embedder
        self.text = text_index(engine, settings.search.bm25)
        self.vectors = Vectors(engine)
        self._pgvector: bool | None = None

    @property
    def pgvector(self) -> bool:
        if self._pgvector is None:
            self._pgvector = has_pgvector(self.engine)
        return self._pgvector

    # ------------------------------------------------------------------------------ management

    def create(self, tenant: str, name: str, description: str | None = None) -> dict[str, Any]:
        if not isinstance(name, str) or not NAME.match(name):
            raise InvalidRequest(
                f"{name!r} is not a valid knowledge base name: letters, digits, '.', '_' and '-', "
                "starting with a letter or digit, at most 100 characters",
                param="name",
            )
        at = now()
        exists = Conflict(f"A knowledge base named {name!r} already exists", code="kb_exists")
        try:
            self._insert(tenant, name, description, at, exists)
        except IntegrityError:  # created concurrently
            raise exists from None
        return self.get(tenant, name)

    def _insert(self, tenant: str, name: str, description: str | None, now: datetime, exists: Conflict) -> None:
        with self.engine.begin() as conn:
            if conn.execute(sa.select(KB.c.id).where(KB.c.tenant == tenant, KB.c.name == name)).first():
                raise exists
            conn.execute(
                KB.insert().values(
                    tenant=tenant,
                    name=name,
                    description=description,
                    embedding_model=self.settings.embedding_model,
                    dim=0,
                    created_at=now,
                    updated_at=now,
                    revision=0,
                )
            )

    def _row(self, conn: sa.Connection, tenant: str, name: str) -> Any:
        row = conn.execute(sa.select(KB).where(KB.c.tenant == tenant, KB.c.name == name)).first()
        if row is None:
            raise NotFound(f"No knowledge base named {name!r}", code="kb_not_found", param="knowledge")
        return row

    def _describe(self, conn: sa.Connection, row: Any) -> dict[str, Any]:
        docs, chunks = conn.execute(
            sa.select(sa.func.count(DOC.c.id), sa.func.coalesce(sa.func.sum(DOC.c.chunks), 0)).where(
                DOC.c.kb_id == row.id
            )
        ).one()
        return {
            "object": "kb",
            "name": row.name,
            "description": row.description,
            "embedding_model": row.embedding_model,
            "documents": int(docs),
            "chunks": int(chunks),
            "revision": row.revision,
            "created_at": unix(row.created_at),
            "updated_at": unix(row.updated_at),
        }

    def get(self, tenant: str, name: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return self._describe(conn, self._row(conn, tenant, name))

    def list(self, tenant: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(KB).where(KB.c.tenant == tenant).order_by(KB.c.name)).all()
            return {"object": "list", "data": [self._describe(conn, r) for r in rows]}

    def documents(self, tenant: str, name: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            kb = self._row(conn, tenant, name)
            rows = conn.execute(sa.select(DOC).where(DOC.c.kb_id == kb.id).order_by(DOC.c.path)).all()
        data = [
            {
                "object": "kb.document",
                "document": r.path,
                "kind": r.kind,
                "title": r.title,
                "bytes": r.bytes,
                "sha256": r.sha256,
                "chunks": r.chunks,
                "metadata": r.metadata,
                "updated_at": unix(r.updated_at),
            }
            for r in rows
        ]
        return {"object": "list", "data": data}

    def delete(self, tenant: str, name: str) -> dict[str, Any]:
        with self.engine.begin() as conn:
            kb = self._row(conn, tenant, name)
            # the knowledge base's row first: an ingest writing into it holds that row (see
            # `write`), so its documents are either committed before these deletes see them, or
            # the ingest finds the knowledge base gone and writes nothing
            conn.execute(KB.delete().where(KB.c.id == kb.id))
            conn.execute(CHUNK.delete().where(CHUNK.c.kb_id == kb.id))
            conn.execute(DOC.delete().where(DOC.c.kb_id == kb.id))
        self.vectors.drop(kb.id)
        self.text.drop(kb.id)
        return {"object": "kb.deleted", "name": name, "deleted": True}

    def delete_document(self, tenant: str, name: str, path: str) -> dict[str, Any]:
        with self.engine.begin() as conn:
            kb = self._row(conn, tenant, name)
            doc = conn.execute(sa.select(DOC.c.id).where(DOC.c.kb_id == kb.id, DOC.c.path == path)).first()
            if doc is None:
                raise NotFound(f"No document {path!r} in knowledge base {name!r}", param="document")
            conn.execute(CHUNK.delete().where(CHUNK.c.document_id == doc.id))
            conn.execute(DOC.delete().where(DOC.c.id == doc.id))
            self._bump(conn, kb.id)
        return {"object": "kb.document.deleted", "document": path, "deleted": True}

    def _bump(self, conn: sa.Connection, kb_id: int) -> None:
        conn.execute(KB.update().where(KB.c.id == kb_id).values(revision=KB.c.revision + 1, updated_at=now()))

    def revisions(self, tenant: str, names: list[str], missing_ok: bool = False) -> list[tuple[int, str, int]]:
        """(id, name, revision) of each named knowledge base of TENANT; NotFound names the first
        missing (MISSING_OK: those are left out)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(KB.c.id, KB.c.name, KB.c.revision, KB.c.embedding_model).where(
                    KB.c.tenant == tenant, KB.c.name.in_(names)
                )
            ).all()
        found = {r.name: r for r in rows}
        if missing_ok:
            names = [n for n in names if n in found]
        for n in names:
            if n not in found:
                raise NotFound(f"No knowledge base named {n!r}", code="kb_not_found", param="knowledge")
            if found[n].embedding_model != self.settings.embedding_model:
                raise InvalidRequest(
                    f"Knowledge base {n!r} was embedded with {found[n].embedding_model!r}, but "
                    f"grounding.embedding_model is {self.settings.embedding_model!r}: re-create and re-ingest it",
                    param="knowledge",
                )
        return [(found[n].id, n, found[n].revision) for n in names]

    # ------------------------------------------------------------------------------ ingest

    def prepare(self, kb_id: int, path: str, content: bytes, metadata: dict[str, Any] | None = None) -> Prepared | None:
        """PATH's chunks, or None when the knowledge base already holds exactly these bytes there."""
        check_path(path)
        sha = hashlib.sha256(content).hexdigest()
        meta = dict(metadata or {})
        with self.engine.connect() as conn:
            old = conn.execute(
                sa.select(DOC.c.sha256, DOC.c.metadata).where(DOC.c.kb_id == kb_id, DOC.c.path == path)
            ).first()
        if old is not None and old.sha256 == sha and (old.metadata or {}) == meta:
            return None  # the same bytes with the same metadata: nothing to do
        parsed = parse(path, content)
        c = self.settings.chunk
        chunks = chunk_blocks(parsed.blocks, c.max_words, c.overlap_words)
        return Prepared(path, content, sha, parsed.kind, parsed.title, chunks, meta, "updated" if old else "added")

    def write(self, kb_id: int, tenant: str, doc: Prepared, vectors: np.ndarray) -> None:
        """One document's chunks in one transaction (its old chunks go in the same one). The
        knowledge base's row is updated first, which holds it against a concurrent delete; a
        knowledge base deleted meanwhile is NotFound and nothing is written."""
        try:
            self._write(kb_id, tenant, doc, vectors)
        except IntegrityError:  # the same new path, written by a concurrent ingest: now an update
            self._write(kb_id, tenant, doc, vectors)

    def _write(self, kb_id: int, tenant: str, doc: Prepared, vectors: np.ndarray) -> None:
        at = now()
        base_meta = {"kind": doc.kind, **({"title": doc.title} if doc.title else {}), **doc.metadata}
        with self.engine.begin() as conn:
            dim = int(vectors.shape[1]) if len(vectors) else KB.c.dim
            touched = conn.execute(
                KB.update()
                .where(KB.c.id == kb_id, KB.c.tenant == tenant)
                .values(revision=KB.c.revision + 1, updated_at=at, dim=dim)
            )
            if touched.rowcount != 1:
                raise NotFound("The knowledge base was deleted while documents were being written", code="kb_not_found")
            old = conn.execute(sa.select(DOC.c.id).where(DOC.c.kb_id == kb_id, DOC.c.path == doc.path)).first()
            values = dict(
                sha256=doc.sha256,
                bytes=len(doc.content),
                kind=doc.kind,
                title=doc.title,
                metadata=doc.metadata,
                chunks=len(doc.chunks),
                updated_at=at,
            )
            if old is None:
                doc_id = conn.execute(
                    DOC.insert().values(kb_id=kb_id, tenant=tenant, path=doc.path, created_at=at, **values)
                ).inserted_primary_key[0]
            else:
                doc_id = old.id
                conn.execute(CHUNK.delete().where(CHUNK.c.document_id == doc_id))
                conn.execute(DOC.update().where(DOC.c.id == doc_id).values(**values))
            if doc.chunks:
                rows = [
                    {
                        "kb_id": kb_id,
                        "document_id": doc_id,
                        "ordinal": ch.ordinal,
                        "heading": ch.heading,
                        "text": ch.text,
                        "metadata": {**base_meta, **ch.metadata},
                        "embedding": vectors[i].astype(np.float32).tobytes(),
                    }
                    for i, ch in enumerate(doc.chunks)
                ]
                conn.execute(CHUNK.insert(), rows)
                if self.pgvector:
                    conn.execute(
                        sa.text(
                            "UPDATE kb_chunks SET embedding_v = CAST(:v AS vector) "
                            "WHERE document_id = :d AND ordinal = :o"
                        ),
                        [
                            {"v": pgvector_literal(vectors[i]), "d": doc_id, "o": ch.ordinal}
                            for i, ch in enumerate(doc.chunks)
                        ],
                    )

    def ingest(
        self,
        tenant: str,
        name: str,
        documents: Iterable[tuple[str, bytes, dict[str, Any] | None]],
        progress: Callable[[str, str, int], None] | None = None,
    ) -> IngestReport:
        """Ingest (path, content, metadata) triples; PROGRESS(path, status, chunks) after each.
        Chunks of several documents are embedded together (the embedder's batches stay full).
        The report's seconds leave out loading the embedding model (once per process)."""
        started = time.perf_counter()
        loading = 0.0
        with self.engine.connect() as conn:
            kb = self._row(conn, tenant, name)
        report = IngestReport(name)
        pending: list[Prepared] = []

        def flush() -> None:
            nonlocal loading
            texts = [ch.embedding_text() for d in pending for ch in d.chunks]
            if texts and not self.embedder.loaded:
                t0 = time.perf_counter()
                self.embedder.load()
                loading += time.perf_counter() - t0
            vectors = self.embedder.encode(texts) if texts else np.zeros((0, 1), np.float32)
            at = 0
            for d in pending:
                self.write(kb.id, tenant, d, vectors[at : at + len(d.chunks)])
                at += len(d.chunks)
                report.chunks += len(d.chunks)
                (report.added if d.status == "added" else report.updated).append(d.path)
                report.documents.append({"document": d.path, "status": d.status, "chunks": len(d.chunks)})
                if progress:
                    progress(d.path, d.status, len(d.chunks))
            pending.clear()

        for path, content, metadata in documents:
            prepared = self.prepare(kb.id, path, content, metadata)
            if prepared is None:
                report.unchanged.append(path)
                report.documents.append({"document": path, "status": "unchanged", "chunks": 0})
                if progress:
                    progress(path, "unchanged", 0)
                continue
            pending.append(prepared)
            if sum(len(d.chunks) for d in pending) >= EMBED_GROUP:
                flush()
        flush()
        report.seconds = time.perf_counter() - started - loading
        return report

    def ingest_paths(
        self,
        tenant: str,
        name: str,
        paths: Iterable[str | Path],
        progress: Callable[[str, str, int], None] | None = None,
    ) -> IngestReport:
        """Files and folders from this machine: a folder's files by their path under it; files of a
        type knowledge bases do not read are skipped in a folder and refused when named."""
        readable, skipped = readable_files(paths)
        report = self.ingest(tenant, name, ((rel, f.read_bytes(), None) for f, rel in readable), progress)
        report.skipped = skipped
        return report

    # ------------------------------------------------------------------------------ reading chunks

    def chunks(self, ids: list[int], kb_ids: list[int] | None = None) -> dict[int, dict[str, Any]]:
        """The text, heading, ordinal and document path of chunks by id (of KB_IDS only, when given)."""
        if not ids:
            return {}
        c, d = CHUNK.c, DOC.c
        q = (
            sa.select(c.id, c.ordinal, c.heading, c.text, c.metadata, d.path, c.kb_id)
            .join(DOC, d.id == c.document_id)
            .where(c.id.in_(ids))
        )
        if kb_ids is not None:
            q = q.where(c.kb_id.in_(kb_ids))
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        return {
            r.id: {
                "document": r.path,
                "chunk": r.ordinal,
                "heading": r.heading,
                "text": r.text,
                "metadata": r.metadata,
                "kb_id": r.kb_id,
            }
            for r in rows
        }
