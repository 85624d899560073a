"""Job workers: claim queued jobs, run each with its kind's handler, heartbeat, finish.

    keel worker                      # a worker process of its own (builds the services from keel.yaml)
    keel serve                       # runs one in the gateway's process unless `jobs.worker: false`

A job kind is a plugin: the entry point group `keel.job_kinds` maps a kind (batch, workflow,
eval, …) to an async function `run(job: JobContext) -> dict | None` whose result is stored on the
job. The handler reports progress and logs through the JobContext; the worker's heartbeat writes
them, and reads back whether the job was cancelled or taken over (this worker had looked dead):
`job.check()` raises `Cancelled` or `Lost` at the handler's next step. A worker killed with
`kill -9` stops heartbeating; another worker (or this one, restarted) claims the job again after
`jobs.stale_s` and the handler resumes from what it had written (a batch from its checkpointed
lines, a workflow from its finished steps).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import Engine

from keel.config.jobs import JobsSettings
from keel.jobs.queue import Clock, Queue
from keel.store.rows import now

log = logging.getLogger(__name__)

Handler = Callable[["JobContext"], Awaitable[dict[str, Any] | None]]


class Cancelled(Exception):
    """The job was cancelled: the handler stops at its next step."""


class Lost(Exception):
    """Another worker took the job over: stop without touching it."""


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def worker_alive(name: str | None) -> bool | None:
    """Whether the worker NAME (host:pid) still runs: known only on its own host (None elsewhere)."""
    if not name or ":" not in name:
        return None
    host, _, pid = name.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return None
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def job_kinds() -> dict[str, Handler]:
    """The job kinds installed: built-ins and plugins, by entry point. A kind that fails to load
    is left out (and logged): the worker runs the others, and that kind's jobs wait queued."""
    from importlib.metadata import entry_points

    kinds: dict[str, Handler] = {}
    for ep in entry_points(group="keel.job_kinds"):
        try:
            kinds[ep.name] = ep.load()
        except Exception:
            log.exception("the job kind %r (%s) failed to load; its jobs stay queued", ep.name, ep.value)
    return kinds


class JobContext:
    """What a handler sees of its job: the row, the services, progress, logs, cancellation."""

    def __init__(self, queue: Queue, row: dict[str, Any], worker: str, services: Any, settings: JobsSettings) -> None:
        self.queue = queue
        self.row = row
        self.id: str = row["id"]
        self.spec: dict[str, Any] = row["spec"]
        self.tenant: str = row["tenant"]
        self.worker = worker
        self.services = services
        self.settings = settings
        self.cancelled = False
        self.lost = False
        self._progress: dict[str, Any] = dict(row["progress"] or {})
        self._dirty: dict[str, Any] = {}

    @property
    def progress_now(self) -> dict[str, Any]:
        return dict(self._progress)

    def progress(self, **values: Any) -> None:
        """Merge VALUES into the job's progress; written at the next heartbeat."""
        self._progress.update(values)
        self._dirty["progress"] = dict(self._progress)

    def stage(self, stage: str) -> None:
        self._dirty["stage"] = stage

    def log(self, level: str, message: str, data: dict[str, Any] | None = None) -> None:
        self.queue.log(self.id, level, message, data)

    def check(self) -> None:
        if self.lost:
            raise Lost(self.id)
        if self.cancelled:
            raise Cancelled(self.id)

    def beat(self) -> None:
        """Write progress and stage, read cancellation: what the heartbeat does (also callable
        by a handler at a point that must be recorded now, e.g. before finalizing)."""
        values, self._dirty = self._dirty, {}
        mine, cancel = self.queue.heartbeat(self.id, self.worker, **values)
        self.lost, self.cancelled = not mine, cancel


