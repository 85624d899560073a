"""anthropic: Claude models through Anthropic's Messages API (`POST /v1/messages`).

Keel's OpenAI-shaped requests are mapped to the Messages API and back; docs/providers-anthropic.md
lists every rule (system prompt, turn merging, temperature clamped to 0–1, whitespace-only stops
left to the postprocess stage, JSON modes as a system instruction, finish reasons, usage).

Streams yield one chunk per text delta as it arrives. `completion_tokens` on a delta is the number
of deltas so far (Anthropic sends no running count; each delta holds at least one token), the final
chunk carries the upstream's exact count. A `tool_use` block becomes OpenAI-style tool-call deltas:
its start gives the call's index (counting tool calls only), id and name, each `input_json_delta`
a piece of the arguments. Anthropic has no logprobs: asking for them is a 400 naming the model.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from typing import Any, ClassVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from keel.errors import InvalidRequest, UpstreamError, UpstreamTimeout
from keel.providers.anthropic_messages import (
    build_body,
    event_error,
    finish_reason_of,
    parse_message,
    prompt_tokens_of,
    sse_events,
    status_error,
    tool_arguments,
)
from keel.providers.base import ModelNotReady
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


class AnthropicParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base_url: str = Field("https://api.anthropic.com", description="the API root, without /v1")
    api_key: SecretStr | None = Field(None, description="the API key (default: read from api_key_env)")
    api_key_env: str = Field("ANTHROPIC_API_KEY", description="environment variable holding the API key")
    model: str | None = Field(None, description="upstream model id (default: the public model name)")
    anthropic_version: str = Field("2023-06-01", description="the anthropic-version header")
    headers: dict[str, str] = Field(default_factory=dict, description="extra headers, e.g. anthropic-beta")
    timeout_s: float = Field(600.0, gt=0, description="longest wait for the answer, or between streamed events")
    connect_timeout_s: float = Field(10.0, gt=0)
    max_connections: int = Field(100, ge=1, description="pooled connections to the upstream")
    default_max_tokens: int = Field(1024, ge=1, description="max_tokens when a request sets none")
    context_window: int | None = Field(None, ge=1, description="tokens; unset: the upstream enforces its own")

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return v.rstrip("/").removesuffix("/v1")


# ---------------------------------------------------------------------------- request mapping


class AnthropicProvider:
    Params: ClassVar[type[BaseModel]] = AnthropicParams

    def __init__(self, name: str, params: AnthropicParams) -> None:
        self.name = name
        self.params = params
        self.model = params.model or name
        self._client: httpx.AsyncClient | None = None

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        if self._client is not None:
            return
        p = self.params
        key = p.api_key.get_secret_value() if p.api_key else os.environ.get(p.api_key_env)
        if not key:
            raise RuntimeError(f"no Anthropic API key for model {self.name}: set params.api_key or ${p.api_key_env}")
        headers = {"x-api-key": key, "anthropic-version": p.anthropic_version, **p.headers}
        self._client = httpx.AsyncClient(
            base_url=p.base_url,
            headers=headers,
            timeout=httpx.Timeout(p.timeout_s, connect=p.connect_timeout_s),
            limits=httpx.Limits(max_connections=p.max_connections, max_keepalive_connections=p.max_connections),
        )

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            raise ModelNotReady(f"model {self.name} is not started")
        return self._client

    def info(self) -> ModelInfo:
        return ModelInfo(context_window=self.params.context_window)

    def tokenize(self, text: str | list[Message]) -> list[int] | None:
        return None  # Anthropic's tokenizer is not available locally

    async def embed(self, texts: list[str]) -> Embeddings:
        raise InvalidRequest(f"The model '{self.name}' does not serve embeddings", param="model")

    async def health(self) -> Health:
        client = self._client
        if client is None:
            return Health(False, "not started")
        try:
            r = await client.get(f"/v1/models/{quote(self.model, safe='')}", timeout=self.params.connect_timeout_s)
        except httpx.HTTPError as exc:
            return Health(False, f"{self.params.base_url} unreachable: {type(exc).__name__}: {exc}")
        if r.status_code == 200:
            return Health(True, f"{self.model} at {self.params.base_url}")
        return Health(False, status_error(r.status_code, r.headers, r.content).message)

    # ------------------------------------------------------------------ generation

    def _transport_error(self, exc: httpx.HTTPError, yielded: bool) -> UpstreamError:
        where = self.params.base_url
        if isinstance(exc, httpx.PoolTimeout):
            message, retryable = f"all {self.params.max_connections} connections to {where} are busy", True
        elif isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
            message, retryable = f"cannot connect to Anthropic at {where}: {exc or type(exc).__name__}", True
        elif isinstance(exc, httpx.TimeoutException):
            return UpstreamTimeout(
                f"Anthropic at {where} did not answer within {self.params.timeout_s:g}s",
                retryable=not yielded,
                code="upstream_timeout",
            )
        elif isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol)):
            message, retryable = f"bad Anthropic base_url {where}: {exc}", False
        else:  # the connection broke (e.g. dropped mid-stream)
            message, retryable = f"connection to Anthropic at {where} failed: {type(exc).__name__}: {exc}", not yielded
        return UpstreamError(message, retryable=retryable, code="upstream_error")

    def _body(self, request: GenerationRequest) -> dict[str, Any]:
        p = request.params
        if p.logprobs or p.top_logprobs:
            param = "logprobs" if p.logprobs else "top_logprobs"
            raise InvalidRequest(
                f"The model '{self.name}' cannot return logprobs: Anthropic's Messages API has none. "
                f"Omit '{param}' (or set logprobs to false).",
                param=param,
                code="unsupported_parameter",
            )
        return build_body(request, self.model, self.params.default_max_tokens)

    async def complete(self, request: GenerationRequest) -> Generation:
        body = self._body(request)
        client = self._http()
        try:
            r = await client.post("/v1/messages", json=body)
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, yielded=False) from None
        if r.status_code != 200:
            raise status_error(r.status_code, r.headers, r.content)
        try:
            data = r.json()
        except ValueError:
            raise UpstreamError("Anthropic returned a body that is not JSON", code="upstream_error") from None
        return parse_message(data)

    async def stream(self, request: GenerationRequest) -> AsyncIterator[GenerationChunk]:
        body = {**self._body(request), "stream": True}
        client = self._http()
        yielded = False
        try:
            async with client.stream("POST", "/v1/messages", json=body) as r:
                if r.status_code != 200:
                    raise status_error(r.status_code, r.headers, await r.aread())
                async for chunk in self._chunks(r):
                    yielded = yielded or bool(chunk.text or chunk.tool_calls)
                    yield chunk
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, yielded) from None

    async def _chunks(self, r: httpx.Response) -> AsyncIterator[GenerationChunk]:
        prompt_tokens = output_tokens = deltas = 0
        stop_reason: str | None = None
        tools: dict[int, int] = {}  # content block index -> tool call index (OpenAI counts calls only)
        tool_inputs: dict[int, object] = {}  # tool calls whose arguments have not been streamed yet
        async for name, raw in sse_events(r):
            try:
                data = json.loads(raw)
            except ValueError:
                data = None
            if not isinstance(data, dict):
                raise UpstreamError(
                    f"Anthropic sent an unreadable {name} event", retryable=deltas == 0, code="upstream_error"
                )
            kind = data.get("type", name)
            if kind == "content_block_delta":
                delta = data.get("delta") or {}
                delta_type = delta.get("type")
                if delta_type == "text_delta" and delta.get("text"):
                    deltas += 1
                    yield GenerationChunk(delta["text"], completion_tokens=max(deltas, output_tokens))
                elif delta_type == "input_json_delta" and delta.get("partial_json"):
                    call = tools.get(data.get("index"))
                    if call is not None:
                        tool_inputs.pop(call, None)
                        deltas += 1
                        yield GenerationChunk(
                            "",
                            completion_tokens=max(deltas, output_tokens),
                            tool_calls=[ToolCallDelta(call, arguments=delta["partial_json"])],
                        )
            elif kind == "content_block_start":
                block = data.get("content_block") or {}
                if block.get("type") == "tool_use":
                    call = tools[data.get("index")] = len(tools)
                    tool_inputs[call] = block.get("input")
                    deltas += 1
                    yield GenerationChunk(
                        "",
                        completion_tokens=max(deltas, output_tokens),
                        tool_calls=[ToolCallDelta(call, id=block.get("id"), name=block.get("name"))],
                    )
            elif kind == "content_block_stop":
                call = tools.get(data.get("index"))
                if call is not None and call in tool_inputs:
                    # no input_json_delta came (a call without arguments): send what complete() would
                    yield GenerationChunk(
                        "",
                        completion_tokens=max(deltas, output_tokens),
                        tool_calls=[ToolCallDelta(call, arguments=tool_arguments(tool_inputs.pop(call) or {}))],
                    )
            elif kind == "message_start":
                usage = (data.get("message") or {}).get("usage") or {}
                prompt_tokens = prompt_tokens_of(usage)
                output_tokens = int(usage.get("output_tokens") or 0)
            elif kind == "message_delta":
                stop_reason = (data.get("delta") or {}).get("stop_reason") or stop_reason
                usage = data.get("usage") or {}
                if usage.get("output_tokens") is not None:
                    output_tokens = int(usage["output_tokens"])
                if usage.get("input_tokens") is not None:  # newer API versions repeat the full usage here
                    prompt_tokens = prompt_tokens_of(usage)
            elif kind == "message_stop":
                yield GenerationChunk(
                    "",
                    finish_reason=finish_reason_of(stop_reason),
                    prompt_tokens=prompt_tokens,
                    completion_tokens=max(output_tokens, deltas),
                )
                return
            elif kind == "error":
                raise event_error(data, yielded=deltas > 0)
            # ping, other blocks (thinking…) and event types added later carry nothing we need
        raise UpstreamError(
            "Anthropic's stream ended before message_stop", retryable=deltas == 0, code="upstream_error"
        )
