"""Operational routes: liveness, readiness, Prometheus metrics, request traces."""

from __future__ import annotations

import orjson
from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.responses import Response

from keel.errors import KeelError
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
    gw = _gateway(request)
    models = {}
    for name in gw.providers:
        if gw.ready.get(name):
            models[name] = {"ready": True}
        elif name in gw.load_errors:
            models[name] = {"ready": False, "error": gw.load_errors[name]}
        else:
            models[name] = {"ready": False, "detail": "loading"}
    stages = {}
    for name, done in gw.stages_ready.items():  # e.g. the guard loading its scanners' models
        if done:
            stages[name] = {"ready": True}
        elif name in gw.stage_errors:
            stages[name] = {"ready": False, "error": gw.stage_errors[name]}
        else:
            stages[name] = {"ready": False, "detail": "starting"}
    ready = all(m["ready"] for m in models.values()) and all(s["ready"] for s in stages.values())
    body = {"status": "ready" if ready else "not ready", "models": models}
    if stages:
        body["stages"] = stages
    return _json(body, 200 if ready else 503)


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    return Response(_gateway(request).metrics.render(), media_type=CONTENT_TYPE_LATEST)


@router.get("/admin/deployments")
async def deployments(request: Request) -> Response:
    """Every public model's deployments: readiness, health, breaker state, latency and load."""
    gw = _gateway(request)
    return _json({"models": [p.snapshot() for p in gw.providers.values() if hasattr(p, "snapshot")]})


class TraceNotFound(KeelError):
    status_code = 404
    type = "invalid_request_error"


@router.get("/v1/traces/{trace_id}")
async def get_trace(trace_id: str, request: Request) -> Response:
    trace = await _gateway(request).trace(trace_id)
    if trace is None:
        raise TraceNotFound(f"No trace with id '{trace_id}'", param="trace_id", code="trace_not_found")
    return _json(trace)
