"""How keel.Client reaches Keel: in process over Services, or over HTTP. Both take the request
body as OpenAI JSON and hand back OpenAI-shaped dicts, and both raise KeelError subclasses."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Protocol

import httpx
import orjson

from keel.errors import (
    BodyTooLarge,
    ConfigRejected,
    Conflict,
    InvalidRequest,
    KeelError,
    ModelNotFound,
    NotFound,
    RateLimited,
    ServiceUnavailable,
    TraceNotFound,
    UpstreamError,
    UpstreamTimeout,
)


class _ModelNotFound(ModelNotFound):
    """ModelNotFound rebuilt from an HTTP answer (its message as the server wrote it)."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        KeelError.__init__(self, message, **kwargs)


ROUTE_PATHS = {"chat": "/v1/chat/completions", "completions": "/v1/completions", "embeddings": "/v1/embeddings"}


class Events:
    """The event dicts of one streamed answer. `aclose()` ends the request at once — also before
    the first event was read (an async generator that never started would run no clean-up)."""

    def __init__(self, events: AsyncIterator[dict[str, Any]], close: Any) -> None:
        self._events = events
        self._close = close
        self._closed = False

    def __aiter__(self) -> Events:
        return self

    async def __anext__(self) -> dict[str, Any]:
        try:
            return await anext(self._events)
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            await self._events.aclose()  # type: ignore[attr-defined]
        finally:
            await self._close()


class Transport(Protocol):
    async def start(self) -> None: ...
    async def close(self) -> None: ...
    async def call(self, route: str, body: bytes, headers: dict[str, str] | None = None) -> dict[str, Any]: ...
    async def stream(
        self, route: str, body: bytes, headers: dict[str, str] | None = None
    ) -> AsyncIterator[dict[str, Any]]: ...
    async def models(self) -> dict[str, Any]: ...
    async def model(self, model: str) -> dict[str, Any]: ...
    async def admin(self, name: str, arg: str | None = None) -> dict[str, Any]: ...
    async def registry(self, method: str, path: str, body: Any = None) -> Any: ...


# ---------------------------------------------------------------------------- in process


