"""A loopback HTTP server that speaks Anthropic's Messages API, for testing the `anthropic` provider.

It validates requests the way Anthropic does (headers, required fields, roles, ranges) and answers
deterministically: the answer is "echo: " followed by the last user turn's text, one streamed
delta (and one counted token) per space-separated word. `max_tokens` and `stop_sequences` are
honoured, so finish reasons can be tested. `Behaviour` switches on failures: a delay, an error
status, a dropped connection or an `error` event mid-stream, a stream that ends early.

    with AnthropicServer() as upstream:
        upstream.behaviour.delay_s = 2
        ... POST {upstream.url}/v1/messages ...
        upstream.requests[-1].body
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

API_KEY = "test-anthropic-key"
MODELS = ("claude-test", "claude-other")
_FIELDS = {
    "model", "messages", "max_tokens", "system", "temperature", "top_p", "top_k", "stop_sequences", "stream",
    "metadata", "tools", "tool_choice", "thinking", "service_tier",
}  # fmt: skip


class DropConnection(Exception):
    """Raised inside a streaming body: uvicorn then closes the socket without ending the response."""


@dataclass
class Behaviour:
    delay_s: float = 0.0  # before any response
    event_delay_s: float = 0.0  # between streamed events
    fail_status: int | None = None  # answer every request with this status
    fail_type: str = "api_error"
    fail_message: str = "the test server was told to fail"
    retry_after: str | None = None  # retry-after header of failures
    drop_after_events: int | None = None  # stream: cut the connection after k events
    end_after_events: int | None = None  # stream: end the response cleanly after k events (no message_stop)
    error_event_after: int | None = None  # stream: send an `error` event after k events, then end
    error_event_type: str = "overloaded_error"
    pause_before_event: int | None = None  # stream: sleep pause_s before sending event k
    pause_s: float = 0.0
    cache_read_tokens: int = 0  # reported as usage.cache_read_input_tokens
    answer: str | None = None  # answer this instead of the echo


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    at: float = field(default_factory=time.monotonic)
    stream_done: threading.Event = field(default_factory=threading.Event)  # a stream's body has ended


def _error(status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_test"}
    return JSONResponse(body, status_code=status, headers=headers)


def _model(model_id: str) -> dict[str, Any]:
    return {"type": "model", "id": model_id, "display_name": model_id, "created_at": "2025-01-01T00:00:00Z"}


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "".join(b.get("text", "") for b in content if isinstance(b, dict))


def _valid_text(content: Any) -> bool:
    if isinstance(content, str):
        return bool(content.strip())
    if not isinstance(content, list) or not content:
        return False
    return all(isinstance(b, dict) and b.get("type") == "text" and str(b.get("text", "")).strip() for b in content)


def validate(body: Any) -> str | None:
    """Anthropic's invalid_request_error message for BODY, or None when it is acceptable."""
    if not isinstance(body, dict):
        return "request body must be a JSON object"
    extra = sorted(set(body) - _FIELDS)
    if extra:
        return f"{extra[0]}: Extra inputs are not permitted"
    mt = body.get("max_tokens")
    if not isinstance(mt, int) or isinstance(mt, bool) or mt < 1:
        return "max_tokens: Field required (an integer >= 1)"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "messages: at least one message is required"
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            return f"messages.{i}.role: Input should be 'user' or 'assistant'"
        if i == 0 and m["role"] != "user":
            return "messages: first message must use the 'user' role"
        if i > 0 and m["role"] == messages[i - 1]["role"]:
            return "messages: roles must alternate between 'user' and 'assistant'"
        if not _valid_text(m.get("content")):
            return f"messages.{i}: text content blocks must contain non-whitespace text"
    last = messages[-1]
    if last["role"] == "assistant" and _text(last["content"]) != _text(last["content"]).rstrip():
        return "messages: final assistant content cannot end with trailing whitespace"
    if "system" in body and not isinstance(body["system"], str | list):
        return "system: Input should be a valid string or list of text blocks"
    for name in ("temperature", "top_p"):
        v = body.get(name)
        if v is not None and (not isinstance(v, int | float) or not 0 <= v <= 1):
            return f"{name}: Input should be between 0 and 1"
    stops = body.get("stop_sequences")
    if stops is not None and (not isinstance(stops, list) or not all(isinstance(s, str) and s.strip() for s in stops)):
        return "stop_sequences: each stop sequence must contain non-whitespace characters"
    return None


def answer_for(body: dict[str, Any], override: str | None) -> tuple[list[str], str, str | None, int]:
    """(text deltas, stop_reason, stop_sequence, input_tokens) for a valid request."""
    last_user = next(_text(m["content"]) for m in reversed(body["messages"]) if m["role"] == "user")
    text = override if override is not None else f"echo: {last_user}"
    stop_reason, stop_sequence = "end_turn", None
    cuts = [(i, s) for s in body.get("stop_sequences") or [] if (i := text.find(s)) != -1]
    if cuts:
        cut, stop_sequence = min(cuts)
        text, stop_reason = text[:cut], "stop_sequence"
    words = text.split(" ")
    pieces = [w if i == 0 else " " + w for i, w in enumerate(words)]
    pieces = [p for p in pieces if p]
    if len(pieces) > body["max_tokens"]:
        pieces, stop_reason, stop_sequence = pieces[: body["max_tokens"]], "max_tokens", None
    prompt = [_text(body.get("system") or "")] + [_text(m["content"]) for m in body["messages"]]
    input_tokens = sum(len(t.split()) for t in prompt)
    return pieces, stop_reason, stop_sequence, input_tokens


