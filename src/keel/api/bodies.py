"""OpenAI shapes both ways: validated requests → RequestContext fields, results → response bodies.

One builder serves chat and completions, whole answers and stream chunks; the HTTP routes and
`keel.Client` in process both use it, so an answer looks the same whichever way it was asked.
"""

from __future__ import annotations

import base64
from typing import Any

import numpy as np

from keel.api.schemas import ChatCompletionRequest, CompletionRequest, EmbeddingRequest
from keel.errors import InvalidRequest
from keel.pipeline.context import PromptCall, RequestContext
from keel.types import (
    Generation,
    GenerationChunk,
    GenerationParams,
    Message,
    TokenLogprob,
    ToolCall,
    ToolCallDelta,
)

# ---------------------------------------------------------------------------- request → context fields


def _params(req: ChatCompletionRequest | CompletionRequest, max_tokens: int | None) -> GenerationParams:
    rf = req.response_format.to_params() if req.response_format else None
    return GenerationParams(
        max_tokens=max_tokens,
        temperature=req.temperature,
        top_p=req.top_p,
        stop=req.stop_list(),
        seed=req.seed,
        presence_penalty=req.presence_penalty,
        frequency_penalty=req.frequency_penalty,
        response_format=rf,
        logit_bias=req.token_biases(),
        top_k=req.top_k,
        min_p=req.min_p,
    )


# request fields a prompt template's stored parameters may fill when the request leaves them unset
TEMPLATE_PARAMS = frozenset(
    {
        "temperature",
        "top_p",
        "max_tokens",
        "max_completion_tokens",
        "stop",
        "seed",
        "presence_penalty",
        "frequency_penalty",
        "response_format",
    }
)


def chat_fields(req: ChatCompletionRequest) -> dict[str, Any]:
    params = _params(req, req.effective_max_tokens())
    if req.tools:
        params.tools = req.tool_dicts()
        params.tool_choice = req.tool_choice_value()
        params.parallel_tool_calls = req.parallel_tool_calls
    if req.logprobs:
        params.logprobs = True
        params.top_logprobs = req.top_logprobs or 0
    messages = [
        Message(m.role, m.text(), m.name)
        if m.tool_calls is None and m.role != "tool"
        else _tool_message(i, m.role, m.text(), m.name, m.tool_calls, m.tool_call_id)
        for i, m in enumerate(req.messages)
    ]
    fields = {"params": params, "messages": messages, "n": req.n, "stream": req.stream}
    if req.metadata:
        fields["metadata"] = req.metadata
    if req.knowledge is not None:
        fields["knowledge"] = list(req.knowledge)
    if req.session_id is not None:
        fields["session"] = req.session_id
    if req.prompt is not None:
        set_params = frozenset(req.model_fields_set & TEMPLATE_PARAMS)
        fields["prompt_call"] = PromptCall(req.prompt.ref(), req.prompt.variables, set_params)
    return fields


def _tool_message(i: int, role: str, text: str, name: str | None, calls: Any, call_id: str | None) -> Message:
    if role == "tool" and not call_id:
        raise InvalidRequest(
            f"Missing required parameter: 'messages[{i}].tool_call_id' (the id of the call this tool message answers).",
            param=f"messages[{i}].tool_call_id",
            code="missing_required_parameter",
        )
    tool_calls = [ToolCall(c.id, c.function.name, c.function.arguments) for c in calls] if calls else None
    return Message(role, text, name, tool_calls=tool_calls, tool_call_id=call_id)


def completion_fields(req: CompletionRequest) -> dict[str, Any]:
    max_tokens = req.max_tokens if req.max_tokens is not None else 16  # OpenAI's default for completions
    params = _params(req, max_tokens)
    if req.logprobs is not None:
        params.logprobs = True
        params.top_logprobs = req.logprobs
    return {"params": params, "prompt": req.prompt_text(), "n": req.n, "stream": req.stream}


