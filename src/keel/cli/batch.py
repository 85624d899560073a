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
import hashlib
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
    raw = input.read_bytes()
    try:
        content = rows_to_lines(raw, model, prompt) if endpoint == "/v1/chat/completions" else raw
        lines = parse_lines(content, endpoint, model)
    except InvalidBatch as exc:
        for e in exc.errors:
            at = f"{input}:{e['line']}: " if e.get("line") else f"{input}: "
            console.print(f"[red]{escape(at + e['message'])}[/red]", highlight=False)
        if exc.more:
            console.print(f"[red]… and {exc.more} more[/red]")
        raise typer.Exit(2) from None
    except ValueError as exc:  # a bad --prompt reference
        fail(str(exc), 2)
    key = hashlib.sha256(b"\0".join([content, endpoint.encode(), str(output.resolve()).encode()])).hexdigest()
    spec: dict[str, Any] = {"endpoint": endpoint, "completion_window": "24h", "model": model}
    if concurrency:
        spec["concurrency"] = concurrency
    status, counts = asyncio.run(_run(settings, content, input.name, spec, key, len(lines), output))
    colour = {"succeeded": "green", "cancelled": "yellow"}.get(status, "red")
    console.print(
        f"[{colour}]{status}[/]: {counts.get('completed', 0)} answered, {counts.get('failed', 0)} failed"
        + (f" → {escape(str(output))}" if status == "succeeded" else "")
    )
    if status != "succeeded":
        raise typer.Exit(1)


async def _run(
    settings: Any, content: bytes, filename: str, spec: dict[str, Any], key: str, total: int, output: Path
) -> tuple[str, dict[str, Any]]:
    from keel.jobs.batch import Outputs, resumable, run_job
    from keel.jobs.worker import Worker, worker_alive, worker_name
    from keel.services import Services

    services = Services(settings)
    await services.start(wait_for_models=True)
    try:
        me = worker_name()
        q = services.jobs
        row = await asyncio.to_thread(resumable, q, key)
        if row is not None:
            if row["status"] == "running" and worker_alive(row["worker"]) is not False:
                who = f"{row['id']} on {row['worker']}"
                fail(f"this batch is running already ({who}); wait for it, or cancel it: keel jobs cancel {row['id']}")
            taken = await asyncio.to_thread(q.take_over, row["id"], me, row)
            if taken is None:
                fail(f"another process took batch {row['id']} over just now")
            row = taken
            console.print(
                f"resuming {row['id']}: {(row['progress'] or {}).get('completed', 0)} lines were answered before"
            )
        else:
            f = await asyncio.to_thread(services.fine_tuning.files.create, content, filename, "batch")
            spec = {**spec, "input_file_id": f["id"]}
            row = await asyncio.to_thread(
                q.submit, "batch", spec, status="running", worker=me, metadata={"local_key": key, "output": str(output)}
            )  # fmt: skip
        worker = Worker(services.engine, settings.jobs, services=services, handlers={"batch": run_job}, name=me)
        task = asyncio.create_task(worker.run(row))
        columns = (TextColumn(escape(row["id"])), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=console) as bar:
            t = bar.add_task("batch", total=total)
            while not task.done():
                job = worker.current
                if job is not None:
                    p = job.progress_now
                    bar.update(t, completed=p.get("completed", 0) + p.get("failed", 0))
                await asyncio.wait({task}, timeout=0.2)
            status = task.result()
            final = await asyncio.to_thread(q.row, row["id"])
            p = final["progress"] or {}
            bar.update(t, completed=p.get("completed", 0) + p.get("failed", 0))
        if status == "succeeded":
            data = await asyncio.to_thread(Outputs(services.engine, row["id"]).all_lines)
            tmp = output.with_name(f".{output.name}.tmp")
            tmp.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
            tmp.replace(output)
        elif final["error"]:
            console.print(f"[red]{escape(final['error'].get('message', ''))}[/red]")
        return status, p
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
