"""`keel jobs`: jobs of every kind (batch, workflow, eval…) — list, show, cancel, retry, logs —
and `keel worker`, a job worker process of its own.

Like the registry commands, these talk to a running gateway (`--url`, default the config's
HOST:PORT when one answers; key from $KEEL_API_KEY), else work in process on the config's database.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from keel.cli.common import ConfigOption, UrlOption, console, fail, print_json, registry_client, settings_or_exit

app = typer.Typer(help="Jobs of every kind: batch, workflow, eval…", no_args_is_help=True)
out = Console(soft_wrap=True)
STYLE = {"succeeded": "green", "failed": "red", "cancelled": "yellow", "running": "cyan", "queued": "dim"}


def _when(ts: int | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts)) if ts else ""


def _progress(p: dict[str, Any]) -> str:
    if "finished" in p:  # a workflow: its steps
        return f"{p['finished']}/{p.get('total', '?')} steps"
    if "done" in p:  # an eval: its answers
        return f"{p['done']}/{p.get('total', '?')}"
    if "total" in p:  # a batch: its lines
        failed = f", {p.get('failed', 0)} failed" if p.get("failed") else ""
        return f"{p.get('completed', 0) + p.get('failed', 0)}/{p['total']}{failed}"
    return ""


@app.command("list")
def list_jobs(
    kind: str | None = typer.Option(None, "--kind", help="only this kind: batch, workflow, eval…"),
    status: str | None = typer.Option(None, "--status", help="queued, running, succeeded, failed or cancelled"),
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=100, help="jobs shown, at most"),
    after: str | None = typer.Option(None, "--after", help="start after this job id (the next page)"),
    as_json: bool = typer.Option(False, "--json", help="print the page as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Jobs, the newest first."""
    with registry_client(config, url) as client:
        page = client.jobs.list(kind=kind, status=status, limit=limit, after=after)
    if as_json:
        print_json(page)
        return
    if not page["data"]:
        console.print("No jobs yet: `keel batch run`, `keel workflow run --submit` or a schedule makes one.")
        return
    table = Table("job", "kind", "name", "status", "stage", "progress", "created", "finished", title="jobs")
    for j in page["data"]:
        s = j["status"]
        status = f"[{STYLE.get(s, '')}]{s}[/]"
        when = (_when(j["created_at"]), _when(j["finished_at"]))
        stage = j["stage"] if s == "running" else ""
        table.add_row(escape(j["id"]), j["kind"], escape(j["name"] or ""), status, stage or "",
                      _progress(j["progress"]), *when)  # fmt: skip
    out.print(table)
    if page["has_more"]:
        console.print(f"more: keel jobs list --after {escape(page['last_id'])}", highlight=False)


@app.command("show")
def show(job_id: str, config: Path | None = ConfigOption, url: str | None = UrlOption) -> None:
    """A job: its status, progress, result and error, as JSON."""
    with registry_client(config, url) as client:
        print_json(client.jobs.retrieve(job_id))


@app.command("cancel")
def cancel(job_id: str, config: Path | None = ConfigOption, url: str | None = UrlOption) -> None:
    """Cancel a job: a queued one at once, a running one at its worker's next step."""
    with registry_client(config, url) as client:
        j = client.jobs.cancel(job_id)
    console.print(f"{escape(job_id)}: {j['status']}" + (" (cancelling)" if j["status"] == "running" else ""))


@app.command("retry")
def retry(job_id: str, config: Path | None = ConfigOption, url: str | None = UrlOption) -> None:
    """Queue a failed or cancelled job again; it keeps what it had finished."""
    with registry_client(config, url) as client:
        client.jobs.retry(job_id)
    console.print(f"{escape(job_id)}: queued again")


@app.command("logs")
def logs(
    job_id: str,
    follow: bool = typer.Option(False, "--follow", "-f", help="keep printing new lines until the job ends"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """A job's log."""
    last = 0
    with registry_client(config, url) as client:
        while True:
            for line in client.jobs.logs(job_id, after=last):
                last = line["id"]
                colour = {"error": "red", "warn": "yellow"}.get(line["level"], "")
                text = f"{_when(line['created_at'])} {line['level']:5} {escape(line['message'])}"
                out.print(f"[{colour}]{text}[/]" if colour else text, highlight=False)
            if not follow or client.jobs.retrieve(job_id)["status"] in ("succeeded", "failed", "cancelled"):
                if follow:  # the lines written as it ended
                    for line in client.jobs.logs(job_id, after=last):
                        out.print(f"{_when(line['created_at'])} {line['level']:5} {escape(line['message'])}")
                return
            time.sleep(1.0)


def worker(
    config: Path | None = ConfigOption,
    once: bool = typer.Option(False, "--once", help="run the queued jobs, then exit (no schedules)"),
    kinds: list[str] | None = typer.Option(None, "--kind", help="run only jobs of this kind (repeatable)"),
) -> None:
    """Run a job worker: claim queued jobs (batch, workflow, eval…, and fine-tuning jobs, each in a
    process of its own) and fire due schedules, until stopped. Any number may run against one database."""
    from keel.jobs.worker import job_kinds

    settings = settings_or_exit(config)
    handlers = job_kinds()
    if kinds:
        unknown = sorted(set(kinds) - set(handlers))
        if unknown:
            fail(f"unknown job kind(s): {', '.join(unknown)}; installed: {', '.join(sorted(handlers))}", 2)
        handlers = {k: v for k, v in handlers.items() if k in kinds}
    console.print(f"keel worker: {', '.join(sorted(handlers))} jobs on {settings.storage.url.split('@')[-1]}")
    try:
        asyncio.run(_work(settings, handlers, once))
    except KeyboardInterrupt:
        console.print("stopped; a job it was running is claimed again once its heartbeat is stale")


async def _work(settings: Any, handlers: dict[str, Any], once: bool) -> None:
    from keel.jobs.worker import Worker
    from keel.services import Services

    services = Services(settings)
    await services.start()
    try:
        scheduler = services.schedules() if settings.jobs.schedules and not once else None
        w = Worker(services.engine, settings.jobs, services=services, handlers=handlers, scheduler=scheduler)
        if once:
            while await w.run_once():
                pass
            return
        t = settings.training
        if t.worker:  # fine-tuning jobs, each in a worker process of its own
            from keel.training.runner import JobRunner

            services.job_runner = JobRunner(services.engine, settings.storage.url, t.poll_s, t.stale_s)
            services.job_runner.start()
        services.job_worker = w
        w.start()
        await asyncio.Event().wait()
    finally:
        await services.gateway.close()


@app.command("kinds")
def kinds_cmd() -> None:
    """The job kinds this installation runs (entry point group keel.job_kinds)."""
    from keel.jobs.worker import job_kinds

    for name in sorted(job_kinds()):
        out.print(name)
