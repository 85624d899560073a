"""Tables of operations served both over HTTP and in process, so the two cannot drift.

An API (the registry's admin API, evals, files and fine-tuning jobs) is a list of
(method, path, handler); `Operations` matches a method and path to a handler the same way for a
Starlette route and for `keel.Client` in process (`call`), and builds the routes. A handler
takes a `Call` (services, caller, path parameters, query, body) and returns what becomes the
JSON response, or `Raw` bytes sent as they are (a file's content).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl, unquote

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, compile_path

from keel.errors import InvalidRequest, NotFound
from keel.security.principal import Principal

Handler = Callable[["Call"], Awaitable[Any]]
BodyReader = Callable[[Request], Awaitable[Any]]


class Raw(bytes):
    """A response of bytes as they are (a file's content), not JSON."""


class Call:
    """One operation's inputs: services, caller, path parameters, query and body (a JSON object)."""

    __slots__ = ("body", "params", "principal", "query", "services", "trace_id")

    def __init__(
        self,
        services: Any,
        principal: Principal,
        trace_id: str,
        params: dict[str, str],
        query: dict[str, str],
        body: Any,
    ) -> None:
        self.services = services
        self.principal = principal
        self.trace_id = trace_id
        self.params = params
        self.query = query
        self.body = body if body is not None else {}
        if not isinstance(self.body, dict):
            raise InvalidRequest("The request body must be a JSON object.")

    @property
    def registry(self) -> Any:
        return self.services.registry

    def take(self, *allowed: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
        """The body's fields, refusing unknown ones and naming missing ones."""
        unknown = sorted(set(self.body) - set(allowed))
        if unknown:
            raise InvalidRequest(
                f"Unrecognized request argument(s): {', '.join(unknown)}; allowed: {', '.join(allowed)}",
                param=unknown[0],
                code="unknown_parameter",
            )
        missing = [k for k in required if k not in self.body]
        if missing:
            raise InvalidRequest(f"Missing required parameter(s): {', '.join(missing)}", param=missing[0])
        return dict(self.body)

    def query_int(self, name: str, default: int | None, low: int = 0, high: int = 10_000) -> int | None:
        """The query parameter NAME as a whole number in [LOW, HIGH] (DEFAULT when absent)."""
        raw = self.query.get(name)
        if raw is None:
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise InvalidRequest(f"{name} must be a whole number from {low} to {high}", param=name)
        return int(raw)

    def audit(self, kind: str, action: str, name: str, detail: dict[str, Any]) -> None:
        """An audit row for a change this operation made (KIND: fine_tuning, kb, session…), written
        by the background audit writer."""
        from keel.security.audit import registry_event

        event = registry_event(action, name, detail, self.principal, self.trace_id)
        event["kind"] = kind
        self.services.audit_log.record(event)

    async def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """FN in a worker thread (database work off the event loop)."""
        return await asyncio.to_thread(fn, *args, **kwargs)


async def json_body(request: Request) -> Any:
    raw = await request.body()
    try:
        return orjson.loads(raw) if raw.strip() else None
    except orjson.JSONDecodeError:
        raise InvalidRequest("The request body is not valid JSON.") from None


def respond(result: Any) -> Response:
    if isinstance(result, Raw):
        return Response(bytes(result), media_type="application/octet-stream")
    return Response(orjson.dumps(result), media_type="application/json")


class Operations:
    def __init__(
        self, what: str, ops: list[tuple[str, str, Handler]], readers: dict[Handler, BodyReader] | None = None
    ):
        """WHAT names the API in errors; READERS: handlers whose HTTP body is not JSON (an upload)."""
        self.what = what
        self.ops = ops
        self.readers = readers or {}
        self._compiled = [(method, compile_path(path)[0], handler) for method, path, handler in ops]

    def knows(self, path: str) -> bool:
        path = path.partition("?")[0]
        return any(regex.match(path) for _, regex, _ in self._compiled)

    def match(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        known = False
        for m, regex, handler in self._compiled:
            found = regex.match(path)
            if found:
                known = True
                if m == method:
                    return handler, found.groupdict()
        if known:
            raise InvalidRequest(f"{method} is not allowed on {path}", code="method_not_allowed", status_code=405)
        raise NotFound(f"No {self.what} route {path}", code="not_found")

    async def call(
        self, services: Any, principal: Principal, trace_id: str, method: str, path: str, body: Any = None
    ) -> Any:
        """Run the operation at METHOD PATH (with ?query) in process: what `keel.Client` uses."""
        path, _, qs = path.partition("?")
        handler, params = self.match(method, path)
        params = {k: unquote(v) for k, v in params.items()}  # as Starlette decodes them over HTTP
        return await handler(Call(services, principal, trace_id, params, dict(parse_qsl(qs)), body))

    def endpoint(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        read = self.readers.get(handler, json_body)

        async def endpoint(request: Request) -> Response:
            body = await read(request)
            state = request.scope["state"]
            c = Call(
                request.app.state.gateway.services,
                state["principal"],
                state["trace_id"],
                dict(request.path_params),
                dict(request.query_params),
                body,
            )
            return respond(await handler(c))

        return endpoint

    def routes(self) -> list[Route]:
        return [Route(path, self.endpoint(handler), methods=[method]) for method, path, handler in self.ops]
