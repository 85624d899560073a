"""The request-log writer's batching: one wake-up per batch, written after the interval or as soon
as a batch is full (the rest of its behaviour is in tests/store/test_request_log.py)."""

from __future__ import annotations

import threading
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


class ManualInterval(threading.Event):
    """The writer's wake-up event with the batching interval under the test's control: a wait with a
    timeout (the interval) never times out by itself; it ends when the event is set, by a full
    batch, close(), or the test's `end_interval()`. Records each interval the writer started."""

    def __init__(self) -> None:
        super().__init__()
        self.intervals: list[float] = []
        self.in_interval = threading.Event()

    def wait(self, timeout: float | None = None) -> bool:
        if timeout is None:
            return super().wait()
        self.intervals.append(timeout)
        self.in_interval.set()
        return super().wait()

    def end_interval(self) -> None:
        self.set()


def test_rows_wait_for_the_interval_then_go_in_one_batch(engine: Engine) -> None:
    writes: list[int] = []
    w = RequestLogWriter(engine, batch_size=100, flush_interval_s=0.5)
    write = w._write
    w._write = lambda batch: (writes.append(len(batch)), write(batch))  # type: ignore[method-assign]
    w._wake = interval = ManualInterval()
    w.start()
    try:
        for i in range(5):
            w.record(make_row(i))
        assert interval.in_interval.wait(timeout=10)  # the first row woke the writer; it gives the batch its interval
        assert interval.intervals == [0.5]
        assert count(engine) == 0 and writes == []  # still collecting
        interval.end_interval()
        assert w.flush(timeout=5)
        assert count(engine) == 5 and writes == [5]
    finally:
        w.close()


def test_a_full_batch_is_written_without_waiting_for_the_interval(engine: Engine) -> None:
    w = RequestLogWriter(engine, batch_size=10, flush_interval_s=60)
    w._wake = ManualInterval()  # the 60 s never run out: rows written before close() went as full batches
    w.start()
    try:
        for i in range(25):
            w.record(make_row(i))
        deadline = time.monotonic() + 10
        while count(engine) < 20:
            assert time.monotonic() < deadline, "the full batches were not written"
            time.sleep(0.01)
    finally:
        w.close()
    assert count(engine) == 25  # close() writes the rest
