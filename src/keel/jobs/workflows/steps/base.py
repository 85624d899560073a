"""What a step type is: its parameters (a pydantic model), its outputs, and a plain function
`run(params, ctx) -> outputs` (sync, run in a thread; or async) that an executor runs.

A step function gets only its checked parameters and a small `StepContext`: the run and step, the
step's artifact folder, the workflow's folder (relative paths start there), a logger, and — for
the steps that call the gateway or the database — `ctx.resources`. The context pickles to what a
remote worker needs to rebuild the rest (settings; no engine, no open services), so an executor
may ship a step to another process (a Ray task) unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

log = logging.getLogger("keel.jobs.workflows")


class StepFailed(Exception):
    """A step failed for a reason its message says in full (no traceback worth showing)."""


class Params(BaseModel):
    """Base of every step type's parameters: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid")


class StepLog:
    """A step's logger: the run's job log when running here (Queue.log), Python logging elsewhere."""

    def __init__(self, run_id: str, step: str, write: Callable[[str, str, dict[str, Any]], None] | None = None) -> None:
        self.run_id, self.step, self._write = run_id, step, write

    def __call__(self, level: str, message: str) -> None:
        if self._write is not None:
            try:
                self._write(level, f"{self.step}: {message}", {"step": self.step})
                return
            except Exception:  # the log is best effort: a step never fails for it
                log.warning("workflow %s: could not write a log line", self.run_id, exc_info=True)
        log.log(logging.getLevelName(level.upper()) if level != "warn" else logging.WARNING, "%s/%s: %s",
                self.run_id, self.step, message)  # fmt: skip

    def info(self, message: str) -> None:
        self("info", message)

    def warn(self, message: str) -> None:
        self("warn", message)

    def __getstate__(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "step": self.step, "_write": None}


@dataclass
class StepContext:
    run_id: str
    step: str
    dir: Path  # this step's artifacts: jobs.dir/RUN_ID/STEP (created before the step runs)
    base: Path  # the workflow file's folder: relative paths in `with:` start here
    tenant: str = "default"
    log: StepLog = field(default=None)  # type: ignore[assignment]
    resources: Any = None  # keel.jobs.workflows.resources.Resources: settings, database, services

    def __post_init__(self) -> None:
        if self.log is None:
            self.log = StepLog(self.run_id, self.step)

    def path(self, value: str | Path) -> Path:
        """VALUE as a path: relative ones from the workflow's folder."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else (self.base / p)

    def need_resources(self) -> Any:
        if self.resources is None:
            raise StepFailed(f"step {self.step!r} needs Keel's services (settings, database), and none were given")
        return self.resources


StepFunction = Callable[[Any, StepContext], dict[str, Any] | Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class StepType:
    """NAME (`type:` in the YAML) with its PARAMS model, the OUTPUTS it declares (None: any
        keys, as a python step returns), its function, and for caching: the modules whose source is
        its code version, whether it caches by default, and which outputs name files (a cached
        result whose files are gone is a miss). BLOCKS: an output that, when false, skips the
        dependents that do not read it in their `if:` (a gate with on_fail: skip). LOCAL: the step uses
    this process's gateway services or database (train, eval, batch, register, promote), so a remote
    back-end runs it here; the others may be shipped (keel.jobs.workflows.executors.call)."""

    name: str
    params: type[Params]
    outputs: tuple[str, ...] | None
    run: StepFunction
    summary: str
    code: tuple[str, ...] = ()
    cache: bool = True
    files: tuple[str, ...] = ()
    blocks: str | None = None
    output_help: dict[str, str] = field(default_factory=dict)
    version: Callable[[Any, Path], str] | None = None  # more code version from the params (a python step's file)
    local: bool = False  # needs this process's services or event loop: a remote back-end runs it here
