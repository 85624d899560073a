"""`keel datasets`: register JSONL files as dataset versions (identified by their content's
sha256, with the version they were made from), list them and their versions.

Like every registry command these talk to a running gateway (`--url`, default the config's
HOST:PORT when one answers; key from $KEEL_API_KEY), else work in process on the config's
database. Over HTTP the gateway reads PATH, so it must be a path the gateway can read.
(`keel data` holds the dataset tools: anonymize, k-anonymity.)
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from keel.cli.common import ConfigOption, UrlOption, console, fail, parse_pairs, registry_client, when

app = typer.Typer(help="Datasets: versioned JSONL files, for lineage.", no_args_is_help=True)
out = Console()


@app.command("register")
def register(
    name: str = typer.Argument(..., help="the dataset's name"),
    path: Path = typer.Argument(..., help="a JSONL file"),
    parent: str | None = typer.Option(None, help="the dataset version it was made from (NAME/VERSION or NAME)"),
    tag: list[str] = typer.Option(None, "--tag", help="a tag KEY=VALUE (repeatable)"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Register PATH as a version of NAME; the same content again is the version it already is."""
    if not path.is_file():
        fail(f"{path}: no such file", 2)
    tags = parse_pairs(tag, "--tag") or None
    with registry_client(config, url) as client:
        version = client.registry.datasets.register(name, str(path), parent=parent, tags=tags)
    brief = f"{version['rows']} rows, {version['format']}, sha256 {version['sha256'][:12]}…"
    if version.get("parent"):
        brief += f", made from {version['parent']}"
    if version["created"]:
        out.print(f"[green]registered[/green] {escape(version['ref'])}: {escape(brief)}", highlight=False)
    else:
        out.print(f"unchanged: {escape(version['ref'])} already has this content ({escape(brief)})", highlight=False)


@app.command("list")
def list_datasets(config: Path | None = ConfigOption, url: str | None = UrlOption) -> None:
    """Every dataset: its newest version and how many it has."""
    with registry_client(config, url) as client:
        rows = client.registry.datasets.list()
    if not rows:
        console.print("No datasets registered yet: `keel datasets register NAME FILE.jsonl`.")
        return
    table = Table("dataset", "latest", "versions", title="datasets")
    for d in rows:
        table.add_row(d["name"], str(d["latest_version"]), str(d["versions"]))
    out.print(table)


@app.command("versions")
def versions(
    name: str = typer.Argument(..., help="a dataset"), config: Path | None = ConfigOption, url: str | None = UrlOption
) -> None:
    """Every version of dataset NAME: rows, format, fingerprint, parent, file and tags."""
    with registry_client(config, url) as client:
        rows = client.registry.datasets.versions(name)
    table = Table("version", "created", "rows", "format", "sha256", "parent", "path", "tags", title=name)
    for v in rows:
        table.add_row(
            str(v["version"]),
            when(v["created_at"]),
            str(v["rows"]),
            v["format"],
            v["sha256"][:12],
            v.get("parent") or "",
            escape(v["path"]),
            escape(", ".join(f"{k}={val}" for k, val in (v.get("tags") or {}).items())),
        )
    out.print(table)
