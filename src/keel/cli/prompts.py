"""`keel prompts`: the prompt-template repository — push template files (or sync a folder of them),
list, show, diff and render versions, and move labels (label, rollback, history).

A template file is YAML with the keys `name`, `kind` (chat | text | partial), `messages` (chat:
role and content each) or `text`, `variables`, `params`, `labels`, `description` and `message`.
Like every registry command these talk to a running gateway (`--url`, default the config's
HOST:PORT when one answers; key from $KEEL_API_KEY), else work in process on the config's database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from keel.cli.common import (
    ConfigOption,
    UrlOption,
    console,
    fail,
    local_note,
    moved,
    parse_json,
    parse_pairs,
    print_json,
    registry_client,
    when,
)
from keel.cli.models import history_table

app = typer.Typer(help="Prompt templates: versions, labels, rendering.", no_args_is_help=True)
out = Console(soft_wrap=True)


def read_template(path: Path) -> dict[str, Any]:
    """One template file (YAML), checked as `keel prompts sync` checks the files of a folder."""
    import yaml

    from keel.registry.prompts import TEMPLATE_FILE_KEYS

    if not path.is_file():
        fail(f"{path}: no such file", 2)
    try:
        doc = yaml.safe_load(path.read_text())
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        fail(f"{path}: not valid YAML ({exc})")
    if not isinstance(doc, dict) or not isinstance(doc.get("name"), str):
        fail(f"{path}: a template file needs at least `name` (a string)")
    unknown = sorted(set(doc) - set(TEMPLATE_FILE_KEYS))
    if unknown:
        fail(f"{path}: unknown key(s) {unknown}; known: {', '.join(TEMPLATE_FILE_KEYS)}")
    return doc


@app.command("push")
def push(
    file: Path = typer.Argument(..., help="a template file (YAML)"),
    label: list[str] = typer.Option(None, "--label", "-l", help="also point this label at it (repeatable)"),
    message: str | None = typer.Option(None, "--message", "-m", help="what changed (overrides the file's)"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Push FILE as a new version of its template; unchanged content changes nothing (its labels
    still move to the newest version)."""
    doc = read_template(file)
    name = doc.pop("name")
    given = doc.pop("labels", None) or []
    labels = [*([given] if isinstance(given, str) else given), *(label or [])]
    if labels:
        doc["labels"] = labels
    if message:
        doc["message"] = message
    with registry_client(config, url) as client:
        version = client.registry.prompts.push(name, **doc)
    labelled = f" ({', '.join(version['labels'])})" if version["labels"] else ""
    if version["created"]:
        out.print(f"[green]created[/green] {escape(version['ref'])}{escape(labelled)}", highlight=False)
    else:
        out.print(f"unchanged: {escape(version['ref'])}{escape(labelled)} already has this content", highlight=False)


@app.command("list")
def list_prompts(config: Path | None = ConfigOption, url: str | None = UrlOption) -> None:
    """Every template: its newest version and its labels."""
    with registry_client(config, url) as client:
        rows = client.registry.prompts.list()
    if not rows:
        console.print("No prompt templates yet: `keel prompts push FILE` or `keel prompts sync DIR`.")
        return
    table = Table("template", "latest", "labels", "description", title="prompt templates")
    for t in rows:
        labels = ", ".join(f"{lb} → {v}" for lb, v in sorted(t["labels"].items()))
        table.add_row(t["name"], str(t["latest_version"] or ""), labels, escape(t.get("description") or ""))
    out.print(table)


@app.command("versions")
def versions(
    name: str = typer.Argument(..., help="a template"), config: Path | None = ConfigOption, url: str | None = UrlOption
) -> None:
    """Every version of template NAME: when, by whom, its message and labels."""
    with registry_client(config, url) as client:
        rows = client.registry.prompts.versions(name)
    table = Table("version", "created", "by", "kind", "labels", "sha256", "message", title=name)
    for v in rows:
        table.add_row(
            str(v["version"]),
            when(v["created_at"]),
            escape(v["created_by"]),
            v["kind"],
            ", ".join(v["labels"]),
            v["sha256"][:12],
            escape(v.get("message") or ""),
        )
    out.print(table)


