"""Shared fixtures of the job system's tests: a migrated SQLite database of the test's own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from keel.store.engine import make_engine, migrate


@pytest.fixture
def db_url(tmp_path) -> str:
    """A SQLite URL in the test's folder (migrated by `jobs_engine`)."""
    return f"sqlite:///{tmp_path}/keel.db"


@pytest.fixture
def jobs_engine(db_url) -> Iterator[Engine]:
    """An engine on `db_url`, migrated to head, disposed after the test."""
    engine = make_engine(db_url)
    migrate(engine)
    yield engine
    engine.dispose()
