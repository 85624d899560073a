"""`keel guard`: test guard policies on a text, offline, without a running gateway."""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import typer
from rich.console import Console
from rich.table import Table

from keel.cli.common import ConfigOption, console, settings_or_exit

app = typer.Typer(help="Responsible-AI guard: scanners and policies.", no_args_is_help=True)


def load_guard(config: Path | None):
    from keel.guard.base import ScannerConfigError
    from keel.guard.engine import Guard

    settings = settings_or_exit(config)
    try:
        return Guard(settings.guard)
    except ScannerConfigError as exc:
        console.print(f"[red]guard: {exc}[/red]", markup=True, highlight=False)
        raise typer.Exit(2) from None


@app.command("scan")
def scan(
    text: str = typer.Argument(..., help="the text to scan; '-' reads standard input"),
    direction: str = typer.Option("input", "--direction", "-d", help="input, output or documents"),
    policy: str = typer.Option("default", "--policy", "-p", help="a policy from keel.yaml's guard.policies"),
    prompt: str | None = typer.Option(None, help="the question, for output rules such as relevance"),
    as_json: bool = typer.Option(False, "--json", help="print the result as JSON"),
    config: Path | None = ConfigOption,
) -> None:
    """Run a policy's rules on TEXT: what each scanner found, and the text after the actions.

    Exit status 0 when the policy allows the text, 1 when a rule blocks it.
    """
    from keel.errors import KeelError

    if direction not in ("input", "output", "documents"):
        console.print("[red]--direction must be input, output or documents[/red]")
        raise typer.Exit(2)
    if text == "-":
        text = sys.stdin.read()
    guard = load_guard(config)
    try:
        found, verdict = guard.scan(text, direction, policy, prompt=prompt)
    except KeelError as exc:
        console.print(f"[red]{exc.message}[/red]", highlight=False)
        raise typer.Exit(2) from None
    blocked = verdict.blocked
    if as_json:
        out = verdict.report(found.name, direction)
        sys.stdout.write(orjson.dumps(out, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        table = Table("rule", "scanner", "action", "score", "triggered", "findings", "ms")
        for o in verdict.outcomes:
            findings = ", ".join(
                f.entity
                + (f"[{f.start}:{f.end}]" if f.start is not None else "")
                + (f" {f.detail}" if f.detail else "")
                for f in o.result.findings
            )
            table.add_row(
                o.rule,
                o.scanner,
                o.action,
                f"{o.result.score:.2f}",
                "[red]yes[/red]" if o.result.triggered else "no",
                findings,
                f"{o.result.duration_ms:.1f}",
            )
        out_console = Console()
        out_console.print(table)
        if blocked is not None:
            out_console.print(f"[red]blocked[/red] by {blocked.rule} ({blocked.scanner})")
        else:
            out_console.print("[green]allowed[/green]; text after the actions:")
            out_console.print(verdict.texts[0], markup=False, highlight=False)
    raise typer.Exit(1 if blocked is not None else 0)
