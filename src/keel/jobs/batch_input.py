"""A batch's input: OpenAI's batch lines, checked line by line, or plain rows made into them.

An input line is `{"custom_id": "r1", "method": "POST", "url": "/v1/chat/completions", "body": {…}}`,
as OpenAI's Batch API takes it. Every problem is reported with its line (`{"code", "message",
"param", "line"}`, OpenAI's batch error shape), all of them at once, and nothing runs while any
remains. `keel batch run` also takes plain rows (`{"messages": […]}`, `{"prompt": "…"}`, or
template variables with `--prompt NAME@label`), made into the same lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

ENDPOINTS = {"/v1/chat/completions": "chat", "/v1/completions": "completions", "/v1/embeddings": "embeddings"}
MAX_LINES = 50_000  # as OpenAI's Batch API
MAX_ERRORS = 100  # the errors listed; the count says how many more


@dataclass
class BatchLine:
    line: int  # 1-based, in the input file
    custom_id: str
    route: str  # chat | completions | embeddings
    body: dict[str, Any]


class InvalidBatch(Exception):
    def __init__(self, errors: list[dict[str, Any]], more: int = 0) -> None:
        self.errors, self.more = errors, more
        first = errors[0]
        at = f"line {first['line']}: " if first.get("line") else ""
        tail = f" (and {len(errors) - 1 + more} more)" if len(errors) + more > 1 else ""
        super().__init__(f"{at}{first['message']}{tail}")


def parse_lines(content: bytes, endpoint: str, model: str | None = None) -> list[BatchLine]:
    """The requests of a batch input file for ENDPOINT; MODEL fills bodies that name none.
    Raises InvalidBatch with every problem, each with its line."""
    errors: list[dict[str, Any]] = []
    lines: list[BatchLine] = []
    seen: dict[str, int] = {}

    def bad(line: int, code: str, message: str, param: str | None = None) -> None:
        errors.append({"code": code, "message": message, "param": param, "line": line})

    if endpoint not in ENDPOINTS:
        raise InvalidBatch(
            [
                {
                    "code": "invalid_endpoint",
                    "message": f"endpoint must be one of {', '.join(ENDPOINTS)}; got {endpoint!r}",
                    "param": "endpoint",
                    "line": None,
                }
            ]
        )
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidBatch(
            [{"code": "invalid_file", "message": f"the file is not UTF-8 ({exc})", "param": None, "line": None}]
        ) from None
    rows = text.splitlines()
    if len([r for r in rows if r.strip()]) > MAX_LINES:
        raise InvalidBatch(
            [
                {
                    "code": "too_many_requests",
                    "message": f"a batch holds at most {MAX_LINES} requests",
                    "param": None,
                    "line": None,
                }
            ]
        )
    for n, raw in enumerate(rows, 1):
        if not raw.strip():
            continue
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            bad(n, "invalid_json", f"not valid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            bad(n, "invalid_request", "a line must be a JSON object")
            continue
        unknown = sorted(set(obj) - {"custom_id", "method", "url", "body"})
        if unknown:
            bad(n, "invalid_request", f"unknown field(s) {', '.join(unknown)}", unknown[0])
        cid = obj.get("custom_id")
        if not isinstance(cid, str) or not cid:
            bad(n, "missing_custom_id", "custom_id: a non-empty string is required", "custom_id")
        elif len(cid) > 512:
            bad(n, "invalid_custom_id", "custom_id: at most 512 characters", "custom_id")
        elif cid in seen:
            bad(n, "duplicate_custom_id", f"custom_id {cid!r} is already used on line {seen[cid]}", "custom_id")
        else:
            seen[cid] = n
        if obj.get("method", "POST") != "POST":
            bad(n, "invalid_method", f"method must be POST; got {obj.get('method')!r}", "method")
        if obj.get("url") != endpoint:
            bad(n, "mismatched_url", f"url {obj.get('url')!r} is not the batch's endpoint {endpoint}", "url")
        body = obj.get("body")
        if not isinstance(body, dict):
            bad(n, "invalid_body", "body: a JSON object is required", "body")
            continue
        if body.get("stream"):
            bad(n, "invalid_body", "body.stream: a batch request cannot stream", "body.stream")
        if model and not body.get("model"):
            body = {**body, "model": model}
        if not isinstance(body.get("model"), str) or not body.get("model"):
            bad(n, "missing_model", "body.model: the model is required", "body.model")
        if isinstance(cid, str) and cid:
            lines.append(BatchLine(n, cid, ENDPOINTS[endpoint], body))
    if not errors and not lines:
        errors.append({"code": "empty_file", "message": "the file holds no requests", "param": None, "line": None})
    if errors:
        raise InvalidBatch(errors[:MAX_ERRORS], max(0, len(errors) - MAX_ERRORS))
    return lines


def rows_to_lines(content: bytes, model: str, prompt: str | None = None) -> bytes:
    """Plain rows as batch lines for /v1/chat/completions, ready for parse_lines. A row that is
    already a batch line is kept (its model filled in when it names none). Without PROMPT a row
    gives `messages` or `prompt` (a user message); with PROMPT (NAME, NAME@label or NAME/VERSION)
    the row's `variables`, or the row itself, fill the template. `custom_id` defaults to the line."""
    from keel.registry.refs import parse_ref

    ref = None
    if prompt:
        ref = parse_ref(prompt)
    out: list[bytes] = []
    for n, raw in enumerate(content.decode("utf-8", errors="replace").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = orjson.loads(raw)
        except orjson.JSONDecodeError:
            out.append(raw.encode())  # parse_lines names the problem with its line
            continue
        if not isinstance(row, dict) or ("body" in row and "url" in row):
            out.append(raw.encode())
            continue
        cid = str(row.pop("custom_id", None) or f"line-{n}")
        body: dict[str, Any] = {"model": row.pop("model", None) or model}
        if ref is not None:
            variables = row.pop("variables", None) or {
                k: v for k, v in row.items() if k not in ("max_tokens", "temperature")
            }
            prompt_ref: dict[str, Any] = {"name": ref.name, "variables": variables}
            if ref.label:
                prompt_ref["label"] = ref.label
            if ref.version:
                prompt_ref["version"] = ref.version
            body["prompt"] = prompt_ref
        elif "messages" in row:
            body["messages"] = row.pop("messages")
        elif "prompt" in row:
            body["messages"] = [{"role": "user", "content": row.pop("prompt")}]
        elif "input" in row:
            body["messages"] = [{"role": "user", "content": row.pop("input")}]
        for k in ("max_tokens", "temperature", "top_p", "seed", "response_format"):
            if k in row:
                body[k] = row[k]
        out.append(orjson.dumps({"custom_id": cid, "method": "POST", "url": "/v1/chat/completions", "body": body}))
    return b"\n".join(out) + b"\n"
