"""The OpenAI wire format both ways for openai_compat: messages out; tool calls, logprobs and
finish reasons back; upstream HTTP and transport errors as the client's errors."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Mapping
from typing import Any

import aiohttp
import orjson

from keel.errors import InvalidRequest, KeelError, RateLimited, UpstreamError, UpstreamTimeout
from keel.types import Message, TokenLogprob, ToolCall, TopLogprob

_FINISH = {
    "stop": "stop",
    "length": "length",
    "eos": "stop",
    "end_turn": "stop",
    "content_filter": "content_filter",
    "tool_calls": "tool_calls",
    "function_call": "tool_calls",  # the legacy name
}


def finish_reason_of(reason: str | None) -> str:
    return _FINISH.get(reason or "stop", "stop")


def wire_message(m: Message) -> dict[str, Any]:
    """One chat message in the upstream body."""
    if not m.tool_calls and m.tool_call_id is None:
        return {"role": m.role, "content": m.content, **({"name": m.name} if m.name else {})}
    out: dict[str, Any] = {"role": m.role, "content": m.content}
    if m.name:
        out["name"] = m.name
    if m.tool_calls:
        if not m.content:
            out["content"] = None  # OpenAI's shape for a turn that only called tools
        out["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in m.tool_calls
        ]
    if m.tool_call_id is not None:
        out["tool_call_id"] = m.tool_call_id
    return out


def new_call_id() -> str:
    return f"call_{uuid.uuid4().hex[:24]}"  # for upstreams that send calls without ids


def parse_tool_calls(raw: Any) -> list[ToolCall] | None:
    """`message.tool_calls` of a chat completion, as ToolCalls (None when there are none)."""
    if not raw:
        return None
    calls = []
    for c in raw:
        fn = c.get("function") or {}
        args = fn.get("arguments")
        if not isinstance(args, str):  # some servers send the arguments as an object
            args = orjson.dumps(args if args is not None else {}).decode()
        calls.append(ToolCall(id=c.get("id") or new_call_id(), name=fn.get("name") or "", arguments=args))
    return calls


def parse_chat_logprobs(raw: Any) -> list[TokenLogprob] | None:
    """`choices[].logprobs` of a chat completion (or chunk): `{"content": [{token, logprob, bytes, top_logprobs}]}`."""
    if not isinstance(raw, dict) or raw.get("content") is None:
        return None
    return [
        TokenLogprob(
            token=t.get("token", ""),
            logprob=float(t.get("logprob", 0.0)),
            bytes=t.get("bytes"),
            top=[
                TopLogprob(a.get("token", ""), float(a.get("logprob", 0.0)), a.get("bytes"))
                for a in t.get("top_logprobs") or ()
            ],
        )
        for t in raw["content"]
    ]


def parse_text_logprobs(raw: Any) -> list[TokenLogprob] | None:
    """The legacy completions shape: `{"tokens", "token_logprobs", "top_logprobs": [{token: logprob}]}`."""
    if not isinstance(raw, dict) or raw.get("tokens") is None:
        return None
    tokens = raw["tokens"]
    lps = raw.get("token_logprobs") or [None] * len(tokens)
    tops = raw.get("top_logprobs") or [None] * len(tokens)
    return [
        TokenLogprob(
            token=tok,
            logprob=float(lp) if lp is not None else 0.0,  # the first token of an echoed prompt has none
            top=[TopLogprob(k, float(v)) for k, v in (top or {}).items()],
        )
        for tok, lp, top in zip(tokens, lps, tops, strict=False)
    ]


def _error_message(body: bytes) -> str:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return body.decode("utf-8", "replace")[:500]
    err = data.get("error") if isinstance(data, dict) else None
    if isinstance(err, dict):
        return str(err.get("message") or err)
    if isinstance(err, str):
        return err
    if isinstance(data, dict) and "detail" in data:
        return str(data["detail"])
    return str(data)[:500]


def upstream_error(status: int, body: bytes, headers: Mapping[str, str], name: str) -> KeelError:
    """Map an upstream HTTP error to the error the client sees."""
    message = f"Upstream '{name}' answered {status}: {_error_message(body)}"
    if status == 429:
        retry_after = headers.get("retry-after")
        try:
            seconds = float(retry_after) if retry_after is not None else None
        except ValueError:
            seconds = None
        return RateLimited(message, retry_after=seconds, code="upstream_rate_limited")
    if status in (401, 403):
        return UpstreamError(
            f"Upstream '{name}' rejected the gateway's credentials ({status})", retryable=False, code="upstream_auth"
        )
    if status in (408, 409) or status >= 500:
        return UpstreamError(message, retryable=True, code="upstream_error")
    # the request itself was wrong (400, 404, 413, 422…): the client's mistake, not worth a retry
    return InvalidRequest(message, code="upstream_rejected")


TRANSPORT_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, OSError)


def transport_error(exc: BaseException, name: str) -> KeelError:
    if isinstance(exc, asyncio.TimeoutError | aiohttp.ServerTimeoutError) and not isinstance(
        exc, aiohttp.ConnectionTimeoutError
    ):
        return UpstreamTimeout(f"Upstream '{name}' timed out", retryable=True, code="upstream_timeout")
    return UpstreamError(f"Upstream '{name}' is unreachable: {type(exc).__name__}", retryable=True)
