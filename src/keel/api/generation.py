"""POST /v1/chat/completions and /v1/completions: one request → RequestContext → answer or SSE."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from keel.api.bodies import Shape, chat_fields, completion_fields
from keel.api.http import context, json_response, keel_headers, parse
from keel.api.schemas import ChatCompletionRequest, CompletionRequest
from keel.api.sse import sse
from keel.pipeline.context import RequestContext


async def chat_completions(request: Request) -> Response:
    req: ChatCompletionRequest = await parse(request, ChatCompletionRequest)
    return await _answer(request, req, context(request, req, "chat", chat_fields(req)))


async def completions(request: Request) -> Response:
    req: CompletionRequest = await parse(request, CompletionRequest)
    return await _answer(request, req, context(request, req, "completions", completion_fields(req)), req.echo)


async def _answer(
    request: Request, req: ChatCompletionRequest | CompletionRequest, ctx: RequestContext, echo: bool = False
) -> Response:
    reply = await request.app.state.gateway.execute(ctx)
    include_usage = bool(req.stream_options and req.stream_options.include_usage)
    shape = Shape(ctx, include_usage=include_usage, echo=echo)
    if reply.stream is not None:
        return await sse(reply.stream, shape, keel_headers(ctx))
    return json_response(shape.body(), headers=keel_headers(ctx))
