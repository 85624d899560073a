"""A loopback HTTP server that speaks Anthropic's Messages API, for testing the `anthropic` provider.

It validates requests the way Anthropic does (headers, required fields, roles, ranges) and answers
deterministically: the answer is "echo: " followed by the last user turn's text, one streamed
delta (and one counted token) per space-separated word. `max_tokens` and `stop_sequences` are
honoured, so finish reasons can be tested. `Behaviour` switches on failures: a delay, an error
status, a dropped connection or an `error` event mid-stream, a stream that ends early.

Tools work as on Anthropic (see tool_model.py for how the fake model decides): with `tools`, a last
user turn that asks for one (or a `tool_choice` of any/tool) is answered with `tool_use` blocks and
stop_reason "tool_use" (with tool_choice auto, after a short text block, as Claude writes one;
streamed: content_block_start with the id and name, then input_json_delta pieces). A last user turn
of `tool_result` blocks is answered with text that uses them: "echo: get_weather said: 18C".
The tool rules Anthropic enforces are enforced: tool_use/tool_result blocks need `tools`, each
tool_use needs its tool_result at the start of the next user turn, tool schemas need
input_schema of type object, tool_choice must name a tool that exists.

    with AnthropicServer() as upstream:
        upstream.behaviour.delay_s = 2
        ... POST {upstream.url}/v1/messages ...
        upstream.requests[-1].body
"""

from __future__ import annotations

import asyncio
import json
import re
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

from tests.upstreams.tool_model import Tool, plan, split_arguments, tokens

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


_TOOL_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,128}$")
_TOOL_ID = re.compile(r"^[a-zA-Z0-9_-]+$")
_TOOL_FIELDS = {"name", "description", "input_schema", "cache_control", "type"}
_NO_TEXT = "text content blocks must contain non-whitespace text"


def _blocks(content: Any) -> list[dict[str, Any]]:
    return [b for b in content if isinstance(b, dict)] if isinstance(content, list) else []


def _block_problem(i: int, role: str, j: int, b: Any) -> str | None:
    where = f"messages.{i}.content.{j}"
    kind = b.get("type") if isinstance(b, dict) else None
    if kind == "text":
        return None if str(b.get("text", "")).strip() else f"messages.{i}: {_NO_TEXT}"
    if kind == "tool_use":
        if role != "assistant":
            return f"{where}: tool_use blocks may only appear in assistant messages"
        if not isinstance(b.get("id"), str) or not _TOOL_ID.match(b["id"]):
            return f"{where}.id: String should match pattern '^[a-zA-Z0-9_-]+$'"
        if not isinstance(b.get("name"), str) or not b["name"]:
            return f"{where}.name: Field required"
        if not isinstance(b.get("input"), dict):
            return f"{where}.input: Input should be a valid dictionary"
        return None
    if kind == "tool_result":
        if role != "user":
            return f"{where}: tool_result blocks may only appear in user messages"
        if not isinstance(b.get("tool_use_id"), str):
            return f"{where}.tool_use_id: Field required"
        inner = b.get("content")
        if not isinstance(inner, str | None) and (
            not isinstance(inner, list) or not all(_block_problem(i, role, j, x) is None for x in inner)
        ):
            return f"{where}.content: Input should be a valid string or list of text blocks"
        if isinstance(inner, str) and not inner.strip():
            return f"messages.{i}: {_NO_TEXT}"
        return None
    return f"{where}: Input tag {kind!r} found using 'type' does not match any of the expected tags"


def _content_problem(i: int, m: dict[str, Any]) -> str | None:
    content = m.get("content")
    if isinstance(content, str):
        return None if content.strip() else f"messages.{i}: {_NO_TEXT}"
    if not isinstance(content, list) or not content:
        return f"messages.{i}: {_NO_TEXT}"
    for j, b in enumerate(content):
        if (problem := _block_problem(i, m["role"], j, b)) is not None:
            return problem
    return None


