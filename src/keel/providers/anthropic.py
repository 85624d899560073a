"""anthropic: Claude models through Anthropic's Messages API (`POST /v1/messages`).

Keel's OpenAI-shaped requests are mapped to the Messages API and back; docs/providers-anthropic.md
lists every rule (system prompt, turn merging, temperature clamped to 0–1, whitespace-only stops
left to the postprocess stage, JSON modes as a system instruction, finish reasons, usage).

Streams yield one chunk per text delta as it arrives. `completion_tokens` on a delta is the number
of deltas so far (Anthropic sends no running count; each delta holds at least one token), the final
chunk carries the upstream's exact count.
"""

from __future__ import annotations

import email.utils
import json
import math
import os
import time
from collections.abc import AsyncIterator
from typing import Any, ClassVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from keel.errors import InvalidRequest, KeelError, RateLimited, UpstreamError, UpstreamTimeout
from keel.providers.base import (
    Embeddings,
    FinishReason,
    Generation,
    GenerationChunk,
    GenerationParams,
    GenerationRequest,
    Health,
    Message,
    ModelInfo,
    ModelNotReady,
)

# Sent as the first turn when a conversation starts with the assistant (Anthropic requires a user turn).
CONVERSATION_START = "(The conversation begins.)"
JSON_INSTRUCTION = "Reply with one valid JSON value only: no prose before or after it, no Markdown code fences."
_LENGTH_REASONS = {"max_tokens", "model_context_window_exceeded"}


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


def _json_instruction(response_format: dict[str, Any]) -> str:
    kind = response_format.get("type")
    if kind == "json_object":
        return JSON_INSTRUCTION
    if kind == "json_schema":
        schema = response_format.get("schema")
        if not isinstance(schema, dict):
            raise InvalidRequest("response_format.json_schema.schema must be an object", param="response_format")
        return f"{JSON_INSTRUCTION} It must conform to this JSON Schema:\n{json.dumps(schema, ensure_ascii=False)}"
    raise InvalidRequest(f"unsupported response_format type {kind!r}", param="response_format")


def _turns(messages: list[Message]) -> tuple[list[str], list[dict[str, str]]]:
    system: list[str] = []
    turns: list[dict[str, str]] = []
    for m in messages:
        if m.role in ("system", "developer"):
            if m.content.strip():
                system.append(m.content)
            continue
        role = "assistant" if m.role == "assistant" else "user"
        text = m.content
        if m.role == "tool":
            text = f"Tool result{f' ({m.name})' if m.name else ''}:\n{text}"
        if not text.strip():
            continue  # Anthropic rejects empty text
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"] += "\n\n" + text
        else:
            turns.append({"role": role, "content": text})
    if not turns:
        if not system:
            raise InvalidRequest("The messages contain no text.", param="messages")
        return [], [{"role": "user", "content": "\n\n".join(system)}]
    if turns[0]["role"] != "user":
        turns.insert(0, {"role": "user", "content": CONVERSATION_START})
    if turns[-1]["role"] == "assistant":
        turns[-1]["content"] = turns[-1]["content"].rstrip()  # a prefill may not end in whitespace
    return system, turns


def build_body(request: GenerationRequest, model: str, default_max_tokens: int) -> dict[str, Any]:
    """The Messages API request body for one Keel generation request."""
    if request.messages is not None:
        system, turns = _turns(request.messages)
    else:
        prompt = request.prompt or ""
        if not prompt.strip():
            raise InvalidRequest("The prompt is empty.", param="prompt")
        system, turns = [], [{"role": "user", "content": prompt}]
    p: GenerationParams = request.params
    if p.response_format:
        system.append(_json_instruction(p.response_format))
    body: dict[str, Any] = {"model": model, "messages": turns, "max_tokens": p.max_tokens or default_max_tokens}
    if system:
        body["system"] = "\n\n".join(system)
    if p.temperature is not None:
        body["temperature"] = min(max(p.temperature, 0.0), 1.0)
    if p.top_p is not None:
        body["top_p"] = p.top_p
    stops = [s for s in p.stop if s.strip()]
    if stops:
        body["stop_sequences"] = stops
    return body


# ---------------------------------------------------------------------------- response mapping


def _finish(stop_reason: str | None) -> FinishReason:
    return "length" if stop_reason in _LENGTH_REASONS else "stop"


def _prompt_tokens(usage: dict[str, Any]) -> int:
    keys = ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")
    return sum(int(usage.get(k) or 0) for k in keys)


def parse_message(data: Any) -> Generation:
    """A Generation from a Messages API response body."""
    if not isinstance(data, dict) or not isinstance(data.get("content"), list):
        raise UpstreamError("Anthropic returned an unexpected response body", code="upstream_error")
    text = "".join(b.get("text", "") for b in data["content"] if isinstance(b, dict) and b.get("type") == "text")
    usage = data.get("usage") or {}
    return Generation(text, _finish(data.get("stop_reason")), _prompt_tokens(usage), int(usage.get("output_tokens", 0)))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
        return max(0.0, seconds) if math.isfinite(seconds) else None
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _error_message(body: bytes) -> str:
    """Anthropic's message from an error body, tolerating bodies that are not its error object."""
    try:
        return str(json.loads(body)["error"]["message"] or "")
    except (ValueError, KeyError, TypeError):
        return body.decode("utf-8", "replace").strip()[:300]


