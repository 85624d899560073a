"""Shared CLI helpers: loading config with readable errors, model assembly with progress."""

from __future__ import annotations

from pathlib import Path

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


def settings_or_exit(path: Path | None) -> Settings:
    try:
        return load_settings(path)
    except ConfigError as exc:
        console.print("[red]The configuration has problems:[/red]")
        for p in exc.problems:
            console.print(f"  {p}", markup=False, highlight=False)
        raise typer.Exit(2) from None


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
