"""Core types every layer shares: messages, generation parameters, results, usage.

Providers, the pipeline, the cache, the guard and the API all speak these; nothing here imports
any other part of Keel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

T = TypeVar("T")


def evolve(obj: T, **changes: Any) -> T:
    """A copy of the dataclass OBJ with CHANGES: `dataclasses.replace` without re-running
    __init__ over every field (several times faster; used per request and per streamed chunk)."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


FinishReason = Literal["stop", "length", "content_filter", "tool_calls"]


@dataclass
class ToolCall:
    """A function call the model asks the caller to make (OpenAI's `tool_calls[i]`)."""

    id: str
    name: str
    arguments: str  # JSON text, as the model wrote it


@dataclass
class ToolCallDelta:
    """A streamed piece of the tool call at `index`: id and name come first, arguments in pieces."""

    index: int
    id: str | None = None
    name: str | None = None
    arguments: str = ""


def add_tool_deltas(calls: dict[int, ToolCall], deltas: list[ToolCallDelta]) -> None:
    """Fold streamed DELTAS into CALLS by index: id and name where given, arguments appended."""
    for d in deltas:
        call = calls.get(d.index)
        if call is None:
            call = calls[d.index] = ToolCall(d.id or "", d.name or "", "")
        if d.id:
            call.id = d.id
        if d.name:
            call.name = d.name
        call.arguments += d.arguments


@dataclass
class TopLogprob:
    token: str
    logprob: float
    bytes: list[int] | None = None


@dataclass
class TokenLogprob:
    """One sampled token with its log-probability and the most likely alternatives."""

    token: str
    logprob: float
    bytes: list[int] | None = None
    top: list[TopLogprob] = field(default_factory=list)


@dataclass
class Message:
    role: str  # system, user, assistant or tool
    content: str
    name: str | None = None
    tool_calls: list[ToolCall] | None = None  # an assistant turn that called tools
    tool_call_id: str | None = None  # a tool turn: the call it answers


@dataclass
class GenerationParams:
    max_tokens: int | None = None
    temperature: float | None = None  # None: the model's default
    top_p: float | None = None
    stop: list[str] = field(default_factory=list)
    seed: int | None = None
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    # None, {"type": "json_object"} or {"type": "json_schema", "schema": {...}}
    response_format: dict[str, Any] | None = None
    # OpenAI function tools: [{"type": "function", "function": {"name", "description", "parameters"}}]
    tools: list[dict[str, Any]] | None = None
    # "auto" | "none" | "required" | {"type": "function", "function": {"name": ...}}
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    logprobs: bool = False
    top_logprobs: int = 0  # alternatives per token (0-20), when logprobs
    # token id -> bias added to its logit (-100..100), as OpenAI's logit_bias
    logit_bias: dict[int, float] | None = None
    top_k: int | None = None  # None: the model's default (vLLM's and llama.cpp's extension)
    min_p: float | None = None  # None: the model's default


@dataclass
class GenerationRequest:
    """One generation: either chat `messages` or a raw `prompt`."""

    params: GenerationParams
    messages: list[Message] | None = None
    prompt: str | None = None
    region: str | None = None  # the caller's region, for region-aware routing


@dataclass
class Generation:
    text: str
    finish_reason: FinishReason
    prompt_tokens: int
    completion_tokens: int
    tool_calls: list[ToolCall] | None = None
    # when asked for: the tokens of `text` (fewer than completion_tokens when a stop sequence cut it)
    logprobs: list[TokenLogprob] | None = None
    # how the provider made this answer, for the trace (e.g. an ensemble's members, votes, winner)
    details: dict[str, Any] | None = None
    # prompt tokens whose KV the provider reused instead of computing (OpenAI's
    # usage.prompt_tokens_details.cached_tokens)
    cached_tokens: int = 0

    def closing_chunk(self) -> GenerationChunk:
        """The last chunk of a stream whose text went out chunk by chunk: finish reason and usage."""
        return GenerationChunk(
            "",
            finish_reason=self.finish_reason,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            cached_tokens=self.cached_tokens,
        )


@dataclass
class GenerationChunk:
    """A piece of streamed text.

    `completion_tokens` is the running count of tokens generated so far; the last chunk carries
    `finish_reason` and `prompt_tokens`. `tool_calls` carries pieces of tool calls, `logprobs` the
    tokens of this chunk's text when they were asked for.
    """

    text: str
    finish_reason: FinishReason | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    tool_calls: list[ToolCallDelta] | None = None
    logprobs: list[TokenLogprob] | None = None
    cached_tokens: int | None = None  # on the last chunk, as Generation.cached_tokens


@dataclass
class Embeddings:
    vectors: list[list[float]]
    prompt_tokens: int


@dataclass
class Health:
    ready: bool
    detail: str = ""


@dataclass
class ModelInfo:
    context_window: int | None  # None: unknown (the upstream enforces its own)
    embedding_dim: int | None = None
