"""A pure ASGI middleware (no per-request task overhead): trace id header and body size limit."""

from __future__ import annotations

import uuid

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from keel.errors import BodyTooLarge

TRACE_HEADER = b"x-keel-trace-id"


class GatewayMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        trace_id = uuid.uuid4().hex
        scope.setdefault("state", {})["trace_id"] = trace_id
        trace_header = (TRACE_HEADER, trace_id.encode())
        limit = self.max_body_bytes

        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    too_big = int(value) > limit
                except ValueError:
                    too_big = False
                if too_big:
                    await self._reject(send, trace_header)
                    return
                break

        received = 0

        async def limited_receive() -> Message:
            # a body without content-length (chunked) is counted as it arrives; the error
            # handlers turn BodyTooLarge into the 413 response
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise self._too_large()
            return message

        async def send_with_trace(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), trace_header]
            await send(message)

        await self.app(scope, limited_receive, send_with_trace)

    def _too_large(self) -> BodyTooLarge:
        return BodyTooLarge(f"Request body is larger than the limit of {self.max_body_bytes} bytes.")

    async def _reject(self, send: Send, trace_header: tuple[bytes, bytes]) -> None:
        body = orjson.dumps(self._too_large().to_dict())
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    trace_header,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
