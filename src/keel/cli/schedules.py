"""`keel schedules`: cron schedules that submit jobs — list, add, pause, resume, remove, next.

These work on the config's database (`storage.url`, from `--config` / $KEEL_CONFIG /
./keel.yaml); a worker (`keel worker`, or the one in `keel serve`) fires what is due. See
docs/schedules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from keel.cli.common import ConfigOption, console, fail, parse_json, parse_pairs, print_json, settings_or_exit

app = typer.Typer(help="Cron schedules that submit batch, workflow and other jobs.", no_args_is_help=True)
out = Console(soft_wrap=True)

TenantOption = typer.Option("default", "--tenant", help="the tenant whose schedules these are")


@contextmanager
def opened(config: Path | None) -> Iterator[Any]:
    """The config database's Schedules; a Keel error is printed in red and exits 2 (a bad request)
    or 1 (not found, exists already), a database that cannot be opened exits 1."""
    from sqlalchemy.exc import SQLAlchemyError

    from keel.errors import InvalidRequest, KeelError
    from keel.jobs.schedules import Schedules
    from keel.store.engine import make_engine, migrate

    settings = settings_or_exit(config)
    try:
        engine = make_engine(settings.storage.url)
    except (SQLAlchemyError, ValueError, OSError) as exc:
        fail(f"cannot open the database (storage.url): {str(exc).splitlines()[0]}")
    try:
        migrate(engine)
        yield Schedules.for_worker(engine, settings.jobs)
    except KeelError as exc:
        fail(exc.message, 2 if isinstance(exc, InvalidRequest) else 1)
    except SQLAlchemyError as exc:
        fail(f"the database (storage.url) failed: {str(exc).splitlines()[0]}")
    finally:
        engine.dispose()


def _local(t: datetime | None, tz: str) -> str:
    from zoneinfo import ZoneInfo

    return t.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M %Z") if t else ""


def _utc(t: datetime | None) -> str:
    return t.strftime("%Y-%m-%d %H:%M UTC") if t else ""


def _both(t: datetime, tz: str, sep: str = " ") -> str:
    """T in zone TZ, then in UTC (once when TZ is UTC)."""
    local, utc = _local(t, tz), _utc(t)
    if local == utc:
        return utc
    return f"{local}{sep}{utc}" if sep == "\n" else f"{local}{sep}({utc})"


def _jsonable(s: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in s.items()}


@app.command("list")
def list_(
    as_json: bool = typer.Option(False, "--json", help="print the schedules as JSON"),
    tenant: str = TenantOption,
    config: Path | None = ConfigOption,
) -> None:
    """The schedules, by name, with their next firing in their own time zone and in UTC."""
    with opened(config) as schedules:
        rows = schedules.list(tenant)
    if as_json:
        print_json([_jsonable(s) for s in rows])
        return
    if not rows:
        console.print(
            "No schedules yet: add one with `keel schedules add NAME --cron '0 3 * * *' --workflow flow.yaml`."
        )
        return
    table = Table(title="schedules")
    table.add_column("name", no_wrap=True)
    table.add_column("cron, zone")
    table.add_column("kind")
    table.add_column("next run", no_wrap=True)  # local, then UTC
    for column in ("missed", "paused", "last job"):
        table.add_column(column)
    for s in rows:
        nxt = None if s["paused"] else s["next_run_at"]
        when = _both(nxt, s["timezone"], "\n") if nxt else "-"
        last = s["last_job_id"] or "-"
        if s["last_job_id"] and s["last_run_at"]:
            last += f"\n{_utc(s['last_run_at'])}"
        table.add_row(escape(s["name"]), f"{escape(s['cron'])}\n{s['timezone']}", s["kind"], when, s["missed"],
                      "yes" if s["paused"] else "no", last)  # fmt: skip
    out.print(table)


def _spec(
    kind: str | None,
    spec: str | None,
    workflow: Path | None,
    params: list[str] | None,
    batch_input: Path | None,
    model: str | None,
    output: Path | None,
) -> tuple[str, dict[str, Any]]:
    """The job's kind and spec from --kind/--spec or one of the shorthands."""
    shorthands = [o for o, v in (("--workflow", workflow), ("--batch-input", batch_input)) if v is not None]
    given = ["--spec"] if spec is not None else []
    if len(shorthands + given) > 1:
        fail(
            f"give the job once: --spec, --workflow or --batch-input (got {', '.join(shorthands + given)})",
            2,
        )
    if params and workflow is None:
        fail("--param goes with --workflow", 2)
    if (model or output) and batch_input is None:
        fail("--model and --output go with --batch-input", 2)
    if workflow is not None:
        if kind not in (None, "workflow"):
            fail(f"--workflow makes a workflow job, not {kind}", 2)
        if not workflow.is_file():
            fail(f"no workflow file at {workflow}", 2)
        built: dict[str, Any] = {"path": str(workflow.resolve())}
        if params:
            built["params"] = parse_pairs(params, "--param", typed=True)
        return "workflow", built
    if batch_input is not None:
        if kind not in (None, "batch"):
            fail(f"--batch-input makes a batch job, not {kind}", 2)
        if not model or output is None:
            fail("a batch schedule needs --model and --output with --batch-input", 2)
        if not batch_input.exists():
            console.print(
                f"[yellow]note: {escape(str(batch_input))} does not exist yet; "
                "it must exist by the first firing[/yellow]"
            )
        return "batch", {"input": str(batch_input.resolve()), "model": model, "output": str(output.resolve())}
    if kind is None or spec is None:
        fail(
            "say what to run: --kind KIND --spec JSON, --workflow flow.yaml, "
            "or --batch-input in.jsonl --model M --output out.jsonl",
            2,
        )
    return kind, parse_json(spec, "--spec")


