"""`keel models`: what models this configuration serves."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from keel.cli.common import ConfigOption, settings_or_exit

app = typer.Typer(help="Models served by this configuration.", no_args_is_help=True)


@app.command("list")
def list_models(config: Path | None = ConfigOption) -> None:
    """List configured models: name, provider, source and whether the file is ready."""
    from keel.providers.model_files import DEFAULT_PACKAGE, is_assembled

    settings = settings_or_exit(config)
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
    Console().print(table)
