"""Migrations and the background request-log writer, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from keel.observability.request_log import RequestLogWriter
from keel.store.engine import make_engine, migrate
from keel.store.tables import RequestLog

COLUMNS = {c.name for c in RequestLog.__table__.columns}


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/sub/dir/keel.db"  # parent folders are created
    else:
        yield request.getfixturevalue("postgres_url")


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def migrated(engine: Engine) -> Engine:
    migrate(engine)
    return engine


@pytest.fixture
def writer(migrated: Engine) -> Iterator[RequestLogWriter]:
    w = RequestLogWriter(migrated, batch_size=7, flush_interval_s=0.02)
    w.start()
    try:
        yield w
    finally:
        w.close()


BASE_TIME = datetime(2025, 3, 4, 5, 6, 7, 890000, tzinfo=UTC)


def make_row(i: int, **overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "trace_id": f"trace-{i:04d}-{uuid.uuid4().hex[:8]}",
        "created_at": BASE_TIME + timedelta(seconds=i),
        "principal": f"key-{i % 3}",
        "tenant": "acme",
        "user": None if i % 2 else f"user-{i}",
        "route": "chat" if i % 2 else "completions",
        "model": "gemma-3-270m",
        "stream": bool(i % 2),
        "status": 200 if i % 5 else 400,
        "error": None if i % 5 else "context_length_exceeded",
        "prompt_tokens": 10 + i,
        "completion_tokens": 2 * i,
        "latency_ms": 12.5 + i,
        "ttft_ms": None if i % 4 == 0 else 3.25 + i,
        "stages": {"stages": [{"name": "generate", "ms": 1.5 * i}], "annotations": {"i": i}},
        "prompt_text": f"prompt {i} ünïcødé" if i % 3 == 0 else None,
        "response_text": f"answer {i}" if i % 3 == 0 else None,
    }
    row.update(overrides)
    assert set(row) == COLUMNS - {"id"}
    return row


def same_instant(stored: datetime, expected: datetime) -> bool:
    """Timestamps must keep the instant. SQLite gives naive datetimes back (the UTC wall clock)."""
    if stored.tzinfo is None:
        return stored == expected.astimezone(UTC).replace(tzinfo=None)
    return stored == expected


def assert_row_matches(stored: dict[str, Any], expected: dict[str, Any]) -> None:
    for key, value in expected.items():
        if key == "created_at":
            assert same_instant(stored[key], value), (stored[key], value)
        elif isinstance(value, float):
            assert stored[key] == pytest.approx(value), key
        else:
            assert stored[key] == value, key
    assert isinstance(stored["id"], int)


def all_rows(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(RequestLog.__table__).order_by(RequestLog.__table__.c.id)).all()
    return [dict(r._mapping) for r in rows]


# ---------------------------------------------------------------------------- migrations


def test_migrate_creates_request_log(engine: Engine) -> None:
    assert "request_log" not in sa.inspect(engine).get_table_names()
    migrate(engine)
    insp = sa.inspect(engine)
    assert "request_log" in insp.get_table_names()
    assert "alembic_version" in insp.get_table_names()
    cols = {c["name"]: c for c in insp.get_columns("request_log")}
    assert set(cols) == COLUMNS
    for nullable in ("user", "error", "ttft_ms", "prompt_text", "response_text"):
        assert cols[nullable]["nullable"], nullable
    for required in ("trace_id", "created_at", "principal", "model", "status", "stages"):
        assert not cols[required]["nullable"], required
    indexes = {ix["name"]: ix for ix in insp.get_indexes("request_log")}
    assert indexes["ix_request_log_trace_id"]["column_names"] == ["trace_id"]
    assert indexes["ix_request_log_trace_id"]["unique"]
    assert "ix_request_log_created_at" in indexes
    assert "ix_request_log_model" in indexes
    from alembic.script import ScriptDirectory

    from keel.store.engine import MIGRATIONS

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    with engine.connect() as conn:  # migrated to the head revision
        assert conn.execute(sa.text("select version_num from alembic_version")).scalar_one() == head == "0008"
    audit = {c["name"]: c for c in insp.get_columns("audit_events")}
    assert set(audit) == {
        "id",
        "created_at",
        "trace_id",
        "kind",
        "action",
        "principal",
        "tenant",
        "route",
        "model",
        "detail",
    }
    assert not any(c["nullable"] for name, c in audit.items() if name != "id")
    assert {"ix_audit_events_trace_id", "ix_audit_events_created_at"} <= {
        ix["name"] for ix in insp.get_indexes("audit_events")
    }


def test_migrate_twice_is_a_no_op(engine: Engine) -> None:
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(sa.insert(RequestLog), [make_row(1)])
    before = sa.inspect(engine).get_table_names()
    migrate(engine)
    assert sa.inspect(engine).get_table_names() == before
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(RequestLog)).scalar_one() == 1
        assert conn.execute(sa.text("select count(*) from alembic_version")).scalar_one() == 1


# ---------------------------------------------------------------------------- writer


def test_writer_records_and_flushes(writer: RequestLogWriter, migrated: Engine) -> None:
    rows = [make_row(i) for i in range(25)]  # more than one batch of 7
    for row in rows:
        writer.record(row)
    assert writer.flush(timeout=10) is True
    stored = all_rows(migrated)
    assert len(stored) == len(rows)
    by_trace = {r["trace_id"]: r for r in stored}
    assert set(by_trace) == {r["trace_id"] for r in rows}
    for row in rows:
        assert_row_matches(by_trace[row["trace_id"]], row)


def test_find(writer: RequestLogWriter) -> None:
    rows = [make_row(i) for i in range(5)]
    for row in rows:
        writer.record(row)
    assert writer.flush()
    found = writer.find(rows[3]["trace_id"])
    assert found is not None
    assert_row_matches(found, rows[3])
    assert found["stages"] == {"stages": [{"name": "generate", "ms": 4.5}], "annotations": {"i": 3}}
    assert writer.find("no-such-trace") is None


def test_flush_with_nothing_recorded(writer: RequestLogWriter) -> None:
    assert writer.flush(timeout=1) is True


def test_close_drains_the_queue(migrated: Engine) -> None:
    # a long interval and big batches: nothing would be written soon without close()
    w = RequestLogWriter(migrated, batch_size=1000, flush_interval_s=30)
    w.start()
    rows = [make_row(i) for i in range(40)]
    for row in rows:
        w.record(row)
    w.close(timeout=10)
    stored = all_rows(migrated)
    assert {r["trace_id"] for r in stored} == {r["trace_id"] for r in rows}
    # close twice is harmless
    w.close()


def test_record_from_many_threads(writer: RequestLogWriter, migrated: Engine) -> None:
    rows = [make_row(i) for i in range(80)]

    def send(chunk: list[dict[str, Any]]) -> None:
        for row in chunk:
            writer.record(row)

    threads = [threading.Thread(target=send, args=(rows[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert writer.flush(timeout=10)
    assert len(all_rows(migrated)) == 80


def test_record_never_blocks_and_drops_when_full(migrated: Engine) -> None:
    drops: list[int] = []
    w = RequestLogWriter(migrated, queue_size=1, flush_interval_s=0.02, on_drop=lambda: drops.append(1))
    first, second, third = make_row(1), make_row(2), make_row(3)
    w.record(first)  # not started: stays queued
    # nothing drains the queue, so a record() that waited for room would never return
    sender = threading.Thread(target=lambda: (w.record(second), w.record(third)), daemon=True)
    sender.start()
    sender.join(timeout=10)
    assert not sender.is_alive(), "record() blocked on a full queue"
    assert drops == [1, 1]
    assert w.flush(timeout=0.2) is False  # nobody writes yet
    w.start()
    try:
        assert w.flush(timeout=10) is True
    finally:
        w.close()
    stored = all_rows(migrated)
    assert [r["trace_id"] for r in stored] == [first["trace_id"]]


def test_drop_without_callback_does_not_raise(migrated: Engine) -> None:
    w = RequestLogWriter(migrated, queue_size=1)
    first = make_row(1)
    w.record(first)
    w.record(make_row(2))  # dropped silently
    w.start()
    try:
        assert w.flush(timeout=10)
    finally:
        w.close()
    assert [r["trace_id"] for r in all_rows(migrated)] == [first["trace_id"]]


def test_broken_database_does_not_raise(tmp_path: Path) -> None:
    # a PostgreSQL server that is not there
    eng = make_engine("postgresql://nobody@127.0.0.1:1/nowhere?connect_timeout=2")
    w = RequestLogWriter(eng, flush_interval_s=0.02)
    w.start()
    try:
        for i in range(3):
            w.record(make_row(i))
        assert w.flush(timeout=20) is True
        w.record(make_row(10))
        assert w.flush(timeout=20) is True
    finally:
        w.close()
        eng.dispose()


def test_missing_table_does_not_raise(tmp_path: Path) -> None:
    # a database that was never migrated: every insert fails
    eng = make_engine(f"sqlite:///{tmp_path}/unmigrated.db")
    w = RequestLogWriter(eng, flush_interval_s=0.02)
    w.start()
    try:
        w.record(make_row(1))
        assert w.flush(timeout=10) is True
    finally:
        w.close()
    assert "request_log" not in sa.inspect(eng).get_table_names()
    eng.dispose()


def test_bad_row_does_not_stop_the_writer(writer: RequestLogWriter, migrated: Engine) -> None:
    good = make_row(1)
    writer.record(make_row(2, trace_id=good["trace_id"]))
    assert writer.flush()
    writer.record(good)  # duplicate trace_id: the batch fails, the writer carries on
    assert writer.flush()
    later = make_row(3)
    writer.record(later)
    assert writer.flush()
    assert writer.find(later["trace_id"]) is not None
    assert len(all_rows(migrated)) == 2