@app.command("add")
def add(
    name: str = typer.Argument(..., help="the schedule's name (unique)"),
    cron: str = typer.Option(
        ..., "--cron", help="five fields: minute hour day-of-month month day-of-week, e.g. '0 3 * * *'"
    ),
    tz: str = typer.Option("UTC", "--tz", help="the IANA time zone the expression reads in, e.g. Europe/Berlin"),
    kind: str | None = typer.Option(None, "--kind", help="the job kind: batch, workflow, eval or a plugin's"),
    spec: str | None = typer.Option(None, "--spec", help="the job's spec as a JSON object, submitted unchanged"),
    workflow: Path | None = typer.Option(None, "--workflow", help="shorthand: run this workflow file"),
    params: list[str] | None = typer.Option(
        None, "--param", help="with --workflow: a parameter KEY=VALUE (repeatable)"
    ),
    batch_input: Path | None = typer.Option(None, "--batch-input", help="shorthand: a batch job over this JSONL"),
    model: str | None = typer.Option(None, "--model", help="with --batch-input: the model"),
    output: Path | None = typer.Option(None, "--output", help="with --batch-input: the output JSONL"),
    missed: str = typer.Option(
        "skip", "--missed", help="missed firings: skip (drop them) or run_once (one run for all)"
    ),
    paused: bool = typer.Option(False, "--paused", help="add it paused"),
    as_json: bool = typer.Option(False, "--json", help="print the schedule as JSON"),
    tenant: str = TenantOption,
    config: Path | None = ConfigOption,
) -> None:
    """Add a schedule NAME that submits a job at each firing of --cron in --tz."""
    job_kind, job_spec = _spec(kind, spec, workflow, params, batch_input, model, output)
    with opened(config) as schedules:
        s = schedules.add(name, cron, job_kind, job_spec, timezone=tz, missed=missed, tenant=tenant, paused=paused)
    if as_json:
        print_json(_jsonable(s))
        return
    state = "paused" if paused else f"next run {_both(s['next_run_at'], tz)}"
    console.print(f"added schedule [bold]{escape(name)}[/bold]: {s['kind']} at '{escape(s['cron'])}' {tz}; {state}")


@app.command("pause")
def pause(name: str = typer.Argument(...), tenant: str = TenantOption, config: Path | None = ConfigOption) -> None:
    """Stop NAME firing until it is resumed."""
    with opened(config) as schedules:
        schedules.pause(name, tenant)
    console.print(f"paused schedule {escape(name)}")


@app.command("resume")
def resume(name: str = typer.Argument(...), tenant: str = TenantOption, config: Path | None = ConfigOption) -> None:
    """Fire NAME again from its next firing after now (the firings the pause missed stay missed)."""
    with opened(config) as schedules:
        s = schedules.resume(name, tenant)
    console.print(f"resumed schedule {escape(name)}: next run {_both(s['next_run_at'], s['timezone'])}")


@app.command("remove")
def remove(name: str = typer.Argument(...), tenant: str = TenantOption, config: Path | None = ConfigOption) -> None:
    """Delete NAME (the jobs it submitted stay)."""
    with opened(config) as schedules:
        schedules.remove(name, tenant)
    console.print(f"removed schedule {escape(name)}")


@app.command("next")
def next_(
    name: str = typer.Argument(...),
    n: int = typer.Option(5, "-n", min=1, max=1000, help="how many firings"),
    as_json: bool = typer.Option(False, "--json", help="print the times as JSON (ISO 8601, UTC)"),
    tenant: str = TenantOption,
    config: Path | None = ConfigOption,
) -> None:
    """The next N firing times of NAME from now, in its time zone and in UTC."""
    with opened(config) as schedules:
        s = schedules.get(name, tenant)
        times = schedules.next_runs(name, n, tenant)
    if as_json:
        print_json([t.isoformat() for t in times])
        return
    table = Table(
        "#", f"local ({s['timezone']})", "UTC", title=f"next firings of {escape(name)} ('{escape(s['cron'])}')"
    )
    for i, t in enumerate(times, start=1):
        table.add_row(str(i), _local(t, s["timezone"]), _utc(t))
    out.print(table)
    if s["paused"]:
        console.print("[dim]paused: these are the times it fires once resumed[/dim]")
