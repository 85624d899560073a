"""`keel config`: check a keel.yaml."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from keel.config import ConfigError, load_settings

app = typer.Typer(help="Configuration files.", no_args_is_help=True)


@app.command("check")
def check(file: Path = typer.Argument(..., help="the keel.yaml to check")) -> None:
    """Report every problem in FILE with its location; exit 1 if there is any."""
    console = Console()
    try:
        settings = load_settings(file)
    except ConfigError as exc:
        for p in exc.problems:
            console.print(str(p), markup=False, highlight=False)
        console.print(f"[red]{len(exc.problems)} problem{'s' if len(exc.problems) != 1 else ''}[/red]")
        raise typer.Exit(1) from None
    names = ", ".join(m.name for m in settings.models)
    console.print(f"[green]{file}: OK[/green] — models: {names}")