class Worker:
    def __init__(
        self,
        engine: Engine,
        settings: JobsSettings | None = None,
        services: Any = None,
        handlers: dict[str, Handler] | None = None,
        name: str | None = None,
        clock: Clock = now,
        scheduler: Any = None,
        hand_back: bool = True,
    ) -> None:
        """HAND_BACK: a job running when the worker is stopped is queued again at once, for
        another worker to go on with (else it waits until its heartbeat is stale: what a
        foreground run wants, whose own next run takes it over)."""
        self.hand_back = hand_back
        self.settings = settings or JobsSettings()
        self.queue = Queue(engine, clock)
        self.services = services
        self.handlers = handlers if handlers is not None else job_kinds()
        self.name = name or worker_name()
        self.scheduler = scheduler
        self.current: JobContext | None = None
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        self._tasks.append(asyncio.create_task(self.run_forever()))
        if self.scheduler is not None and self.settings.schedules:  # fires while a long job runs too
            self._tasks.append(asyncio.create_task(self.tick_forever()))

    async def close(self) -> None:
        """Stop; a job still running is queued again (see HAND_BACK)."""
        for task in self._tasks:
            task.cancel()
            try:
                await task
            except (asyncio.CancelledError, Exception):
                pass
        self._tasks = []

    async def run_forever(self) -> None:
        while True:
            try:
                if await self.run_once():
                    continue
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("the job worker failed; retrying")
            await asyncio.sleep(self.settings.poll_s)

    async def tick_forever(self) -> None:
        while True:
            try:
                await asyncio.to_thread(self.scheduler.tick)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("the scheduler failed; retrying")
            await asyncio.sleep(self.settings.poll_s)

    async def run_once(self) -> bool:
        """Claim one job and run it to its end; False when there was nothing to do."""
        row = await asyncio.to_thread(self.queue.claim, self.name, self.settings.stale_s, list(self.handlers))
        if row is None:
            return False
        await self.run(row)
        return True

    async def run(self, row: dict[str, Any]) -> str:
        """Run claimed job ROW with its kind's handler; its final status ("lost" when another
        worker took it over)."""
        job = JobContext(self.queue, row, self.name, self.services, self.settings)
        self.current = job
        beat = asyncio.create_task(self._heartbeat(job))
        q = self.queue
        try:
            result = await self.handlers[row["kind"]](job)
            await asyncio.to_thread(job.beat)
            if job.lost:  # taken over meanwhile; a cancel asked as it finished comes too late: it finished
                raise Lost(job.id)
        except Cancelled as stop:  # Cancelled(job_id, result): what the handler finished before it stopped
            result = stop.args[1] if len(stop.args) > 1 else None
            if await asyncio.to_thread(
                q.finish, job.id, "cancelled", self.name, result=result, progress=job.progress_now
            ):
                await asyncio.to_thread(job.log, "info", "cancelled")
            return "cancelled"
        except Lost:
            log.warning("job %s was taken over by another worker", job.id)
            return "lost"
        except asyncio.CancelledError:  # the worker is shutting down: the job goes on elsewhere
            if self.hand_back:
                why = f"{self.name} stopped; queued again, it goes on from what it finished"
                await asyncio.shield(asyncio.to_thread(q.requeue, job.id, self.name, why))
            raise
        except Exception as exc:
            log.exception("job %s failed", job.id)
            error: dict[str, Any] = {"code": getattr(exc, "code", None) or "job_failed", "message": str(exc)}
            if getattr(exc, "errors", None):  # e.g. a batch's invalid lines, each with its line
                error["errors"] = exc.errors
            done = getattr(exc, "result", None)  # what it finished before it failed (a batch's files)
            if await asyncio.to_thread(
                q.finish, job.id, "failed", self.name, error=error, progress=job.progress_now, result=done
            ):
                await asyncio.to_thread(job.log, "error", f"failed: {error['message']}")
            return "failed"
        finally:
            beat.cancel()
            self.current = None
        if not await asyncio.to_thread(
            q.finish, job.id, "succeeded", self.name, result=result, progress=job.progress_now
        ):
            return "lost"
        await asyncio.to_thread(job.log, "info", "succeeded")
        return "succeeded"

    async def _heartbeat(self, job: JobContext) -> None:
        while True:
            await asyncio.sleep(self.settings.heartbeat_s)
            try:
                await asyncio.to_thread(job.beat)
            except Exception:  # the database is away for a moment: try again at the next beat
                log.warning("job %s: heartbeat failed", job.id, exc_info=True)
