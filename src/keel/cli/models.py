"""`keel models`: what a running gateway serves (its live catalogue, through keel.Client), or, with
no gateway running, what this configuration would serve; and the model registry: versions with
their lineage, aliases (promote, rollback, history), and public names served from it.

The registry commands talk to a running gateway (`--url`, default the config's HOST:PORT when one
answers; key from $KEEL_API_KEY), else work in process on the config's database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from keel.cli.common import (
    ConfigOption,
    UrlOption,
    console,
    gateway_reachable,
    local_note,
    moved,
    parse_json,
    parse_pairs,
    print_json,
    registry_client,
    settings_or_exit,
    when,
)
from keel.config import Settings

app = typer.Typer(help="Models: the live catalogue, and the model registry.", no_args_is_help=True)
out = Console()


@app.command("list")
def list_models(
    config: Path | None = ConfigOption,
    url: str | None = typer.Option(None, help="gateway base URL (default: http://HOST:PORT from config, if running)"),
    registry: bool = typer.Option(False, "--registry", help="list the registered models instead"),
) -> None:
    """List models. A running gateway's live catalogue (ready, in flight, aliases); else the
    configured models: name, provider, source and whether the model file is ready. With
    --registry: the registered models (newest version, aliases) and the names served from them."""
    import os

    if registry:
        _registered(config, url)
        return
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


# ------------------------------------------------------------------------- the model registry


def _registered(config: Path | None, url: str | None) -> None:
    with registry_client(config, url) as client:
        models = client.registry.models.list()
        served = client.registry.models.served()
    if not models:
        console.print("No registered models yet: `keel models register NAME --provider P --param k=v`.")
    else:
        table = Table("model", "latest", "aliases", "description", title="registered models")
        for m in models:
            aliases = ", ".join(f"{a} → {v}" for a, v in sorted(m["aliases"].items()))
            table.add_row(m["name"], str(m["latest_version"] or ""), aliases, escape(m.get("description") or ""))
        out.print(table)
    if served:
        table = Table("public name", "serves", title="served from the registry")
        for name, ref in served.items():
            table.add_row(name, ref)
        out.print(table)


def _source_brief(source: dict[str, Any]) -> str:
    if source.get("deployments"):
        return f"{len(source['deployments'])} deployments"
    params = source.get("params") or {}
    what = params.get("model") or params.get("path") or params.get("package") or params.get("base_url") or ""
    return f"{source.get('provider', '')} {what}".strip()


@app.command("register")
def register(
    name: str = typer.Argument(..., help="the registered model's name"),
    provider: str | None = typer.Option(None, help="the provider: llama_cpp, openai_compat, anthropic, …"),
    param: list[str] = typer.Option(None, "--param", "-p", help="a provider param KEY=VALUE (repeatable)"),
    deployments_json: str | None = typer.Option(
        None, "--deployments-json", help='deployments instead of one provider: [{"provider": …, "params": {…}}]'
    ),
    base_model: str | None = typer.Option(None, help="what it was made from: a registry version or an outside id"),
    dataset: str | None = typer.Option(None, help="the dataset version it was trained on (NAME/VERSION)"),
    training_run: str | None = typer.Option(None, help="the training run's id or URL"),
    hyperparameters_json: str | None = typer.Option(None, "--hyperparameters-json", help="a JSON object"),
    prompt: list[str] = typer.Option(None, "--prompt", help="a prompt template version it goes with (repeatable)"),
    eval_json: str | None = typer.Option(None, "--eval-json", help="eval results, a JSON object"),
    license: str | None = typer.Option(None, help="its license"),
    context_length: int | None = typer.Option(None, min=1, help="its context window, tokens"),
    price_prompt_1k: float | None = typer.Option(None, min=0, help="price per 1k prompt tokens"),
    price_completion_1k: float | None = typer.Option(None, min=0, help="price per 1k completion tokens"),
    tag: list[str] = typer.Option(None, "--tag", help="a tag KEY=VALUE (repeatable)"),
    description: str | None = typer.Option(None, help="a description of this version"),
    alias: str | None = typer.Option(None, help="point this alias (e.g. staging) at the new version"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Register a new, immutable version of NAME: where it comes from (--provider and --param, or
    --deployments-json; files they name are fingerprinted) and what it was made with."""
    deployments = parse_json(deployments_json, "--deployments-json", kind=list)
    if deployments is not None and (provider or param):
        raise typer.BadParameter("give --provider/--param or --deployments-json, not both", param_hint="--provider")
    if deployments is None and not provider:
        raise typer.BadParameter("give --provider (and its --param KEY=VALUE) or --deployments-json")
    source: dict[str, Any] = (
        {"deployments": deployments}
        if deployments is not None
        else {"provider": provider, "params": parse_pairs(param, "--param", typed=True)}
    )
    fields = {
        "base_model": base_model,
        "dataset": dataset,
        "training_run": training_run,
        "hyperparameters": parse_json(hyperparameters_json, "--hyperparameters-json"),
        "prompts": list(prompt) if prompt else None,
        "eval_results": parse_json(eval_json, "--eval-json"),
        "license": license,
        "context_length": context_length,
        "price_prompt_1k": price_prompt_1k,
        "price_completion_1k": price_completion_1k,
        "tags": parse_pairs(tag, "--tag") or None,
        "description": description,
        "alias": alias,
    }
    with registry_client(config, url) as client:
        version = client.registry.models.register(name, source, **fields)
    aliases = f" ({', '.join(version['aliases'])})" if version["aliases"] else ""
    out.print(f"[green]registered[/green] {escape(version['ref'])}{escape(aliases)}", highlight=False)
    for where, art in (version["source"].get("artifacts") or {}).items():
        out.print(f"  {where}: {art['path']} sha256 {art['sha256'][:16]}…", markup=False, highlight=False)


