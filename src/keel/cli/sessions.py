"""`keel sessions`: conversation memory — list sessions, show one's turns and summary, delete one.

Like the registry commands these talk to a running gateway (`--url`, default the config's
HOST:PORT when one answers; key from $KEEL_API_KEY: its sessions, or its tenant's for an admin
key), else work in process on the config's database (as an admin of the default tenant).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from keel.cli.common import ConfigOption, UrlOption, console, print_json, registry_client

app = typer.Typer(help="Conversation memory: sessions, their turns and summaries.", no_args_is_help=True)
out = Console(soft_wrap=True)


def _when(ts: int | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts)) if ts else ""


@app.command("list")
def list_sessions(
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=1000, help="sessions shown, at most"),
    after: str | None = typer.Option(None, "--after", help="start after this session id (the next page)"),
    as_json: bool = typer.Option(False, "--json", help="print the page as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Sessions, the most recently updated first."""
    with registry_client(config, url) as client:
        page = client.sessions.list(limit=limit, after=after)
    if as_json:
        print_json(page)
        return
    if not page["data"]:
        console.print("No sessions yet: a chat request with a session id opens one.")
        return
    table = Table("session", "owner", "turns", "created", "updated", title="sessions")
    for s in page["data"]:
        table.add_row(escape(s["id"]), escape(s["owner"]), str(s["turn_count"]), _when(s["created_at"]),
                      _when(s["updated_at"]))  # fmt: skip
    out.print(table)
    if page["has_more"]:
        console.print(f"more: keel sessions list --after {escape(page['last_id'])}", highlight=False)


def _content(turn: dict[str, Any]) -> str:
    text = turn["content"]
    calls = turn.get("tool_calls") or []
    if calls:
        text += ("\n" if text else "") + "\n".join(f"→ {c['name']}({c['arguments']})" for c in calls)
    return text


@app.command("show")
def show(
    session_id: str = typer.Argument(..., help="the session's id"),
    as_json: bool = typer.Option(False, "--json", help="print the session as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """A session's summary and its stored turns, oldest first."""
    with registry_client(config, url) as client:
        s = client.sessions.retrieve(session_id)
    if as_json:
        print_json(s)
        return
    out.print(
        f"[bold]{escape(s['id'])}[/bold]  owner {escape(s['owner'])}, {s['turn_count']} turns, "
        f"updated {_when(s['updated_at'])}",
        highlight=False,
    )
    if s.get("summary"):
        out.print(
            f"[dim]summary of the turns before #{s['summary_upto']}:[/dim] {escape(s['summary'])}", highlight=False
        )
    table = Table("#", "role", "content", "tokens", "at")
    for t in s["turns"]:
        table.add_row(
            str(t["ordinal"]), t["role"], escape(_content(t)), str(t.get("tokens", "")), _when(t["created_at"])
        )
    out.print(table)


@app.command("delete")
def delete(
    session_id: str = typer.Argument(..., help="the session's id"),
    yes: bool = typer.Option(False, "--yes", "-y", help="do not ask"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Delete a session with all its turns and its summary."""
    if not yes and not typer.confirm(f"Delete session {session_id!r} and all its turns?"):
        raise typer.Exit(1)
    with registry_client(config, url) as client:
        client.sessions.delete(session_id)
    console.print(f"deleted session {escape(session_id)}", highlight=False)
