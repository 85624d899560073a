"""Schedules: firing times (time zones, DST), the missed-run policies, pause/resume, clear errors,
the CLI, and never firing twice with two schedulers on one database (SQLite and PostgreSQL).
Every time comes from an injected clock: nothing sleeps."""

from __future__ import annotations

import itertools
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from croniter import croniter
from sqlalchemy import select
from typer.testing import CliRunner

from keel.errors import Conflict, InvalidRequest, NotFound
from keel.jobs.cron import CronTimes
from keel.jobs.queue import JOBS, Queue
from keel.jobs.schedules import SCHEDULES, Schedules
from keel.store.engine import make_engine, migrate

KINDS = {"batch", "workflow", "eval"}
SPEC = {"path": "/flows/nightly.yaml", "params": {"n": 3}}
BERLIN = ZoneInfo("Europe/Berlin")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


class Clock:
    """A frozen clock the test moves."""

    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t


def opened(url: str, clock: Clock, **kw) -> Schedules:
    engine = make_engine(url)
    migrate(engine)
    return Schedules(engine, clock, kinds=KINDS, **kw)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path}/keel.db"


def jobs(schedules: Schedules) -> list[dict]:
    with schedules.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(JOBS).order_by(JOBS.c.created_at, JOBS.c.id)).mappings()]


def walk(schedules: Schedules, clock: Clock, start: datetime, end: datetime, step: timedelta) -> list[datetime]:
    """Tick every STEP from START to END; the times at which a tick fired something."""
    fired = []
    clock.t = start
    while clock.t <= end:
        if schedules.tick():
            fired.append(clock.t)
        clock.t += step
    return fired


# ----------------------------------------------------------------------------- firing times


def test_0_3_in_berlin_fires_at_3_local_across_the_march_dst_change(sqlite_url):
    clock = Clock(at(2025, 3, 28, 12))
    s = opened(sqlite_url, clock)
    s.add("nightly", "0 3 * * *", "workflow", SPEC, timezone="Europe/Berlin")
    fired = walk(s, clock, at(2025, 3, 28, 12), at(2025, 4, 1, 0), timedelta(minutes=5))
    # 03:00 CET is 02:00 UTC; after the change (Sunday 30 March, 02:00 → 03:00) 03:00 CEST is 01:00 UTC
    assert fired == [at(2025, 3, 29, 2), at(2025, 3, 30, 1), at(2025, 3, 31, 1)]
    rows = jobs(s)
    assert [r["metadata"]["scheduled_for"] for r in rows] == [t.isoformat() for t in fired]
    assert all(r["created_at"].replace(tzinfo=UTC).astimezone(BERLIN).hour == 3 for r in rows)
    assert {r["kind"] for r in rows} == {"workflow"} and all(r["spec"] == SPEC for r in rows)
    assert all(r["name"] == "nightly" and r["status"] == "queued" and r["tenant"] == "default" for r in rows)
    assert s.get("nightly")["last_job_id"] == rows[-1]["id"]
    assert s.get("nightly")["next_run_at"] == at(2025, 4, 1, 1)


def test_a_firing_is_exact_to_the_minute(sqlite_url):
    clock = Clock(at(2025, 3, 29, 23))
    s = opened(sqlite_url, clock)
    s.add("nightly", "0 3 * * *", "workflow", SPEC, timezone="Europe/Berlin")
    assert s.tick(at(2025, 3, 30, 0, 59, 59)) == []  # 02:59:59 would be CET; the clocks jump at 01:00 UTC
    assert s.tick(at(2025, 3, 30, 1, 0, 0)) != []  # 03:00 CEST
    assert s.tick(at(2025, 3, 30, 1, 0, 1)) == []  # fired already
    assert s.tick(at(2025, 3, 30, 2, 0, 0)) == []  # 03:00 "CET" is not a firing


