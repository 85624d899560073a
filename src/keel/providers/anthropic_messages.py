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
from keel.types import FinishReason, Generation, GenerationParams, GenerationRequest, Message, ToolCall

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


def _tool_use(call: ToolCall, where: str) -> dict[str, Any]:
    """An assistant's OpenAI tool call as an Anthropic `tool_use` block (arguments parsed to `input`)."""
    try:
        args = json.loads(call.arguments) if call.arguments.strip() else {}
    except ValueError:
        raise InvalidRequest(f"{where}.function.arguments is not valid JSON", param="messages") from None
    if not isinstance(args, dict):
        raise InvalidRequest(f"{where}.function.arguments must be a JSON object", param="messages")
    return {"type": "tool_use", "id": call.id, "name": call.name, "input": args}


def _tool_result(m: Message) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "tool_result", "tool_use_id": m.tool_call_id}
    if m.content.strip():  # Anthropic rejects empty text; the content itself is optional
        block["content"] = m.content
    return block


def _add(turns: list[dict[str, Any]], role: str, text: str, blocks: list[dict[str, Any]]) -> None:
    """Add TEXT and BLOCKS to the conversation, merging with the last turn when it has the same role.

    A turn's content stays a string while it holds only text (joined by blank lines) and becomes
    a list of blocks once it holds tool_use or tool_result blocks.
    """
    if turns and turns[-1]["role"] == role:
        turn = turns[-1]
    else:
        turn = {"role": role, "content": ""}
        turns.append(turn)
    content = turn["content"]
    if not blocks and isinstance(content, str):
        turn["content"] = f"{content}\n\n{text}" if content else text
        return
    if isinstance(content, str):
        content = [{"type": "text", "text": content}] if content else []
    if text:
        if content and content[-1]["type"] == "text":
            content[-1]["text"] += "\n\n" + text
        else:
            content.append({"type": "text", "text": text})
    content.extend(blocks)
    turn["content"] = content


def _turns(messages: list[Message]) -> tuple[list[str], list[dict[str, Any]], list[str]]:
    """(system texts, Anthropic turns, names of the tools the conversation called)."""
    system: list[str] = []
    turns: list[dict[str, Any]] = []
    called: list[str] = []
    for i, m in enumerate(messages):
        if m.role in ("system", "developer"):
            if m.content.strip():
                system.append(m.content)
            continue
        role = "assistant" if m.role == "assistant" else "user"
        text = m.content
        blocks: list[dict[str, Any]] = []
        if m.role == "tool":
            if m.tool_call_id is not None:
                text, blocks = "", [_tool_result(m)]
            else:  # not an answer to a call Anthropic knows of: plain text
                text = f"Tool result{f' ({m.name})' if m.name else ''}:\n{text}"
        elif m.role == "assistant" and m.tool_calls:
            blocks = [_tool_use(c, f"messages[{i}].tool_calls[{j}]") for j, c in enumerate(m.tool_calls)]
            called.extend(c.name for c in m.tool_calls if c.name not in called)
        if not text.strip():
            if not blocks:
                continue  # Anthropic rejects empty text
            text = ""
        _add(turns, role, text, blocks)
    if not turns:
        if not system:
            raise InvalidRequest("The messages contain no text.", param="messages")
        return [], [{"role": "user", "content": "\n\n".join(system)}], []
    for turn in turns:
        if turn["role"] == "user" and isinstance(turn["content"], list):
            # tool results must open the user turn that answers the calls, before any text
            turn["content"].sort(key=lambda b: b["type"] != "tool_result")
    if turns[0]["role"] != "user":
        turns.insert(0, {"role": "user", "content": CONVERSATION_START})
    last = turns[-1]
    if last["role"] == "assistant":  # a prefill may not end in whitespace
        if isinstance(last["content"], str):
            last["content"] = last["content"].rstrip()
        elif last["content"][-1]["type"] == "text":
            last["content"][-1]["text"] = last["content"][-1]["text"].rstrip()
    return system, turns, called


