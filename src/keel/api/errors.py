"""Error mapping: every failure leaves as an OpenAI error object with the right status."""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request as StarletteRequest
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from keel.errors import InvalidRequest, KeelError

log = logging.getLogger(__name__)


def error_response(exc: KeelError, headers: dict[str, str] | None = None) -> Response:
    if exc.retry_after is not None:
        headers = {**(headers or {}), "retry-after": str(max(1, math.ceil(exc.retry_after)))}
    return Response(
        orjson.dumps(exc.to_dict()),
        status_code=exc.status_code,
        media_type="application/json",
        headers=headers,
    )


def _param(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if part in ("body",) and not out:
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and part.startswith(("function-", "tagged-union")):
            continue  # pydantic's union branch names mean nothing to a client
        else:
            out += f".{part}" if out else str(part)
    return out


_TYPE_NAMES = {
    "string_type": "a string",
    "list_type": "an array",
    "int_type": "an integer",
    "int_from_float": "an integer",
    "float_type": "a number",
    "bool_type": "a boolean",
    "model_type": "an object",
    "dict_type": "an object",
    "model_attributes_type": "an object",
}


def validation_error(errors: list[Any]) -> InvalidRequest:
    """A clear 400 from pydantic errors: the first problem, with its parameter path."""
    err = errors[0]
    if err.get("type") == "json_invalid":
        return InvalidRequest(f"The request body is not valid JSON: {err.get('ctx', {}).get('error', err['msg'])}")
    union_tags = ("str", "list[str]", "list[ContentPart]", "ContentPart", "int", "float")
    loc = tuple(err.get("loc", ()))
    if len(loc) > 1 and loc[-1] in union_tags:
        loc = loc[:-1]  # pydantic reports one error per branch of a str|list union; name the field once
    param = _param(loc)
    if not param:
        return InvalidRequest("The request body must be a JSON object.")
    same = [e for e in errors if _param(tuple(e.get("loc", ()))[: len(loc)]) == param]
    kind = err.get("type")
    msg = err["msg"].removeprefix("Value error, ")
    if kind == "missing":
        text = f"Missing required parameter: '{param}'."
    elif kind == "extra_forbidden":
        text = f"Unrecognized request argument supplied: '{param}'."
    elif kind in _TYPE_NAMES:
        wanted = []
        for e in same:
            name = _TYPE_NAMES.get(e.get("type"))
            if name and name not in wanted:
                wanted.append(name)
        text = f"Invalid type for '{param}': expected {' or '.join(wanted)}."
    else:
        text = f"Invalid value for '{param}': {msg}."
    others = {_param(tuple(e.get("loc", ()))) for e in errors} - {_param(tuple(e.get("loc", ()))) for e in same}
    if others:
        text += f" ({len(others)} more problem{'s' if len(others) > 1 else ''} in this request.)"
    code = {"missing": "missing_required_parameter", "extra_forbidden": "unknown_parameter"}.get(kind)
    return InvalidRequest(text, param=param, code=code)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(KeelError)
    async def _keel_error(_: Request, exc: KeelError) -> Response:
        return error_response(exc)

    @app.exception_handler(ValidationError)
    async def _pydantic_error(_: Request, exc: ValidationError) -> Response:
        return error_response(validation_error(exc.errors()))

    @app.exception_handler(RequestValidationError)
    async def _request_validation(_: Request, exc: RequestValidationError) -> Response:
        return error_response(validation_error(list(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        kind = "invalid_request_error" if exc.status_code < 500 else "server_error"
        message = str(exc.detail)
        if exc.status_code == 404:
            message = f"Unknown path '{request.url.path}'."
        elif exc.status_code == 405:
            allow = (exc.headers or {}).get("allow") or (exc.headers or {}).get("Allow") or ""
            message = f"Method {request.method} is not allowed on '{request.url.path}'" + (
                f"; use {allow}." if allow else "."
            )
        err = KeelError(message, status_code=exc.status_code)
        err.type = kind
        return error_response(err, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> Response:
        log.exception("unexpected error")
        return error_response(KeelError("The server had an error while processing your request."))


async def serve_endpoint(
    endpoint: Callable[[StarletteRequest], Awaitable[Response]], scope: Scope, receive: Receive, send: Send
) -> None:
    """Serve one request with ENDPOINT directly, mapping errors as the handlers above do (the
    fast path of the OpenAI routes, without the framework's middleware stack)."""
    try:
        response = await endpoint(StarletteRequest(scope, receive))
    except KeelError as exc:
        response = error_response(exc)
    except ValidationError as exc:
        response = error_response(validation_error(exc.errors()))
    except Exception:
        log.exception("unexpected error")
        response = error_response(KeelError("The server had an error while processing your request."))
    await response(scope, receive, send)