@pytest.mark.parametrize(
    ("cron", "tz", "start", "want"),
    [
        # a skipped wall time fires shifted by the gap: 02:30 does not exist on 30 March
        (
            "30 2 * * *",
            "Europe/Berlin",
            at(2025, 3, 29, 12),
            ["2025-03-30T03:30:00+02:00", "2025-03-31T02:30:00+02:00"],
        ),
        # a repeated wall time fires once, at its first occurrence
        (
            "30 2 * * *",
            "Europe/Berlin",
            at(2025, 10, 25, 12),
            ["2025-10-26T02:30:00+02:00", "2025-10-27T02:30:00+01:00"],
        ),
        # an hourly expression keeps its rhythm in real time through the repeated hour
        (
            "0 * * * *",
            "Europe/Berlin",
            at(2025, 10, 25, 23, 30),
            ["2025-10-26T02:00:00+02:00", "2025-10-26T02:00:00+01:00", "2025-10-26T03:00:00+01:00"],
        ),
        (
            "*/30 * * * *",
            "Europe/Berlin",
            at(2025, 3, 30, 0, 15),
            ["2025-03-30T01:30:00+01:00", "2025-03-30T03:00:00+02:00", "2025-03-30T03:30:00+02:00"],
        ),
        (
            "0 2 * * *",
            "America/New_York",
            at(2025, 3, 8, 12),
            ["2025-03-09T03:00:00-04:00", "2025-03-10T02:00:00-04:00"],
        ),
        ("@daily", "UTC", at(2025, 1, 1, 0, 0, 30), ["2025-01-02T00:00:00+00:00", "2025-01-03T00:00:00+00:00"]),
        (
            "0 9 * * mon-fri",
            "Asia/Tokyo",
            at(2025, 1, 3, 1),
            ["2025-01-06T09:00:00+09:00", "2025-01-07T09:00:00+09:00"],
        ),
    ],
)
def test_firing_times_by_rule(cron, tz, start, want):
    times = CronTimes(cron, tz).upcoming(start, len(want))
    assert [t.astimezone(ZoneInfo(tz)).isoformat() for t in times] == want


def reference(cron: str, tz: str, start: datetime, end: datetime) -> list[datetime]:
    """The firings in [START, END) by brute force, minute by minute, from the rules in words."""
    z = ZoneInfo(tz)
    every_hour = croniter(cron).expanded[1] == ["*"]
    out = []
    u = start
    while u < end:
        local = u.astimezone(z)
        wall = local.replace(tzinfo=None)
        fires = croniter.match(cron, wall) and (local.fold == 0 or every_hour)
        # a wall time the clocks skipped, read with the offset in force before the jump, lands on U
        before = (u - timedelta(hours=3)).astimezone(z).utcoffset()
        skipped = (u + before).replace(tzinfo=None)
        gone = skipped.replace(tzinfo=z).astimezone(UTC).astimezone(z).replace(tzinfo=None) != skipped
        if gone and skipped != wall and croniter.match(cron, skipped):
            fires = True
        if fires:
            out.append(u)
        u += timedelta(minutes=1)
    return out


@pytest.mark.parametrize("cron", ["0 3 * * *", "30 2 * * *", "15,45 1-3 * * *", "*/20 * * * *", "0 * * * *"])
@pytest.mark.parametrize(
    ("tz", "day"), [("Europe/Berlin", at(2025, 3, 29, 12)), ("Europe/Berlin", at(2025, 10, 25, 12)),
                    ("America/New_York", at(2025, 11, 1, 18)), ("Australia/Lord_Howe", at(2025, 4, 5, 6))],
)  # fmt: skip
def test_next_and_last_agree_with_brute_force_around_dst_changes(cron, tz, day):
    end = day + timedelta(days=2)
    want = reference(cron, tz, day, end)
    times = CronTimes(cron, tz)
    got, t = [], day - timedelta(microseconds=1)
    while (t := times.next_after(t)) < end:
        got.append(t)
    assert got == want
    for a, b in itertools.pairwise(want):  # the latest firing at or before: itself, or the one before
        assert times.last_at_or_before(b) == b
        assert times.last_at_or_before(b - timedelta(seconds=1)) == a


# ---------------------------------------------------------------------------- missed runs


