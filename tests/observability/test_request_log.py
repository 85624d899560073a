"""The request-log writer's batching: one wake-up per batch, written after the interval or as soon
as a batch is full (the rest of its behaviour is in tests/store/test_request_log.py)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from keel.observability.request_log import RequestLogWriter
from keel.store.engine import make_engine, migrate
from keel.store.tables import RequestLog
from tests.store.test_request_log import make_row


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = make_engine(f"sqlite:///{tmp_path}/keel.db")
    migrate(eng)
    yield eng
    eng.dispose()


def count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(RequestLog)).scalar_one()


def test_rows_wait_for_the_interval_then_go_in_one_batch(engine: Engine) -> None:
    writes: list[int] = []
    w = RequestLogWriter(engine, batch_size=100, flush_interval_s=0.5)
    write = w._write
    w._write = lambda batch: (writes.append(len(batch)), write(batch))  # type: ignore[method-assign]
    w.start()
    try:
        for i in range(5):
            w.record(make_row(i))
        time.sleep(0.2)
        assert count(engine) == 0  # still collecting
        assert w.flush(timeout=5)
        assert count(engine) == 5 and writes == [5]
    finally:
        w.close()


def test_a_full_batch_is_written_without_waiting_for_the_interval(engine: Engine) -> None:
    w = RequestLogWriter(engine, batch_size=10, flush_interval_s=60)
    w.start()
    try:
        started = time.monotonic()
        for i in range(25):
            w.record(make_row(i))
        deadline = time.monotonic() + 5
        while count(engine) < 20 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert count(engine) >= 20 and time.monotonic() - started < 5
    finally:
        w.close()
    assert count(engine) == 25  # close() writes the rest
