"""Builds the ASGI app from Settings: mounts routers, owns start-up and shut-down."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from keel import __version__
from keel.api import guard as guard_routes
from keel.api import openai as openai_routes
from keel.api import ops
from keel.api.errors import install_error_handlers
from keel.api.middleware import GatewayMiddleware
from keel.pipeline.gateway import Gateway
from keel.security import KeyRing
from keel.settings import Settings


def create_app(settings: Settings | None = None, gateway: Gateway | None = None) -> FastAPI:
    settings = settings or Settings()
    gw = gateway or Gateway(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await gw.start()
        # everything allocated at start-up lives for the process: move it out of the cyclic GC's
        # reach, so full collections stay short (they set p99 latency; bench/gateway_overhead.py)
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            await gw.close()

    app = FastAPI(title="Keel", version=__version__, lifespan=lifespan, docs_url="/docs", redoc_url=None)
    app.state.gateway = gw
    install_error_handlers(app)
    app.router.routes.extend(openai_routes.ROUTES)
    app.include_router(ops.router)
    app.include_router(guard_routes.router)
    app.add_middleware(
        GatewayMiddleware,
        max_body_bytes=settings.server.max_body_bytes,
        keys=KeyRing(settings.auth),
        on_reject=lambda reason: gw.metrics.auth_rejected.labels(reason=reason).inc(),
    )
    return app