def test_skip_and_run_once_after_the_scheduler_was_down(sqlite_url):
    clock = Clock(at(2025, 1, 1, 0, 30))
    s = opened(sqlite_url, clock)
    s.add("skipper", "0 * * * *", "eval", {"spec": "eval.yaml"}, missed="skip")
    s.add("catcher", "0 * * * *", "eval", {"spec": "eval.yaml"}, missed="run_once")
    assert len(s.tick(at(2025, 1, 1, 1))) == 2  # both on time

    # down from 01:00 to 05:20: 02:00, 03:00, 04:00, 05:00 were missed
    fired = s.tick(at(2025, 1, 1, 5, 20))
    assert len(fired) == 1
    row = Queue(s.engine).row(fired[0])
    assert row["name"] == "catcher"
    assert row["metadata"]["scheduled_for"] == "2025-01-01T05:00:00+00:00"  # the latest missed one
    assert row["metadata"]["missed_firings"] == 3  # 02:00, 03:00, 04:00 ride along
    assert s.get("skipper")["next_run_at"] == s.get("catcher")["next_run_at"] == at(2025, 1, 1, 6)
    assert s.get("skipper")["last_run_at"] == at(2025, 1, 1, 1)  # unchanged: nothing ran
    assert s.tick(at(2025, 1, 1, 5, 21)) == []  # no burst

    # back 30 s after 07:00 (06:00 missed): within the grace window the due firing still runs
    fired = s.tick(at(2025, 1, 1, 7, 0, 30))
    names = sorted(Queue(s.engine).row(j)["name"] for j in fired)
    assert names == ["catcher", "skipper"]
    meta = {Queue(s.engine).row(j)["name"]: Queue(s.engine).row(j)["metadata"] for j in fired}
    assert meta["skipper"]["scheduled_for"] == meta["catcher"]["scheduled_for"] == "2025-01-01T07:00:00+00:00"
    assert meta["skipper"]["missed_firings"] == meta["catcher"]["missed_firings"] == 1

    # 61 s late is past the grace window: skip drops it, run_once runs it
    fired = s.tick(at(2025, 1, 1, 8, 1, 1))
    assert [Queue(s.engine).row(j)["name"] for j in fired] == ["catcher"]
    assert len(jobs(s)) == 6


def test_the_worker_grace_window_follows_the_poll_interval(sqlite_url):
    from keel.config.jobs import JobsSettings

    engine = make_engine(sqlite_url)
    assert Schedules.for_worker(engine, JobsSettings(poll_s=1)).grace == timedelta(seconds=60)
    assert Schedules.for_worker(engine, JobsSettings(poll_s=30)).grace == timedelta(seconds=90)


def test_pause_and_resume_without_a_burst(sqlite_url):
    clock = Clock(at(2025, 1, 1, 0, 30))
    s = opened(sqlite_url, clock)
    s.add("hourly", "0 * * * *", "batch", {"input_file_id": "file-1", "endpoint": "/v1/chat/completions"},
          missed="run_once")  # fmt: skip
    assert s.pause("hourly")["paused"] is True
    assert walk(s, clock, at(2025, 1, 1, 0, 30), at(2025, 1, 1, 3, 30), timedelta(minutes=10)) == []
    clock.t = at(2025, 1, 1, 3, 30)
    resumed = s.resume("hourly")
    assert resumed["paused"] is False and resumed["next_run_at"] == at(2025, 1, 1, 4)
    assert s.tick() == []  # even with run_once: what the pause missed stays missed
    assert len(s.tick(at(2025, 1, 1, 4))) == 1
    assert s.next_runs("hourly", 3) == [at(2025, 1, 1, 4), at(2025, 1, 1, 5), at(2025, 1, 1, 6)]


def test_paused_between_reading_and_claiming_does_not_fire(sqlite_url):
    clock = Clock(at(2025, 1, 1, 0, 30))
    s = opened(sqlite_url, clock)
    s.add("hourly", "0 * * * *", "eval", {})
    with s.engine.connect() as conn:
        row = dict(conn.execute(select(SCHEDULES)).mappings().one())
    s.pause("hourly")
    assert s._fire(row, at(2025, 1, 1, 1)) is None and jobs(s) == []


