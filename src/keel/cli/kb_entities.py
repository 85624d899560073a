"""`keel kb entities`: the entity catalogue — import it from JSONL, list, show and delete entities,
and see what a text links to.

A catalogue file has one JSON object a line: `id` and `name` (required), `aliases` (a list of
strings), `type` (default ENTITY) and `description`. It is checked here first: any problem is
printed with its line and nothing is imported (exit 2). Re-importing an id updates it. Like the
registry commands these talk to a running gateway (`--url`, default the config's HOST:PORT when
one answers; key from $KEEL_API_KEY), else work in process on the config's database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from keel.cli.common import ConfigOption, UrlOption, console, fail, print_json, registry_client, when

app = typer.Typer(help="The entity catalogue: import, list, show, delete, link.", no_args_is_help=True)
out = Console(soft_wrap=True)
BATCH = 1000  # entities a request


def _read(path: Path) -> list[Any]:
    """The catalogue's objects; its problems printed by line (exit 2) when it has any."""
    from keel.grounding.entity_rows import read_catalogue

    if not path.is_file():
        fail(f"{path}: no such file", 2)
    try:
        rows, problems = read_catalogue(path.read_bytes())
    except OSError as exc:
        fail(f"{path}: cannot be read ({exc.strerror})", 2)
    if problems:
        console.print(f"[red]{escape(str(path))} has problems; nothing was imported:[/red]", highlight=False)
        for p in problems[:50]:
            console.print(f"  {p}", markup=False, highlight=False)
        if len(problems) > 50:
            console.print(f"  … and {len(problems) - 50} more", markup=False, highlight=False)
        raise typer.Exit(2)
    if not rows:
        fail(f"{path}: no entities in it", 2)
    return rows


@app.command("import")
def import_cmd(
    file: Path = typer.Argument(..., help="the catalogue: JSONL, one entity a line"),
    as_json: bool = typer.Option(False, "--json", help="print the result as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Import FILE into the catalogue: new ids are created, known ones updated."""
    rows = _read(file)
    total = {"imported": 0, "created": 0, "updated": 0, "unchanged": 0}
    with (
        registry_client(config, url) as client,
        Progress(
            TextColumn("importing entities"), BarColumn(), MofNCompleteColumn(), console=console, transient=True
        ) as bar,
    ):
        task = bar.add_task("import", total=len(rows))
        for i in range(0, len(rows), BATCH):
            part = client.entities.import_rows(rows[i : i + BATCH])
            for key in total:
                total[key] += int(part.get(key, 0))
            bar.advance(task, len(rows[i : i + BATCH]))
    if as_json:
        print_json(total)
        return
    out.print(
        f"[green]imported[/green] {total['imported']} entities from {escape(str(file))}: "
        f"{total['created']} created, {total['updated']} updated, {total['unchanged']} unchanged",
        highlight=False,
    )


@app.command("list")
def list_cmd(
    limit: int = typer.Option(100, "--limit", min=1, max=1000, help="entities to show, at most"),
    after: str | None = typer.Option(None, "--after", help="start after this id (the previous page's last)"),
    as_json: bool = typer.Option(False, "--json", help="print the page as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """The catalogue in id order."""
    with registry_client(config, url) as client:
        page = client.entities.list(limit=limit, after=after)
    if as_json:
        print_json(page)
        return
    if not page["data"]:
        console.print(
            "No entities yet: `keel kb entities import catalogue.jsonl`." if not after else "No more entities."
        )
        return
    table = Table("id", "name", "type", "aliases", "description", title="entities")
    for e in page["data"]:
        description = e["description"] if len(e["description"]) <= 80 else e["description"][:79] + "…"
        table.add_row(
            escape(e["id"]), escape(e["name"]), escape(e["type"]), escape(", ".join(e["aliases"])), escape(description)
        )
    out.print(table)
    if page["has_more"]:
        console.print(f"[dim]more: --after {escape(page['last_id'])}[/dim]", highlight=False)


@app.command("show")
def show(
    entity_id: str = typer.Argument(..., metavar="ID", help="an entity's id"),
    as_json: bool = typer.Option(False, "--json", help="print the entity as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """One entity: its name, type, aliases and description."""
    with registry_client(config, url) as client:
        e = client.entities.retrieve(entity_id)
    if as_json:
        print_json(e)
        return
    out.print(f"[bold]{escape(e['name'])}[/bold] ({escape(e['type'])}) · {escape(e['id'])}", highlight=False)
    if e["aliases"]:
        out.print("aliases: " + ", ".join(e["aliases"]), markup=False, highlight=False)
    if e.get("updated_at"):
        from datetime import UTC, datetime

        stamp = datetime.fromtimestamp(e["updated_at"], UTC).isoformat()
        out.print(f"updated {when(stamp)}", style="dim", markup=False, highlight=False)
    if e["description"]:
        out.print(e["description"], markup=False, highlight=False)


@app.command("delete")
def delete(
    entity_id: str = typer.Argument(..., metavar="ID", help="an entity's id"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Delete one entity from the catalogue."""
    with registry_client(config, url) as client:
        client.entities.delete(entity_id)
    out.print(f"deleted {escape(entity_id)}", highlight=False)


@app.command("link")
def link(
    text: str = typer.Argument(..., help="the text whose names to link"),
    context: str | None = typer.Option(
        None, "--context", help="the conversation before TEXT: picks between same-named entities"
    ),
    limit: int | None = typer.Option(
        None, "--limit", min=0, max=50, help="entities, at most (default: entities.max_entities)"
    ),
    as_json: bool = typer.Option(False, "--json", help="print the linked entities as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """The catalogue entities TEXT mentions: how each was found, its score and the candidates."""
    with registry_client(config, url) as client:
        found = client.entities.link(text, context=context, limit=limit)
    if as_json:
        print_json(found)
        return
    if not found:
        console.print("No catalogue entity is mentioned.")
        return
    table = Table("mention", "entity", "type", "method", "score", "candidates", title="linked entities")
    for e in found:
        chosen = f"{e['name']} ({e['id']})"
        score = f"{e['score']:.2f}"
        if e.get("margin") is not None:
            score += f" · margin {e['margin']:.3f}"
        others = ", ".join(c for c in e["candidates"] if c != e["id"])
        table.add_row(escape(e["mention"]), escape(chosen), escape(e["type"]), e["method"], score, escape(others))
    out.print(table)
