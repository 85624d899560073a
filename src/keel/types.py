"""Core types every layer shares: messages, generation parameters, results, usage.

Providers, the pipeline, the cache, the guard and the API all speak these; nothing here imports
any other part of Keel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FinishReason = Literal["stop", "length", "content_filter"]


@dataclass
class Message:
    role: str
    content: str
    name: str | None = None


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


@dataclass
class GenerationChunk:
    """A piece of streamed text.

    `completion_tokens` is the running count of tokens generated so far; the last chunk carries
    `finish_reason` and `prompt_tokens`.
    """

    text: str
    finish_reason: FinishReason | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


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
