"""The one SSE writer: server-sent events from a gateway stream, OpenAI's way (`data: {...}`, then
`data: [DONE]`). An error before the first event is an ordinary JSON error response; one after it
is an error event, never a silent clean finish."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
from starlette.responses import Response, StreamingResponse

from keel.api.bodies import Shape
from keel.errors import KeelError
from keel.types import GenerationChunk

DONE = b"data: [DONE]\n\n"


def event(data: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(data) + b"\n\n"


async def sse(
    events: AsyncIterator[tuple[int, GenerationChunk]], shape: Shape, headers: dict[str, str] | None = None
) -> Response:
    try:
        first = await anext(events)
    except StopAsyncIteration:
        first = None
    # errors raised here propagate to the error handlers with their proper status

    async def body() -> AsyncIterator[bytes]:
        try:
            if first is not None:
                for e in shape.chunk(*first):
                    yield event(e)
                async for index, c in events:
                    for e in shape.chunk(index, c):
                        yield event(e)
            for e in shape.end():
                yield event(e)
            yield DONE
        except KeelError as exc:
            yield event(exc.to_dict())
        except Exception:
            yield event(KeelError("The server had an error while streaming the response.").to_dict())
        finally:
            await events.aclose()

    head = {"cache-control": "no-cache", "x-accel-buffering": "no", **(headers or {})}
    return StreamingResponse(body(), media_type="text/event-stream", headers=head)