@app.command("versions")
def versions(
    name: str = typer.Argument(..., help="a registered model"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Every version of NAME: when, by whom, its source, lineage and aliases."""
    with registry_client(config, url) as client:
        rows = client.registry.models.versions(name)
    table = Table("version", "created", "by", "source", "base model", "dataset", "aliases", "description", title=name)
    for v in rows:
        table.add_row(
            str(v["version"]),
            when(v["created_at"]),
            escape(v["created_by"]),
            escape(_source_brief(v["source"])),
            v["base_model"] or "",
            v["dataset"] or "",
            ", ".join(v["aliases"]),
            escape(v["description"] or ""),
        )
    out.print(table)


@app.command("show")
def show(
    ref: str = typer.Argument(..., help="NAME/VERSION, NAME@ALIAS or NAME (the newest version)"),
    as_json: bool = typer.Option(False, "--json", help="print the version and its lineage as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """One version: its fields, and its lineage (dataset versions, prompt versions, base model)."""
    with registry_client(config, url) as client:
        version = client.registry.models.get(ref)
        lineage = client.registry.models.lineage(version["ref"])
    if as_json:
        print_json({**version, "lineage": lineage})
        return
    table = Table(show_header=False, box=None, title=f"{version['ref']}", title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    rows: list[tuple[str, Any]] = [
        ("aliases", ", ".join(version["aliases"])),
        ("created", f"{when(version['created_at'])} by {version['created_by']}"),
        ("source", _source_brief(version["source"])),
        ("params", version["source"].get("params")),
        ("deployments", version["source"].get("deployments")),
        ("artifact sha256", version.get("artifact_sha256")),
        ("eval results", version["eval_results"]),
        ("license", version["license"]),
        ("context length", version["context_length"]),
        ("price / 1k prompt", version["price_prompt_1k"]),
        ("price / 1k completion", version["price_completion_1k"]),
        ("tags", version["tags"]),
        ("description", version["description"]),
    ]
    for key, value in rows:
        if value not in (None, "", {}, []):
            table.add_row(key, _text(value))
    out.print(table)
    out.print(_lineage_tree(lineage))


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={_text(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    return escape(str(value))


def _lineage_tree(lineage: dict[str, Any]) -> Tree:
    tree = Tree(f"[bold]lineage of {escape(lineage['model'])}[/bold]")
    _lineage_into(tree, lineage)
    return tree


def _lineage_into(tree: Tree, lineage: dict[str, Any]) -> None:
    tree.add(f"source: {escape(_source_brief(lineage['source']))}")
    dataset = lineage.get("dataset")
    if dataset:
        node = tree
        while dataset:
            label = "dataset" if node is tree else "made from"
            if dataset.get("missing"):
                node = node.add(f"{label} {escape(dataset['ref'])} [red](missing)[/red]")
                break
            node = node.add(
                f"{label} [cyan]{escape(dataset['ref'])}[/cyan]: {dataset['rows']} rows, {dataset['format']}, "
                f"sha256 {dataset['sha256'][:12]}…"
            )
            dataset = dataset.get("parent")
    else:
        tree.add("[dim]dataset: none recorded[/dim]")
    for p in lineage.get("prompts") or []:
        extra = " [red](missing)[/red]" if p.get("missing") else f" ({p['kind']}, sha256 {p['sha256'][:12]}…)"
        tree.add(f"prompt [cyan]{escape(p['ref'])}[/cyan]{extra}")
    if lineage.get("training_run"):
        tree.add(f"training run: {escape(str(lineage['training_run']))}")
    if lineage.get("hyperparameters"):
        tree.add(f"hyperparameters: {_text(lineage['hyperparameters'])}")
    base = lineage.get("base_model")
    if base:
        if lineage.get("base"):
            _lineage_into(tree.add(f"base model [cyan]{escape(lineage['base']['model'])}[/cyan]"), lineage["base"])
        else:
            tree.add(f"base model {escape(base)} [dim](outside the registry)[/dim]")


@app.command("promote")
def promote(
    name: str = typer.Argument(..., help="a registered model"),
    version: int = typer.Argument(..., min=1, help="the version the alias should point at"),
    alias: str = typer.Option("production", help="the alias to move"),
    reason: str | None = typer.Option(None, help="why (kept in the alias history)"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Point ALIAS (default production) of NAME at VERSION; what serves NAME@ALIAS follows."""
    with registry_client(config, url) as client:
        change = client.registry.models.promote(name, version, alias, reason=reason)
        local_note(client)
    out.print(moved("promoted", change), highlight=False, markup=False)


@app.command("rollback")
def rollback(
    name: str = typer.Argument(..., help="a registered model"),
    alias: str = typer.Option("production", help="the alias to move back"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Return ALIAS of NAME to the version it pointed at before its last move."""
    with registry_client(config, url) as client:
        change = client.registry.models.rollback(name, alias)
        local_note(client)
    out.print(moved("rolled back", change), highlight=False, markup=False)


def history_table(rows: list[dict[str, Any]], title: str, what: str) -> Table:
    table = Table("when", what, "from", "to", "by", "reason", title=title)
    for r in rows:
        table.add_row(
            when(r["at"]),
            r["label"],
            "" if r["from_version"] is None else str(r["from_version"]),
            "(removed)" if r["to_version"] is None else str(r["to_version"]),
            escape(r["actor"]),
            escape(r.get("reason") or ""),
        )
    return table


@app.command("history")
def history(
    name: str = typer.Argument(..., help="a registered model"),
    alias: str | None = typer.Option(None, help="only this alias's moves"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Every alias move of NAME, newest first: from which version to which, by whom, why."""
    with registry_client(config, url) as client:
        rows = client.registry.models.history(name, alias)
    if not rows:
        console.print(f"No alias moves recorded for {escape(name)}{f'@{escape(alias)}' if alias else ''}.")
        return
    out.print(history_table(rows, f"{name} alias history", "alias"))


@app.command("serve")
def serve(
    public_name: str = typer.Argument(..., help="the model name requests use"),
    ref: str = typer.Argument(..., help="NAME@ALIAS (follows the alias) or NAME/VERSION (stays put)"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Serve a registry version as PUBLIC_NAME, live."""
    with registry_client(config, url) as client:
        served = client.registry.models.serve(public_name, ref)
        local_note(client)
    out.print(f"[green]serving[/green] {escape(served['name'])} from {escape(served['ref'])}", highlight=False)


@app.command("unserve")
def unserve(
    public_name: str = typer.Argument(..., help="a name served from the registry"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Stop serving PUBLIC_NAME from the registry."""
    with registry_client(config, url) as client:
        client.registry.models.unserve(public_name)
        local_note(client)
    out.print(f"{escape(public_name)} is no longer served from the registry", highlight=False)


@app.command("built-on")
def built_on(
    kind: str = typer.Argument(..., help="dataset, prompt or model"),
    ref: str = typer.Argument(..., help="the version: NAME/VERSION, NAME@LABEL or NAME"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Every model version built on a dataset version (or one derived from it), a prompt
    template version, or a base model version."""
    with registry_client(config, url) as client:
        found = client.registry.models.built_on(kind, ref)
    pinned = found[kind]
    derived = found.get("derived_datasets") or []
    if derived:
        out.print(f"{kind} {escape(pinned)}, and the datasets made from it: {escape(', '.join(derived))}")
    if not found["models"]:
        out.print(f"No model version is built on {kind} {escape(pinned)}.", highlight=False)
        return
    table = Table("model version", title=f"built on {kind} {pinned}")
    for m in found["models"]:
        table.add_row(m)
    out.print(table)
