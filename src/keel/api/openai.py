"""The OpenAI-compatible routes, one module per endpoint family: models, generation (chat and
completions), embeddings. They only map shapes (keel.api.bodies); the Gateway runs the pipeline."""

from __future__ import annotations

from starlette.routing import Route

from keel.api.embeddings import embeddings
from keel.api.generation import chat_completions, completions
from keel.api.models import get_model, list_models

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
