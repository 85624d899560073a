"""A real OpenAI-compatible HTTP server on loopback, for testing the openai_compat provider and routing.

Answers are deterministic: "<replica>: <last user message>" (or the prompt), so tests can tell
which replica served a request. Behaviour is switched at run time through attributes: a delay,
failing with a status (and Retry-After), dropping a stream after k chunks, or going away.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import orjson
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from tests.conftest import free_port


@dataclass
class Behaviour:
    delay_s: float = 0.0  # before the answer (or the first chunk)
    chunk_delay_s: float = 0.0  # between streamed chunks
    fail_status: int | None = None
    fail_times: int | None = None  # fail this many requests, then recover (None: always)
    retry_after: str | None = None
    drop_after_chunks: int | None = None  # close the stream abruptly after this many chunks
    error_event_after_chunks: int | None = None  # send an error event mid-stream
    require_key: str | None = None


@dataclass
class UpstreamServer:
    name: str = "replica"
    behaviour: Behaviour = field(default_factory=Behaviour)
    port: int = field(default_factory=free_port)
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    peers: list[int] = field(default_factory=list)  # client port of each request: shows connection reuse

    def __post_init__(self) -> None:
        self.app = Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/completions", self.completions, methods=["POST"]),
                Route("/v1/embeddings", self.embeddings, methods=["POST"]),
                Route("/v1/models", self.models, methods=["GET"]),
            ]
        )
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> UpstreamServer:
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("upstream did not start")
            time.sleep(0.01)
        return self

    def stop(self, abrupt: bool = False) -> None:
        if self.server is None:
            return
        self.server.should_exit = True
        if abrupt:
            self.server.force_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)
        self.server = None

    # ------------------------------------------------------------------ handlers

    async def _gate(self, request: Request) -> tuple[dict[str, Any], Response | None]:
        body = orjson.loads(await request.body())
        self.requests.append(body)
        self.headers.append(dict(request.headers))
        self.peers.append(request.client.port if request.client else 0)
        b = self.behaviour
        if b.require_key and request.headers.get("authorization") != f"Bearer {b.require_key}":
            return body, _error(401, "bad key")
        if b.delay_s:
            await asyncio.sleep(b.delay_s)
        if b.fail_status is not None and (b.fail_times is None or b.fail_times > 0):
            if b.fail_times is not None:
                b.fail_times -= 1
            headers = {"retry-after": b.retry_after} if b.retry_after else None
            return body, _error(b.fail_status, f"{self.name} is failing on purpose", headers)
        return body, None

    def _answer(self, body: dict[str, Any]) -> str:
        if "messages" in body:
            last = next((m["content"] for m in reversed(body["messages"]) if m["role"] == "user"), "")
        else:
            last = body.get("prompt", "")
        text = f"{self.name}: {last}"
        max_tokens = body.get("max_tokens")
        words = text.split(" ")
        if max_tokens is not None and len(words) > max_tokens:
            return " ".join(words[:max_tokens])
        return text

    async def chat(self, request: Request) -> Response:
        return await self._generate(request, chat=True)

    async def completions(self, request: Request) -> Response:
        return await self._generate(request, chat=False)

    async def _generate(self, request: Request, chat: bool) -> Response:
        body, failed = await self._gate(request)
        if failed is not None:
            return failed
        text = self._answer(body)
        words = text.split(" ")
        finish = "length" if body.get("max_tokens") is not None and len(words) >= body["max_tokens"] else "stop"
        usage = {"prompt_tokens": 7, "completion_tokens": len(words), "total_tokens": 7 + len(words)}
        created = int(time.time())
        if not body.get("stream"):
            choice = (
                {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}
                if chat
                else {"index": 0, "text": text, "finish_reason": finish}
            )
            data = {
                "id": "x",
                "object": "chat.completion",
                "created": created,
                "model": body.get("model"),
                "choices": [choice],
                "usage": usage,
            }
            return Response(orjson.dumps(data), media_type="application/json")

        b = self.behaviour

        async def events():
            pieces = [w if i == 0 else " " + w for i, w in enumerate(words)]
            for i, piece in enumerate(pieces):
                if b.drop_after_chunks is not None and i >= b.drop_after_chunks:
                    raise ConnectionAbortedError("dropping the stream on purpose")
                if b.error_event_after_chunks is not None and i >= b.error_event_after_chunks:
                    yield b"data: " + orjson.dumps({"error": {"message": "upstream exploded"}}) + b"\n\n"
                    return
                choice = (
                    {"index": 0, "delta": {"content": piece}, "finish_reason": None}
                    if chat
                    else {"index": 0, "text": piece, "finish_reason": None}
                )
                yield b"data: " + orjson.dumps({"id": "x", "choices": [choice]}) + b"\n\n"
                if b.chunk_delay_s:
                    await asyncio.sleep(b.chunk_delay_s)
            end = (
                {"index": 0, "delta": {}, "finish_reason": finish}
                if chat
                else {"index": 0, "text": "", "finish_reason": finish}
            )
            yield b"data: " + orjson.dumps({"id": "x", "choices": [end]}) + b"\n\n"
            yield b"data: " + orjson.dumps({"id": "x", "choices": [], "usage": usage}) + b"\n\n"
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    async def embeddings(self, request: Request) -> Response:
        body, failed = await self._gate(request)
        if failed is not None:
            return failed
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = [
            {"object": "embedding", "index": i, "embedding": [float(len(t)), 1.0, 0.0]} for i, t in enumerate(inputs)
        ]
        return Response(
            orjson.dumps({"object": "list", "data": data, "usage": {"prompt_tokens": len(inputs)}}),
            media_type="application/json",
        )

    async def models(self, request: Request) -> Response:
        if self.behaviour.fail_status is not None:
            return _error(self.behaviour.fail_status, "unhealthy")
        return Response(
            orjson.dumps({"object": "list", "data": [{"id": self.name, "object": "model"}]}),
            media_type="application/json",
        )


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    body = {"error": {"message": message, "type": "server_error" if status >= 500 else "invalid_request_error"}}
    return Response(orjson.dumps(body), status_code=status, media_type="application/json", headers=headers)
