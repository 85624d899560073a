"""`keel serve`: run the gateway."""

from __future__ import annotations

from pathlib import Path

import typer

from keel.cli.common import ConfigOption, console, prepare_models, settings_or_exit


def serve(
    config: Path | None = ConfigOption,
    host: str | None = typer.Option(None, help="bind address (default from config: 127.0.0.1)"),
    port: int | None = typer.Option(None, help="port (default from config: 8080)"),
    log_level: str = typer.Option("info", help="uvicorn log level"),
) -> None:
    """Serve the OpenAI-compatible API."""
    import uvicorn

    from keel.app import create_app

    settings = settings_or_exit(config)
    if host:
        settings.server.host = host
    if port:
        settings.server.port = port
    prepare_models(settings)
    names = ", ".join(m.name for m in settings.models)
    console.print(f"Keel serving [bold]{names}[/bold] on http://{settings.server.host}:{settings.server.port}/v1")
    uvicorn.run(
        create_app(settings, config_path=config),
        host=settings.server.host,
        port=settings.server.port,
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=5,
    )