def _sse(kind: str, data: dict[str, Any]) -> bytes:
    return f"event: {kind}\ndata: {json.dumps(data)}\n\n".encode()


class AnthropicServer:
    """The fake Anthropic API, served by uvicorn on 127.0.0.1 in a background thread."""

    def __init__(self, api_key: str = API_KEY, models: tuple[str, ...] = MODELS) -> None:
        self.api_key = api_key
        self.models = models
        self.behaviour = Behaviour()
        self.requests: list[Recorded] = []
        self.app = Starlette(
            routes=[
                Route("/v1/messages", self._messages, methods=["POST"]),
                Route("/v1/models", self._list_models, methods=["GET"]),
                Route("/v1/models/{model_id:path}", self._get_model, methods=["GET"]),
            ]
        )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=self.port, log_level="critical", timeout_graceful_shutdown=1
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="anthropic-upstream", daemon=True)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> AnthropicServer:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the Anthropic test server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def reset(self) -> None:
        self.behaviour = Behaviour()
        self.requests.clear()

    def __enter__(self) -> AnthropicServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def last_body(self) -> dict[str, Any]:
        return self.requests[-1].body

    # ------------------------------------------------------------------ endpoints

    async def _record(self, request: Request) -> Recorded:
        raw = await request.body()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        rec = Recorded(request.method, request.url.path, dict(request.headers), body)
        self.requests.append(rec)
        return rec

    async def _gate(self, request: Request) -> Response | None:
        """The behaviour's delay and failure, then Anthropic's header checks."""
        b = self.behaviour
        if b.delay_s:
            await asyncio.sleep(b.delay_s)
        if b.fail_status is not None:
            headers = {"retry-after": b.retry_after} if b.retry_after is not None else None
            return _error(b.fail_status, b.fail_type, b.fail_message, headers)
        if request.headers.get("x-api-key") != self.api_key:
            return _error(401, "authentication_error", "invalid x-api-key")
        if not request.headers.get("anthropic-version"):
            return _error(400, "invalid_request_error", "anthropic-version: header is required")
        return None

    async def _list_models(self, request: Request) -> Response:
        await self._record(request)
        if (denied := await self._gate(request)) is not None:
            return denied
        data = [_model(m) for m in self.models]
        return JSONResponse({"data": data, "has_more": False, "first_id": data[0]["id"], "last_id": data[-1]["id"]})

    async def _get_model(self, request: Request) -> Response:
        await self._record(request)
        if (denied := await self._gate(request)) is not None:
            return denied
        model = request.path_params["model_id"]
        if model not in self.models:
            return _error(404, "not_found_error", f"model: {model}")
        return JSONResponse(_model(model))

    async def _messages(self, request: Request) -> Response:
        rec = await self._record(request)
        if (denied := await self._gate(request)) is not None:
            return denied
        body = rec.body
        problem = validate(body)
        if problem:
            return _error(400, "invalid_request_error", problem)
        if body["model"] not in self.models:
            return _error(404, "not_found_error", f"model: {body['model']}")
        pieces, stop_reason, stop_sequence, input_tokens = answer_for(body, self.behaviour.answer)
        if body.get("stream"):
            return StreamingResponse(
                self._events(rec, body["model"], pieces, stop_reason, stop_sequence, input_tokens),
                media_type="text/event-stream",
                headers={"cache-control": "no-cache"},
            )
        return JSONResponse(
            {
                "id": "msg_test",
                "type": "message",
                "role": "assistant",
                "model": body["model"],
                "content": [{"type": "text", "text": "".join(pieces)}],
                "stop_reason": stop_reason,
                "stop_sequence": stop_sequence,
                "usage": {"input_tokens": input_tokens, "output_tokens": len(pieces), **self._cache_usage()},
            }
        )

    def _cache_usage(self) -> dict[str, int]:
        return {"cache_creation_input_tokens": 0, "cache_read_input_tokens": self.behaviour.cache_read_tokens}

    async def _events(self, rec, model, pieces, stop_reason, stop_sequence, input_tokens):
        b = self.behaviour
        message = {
            "id": "msg_test",
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": input_tokens, "output_tokens": 1, **self._cache_usage()},
        }
        block = {"type": "text", "text": ""}
        events = [
            {"type": "message_start", "message": message},
            {"type": "content_block_start", "index": 0, "content_block": block},
            {"type": "ping"},
            *[{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}} for p in pieces],
            {"type": "content_block_stop", "index": 0},
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop_reason, "stop_sequence": stop_sequence},
                "usage": {"output_tokens": len(pieces)},
            },
            {"type": "message_stop"},
        ]
        try:
            for sent, data in enumerate(events):
                if sent == b.drop_after_events:
                    raise DropConnection
                if sent == b.end_after_events:
                    return
                if sent == b.error_event_after:
                    error = {"type": b.error_event_type, "message": "Overloaded"}
                    yield _sse("error", {"type": "error", "error": error})
                    return
                if sent == b.pause_before_event:
                    await asyncio.sleep(b.pause_s)
                if sent and b.event_delay_s:
                    await asyncio.sleep(b.event_delay_s)
                yield _sse(data["type"], data)
        finally:
            rec.stream_done.set()
