"""Operational routes: liveness, readiness, Prometheus metrics, request traces."""

from __future__ import annotations

import orjson
from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.responses import Response

from keel.errors import ConfigRejected, TraceNotFound
from keel.pipeline.gateway import Gateway

router = APIRouter()


def _gateway(request: Request) -> Gateway:
    return request.app.state.gateway


def _json(data: object, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type="application/json")


@router.get("/healthz")
async def healthz() -> Response:
    return _json({"status": "ok"})


@router.get("/readyz")
async def readyz(request: Request) -> Response:
    ready, body = _gateway(request).services.readiness()
    return _json(body, 200 if ready else 503)


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    return Response(_gateway(request).metrics.render(), media_type=CONTENT_TYPE_LATEST)


@router.get("/admin/deployments")
async def deployments(request: Request) -> Response:
    """Every public model's deployments: readiness, health, breaker state, latency and load."""
    return _json(_gateway(request).catalogue.deployments())


@router.get("/admin/catalogue")
async def catalogue(request: Request) -> Response:
    """The live model catalogue: its revision, entries (ready, in flight) and aliases."""
    return _json(_gateway(request).catalogue.snapshot())


@router.post("/admin/reload")
async def reload(request: Request) -> Response:
    """Re-read keel.yaml (validated first: a bad file changes nothing and says why)."""
    from keel.config import ConfigError

    try:
        change = await request.app.state.reload()
    except ConfigError as exc:
        raise ConfigRejected([str(p) for p in exc.problems]) from None
    return _json(change)


@router.get("/v1/traces/{trace_id}")
async def get_trace(trace_id: str, request: Request) -> Response:
    trace = await _gateway(request).trace(trace_id)
    if trace is None:
        raise TraceNotFound(trace_id)
    return _json(trace)
