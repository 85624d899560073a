"""The Provider protocol: every model back-end looks like this to the rest of Keel."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Protocol, runtime_checkable

from pydantic import BaseModel

from keel.errors import ServiceUnavailable

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


class ModelNotReady(ServiceUnavailable):
    """The provider has not loaded its model yet."""


@runtime_checkable
class Provider(Protocol):
    """A model back-end. Implementations must be safe to call concurrently from async code."""

    Params: ClassVar[type[BaseModel]]

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    def info(self) -> ModelInfo: ...

    def tokenize(self, text: str | list[Message]) -> list[int] | None:
        """Token ids of a raw prompt, or of chat messages as the model will see them.

        None when the provider cannot tokenize locally (a remote API); callers then estimate.
        """
        ...

    async def complete(self, request: GenerationRequest) -> Generation: ...

    def stream(self, request: GenerationRequest) -> AsyncIterator[GenerationChunk]: ...

    async def embed(self, texts: list[str]) -> Embeddings: ...

    async def health(self) -> Health: ...
