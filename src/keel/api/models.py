"""GET /v1/models and /v1/models/{id}: the live catalogue's public names."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from keel.api.http import gateway, json_response
from keel.errors import ModelNotFound


def model_list(catalogue: Any) -> dict[str, Any]:
    """GET /v1/models' body (also keel.Client's in process)."""
    return {"object": "list", "data": [_model(name, catalogue.settings(name)) for name in catalogue.names()]}


def model_entry(catalogue: Any, name: str) -> dict[str, Any]:
    """GET /v1/models/{name}'s body; ModelNotFound when the catalogue has no such name."""
    m = catalogue.settings(name)
    if m is None:
        raise ModelNotFound(name)
    return _model(name, m)


def _model(name: str, m: Any) -> dict[str, Any]:
    return {"id": name, "object": "model", "created": 0, "owned_by": m.owned_by}


async def list_models(request: Request) -> Response:
    return json_response(model_list(gateway(request).catalogue))


async def get_model(request: Request) -> Response:
    return json_response(model_entry(gateway(request).catalogue, request.path_params["model"]))
