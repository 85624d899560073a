"""Helpers the workflow tests share (no tests here): a python step library written into the
test's folder, running a workflow and reading its steps back, and a sleep that only records."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from keel.jobs.workflows import WorkflowFailed, WorkflowRun, parse_workflow
from keel.jobs.workflows.store import StepStore

LIB = """\
import pathlib

HERE = pathlib.Path(__file__).parent


def record(name):
    with open(HERE / "calls.txt", "a") as f:
        f.write(name + "\\n")


def calls(name):
    path = HERE / "calls.txt"
    return path.read_text().splitlines().count(name) if path.exists() else 0


def source(n):
    record("source")
    return {"value": n}


def add(a, b):
    record("add")
    return {"value": a + b}


def double(x):
    record("double")
    return {"value": x * 2}


def flaky(fail_times):
    record("flaky")
    n = calls("flaky")
    if n <= fail_times:
        raise RuntimeError(f"attempt {n} fails")
    return {"attempts": n}


def fixed_later():
    record("fixed_later")
    if not (HERE / "fixed").exists():
        raise RuntimeError("not fixed yet")
    return {"ok": True}


async def slow(seconds):
    import asyncio

    await asyncio.sleep(seconds)
    return {}


def write_file(ctx, text):
    path = ctx.dir / "out.txt"
    path.write_text(text)
    return {"path": path}


def metrics(exact_match):
    return {"metrics": {"exact_match": exact_match, "latency_ms": 900.0}}
"""


def write_lib(folder: Path) -> Path:
    (folder / "lib.py").write_text(LIB)
    return folder


@dataclass
class Outcome:
    result: dict[str, Any] | None
    error: WorkflowFailed | None
    rows: dict[str, dict[str, Any]]

    @property
    def statuses(self) -> dict[str, str]:
        return {name: r["status"] for name, r in self.rows.items()}

    def outputs(self, step: str) -> Any:
        return self.rows[step]["outputs"]


class Sleeps:
    """The injected sleep: records the waits, waits for nothing."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def calls(folder: Path, name: str) -> int:
    path = folder / "calls.txt"
    return path.read_text().splitlines().count(name) if path.exists() else 0


def flow(folder: Path, text: str) -> Any:
    return parse_workflow(textwrap.dedent(text), str(folder / "flow.yaml"), folder)


async def run(
    engine, folder: Path, wf, run_id: str, params=None, sleep=None, resources=None, tenant="default"
) -> Outcome:
    r = WorkflowRun(
        wf,
        run_id,
        engine,
        params=params,
        jobs_dir=folder / "jobs",
        resources=resources,
        sleep=sleep or Sleeps(),
        tenant=tenant,
    )
    try:
        result, error = await r.run(), None
    except WorkflowFailed as exc:
        result, error = None, exc
    return Outcome(result, error, StepStore(engine).rows(run_id))