def test_a_failed_submit_leaves_the_firing_to_the_next_tick(sqlite_url, monkeypatch):
    clock = Clock(at(2025, 1, 1, 0, 30))
    s = opened(sqlite_url, clock)
    s.add("hourly", "0 * * * *", "eval", {})

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(Queue, "submit", broken)
    assert s.tick(at(2025, 1, 1, 1)) == []
    assert s.get("hourly")["next_run_at"] == at(2025, 1, 1, 1)  # the claim was rolled back with it
    monkeypatch.undo()
    fired = s.tick(at(2025, 1, 1, 1, 0, 10))
    assert len(fired) == 1 and [j["id"] for j in jobs(s)] == fired


def test_a_submitted_job_is_claimed_by_a_worker(sqlite_url):
    clock = Clock(at(2025, 1, 1, 0, 30))
    s = opened(sqlite_url, clock)
    added = s.add("nightly", "0 1 * * *", "workflow", SPEC, tenant="acme")
    (job_id,) = s.tick(at(2025, 1, 1, 1))
    claimed = Queue(s.engine, clock).claim("w1", kinds=["workflow"])
    assert claimed is not None and claimed["id"] == job_id
    assert claimed["schedule_id"] == added["id"] and claimed["tenant"] == "acme" and claimed["spec"] == SPEC
    first_line = Queue(s.engine).logs(job_id)[0]["message"]
    assert first_line == f"workflow job created by schedule {added['id']}"


# --------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("cron", "says"),
    [
        ("", "is empty"),
        ("0 3 * *", "has 4 fields; a schedule takes five"),
        ("0 0 3 * * *", "has 6 fields"),
        ("61 * * * *", "invalid cron expression '61 * * * *'"),
        ("0 25 * * *", "out of range"),
        ("0 3 31 4 *", "never fires"),
        ("H 3 * * *", "hashed (H) and random (R)"),
        ("nonsense here", "has 2 fields"),
        ("@reboot", "unknown cron macro '@reboot'"),
    ],
)
def test_invalid_cron_expressions_are_named(sqlite_url, cron, says):
    s = opened(sqlite_url, Clock(at(2025, 1, 1)))
    with pytest.raises(InvalidRequest) as err:
        s.add("x", cron, "eval", {})
    assert says in err.value.message and err.value.code == "invalid_cron" and err.value.param == "cron"
    assert s.list() == []


def test_other_mistakes_are_named(sqlite_url):
    s = opened(sqlite_url, Clock(at(2025, 1, 1)))
    with pytest.raises(InvalidRequest, match="unknown time zone 'Mars/Olympus'"):
        s.add("x", "0 3 * * *", "eval", {}, timezone="Mars/Olympus")
    with pytest.raises(InvalidRequest, match="unknown time zone"):
        s.add("x", "0 3 * * *", "eval", {}, timezone="../../etc/passwd")
    with pytest.raises(InvalidRequest, match="use skip or run_once"):
        s.add("x", "0 3 * * *", "eval", {}, missed="always")
    with pytest.raises(InvalidRequest, match="must be a JSON object"):
        s.add("x", "0 3 * * *", "eval", ["not", "an", "object"])  # type: ignore[arg-type]
    with pytest.raises(InvalidRequest, match="schedule name"):
        s.add("no spaces", "0 3 * * *", "eval", {})
    s.add("x", "0 3 * * *", "eval", {})
    with pytest.raises(Conflict, match="exists already"):
        s.add("x", "0 4 * * *", "eval", {})
    s.add("x", "0 4 * * *", "eval", {}, tenant="other")  # names are unique per tenant
    with pytest.raises(NotFound, match="no schedule named 'y'"):
        s.pause("y")
    with pytest.raises(NotFound):
        s.next_runs("x", 2, tenant="third")