def _tools(tools: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """OpenAI function tools as Anthropic tools: {name, description, input_schema}."""
    out = []
    for i, t in enumerate(tools):
        fn = t.get("function") if isinstance(t, dict) else None
        if t.get("type", "function") != "function" or not isinstance(fn, dict) or not fn.get("name"):
            raise InvalidRequest(
                f"tools[{i}] is not a function tool with a name; Anthropic models take function tools only",
                param="tools",
            )
        tool: dict[str, Any] = {"name": fn["name"]}
        if fn.get("description"):
            tool["description"] = fn["description"]
        tool["input_schema"] = fn.get("parameters") or {"type": "object", "properties": {}}
        out.append(tool)
    return out


def _tool_choice(choice: str | dict[str, Any] | None, parallel: bool | None, names: list[str]) -> dict[str, Any] | None:
    """OpenAI's tool_choice (and parallel_tool_calls) as Anthropic's tool_choice; None: leave it out."""
    if choice is None or choice == "auto":
        out: dict[str, Any] = {"type": "auto"}
    elif choice == "required":
        out = {"type": "any"}
    elif choice == "none":
        return {"type": "none"}
    elif isinstance(choice, dict) and choice.get("type") == "function":
        name = (choice.get("function") or {}).get("name")
        if name not in names:
            raise InvalidRequest(f"tool_choice names the function {name!r}, which is not in tools", param="tool_choice")
        out = {"type": "tool", "name": name}
    else:
        raise InvalidRequest(f"unsupported tool_choice {choice!r}", param="tool_choice")
    if parallel is False:
        out["disable_parallel_tool_use"] = True
    elif choice is None:
        return None  # Anthropic's default is auto
    return out


def build_body(request: GenerationRequest, model: str, default_max_tokens: int) -> dict[str, Any]:
    """The Messages API request body for one Keel generation request."""
    called: list[str] = []
    if request.messages is not None:
        system, turns, called = _turns(request.messages)
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
    if p.top_k is not None:
        body["top_k"] = p.top_k
    for name, value in (("logit_bias", p.logit_bias), ("min_p", p.min_p)):
        if value:
            raise InvalidRequest(f"{name} is not supported by Anthropic's models", param=name)
    stops = [s for s in p.stop if s.strip()]
    if stops:
        body["stop_sequences"] = stops
    if p.tools:
        body["tools"] = _tools(p.tools)
        choice = _tool_choice(p.tool_choice, p.parallel_tool_calls, [t["name"] for t in body["tools"]])
        if choice is not None:
            body["tool_choice"] = choice
    elif p.tool_choice not in (None, "auto", "none"):
        raise InvalidRequest("tool_choice needs tools to choose from", param="tool_choice")
    elif called:
        # Anthropic rejects tool_use blocks in a request without tools: declare the tools the
        # conversation called, and forbid calling them (the request offered none)
        body["tools"] = [{"name": n, "input_schema": {"type": "object"}} for n in called]
        body["tool_choice"] = {"type": "none"}
    return body


# ---------------------------------------------------------------------------- response mapping


def finish_reason_of(stop_reason: str | None) -> FinishReason:
    if stop_reason in _LENGTH_REASONS:
        return "length"
    if stop_reason == "tool_use":
        return "tool_calls"
    if stop_reason == "refusal":
        return "content_filter"
    return "stop"


def tool_arguments(tool_input: Any) -> str:
    """A tool_use block's `input` as the JSON text of OpenAI's `arguments` (as Anthropic streams it)."""
    return json.dumps(tool_input if tool_input is not None else {}, ensure_ascii=False)


def prompt_tokens_of(usage: dict[str, Any]) -> int:
    keys = ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")
    return sum(int(usage.get(k) or 0) for k in keys)


def parse_message(data: Any) -> Generation:
    """A Generation from a Messages API response body."""
    if not isinstance(data, dict) or not isinstance(data.get("content"), list):
        raise UpstreamError("Anthropic returned an unexpected response body", code="upstream_error")
    texts: list[str] = []
    calls: list[ToolCall] = []
    for b in data["content"]:
        if not isinstance(b, dict):
            continue
        if b.get("type") == "text":
            texts.append(b.get("text", ""))
        elif b.get("type") == "tool_use":
            calls.append(ToolCall(str(b.get("id", "")), str(b.get("name", "")), tool_arguments(b.get("input"))))
    usage = data.get("usage") or {}
    return Generation(
        "".join(texts),
        finish_reason_of(data.get("stop_reason")),
        prompt_tokens_of(usage),
        int(usage.get("output_tokens", 0)),
        tool_calls=calls or None,
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
