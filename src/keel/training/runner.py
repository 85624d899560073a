"""The gateway's side of fine-tuning jobs: claim queued jobs and run each in a worker process.

Training never runs in the serving process: every job is a `python -m keel.training.worker`
child (one at a time), so a 262k-vocabulary backward pass cannot stall the event loop, and a
crash or `kill -9` of the child loses at most the steps since its last checkpoint (the job is
claimed again once its heartbeat is stale, and resumes). A running job asked to cancel stops at
its next step; a child that has not exited a minute after the request is killed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from typing import Any

from sqlalchemy import Engine

from keel.jobs.worker import worker_name
from keel.training.jobs import Jobs

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 3  # a job whose worker dies this often fails


class JobRunner:
    def __init__(
        self, engine: Engine, db_url: str, poll_s: float = 2.0, stale_s: float = 120.0, cancel_grace_s: float = 60.0
    ) -> None:
        self.jobs = Jobs(engine)
        self.db_url = db_url
        self.poll_s = poll_s
        self.stale_s = stale_s
        self.cancel_grace_s = cancel_grace_s
        self.name = worker_name()
        self._task: asyncio.Task[None] | None = None
        self.current: asyncio.subprocess.Process | None = None
        self.current_job: str | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop())

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass
        if self.current is not None and self.current.returncode is None:
            # the job stays `running`; its heartbeat goes stale and it resumes under the next worker
            self.current.terminate()
            try:
                await asyncio.wait_for(self.current.wait(), 10)
            except TimeoutError:
                self.current.kill()

    async def _loop(self) -> None:
        while True:
            try:
                job_id = await asyncio.to_thread(self.jobs.claim, self.name, self.stale_s)
                if job_id is not None:
                    await self.run(job_id)
                    continue
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("the fine-tuning job runner failed; retrying")
            await asyncio.sleep(self.poll_s)

    async def run(self, job_id: str) -> int:
        """Run claimed job JOB_ID in a worker process; its exit code."""
        from keel.training.worker import DB_ENV

        log.info("fine-tuning job %s: starting a worker process", job_id)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "keel.training.worker", "--job", job_id, "--worker", self.name,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE, env={**os.environ, DB_ENV: self.db_url},
        )  # fmt: skip
        self.current, self.current_job = proc, job_id
        tail: list[str] = []

        async def read_stderr() -> None:
            assert proc.stderr is not None
            async for line in proc.stderr:
                tail.append(line.decode(errors="replace").rstrip())
                del tail[:-40]

        reader = asyncio.create_task(read_stderr())
        cancel_seen: float | None = None
        loop = asyncio.get_running_loop()
        while True:  # a worker asked to cancel stops at its next step; one that does not is killed
            try:
                code = await asyncio.wait_for(asyncio.shield(proc.wait()), self.poll_s)
                break
            except TimeoutError:
                pass
            if cancel_seen is None:
                if (await asyncio.to_thread(self.jobs.row, job_id))["cancel_requested"]:
                    cancel_seen = loop.time()
            elif loop.time() - cancel_seen > self.cancel_grace_s:
                log.warning("fine-tuning job %s: the worker did not stop when cancelled; killing it", job_id)
                proc.kill()
        await reader
        self.current = self.current_job = None
        row: dict[str, Any] = await asyncio.to_thread(self.jobs.row, job_id)
        if row["status"] == "running" and row["worker"] == self.name:  # it died without finishing
            detail = "\n".join(tail[-10:])
            if row["cancel_requested"]:
                await asyncio.to_thread(self.jobs.finish, job_id, "cancelled", self.name)
            elif row["attempts"] < MAX_ATTEMPTS:
                await asyncio.to_thread(
                    self.jobs.requeue, job_id, self.name, f"the worker exited with code {code}; resuming"
                )
            else:
                error = {
                    "code": "worker_died",
                    "message": f"the worker exited with code {code}: {detail[-2000:]}",
                    "param": None,
                }
                await asyncio.to_thread(self.jobs.finish, job_id, "failed", self.name, error=error)
        return code
