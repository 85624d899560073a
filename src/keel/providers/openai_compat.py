"""openai_compat: any OpenAI-compatible upstream — vLLM, TGI, Ollama, llama.cpp server, OpenAI, Together…

One pooled aiohttp session per deployment (keep-alive connections reused across requests;
aiohttp costs several times less CPU per request than httpx, which matters on a gateway).
Streams are passed through chunk by chunk as they arrive: nothing is buffered. Upstream errors
become OpenAI error objects; whether another attempt may help is on the error (`retryable`).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping
from typing import Any, ClassVar

import aiohttp
import orjson
from pydantic import BaseModel, ConfigDict, Field

from keel.errors import UpstreamError
from keel.providers.openai_messages import (
    TRANSPORT_ERRORS,
    finish_reason_of,
    new_call_id,
    parse_chat_logprobs,
    parse_text_logprobs,
    parse_tool_calls,
    transport_error,
    upstream_error,
    wire_message,
)
from keel.types import (
    Embeddings,
    Generation,
    GenerationChunk,
    GenerationRequest,
    Health,
    Message,
    ModelInfo,
    ToolCallDelta,
)


class OpenAICompatParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base_url: str = Field(description="the upstream's API root, e.g. http://10.0.0.5:8000/v1")
    model: str | None = Field(None, description="the upstream's model id (default: the public name)")
    api_key: str | None = Field(None, description="sent as a Bearer token (prefer api_key_env)")
    api_key_env: str | None = Field(None, description="environment variable holding the key")
    headers: dict[str, str] = Field(default_factory=dict, description="extra headers on every request")
    timeout_s: float = Field(600.0, gt=0, description="read timeout per response chunk")
    connect_timeout_s: float = Field(5.0, gt=0)
    max_connections: int = Field(1000, ge=1)
    context_window: int | None = Field(None, ge=1, description="fit prompts to this window before sending")
    embedding_dim: int | None = Field(None, ge=1)
    extra_body: dict[str, Any] = Field(default_factory=dict, description="merged into every request body")


class OpenAICompatProvider:
    Params: ClassVar[type[BaseModel]] = OpenAICompatParams

    def __init__(self, name: str, params: OpenAICompatParams) -> None:
        self.name = name
        self.params = params
        self.model = params.model or name
        self._base = params.base_url.rstrip("/") + "/"
        self._session: aiohttp.ClientSession | None = None

    # ------------------------------------------------------------------ lifecycle

    def _headers(self) -> dict[str, str]:
        key = self.params.api_key
        if key is None and self.params.api_key_env:
            key = os.environ.get(self.params.api_key_env)
        headers = {"content-type": "application/json", **self.params.headers}
        if key:
            headers["authorization"] = f"Bearer {key}"
        return headers

    async def start(self) -> None:
        if self._session is None:
            p = self.params
            self._session = aiohttp.ClientSession(
                headers=self._headers(),
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=p.connect_timeout_s, sock_read=p.timeout_s),
                connector=aiohttp.TCPConnector(limit=p.max_connections, ttl_dns_cache=300),
                auto_decompress=True,
                raise_for_status=False,
            )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def info(self) -> ModelInfo:
        return ModelInfo(context_window=self.params.context_window, embedding_dim=self.params.embedding_dim)

    def tokenize(self, text: str | list[Message]) -> list[int] | None:
        return None  # the upstream counts; usage comes back with the answer

    async def health(self) -> Health:
        try:
            async with self._http().get(self._base + "models", timeout=aiohttp.ClientTimeout(total=5)) as r:
                await r.read()
                status = r.status
        except TRANSPORT_ERRORS as exc:
            return Health(False, f"{type(exc).__name__}")
        return Health(status == 200, f"GET /models → {status}")

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise UpstreamError(f"provider {self.name} is not started", retryable=True)
        return self._session

    async def _post(self, path: str, body: dict[str, Any]) -> tuple[int, bytes, Mapping[str, str]]:
        try:
            async with self._http().post(self._base + path, data=orjson.dumps(body)) as r:
                return r.status, await r.read(), r.headers
        except TRANSPORT_ERRORS as exc:
            raise transport_error(exc, self.name) from None

    # ------------------------------------------------------------------ requests

    def _body(self, request: GenerationRequest, stream: bool) -> tuple[str, dict[str, Any]]:
        p = request.params
        body: dict[str, Any] = {"model": self.model, **self.params.extra_body}
        if request.messages is not None:
            path = "chat/completions"
            body["messages"] = [wire_message(m) for m in request.messages]
            if p.tools:  # OpenAI rejects tool_choice and parallel_tool_calls without tools
                body["tools"] = p.tools
                if p.tool_choice is not None:
                    body["tool_choice"] = p.tool_choice
                if p.parallel_tool_calls is not None:
                    body["parallel_tool_calls"] = p.parallel_tool_calls
            if p.logprobs:
                body["logprobs"] = True
                if p.top_logprobs:
                    body["top_logprobs"] = p.top_logprobs
        else:
            path = "completions"
            body["prompt"] = request.prompt or ""
            if p.logprobs:
                body["logprobs"] = p.top_logprobs  # the legacy API: the number of alternatives
        for key, value in (
            ("max_tokens", p.max_tokens),
            ("temperature", p.temperature),
            ("top_p", p.top_p),
            ("seed", p.seed),
        ):
            if value is not None:
                body[key] = value
        if p.stop:
            body["stop"] = p.stop
        if p.presence_penalty:
            body["presence_penalty"] = p.presence_penalty
        if p.frequency_penalty:
            body["frequency_penalty"] = p.frequency_penalty
        if p.logit_bias:
            body["logit_bias"] = {str(k): v for k, v in p.logit_bias.items()}
        if p.top_k is not None:  # vLLM, llama.cpp's server, Ollama's OpenAI API take these
            body["top_k"] = p.top_k
        if p.min_p is not None:
            body["min_p"] = p.min_p
        rf = p.response_format
        if rf and request.messages is not None:
            if rf["type"] == "json_schema":
                body["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": "response", "schema": rf.get("schema") or {}},
                }
            else:
                body["response_format"] = {"type": "json_object"}
        if stream:
            body["stream"] = True
            body["stream_options"] = {"include_usage": True}
        return path, body

    async def complete(self, request: GenerationRequest) -> Generation:
        path, body = self._body(request, stream=False)
        status, content, headers = await self._post(path, body)
        if status != 200:
            raise upstream_error(status, content, headers, self.name)
        try:
            data = orjson.loads(content)
            choice = data["choices"][0]
            tool_calls = logprobs = None
            if "message" in choice:
                message = choice["message"]
                text = message.get("content")
                if message.get("tool_calls"):
                    tool_calls = parse_tool_calls(message["tool_calls"])
                if choice.get("logprobs"):
                    logprobs = parse_chat_logprobs(choice["logprobs"])
            else:
                text = choice.get("text", "")
                if choice.get("logprobs"):
                    logprobs = parse_text_logprobs(choice["logprobs"])
            usage = data.get("usage") or {}
            finish = finish_reason_of(choice.get("finish_reason"))
        except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError, ValueError):
            raise UpstreamError(f"Upstream '{self.name}' sent a malformed response", retryable=True) from None
        if tool_calls and finish == "stop":
            finish = "tool_calls"  # some servers (older Ollama, llama.cpp) say "stop" after calling tools
        return Generation(
            text=text or "",
            finish_reason=finish,  # type: ignore[arg-type]
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            tool_calls=tool_calls,
            logprobs=logprobs,
        )

    async def stream(self, request: GenerationRequest) -> AsyncIterator[GenerationChunk]:
        path, body = self._body(request, stream=True)
        try:
            response = await self._http().post(self._base + path, data=orjson.dumps(body))
        except TRANSPORT_ERRORS as exc:
            raise transport_error(exc, self.name) from None
        try:
            if response.status != 200:
                try:
                    content = await response.read()
                except TRANSPORT_ERRORS as exc:
                    raise transport_error(exc, self.name) from None
                raise upstream_error(response.status, content, response.headers, self.name)
            p = request.params
            if p.tools or p.logprobs:
                events = self._rich_events(response, chat=request.messages is not None)
            else:
                events = self._events(response)  # the hot path: plain text
            async for chunk in events:
                yield chunk
        finally:
            response.release()

    def _event(self, payload: bytes) -> dict[str, Any]:
        """One SSE event's JSON; an upstream's error event or malformed data raise."""
        try:
            data = orjson.loads(payload)
        except orjson.JSONDecodeError:
            raise UpstreamError(f"Upstream '{self.name}' sent a malformed event", retryable=False) from None
        if "error" in data:
            err = data["error"]
            msg = err.get("message") if isinstance(err, dict) else str(err)
            raise UpstreamError(f"Upstream '{self.name}' failed mid-stream: {msg}", retryable=False)
        return data

    async def _events(self, response: aiohttp.ClientResponse) -> AsyncIterator[GenerationChunk]:
        finish: str | None = None
        usage: dict[str, Any] = {}
        produced = 0
        done = False
        try:
            async for raw in response.content:
                if not raw.startswith(b"data:"):
                    continue
                payload = raw[5:].strip()
                if payload == b"[DONE]":
                    done = True
                    break
                data = self._event(payload)
                if data.get("usage"):
                    usage = data["usage"]
                for choice in data.get("choices") or ():
                    delta = choice.get("delta") or {}
                    text = delta.get("content") if "delta" in choice else choice.get("text")
                    if text:
                        produced += 1
                        yield GenerationChunk(text, completion_tokens=produced)
                    if choice.get("finish_reason"):
                        finish = choice["finish_reason"]
        except TRANSPORT_ERRORS as exc:
            raise UpstreamError(
                f"Upstream '{self.name}' dropped the stream: {type(exc).__name__}", retryable=False
            ) from None
        if not done and finish is None:
            raise UpstreamError(f"Upstream '{self.name}' ended the stream before it was complete", retryable=False)
        yield GenerationChunk(
            "",
            finish_reason=finish_reason_of(finish),  # type: ignore[arg-type]
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or produced),
        )

    async def _rich_events(self, response: aiohttp.ClientResponse, chat: bool) -> AsyncIterator[GenerationChunk]:
        """`_events` for streams that asked for tools or logprobs: tool-call deltas and logprobs too.

        A separate loop so that plain streams pay nothing for it. Tool-call deltas are normalised:
        id and name go out once, on the first delta of each call (some servers repeat them, and
        clients concatenate what they get), and a call the upstream sent without an id gets one.
        """
        finish: str | None = None
        usage: dict[str, Any] = {}
        produced = 0
        done = False
        named: dict[int, bool] = {}  # tool call index -> whether its name has gone out
        parse_logprobs = parse_chat_logprobs if chat else parse_text_logprobs
        try:
            async for raw in response.content:
                if not raw.startswith(b"data:"):
                    continue
                payload = raw[5:].strip()
                if payload == b"[DONE]":
                    done = True
                    break
                data = self._event(payload)
                if data.get("usage"):
                    usage = data["usage"]
                for choice in data.get("choices") or ():
                    if "delta" in choice:
                        delta = choice["delta"] or {}
                        text = delta.get("content")
                        raw_calls = delta.get("tool_calls")
                    else:
                        text, raw_calls = choice.get("text"), None
                    logprobs = parse_logprobs(choice["logprobs"]) if choice.get("logprobs") else None
                    calls = None
                    if raw_calls:
                        calls = []
                        for position, c in enumerate(raw_calls):
                            index = c.get("index", position)
                            fn = c.get("function") or {}
                            args = fn.get("arguments") or ""
                            if not isinstance(args, str):
                                args = orjson.dumps(args).decode()
                            name = fn.get("name") or None
                            if index not in named:
                                named[index] = name is not None
                                calls.append(ToolCallDelta(index, c.get("id") or new_call_id(), name, args))
                            elif name is not None and not named[index]:
                                named[index] = True
                                calls.append(ToolCallDelta(index, name=name, arguments=args))
                            elif args:
                                calls.append(ToolCallDelta(index, arguments=args))
                    if text or calls or logprobs:
                        produced += 1
                        yield GenerationChunk(
                            text or "", completion_tokens=produced, tool_calls=calls or None, logprobs=logprobs
                        )
                    if choice.get("finish_reason"):
                        finish = choice["finish_reason"]
        except TRANSPORT_ERRORS as exc:
            raise UpstreamError(
                f"Upstream '{self.name}' dropped the stream: {type(exc).__name__}", retryable=False
            ) from None
        if not done and finish is None:
            raise UpstreamError(f"Upstream '{self.name}' ended the stream before it was complete", retryable=False)
        reason = finish_reason_of(finish)
        if named and reason == "stop":
            reason = "tool_calls"
        yield GenerationChunk(
            "",
            finish_reason=reason,  # type: ignore[arg-type]
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or produced),
        )

    async def embed(self, texts: list[str]) -> Embeddings:
        status, content, headers = await self._post("embeddings", {"model": self.model, "input": texts})
        if status != 200:
            raise upstream_error(status, content, headers, self.name)
        data = orjson.loads(content)
        rows = sorted(data["data"], key=lambda d: d["index"])
        return Embeddings([d["embedding"] for d in rows], int((data.get("usage") or {}).get("prompt_tokens") or 0))