def test_the_kind_must_be_installed(sqlite_url):
    engine = make_engine(sqlite_url)
    migrate(engine)
    s = Schedules(engine, Clock(at(2025, 1, 1)))  # the installed kinds (entry points keel.job_kinds)
    with pytest.raises(InvalidRequest, match=r"unknown job kind 'nope': the installed kinds are .*batch.*workflow"):
        s.add("x", "0 3 * * *", "nope", {})
    assert s.add("x", "0 3 * * *", "workflow", SPEC)["kind"] == "workflow"


# ----------------------------------------------------------------- two schedulers, one database


def test_of_two_schedulers_that_read_the_same_due_row_one_submits(sqlite_url):
    clock = Clock(at(2025, 1, 1, 0, 30))
    a, b = opened(sqlite_url, clock), opened(sqlite_url, clock)
    a.add("hourly", "0 * * * *", "eval", {}, missed="run_once")
    with a.engine.connect() as conn:
        row = dict(conn.execute(select(SCHEDULES)).mappings().one())
    first, second = a._fire(row, at(2025, 1, 1, 1)), b._fire(row, at(2025, 1, 1, 1))
    assert first is not None and second is None
    assert [j["id"] for j in jobs(a)] == [first] and a.get("hourly")["last_job_id"] == first


def race(url: str, rounds: int = 40) -> None:
    """Two schedulers (two engines) tick at the same frozen times in two threads: every firing
    submits exactly one job."""
    start = at(2025, 3, 30, 0, 30)  # across Berlin's spring-forward too
    clocks = [Clock(start), Clock(start)]
    a, b = (opened(url, c) for c in clocks)
    a.add("every-minute", "* * * * *", "eval", {}, missed="skip")
    a.add("even-minutes", "*/2 * * * *", "eval", {}, missed="run_once")
    a.add("berlin", "*/5 * * * *", "eval", {}, timezone="Europe/Berlin")
    a.add("paused", "* * * * *", "eval", {}, paused=True)
    barrier = threading.Barrier(2)

    def tick(s: Schedules) -> list[str]:
        barrier.wait()
        return s.tick()

    fired: list[str] = []
    with ThreadPoolExecutor(2) as pool:
        for i in range(1, rounds + 1):
            for c in clocks:
                c.t = start + timedelta(minutes=i, seconds=7)
            results = list(pool.map(tick, (a, b)))
            due = 1 + (i % 2 == 0) + (i % 5 == 0)
            assert sum(len(r) for r in results) == due, (i, results)
            fired += results[0] + results[1]
    rows = jobs(a)
    assert len(fired) == len(set(fired)) == len(rows) == rounds + rounds // 2 + rounds // 5
    assert sorted(fired) == sorted(r["id"] for r in rows)
    by_schedule: dict[str, list[str]] = {}
    for r in rows:
        by_schedule.setdefault(r["name"], []).append(r["metadata"]["scheduled_for"])
    assert {k: len(v) == len(set(v)) for k, v in by_schedule.items()} == {
        "every-minute": True, "even-minutes": True, "berlin": True
    }  # fmt: skip
    a.engine.dispose()
    b.engine.dispose()


def test_two_schedulers_never_fire_twice_on_sqlite(sqlite_url):
    race(sqlite_url)


def test_two_schedulers_never_fire_twice_on_postgresql(postgres_url):
    race(postgres_url)


# ------------------------------------------------------------------------------------ CLI

runner = CliRunner()


@pytest.fixture
def cli(tmp_path):
    (tmp_path / "keel.yaml").write_text(f"storage: {{url: 'sqlite:///{tmp_path}/keel.db'}}\n")
    (tmp_path / "flow.yaml").write_text("steps: []\n")

    def run(*args: str):
        from keel.cli.main import app

        return runner.invoke(app, ["schedules", *args, "-c", str(tmp_path / "keel.yaml")])

    return run


