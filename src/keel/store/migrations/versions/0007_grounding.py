"""grounding: knowledge bases (documents, chunks, full-text index), sessions and turns, entities

SQLite indexes chunk text in the contentless FTS5 table kb_chunks_fts (kept by triggers);
PostgreSQL in a generated tsvector column with a GIN index, and, where the server offers the
`vector` extension (pgvector), an `embedding_v vector(384)` column with an HNSW index.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "kb_bases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tenant", sa.String(200), nullable=False, index=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text, nullable=True),
        sa.Column("embedding_model", sa.String(300), nullable=False),
        sa.Column("dim", sa.Integer, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("tenant", "name"),
        sqlite_autoincrement=True,  # ids never reused: a deleted row's id never names a new one
    )
    op.create_table(
        "kb_documents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kb_id", sa.Integer, nullable=False, index=True),
        sa.Column("tenant", sa.String(200), nullable=False, index=True),
        sa.Column("path", sa.String(1000), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("bytes", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("metadata", sa.JSON, nullable=False),
        sa.Column("chunks", sa.Integer, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.UniqueConstraint("kb_id", "path"),
        sqlite_autoincrement=True,  # ids never reused: a deleted row's id never names a new one
    )
    op.create_table(
        "kb_chunks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kb_id", sa.Integer, nullable=False, index=True),
        sa.Column("document_id", sa.Integer, nullable=False, index=True),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("heading", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("metadata", sa.JSON, nullable=False),
        sa.Column("embedding", sa.LargeBinary, nullable=False),
        sqlite_autoincrement=True,  # ids never reused: a deleted row's id never names a new one
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # contentless: the text lives in kb_chunks; the `kb` column holds the token "kb<ID>", so a
        # search of some knowledge bases intersects posting lists instead of filtering every match
        op.execute(
            "CREATE VIRTUAL TABLE kb_chunks_fts USING fts5(kb, heading, text, content='', tokenize='porter unicode61')"
        )
        op.execute(
            "CREATE TRIGGER kb_chunks_ai AFTER INSERT ON kb_chunks BEGIN "
            "INSERT INTO kb_chunks_fts(rowid, kb, heading, text) "
            "VALUES (new.id, 'kb' || new.kb_id, new.heading, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER kb_chunks_ad AFTER DELETE ON kb_chunks BEGIN "
            "INSERT INTO kb_chunks_fts(kb_chunks_fts, rowid, kb, heading, text) "
            "VALUES ('delete', old.id, 'kb' || old.kb_id, old.heading, old.text); END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE kb_chunks ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(setweight(to_tsvector('english', heading), 'B') || setweight(to_tsvector('english', text), 'A')) STORED"
        )
        op.execute("CREATE INDEX ix_kb_chunks_tsv ON kb_chunks USING gin (tsv)")
        if _pgvector(bind):  # pgvector: the vector search runs in the database (keel.grounding.index)
            op.execute("ALTER TABLE kb_chunks ADD COLUMN embedding_v vector(384)")
            op.execute("CREATE INDEX ix_kb_chunks_embedding_v ON kb_chunks USING hnsw (embedding_v vector_ip_ops)")

    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tenant", sa.String(200), nullable=False, index=True),
        sa.Column("session_id", sa.String(200), nullable=False),
        sa.Column("principal", sa.String(200), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False, index=True),
        sa.Column("summary", sa.LargeBinary, nullable=True),
        sa.Column("summary_upto", sa.Integer, nullable=False, server_default="0"),
        sa.Column("encrypted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("turns", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("tenant", "session_id"),
        sqlite_autoincrement=True,  # ids never reused: a deleted row's id never names a new one
    )
    op.create_table(
        "session_turns",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("session_pk", sa.Integer, nullable=False, index=True),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("encrypted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("tokens", sa.Integer, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("trace_id", sa.String(64), nullable=True),
        sa.UniqueConstraint("session_pk", "ordinal"),
        sqlite_autoincrement=True,  # ids never reused: a deleted row's id never names a new one
    )
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tenant", sa.String(200), nullable=False, index=True),
        sa.Column("entity_id", sa.String(300), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("embedding", sa.LargeBinary, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.UniqueConstraint("tenant", "entity_id"),
        sqlite_autoincrement=True,  # ids never reused: a deleted row's id never names a new one
    )


def _pgvector(bind: sa.Connection) -> bool:
    """Use pgvector when the database has the extension, or it is available (0.5 or newer, for
    HNSW) and this role may create it; otherwise vectors are scored with NumPy. A failure to
    create it leaves the migration as it was (a savepoint), never failed."""
    if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'vector'")).first():
        return True
    row = bind.execute(sa.text("SELECT default_version FROM pg_available_extensions WHERE name = 'vector'")).first()
    if row is None or tuple(int(x) for x in str(row[0]).split(".")[:2] if x.isdigit()) < (0, 5):
        return False
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS vector"))
    except sa.exc.DBAPIError:  # not allowed to (not a superuser, no CREATE on the database)
        return False
    return True


def downgrade() -> None:
    for table in ("entities", "session_turns", "sessions"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS kb_chunks_fts")
    for table in ("kb_chunks", "kb_documents", "kb_bases"):
        op.drop_table(table)
