"""Limits through the gateway: 429 with Retry-After per key, settled usage, slots given back."""

from __future__ import annotations

import asyncio

import httpx
import openai

from keel.config import LimitRule, LimitsSettings
from keel.security import key_id
from tests.conftest import MODEL, LiveServer, make_settings

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


async def test_model_concurrency_queue_and_release(tmp_path):
    """One slot, a queue of 2: 3 concurrent requests succeed in turn, a 4th is refused at once."""
    settings = make_settings(tmp_path)
    settings.limits = LimitsSettings(models={MODEL: LimitRule(max_concurrent=1, max_queue=2)})
    live = LiveServer(settings).start()
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
            results = await asyncio.gather(*(ask() for _ in range(4)))
            refused = [r for r in results if isinstance(r, openai.RateLimitError)]
            assert len(refused) == 1 and "concurren" in refused[0].message.lower()
            # every slot was given back: the next requests go straight through
            assert all(isinstance(r, str) for r in await asyncio.gather(ask(), ask()))
        finally:
            # close the client's sockets on this event loop; left to the garbage collector they
            # are closed behind the loop's back and a later socket reusing the fd is never polled
            await client.close()
    finally:
        live.stop()
