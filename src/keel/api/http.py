"""What every OpenAI route does with HTTP: parse the body, build the RequestContext, answer JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from keel.api.errors import validation_error
from keel.errors import InvalidRequest
from keel.pipeline.context import RequestContext
from keel.pipeline.gateway import Gateway

JSON = "application/json"


def gateway(request: Request) -> Gateway:
    return request.app.state.gateway


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type=JSON, headers=headers)


async def parse(request: Request, model: type[Any]) -> Any:
    return parse_body(await request.body(), model)


def parse_body(body: bytes, model: type[Any]) -> Any:
    """BODY (JSON) validated by MODEL; mistakes are OpenAI's 400 naming the parameter."""
    if not body.strip():
        raise InvalidRequest("The request body is empty; send a JSON object.")
    try:
        return model.model_validate_json(body)
    except ValueError as exc:  # pydantic.ValidationError
        raise validation_error(exc.errors()) from None  # type: ignore[attr-defined]


def context(request: Request, req: Any, route: str, fields: dict[str, Any]) -> RequestContext:
    """The RequestContext of an HTTP request: trace id, principal, and what its headers say."""
    state = request.scope["state"]  # set by GatewayMiddleware
    ctx = RequestContext(
        route=route, model=req.model, user=req.user, principal=state["principal"], trace_id=state["trace_id"], **fields
    )
    from_headers(ctx, req, request.headers, request.app.state.gateway.catalogue)
    return ctx


def from_headers(ctx: RequestContext, req: Any, headers: Mapping[str, str], catalogue: Any) -> None:
    """What a request's headers (lower-case names) say: the caller's region (the model's
    `routing.region_header`), its session id, and a cache opt-out (also the body's `cache: false`).
    The HTTP routes and keel.Client in process both read them here."""
    model = catalogue.settings(req.model)
    ctx.region = headers.get(model.routing.region_header if model else "x-keel-region")
    ctx.session = ctx.session or headers.get("x-keel-session-id")  # the body's session_id first
    if getattr(req, "cache", None) is False or "no-cache" in headers.get("cache-control", "").lower():
        ctx.cache_control = "no-cache"


def keel_headers(ctx: RequestContext) -> dict[str, str] | None:
    cache = ctx.annotations.get("cache")
    return {"x-keel-cache": cache} if cache else None
