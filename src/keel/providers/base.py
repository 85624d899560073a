"""The Provider protocol: every model back-end looks like this to the rest of Keel."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel

from keel.errors import ServiceUnavailable
from keel.types import Embeddings, Generation, GenerationChunk, GenerationRequest, Health, Message, ModelInfo


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
