"""Errors a request can end in, shaped like OpenAI's error object. Usable without HTTP."""

from __future__ import annotations

from typing import Any


class KeelError(Exception):
    status_code = 500
    type = "server_error"
    retryable = False  # may another attempt (or another deployment) succeed?

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        status_code: int | None = None,
        retry_after: float | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.param = param
        self.code = code
        self.retry_after = retry_after  # seconds; sent as the Retry-After header
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


class TraceNotFound(KeelError):
    status_code = 404
    type = "invalid_request_error"

    def __init__(self, trace_id: str):
        super().__init__(f"No trace with id '{trace_id}'", param="trace_id", code="trace_not_found")


class NotFound(KeelError):
    """Something the request names does not exist (a registry entry, a session, a job)."""

    status_code = 404
    type = "invalid_request_error"


class Conflict(KeelError):
    """The request contradicts what is stored (a name taken, a change to something immutable)."""

    status_code = 409
    type = "invalid_request_error"


class ConfigRejected(InvalidRequest):
    """A reload refused: keel.yaml has PROBLEMS (file:line each); nothing was changed."""

    def __init__(self, problems: list[str]):
        super().__init__("The configuration was not reloaded: " + "; ".join(problems), code="invalid_config")
        self.problems = problems

    def to_dict(self) -> dict[str, Any]:
        body = super().to_dict()
        body["error"]["problems"] = self.problems
        return body


class BodyTooLarge(KeelError):
    status_code = 413
    type = "invalid_request_error"


class ServiceUnavailable(KeelError):
    status_code = 503
    type = "server_error"
    retryable = True


class RateLimited(KeelError):
    status_code = 429
    type = "rate_limit_error"
    retryable = True


class UpstreamError(KeelError):
    """A model back-end failed. `retryable` says whether trying again (elsewhere) may help."""

    status_code = 502
    type = "server_error"

    def __init__(self, message: str, *, retryable: bool = True, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retryable = retryable


class UpstreamTimeout(UpstreamError):
    status_code = 504
