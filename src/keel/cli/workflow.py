"""`keel workflow`: YAML workflows — check, draw, run (here or on a worker), resume, inspect.

    keel workflow validate flow.yaml                 # every problem with its file:line
    keel workflow graph flow.yaml [--format svg -o flow.svg]
    keel workflow run flow.yaml [--param k=v …]      # in this process, step by step
    keel workflow run flow.yaml --submit             # queued: a worker (keel worker / keel serve) runs it
    keel workflow run flow.yaml --resume wfrun_…     # the failed run again: only what did not succeed
    keel workflow status wfrun_…                     # its steps

A run is a job of kind `workflow` in the config's database (`storage.url`); its steps' state is in
`workflow_steps` and its artifacts under `jobs.dir` (default KEEL_HOME/jobs)/RUN_ID/STEP.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from keel.cli.common import ConfigOption, console, fail, parse_pairs, print_json, problems_exit, settings_or_exit

app = typer.Typer(help="YAML workflows: validate, draw, run and resume DAGs of steps.", no_args_is_help=True)
out = Console()

FileArgument = typer.Argument(..., help="the workflow's YAML file")
ICON = {
    "succeeded": "[green]✓[/green]",
    "cached": "[blue]=[/blue]",
    "failed": "[red]✗[/red]",
    "skipped": "[dim]–[/dim]",
    "running": "[yellow]▶[/yellow]",
    "retrying": "[yellow]↻[/yellow]",
    "reused": "[dim]·[/dim]",
    "pending": " ",
}


def _load(path: Path) -> Any:
    from keel.config import ConfigError
    from keel.jobs.workflows.spec import load_workflow

    try:
        return load_workflow(path)
    except ConfigError as exc:
        problems_exit(f"{path} is not a valid workflow:", exc)


@app.command("validate")
def validate_cmd(file: Path = FileArgument) -> None:
    """Check FILE: step types, parameters, references, conditions, cycles — every problem with its line."""
    wf = _load(file)
    layers = wf.layers()
    console.print(
        f"[green]{escape(str(file))}: valid[/green] — workflow {escape(wf.name)}, "
        f"{len(wf.steps)} step(s) in {len(layers)} layer(s)",
        highlight=False,
    )


@app.command("graph")
def graph_cmd(
    file: Path = FileArgument,
    fmt: str = typer.Option("text", "--format", "-f", help="text or svg"),
    output: Path | None = typer.Option(None, "--output", "-o", help="write here instead of standard output"),
) -> None:
    """Draw FILE's DAG: text (layers, each step with what it waits for) or SVG."""
    from keel.jobs.workflows import graph

    if fmt not in ("text", "svg"):
        raise typer.BadParameter("text or svg", param_hint="--format")
    wf = _load(file)
    drawn = graph.text(wf) if fmt == "text" else graph.svg(wf)
    if output is None:
        sys.stdout.write(drawn)
        return
    try:
        output.write_text(drawn, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    console.print(f"wrote {escape(str(output))}", highlight=False)


# ---------------------------------------------------------------------------------- run


def _short(outputs: dict[str, Any] | None, limit: int = 110) -> str:
    if not outputs:
        return ""
    parts = []
    for k, v in outputs.items():
        if isinstance(v, dict | list):
            text = json.dumps(v, ensure_ascii=False, separators=(",", ":"), default=str)
        else:
            text = str(v).strip().replace("\n", " ")
        parts.append(f"{k}={text[:40] + '…' if len(text) > 40 else text}")
    line = ", ".join(parts)
    return line if len(line) <= limit else line[: limit - 1] + "…"


class Printer:
    """Each step's progress as a line on stderr."""

    def __init__(self) -> None:
        self.started: dict[str, float] = {}

    def __call__(self, e: Any) -> None:
        icon = ICON.get(e.status, " ")
        name = escape(e.step)
        if e.status == "running":
            self.started.setdefault(e.step, time.monotonic())
            again = f" (attempt {e.attempt})" if e.attempt > 1 else ""
            console.print(f"{icon} {name} running{again}", highlight=False)
            return
        if e.status == "retrying":
            said = f"{icon} {name}: attempt {e.attempt} failed: {escape(e.message)}; retrying in {e.wait_s:g}s"
            console.print(said, highlight=False)
            return
        took = f" in {time.monotonic() - self.started[e.step]:.1f}s" if e.step in self.started else ""
        detail = e.message if e.status in ("failed", "skipped", "reused") else _short(e.outputs)
        console.print(f"{icon} {name} {e.status}{took}" + (f": {escape(detail)}" if detail else ""), highlight=False)


def _steps_table(steps: list[dict[str, Any]]) -> Table:
    t = Table()
    for col in ("step", "type", "status", "attempts", "time", "error / outputs"):
        t.add_column(col, overflow="fold", no_wrap=col in ("step", "status"))
    for r in steps:
        took = ""
        if r["started_at"] is not None and r["finished_at"] is not None:
            took = f"{(r['finished_at'] - r['started_at']).total_seconds():.1f}s"
        status = f"{ICON.get(r['status'], '')} {r['status']}"
        detail = r["error"] or _short(r["outputs"])
        t.add_row(r["step"], r["type"], status, str(r["attempts"] or ""), took, escape(detail or ""))
    return t


async def _foreground(engine: Any, settings: Any, row: dict[str, Any], worker: str) -> str:
    from functools import partial

    from keel.jobs.worker import Worker
    from keel.jobs.workflows.kind import run_job

    handler = partial(run_job, settings=settings, on_event=Printer())
    worker_ = Worker(engine, settings.jobs, handlers={"workflow": handler}, name=worker, hand_back=False)
    return await worker_.run(row)


@app.command("run")
def run_cmd(
    file: Path = FileArgument,
    param: list[str] | None = typer.Option(None, "--param", "-p", help="a parameter: KEY=VALUE (repeatable)"),
    resume: str | None = typer.Option(None, "--resume", help="a failed run (wfrun_…) to go on with"),
    submit: bool = typer.Option(False, "--submit", help="queue it for a worker instead of running it here"),
    config: Path | None = ConfigOption,
    as_json: bool = typer.Option(False, "--json", help="print the run and its steps as JSON at the end"),
) -> None:
    """Run FILE: in this process (step by step, printed as they go) or, with --submit, on a worker."""
    from keel.errors import KeelError
    from keel.jobs.worker import worker_name
    from keel.jobs.workflows import runs
    from keel.store.engine import make_engine, migrate

    wf = _load(file)
    given = parse_pairs(param, "--param", typed=True)
    try:
        wf.run_params(given)
    except ValueError as exc:
        fail(str(exc), 2)
    settings = settings_or_exit(config)
    engine = make_engine(settings.storage.url)
    migrate(engine)
    cfg = str(config.resolve()) if config else None
    worker = None if submit else worker_name()
    try:
        if resume:
            row = runs.resume(engine, resume, wf, given, config=cfg, worker=worker, stale_s=settings.jobs.stale_s)
        else:
            row = runs.submit(engine, wf, given, config=cfg, worker=worker)
    except KeelError as exc:
        fail(exc.message)
    except ValueError as exc:
        fail(str(exc), 2)
    run_id = row["id"]
    if submit:
        console.print(
            f"queued {run_id}: a worker (`keel worker`, or `keel serve`) runs it; "
            f"follow it with `keel workflow status {run_id}`",
            highlight=False,
        )
        if as_json:
            print_json({"id": run_id, "status": row["status"]})
        return
    console.print(f"workflow {escape(wf.name)}: run {run_id} ({len(wf.steps)} steps)", highlight=False)
    quiet = logging.getLogger("keel.jobs.worker")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # the failure is told below, without the worker's traceback
    try:
        status = asyncio.run(_foreground(engine, settings, row, worker or ""))
    except KeyboardInterrupt:
        from keel.jobs.queue import Queue
        from keel.jobs.workflows.store import StepStore

        StepStore(engine).interrupted(run_id, "interrupted (Ctrl-C)")
        Queue(engine).finish(run_id, "cancelled", worker, error={"code": "interrupted", "message": "interrupted"})
        fail(f"interrupted: go on with `keel workflow run {file} --resume {run_id}`", 130)
    finally:
        quiet.setLevel(level)
    _report(engine, run_id, file, status, as_json)


def _report(engine: Any, run_id: str, file: Path, status: str, as_json: bool) -> None:
    from keel.jobs.workflows.runs import run_steps

    row, steps = run_steps(engine, run_id)
    if as_json:
        print_json(_run_json(row, steps))
    else:
        out.print(_steps_table(steps))
    if status == "succeeded":
        console.print(f"[green]run {run_id} succeeded[/green]", highlight=False)
        return
    said = (row["error"] or {}).get("message", status)
    said = said.removeprefix("WorkflowFailed: ")
    fail(f"run {run_id} {status}: {said}\nfix it, then go on with: keel workflow run {file} --resume {run_id}")


def _run_json(row: dict[str, Any], steps: list[dict[str, Any]]) -> dict[str, Any]:
    from keel.jobs.queue import job_view
    from keel.store.rows import unix

    return {
        **job_view(row),
        "steps": [
            {
                "step": r["step"],
                "type": r["type"],
                "status": r["status"],
                "attempts": r["attempts"],
                "cache_key": r["cache_key"],
                "outputs": r["outputs"],
                "error": r["error"],
                "started_at": unix(r["started_at"]),
                "finished_at": unix(r["finished_at"]),
            }
            for r in steps
        ],
    }


@app.command("status")
def status_cmd(
    run_id: str = typer.Argument(..., help="the run (wfrun_…)"),
    config: Path | None = ConfigOption,
    as_json: bool = typer.Option(False, "--json", help="print the run and its steps as JSON"),
) -> None:
    """A run's status and its steps: status, attempts, time, error or outputs."""
    from keel.errors import KeelError
    from keel.jobs.workflows.runs import run_steps
    from keel.store.engine import make_engine, migrate

    settings = settings_or_exit(config)
    engine = make_engine(settings.storage.url)
    migrate(engine)
    try:
        row, steps = run_steps(engine, run_id)
    except KeelError as exc:
        fail(exc.message)
    if as_json:
        print_json(_run_json(row, steps))
        return
    name = row["name"] or (row["spec"] or {}).get("name") or ""
    colour = {"succeeded": "green", "failed": "red", "cancelled": "red"}.get(row["status"], "yellow")
    out.print(f"run {run_id} ({escape(name)}): [{colour}]{row['status']}[/{colour}]", highlight=False)
    if row["error"]:
        out.print(f"  {escape(str(row['error'].get('message', '')).removeprefix('WorkflowFailed: '))}", highlight=False)
    out.print(_steps_table(steps))
