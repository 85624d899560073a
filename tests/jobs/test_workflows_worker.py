"""Workflow runs as jobs: a worker runs a submitted workflow through the `workflow` job kind (its
entry point), a run whose worker died is taken over and goes on from its finished steps, a
cancelled run stops, and `keel workflow run | status` in the foreground, with --resume and --submit."""

from __future__ import annotations

import asyncio
import json
import re
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from keel.cli.main import app
from keel.config import JobsSettings
from keel.jobs.queue import Queue
from keel.jobs.worker import Worker, job_kinds
from keel.jobs.workflows import parse_workflow, runs
from keel.jobs.workflows.store import StepStore
from keel.store.rows import now

runner = CliRunner()

LIB = """\
import asyncio
import pathlib

HERE = pathlib.Path(__file__).parent


def record(name):
    with open(HERE / "calls.txt", "a") as f:
        f.write(name + "\\n")


def source(n):
    record("source")
    return {"value": n}


def double(x):
    record("double")
    return {"value": x * 2}


async def wait_for(flag):
    record("wait_for")
    while not (HERE / flag).exists():
        await asyncio.sleep(0.02)
    return {"flag": flag}


async def block_unless(flag):
    record("block_unless")
    if not (HERE / flag).exists():
        await asyncio.sleep(3600)
    return {"flag": flag}


def fixed_later():
    record("fixed_later")
    if not (HERE / "fixed").exists():
        raise RuntimeError("not fixed yet")
    return {"ok": True}
"""

FLOW = """\
name: three
params: {n: 2}
steps:
  a: {type: python, with: {function: "lib:source", n: "${{ params.n }}"}, cache: false}
  b: {type: python, with: {function: "lib:STEP", flag: go}, needs: [a], cache: false}
  c: {type: python, with: {function: "lib:double", x: "${{ steps.a.outputs.value }}"}, needs: [b], cache: false}
"""


def calls(folder: Path, name: str) -> int:
    path = folder / "calls.txt"
    return path.read_text().splitlines().count(name) if path.exists() else 0


@pytest.fixture
def folder(tmp_path: Path, db_url: str, monkeypatch) -> Path:
    """The test's folder: lib.py, and a keel.yaml on the test's database that the job kind reads."""
    (tmp_path / "lib.py").write_text(LIB)
    (tmp_path / "keel.yaml").write_text(f"storage: {{url: '{db_url}'}}\njobs: {{dir: '{tmp_path}/jobs'}}\n")
    monkeypatch.setenv("KEEL_CONFIG", str(tmp_path / "keel.yaml"))
    return tmp_path


def workflow(folder: Path, step: str) -> object:
    path = folder / "flow.yaml"
    path.write_text(FLOW.replace("STEP", step))
    wf = parse_workflow(path.read_text(), str(path), folder)
    wf.path = str(path)
    return wf


def settings(folder: Path, **kw) -> JobsSettings:
    return JobsSettings(dir=str(folder / "jobs"), **kw)


async def until(condition, tries: int = 2000) -> None:
    """Wait (in small steps, bounded) until CONDITION() is true."""
    for _ in range(tries):
        if await asyncio.to_thread(condition):
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the condition never became true")


async def test_a_worker_runs_a_submitted_workflow(jobs_engine, folder):
    (folder / "go").touch()
    row = runs.submit(jobs_engine, workflow(folder, "wait_for"), {"n": 5})
    assert row["status"] == "queued" and row["id"].startswith("wfrun_") and row["kind"] == "workflow"
    assert "workflow" in job_kinds()
    worker = Worker(jobs_engine, settings(folder))  # the job kinds by entry point, as `keel worker` has them
    assert await worker.run_once()
    done = Queue(jobs_engine).row(row["id"])
    assert done["status"] == "succeeded", done["error"]
    assert done["result"]["steps"] == {"a": "succeeded", "b": "succeeded", "c": "succeeded"}
    assert done["result"]["outputs"]["c"] == {"value": 10}
    assert done["progress"]["finished"] == 3 and done["progress"]["total"] == 3
    messages = [line["message"] for line in Queue(jobs_engine).logs(row["id"])]
    assert "a: succeeded" in messages and "c: succeeded" in messages
    assert (folder / "jobs" / row["id"] / "b").is_dir()


async def test_a_run_whose_worker_died_goes_on_from_its_finished_steps(jobs_engine, folder):
    row = runs.submit(jobs_engine, workflow(folder, "block_unless"), {})
    first = Worker(jobs_engine, settings(folder), name="first:1", hand_back=False)
    first.start()
    store = StepStore(jobs_engine)
    await until(lambda: store.rows(row["id"]).get("b", {}).get("status") == "running")
    await first.close()  # the worker stops mid-step without handing the job back, as if killed
    assert Queue(jobs_engine).row(row["id"])["status"] == "running"
    assert store.rows(row["id"])["a"]["status"] == "succeeded"

    (folder / "go").touch()
    later = Worker(
        jobs_engine, settings(folder, stale_s=60), name="second:2", clock=lambda: now() + timedelta(minutes=5)
    )
    assert await later.run_once()  # its heartbeat is stale: claimed again
    done = Queue(jobs_engine).row(row["id"])
    assert done["status"] == "succeeded", done["error"]
    assert done["attempts"] == 2
    assert done["result"]["steps"] == {"a": "succeeded", "b": "succeeded", "c": "succeeded"}
    assert calls(folder, "source") == 1  # a was not run again
    assert calls(folder, "block_unless") == 2 and calls(folder, "double") == 1


