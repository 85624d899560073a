"""keel.Client: one Python client for Keel, in process or over HTTP, sync or async.

    import keel
    with keel.Client() as client:                     # in process: the same services `keel serve` builds
        r = client.chat.completions.create(model="gemma-3-270m", messages=[{"role": "user", "content": "Hi"}])
        print(r.choices[0].message.content)
    client = keel.Client("http://127.0.0.1:8000")     # over HTTP, against a running gateway

Calls take OpenAI's parameters and return the `openai` package's response types, so code moves
between the OpenAI SDK and Keel unchanged; both transports validate the same way and raise
`keel.errors.KeelError` subclasses with OpenAI's status, message, param and code. Admin calls
(`client.admin`) read the catalogue, readiness and traces, and reload keel.yaml.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import orjson

from keel.client_batches import AsyncBatches, AsyncJobs
from keel.client_data import AsyncData
from keel.client_entities import AsyncEntities
from keel.client_evals import AsyncEvals
from keel.client_fine_tuning import AsyncFiles, AsyncFineTuning
from keel.client_kb import AsyncKnowledgeBases
from keel.client_registry import AsyncFeedback, AsyncRegistry
from keel.client_sessions import AsyncSessions
from keel.client_transport import HttpTransport, LocalTransport, Transport
from keel.config import Settings
from keel.errors import InvalidRequest, KeelError


def _types() -> Any:
    from openai.types import Completion, CreateEmbeddingResponse, Model
    from openai.types.chat import ChatCompletion, ChatCompletionChunk

    return {
        "chat": ChatCompletion,
        "chat_chunk": ChatCompletionChunk,
        "completions": Completion,
        "completions_chunk": Completion,
        "embeddings": CreateEmbeddingResponse,
        "model": Model,
    }


_TYPES: dict[str, Any] = {}


def _as(kind: str, body: dict[str, Any]) -> Any:
    if not _TYPES:
        _TYPES.update(_types())
    return _TYPES[kind].model_validate(body)


def _plain(value: Any) -> Any:
    """An SDK object (e.g. a previous answer's message sent back as history) as its JSON."""
    dump = getattr(value, "model_dump", None)
    if dump is not None:
        return dump(exclude_none=True)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _body(kwargs: dict[str, Any]) -> bytes:
    try:
        return orjson.dumps({k: v for k, v in kwargs.items() if v is not None}, default=_plain)
    except TypeError as exc:
        raise InvalidRequest(f"The request cannot be sent as JSON: {exc}") from None


def _request(kwargs: dict[str, Any]) -> tuple[bytes, dict[str, str] | None]:
    """The body and headers of a call, taking the openai SDK's `extra_body` (merged into the
    body) and `extra_headers` (e.g. x-keel-session-id, cache-control) as it does."""
    extra_body = kwargs.pop("extra_body", None) or {}
    headers = kwargs.pop("extra_headers", None)
    body = _body({**kwargs, **extra_body})
    return body, ({k.lower(): str(v) for k, v in headers.items()} if headers else None)


class _Stream:
    """Chunks of a streamed answer (async iterator); `aclose()` stops the model early."""

    def __init__(self, events: AsyncIterator[dict[str, Any]], kind: str) -> None:
        self._events = events
        self._kind = kind

    def __aiter__(self) -> _Stream:
        return self

    async def __anext__(self) -> Any:
        return _as(self._kind, await anext(self._events))

    async def aclose(self) -> None:
        await self._events.aclose()  # type: ignore[attr-defined]

    async def __aenter__(self) -> _Stream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class _AsyncChatCompletions:
    def __init__(self, t: Transport) -> None:
        self._t = t

    async def create(self, **kwargs: Any) -> Any:
        if kwargs.get("stream"):
            return _Stream(await self._t.stream("chat", *_request(kwargs)), "chat_chunk")
        return _as("chat", await self._t.call("chat", *_request(kwargs)))


class _AsyncChat:
    def __init__(self, t: Transport) -> None:
        self.completions = _AsyncChatCompletions(t)


class _AsyncCompletions:
    def __init__(self, t: Transport) -> None:
        self._t = t

    async def create(self, **kwargs: Any) -> Any:
        if kwargs.get("stream"):
            return _Stream(await self._t.stream("completions", *_request(kwargs)), "completions_chunk")
        return _as("completions", await self._t.call("completions", *_request(kwargs)))


class _AsyncEmbeddings:
    def __init__(self, t: Transport) -> None:
        self._t = t

    async def create(self, **kwargs: Any) -> Any:
        return _as("embeddings", await self._t.call("embeddings", *_request(kwargs)))


class _AsyncModels:
    def __init__(self, t: Transport) -> None:
        self._t = t

    async def list(self) -> list[Any]:
        return [_as("model", m) for m in (await self._t.models())["data"]]

    async def retrieve(self, model: str) -> Any:
        return _as("model", await self._t.model(model))


class _AsyncAdmin:
    def __init__(self, t: Transport) -> None:
        self._t = t

    async def catalogue(self) -> dict[str, Any]:
        """The live model catalogue: revision, models (ready, in flight, errors), aliases."""
        return await self._t.admin("catalogue")

    async def deployments(self) -> dict[str, Any]:
        """Every model's deployments: health, breaker, latency, load."""
        return await self._t.admin("deployments")

    async def ready(self) -> dict[str, Any]:
        """Readiness: {"status": "ready" | "not ready", "models": {...}, "stages": {...}}."""
        return await self._t.admin("readyz")

    async def reload(self) -> dict[str, Any]:
        """Re-read keel.yaml; a bad file changes nothing and raises InvalidRequest listing its problems."""
        return await self._t.admin("reload")

    async def trace(self, trace_id: str) -> dict[str, Any]:
        """One request's trace: resolution, stages with timings, tokens, status."""
        return await self._t.admin("trace", trace_id)


class AsyncClient:
    """Keel's async client. BASE_URL (e.g. http://127.0.0.1:8000): talk to a running gateway over
    HTTP; none: serve in this process from SETTINGS, or the keel.yaml at CONFIG ($KEEL_CONFIG,
    ./keel.yaml, defaults). In process, models load on first use (or `await client.start()`)."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        settings: Settings | None = None,
        config: str | Path | None = None,
        timeout: float = 600.0,
        services: Any = None,
    ) -> None:
        if base_url is not None:
            self._t: Transport = HttpTransport(base_url, api_key=api_key, timeout=timeout)
        else:
            self._t = LocalTransport(settings=settings, config=config, services=services)
        self.chat = _AsyncChat(self._t)
        self.completions = _AsyncCompletions(self._t)
        self.embeddings = _AsyncEmbeddings(self._t)
        self.models = _AsyncModels(self._t)
        self.admin = _AsyncAdmin(self._t)
        self.registry = AsyncRegistry(self._t)
        self.feedback = AsyncFeedback(self._t)
        self.data = AsyncData(self)
        self.evals = AsyncEvals(self._t)
        self.files = AsyncFiles(self._t)
        self.kb = AsyncKnowledgeBases(self._t)
        self.entities = AsyncEntities(self._t)
        self.sessions = AsyncSessions(self._t)
        self.fine_tuning = AsyncFineTuning(self._t)
        self.batches = AsyncBatches(self._t)
        self.jobs = AsyncJobs(self._t)

    @property
    def in_process(self) -> bool:
        return isinstance(self._t, LocalTransport)

    @property
    def services(self) -> Any:
        """In process: the Services serving this client (None over HTTP)."""
        return self._t.services if isinstance(self._t, LocalTransport) else None

    async def start(self) -> None:
        """In process: build the services and wait for the models to load. Over HTTP: nothing."""
        await self._t.start()

    async def close(self) -> None:
        await self._t.close()

    async def __aenter__(self) -> AsyncClient:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


# ---------------------------------------------------------------------------- sync


class _Portal:
    """A private event loop on a thread: the sync client's calls run there, so in-process services
    (background writers, model threads) live on one loop for the client's lifetime."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="keel-client", daemon=True)
        self._thread.start()

    def run(self, coro: Any) -> Any:
        if self.loop.is_closed():
            coro.close()
            raise KeelError("This keel.Client is closed.", code="client_closed")
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        try:
            return future.result()
        except BaseException:  # Ctrl-C while waiting: stop the call too
            future.cancel()
            raise

    def stop(self) -> None:
        try:
            asyncio.run_coroutine_threadsafe(self.loop.shutdown_default_executor(), self.loop).result(timeout=10)
        except Exception:
            pass
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


class _SyncStream:
    def __init__(self, portal: _Portal, stream: _Stream) -> None:
        self._portal = portal
        self._stream = stream

    def __iter__(self) -> Iterator[Any]:
        try:
            while True:
                try:
                    yield self._portal.run(anext(self._stream))
                except StopAsyncIteration:
                    return
        finally:
            self.close()

    def close(self) -> None:
        if not self._portal.loop.is_closed():
            self._portal.run(self._stream.aclose())

    def __enter__(self) -> _SyncStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Sync:
    """Wraps an async namespace: each coroutine method runs on the portal; streams become iterators."""

    def __init__(self, portal: _Portal, inner: Any) -> None:
        self._portal = portal
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if not callable(attr):
            return _Sync(self._portal, attr)

        def call(*args: Any, **kwargs: Any) -> Any:
            out = self._portal.run(attr(*args, **kwargs))
            return _SyncStream(self._portal, out) if isinstance(out, _Stream) else out

        call.__doc__ = attr.__doc__
        return call


class Client:
    """Keel's client, synchronous: the same calls as AsyncClient without `await`; streams are
    plain iterators. Use it as a context manager, or call `close()`."""

    def __init__(self, base_url: str | None = None, **kwargs: Any) -> None:
        self._async = AsyncClient(base_url, **kwargs)
        self._portal = _Portal()
        self.chat = _Sync(self._portal, self._async.chat)
        self.completions = _Sync(self._portal, self._async.completions)
        self.embeddings = _Sync(self._portal, self._async.embeddings)
        self.models = _Sync(self._portal, self._async.models)
        self.admin = _Sync(self._portal, self._async.admin)
        self.registry = _Sync(self._portal, self._async.registry)
        self.feedback = _Sync(self._portal, self._async.feedback)
        self.data = _Sync(self._portal, self._async.data)
        self.evals = _Sync(self._portal, self._async.evals)
        self.files = _Sync(self._portal, self._async.files)
        self.kb = _Sync(self._portal, self._async.kb)
        self.entities = _Sync(self._portal, self._async.entities)
        self.sessions = _Sync(self._portal, self._async.sessions)
        self.fine_tuning = _Sync(self._portal, self._async.fine_tuning)
        self.batches = _Sync(self._portal, self._async.batches)
        self.jobs = _Sync(self._portal, self._async.jobs)

    @property
    def in_process(self) -> bool:
        return self._async.in_process

    @property
    def services(self) -> Any:
        return self._async.services

    def start(self) -> None:
        self._portal.run(self._async.start())

    def close(self) -> None:
        if self._portal.loop.is_closed():
            return
        try:
            self._portal.run(self._async.close())
        finally:
            self._portal.stop()

    def __enter__(self) -> Client:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