def test_cli_add_list_next_pause_resume_remove(cli, tmp_path):
    r = cli("add", "nightly", "--cron", "0 3 * * *", "--tz", "Europe/Berlin", "--workflow", str(tmp_path / "flow.yaml"),
            "--param", "n=3", "--json")  # fmt: skip
    assert r.exit_code == 0, r.output
    added = json.loads(r.stdout)
    assert added["kind"] == "workflow" and added["spec"] == {"path": str(tmp_path / "flow.yaml"), "params": {"n": 3}}
    assert added["timezone"] == "Europe/Berlin" and added["missed"] == "skip"

    r = cli("add", "reviews", "--cron", "30 1 * * mon", "--batch-input", str(tmp_path / "in.jsonl"), "--model", "gemma",
            "--output", str(tmp_path / "out.jsonl"), "--missed", "run_once")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "added schedule reviews" in r.output and "does not exist yet" in r.output
    r = cli("add", "raw", "--cron", "@hourly", "--kind", "batch", "--spec", '{"input_file_id": "file-1"}', "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["spec"] == {"input_file_id": "file-1"}

    r = cli("list", "--json")
    assert r.exit_code == 0, r.output
    listed = {s["name"]: s for s in json.loads(r.stdout)}
    assert set(listed) == {"nightly", "reviews", "raw"}
    assert listed["reviews"]["spec"] == {"input": str(tmp_path / "in.jsonl"), "model": "gemma",
                                         "output": str(tmp_path / "out.jsonl")}  # fmt: skip
    assert listed["reviews"]["missed"] == "run_once"
    r = cli("list")
    assert r.exit_code == 0 and "nightly" in r.stdout and "schedules" in r.stdout

    r = cli("next", "nightly", "-n", "3", "--json")
    assert r.exit_code == 0, r.output
    times = [datetime.fromisoformat(t) for t in json.loads(r.stdout)]
    assert len(times) == 3 and all(t.astimezone(BERLIN).strftime("%H:%M") == "03:00" for t in times)
    r = cli("next", "nightly", "-n", "2")
    assert r.exit_code == 0 and r.stdout.count("03:00 CE") == 2

    assert cli("pause", "nightly").exit_code == 0
    assert {s["name"]: s["paused"] for s in json.loads(cli("list", "--json").stdout)}["nightly"] is True
    r = cli("resume", "nightly")
    assert r.exit_code == 0 and "resumed schedule nightly: next run" in r.output
    r = cli("remove", "raw")
    assert r.exit_code == 0 and "removed schedule raw" in r.output
    assert {s["name"] for s in json.loads(cli("list", "--json").stdout)} == {"nightly", "reviews"}


def test_cli_mistakes_exit_with_a_message_not_a_traceback(cli, tmp_path):
    flow = str(tmp_path / "flow.yaml")
    cases = [
        (("add", "x", "--cron", "0 3 * *", "--workflow", flow), 2, "has 4 fields"),
        (("add", "x", "--cron", "0 3 * * *", "--tz", "Mars/Olympus", "--workflow", flow), 2, "unknown time zone"),
        (("add", "x", "--cron", "0 3 * * *", "--kind", "nope", "--spec", "{}"), 2, "unknown job kind 'nope'"),
        (("add", "x", "--cron", "0 3 * * *", "--kind", "batch", "--spec", "[1]"), 2, "expected a JSON object"),
        (("add", "x", "--cron", "0 3 * * *"), 2, "say what to run"),
        (("add", "x", "--cron", "0 3 * * *", "--workflow", str(tmp_path / "none.yaml")), 2, "no workflow file"),
        (("add", "x", "--cron", "0 3 * * *", "--batch-input", flow), 2, "needs --model and --output"),
        (("add", "x", "--cron", "0 3 * * *", "--missed", "never", "--workflow", flow), 2, "use skip or run_once"),
        (("pause", "ghost"), 1, "no schedule named 'ghost'"),
        (("next", "ghost"), 1, "no schedule named 'ghost'"),
    ]
    for args, code, says in cases:
        r = cli(*args)
        assert r.exit_code == code, (args, r.output)
        assert says in r.output and "Traceback" not in r.output, (args, r.output)
    assert cli("add", "x", "--cron", "0 3 * * *", "--workflow", flow).exit_code == 0
    r = cli("add", "x", "--cron", "0 3 * * *", "--workflow", flow)
    assert r.exit_code == 1 and "exists already" in r.output
