"""The job queue's claim under contention: many workers, many jobs, each job claimed by exactly one
worker — on PostgreSQL (SELECT … FOR UPDATE SKIP LOCKED) and on SQLite (a conditional update)."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from keel.jobs.queue import Queue
from keel.store.engine import make_engine, migrate


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/keel.db"
    return request.getfixturevalue("postgres_url")


def test_each_job_is_claimed_by_one_worker_of_many(url):
    setup = make_engine(url)
    migrate(setup)
    q = Queue(setup)
    ids = [q.submit("batch", {"n": i}, priority=i % 3)["id"] for i in range(40)]
    claimed: list[tuple[str, str]] = []
    lock = threading.Lock()
    start = threading.Barrier(4)

    def worker(name: str) -> None:
        engine = make_engine(url)  # a process of its own would have its own engine and connections
        mine = Queue(engine)
        start.wait()
        while (row := mine.claim(name, stale_s=60)) is not None:
            with lock:
                claimed.append((row["id"], name))
        engine.dispose()

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    counts = Counter(job for job, _ in claimed)
    assert sorted(counts) == sorted(ids) and set(counts.values()) == {1}  # every job, once
    rows = [q.row(i) for i in ids]
    assert all(r["status"] == "running" and r["attempts"] == 1 for r in rows)
    assert {r["worker"] for r in rows} == {w for _, w in claimed}
    setup.dispose()


def test_the_highest_priority_then_the_oldest_is_claimed_first(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/keel.db")
    migrate(engine)
    q = Queue(engine)
    low = q.submit("batch", {}, priority=0)
    high = q.submit("batch", {}, priority=5)
    later = q.submit("batch", {}, priority=5)
    assert [q.claim("w")["id"] for _ in range(3)] == [high["id"], later["id"], low["id"]]
    assert q.claim("w") is None


def test_a_stopped_worker_hands_its_running_job_back(tmp_path):
    """`keel serve` or `keel worker` shut down mid-job: the job is queued again at once (no wait for
    its heartbeat to go stale), and the next worker goes on with it."""
    import asyncio

    from keel.jobs.worker import Worker

    engine = make_engine(f"sqlite:///{tmp_path}/keel.db")
    migrate(engine)
    q = Queue(engine)
    job = q.submit("slow", {})
    started = asyncio.Event()

    async def slow(ctx):
        started.set()
        await asyncio.Event().wait()

    async def finish(ctx):
        return {"done": True}

    async def main() -> None:
        w = Worker(engine, handlers={"slow": slow}, name="first")
        w.start()
        await asyncio.wait_for(started.wait(), 30)
        await w.close()
        assert q.row(job["id"])["status"] == "queued"
        assert await Worker(engine, handlers={"slow": finish}, name="second").run_once()

    asyncio.run(main())
    row = q.row(job["id"])
    assert row["status"] == "succeeded" and row["result"] == {"done": True} and row["attempts"] == 2
    assert any("first stopped; queued again" in line["message"] for line in q.logs(job["id"]))


def test_a_cancel_that_comes_as_the_job_finishes_keeps_its_result(tmp_path):
    import asyncio

    from keel.jobs.worker import Worker

    engine = make_engine(f"sqlite:///{tmp_path}/keel.db")
    migrate(engine)
    q = Queue(engine)
    job = q.submit("quick", {})

    async def quick(ctx):
        q.cancel(ctx.id)  # asked while it writes its last result
        return {"files": ["file-1"]}

    assert asyncio.run(Worker(engine, handlers={"quick": quick}, name="w").run_once())
    row = q.row(job["id"])
    assert row["status"] == "succeeded" and row["result"] == {"files": ["file-1"]}
