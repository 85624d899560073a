"""The fastest OpenAI-compatible upstream we can write in Python, for measuring gateway overhead.

A raw asyncio protocol on uvloop (no framework, no ASGI, no JSON parsing): it reads HTTP/1.1
requests off the socket (Content-Length or chunked bodies, keep-alive, pipelining), ignores the
body, and answers every POST with one fixed, small chat completion and every GET with a model
list. The answer is pre-rendered bytes, so the upstream's own cost per request is a few µs and
the gateway under test is the bottleneck.

    .venv/bin/python bench/upstream_fast.py --port 9100 [--model bench-model]

Run it pinned to a core (`taskset -c 0 ...`); `bench/gateway_overhead.py` starts it itself.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import time

import orjson

ANSWER = "Hello! How can I help you today?"


def chat_body(model: str) -> bytes:
    return orjson.dumps(
        {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": ANSWER, "refusal": None},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 12, "completion_tokens": 9, "total_tokens": 21},
            "system_fingerprint": None,
        }
    )


def models_body(model: str) -> bytes:
    return orjson.dumps({"object": "list", "data": [{"id": model, "object": "model", "created": 0, "owned_by": "x"}]})


def response(body: bytes, status: bytes = b"200 OK") -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\n"
        b"content-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n"
        b"\r\n" + body
    )


class Upstream(asyncio.Protocol):
    """One connection. State: a byte buffer; each complete request gets the canned answer."""

    post: bytes = b""
    get: bytes = b""
    served = 0
    delay_s = 0.0  # --delay-ms: each answer written this long after its request (a model's latency)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.buf = b""

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data if self.buf else data
        out = []
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buf[:end]
            body_start = end + 4
            lower = head.lower()
            close = b"\r\nconnection: close" in lower
            i = lower.find(b"\r\ncontent-length:")
            if i >= 0:
                j = lower.find(b"\r\n", i + 2)
                length = int(lower[i + 17 : j if j >= 0 else len(lower)])
                if len(buf) < body_start + length:
                    break
                rest = buf[body_start + length :]
            elif b"\r\ntransfer-encoding: chunked" in lower:
                rest = _skip_chunked(buf, body_start)
                if rest is None:
                    break
            else:
                rest = buf[body_start:]
            out.append(self.get if head[:4] == b"GET " else self.post)
            Upstream.served += 1
            buf = rest
            if close:
                self.transport.write(b"".join(out))  # type: ignore[attr-defined]
                self.transport.close()
                return
        self.buf = buf
        if out:
            data = out[0] if len(out) == 1 else b"".join(out)
            if self.delay_s:
                asyncio.get_running_loop().call_later(self.delay_s, self._write, data)
            else:
                self.transport.write(data)  # type: ignore[attr-defined]

    def _write(self, data: bytes) -> None:
        if not self.transport.is_closing():  # type: ignore[attr-defined]
            self.transport.write(data)  # type: ignore[attr-defined]


def _skip_chunked(buf: bytes, pos: int) -> bytes | None:
    """The bytes after a complete chunked body starting at POS, or None when it is incomplete."""
    while True:
        eol = buf.find(b"\r\n", pos)
        if eol < 0:
            return None
        size = int(buf[pos:eol].split(b";", 1)[0], 16)
        pos = eol + 2
        if size == 0:
            end = buf.find(b"\r\n\r\n", pos - 2)  # no trailers: the final CRLF follows at once
            return None if end < 0 else buf[end + 4 :]
        if len(buf) < pos + size + 2:
            return None
        pos += size + 2


async def serve(host: str, port: int, model: str, delay_ms: float = 0.0) -> None:
    Upstream.delay_s = delay_ms / 1000
    Upstream.post = response(chat_body(model))
    Upstream.get = response(models_body(model))
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Upstream, host, port, backlog=4096, reuse_address=True)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"upstream_fast listening on http://{host}:{port}/v1", flush=True)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=9100)
    ap.add_argument("--model", default="bench-model")
    ap.add_argument(
        "--delay-ms", type=float, default=0.0, help="answer each request this much later (a model's latency)"
    )
    args = ap.parse_args(argv)
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve(args.host, args.port, args.model, args.delay_ms))
    else:
        uvloop.run(serve(args.host, args.port, args.model, args.delay_ms))


if __name__ == "__main__":
    main()
