"""A pure ASGI middleware (no per-request task overhead): trace id, body size limit, authentication.

One pass over the request headers finds the body length and the API key. With auth on, every path
but the open ones (health, readiness, metrics, API docs) needs a configured key, and the admin
paths need the admin role; a request that fails gets its 401/403 here, before any other work.
The caller's Principal goes into `scope["state"]["principal"]` for the routes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from keel.errors import BodyTooLarge, KeelError
from keel.observability.traces import new_trace_id
from keel.security import AuthenticationFailed, KeyRing, PermissionDenied, Principal, bearer_token

TRACE_HEADER = b"x-keel-trace-id"

# served to anyone, with or without a key (probes, scrapers, the API docs)
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics", "/docs", "/docs/oauth2-redirect", "/openapi.json"})
# need the admin role: operations views and other callers' traces
ADMIN_PREFIXES = ("/admin/", "/v1/traces/")


def needs_admin(path: str) -> bool:
    return path.startswith(ADMIN_PREFIXES) or path == "/admin"


class GatewayMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        max_body_bytes: int,
        keys: KeyRing,
        on_reject: Callable[[str], None] | None = None,
        upload_limits: dict[str, int] | None = None,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        # path -> its own body limit (file uploads); a "*" in a path stands for one path segment
        limits = upload_limits or {}
        self.upload_limits = {k: v for k, v in limits.items() if "*" not in k}
        # (the literal start, the pattern, the limit): the request path pays a startswith, and a
        # regular expression only on the paths that start like an upload route
        self.upload_patterns = [
            (k.split("*")[0], re.compile("^" + "[^/]+".join(map(re.escape, k.split("*"))) + "$"), v)
            for k, v in limits.items()
            if "*" in k
        ]
        self.keys = keys
        self.on_reject = on_reject  # called with missing | invalid | forbidden

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        trace_id = new_trace_id()
        state = scope.setdefault("state", {})
        state["trace_id"] = trace_id
        trace_header = (TRACE_HEADER, trace_id.encode())
        limit = self.max_body_bytes
        if self.upload_limits:
            limit = self.upload_limits.get(scope["path"], limit)
        for start, pattern, upload_limit in self.upload_patterns:
            if scope["path"].startswith(start) and pattern.match(scope["path"]):
                limit = upload_limit

        length = authorization = api_key = None
        for name, value in scope["headers"]:
            if name == b"content-length":
                length = value
            elif name == b"authorization":
                authorization = value
            elif name == b"x-api-key":
                api_key = value
        token = bearer_token(authorization)
        if token is None and api_key:
            token = api_key.strip() or None
        if not self.keys.enabled:
            state["principal"] = self.keys.authenticate(token)
        else:
            path = scope["path"]
            if path not in OPEN_PATHS:
                try:
                    principal = self.keys.authenticate(token)
                    if not principal.is_admin and needs_admin(path):
                        raise PermissionDenied(
                            f"The API key '{principal.id}' may not use {path}: it needs the admin role."
                        )
                except KeelError as exc:
                    await self._refuse(send, trace_header, exc, token)
                    return
            else:
                principal = Principal()
            state["principal"] = principal

        if length is not None:
            try:
                too_big = int(length) > limit
            except ValueError:
                too_big = False
            if too_big:
                await self._reject(send, trace_header, self._too_large(limit))
                return

        received = 0

        async def limited_receive() -> Message:
            # a body without content-length (chunked) is counted as it arrives; the routes and the
            # error handlers turn BodyTooLarge into the 413 response
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise self._too_large(limit)
            return message

        async def send_with_trace(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), trace_header]
            await send(message)

        await self.app(scope, limited_receive, send_with_trace)

    def _too_large(self, limit: int) -> BodyTooLarge:
        return BodyTooLarge(f"Request body is larger than the limit of {limit} bytes.")

    async def _refuse(self, send: Send, trace_header: tuple[bytes, bytes], exc: KeelError, token: bytes | None) -> None:
        if self.on_reject is not None:
            reason = "forbidden" if isinstance(exc, PermissionDenied) else "invalid" if token else "missing"
            self.on_reject(reason)
        extra = [(b"www-authenticate", b'Bearer realm="keel"')] if isinstance(exc, AuthenticationFailed) else []
        await self._reject(send, trace_header, exc, extra)

    async def _reject(
        self,
        send: Send,
        trace_header: tuple[bytes, bytes],
        exc: KeelError,
        extra: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        body = orjson.dumps(exc.to_dict())
        await send(
            {
                "type": "http.response.start",
                "status": exc.status_code,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    trace_header,
                    *(extra or []),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
