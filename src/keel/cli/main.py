"""The `keel` command.

`serve`, `chat` and `version` are defined here; every command group (`keel NAME …`) is a Typer
app registered under the entry point group `keel.cli` — the built-in models, config, guard and
data groups too (pyproject.toml), so a plugin adds one the same way. A group that fails to load
is skipped with a warning naming it; the rest of the CLI works.
"""

from __future__ import annotations

import typer

from keel import __version__
from keel.cli import chat, jobs, serve
from keel.plugins import plugins

GROUP = "keel.cli"

app = typer.Typer(
    help="Keel: an LLMOps platform — OpenAI-compatible gateway and more.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command("serve")(serve.serve)
app.command("chat")(chat.chat)
app.command("worker")(jobs.worker)


@app.command()
def version() -> None:
    """Print Keel's version."""
    typer.echo(f"keel {__version__}")


COMMANDS = ("serve", "chat", "worker", "version")  # a plugin group cannot take these names


def add_command_groups(root: typer.Typer) -> list[str]:
    """Add every `keel.cli` group to ROOT; returns the warnings for those skipped (also printed)."""
    warnings = []
    group = plugins(GROUP)
    for name in group.names():
        try:
            if name in COMMANDS:
                raise ValueError(f"'keel {name}' is a built-in command")
            sub = group.load(name)
            if not isinstance(sub, typer.Typer):
                raise TypeError(f"expected a typer.Typer app, got {type(sub).__name__}")
        except Exception as exc:  # a broken plugin must not break the whole CLI
            warnings.append(
                f"warning: skipping the command group 'keel {name}' ({group.source(name)}): {type(exc).__name__}: {exc}"
            )
            typer.echo(warnings[-1], err=True)
            continue
        root.add_typer(sub, name=name)
    return warnings


add_command_groups(app)


if __name__ == "__main__":
    app()
