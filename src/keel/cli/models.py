"""`keel models`: what a running gateway serves (its live catalogue, through keel.Client), or, with
no gateway running, what this configuration would serve."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from keel.cli.common import ConfigOption, console, gateway_reachable, settings_or_exit
from keel.config import Settings

app = typer.Typer(help="Models served by this configuration.", no_args_is_help=True)


@app.command("list")
def list_models(
    config: Path | None = ConfigOption,
    url: str | None = typer.Option(None, help="gateway base URL (default: http://HOST:PORT from config, if running)"),
) -> None:
    """List models. A running gateway's live catalogue (ready, in flight, aliases); else the
    configured models: name, provider, source and whether the model file is ready."""
    import os

    settings = settings_or_exit(config)
    base = url or f"http://{settings.server.host}:{settings.server.port}"
    if gateway_reachable(base):
        _live(base, os.environ.get("KEEL_API_KEY"))
        return
    if url:
        console.print(f"[red]No Keel gateway answers at {url}.[/red] Start one with `keel serve`.")
        raise typer.Exit(1)
    _configured(settings)


def _live(base: str, api_key: str | None) -> None:
    from keel.client import Client
    from keel.errors import KeelError

    with Client(base, api_key=api_key) as client:
        try:
            cat = client.admin.catalogue()
        except KeelError as exc:
            console.print(f"[red]{exc.message}[/red]")
            raise typer.Exit(1) from None
    table = Table("model", "provider", "status", "in flight", title=f"{base} · catalogue revision {cat['revision']}")
    for m in cat["models"]:
        status = "ready" if m["ready"] else (f"failed: {m['error']}" if m["error"] else "loading")
        table.add_row(m["model"], m["provider"], status, str(m["in_flight"]))
    for alias, target in cat["aliases"].items():
        table.add_row(alias, f"alias → {target}", "", "")
    Console().print(table)


def _configured(settings: Settings) -> None:
    from keel.providers.model_files import DEFAULT_PACKAGE, is_assembled

    table = Table("model", "provider", "source", "status")
    for m in settings.models:
        if m.provider == "llama_cpp":
            path = m.params.get("path")
            package = m.params.get("package") or DEFAULT_PACKAGE
            source = path or f"package {package}"
            if path:
                status = "ready" if Path(path).expanduser().is_file() else "file missing"
            else:
                status = "ready" if is_assembled(package) else "assembled on first start"
        else:
            source, status = str(m.params.get("base_url", "")), "remote"
        table.add_row(m.name, m.provider, source, status)
    for alias, target in settings.aliases.items():
        table.add_row(alias, f"alias → {target}", "", "")
    Console().print(table)