@app.command("show")
def show(
    ref: str = typer.Argument(..., help="NAME/VERSION, NAME@LABEL or NAME (the newest version)"),
    as_json: bool = typer.Option(False, "--json", help="print the version as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """One version: its source (messages or text), variables, parameters, labels and includes."""
    with registry_client(config, url) as client:
        version = client.registry.prompts.get(ref)
    if as_json:
        print_json(version)
        return
    labels = f" ({', '.join(version['labels'])})" if version["labels"] else ""
    out.print(f"[bold]{escape(version['ref'])}[/bold]{escape(labels)} · {version['kind']}", highlight=False)
    meta = f"created {when(version['created_at'])} by {version['created_by']}"
    if version.get("message"):
        meta += f" · {version['message']}"
    out.print(meta, style="dim", markup=False, highlight=False)
    template = version["template"]
    if version["kind"] == "chat":
        for m in template["messages"]:
            out.print(Text(f"── {m['role']}", style="bold magenta"))
            out.print(m["content"], markup=False, highlight=False)
    else:
        out.print(Text("── text", style="bold magenta"))
        out.print(template["text"], markup=False, highlight=False)
    if template.get("partials"):
        out.print(Text("── includes", style="bold magenta"))
        for include, pinned in template["partials"].items():
            out.print(f"{include} → {pinned}", markup=False, highlight=False)
    if version["variables"]:
        table = Table("variable", "required", "default", "description", title="variables", title_justify="left")
        for name, spec in version["variables"].items():
            default = spec.get("default")
            table.add_row(
                name,
                "yes" if spec.get("required", True) else "no",
                "" if "default" not in spec else escape(repr(default)),
                escape(spec.get("description") or ""),
            )
        out.print(table)
    if version["params"]:
        out.print("params: " + ", ".join(f"{k}={v}" for k, v in version["params"].items()), markup=False)


def print_diff(diff: str) -> None:
    """A unified diff, coloured: file headers bold, hunks cyan, additions green, removals red."""
    header = True  # the ---/+++ lines before the first hunk (a removed line may start with "---" too)
    for line in diff.splitlines():
        if line.startswith("@@"):
            header, style = False, "cyan"
        elif header:
            style = "bold"
        elif line.startswith("+"):
            style = "green"
        elif line.startswith("-"):
            style = "red"
        else:
            style = ""
        out.print(Text(line, style=style))


@app.command("diff")
def diff(
    a: str = typer.Argument(..., help="the old version (NAME/VERSION, NAME@LABEL or NAME)"),
    b: str = typer.Argument(..., help="the new version"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """A unified diff of two versions: messages or text, variables and parameters."""
    with registry_client(config, url) as client:
        text = client.registry.prompts.diff(a, b)
    if not text:
        console.print(f"No differences between {escape(a)} and {escape(b)}.", highlight=False)
        return
    print_diff(text)


@app.command("label")
def label(
    name: str = typer.Argument(..., help="a template"),
    version: int = typer.Argument(..., min=1, help="the version the label should point at"),
    label: str = typer.Argument(..., help="the label, e.g. production"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Point LABEL of template NAME at VERSION; requests calling NAME@LABEL follow it."""
    with registry_client(config, url) as client:
        change = client.registry.prompts.label(name, version, label)
        local_note(client)
    out.print(moved("labelled", change), markup=False, highlight=False)


@app.command("rollback")
def rollback(
    name: str = typer.Argument(..., help="a template"),
    label: str = typer.Argument(..., help="the label to move back"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Return LABEL of NAME to the version it pointed at before its last move."""
    with registry_client(config, url) as client:
        change = client.registry.prompts.rollback(name, label)
        local_note(client)
    out.print(moved("rolled back", change), markup=False, highlight=False)


@app.command("render")
def render(
    ref: str = typer.Argument(..., help="NAME/VERSION, NAME@LABEL or NAME (the newest version)"),
    var: list[str] = typer.Option(None, "--var", help="a variable KEY=VALUE, a string (repeatable)"),
    vars_json: str | None = typer.Option(None, "--vars-json", help="variables as a JSON object (any types)"),
    as_json: bool = typer.Option(False, "--json", help="print the rendered result as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Render a version with variables: the messages (or text) and parameters a request would get."""
    variables = {**(parse_json(vars_json, "--vars-json") or {}), **parse_pairs(var, "--var")}
    with registry_client(config, url) as client:
        rendered = client.registry.prompts.render(ref, variables)
    if as_json:
        print_json(rendered)
        return
    console.print(f"[dim]{escape(rendered['ref'])} · {rendered['kind']}[/dim]", highlight=False)
    if rendered["messages"] is not None:
        for m in rendered["messages"]:
            out.print(Text(f"{m['role']}:", style="bold magenta"))
            out.print(m["content"], markup=False, highlight=False)
    else:
        out.print(rendered["text"] or "", markup=False, highlight=False)
    if rendered["params"]:
        console.print("params: " + ", ".join(f"{k}={v}" for k, v in rendered["params"].items()), markup=False)


@app.command("sync")
def sync(
    folder: Path = typer.Argument(..., help="a folder of template files (*.yaml, *.yml, searched recursively)"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Push every template file under FOLDER (partials first); unchanged files change nothing."""
    if not folder.is_dir():
        fail(f"{folder}: not a folder", 2)
    with registry_client(config, url) as client:
        results = client.registry.prompts.sync(str(folder))
    if not results:
        console.print(f"No template files (*.yaml, *.yml) under {escape(str(folder))}.", highlight=False)
        return
    table = Table("file", "version", "", title=f"synced {folder}")
    for r in results:
        path = Path(r["file"])
        shown = str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path)
        table.add_row(shown, r["ref"], "[green]created[/green]" if r["created"] else "[dim]unchanged[/dim]")
    out.print(table)
    created = sum(1 for r in results if r["created"])
    out.print(f"{created} created, {len(results) - created} unchanged", highlight=False)


@app.command("history")
def history(
    name: str = typer.Argument(..., help="a template"),
    label: str | None = typer.Option(None, "--label", help="only this label's moves"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Every label move of template NAME, newest first."""
    with registry_client(config, url) as client:
        rows = client.registry.prompts.history(name, label)
    if not rows:
        console.print(f"No label moves recorded for {escape(name)}{f'@{escape(label)}' if label else ''}.")
        return
    out.print(history_table(rows, f"{name} label history", "label"))
