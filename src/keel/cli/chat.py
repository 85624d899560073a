"""`keel chat MODEL`: an interactive, streamed conversation.

It talks to a running gateway (`--url`, default from the config's host/port); when none is
running it serves the model in this process through the same pipeline.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import typer
from rich.console import Console

from keel.cli.common import ConfigOption, prepare_models, settings_or_exit
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
    remote = _reachable(base)
    if url and not remote:
        err.print(f"[red]No Keel gateway answers at {url}.[/red] Start one with `keel serve`.")
        raise typer.Exit(1)
    try:
        asyncio.run(_loop(settings, model, base if remote else None, message, system, temperature, max_tokens))
    except KeyboardInterrupt:  # Ctrl-C mid-answer: leave quietly
        out.print()
        raise typer.Exit(130) from None


def _reachable(base: str) -> bool:
    root = base.rstrip("/").removesuffix("/v1")
    try:
        return httpx.get(f"{root}/healthz", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


async def _loop(
    settings: Settings,
    model: str,
    base: str | None,
    message: str | None,
    system: str | None,
    temperature: float | None,
    max_tokens: int,
) -> None:
    if base:
        talk = _Remote(base, model)
    else:
        if settings.model(model) is None:
            known = ", ".join(m.name for m in settings.models)
            err.print(f"[red]Unknown model '{model}'.[/red] Configured: {known}")
            raise typer.Exit(1)
        err.print("[dim]No gateway running; serving the model in this process.[/dim]")
        prepare_models(settings)
        talk = _Local(settings, model)
    await talk.start()
    history: list[dict[str, str]] = [{"role": "system", "content": system}] if system else []
    try:
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
                async for piece in talk.stream(history, temperature, max_tokens):
                    answer.append(piece)
                    out.print(piece, end="", markup=False)
            except Exception as exc:  # show the server's message, keep the session
                out.print()
                err.print(f"[red]{getattr(exc, 'message', None) or exc}[/red]")
                history.pop()
                if message is not None:
                    raise typer.Exit(1) from None
                continue
            out.print()
            history.append({"role": "assistant", "content": "".join(answer)})
            if message is not None:
                return
    finally:
        await talk.close()


class _Remote:
    def __init__(self, base: str, model: str) -> None:
        from openai import AsyncOpenAI

        self.client = AsyncOpenAI(base_url=base, api_key="keel")
        self.model = model

    async def start(self) -> None:
        pass

    async def stream(self, messages, temperature, max_tokens) -> AsyncIterator[str]:
        stream = await self.client.chat.completions.create(
            model=self.model, messages=messages, stream=True, temperature=temperature, max_tokens=max_tokens
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    async def close(self) -> None:
        await self.client.close()


class _Local:
    def __init__(self, settings: Settings, model: str) -> None:
        from keel.services import Services

        settings = settings.model_copy(update={"models": [settings.model(model)], "aliases": {}})
        self.gateway = Services(settings).gateway
        self.model = model

    async def start(self) -> None:
        await self.gateway.start(wait_for_models=True)
        entry = self.gateway.catalogue.entry(self.model)
        if entry is not None and entry.load_error:
            err.print(f"[red]{self.model} failed to load: {entry.load_error}[/red]")
            raise typer.Exit(1)

    async def stream(self, messages, temperature, max_tokens) -> AsyncIterator[str]:
        from keel.pipeline.context import RequestContext
        from keel.types import GenerationParams, Message

        ctx = RequestContext(
            route="chat",
            model=self.model,
            params=GenerationParams(max_tokens=max_tokens, temperature=temperature),
            messages=[Message(m["role"], m["content"]) for m in messages],
            stream=True,
        )
        reply = await self.gateway.execute(ctx)
        async for _, chunk in reply.stream:
            if chunk.text:
                yield chunk.text

    async def close(self) -> None:
        await self.gateway.close()
