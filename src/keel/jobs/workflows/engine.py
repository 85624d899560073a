"""Running a workflow: the DAG in topological order, independent steps together (up to the
workflow's `concurrency`), each step through an executor, its state in `workflow_steps`.

For each step, once every dependency is done:
- a dependency failed → the step is skipped ("upstream step failed"); the run fails at the end;
- a dependency was skipped, or is a gate that did not pass with `on_fail: skip` → skipped too;
- (neither applies to a dependency the step's own `if:` reads: the condition decides — outputs
  of a step that did not succeed read as null there);
- its `if:` is false → skipped;
- else its `with:` is resolved and checked, and the cache asked (key: type, parameters, input
  artifacts' content, code version); a hit is `cached` with the stored outputs;
- else it runs: up to 1 + `retries` attempts, `backoff_s` × 2^(attempt-1) between them (through
  the injected `sleep`), each attempt limited to `timeout_s`.

A run id's steps that already succeeded (or were cached) are not run again — with all their
upstream steps also done — so running a failed run again (`--resume`, or a worker taking over a
run whose worker died) re-runs only the failed, skipped and never-run steps and what follows them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError
from sqlalchemy import Engine

from keel.jobs.queue import Clock
from keel.jobs.worker import Lost
from keel.jobs.workflows import expr
from keel.jobs.workflows.cache import StepCache, cache_key
from keel.jobs.workflows.executors import Executor, LocalExecutor
from keel.jobs.workflows.spec import Step, Workflow
from keel.jobs.workflows.steps import StepContext, StepFailed, StepLog
from keel.jobs.workflows.store import DONE, StepStore
from keel.store.rows import now

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
LogWrite = Callable[[str, str, dict[str, Any]], None]


@dataclass(frozen=True)
class Event:
    """What the run reports as it goes (the CLI prints these): STATUS is a step status, or
    `retrying` (WAIT_S before the next attempt) or `reused` (done in an earlier attempt of the run)."""

    step: str
    status: str
    attempt: int = 0
    message: str = ""
    wait_s: float | None = None
    outputs: dict[str, Any] | None = None


class WorkflowFailed(Exception):
    code = "workflow_failed"

    def __init__(self, message: str, failed: list[str]) -> None:
        super().__init__(message)
        self.failed = failed


def _plain(outputs: Any) -> dict[str, Any]:
    """Outputs as JSON values (a Path becomes its text), as the database stores them."""
    return orjson.loads(orjson.dumps(outputs, default=str, option=orjson.OPT_NON_STR_KEYS))


def _depth(message: str, limit: int = 4000) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


class WorkflowRun:
    def __init__(
        self,
        wf: Workflow,
        run_id: str,
        engine: Engine,
        *,
        params: dict[str, Any] | None = None,
        jobs_dir: str | Path,
        resources: Any = None,
        executor: Executor | None = None,
        tenant: str = "default",
        log_write: LogWrite | None = None,
        on_event: Callable[[Event], None] | None = None,
        sleep: Sleep = asyncio.sleep,
        check: Callable[[], None] | None = None,
        clock: Clock = now,
        poll_s: float = 0.5,
    ) -> None:
        self.wf = wf
        self.run_id = run_id
        self.params = wf.run_params(params)
        self.store = StepStore(engine, clock)
        self.cache = StepCache(engine)
        self.dir = Path(jobs_dir).expanduser() / run_id
        self.resources = resources
        self.executor = executor or LocalExecutor()
        self.tenant = tenant
        self.log_write = log_write
        self.on_event = on_event
        self.sleep = sleep
        self.check = check
        self.poll_s = poll_s
        self.states: dict[str, dict[str, Any]] = {}  # name -> {"status", "outputs", "error"}

    # ------------------------------------------------------------------ reporting

    def _log(self, level: str, message: str, step: str | None = None) -> None:
        if self.log_write is not None:
            try:
                self.log_write(level, message, {"step": step} if step else {})
            except Exception:
                log.warning("workflow %s: could not write a log line", self.run_id, exc_info=True)

    def _event(self, e: Event) -> None:
        if self.on_event is not None:
            self.on_event(e)

    async def _done(self, name: str, status: str, message: str = "", **values: Any) -> None:
        outputs = values.get("outputs")
        self.states[name] = {"status": status, "outputs": outputs, "error": values.get("error")}
        await asyncio.to_thread(self.store.finish, self.run_id, name, status, **values)
        said = f"{name}: {status}" + (f": {message}" if message else "")
        self._log("error" if status == "failed" else "info", said, name)
        self._event(Event(name, status, message=message, outputs=outputs))

    # ------------------------------------------------------------------ the DAG

    def _reusable(self, rows: dict[str, dict[str, Any]]) -> set[str]:
        keep: set[str] = set()
        for name in self.wf.order():
            row = rows.get(name)
            step = self.wf.steps[name]
            if row and row["status"] in DONE and row["type"] == step.type.name and all(d in keep for d in step.deps):
                keep.add(name)
        return keep

    async def run(self) -> dict[str, Any]:
        """Run to the end: {"steps": {name: status}, "outputs": {name: outputs}}; WorkflowFailed
        when a step failed (every step that could run has run)."""
        rows = await asyncio.to_thread(self.store.rows, self.run_id)
        keep = self._reusable(rows)
        types = {n: s.type.name for n, s in self.wf.steps.items()}
        await asyncio.to_thread(self.store.prepare, self.run_id, types, keep)
        for name in self.wf.order():
            if name in keep:
                self.states[name] = {"status": rows[name]["status"], "outputs": rows[name]["outputs"], "error": None}
                self._event(Event(name, "reused", message=f"{rows[name]['status']} in an earlier attempt of this run"))
        running: dict[asyncio.Task[None], str] = {}
        try:
            while True:
                launched = await self._launch(running)
                if not running:
                    if not launched:
                        break
                    continue
                done, _ = await asyncio.wait(running, timeout=self.poll_s, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    running.pop(task)
                    task.result()  # a bug in the engine itself surfaces here
                if self.check is not None:
                    self.check()
        except BaseException as exc:
            for task in running:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)
            if not isinstance(exc, Lost):  # (a run another worker took over is that worker's to write)
                await asyncio.to_thread(self.store.interrupted, self.run_id, "the run stopped while this step ran")
            raise
        return self._result()

    def _result(self) -> dict[str, Any]:
        statuses = {n: self.states.get(n, {}).get("status", "pending") for n in self.wf.steps}
        failed = [n for n, s in statuses.items() if s == "failed"]
        if failed:
            first = failed[0]
            raise WorkflowFailed(
                f"step {first!r} failed: {self.states[first].get('error') or 'no reason given'}"
                + (f" (and {len(failed) - 1} more failed)" if len(failed) > 1 else ""),
                failed,
            )
        outputs = {n: st["outputs"] for n, st in self.states.items() if st["status"] in DONE}
        return {"steps": statuses, "outputs": outputs}

    async def _launch(self, running: dict[asyncio.Task[None], str]) -> bool:
        """Settle or start every step whose dependencies are done (while slots are free); whether
        anything changed."""
        changed = False
        busy = set(running.values())
        for name in self.wf.order():
            if name in self.states or name in busy:
                continue
            step = self.wf.steps[name]
            if not all(d in self.states for d in step.deps):
                continue
            why = self._blocked(step)
            if why is not None:
                await self._done(name, "skipped", why, error=why)
                changed = True
                continue
            try:
                go = self._condition(step)
            except expr.ExprError as exc:
                await self._done(name, "failed", f"if: {exc}", error=f"if: {exc}")
                changed = True
                continue
            if not go:
                text = step.condition.text if isinstance(step.condition, expr.Expr) else "false"
                await self._done(name, "skipped", f"condition {text} is false", error=f"condition {text} is false")
                changed = True
                continue
            if len(running) >= self.wf.concurrency:
                continue
            task = asyncio.create_task(self._step(step), name=f"workflow-step-{name}")
            running[task] = name
            busy.add(name)
            changed = True
        return changed

    def _blocked(self, step: Step) -> str | None:
        reads = step.condition.steps if isinstance(step.condition, expr.Expr) else frozenset()
        for d in step.deps:
            state = self.states[d]
            if d in reads:  # the step's own condition decides (e.g. `steps.d.status == 'failed'`)
                continue
            if state["status"] == "failed":
                return f"upstream step {d!r} failed"
            if state["status"] == "skipped":
                return f"upstream step {d!r} was skipped"
            blocks = self.wf.steps[d].type.blocks
            if blocks and state["status"] in DONE and (state["outputs"] or {}).get(blocks) is False:
                return f"step {d!r} did not pass ({blocks}: false)"
        return None

    def _condition(self, step: Step) -> bool:
        if step.condition is None or isinstance(step.condition, bool):
            return step.condition is not False
        scope = expr.Scope(self.params, self.states, lenient=True)
        return bool(expr.evaluate(step.condition, scope))

    # ------------------------------------------------------------------ one step

    async def _step(self, step: Step) -> None:
        name, t = step.name, step.type
        try:
            raw = expr.render(step.with_, expr.Scope(self.params, self.states), step.parsed)
            params = t.params.model_validate(raw)
        except expr.ExprError as exc:
            await self._done(name, "failed", f"with: {exc}", error=f"with: {exc}")
            return
        except ValidationError as exc:
            said = "; ".join(
                f"with.{'.'.join(map(str, e['loc']))}: {e['msg'].removeprefix('Value error, ')}"
                if e["loc"]
                else e["msg"].removeprefix("Value error, ")
                for e in exc.errors()
            )
            await self._done(name, "failed", said, error=said)
            return
        folder = self.dir / name
        await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
        logger = StepLog(self.run_id, name, self.log_write)
        ctx = StepContext(self.run_id, name, folder, self.wf.base, self.tenant, logger, self.resources)
        key = None
        if step.cache:
            key, _ = await asyncio.to_thread(cache_key, t, params, self.wf.base, self.tenant)
            hit = await asyncio.to_thread(self.cache.get, key, t)
            if hit is not None:
                await self._done(name, "cached", "outputs from the step cache", outputs=hit, cache_key=key)
                return
        error = ""
        for attempt in range(1, step.retries + 2):
            await asyncio.to_thread(self.store.start, self.run_id, name, attempt)
            self._event(Event(name, "running", attempt))
            self._log("info", f"{name}: attempt {attempt} of {step.retries + 1}", name)
            try:
                outputs = await asyncio.wait_for(self.executor.run(t, params, ctx), step.timeout_s)
                if not isinstance(outputs, dict):
                    raise StepFailed(f"the step returned {type(outputs).__name__}, not a dict of outputs")
                outputs = _plain(outputs)
            except TimeoutError as exc:
                error = f"timed out after {step.timeout_s:g}s" if step.timeout_s else f"TimeoutError: {exc}"
            except StepFailed as exc:
                error = str(exc)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the step's own bug or an error it did not expect: recorded, retried
                log.debug("workflow %s: step %s failed", self.run_id, name, exc_info=True)
                error = f"{type(exc).__name__}: {exc}"
            else:
                await self._done(name, "succeeded", outputs=outputs, cache_key=key)
                if step.cache and key is not None:
                    await asyncio.to_thread(self.cache.put, key, t, outputs, self.run_id, name)
                return
            error = _depth(error)
            if attempt <= step.retries:
                wait = step.backoff_s * 2 ** (attempt - 1)
                await asyncio.to_thread(self.store.set, self.run_id, name, error=error)
                self._log("warn", f"{name}: attempt {attempt} failed ({error}); retrying in {wait:g}s", name)
                self._event(Event(name, "retrying", attempt, error, wait_s=wait))
                await self.sleep(wait)
        await self._done(name, "failed", error, error=error)
