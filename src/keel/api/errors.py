"""Error mapping: every failure leaves as an OpenAI error object with the right status."""

from __future__ import annotations

import logging
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from keel.errors import InvalidRequest, KeelError

log = logging.getLogger(__name__)


def error_response(exc: KeelError, headers: dict[str, str] | None = None) -> Response:
    return Response(
        orjson.dumps(exc.to_dict()), status_code=exc.status_code, media_type="application/json", headers=headers
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


def validation_error(errors: list[Any]) -> InvalidRequest:
    """A clear 400 from pydantic errors: the first problem, with its parameter path."""
    err = errors[0]
    if err.get("type") == "json_invalid":
        return InvalidRequest(f"The request body is not valid JSON: {err.get('ctx', {}).get('error', err['msg'])}")
    loc = tuple(err.get("loc", ()))
    # for str|list unions pydantic reports one error per branch; name the field once
    param = _param(loc)
    if len(loc) > 1 and loc[-1] in ("str", "list[str]", "list[ContentPart]", "ContentPart"):
        param = _param(loc[:-1])
    msg = err["msg"].removeprefix("Value error, ")
    if err.get("type") == "missing":
        text = f"Missing required parameter: '{param}'."
    elif err.get("type") == "model_type" or err.get("type") == "dict_type":
        text = f"Invalid type for '{param}': expected an object."
    else:
        text = f"Invalid value for '{param}': {msg}." if param else f"Invalid request: {msg}."
    extra = len({_param(tuple(e.get('loc', ()))) for e in errors}) - 1
    if extra > 0:
        text += f" ({extra} more problem{'s' if extra > 1 else ''} in this request.)"
    return InvalidRequest(text, param=param or None, code="missing_required_parameter" if err.get("type") == "missing" else None)


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
    async def _http_error(_: Request, exc: StarletteHTTPException) -> Response:
        kind = "invalid_request_error" if exc.status_code < 500 else "server_error"
        err = KeelError(str(exc.detail), status_code=exc.status_code)
        err.type = kind
        return error_response(err, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> Response:
        log.exception("unexpected error")
        return error_response(KeelError("The server had an error while processing your request."))
