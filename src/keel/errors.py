"""Errors a request can end in, shaped like OpenAI's error object. Usable without HTTP."""

from __future__ import annotations

from typing import Any


class KeelError(Exception):
    status_code = 500
    type = "server_error"

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        status_code: int | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.param = param
        self.code = code
        if status_code is not None:
            self.status_code = status_code

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


class InvalidRequest(KeelError):
    status_code = 400
    type = "invalid_request_error"


class ModelNotFound(KeelError):
    status_code = 404
    type = "invalid_request_error"

    def __init__(self, model: str):
        super().__init__(f"The model '{model}' does not exist", param="model", code="model_not_found")


class BodyTooLarge(KeelError):
    status_code = 413
    type = "invalid_request_error"


class ServiceUnavailable(KeelError):
    status_code = 503
    type = "server_error"


class UpstreamError(KeelError):
    status_code = 502
    type = "server_error"
