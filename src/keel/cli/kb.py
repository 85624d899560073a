"""`keel kb`: knowledge bases — create, ingest files and folders (with a progress bar), list,
show, search, delete; `keel kb entities` manages the entity catalogue.

Like the registry commands these talk to a running gateway (`--url`, default the config's
HOST:PORT when one answers; key from $KEEL_API_KEY), else work in process on the config's
database. Files are read here and uploaded, so the gateway need not see this machine's paths.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from keel.cli.common import ConfigOption, UrlOption, console, fail, parse_json, print_json, registry_client

app = typer.Typer(help="Knowledge bases: ingest documents, hybrid search, citations.", no_args_is_help=True)
out = Console()

try:  # the entity catalogue's commands (keel kb entities …)
    from keel.cli.kb_entities import app as entities_app

    app.add_typer(entities_app, name="entities", help="The entity catalogue: import, list, link.")
except ImportError:  # pragma: no cover - shipped together
    pass


@app.command("create")
def create(
    name: str = typer.Argument(..., help="the knowledge base's name"),
    description: str | None = typer.Option(None, "--description", "-d"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Create an empty knowledge base NAME (in the caller's tenant)."""
    with registry_client(config, url) as client:
        kb = client.kb.create(name, description)
    console.print(f"created knowledge base [bold]{escape(kb['name'])}[/bold]")


@app.command("ingest")
def ingest(
    name: str = typer.Argument(..., help="the knowledge base"),
    paths: list[Path] = typer.Argument(..., help="files and folders (.txt .md .html .pdf .jsonl)"),
    metadata: str | None = typer.Option(
        None, "--metadata", help='JSON object added to every chunk, e.g. {"team": "hr"}'
    ),
    as_json: bool = typer.Option(False, "--json", help="print the report as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Ingest PATHS into NAME: unchanged files are skipped by content hash, changed ones replace
    their chunks. A folder's documents are named by their path under it."""
    from keel.errors import KeelError
    from keel.grounding.ingest import readable_files

    meta = parse_json(metadata, "--metadata")
    try:
        found, _ = readable_files(paths)
    except KeelError as exc:
        fail(exc.message, 2)
    with (
        registry_client(config, url) as client,
        Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[chunks]} chunks"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        ) as bar,
    ):
        task = bar.add_task(f"ingest {name}", total=len(found), chunks=0)
        counted = {"chunks": 0}

        def show(path: str, status: str, chunks: int) -> None:
            counted["chunks"] += chunks
            bar.update(task, advance=1, chunks=counted["chunks"])

        report = client.kb.ingest(name, paths, metadata=meta, progress=show)
    if as_json:
        print_json(report)
        return
    rate = f", {report['chunks'] / report['seconds']:.0f} chunks/s" if report["seconds"] else ""
    skipped = f", {len(report['skipped'])} skipped (type not read)" if report["skipped"] else ""
    counts = f"{len(report['added'])} added, {len(report['updated'])} updated, {len(report['unchanged'])} unchanged"
    console.print(f"{counts}{skipped}; {report['chunks']} chunks written{rate}")


@app.command("list")
def list_(config: Path | None = ConfigOption, url: str | None = UrlOption) -> None:
    """The knowledge bases of the caller's tenant."""
    with registry_client(config, url) as client:
        data = client.kb.list()["data"]
    table = Table("name", "documents", "chunks", "embedding model", "description")
    for kb in data:
        table.add_row(
            escape(kb["name"]),
            str(kb["documents"]),
            str(kb["chunks"]),
            kb["embedding_model"],
            escape(kb["description"] or ""),
        )
    out.print(table)


@app.command("show")
def show(name: str = typer.Argument(...), config: Path | None = ConfigOption, url: str | None = UrlOption) -> None:
    """NAME and its documents."""
    with registry_client(config, url) as client:
        kb = client.kb.retrieve(name)
        docs = client.kb.documents(name)["data"]
    title = f"[bold]{escape(kb['name'])}[/bold]: {kb['documents']} documents, {kb['chunks']} chunks"
    out.print(f"{title}, {kb['embedding_model']}")
    table = Table("document", "kind", "title", "chunks", "sha256")
    for d in docs:
        table.add_row(escape(d["document"]), d["kind"], escape(d["title"] or ""), str(d["chunks"]), d["sha256"][:12])
    out.print(table)


@app.command("search")
def search(
    name: str = typer.Argument(...),
    query: str = typer.Argument(...),
    top_k: int = typer.Option(5, "--top-k", "-k", min=1, max=100),
    filters: str | None = typer.Option(None, "--filters", help='JSON object, e.g. {"document": "policies/*"}'),
    mode: str = typer.Option("hybrid", help="hybrid, bm25 or vector"),
    fusion: str | None = typer.Option(
        None, help="how hybrid fuses the rankings: relative or rrf (default: the setting)"
    ),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """The best passages of NAME for QUERY."""
    with registry_client(config, url) as client:
        res = client.kb.search(
            name, query, top_k=top_k, filters=parse_json(filters, "--filters"), mode=mode, fusion=fusion
        )
    if as_json:
        print_json(res)
        return
    for i, r in enumerate(res["results"], start=1):
        heading = r["metadata"].get("heading") or ""
        where = f"[bold]{i}. {escape(r['document'])}[/bold] #{r['chunk']}"
        out.print(f"{where}  score {r['score']:.4f}  [dim]{escape(heading)}[/dim]")
        text = r["text"]
        out.print("   " + escape(text[:300] + ("…" if len(text) > 300 else "")), highlight=False)
    if not res["results"]:
        console.print("no passage matched")


@app.command("delete")
def delete(
    name: str = typer.Argument(...),
    document: str | None = typer.Option(None, "--document", help="delete only this document (its path)"),
    yes: bool = typer.Option(False, "--yes", "-y", help="do not ask"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Delete NAME with all its documents and chunks (or only --document)."""
    what = f"document {document!r} of {name!r}" if document else f"knowledge base {name!r} and all its documents"
    if not yes and not typer.confirm(f"Delete {what}?"):
        raise typer.Exit(1)
    with registry_client(config, url) as client:
        if document:
            client.kb.delete_document(name, document)
        else:
            client.kb.delete(name)
    console.print(f"deleted {escape(what)}")
