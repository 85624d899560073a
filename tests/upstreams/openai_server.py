"""A real OpenAI-compatible HTTP server on loopback, for testing the openai_compat provider and routing.

Answers are deterministic: "<replica>: <last user message>" (or the prompt), so tests can tell
which replica served a request. Behaviour is switched at run time through attributes: a delay,
failing with a status (and Retry-After), dropping a stream after k chunks, or going away.

Tools work as on a real server (see tool_model.py for how the fake model decides): a request with
`tools` whose last user message asks for one (or whose `tool_choice` forces one) is answered with
`tool_calls` and finish_reason "tool_calls" (streamed: the id and name first, then the arguments in
small pieces); a conversation that ends in tool results is answered with text that uses them:
"<replica>: get_weather said: 18C". Requests OpenAI would reject are rejected (tool_choice without
tools, a tool message that answers no call, calls left unanswered…). `logprobs` (and
`top_logprobs`, or the legacy completions `logprobs: n`) are answered with one made-up logprob per
word, the alternatives " alt1", " alt2"… each one less likely.
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
from tests.upstreams.tool_model import Tool, plan, split_arguments, tokens


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
    # tool calls as some servers send them: no ids, the name repeated on every streamed delta,
    # finish_reason "stop" instead of "tool_calls"
    sloppy_tools: bool = False


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
        if "messages" in body and body["messages"] and body["messages"][-1]["role"] == "tool":
            last = "; ".join(f"{name} said: {result}" for name, result in _tool_results(body["messages"]))
        elif "messages" in body:
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

    def _tool_calls(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        """The tool calls the fake model answers BODY with ([]: it answers with text)."""
        choice = body.get("tool_choice", "auto")
        if not body.get("tools") or choice == "none" or body["messages"][-1]["role"] != "user":
            return []
        tools = [
            Tool(t["function"]["name"], t["function"].get("description", ""), t["function"].get("parameters") or {})
            for t in body["tools"]
        ]
        forced = choice["function"]["name"] if isinstance(choice, dict) else None
        text = body["messages"][-1]["content"] or ""
        calls = plan(tools, text, forced, choice == "required", body.get("parallel_tool_calls", True))
        n = len(self.requests)
        return [
            {
                "id": f"call_{n}x{i}",
                "type": "function",
                "function": {"name": name, "arguments": orjson.dumps(args).decode()},
            }
            for i, (name, args) in enumerate(calls)
        ]

    async def _generate(self, request: Request, chat: bool) -> Response:
        body, failed = await self._gate(request)
        if failed is not None:
            return failed
        problem = _check(body, chat)
        if problem is not None:
            return _error(400, problem)
        calls = self._tool_calls(body) if chat else []
        if calls:
            return self._call_tools(body, calls)
        text = self._answer(body)
        words = text.split(" ")
        finish = "length" if body.get("max_tokens") is not None and len(words) >= body["max_tokens"] else "stop"
        usage = {"prompt_tokens": 7, "completion_tokens": len(words), "total_tokens": 7 + len(words)}
        created = int(time.time())
        pieces = tokens(text)
        if chat:
            asked, top = body.get("logprobs") is True, body.get("top_logprobs") or 0
        else:  # the legacy API: logprobs is the number of alternatives
            asked, top = body.get("logprobs") is not None, body.get("logprobs") or 0
        logprobs = [_logprob(i, p, top) for i, p in enumerate(pieces)] if asked else None
        if not body.get("stream"):
            choice = (
                {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}
                if chat
                else {"index": 0, "text": text, "finish_reason": finish}
            )
            if logprobs is not None:
                choice["logprobs"] = _chat_logprobs(logprobs) if chat else _text_logprobs(logprobs)
            data = {
                "id": "x",
                "object": "chat.completion",
                "created": created,
                "model": body.get("model"),
                "choices": [choice],
                "usage": usage,
            }
            return Response(orjson.dumps(data), media_type="application/json")

        choices = []
        for i, piece in enumerate(pieces):
            choice = (
                {"index": 0, "delta": {"content": piece}, "finish_reason": None}
                if chat
                else {"index": 0, "text": piece, "finish_reason": None}
            )
            if logprobs is not None:
                choice["logprobs"] = (_chat_logprobs if chat else _text_logprobs)(logprobs[i : i + 1])
            choices.append(choice)
        end = (
            {"index": 0, "delta": {}, "finish_reason": finish}
            if chat
            else {"index": 0, "text": "", "finish_reason": finish}
        )
        return self._stream(choices, end, usage)

    def _call_tools(self, body: dict[str, Any], calls: list[dict[str, Any]]) -> Response:
        sloppy = self.behaviour.sloppy_tools
        finish = "stop" if sloppy else "tool_calls"
        pieces = {c["id"]: split_arguments(c["function"]["arguments"]) for c in calls}
        produced = sum(len(p) + 1 for p in pieces.values())
        usage = {"prompt_tokens": 7, "completion_tokens": produced, "total_tokens": 7 + produced}
        if not body.get("stream"):
            if sloppy:
                calls = [{k: v for k, v in c.items() if k != "id"} for c in calls]
            message = {"role": "assistant", "content": None, "tool_calls": calls, "refusal": None}
            data = {
                "id": "x",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model"),
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": usage,
            }
            return Response(orjson.dumps(data), media_type="application/json")
        choices = []
        for index, c in enumerate(calls):  # as OpenAI streams them: id and name, then the arguments
            name = c["function"]["name"]
            start = {"index": index, "id": c["id"], "type": "function", "function": {"name": name, "arguments": ""}}
            if sloppy:
                del start["id"]
            delta: dict[str, Any] = {"tool_calls": [start]}
            if index == 0:
                delta = {"role": "assistant", "content": None, **delta}
            choices.append({"index": 0, "delta": delta, "finish_reason": None})
            for piece in pieces[c["id"]]:
                fn = {"name": name, "arguments": piece} if sloppy else {"arguments": piece}
                part = {"index": index, "function": fn}
                choices.append({"index": 0, "delta": {"tool_calls": [part]}, "finish_reason": None})
        return self._stream(choices, {"index": 0, "delta": {}, "finish_reason": finish}, usage)

    def _stream(self, choices: list[dict[str, Any]], end: dict[str, Any], usage: dict[str, int]) -> Response:
        b = self.behaviour

        async def events():
            for i, choice in enumerate(choices):
                if b.drop_after_chunks is not None and i >= b.drop_after_chunks:
                    raise ConnectionAbortedError("dropping the stream on purpose")
                if b.error_event_after_chunks is not None and i >= b.error_event_after_chunks:
                    yield b"data: " + orjson.dumps({"error": {"message": "upstream exploded"}}) + b"\n\n"
                    return
                yield b"data: " + orjson.dumps({"id": "x", "choices": [choice]}) + b"\n\n"
                if b.chunk_delay_s:
                    await asyncio.sleep(b.chunk_delay_s)
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


def _tool_results(messages: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(function name, result) of the tool messages that end the conversation."""
    names = {c["id"]: c["function"]["name"] for m in messages for c in m.get("tool_calls") or ()}
    results = []
    for m in reversed(messages):
        if m["role"] != "tool":
            break
        results.append((names.get(m["tool_call_id"], "?"), m["content"]))
    return results[::-1]