def embedding_fields(req: EmbeddingRequest) -> dict[str, Any]:
    return {"inputs": req.inputs()}


# ---------------------------------------------------------------------------- pieces


def usage(ctx: RequestContext) -> dict[str, Any]:
    p = ctx.prompt_tokens or 0
    out: dict[str, Any] = {
        "prompt_tokens": p,
        "completion_tokens": ctx.completion_tokens,
        "total_tokens": p + ctx.completion_tokens,
    }
    # prompt tokens the provider took from its KV cache (the local model's batched engine)
    cached = getattr(ctx.results[0], "cached_tokens", 0) if ctx.results else 0
    if cached:
        out["prompt_tokens_details"] = {"cached_tokens": cached}
    return out


def _tool_calls(calls: list[ToolCall]) -> list[dict[str, Any]]:
    return [{"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}} for c in calls]


def _tool_deltas(deltas: list[ToolCallDelta]) -> list[dict[str, Any]]:
    out = []
    for d in deltas:
        item: dict[str, Any] = {"index": d.index}
        fn: dict[str, Any] = {"arguments": d.arguments}
        if d.id is not None:
            item["id"] = d.id
            item["type"] = "function"
        if d.name is not None:
            fn["name"] = d.name
        item["function"] = fn
        out.append(item)
    return out


def _chat_logprobs(tokens: list[TokenLogprob] | None) -> dict[str, Any] | None:
    if tokens is None:
        return None
    return {
        "content": [
            {
                "token": t.token,
                "logprob": t.logprob,
                "bytes": t.bytes,
                "top_logprobs": [{"token": a.token, "logprob": a.logprob, "bytes": a.bytes} for a in t.top],
            }
            for t in tokens
        ],
        "refusal": None,
    }


def _text_logprobs(tokens: list[TokenLogprob] | None, offset: int = 0) -> dict[str, Any] | None:
    """The legacy completions shape: parallel lists, alternatives as {token: logprob}."""
    if tokens is None:
        return None
    offsets = []
    for t in tokens:
        offsets.append(offset)
        offset += len(t.token)
    return {
        "tokens": [t.token for t in tokens],
        "token_logprobs": [t.logprob for t in tokens],
        "top_logprobs": [{a.token: a.logprob for a in t.top} for t in tokens],
        "text_offset": offsets,
    }


# ---------------------------------------------------------------------------- answers


class Shape:
    """How one chat or completions request's answers look, whole or as stream chunks."""

    def __init__(self, ctx: RequestContext, include_usage: bool = False, echo: bool = False) -> None:
        self.ctx = ctx
        self.chat = ctx.route == "chat"
        self.include_usage = include_usage
        self.echo = echo and not self.chat
        self._started: set[int] = set()
        self._offsets: dict[int, int] = {}
        self._base: dict[str, Any] | None = None

    def _head(self, obj: str) -> dict[str, Any]:
        ctx = self.ctx
        return {
            "id": f"{'chatcmpl' if self.chat else 'cmpl'}-{ctx.trace_id}",
            "object": obj,
            "created": ctx.created,
            "model": ctx.model,
            "system_fingerprint": None,
        }

    # whole answers
    def body(self) -> dict[str, Any]:
        ctx = self.ctx
        choose = self._message if self.chat else self._text
        body = self._head("chat.completion" if self.chat else "text_completion")
        body["choices"] = [choose(i, g) for i, g in enumerate(ctx.results)]
        body["usage"] = usage(ctx)
        if ctx.citations:  # Keel's extension: the passages the grounding stage retrieved
            body["citations"] = ctx.citations
        return body

    def _message(self, i: int, g: Generation) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": g.text, "refusal": None}
        if g.tool_calls:
            message["tool_calls"] = _tool_calls(g.tool_calls)
            if not g.text:
                message["content"] = None
        return {
            "index": i,
            "message": message,
            "logprobs": _chat_logprobs(g.logprobs),
            "finish_reason": g.finish_reason,
        }

    def _text(self, i: int, g: Generation) -> dict[str, Any]:
        prefix = (self.ctx.prompt or "") if self.echo else ""
        return {
            "index": i,
            "text": prefix + g.text,
            "logprobs": _text_logprobs(g.logprobs, len(prefix)),
            "finish_reason": g.finish_reason,
        }

    # stream chunks
    def _chunk_base(self) -> dict[str, Any]:
        if self._base is None:
            self._base = self._head("chat.completion.chunk" if self.chat else "text_completion")
            if not self.chat:
                del self._base["system_fingerprint"]
            if self.include_usage:
                self._base["usage"] = None
        return self._base

    def chunk(self, index: int, c: GenerationChunk) -> list[dict[str, Any]]:
        """The events for one chunk of choice INDEX (none when it carries nothing to send)."""
        return self._chat_chunk(index, c) if self.chat else self._text_chunk(index, c)

    def _chat_chunk(self, index: int, c: GenerationChunk) -> list[dict[str, Any]]:
        base = self._base or self._chunk_base()
        if index in self._started and c.finish_reason is None and c.tool_calls is None and c.logprobs is None:
            if not c.text:  # the common case first: a piece of text
                return []
            choice = {"index": index, "delta": {"content": c.text}, "logprobs": None, "finish_reason": None}
            return [{**base, "choices": [choice]}]
        out = []

        def event(delta: dict[str, Any], finish: str | None = None, logprobs: Any = None) -> dict[str, Any]:
            choice = {"index": index, "delta": delta, "logprobs": logprobs, "finish_reason": finish}
            return {**base, "choices": [choice]}

        if index not in self._started:
            self._started.add(index)
            out.append(event({"role": "assistant", "content": ""}))
        if c.text or c.logprobs:
            out.append(event({"content": c.text}, logprobs=_chat_logprobs(c.logprobs)))
        if c.tool_calls:
            out.append(event({"tool_calls": _tool_deltas(c.tool_calls)}))
        if c.finish_reason is not None:
            last = event({}, c.finish_reason)
            if self.ctx.citations:  # the streamed answer's sources ride on its last chunk
                last["citations"] = self.ctx.citations
            out.append(last)
        return out

    def _text_chunk(self, index: int, c: GenerationChunk) -> list[dict[str, Any]]:
        text = c.text
        if index not in self._started:
            self._started.add(index)
            if self.echo:
                text = (self.ctx.prompt or "") + text
                self._offsets[index] = len(self.ctx.prompt or "")
        if not text and c.finish_reason is None and not c.logprobs:
            return []
        logprobs = None
        if c.logprobs is not None:
            offset = self._offsets.get(index, 0)
            logprobs = _text_logprobs(c.logprobs, offset)
            self._offsets[index] = offset + sum(len(t.token) for t in c.logprobs)
        choice = {"index": index, "text": text, "logprobs": logprobs, "finish_reason": c.finish_reason}
        return [{**(self._base or self._chunk_base()), "choices": [choice]}]

    def end(self) -> list[dict[str, Any]]:
        """The events after the last chunk: the usage chunk when stream_options.include_usage."""
        if not self.include_usage:
            return []
        return [{**self._chunk_base(), "choices": [], "usage": usage(self.ctx)}]


def embedding_body(ctx: RequestContext, encoding_format: str = "float") -> dict[str, Any]:
    vectors = ctx.embeddings or []
    if encoding_format == "base64":
        data = [
            {
                "object": "embedding",
                "index": i,
                "embedding": base64.b64encode(np.asarray(v, dtype="<f4").tobytes()).decode(),
            }
            for i, v in enumerate(vectors)
        ]
    else:
        data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]
    p = ctx.prompt_tokens or 0
    return {"object": "list", "data": data, "model": ctx.model, "usage": {"prompt_tokens": p, "total_tokens": p}}
