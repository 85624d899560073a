"""`keel batch run`: a JSONL file through the pipeline, in this process, with a progress bar.

    keel batch run --input reviews.jsonl --model gemma-3-270m --output answers.jsonl
    keel batch run --input rows.jsonl --model gemma-3-270m --prompt classify@production --output out.jsonl

Rows are OpenAI batch lines, or plain rows (`{"messages": […]}`, `{"prompt": "…"}`, or a template's
variables with --prompt). The run is a batch job in the database, checkpointed line by line: run
the same command again after a crash (or `kill -9`) and it resumes where it stopped; every
custom_id is written to --output once, in input order. `keel batch list/show/cancel` read batch
jobs, whether made here or through the API.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from keel.cli.common import ConfigOption, UrlOption, console, fail, print_json, registry_client, settings_or_exit

app = typer.Typer(
    help="Batch prediction: JSONL through the pipeline, checkpointed and resumable.", no_args_is_help=True
)


@app.command("run")
def run(
    input: Path = typer.Option(..., "--input", "-i", help="JSONL: batch lines or plain rows"),
    model: str = typer.Option(..., "--model", "-m", help="the model (a catalogue name) for rows naming none"),
    output: Path = typer.Option(..., "--output", "-o", help="JSONL written at the end: one line per custom_id"),
    prompt: str | None = typer.Option(None, "--prompt", help="a prompt template: NAME, NAME@label or NAME/VERSION"),
    endpoint: str = typer.Option("/v1/chat/completions", "--endpoint", help="for batch lines: their url"),
    concurrency: int | None = typer.Option(None, "--concurrency", "-c", min=1, max=1024, help="requests in flight"),
    config: Path | None = ConfigOption,
) -> None:  # fmt: skip
    """Answer every row of --input with --model through the pipeline; resume an interrupted run."""
    from keel.jobs.batch_input import InvalidBatch, parse_lines, rows_to_lines

    settings = settings_or_exit(config)
    if not input.is_file():
        fail(f"{input}: no such file", 2)
    try:  # every problem, with its line, before any model loads
        raw = input.read_bytes()
        parse_lines(rows_to_lines(raw, model, prompt) if endpoint == "/v1/chat/completions" else raw, endpoint, model)
    except InvalidBatch as exc:
        for e in exc.errors:
            at = f"{input}:{e['line']}: " if e.get("line") else f"{input}: "
            console.print(f"[red]{escape(at + e['message'])}[/red]", highlight=False)
        if exc.more:
            console.print(f"[red]… and {exc.more} more[/red]")
        raise typer.Exit(2) from None
    except ValueError as exc:  # a bad --prompt reference
        fail(str(exc), 2)
    got = asyncio.run(_run(settings, input, output, model, concurrency, prompt, endpoint))
    status = got["status"]
    colour = {"succeeded": "green", "cancelled": "yellow"}.get(status, "red")
    console.print(
        f"[{colour}]{status}[/]: {got['completed']} answered, {got['failed']} failed"
        + (f" → {escape(str(output))}" if status == "succeeded" else "")
    )
    if got["error"]:
        console.print(f"[red]{escape(got['error'].get('message', ''))}[/red]")
    if status != "succeeded":
        raise typer.Exit(1)


async def _run(settings: Any, *args: Any) -> dict[str, Any]:
    from keel.errors import KeelError
    from keel.jobs.batch_local import run_batch_file
    from keel.services import Services

    services = Services(settings)
    await services.start(wait_for_models=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    try:
        with Progress(*columns, console=console) as bar:
            task = bar.add_task("batch", total=None)

            def started(row: dict[str, Any], resumed: bool) -> None:
                bar.update(task, description=escape(row["id"]))
                if resumed:
                    done = (row["progress"] or {}).get("completed", 0)
                    bar.console.print(f"resuming {row['id']}: {done} lines were answered before")

            def progress(p: dict[str, Any]) -> None:
                bar.update(task, total=p.get("total"), completed=p.get("completed", 0) + p.get("failed", 0))

            return await run_batch_file(services, *args[:5], endpoint=args[5], on_start=started, on_progress=progress)
    except KeelError as exc:
        fail(exc.message)
    finally:
        await services.gateway.close()


@app.command("list")
def list_batches(
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=100),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Batches (OpenAI's objects), the newest first."""
    from rich.table import Table

    with registry_client(config, url) as client:
        page = client.batches.list(limit=limit)
    if not page.data:
        console.print("No batches yet.")
        return
    table = Table("batch", "status", "endpoint", "total", "completed", "failed", "output file", title="batches")
    for b in page.data:
        c = b.request_counts
        table.add_row(b.id, b.status, b.endpoint, str(c.total), str(c.completed), str(c.failed), b.output_file_id or "")
    console.print(table)


@app.command("show")
def show(batch_id: str, config: Path | None = ConfigOption, url: str | None = UrlOption) -> None:
    """A batch as OpenAI's Batch object (JSON)."""
    with registry_client(config, url) as client:
        print_json(client.batches.retrieve(batch_id).model_dump())


@app.command("cancel")
def cancel(batch_id: str, config: Path | None = ConfigOption, url: str | None = UrlOption) -> None:
    """Cancel a batch: the lines answered so far go to its output file."""
    with registry_client(config, url) as client:
        b = client.batches.cancel(batch_id)
    console.print(f"{escape(batch_id)}: {b.status}")
