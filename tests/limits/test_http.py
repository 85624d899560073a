"""Limits through the gateway: 429 with Retry-After per key, settled usage, slots given back."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import openai

from keel.config import LimitRule, LimitsSettings
from keel.limits.limiter import Usage
from keel.security import key_id
from tests.conftest import MODEL, LiveServer, make_settings
from tests.limits.test_limits import wait_until

BODY = {"model": MODEL, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2}


def test_rpm_per_key_gives_429_with_retry_after(tmp_path):
    settings = make_settings(tmp_path)
    settings.limits = LimitsSettings(per_key=LimitRule(rpm=2), keys={key_id("vip"): LimitRule(rpm=100)})
    live = LiveServer(settings).start()
    try:
        with httpx.Client(base_url=live.url, timeout=60) as http:
            alice = {"authorization": "Bearer alice"}
            assert [http.post("/v1/chat/completions", json=BODY, headers=alice).status_code for _ in range(2)] == [
                200,
                200,
            ]
            r = http.post("/v1/chat/completions", json=BODY, headers=alice)
            assert r.status_code == 429
            assert 1 <= int(r.headers["retry-after"]) <= 60
            err = r.json()["error"]
            assert err["type"] == "rate_limit_error" and "requests per minute" in err["message"]
            # another key has its own budget; the vip key has a bigger one
            assert (
                http.post("/v1/chat/completions", json=BODY, headers={"authorization": "Bearer bob"}).status_code == 200
            )
            vip = {"authorization": "Bearer vip"}
            assert all(http.post("/v1/chat/completions", json=BODY, headers=vip).status_code == 200 for _ in range(4))
            trace = http.get(f"/v1/traces/{r.headers['x-keel-trace-id']}").json()
            assert trace["status"] == 429 and [s["stage"] for s in trace["stages"]] == ["preprocess", "limits"]
    finally:
        live.stop()


class GatedProvider:
    """The model's provider, holding each request at the model (its limit slot held) until the gate opens."""

    def __init__(self, inner: Any, gate: threading.Event) -> None:
        self._inner, self._gate = inner, gate

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def complete(self, request: Any) -> Any:
        await asyncio.to_thread(self._gate.wait)
        return await self._inner.complete(request)


async def test_model_concurrency_queue_and_release(tmp_path, monkeypatch):
    """One slot, a queue of 2: 3 concurrent requests succeed in turn, a 4th is refused at once."""
    settings = make_settings(tmp_path)
    settings.limits = LimitsSettings(models={MODEL: LimitRule(max_concurrent=1, max_queue=2)})
    live = LiveServer(settings).start()
    gate = threading.Event()
    resolve = live.gateway.resolve

    def gated_resolve(ctx) -> None:
        resolve(ctx)
        ctx.provider = GatedProvider(ctx.provider, gate)

    monkeypatch.setattr(live.gateway, "resolve", gated_resolve)
    limiter = live.gateway.services.limiter

    async def usage_is(expected: Usage) -> bool:
        return await limiter.usage("model", MODEL) == expected

    try:
        client = openai.AsyncOpenAI(base_url=f"{live.url}/v1", api_key="k", max_retries=0, timeout=120)

        async def ask():
            try:
                r = await client.chat.completions.create(
                    model=MODEL, messages=[{"role": "user", "content": "Tell me a story."}], max_tokens=24
                )
                return r.choices[0].message.content
            except openai.RateLimitError as exc:
                return exc

        try:
            first_three = [asyncio.create_task(ask()) for _ in range(3)]
            # one holds the slot (kept at the model by the gate), two wait in the queue
            await wait_until(lambda: usage_is(Usage(in_flight=1, queued=2)), timeout=60)
            fourth = asyncio.create_task(ask())
            done, _ = await asyncio.wait({fourth}, timeout=60)  # admitted, it could not finish: the gate is shut
            assert fourth in done, "the 4th request was not refused while the slot and the queue were full"
            refused = fourth.result()
            assert isinstance(refused, openai.RateLimitError) and "concurren" in refused.message.lower()
            gate.set()
            assert all(isinstance(r, str) for r in await asyncio.gather(*first_three))  # served in turn
            # every slot was given back: the next requests go straight through
            assert all(isinstance(r, str) for r in await asyncio.gather(ask(), ask()))
            await wait_until(lambda: usage_is(Usage()))
        finally:
            gate.set()
            # close the client's sockets on this event loop; left to the garbage collector they
            # are closed behind the loop's back and a later socket reusing the fd is never polled
            await client.close()
    finally:
        live.stop()
