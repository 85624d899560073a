"""Mapping between Keel's OpenAI-shaped generation types and Anthropic's Messages API."""

from __future__ import annotations

import email.utils
import json
import math
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx

from keel.errors import InvalidRequest, KeelError, RateLimited, UpstreamError
from keel.types import FinishReason, Generation, GenerationParams, GenerationRequest, Message

# Sent as the first turn when a conversation starts with the assistant (Anthropic requires a user turn).
CONVERSATION_START = "(The conversation begins.)"
JSON_INSTRUCTION = "Reply with one valid JSON value only: no prose before or after it, no Markdown code fences."
_LENGTH_REASONS = {"max_tokens", "model_context_window_exceeded"}


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


def finish_reason_of(stop_reason: str | None) -> FinishReason:
    return "length" if stop_reason in _LENGTH_REASONS else "stop"


def prompt_tokens_of(usage: dict[str, Any]) -> int:
    keys = ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")
    return sum(int(usage.get(k) or 0) for k in keys)


def parse_message(data: Any) -> Generation:
    """A Generation from a Messages API response body."""
    if not isinstance(data, dict) or not isinstance(data.get("content"), list):
        raise UpstreamError("Anthropic returned an unexpected response body", code="upstream_error")
    text = "".join(b.get("text", "") for b in data["content"] if isinstance(b, dict) and b.get("type") == "text")
    usage = data.get("usage") or {}
    return Generation(
        text, finish_reason_of(data.get("stop_reason")), prompt_tokens_of(usage), int(usage.get("output_tokens", 0))
    )


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


def event_error(data: dict[str, Any], yielded: bool) -> KeelError:
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
