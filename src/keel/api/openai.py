"""OpenAI-compatible routes: translate HTTP requests into RequestContexts and results into responses.

No business logic here: the Gateway runs the pipeline; this module only maps shapes.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import numpy as np
import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from keel.api.errors import validation_error
from keel.api.schemas import ChatCompletionRequest, CompletionRequest, EmbeddingRequest
from keel.errors import InvalidRequest, KeelError, ModelNotFound
from keel.pipeline.context import RequestContext
from keel.pipeline.gateway import Gateway
from keel.types import GenerationChunk, GenerationParams, Message

_JSON = "application/json"


def _gateway(request: Request) -> Gateway:
    return request.app.state.gateway


def _json(data: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type=_JSON)


async def _parse(request: Request, model: type[Any]) -> Any:
    body = await request.body()
    if not body.strip():
        raise InvalidRequest("The request body is empty; send a JSON object.")
    try:
        return model.model_validate_json(body)
    except ValueError as exc:  # pydantic.ValidationError
        raise validation_error(exc.errors()) from None  # type: ignore[attr-defined]


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
    )


def _context(request: Request, req: Any, route: str, **fields: Any) -> RequestContext:
    """The RequestContext of an HTTP request: trace id, caller's region, cache opt-out."""
    gw = _gateway(request)
    model = gw.catalogue.settings(req.model)
    region_header = model.routing.region_header if model else "x-keel-region"
    state = request.scope["state"]  # set by GatewayMiddleware
    ctx = RequestContext(
        route=route,
        model=req.model,
        user=req.user,
        region=request.headers.get(region_header),
        principal=state["principal"],
        trace_id=state["trace_id"],
        **fields,
    )
    no_cache = getattr(req, "cache", None) is False or "no-cache" in request.headers.get("cache-control", "").lower()
    if no_cache:
        ctx.cache_control = "no-cache"
    return ctx


def _headers(ctx: RequestContext) -> dict[str, str] | None:
    cache = ctx.annotations.get("cache")
    return {"x-keel-cache": cache} if cache else None


def _usage(ctx: RequestContext) -> dict[str, int]:
    p = ctx.prompt_tokens or 0
    return {
        "prompt_tokens": p,
        "completion_tokens": ctx.completion_tokens,
        "total_tokens": p + ctx.completion_tokens,
    }


# ---------------------------------------------------------------------------- models


async def list_models(request: Request) -> Response:
    gw = _gateway(request)
    cat = gw.catalogue
    data = [
        {"id": name, "object": "model", "created": 0, "owned_by": cat.settings(name).owned_by} for name in cat.names()
    ]
    return _json({"object": "list", "data": data})


async def get_model(request: Request) -> Response:
    model = request.path_params["model"]
    gw = _gateway(request)
    m = gw.catalogue.settings(model)
    if m is None:
        raise ModelNotFound(model)
    return _json({"id": model, "object": "model", "created": 0, "owned_by": m.owned_by})


# ---------------------------------------------------------------------------- chat


async def chat_completions(request: Request) -> Response:
    req: ChatCompletionRequest = await _parse(request, ChatCompletionRequest)
    ctx = _context(
        request,
        req,
        "chat",
        params=_params(req, req.effective_max_tokens()),
        messages=[Message(m.role, m.text(), m.name) for m in req.messages],
        n=req.n,
        stream=req.stream,
    )
    reply = await _gateway(request).execute(ctx)
    if reply.stream is not None:
        include_usage = bool(req.stream_options and req.stream_options.include_usage)
        return await _sse(reply.stream, ctx, _chat_chunks(ctx, include_usage))
    choices = [
        {
            "index": i,
            "message": {"role": "assistant", "content": r.text, "refusal": None},
            "logprobs": None,
            "finish_reason": r.finish_reason,
        }
        for i, r in enumerate(ctx.results)
    ]
    body = {
        "id": f"chatcmpl-{ctx.trace_id}",
        "object": "chat.completion",
        "created": ctx.created,
        "model": ctx.model,
        "choices": choices,
        "usage": _usage(ctx),
        "system_fingerprint": None,
    }
    return Response(orjson.dumps(body), media_type=_JSON, headers=_headers(ctx))


def _chat_chunks(ctx: RequestContext, include_usage: bool):
    base = {
        "id": f"chatcmpl-{ctx.trace_id}",
        "object": "chat.completion.chunk",
        "created": ctx.created,
        "model": ctx.model,
        "system_fingerprint": None,
    }
    if include_usage:
        base["usage"] = None
    started: set[int] = set()

    def chunk(index: int, c: GenerationChunk) -> list[bytes]:
        out = []
        if index not in started:
            started.add(index)
            out.append(
                _event(
                    {
                        **base,
                        "choices": [
                            {
                                "index": index,
                                "delta": {"role": "assistant", "content": ""},
                                "logprobs": None,
                                "finish_reason": None,
                            }
                        ],
                    }
                )
            )
        if c.text:
            out.append(
                _event(
                    {
                        **base,
                        "choices": [
                            {
                                "index": index,
                                "delta": {"content": c.text},
                                "logprobs": None,
                                "finish_reason": None,
                            }
                        ],
                    }
                )
            )
        if c.finish_reason is not None:
            out.append(
                _event(
                    {
                        **base,
                        "choices": [{"index": index, "delta": {}, "logprobs": None, "finish_reason": c.finish_reason}],
                    }
                )
            )
        return out

    def end() -> list[bytes]:
        if not include_usage:
            return []
        return [_event({**base, "choices": [], "usage": _usage(ctx)})]

    return chunk, end