def _check(body: dict[str, Any], chat: bool) -> str | None:
    """OpenAI's 400 message for a request it would reject over tools or logprobs; None when it is fine."""
    if not chat:
        n = body.get("logprobs")
        if n is not None and (not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= 5):
            return "Invalid value for 'logprobs': expected an integer between 0 and 5."
        return None
    tools = body.get("tools")
    for name in ("tool_choice", "parallel_tool_calls"):
        if name in body and not tools:
            return f"Invalid value for '{name}': '{name}' is only allowed when 'tools' are specified."
    names = []
    for i, t in enumerate(tools or ()):
        fn = t.get("function") if isinstance(t, dict) else None
        if t.get("type") != "function" or not isinstance(fn, dict) or not fn.get("name"):
            return f"Invalid 'tools[{i}]': expected a function tool with a name."
        names.append(fn["name"])
    choice = body.get("tool_choice")
    if choice is not None and choice not in ("auto", "none", "required"):
        name = (choice.get("function") or {}).get("name") if isinstance(choice, dict) else None
        if not isinstance(choice, dict) or choice.get("type") != "function" or name not in names:
            return f"Invalid value for 'tool_choice': {orjson.dumps(choice).decode()}."
    logprobs, top = body.get("logprobs"), body.get("top_logprobs")
    if logprobs is not None and not isinstance(logprobs, bool):
        return "Invalid type for 'logprobs': expected a boolean."
    if top is not None and (not logprobs or not isinstance(top, int) or not 0 <= top <= 20):
        return "Invalid value for 'top_logprobs': 'logprobs' must be true, and it must be between 0 and 20."
    pending: list[str] = []  # calls of the last assistant turn still waiting for their tool message
    for i, m in enumerate(body["messages"]):
        if m["role"] == "tool":
            if m.get("tool_call_id") not in pending:
                return (
                    f"Invalid parameter: messages.[{i}]: messages with role 'tool' must be a response to a "
                    "preceding message with 'tool_calls'."
                )
            pending.remove(m["tool_call_id"])
            continue
        if pending:
            break
        if m.get("content") is None and not (m["role"] == "assistant" and m.get("tool_calls")):
            return f"Invalid value for 'messages.[{i}].content': expected a string, got null."
        if m["role"] == "assistant" and m.get("tool_calls"):
            for c in m["tool_calls"]:
                fn = c.get("function") or {}
                if not c.get("id") or c.get("type") != "function" or not isinstance(fn.get("arguments"), str):
                    return f"Invalid 'messages.[{i}].tool_calls': expected function calls with ids and arguments."
            pending = [c["id"] for c in m["tool_calls"]]
    if pending:
        return (
            "An assistant message with 'tool_calls' must be followed by tool messages responding to each "
            f"'tool_call_id'. The following tool_call_ids did not have response messages: {', '.join(pending)}"
        )
    return None


def _logprob(i: int, token: str, top: int) -> dict[str, Any]:
    logprob = round(-0.1 * (i % 9 + 1), 4)
    alternatives = [(token, logprob)] + [(f" alt{k}", round(logprob - k, 4)) for k in range(1, top)]
    return {"token": token, "logprob": logprob, "top": alternatives[:top]}


def _chat_logprobs(entries: list[dict[str, Any]]) -> dict[str, Any]:
    def one(token: str, logprob: float) -> dict[str, Any]:
        return {"token": token, "logprob": logprob, "bytes": list(token.encode())}

    content = [{**one(e["token"], e["logprob"]), "top_logprobs": [one(t, lp) for t, lp in e["top"]]} for e in entries]
    return {"content": content, "refusal": None}


def _text_logprobs(entries: list[dict[str, Any]]) -> dict[str, Any]:
    offsets, at = [], 0
    for e in entries:
        offsets.append(at)
        at += len(e["token"])
    return {
        "tokens": [e["token"] for e in entries],
        "token_logprobs": [e["logprob"] for e in entries],
        "top_logprobs": [dict(e["top"]) for e in entries],
        "text_offset": offsets,
    }


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    body = {"error": {"message": message, "type": "server_error" if status >= 500 else "invalid_request_error"}}
    return Response(orjson.dumps(body), status_code=status, media_type="application/json", headers=headers)