def _tool_problem(body: dict[str, Any]) -> str | None:
    """Anthropic's message for a request that breaks its tool rules, or None."""
    tools = body.get("tools")
    names: list[str] = []
    if tools is not None:
        if not isinstance(tools, list):
            return "tools: Input should be a valid list"
        for k, t in enumerate(tools):
            if not isinstance(t, dict):
                return f"tools.{k}: Input should be a valid dictionary"
            extra = sorted(set(t) - _TOOL_FIELDS)
            if extra:
                return f"tools.{k}.{extra[0]}: Extra inputs are not permitted"
            if not isinstance(t.get("name"), str) or not _TOOL_NAME.match(t["name"]):
                return f"tools.{k}.name: String should match pattern '^[a-zA-Z0-9_-]{{1,128}}$'"
            schema = t.get("input_schema")
            if not isinstance(schema, dict) or schema.get("type") != "object":
                return f"tools.{k}.input_schema.type: Input should be 'object'"
            names.append(t["name"])
        if len(set(names)) != len(names):
            return "tools: Tool names must be unique."
    choice = body.get("tool_choice")
    if choice is not None:
        if not tools:
            return "tool_choice: tool_choice may only be specified while providing tools"
        kind = choice.get("type") if isinstance(choice, dict) else None
        allowed = {"auto": {"type", "disable_parallel_tool_use"}, "any": {"type", "disable_parallel_tool_use"}}
        allowed |= {"tool": {"type", "name", "disable_parallel_tool_use"}, "none": {"type"}}
        if kind not in allowed:
            return "tool_choice.type: Input should be 'auto', 'any', 'tool' or 'none'"
        extra = sorted(set(choice) - allowed[kind])
        if extra:
            return f"tool_choice.{kind}.{extra[0]}: Extra inputs are not permitted"
        if "disable_parallel_tool_use" in choice and not isinstance(choice["disable_parallel_tool_use"], bool):
            return f"tool_choice.{kind}.disable_parallel_tool_use: Input should be a valid boolean"
        if kind == "tool" and choice.get("name") not in names:
            return f"tool_choice.tool.name: tool {choice.get('name')!r} is not in tools"
    messages = body["messages"]
    uses_tools = False
    for i, m in enumerate(messages):
        blocks = _blocks(m["content"])
        kinds = [b.get("type") for b in blocks]
        uses_tools = uses_tools or "tool_use" in kinds or "tool_result" in kinds
        calls = [b["id"] for b in _blocks(messages[i - 1]["content"]) if b.get("type") == "tool_use"] if i else []
        if m["role"] != "user":
            continue
        leading = []
        for b in blocks:
            if b.get("type") != "tool_result":
                break
            leading.append(b["tool_use_id"])
        if kinds.count("tool_result") != len(leading):
            return f"messages.{i}: tool_result blocks must come first in the content, before any other block"
        missing = [c for c in calls if c not in leading]
        if missing:
            return (
                f"messages.{i - 1}: `tool_use` ids were found without `tool_result` blocks immediately after: "
                f"{', '.join(missing)}. Each `tool_use` block must have a corresponding `tool_result` block in the "
                "next message."
            )
        unexpected = [r for r in leading if r not in calls]
        if unexpected:
            return (
                f"messages.{i}.content.0: unexpected `tool_use_id` found in `tool_result` blocks: {unexpected[0]}. "
                "Each `tool_result` block must have a corresponding `tool_use` block in the previous message."
            )
    if uses_tools and not tools:
        return "Requests which include `tool_use` or `tool_result` blocks must define tools."
    return None


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
        if (problem := _content_problem(i, m)) is not None:
            return problem
    last = messages[-1]
    if last["role"] == "assistant" and _text(last["content"]) != _text(last["content"]).rstrip():
        return "messages: final assistant content cannot end with trailing whitespace"
    if (problem := _tool_problem(body)) is not None:
        return problem
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


