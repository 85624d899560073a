"""Cron expressions in a time zone: checking them, and their firing times as UTC instants.

Firing times. A schedule's expression matches local wall-clock times in its time zone
(croniter walks naive local times; this module maps them to instants, so DST is decided here,
not by croniter's own time-zone adjustments):
- a wall time that does not exist (the hour skipped when clocks go forward) fires at the same
  wall time shifted by the gap: `30 2 * * *` in Europe/Berlin fires at 03:30 CEST that day;
- a wall time that happens twice (the hour repeated when clocks go back) fires once, at its first
  occurrence, unless the expression fires every hour (hour field `*`), which keeps its rhythm in
  real time and fires in both passes (Vixie cron's fixed-time vs wildcard rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from keel.errors import InvalidRequest
from keel.store.rows import utc

MACROS = ("@hourly", "@daily", "@midnight", "@weekly", "@monthly", "@yearly", "@annually")
MARGIN = timedelta(hours=3)  # more than any UTC offset change in the tz database's future rules
RANDOM_FIELD = re.compile(r"(^|,)[hr](\(|/|,|$)")  # croniter's H and R: not the same on two schedulers


# ------------------------------------------------------------------------- cron expressions


def zone(name: str) -> ZoneInfo:
    """The IANA time zone NAME, or a clear error."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise InvalidRequest(
            f"unknown time zone {name!r}: use an IANA name such as UTC, Europe/Berlin or America/New_York",
            param="timezone",
            code="invalid_timezone",
        ) from None


def check_cron(expr: str) -> str:
    """EXPR normalised (single spaces), or a clear error: five fields (minute hour day-of-month
    month day-of-week) or a macro (@hourly, @daily, @weekly, @monthly, @yearly), that fires."""
    from croniter import CroniterBadDateError, croniter

    text = " ".join(str(expr).split())
    example = "e.g. '0 3 * * *' for 03:00 every day"
    if not text:
        raise InvalidRequest(f"the cron expression is empty ({example})", param="cron", code="invalid_cron")
    fields = text.split()
    if text.startswith("@") and text.lower() not in MACROS:
        raise InvalidRequest(
            f"unknown cron macro {text!r}: use {', '.join(MACROS)} or five fields ({example})",
            param="cron",
            code="invalid_cron",
        )
    if not text.startswith("@") and len(fields) != 5:
        raise InvalidRequest(
            f"cron expression {text!r} has {len(fields)} fields; a schedule takes five: "
            f"minute hour day-of-month month day-of-week ({example})",
            param="cron",
            code="invalid_cron",
        )
    if any(RANDOM_FIELD.search(f.lower()) for f in fields):
        raise InvalidRequest(
            f"cron expression {text!r}: hashed (H) and random (R) values are not supported; give the times",
            param="cron",
            code="invalid_cron",
        )
    try:
        croniter(text, datetime(2000, 1, 1)).get_next(datetime)
    except CroniterBadDateError:
        raise InvalidRequest(
            f"cron expression {text!r} never fires (no such date)", param="cron", code="invalid_cron"
        ) from None
    except (ValueError, TypeError, KeyError, IndexError) as exc:  # croniter's errors are ValueErrors
        raise InvalidRequest(
            f"invalid cron expression {text!r}: {exc} ({example})", param="cron", code="invalid_cron"
        ) from None
    return text


class CronTimes:
    """The firing times of a cron expression in a time zone, as UTC instants (see the module's
    DST rules)."""

    def __init__(self, cron: str, timezone: str = "UTC") -> None:
        from croniter import croniter

        self.cron = check_cron(cron)
        self.zone = zone(timezone)
        self.every_hour = croniter(self.cron, datetime(2000, 1, 1)).expanded[1] == ["*"]

    def _walk(self, start: datetime, forward: bool) -> Iterator[datetime]:
        """Naive local wall times matching the expression, after START (or at/before it)."""
        from croniter import croniter

        it = croniter(self.cron, start)
        while True:
            yield it.get_next(datetime) if forward else it.get_prev(datetime)

    def instants(self, wall: datetime) -> list[datetime]:
        """The UTC instants at which naive local time WALL fires (one, or two in a repeated hour)."""
        first = wall.replace(tzinfo=self.zone, fold=0).astimezone(UTC)
        second = wall.replace(tzinfo=self.zone, fold=1).astimezone(UTC)
        if first == second:
            return [first]
        exists = first.astimezone(self.zone).replace(tzinfo=None) == wall
        if not exists:  # skipped by a forward change: fold 0 reads it with the offset before it
            return [first]
        return [first, second] if self.every_hour else [first]

    def _steady(self, t: datetime) -> bool:
        """No UTC offset change within MARGIN of T."""
        return (t - MARGIN).astimezone(self.zone).utcoffset() == (t + MARGIN).astimezone(self.zone).utcoffset()

    def _local(self, t: datetime) -> datetime:
        return utc(t).astimezone(self.zone).replace(tzinfo=None)

    def next_after(self, t: datetime) -> datetime:
        """The first firing strictly after instant T."""
        t = utc(t)
        wall = self._local(t)
        found = self.instants(next(self._walk(wall, True)))
        if len(found) == 1 and self._steady(t) and self._steady(found[0]):
            return found[0]
        # near an offset change, wall-time order is not instant order: look around T
        best: datetime | None = None
        best_wall = wall
        for w in self._walk(wall - MARGIN, True):
            if best is not None and w - best_wall > MARGIN:
                return best
            for i in self.instants(w):
                if i > t and (best is None or i < best):
                    best, best_wall = i, w
        raise AssertionError("unreachable")  # pragma: no cover - _walk never ends

    def last_at_or_before(self, t: datetime) -> datetime:
        """The latest firing at or before instant T."""
        t = utc(t)
        wall = self._local(t)
        found = self.instants(next(self._walk(wall + timedelta(microseconds=1), False)))
        if len(found) == 1 and self._steady(t) and self._steady(found[0]):
            return found[0]
        best: datetime | None = None
        best_wall = wall
        for w in self._walk(wall + MARGIN + timedelta(microseconds=1), False):
            if best is not None and best_wall - w > MARGIN:
                return best
            for i in self.instants(w):
                if i <= t and (best is None or i > best):
                    best, best_wall = i, w
        raise AssertionError("unreachable")  # pragma: no cover

    def upcoming(self, after: datetime, n: int) -> list[datetime]:
        """The N firings after instant AFTER."""
        out: list[datetime] = []
        t = utc(after)
        for _ in range(n):
            t = self.next_after(t)
            out.append(t)
        return out


# ------------------------------------------------------------------------------- schedules
