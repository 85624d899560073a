"""Tables of the grounding package: knowledge bases, their documents and chunks, conversation
sessions and their turns, the entity catalogue. Every row carries its tenant; every query filters
on it. Schema changes go through Alembic migrations (0007 created these)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from keel.store.tables import Base


class KnowledgeBase(Base):
    __tablename__ = "kb_bases"
    __table_args__ = (UniqueConstraint("tenant", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(200), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    embedding_model: Mapped[str] = mapped_column(String(300))
    dim: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revision: Mapped[int] = mapped_column(Integer, default=0)  # bumped by every change of its chunks


class KbDocument(Base):
    """One ingested file: PATH relative to what was ingested, its content hash (re-ingesting the
    same content is a no-op; changed content replaces its chunks)."""

    __tablename__ = "kb_documents"
    __table_args__ = (UniqueConstraint("kb_id", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kb_id: Mapped[int] = mapped_column(Integer, index=True)
    tenant: Mapped[str] = mapped_column(String(200), index=True)
    path: Mapped[str] = mapped_column(String(1000))
    sha256: Mapped[str] = mapped_column(String(64))
    bytes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # txt | md | html | pdf | jsonl
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    metadata_: Mapped[dict] = mapped_column("metadata", JSON)
    chunks: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class KbChunk(Base):
    """A passage: its text, the heading path above it, metadata (the document's and its own) and its
    embedding (float32, unit length). SQLite indexes the text in the contentless FTS5 table kb_chunks_fts
    (kept by triggers); PostgreSQL in the generated tsvector column `tsv` (GIN)."""

    __tablename__ = "kb_chunks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kb_id: Mapped[int] = mapped_column(Integer, index=True)
    document_id: Mapped[int] = mapped_column(Integer, index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str] = mapped_column(Text)  # "Title › Section › Subsection"
    text: Mapped[str] = mapped_column(Text)
    metadata_: Mapped[dict] = mapped_column("metadata", JSON)
    embedding: Mapped[bytes] = mapped_column(LargeBinary)


class ChatSession(Base):
    """A conversation: owned by a tenant and the key that opened it. `summary` folds the turns up
    to `summary_upto` (ordinal, exclusive) that no longer fit the memory budget."""

    __tablename__ = "sessions"
    __table_args__ = (UniqueConstraint("tenant", "session_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(200), index=True)
    session_id: Mapped[str] = mapped_column(String(200))
    principal: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    summary: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    summary_upto: Mapped[int] = mapped_column(Integer, default=0)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    turns: Mapped[int] = mapped_column(Integer, default=0)


class SessionTurn(Base):
    """One message of a session; `content` is UTF-8, or a Fernet token when `encrypted`."""

    __tablename__ = "session_turns"
    __table_args__ = (UniqueConstraint("session_pk", "ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_pk: Mapped[int] = mapped_column(Integer, index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(32))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    tokens: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    trace_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class Entity(Base):
    """An entry of a tenant's entity catalogue (`keel kb entities import`)."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("tenant", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(200), index=True)
    entity_id: Mapped[str] = mapped_column(String(300))
    name: Mapped[str] = mapped_column(String(500))
    aliases: Mapped[list] = mapped_column(JSON)
    type: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text)
    embedding: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
