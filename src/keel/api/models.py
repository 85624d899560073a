"""GET /v1/models and /v1/models/{id}: the live catalogue's public names."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from keel.api.http import gateway, json_response
from keel.errors import ModelNotFound


async def list_models(request: Request) -> Response:
    cat = gateway(request).catalogue
    data = [
        {"id": name, "object": "model", "created": 0, "owned_by": cat.settings(name).owned_by} for name in cat.names()
    ]
    return json_response({"object": "list", "data": data})


async def get_model(request: Request) -> Response:
    model = request.path_params["model"]
    m = gateway(request).catalogue.settings(model)
    if m is None:
        raise ModelNotFound(model)
    return json_response({"id": model, "object": "model", "created": 0, "owned_by": m.owned_by})
