"""Schedules: cron expressions in a time zone that submit a job (batch, workflow, eval, any
installed kind) at each firing. docs/schedules.md is the user's side of this page.

Firing times are keel.jobs.cron's (DST included).

Missed firings (`next_run_at` is in the past when a scheduler looks: no scheduler ran, or the
worker was busy). Let F be the latest firing time <= now:
- `skip` (a Kubernetes CronJob whose starting deadline is the grace window): the schedule fires
  once, for F, only when F is at most `grace_s` old (it is due now, just seen a little late);
  firings before it, or F itself when older, are dropped. next_run_at moves to the first firing
  after now.
- `run_once` (a CronJob without a deadline; Airflow's `catchup=False`): one job, for F, stands for
  every missed firing (its metadata names F and how many earlier firings it covers); next_run_at
  moves to the first firing after now.
A schedule fires at most once per tick. Resuming a paused schedule recomputes next_run_at from
now: no missed runs from the pause.

Two schedulers on one database (two workers, two gateways) never fire one firing twice: a firing
is claimed by `UPDATE schedules SET next_run_at = :new … WHERE id = :id AND next_run_at = :old
AND NOT paused`, and the job row is inserted in the same transaction, so only the claimer submits
and a crash between the two loses or duplicates nothing. Times come from an injected clock.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Table, delete, select, update
from sqlalchemy.exc import IntegrityError

from keel.config.jobs import JobsSettings
from keel.errors import Conflict, InvalidRequest, NotFound
from keel.jobs.cron import CronTimes, utc
from keel.jobs.queue import Clock, Queue, new_job_id
from keel.store.rows import now as utc_now
from keel.store.tables_jobs import Schedule

log = logging.getLogger(__name__)

SCHEDULES: Table = Schedule.__table__  # type: ignore[assignment]
MISSED = ("skip", "run_once")
MIN_GRACE_S = 60.0
MAX_COUNTED = 100  # missed firings counted into a job's metadata, at most
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


def installed_kinds() -> set[str]:
    """The job kinds installed (entry point group keel.job_kinds), by name, without importing them."""
    from importlib.metadata import entry_points

    return {ep.name for ep in entry_points(group="keel.job_kinds")}


def schedule_view(row: Any) -> dict[str, Any]:
    """A schedule row as a dict, its times aware UTC datetimes."""
    r = dict(row)
    for key in ("next_run_at", "last_run_at", "created_at", "updated_at"):
        if r.get(key) is not None:
            r[key] = utc(r[key])
    r["paused"] = bool(r["paused"])
    return r


class Schedules:
    """The `schedules` table: add, list, get, pause, resume, remove, preview; `tick()` fires
    what is due (the worker's scheduler)."""

    def __init__(
        self,
        engine: Engine,
        clock: Clock = utc_now,
        grace_s: float = MIN_GRACE_S,
        kinds: Iterable[str] | None = None,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.grace = timedelta(seconds=grace_s)
        self._kinds = set(kinds) if kinds is not None else None

    @classmethod
    def for_worker(cls, engine: Engine, settings: JobsSettings | None = None, clock: Clock = utc_now) -> Schedules:
        """The scheduler a Worker ticks: a firing seen within max(60 s, 3 polls) of its time is on time."""
        settings = settings or JobsSettings()
        return cls(engine, clock, grace_s=max(MIN_GRACE_S, 3 * settings.poll_s))

    @property
    def kinds(self) -> set[str]:
        return self._kinds if self._kinds is not None else installed_kinds()

    # ---------------------------------------------------------------------------- changes

    def add(
        self,
        name: str,
        cron: str,
        kind: str,
        spec: dict[str, Any],
        timezone: str = "UTC",
        missed: str = "skip",
        tenant: str = "default",
        paused: bool = False,
    ) -> dict[str, Any]:
        """A new schedule NAME (unique in TENANT) submitting a KIND job with SPEC at each firing."""
        if not isinstance(name, str) or not NAME.match(name):
            raise InvalidRequest(
                f"schedule name {name!r}: use letters, digits, '.', '_' and '-' (at most 200, starting with a "
                "letter or digit)",
                param="name",
                code="invalid_name",
            )
        times = CronTimes(cron, timezone)
        if missed not in MISSED:
            raise InvalidRequest(
                f"missed-run policy {missed!r}: use skip or run_once", param="missed", code="invalid_missed"
            )
        kinds = self.kinds
        if kind not in kinds:
            have = ", ".join(sorted(kinds)) or "none"
            raise InvalidRequest(
                f"unknown job kind {kind!r}: the installed kinds are {have}", param="kind", code="invalid_kind"
            )
        if not isinstance(spec, dict):
            raise InvalidRequest("the job spec must be a JSON object", param="spec", code="invalid_spec")
        try:
            json.dumps(spec)
        except (TypeError, ValueError) as exc:
            raise InvalidRequest(f"the job spec is not JSON: {exc}", param="spec", code="invalid_spec") from None
        t = utc(self.clock())
        row = {
            "id": f"sched_{secrets.token_hex(12)}",
            "tenant": tenant,
            "name": name,
            "cron": times.cron,
            "timezone": timezone,
            "kind": kind,
            "spec": spec,
            "missed": missed,
            "paused": paused,
            "next_run_at": times.next_after(t),
            "last_run_at": None,
            "last_job_id": None,
            "created_at": t,
            "updated_at": t,
        }
        exists = Conflict(f"a schedule named {name!r} exists already", param="name", code="schedule_exists")
        if self._find(name, tenant) is not None:
            raise exists
        try:
            with self.engine.begin() as conn:
                conn.execute(SCHEDULES.insert().values(**row))
        except IntegrityError:
            raise exists from None
        return schedule_view(row)

    def pause(self, name: str, tenant: str = "default") -> dict[str, Any]:
        """Stop firing NAME until resumed."""
        row = self.get(name, tenant)
        self._set(row["id"], paused=True)
        return self.get(name, tenant)

    def resume(self, name: str, tenant: str = "default") -> dict[str, Any]:
        """Fire NAME again, from the first firing after now (what the pause missed stays missed)."""
        row = self.get(name, tenant)
        t = utc(self.clock())
        self._set(row["id"], paused=False, next_run_at=CronTimes(row["cron"], row["timezone"]).next_after(t))
        return self.get(name, tenant)

    def remove(self, name: str, tenant: str = "default") -> dict[str, Any]:
        """Delete NAME; the jobs it submitted stay."""
        row = self.get(name, tenant)
        with self.engine.begin() as conn:
            conn.execute(delete(SCHEDULES).where(SCHEDULES.c.id == row["id"]))
        return row

    def _set(self, schedule_id: str, **values: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(SCHEDULES).where(SCHEDULES.c.id == schedule_id).values(updated_at=utc(self.clock()), **values)
            )

    # ------------------------------------------------------------------------------ reads

    def _find(self, name: str, tenant: str) -> dict[str, Any] | None:
        c = SCHEDULES.c
        with self.engine.connect() as conn:
            row = conn.execute(select(SCHEDULES).where(c.tenant == tenant, c.name == name)).mappings().first()
        return schedule_view(row) if row is not None else None

    def get(self, name: str, tenant: str = "default") -> dict[str, Any]:
        row = self._find(name, tenant)
        if row is None:
            raise NotFound(f"no schedule named {name!r}", param="name", code="not_found")
        return row

    def list(self, tenant: str | None = "default") -> list[dict[str, Any]]:
        """TENANT's schedules by name (every tenant's with None)."""
        q = select(SCHEDULES).order_by(SCHEDULES.c.tenant, SCHEDULES.c.name)
        if tenant is not None:
            q = q.where(SCHEDULES.c.tenant == tenant)
        with self.engine.connect() as conn:
            return [schedule_view(r) for r in conn.execute(q).mappings()]

    def next_runs(self, name: str, n: int = 5, tenant: str = "default") -> list[datetime]:
        """The next N firing times of NAME from now (UTC), as it would fire once resumed if paused."""
        if not 1 <= n <= 1000:
            raise InvalidRequest("ask for 1 to 1000 firing times", param="n", code="invalid_n")
        row = self.get(name, tenant)
        return CronTimes(row["cron"], row["timezone"]).upcoming(utc(self.clock()), n)

    # ----------------------------------------------------------------------------- firing

    def tick(self, now: datetime | None = None) -> list[str]:
        """Fire every unpaused schedule (of any tenant) whose next_run_at has come: the ids of the
        jobs this call submitted. Safe to run in many processes at once."""
        t = utc(now if now is not None else self.clock())
        c = SCHEDULES.c
        q = select(SCHEDULES).where(c.paused.is_(False), c.next_run_at <= t).order_by(c.next_run_at, c.id)
        with self.engine.connect() as conn:
            due = [dict(r) for r in conn.execute(q).mappings()]
        fired: list[str] = []
        for row in due:
            try:
                job_id = self._fire(row, t)
            except Exception:  # one broken schedule (say a zone gone from tzdata) stops no other
                log.exception("schedule %s (%s) could not fire", row["name"], row["id"])
                continue
            if job_id is not None:
                fired.append(job_id)
        return fired

    def _fire(self, row: dict[str, Any], t: datetime) -> str | None:
        """Claim ROW's due firing at T and submit its job in the same transaction; None when another
        scheduler claimed it first, or when the `skip` policy dropped a missed firing."""
        old = row["next_run_at"]  # as read: the claim compares it with what is stored
        times = CronTimes(row["cron"], row["timezone"])
        latest = max(times.last_at_or_before(t), utc(old))
        fire = row["missed"] == "run_once" or t - latest <= self.grace
        values: dict[str, Any] = {"next_run_at": times.next_after(t), "updated_at": t}
        job_id = new_job_id(row["kind"]) if fire else None
        if fire:
            values.update(last_run_at=t, last_job_id=job_id)
        c = SCHEDULES.c
        with self.engine.begin() as conn:
            claim = update(SCHEDULES).where(c.id == row["id"], c.next_run_at == old, c.paused.is_(False))
            if not conn.execute(claim.values(**values)).rowcount:
                return None
            if job_id is None:
                log.info("schedule %s: skipped the missed firing of %s (missed: skip)", row["name"], latest.isoformat())
                return None
            missed = self._count(times, utc(old), latest)
            metadata = {"schedule": row["name"], "scheduled_for": latest.isoformat(), "missed_firings": missed}
            Queue(self.engine, lambda: t).submit(
                row["kind"],
                row["spec"],
                tenant=row["tenant"],
                name=row["name"],
                metadata=metadata,
                schedule_id=row["id"],
                job_id=job_id,
                conn=conn,
            )
        return job_id

    @staticmethod
    def _count(times: CronTimes, first: datetime, latest: datetime) -> int:
        """Firings from FIRST up to (not including) LATEST, counted up to MAX_COUNTED."""
        n, f = 0, first
        while f < latest and n < MAX_COUNTED:
            n += 1
            f = times.next_after(f)
        return n