async def test_a_cancelled_run_stops_and_can_be_resumed(jobs_engine, folder):
    wf = workflow(folder, "block_unless")
    row = runs.submit(jobs_engine, wf, {})
    worker = Worker(jobs_engine, settings(folder, heartbeat_s=0.05), name="w:1")
    task = asyncio.create_task(worker.run_once())
    store = StepStore(jobs_engine)
    await until(lambda: store.rows(row["id"]).get("b", {}).get("status") == "running")
    Queue(jobs_engine).cancel(row["id"])
    await task
    assert Queue(jobs_engine).row(row["id"])["status"] == "cancelled"
    steps = store.rows(row["id"])
    assert (
        steps["a"]["status"] == "succeeded" and steps["b"]["status"] == "failed" and steps["c"]["status"] == "pending"
    )

    (folder / "go").touch()
    again = runs.resume(jobs_engine, row["id"], wf)  # queued for a worker
    assert again["status"] == "queued"
    assert await Worker(jobs_engine, settings(folder), name="w:2").run_once()
    done = Queue(jobs_engine).row(row["id"])
    assert done["status"] == "succeeded" and calls(folder, "source") == 1


def test_cli_run_fails_then_resumes_and_shows_status(folder, jobs_engine):
    path = folder / "flow.yaml"
    path.write_text(FLOW.replace("lib:STEP", "lib:fixed_later").replace(", flag: go", ""))
    base = ["-c", str(folder / "keel.yaml")]

    r = runner.invoke(app, ["workflow", "run", str(path), *base, "-p", "n=4"])
    assert r.exit_code == 1, r.output
    assert "✗ b failed" in r.output and "RuntimeError: not fixed yet" in r.output
    assert "Traceback" not in r.output
    run_id = re.search(r"--resume (wfrun_[0-9a-f]+)", r.output).group(1)

    r = runner.invoke(app, ["workflow", "status", run_id, *base])
    assert r.exit_code == 0, r.output
    assert "failed" in r.output and "not fixed yet" in r.output and "upstream step 'b' failed" in r.output

    (folder / "fixed").touch()
    r = runner.invoke(app, ["workflow", "run", str(path), *base, "--resume", run_id, "--json"])
    assert r.exit_code == 0, r.output
    assert "· a reused" in r.output and f"run {run_id} succeeded" in r.output
    shown = json.loads(r.stdout[r.stdout.index("{") :])
    assert shown["id"] == run_id and shown["status"] == "succeeded"
    assert {s["step"]: s["status"] for s in shown["steps"]} == {"a": "succeeded", "b": "succeeded", "c": "succeeded"}
    assert {s["step"]: s["outputs"] for s in shown["steps"]}["c"] == {"value": 8}  # the run's own parameters
    assert calls(folder, "source") == 1

    r = runner.invoke(app, ["workflow", "run", str(path), *base, "--resume", run_id])
    assert r.exit_code == 1 and "is succeeded: only a failed or cancelled run" in r.output


def test_cli_submit_and_parameter_errors(folder, jobs_engine):
    path = folder / "flow.yaml"
    path.write_text(textwrap.dedent(FLOW.replace("lib:STEP", "lib:source").replace("flag: go", "n: 1")))
    base = ["-c", str(folder / "keel.yaml")]
    r = runner.invoke(app, ["workflow", "run", str(path), *base, "--submit"])
    assert r.exit_code == 0, r.output
    run_id = re.search(r"queued (wfrun_[0-9a-f]+)", r.output).group(1)
    assert Queue(jobs_engine).row(run_id)["status"] == "queued"
    assert Queue(jobs_engine).row(run_id)["spec"]["path"] == str(path.resolve())

    r = runner.invoke(app, ["workflow", "run", str(path), *base, "-p", "nn=1"])
    assert r.exit_code == 2 and "unknown parameter(s) nn" in r.output
    r = runner.invoke(app, ["workflow", "run", str(path), *base, "-p", "novalue"])
    assert r.exit_code == 2
    path.write_text(FLOW.replace("{n: 2}", "{n: }"))
    r = runner.invoke(app, ["workflow", "run", str(path), *base])
    assert r.exit_code == 2 and "have no default" in r.output
    r = runner.invoke(app, ["workflow", "status", "wfrun_nothere", *base])
    assert r.exit_code == 1 and "No such job: wfrun_nothere" in r.output