def status_error(status: int, headers: httpx.Headers, body: bytes) -> KeelError:
    """The Keel error for an HTTP error answer from Anthropic (codes as in openai_compat)."""
    message = _error_message(body)
    detail = f": {message}" if message else ""
    retry_after = _retry_after(headers.get("retry-after"))
    if status == 429:
        return RateLimited(
            f"Anthropic rate limit reached{detail}", retry_after=retry_after, code="upstream_rate_limited"
        )
    if status in (401, 403):
        return UpstreamError(
            f"Anthropic rejected the gateway's credentials (HTTP {status}){detail}",
            retryable=False,
            status_code=502,
            code="upstream_auth",
        )
    if status in (400, 404, 413, 422):  # the request itself was wrong: not worth a retry
        return InvalidRequest(
            f"Anthropic rejected the request (HTTP {status}){detail}",
            status_code=413 if status == 413 else 400,
            code="upstream_rejected",
        )
    if status == 529 or status >= 500 or status in (408, 409):
        what = "is overloaded" if status == 529 else f"failed (HTTP {status})"
        return UpstreamError(
            f"Anthropic {what}{detail}", retryable=True, retry_after=retry_after, code="upstream_error"
        )
    return UpstreamError(f"Anthropic answered HTTP {status}{detail}", retryable=False, code="upstream_error")


def _event_error(data: dict[str, Any], yielded: bool) -> KeelError:
    err = data.get("error") or {}
    kind, message = err.get("type"), err.get("message") or "unknown error"
    if yielded:  # part of the answer has gone out: only the caller can decide what to do
        return UpstreamError(
            f"Anthropic's stream failed after the answer began ({kind}): {message}",
            retryable=False,
            code="upstream_error",
        )
    if kind == "rate_limit_error":
        return RateLimited(f"Anthropic rate limit reached: {message}", code="upstream_rate_limited")
    if kind == "invalid_request_error":
        return InvalidRequest(f"Anthropic rejected the request: {message}", code="upstream_rejected")
    retryable = kind in ("overloaded_error", "api_error", "timeout_error", None)
    return UpstreamError(f"Anthropic's stream failed ({kind}): {message}", retryable=retryable, code="upstream_error")


async def sse_events(response: httpx.Response) -> AsyncIterator[tuple[str, str]]:
    """(event name, data) pairs of a server-sent event stream, as they arrive."""
    event, data = "", []
    async for line in response.aiter_lines():
        if not line:
            if data:
                yield event or "message", "\n".join(data)
            event, data = "", []
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            event = value
        elif field == "data":
            data.append(value)
    if data:
        yield event or "message", "\n".join(data)


# ---------------------------------------------------------------------------- the provider


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

    async def complete(self, request: GenerationRequest) -> Generation:
        body = build_body(request, self.model, self.params.default_max_tokens)
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
        body = {**build_body(request, self.model, self.params.default_max_tokens), "stream": True}
        client = self._http()
        yielded = False
        try:
            async with client.stream("POST", "/v1/messages", json=body) as r:
                if r.status_code != 200:
                    raise status_error(r.status_code, r.headers, await r.aread())
                async for chunk in self._chunks(r):
                    yielded = yielded or bool(chunk.text)
                    yield chunk
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, yielded) from None

    async def _chunks(self, r: httpx.Response) -> AsyncIterator[GenerationChunk]:
        prompt_tokens = output_tokens = deltas = 0
        stop_reason: str | None = None
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
                if delta.get("type") == "text_delta" and delta.get("text"):
                    deltas += 1
                    yield GenerationChunk(delta["text"], completion_tokens=max(deltas, output_tokens))
            elif kind == "message_start":
                usage = (data.get("message") or {}).get("usage") or {}
                prompt_tokens = _prompt_tokens(usage)
                output_tokens = int(usage.get("output_tokens") or 0)
            elif kind == "message_delta":
                stop_reason = (data.get("delta") or {}).get("stop_reason") or stop_reason
                usage = data.get("usage") or {}
                if usage.get("output_tokens") is not None:
                    output_tokens = int(usage["output_tokens"])
                if usage.get("input_tokens") is not None:  # newer API versions repeat the full usage here
                    prompt_tokens = _prompt_tokens(usage)
            elif kind == "message_stop":
                yield GenerationChunk(
                    "",
                    finish_reason=_finish(stop_reason),
                    prompt_tokens=prompt_tokens,
                    completion_tokens=max(output_tokens, deltas),
                )
                return
            elif kind == "error":
                raise _event_error(data, yielded=deltas > 0)
            # ping, content_block_start/stop and event types added later carry nothing we need
        raise UpstreamError(
            "Anthropic's stream ended before message_stop", retryable=deltas == 0, code="upstream_error"
        )
