"""POST /v1/embeddings."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from keel.api.bodies import embedding_body, embedding_fields
from keel.api.http import context, gateway, json_response, keel_headers, parse
from keel.api.schemas import EmbeddingRequest
from keel.errors import InvalidRequest


def check_dimensions(gw, req: EmbeddingRequest) -> None:
    if req.dimensions is None:
        return
    dim = gw.catalogue.get(req.model).info().embedding_dim
    if req.dimensions != dim:
        raise InvalidRequest(
            f"The model '{req.model}' produces {dim}-dimensional embeddings and cannot shorten them; "
            f"omit 'dimensions' or set it to {dim}.",
            param="dimensions",
        )


async def embeddings(request: Request) -> Response:
    req: EmbeddingRequest = await parse(request, EmbeddingRequest)
    ctx = context(request, req, "embeddings", embedding_fields(req))
    gw = gateway(request)
    check_dimensions(gw, req)
    await gw.execute(ctx)
    return json_response(embedding_body(ctx, req.encoding_format), headers=keel_headers(ctx))
