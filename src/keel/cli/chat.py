"""`keel chat MODEL`: an interactive, streamed conversation.

It talks to a running gateway (`--url`, default from the config's host/port; key from
$KEEL_API_KEY); when none is running it serves the model in this process through the same
pipeline. Both ways go through `keel.Client`.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from keel.cli.common import ConfigOption, gateway_reachable, prepare_models, settings_or_exit
from keel.config import DEFAULT_MODEL, Settings

out = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def chat(
    model: str = typer.Argument(DEFAULT_MODEL, help="model name"),
    config: Path | None = ConfigOption,
    url: str | None = typer.Option(None, help="gateway base URL (default: http://HOST:PORT/v1 from config)"),
    message: str | None = typer.Option(None, "--message", "-m", help="send one message, print the answer, exit"),
    system: str | None = typer.Option(None, help="system prompt"),
    temperature: float | None = typer.Option(None, min=0, max=2),
    max_tokens: int = typer.Option(256, min=1),
) -> None:
    """Chat with MODEL, tokens streamed as they come. /reset clears history, /exit (or Ctrl-D) quits."""
    settings = settings_or_exit(config)
    base = url or f"http://{settings.server.host}:{settings.server.port}/v1"
    remote = gateway_reachable(base)
    if url and not remote:
        err.print(f"[red]No Keel gateway answers at {url}.[/red] Start one with `keel serve`.")
        raise typer.Exit(1)
    try:
        asyncio.run(_loop(settings, model, base if remote else None, message, system, temperature, max_tokens))
    except KeyboardInterrupt:  # Ctrl-C mid-answer: leave quietly
        out.print()
        raise typer.Exit(130) from None


async def _loop(
    settings: Settings,
    model: str,
    base: str | None,
    message: str | None,
    system: str | None,
    temperature: float | None,
    max_tokens: int,
) -> None:
    from keel.client import AsyncClient

    if base:
        client = AsyncClient(base, api_key=os.environ.get("KEEL_API_KEY"))
    else:
        if settings.model(model) is None:
            known = ", ".join(m.name for m in settings.models)
            err.print(f"[red]Unknown model '{model}'.[/red] Configured: {known}")
            raise typer.Exit(1)
        err.print("[dim]No gateway running; serving the model in this process.[/dim]")
        prepare_models(settings)
        # only the model asked for is loaded
        client = AsyncClient(settings=settings.model_copy(update={"models": [settings.model(model)], "aliases": {}}))
    try:
        await client.start()
        if client.in_process:
            entry = client.services.catalogue.entry(model)
            if entry is not None and entry.load_error:
                err.print(f"[red]{model} failed to load: {entry.load_error}[/red]")
                raise typer.Exit(1)
        await _converse(client, model, message, system, temperature, max_tokens)
    finally:
        await client.close()


async def _converse(
    client: Any, model: str, message: str | None, system: str | None, temperature: float | None, max_tokens: int
) -> None:
    history: list[dict[str, str]] = [{"role": "system", "content": system}] if system else []
    while True:
        if message is None:
            try:
                text = out.input("[bold cyan]you>[/] ")
            except (EOFError, KeyboardInterrupt):
                out.print()
                return
            if text.strip() in ("/exit", "/quit"):
                return
            if text.strip() == "/reset":
                history = history[:1] if system else []
                continue
            if not text.strip():
                continue
        else:
            text = message
        history.append({"role": "user", "content": text})
        out.print(f"[bold magenta]{model}>[/] ", end="")
        answer = []
        try:
            stream = await client.chat.completions.create(
                model=model, messages=history, stream=True, temperature=temperature, max_tokens=max_tokens
            )
            async for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    piece = chunk.choices[0].delta.content
                    answer.append(piece)
                    out.print(piece, end="", markup=False)
        except Exception as exc:  # show the server's message (a KeelError's), keep the session
            out.print()
            err.print(f"[red]{getattr(exc, 'message', None) or exc}[/red]", markup=True)
            history.pop()
            if message is not None:
                raise typer.Exit(1) from None
            continue
        out.print()
        history.append({"role": "assistant", "content": "".join(answer)})
        if message is not None:
            return
