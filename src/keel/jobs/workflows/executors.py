"""Where a step's function runs: the seam between the workflow engine and an execution back-end.

The engine hands an executor a step type, its checked parameters and its StepContext, and awaits
the outputs. `LocalExecutor` runs the function here: an async one on the run's event loop (the
steps that use the gateway's services), a sync one in a thread. A remote back-end (Ray) ships
`call` with the step type's name, the parameters and the context — all three pickle: the context
carries settings, not live services — and runs the steps marked `local` (train, eval, batch,
register, promote: they use this process's services, or start their own worker process) with
LocalExecutor. `RayExecutor` is that back-end (`jobs.backend: ray`).
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Protocol

from keel.jobs.workflows.steps import Params, StepContext, StepType


class Executor(Protocol):
    async def run(self, t: StepType, params: Params, ctx: StepContext) -> dict[str, Any]: ...

    async def close(self) -> None: ...


class LocalExecutor:
    """Steps in this process: async functions on the loop, sync ones in a worker thread."""

    name = "local"

    async def run(self, t: StepType, params: Params, ctx: StepContext) -> dict[str, Any]:
        if inspect.iscoroutinefunction(t.run):
            return await t.run(params, ctx)  # type: ignore[misc]
        return await asyncio.to_thread(t.run, params, ctx)  # type: ignore[arg-type]

    async def close(self) -> None:
        return None


def call(type_name: str, params: Params, ctx: StepContext) -> dict[str, Any]:
    """Run one step to its outputs, synchronously — an async step function on an event loop of its
    own: what a remote worker runs (the step type shipped by name, its function found there)."""
    from keel.jobs.workflows.steps import STEP_TYPES

    t = STEP_TYPES[type_name]
    if inspect.iscoroutinefunction(t.run):
        return asyncio.run(t.run(params, ctx))  # type: ignore[arg-type]
    return t.run(params, ctx)  # type: ignore[return-value]


class RayExecutor:
    """Steps as Ray tasks on the cluster at `jobs.ray_address` (keel.jobs.ray_backend); the steps
    marked `local` run here, with LocalExecutor."""

    name = "ray"

    def __init__(self, settings: Any) -> None:
        self.settings = settings  # JobsSettings
        self.local = LocalExecutor()

    async def run(self, t: StepType, params: Params, ctx: StepContext) -> dict[str, Any]:
        if t.local:
            return await self.local.run(t, params, ctx)
        from keel.jobs.ray_backend import run_task

        return await asyncio.to_thread(run_task, call, t.name, params, ctx, settings=self.settings)

    async def close(self) -> None:
        return None


def executor_for(settings: Any) -> Executor:
    """The executor of `jobs.backend` (SETTINGS: JobsSettings)."""
    return RayExecutor(settings) if settings.backend == "ray" else LocalExecutor()