def _tool_results(messages: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(tool name, result text) of the tool_result blocks in the last user turn."""
    names = {b["id"]: b["name"] for m in messages for b in _blocks(m["content"]) if b.get("type") == "tool_use"}
    results = [b for b in _blocks(messages[-1]["content"]) if b.get("type") == "tool_result"]
    return [(names.get(b["tool_use_id"], "?"), _text(b.get("content") or "")) for b in results]


def tool_use_for(body: dict[str, Any], n: int) -> tuple[str, list[dict[str, Any]]]:
    """(preamble text, tool_use blocks) the fake model answers a valid request with; no blocks: text."""
    choice = body.get("tool_choice") or {"type": "auto"}
    last = body["messages"][-1]
    if not body.get("tools") or choice["type"] == "none" or last["role"] != "user" or _tool_results(body["messages"]):
        return "", []
    tools = [Tool(t["name"], t.get("description", ""), t["input_schema"]) for t in body["tools"]]
    forced = choice.get("name") if choice["type"] == "tool" else None
    parallel = not choice.get("disable_parallel_tool_use", False)
    calls = plan(tools, _text(last["content"]), forced, choice["type"] == "any", parallel)
    blocks = [
        {"type": "tool_use", "id": f"toolu_{n:03d}{i}", "name": name, "input": args}
        for i, (name, args) in enumerate(calls)
    ]
    # Claude explains itself before calling a tool, unless tool_choice forces the call
    preamble = f"I'll use {blocks[0]['name']}." if blocks and choice["type"] == "auto" else ""
    return preamble, blocks


def answer_for(body: dict[str, Any], override: str | None) -> tuple[list[str], str, str | None, int]:
    """(text deltas, stop_reason, stop_sequence, input_tokens) for a valid request."""
    last_user = next(_text(m["content"]) for m in reversed(body["messages"]) if m["role"] == "user")
    if results := _tool_results(body["messages"]):
        last_user = "; ".join([f"{name} said: {result}" for name, result in results] + [last_user] * bool(last_user))
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
        preamble, calls = tool_use_for(body, len(self.requests))
        # a call without arguments streams no JSON fragment at all (only the empty opening piece)
        arguments = [split_arguments(json.dumps(c["input"])) if c["input"] else [] for c in calls]
        if calls:
            pieces = tokens(preamble) if preamble else []
            stop_reason, stop_sequence = "tool_use", None
        output_tokens = len(pieces) + sum(len(a) + 1 for a in arguments)
        if body.get("stream"):
            blocks: list[list[dict[str, Any]]] = []
            if pieces or not calls:
                deltas = [{"type": "text_delta", "text": p} for p in pieces]
                blocks.append([{"type": "content_block_start", "content_block": {"type": "text", "text": ""}}])
                blocks[-1] += [{"type": "content_block_delta", "delta": d} for d in deltas]
            for call, args in zip(calls, arguments, strict=True):
                start = {"type": "content_block_start", "content_block": {**call, "input": {}}}
                # Anthropic opens the input with an empty piece, then streams the JSON in fragments
                deltas = [{"type": "input_json_delta", "partial_json": p} for p in ["", *args]]
                blocks.append([start, *({"type": "content_block_delta", "delta": d} for d in deltas)])
            return StreamingResponse(
                self._events(rec, body["model"], blocks, stop_reason, stop_sequence, input_tokens, output_tokens),
                media_type="text/event-stream",
                headers={"cache-control": "no-cache"},
            )
        content: list[dict[str, Any]] = [{"type": "text", "text": "".join(pieces)}] if pieces or not calls else []
        return JSONResponse(
            {
                "id": "msg_test",
                "type": "message",
                "role": "assistant",
                "model": body["model"],
                "content": content + calls,
                "stop_reason": stop_reason,
                "stop_sequence": stop_sequence,
                "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens, **self._cache_usage()},
            }
        )

    def _cache_usage(self) -> dict[str, int]:
        return {"cache_creation_input_tokens": 0, "cache_read_input_tokens": self.behaviour.cache_read_tokens}

    async def _events(self, rec, model, blocks, stop_reason, stop_sequence, input_tokens, output_tokens):
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
        events: list[dict[str, Any]] = [{"type": "message_start", "message": message}]
        for index, block in enumerate(blocks):  # each: its content_block_start, then its deltas
            events.append({**block[0], "index": index})
            if index == 0:
                events.append({"type": "ping"})
            events += [{**e, "index": index} for e in block[1:]]
            events.append({"type": "content_block_stop", "index": index})
        events += [
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop_reason, "stop_sequence": stop_sequence},
                "usage": {"output_tokens": output_tokens},
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
