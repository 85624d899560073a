"""What rows become in the JSON APIs: Unix timestamps and OpenAI-style list pages, one way for
files, fine-tuning jobs, sessions and entities."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def now() -> datetime:
    return datetime.now(UTC)


def utc(value: datetime) -> datetime:
    """VALUE as an aware UTC datetime: SQLite hands back naive datetimes, which were written as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def unix(value: datetime | None) -> int | None:
    """Unix seconds (of a naive datetime from SQLite too)."""
    return None if value is None else int(utc(value).timestamp())


def list_page(items: list[dict[str, Any]], limit: int) -> dict[str, Any]:
    """The first LIMIT of ITEMS as a list page; `has_more` when ITEMS holds more (a query may
    fetch LIMIT + 1 rows to know)."""
    page = items[:limit]
    return {
        "object": "list",
        "data": page,
        "has_more": len(items) > len(page),
        "first_id": page[0]["id"] if page else None,
        "last_id": page[-1]["id"] if page else None,
    }
