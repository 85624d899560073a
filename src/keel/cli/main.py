"""The `keel` command."""

from __future__ import annotations

import typer

from keel import __version__
from keel.cli import chat, config, data, guard, models, serve

app = typer.Typer(
    help="Keel: an LLMOps platform — OpenAI-compatible gateway and more.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command("serve")(serve.serve)
app.command("chat")(chat.chat)
app.add_typer(models.app, name="models")
app.add_typer(config.app, name="config")
app.add_typer(guard.app, name="guard")
app.add_typer(data.app, name="data")


@app.command()
def version() -> None:
    """Print Keel's version."""
    typer.echo(f"keel {__version__}")


if __name__ == "__main__":
    app()