class LocalTransport:
    def __init__(
        self, settings: Any = None, config: str | Path | None = None, services: Any = None, principal: Any = None
    ) -> None:
        self.principal = principal  # whom calls are made as (a batch job: its tenant); default: local
        self._settings = settings
        self._config = config
        self.services = services
        self._own = services is None
        self._started = services is not None
        self._lock = asyncio.Lock()
        self._registry_only: Any = None  # registry calls before (or without) the full services

    async def start(self) -> None:
        if self._started:
            return
        async with self._lock:
            if self._started:
                return
            from keel.config import load_settings
            from keel.services import Services

            if self.services is None:
                settings = self._settings or await asyncio.to_thread(load_settings, self._config)
                self.services = Services(settings)
            await self.services.start(wait_for_models=True)
            self._started = True

    async def close(self) -> None:
        if self._registry_only is not None:
            await self._registry_only.close()
            self._registry_only = None
        if self._own and self.services is not None and self._started:
            self._started = False
            await self.services.gateway.close()

    def _context(self, route: str, body: bytes, headers: dict[str, str] | None = None) -> tuple[Any, Any]:
        from keel.api import bodies, schemas
        from keel.api.http import from_headers, parse_body
        from keel.pipeline.context import RequestContext
        from keel.security.principal import Principal

        kind, fields = {
            "chat": (schemas.ChatCompletionRequest, bodies.chat_fields),
            "completions": (schemas.CompletionRequest, bodies.completion_fields),
            "embeddings": (schemas.EmbeddingRequest, bodies.embedding_fields),
        }[route]
        req = parse_body(body, kind)
        principal = self.principal or Principal(id="local")
        ctx = RequestContext(route=route, model=req.model, user=req.user, principal=principal, **fields(req))
        from_headers(ctx, req, headers or {}, self.services.catalogue)  # as the HTTP API reads them
        return req, ctx

    async def call(self, route: str, body: bytes, headers: dict[str, str] | None = None) -> dict[str, Any]:
        from keel.api.bodies import Shape, embedding_body
        from keel.api.embeddings import check_dimensions

        await self.start()
        req, ctx = self._context(route, body, headers)
        gw = self.services.gateway
        if route == "embeddings":
            check_dimensions(gw, req)
            await gw.execute(ctx)
            return embedding_body(ctx, req.encoding_format)
        if req.stream:
            raise InvalidRequest("use stream() for stream=true", param="stream")
        await gw.execute(ctx)
        return Shape(ctx, echo=getattr(req, "echo", False)).body()

    async def stream(
        self, route: str, body: bytes, headers: dict[str, str] | None = None
    ) -> AsyncIterator[dict[str, Any]]:
        from keel.api.bodies import Shape

        await self.start()
        req, ctx = self._context(route, body, headers)
        reply = await self.services.gateway.execute(ctx)
        include_usage = bool(req.stream_options and req.stream_options.include_usage)
        shape = Shape(ctx, include_usage=include_usage, echo=getattr(req, "echo", False))
        assert reply.stream is not None
        events = reply.stream

        async def gen() -> AsyncIterator[dict[str, Any]]:
            async for index, chunk in events:
                for e in shape.chunk(index, chunk):
                    yield e
            for e in shape.end():
                yield e

        return Events(gen(), events.aclose)

    async def models(self) -> dict[str, Any]:
        from keel.api.models import model_list

        await self.start()
        return model_list(self.services.catalogue)

    async def model(self, model: str) -> dict[str, Any]:
        from keel.api.models import model_entry

        await self.start()
        return model_entry(self.services.catalogue, model)

    async def admin(self, name: str, arg: str | None = None) -> dict[str, Any]:
        from keel.config import ConfigError

        await self.start()
        s = self.services
        if name == "catalogue":
            return s.catalogue.snapshot()
        if name == "deployments":
            return s.catalogue.deployments()
        if name == "readyz":
            return s.readiness()[1]
        if name == "reload":
            if self._settings is not None and self._config is None:
                raise InvalidRequest(
                    "This client was built from settings, not from a keel.yaml: there is no file to reload. "
                    "Build it with config=PATH, or apply new settings with client.services.reload(settings).",
                    code="no_config_file",
                )
            try:
                return await s.reload_from(self._config)
            except ConfigError as exc:
                raise ConfigRejected([str(p) for p in exc.problems]) from None
        if name == "trace":
            trace = await s.gateway.trace(arg)
            if trace is None:
                raise TraceNotFound(str(arg))
            return trace
        raise ValueError(f"unknown admin call {name!r}")

    async def registry(self, method: str, path: str, body: Any = None) -> Any:
        """The operation at METHOD PATH (the registry's, evals', files', fine-tuning jobs', knowledge
        bases', sessions' or entities'), run in process exactly as its HTTP route runs it."""
        from keel.api import batches, entities, evals, fine_tuning, kb, registry, sessions
        from keel.observability.traces import new_trace_id
        from keel.security.principal import Principal

        tables = (
            fine_tuning.OPERATIONS,
            batches.OPERATIONS,
            evals.OPERATIONS,
            kb.OPERATIONS,
            sessions.OPERATIONS,
            entities.OPERATIONS,
        )
        table = next((t for t in tables if t.knows(path)), registry.OPERATIONS)
        services = self.services if self._started else await self._registry_services()
        principal = Principal("in-process", "default", "admin")
        return await table.call(services, principal, new_trace_id(), method, path, body)

    async def start_job_worker(self) -> None:
        """In process: a job worker on this client's services (a batch created here runs here)."""
        await self.start()
        self.services.start_job_worker()

    async def upload(self, path: str, fields: dict[str, str], filename: str, content: bytes) -> Any:
        """A file upload (the Files API), in process: the handler gets what the form would carry."""
        return await self.registry("POST", path, {**fields, "filename": filename, "file": content})

    async def _registry_services(self) -> Any:
        """Registry calls on a client that serves nothing yet load no model: a light set of
        services on the same database (`keel.services.RegistryServices`)."""
        async with self._lock:
            if self._registry_only is None:
                from keel.config import load_settings
                from keel.services import RegistryServices

                settings = self._settings or await asyncio.to_thread(load_settings, self._config)
                light = RegistryServices(settings)
                await light.start()
                self._registry_only = light
        return self._registry_only


# ---------------------------------------------------------------------------- HTTP

_ERRORS: dict[int, type[KeelError]] = {
    400: InvalidRequest,
    404: NotFound,
    409: Conflict,
    413: BodyTooLarge,
    429: RateLimited,
    502: UpstreamError,
    503: ServiceUnavailable,
    504: UpstreamTimeout,
}
_STATUS_OF_TYPE = {"invalid_request_error": 400, "rate_limit_error": 429, "authentication_error": 401}


def _unreachable(exc: Exception) -> KeelError:
    return ServiceUnavailable(f"The Keel gateway could not be reached: {type(exc).__name__}: {exc}", code="unreachable")


