"""Builds the ASGI app from the services: mounts routers; reload on SIGHUP and POST /admin/reload."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from starlette.types import Receive, Scope, Send

from keel import __version__
from keel.api import batches as batches_routes
from keel.api import entities as entities_routes
from keel.api import evals as evals_routes
from keel.api import fine_tuning as fine_tuning_routes
from keel.api import guard as guard_routes
from keel.api import kb as kb_routes
from keel.api import openai as openai_routes
from keel.api import ops
from keel.api import registry as registry_routes
from keel.api import sessions as sessions_routes
from keel.api.errors import install_error_handlers, serve_endpoint
from keel.api.middleware import GatewayMiddleware
from keel.config import ConfigError, Settings
from keel.pipeline.gateway import Gateway
from keel.security import KeyRing
from keel.services import Services

log = logging.getLogger(__name__)


class KeelApp(FastAPI):
    """FastAPI for the operational routes and the API docs; the OpenAI routes skip its middleware
    and routing stack (a few hundred µs per request, bench/gateway_overhead.py): an exact
    method + path match goes straight to the endpoint, with the same error mapping. Every HTTP
    request first passes GatewayMiddleware (trace id, body limit, authentication)."""

    def __init__(self, *, settings: Settings, keys: KeyRing, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.keys = keys
        self._fast = openai_routes.FAST_ROUTES
        self._entry = GatewayMiddleware(
            self._dispatch,
            max_body_bytes=settings.server.max_body_bytes,
            keys=keys,
            on_reject=self._count_reject,
            upload_limits={
                "/v1/files": settings.server.max_upload_bytes,
                "/v1/kb/*/documents": settings.grounding.max_upload_bytes,  # document uploads
            },
        )

    def _count_reject(self, reason: str) -> None:
        self.state.gateway.metrics.auth_rejected.labels(reason=reason).inc()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope["app"] = self
            await self._entry(scope, receive, send)
        else:  # lifespan, websockets
            await super().__call__(scope, receive, send)

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = self._fast.get((scope["method"], scope["path"]))
        if endpoint is None:
            await super().__call__(scope, receive, send)
        else:
            await serve_endpoint(endpoint, scope, receive, send)


def create_app(
    settings: Settings | None = None, gateway: Gateway | None = None, config_path: str | Path | None = None
) -> FastAPI:
    """The ASGI app over one set of services. CONFIG_PATH: the keel.yaml that `POST /admin/reload`
    and SIGHUP re-read (without one, reload re-reads $KEEL_CONFIG or ./keel.yaml)."""
    settings = settings or (gateway.settings if gateway is not None else Settings())
    gw = gateway or Services(settings).gateway

    async def reload() -> dict[str, Any]:
        return await gw.services.reload_from(config_path)  # ConfigError: nothing changes

    def on_sighup() -> None:
        async def run() -> None:
            try:
                await reload()
            except ConfigError as exc:
                log.error("SIGHUP: the configuration was not reloaded:\n%s", exc)
            except Exception:
                log.exception("SIGHUP: reload failed")

        asyncio.get_running_loop().create_task(run())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await gw.start()
        gw.services.start_jobs()
        loop = asyncio.get_running_loop()
        try:
            loop.add_signal_handler(signal.SIGHUP, on_sighup)
            hup = True
        except (RuntimeError, ValueError, NotImplementedError):  # not the main thread (tests), or no SIGHUP
            hup = False
        # everything allocated at start-up lives for the process: move it out of the cyclic GC's
        # reach, so full collections stay short (they set p99 latency; bench/gateway_overhead.py)
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            if hup:
                loop.remove_signal_handler(signal.SIGHUP)
            await evals_routes.shutdown(gw.services)
            await gw.close()

    app = KeelApp(
        settings=settings,
        keys=KeyRing(settings.auth),
        title="Keel",
        version=__version__,
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.gateway = gw
    app.state.reload = reload
    app.state.on_sighup = on_sighup
    install_error_handlers(app)
    app.router.routes.extend(openai_routes.ROUTES)
    app.router.routes.extend(registry_routes.ROUTES)
    app.router.routes.extend(fine_tuning_routes.ROUTES)
    app.router.routes.extend(batches_routes.ROUTES)
    app.router.routes.extend(evals_routes.ROUTES)
    app.router.routes.extend(kb_routes.ROUTES)
    app.router.routes.extend(sessions_routes.ROUTES)
    app.router.routes.extend(entities_routes.ROUTES)
    app.include_router(ops.router)
    app.include_router(guard_routes.router)
    return app
