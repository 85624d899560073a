"""Shared CLI helpers: loading config with readable errors, model assembly with progress, and the
registry commands' client (a running gateway, else in process) and option parsing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

from keel.config import ConfigError, Settings, load_settings

console = Console(stderr=True, soft_wrap=True)

ConfigOption = typer.Option(None, "--config", "-c", help="keel.yaml (default: $KEEL_CONFIG, then ./keel.yaml)")


def gateway_reachable(base: str) -> bool:
    """Whether a Keel gateway answers at BASE (with or without the /v1 suffix)."""
    import httpx

    root = base.rstrip("/").removesuffix("/v1")
    try:
        return httpx.get(f"{root}/healthz", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def problems_exit(title: str, exc: ConfigError) -> NoReturn:
    """Print TITLE and each of the problems (file:line: key: message), then exit 2."""
    console.print(f"[red]{title}[/red]")
    for p in exc.problems:
        console.print(f"  {p}", markup=False, highlight=False)
    raise typer.Exit(2)


def settings_or_exit(path: Path | None) -> Settings:
    try:
        return load_settings(path)
    except ConfigError as exc:
        problems_exit("The configuration has problems:", exc)


def prepare_models(settings: Settings) -> None:
    """Assemble packaged GGUF files before serving, with a progress bar (first run only)."""
    from keel.providers.model_files import (
        DEFAULT_PACKAGE,
        ModelFileError,
        assemble_packaged_gguf,
        is_assembled,
    )

    for m in settings.models:
        if m.provider != "llama_cpp" or m.params.get("path"):
            continue
        package = m.params.get("package") or DEFAULT_PACKAGE
        if is_assembled(package):
            continue
        try:
            with Progress(
                TextColumn(f"assembling {m.name}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                console=console,
                transient=False,
            ) as bar:
                task = bar.add_task("assemble", total=None)

                def show(done: int, total: int, task=task) -> None:
                    bar.update(task, completed=done, total=total)

                assemble_packaged_gguf(package, show)
        except ModelFileError as exc:
            console.print(f"[red]{m.name}: {exc}[/red]")
            raise typer.Exit(1) from None


# ------------------------------------------------------------------------- the registry commands

UrlOption = typer.Option(
    None, "--url", help="a running gateway's base URL (default: http://HOST:PORT from the config, if one answers)"
)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print MESSAGE in red (as text: brackets in it are not markup) and exit with CODE."""
    from rich.markup import escape

    console.print(f"[red]{escape(message)}[/red]", highlight=False)
    raise typer.Exit(code)


@contextmanager
def registry_client(config: Path | None, url: str | None) -> Iterator[Any]:
    """A `keel.Client` for the registry commands: over HTTP to the gateway at URL (or the
    config's HOST:PORT, when one answers there; key from $KEEL_API_KEY), else in this process on
    the config's database (`storage.url`), through the same handlers. A KeelError raised while it
    is open is printed in red and exits 1."""
    from keel.client import Client
    from keel.errors import KeelError

    settings = settings_or_exit(config)
    base = url or f"http://{settings.server.host}:{settings.server.port}"
    if gateway_reachable(base):
        client = Client(base, api_key=os.environ.get("KEEL_API_KEY"))
    elif url:
        fail(f"No Keel gateway answers at {url}. Start one with `keel serve`, or leave out --url to work in process.")
    else:
        # registry calls alone load no model (keel.services.RegistryServices)
        client = Client(settings=settings, config=config)
    try:
        yield client  # not `with client`: that would start the full services and load the models
    except KeelError as exc:
        fail(exc.message)
    finally:
        client.close()


def local_note(client: Any) -> None:
    """After a change made in process: say that running gateways see it only at their next poll."""
    if client.in_process:
        console.print(
            "[dim]No gateway answered: the change went straight to the database; gateways on it pick it "
            "up at their next registry poll (registry.poll_s).[/dim]"
        )


def parse_pairs(items: list[str] | None, option: str, *, typed: bool = False) -> dict[str, Any]:
    """`k=v` options into a dict; with TYPED, values are read as YAML scalars (2048, true, 0.5)."""
    import yaml

    out: dict[str, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{item!r}: expected KEY=VALUE", param_hint=option)
        parsed: Any = value
        if typed:
            try:
                parsed = yaml.safe_load(value) if value.strip() else value
            except yaml.YAMLError:
                parsed = value
        out[key.strip()] = parsed
    return out


def parse_json(text: str | None, option: str, *, kind: type | tuple[type, ...] = dict) -> Any:
    """A JSON option's value (None when not given); a usage error naming the option otherwise."""
    import orjson

    if text is None:
        return None
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise typer.BadParameter(f"not valid JSON ({exc})", param_hint=option) from None
    if not isinstance(value, kind):
        names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        want = {"dict": "a JSON object", "list": "a JSON array"}.get(names, names)
        raise typer.BadParameter(f"expected {want}", param_hint=option)
    return value


def when(iso: str | None) -> str:
    """An ISO timestamp, shortened for a table: 2026-05-01 12:34:56."""
    if not iso:
        return ""
    return iso.replace("T", " ")[:19]


def moved(what: str, change: dict[str, Any]) -> str:
    """`support-bot@production: 1 → 2` from a promote / label / rollback answer."""
    name = change.get("model") or change.get("prompt")
    label = change.get("alias") or change.get("label")
    before = change.get("from_version")
    if before is not None and before == change.get("to_version"):
        return f"{what} {name}@{label}: already at {before}"
    return f"{what} {name}@{label}: {before if before is not None else '(none)'} → {change.get('to_version')}"


def print_json(value: Any) -> None:
    import sys

    import orjson

    sys.stdout.write(orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode() + "\n")