def http_error(status: int, raw: bytes, headers: Any = None) -> KeelError:
    """The KeelError of an OpenAI-shaped error body (status as sent; Retry-After kept)."""
    try:
        err = orjson.loads(raw).get("error") or {}
    except (orjson.JSONDecodeError, AttributeError):
        err = {"message": raw.decode("utf-8", "replace")[:500] or f"HTTP {status}"}
    if isinstance(err, str):
        err = {"message": err}
    if err.get("code") == "invalid_config" and err.get("problems"):
        return ConfigRejected(list(err["problems"]))
    cls = _ModelNotFound if err.get("code") == "model_not_found" else _ERRORS.get(status, KeelError)
    retry_after = None
    if headers is not None and headers.get("retry-after"):
        try:
            retry_after = float(headers["retry-after"])
        except ValueError:
            pass
    exc = cls(
        str(err.get("message")),
        param=err.get("param"),
        code=err.get("code"),
        status_code=status,
        retry_after=retry_after,
    )
    if err.get("type"):
        exc.type = err["type"]
    return exc


JSON = {"content-type": "application/json"}


class HttpTransport:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 600.0) -> None:
        root = base_url.rstrip("/").removesuffix("/v1")
        headers = {"authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.AsyncClient(base_url=root, headers=headers, timeout=timeout)

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        await self._http.aclose()

    async def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        ok: tuple[int, ...] = (),
        headers: dict[str, str] | None = None,
    ) -> Any:
        headers = {**JSON, **headers} if headers else JSON
        try:
            r = await self._http.request(method, path, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise _unreachable(exc) from None
        return self._answer(r, ok)

    def _answer(self, r: httpx.Response, ok: tuple[int, ...] = ()) -> Any:
        if r.status_code >= 400 and r.status_code not in ok:
            raise http_error(r.status_code, r.content, r.headers)
        if r.headers.get("content-type", "").startswith("application/octet-stream"):
            from keel.api.operations import Raw

            return Raw(r.content)
        return r.json()

    async def upload(self, path: str, fields: dict[str, str], filename: str, content: bytes) -> Any:
        """A multipart/form-data POST of one file and FIELDS (the Files API)."""
        try:
            r = await self._http.post(path, data=fields, files={"file": (filename, content)})
        except httpx.HTTPError as exc:
            raise _unreachable(exc) from None
        return self._answer(r)

    async def call(self, route: str, body: bytes, headers: dict[str, str] | None = None) -> dict[str, Any]:
        return await self._request("POST", ROUTE_PATHS[route], body, headers=headers)

    async def stream(
        self, route: str, body: bytes, headers: dict[str, str] | None = None
    ) -> AsyncIterator[dict[str, Any]]:
        headers = {**JSON, **headers} if headers else JSON
        request = self._http.build_request("POST", ROUTE_PATHS[route], content=body, headers=headers)
        try:
            r = await self._http.send(request, stream=True)
            if r.status_code >= 400:
                raw = await r.aread()
                await r.aclose()
                raise http_error(r.status_code, raw, r.headers)
        except httpx.HTTPError as exc:
            raise _unreachable(exc) from None

        async def gen() -> AsyncIterator[dict[str, Any]]:
            try:
                async for line in r.aiter_lines():
                    if not line.startswith("data: "):
                        continue
                    data = line[6:]
                    if data == "[DONE]":
                        return
                    event = orjson.loads(data)
                    if "error" in event:  # a failure after the stream started
                        raise http_error(_STATUS_OF_TYPE.get(event["error"].get("type"), 502), data.encode())
                    yield event
            except httpx.HTTPError as exc:
                raise _unreachable(exc) from None

        return Events(gen(), r.aclose)

    async def models(self) -> dict[str, Any]:
        return await self._request("GET", "/v1/models")

    async def model(self, model: str) -> dict[str, Any]:
        return await self._request("GET", f"/v1/models/{model}")

    async def registry(self, method: str, path: str, body: Any = None) -> Any:
        return await self._request(method, path, orjson.dumps(body) if body is not None else None)

    async def admin(self, name: str, arg: str | None = None) -> dict[str, Any]:
        if name == "reload":
            return await self._request("POST", "/admin/reload")
        if name == "readyz":
            return await self._request("GET", "/readyz", ok=(503,))
        if name == "trace":
            return await self._request("GET", f"/v1/traces/{arg}")
        return await self._request("GET", f"/admin/{name}")