# ---------------------------------------------------------------------------- completions


async def completions(request: Request) -> Response:
    req: CompletionRequest = await _parse(request, CompletionRequest)
    max_tokens = req.max_tokens if req.max_tokens is not None else 16  # OpenAI's default for completions
    prompt = req.prompt_text()
    ctx = _context(
        request, req, "completions", params=_params(req, max_tokens), prompt=prompt, n=req.n, stream=req.stream
    )
    reply = await _gateway(request).execute(ctx)
    if reply.stream is not None:
        include_usage = bool(req.stream_options and req.stream_options.include_usage)
        return await _sse(reply.stream, ctx, _completion_chunks(ctx, include_usage, prompt if req.echo else None))
    prefix = ctx.prompt if req.echo and ctx.prompt is not None else ""
    choices = [
        {"index": i, "text": prefix + r.text, "logprobs": None, "finish_reason": r.finish_reason}
        for i, r in enumerate(ctx.results)
    ]
    body = {
        "id": f"cmpl-{ctx.trace_id}",
        "object": "text_completion",
        "created": ctx.created,
        "model": ctx.model,
        "choices": choices,
        "usage": _usage(ctx),
        "system_fingerprint": None,
    }
    return Response(orjson.dumps(body), media_type=_JSON, headers=_headers(ctx))


def _completion_chunks(ctx: RequestContext, include_usage: bool, echo: str | None):
    base = {
        "id": f"cmpl-{ctx.trace_id}",
        "object": "text_completion",
        "created": ctx.created,
        "model": ctx.model,
    }
    if include_usage:
        base["usage"] = None
    started: set[int] = set()

    def chunk(index: int, c: GenerationChunk) -> list[bytes]:
        text = c.text
        if index not in started:
            started.add(index)
            if echo:
                text = (ctx.prompt or "") + text
        if not text and c.finish_reason is None:
            return []
        return [
            _event(
                {
                    **base,
                    "choices": [{"index": index, "text": text, "logprobs": None, "finish_reason": c.finish_reason}],
                }
            )
        ]

    def end() -> list[bytes]:
        if not include_usage:
            return []
        return [_event({**base, "choices": [], "usage": _usage(ctx)})]

    return chunk, end


# ---------------------------------------------------------------------------- streaming


def _event(data: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(data) + b"\n\n"


_DONE = b"data: [DONE]\n\n"


async def _sse(events: Any, ctx: RequestContext, formatter: Any) -> Response:
    """Start the stream; errors before the first event become a normal JSON error response."""
    chunk, end = formatter
    try:
        first = await anext(events)
    except StopAsyncIteration:
        first = None
    # errors raised here propagate to the error handlers with their proper status

    async def body() -> AsyncIterator[bytes]:
        try:
            if first is not None:
                for e in chunk(*first):
                    yield e
                async for index, c in events:
                    for e in chunk(index, c):
                        yield e
            for e in end():
                yield e
            yield _DONE
        except KeelError as exc:
            # mid-stream failure: a clear error event, never a silent clean finish
            yield _event(exc.to_dict())
        except Exception:
            yield _event(KeelError("The server had an error while streaming the response.").to_dict())
        finally:
            await events.aclose()

    headers = {"cache-control": "no-cache", "x-accel-buffering": "no", **(_headers(ctx) or {})}
    return StreamingResponse(body(), media_type="text/event-stream", headers=headers)


# ---------------------------------------------------------------------------- embeddings


async def embeddings(request: Request) -> Response:
    req: EmbeddingRequest = await _parse(request, EmbeddingRequest)
    ctx = _context(request, req, "embeddings", inputs=req.inputs())
    gw = _gateway(request)
    if req.dimensions is not None:
        dim = gw.catalogue.get(req.model).info().embedding_dim
        if req.dimensions != dim:
            raise InvalidRequest(
                f"The model '{req.model}' produces {dim}-dimensional embeddings and cannot shorten them; "
                f"omit 'dimensions' or set it to {dim}.",
                param="dimensions",
            )
    await gw.execute(ctx)
    vectors = ctx.embeddings or []
    if req.encoding_format == "base64":
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
    body = {
        "object": "list",
        "data": data,
        "model": ctx.model,
        "usage": {"prompt_tokens": p, "total_tokens": p},
    }
    return Response(orjson.dumps(body), media_type=_JSON, headers=_headers(ctx))


# Plain Starlette routes: the request path needs no dependency injection, and FastAPI's costs
# a few hundred microseconds per request (bench/gateway_overhead.py).
ROUTES = [
    Route("/v1/models", list_models, methods=["GET"]),
    Route("/v1/models/{model:path}", get_model, methods=["GET"]),
    Route("/v1/chat/completions", chat_completions, methods=["POST"]),
    Route("/v1/completions", completions, methods=["POST"]),
    Route("/v1/embeddings", embeddings, methods=["POST"]),
]

# (method, path) -> endpoint: served directly by KeelApp, without the framework's middleware and
# routing stack; ROUTES still answer other methods (405) and /v1/models/{id}
FAST_ROUTES = {(method, r.path): r.endpoint for r in ROUTES if "{" not in r.path for method in r.methods or ()}
