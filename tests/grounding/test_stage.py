"""The grounding stage, observed from the model's side: a loopback OpenAI-compatible upstream
records every request, so the tests see exactly what the model was given — passages, recalled
turns in order — and what was stored back (tool calls included). Also: the trace shows the
searched query when prompts may be logged; a route's knowledge bases a tenant lacks are skipped;
turns of one session sent together are served one after the other."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import openai
import pytest

from keel.config import ModelSettings, StorageSettings
from tests.conftest import LiveServer, make_settings
from tests.upstreams.openai_server import UpstreamServer

MODEL = "up-model"
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@pytest.fixture(scope="module")
def upstream() -> Iterator[UpstreamServer]:
    up = UpstreamServer("up").start()
    yield up
    up.stop()


@pytest.fixture(scope="module")
def keel(tmp_path_factory, upstream) -> Iterator[LiveServer]:
    settings = make_settings(tmp_path_factory.mktemp("stage"))
    storage = StorageSettings(url=settings.storage.url, log_flush_interval_s=0.05, log_prompts=True)
    grounding = {"grounding": {"knowledge": ["handbook"], "entities": True}}
    settings = settings.model_copy(
        update={
            "storage": storage,
            # the upstream echoes what it is sent: as a rewrite model it answers with no usable question
            "grounding": settings.grounding.model_copy(update={"rewrite_model": MODEL}),
            "models": [ModelSettings(name=MODEL, provider="openai_compat", params={"base_url": upstream.base_url})],
            "pipeline": {**settings.pipeline, "chat": ["preprocess", grounding, "generate", "postprocess"]},
        }
    )
    live = LiveServer(settings).start()
    with httpx.Client(base_url=live.url, timeout=60) as http:
        assert http.post("/v1/kb", json={"name": "handbook"}).status_code == 200
        docs = [
            {
                "path": "leave.md",
                "content": "# Leave\n\n## Berlin\n\nBerlin staff get 28 days of annual leave.\n\n"
                "## Lisbon\n\nLisbon staff get 25 days of annual leave.\n",
            },
            {"path": "rates.txt", "content": "Saturday delivery costs EUR 9 per parcel.\n"},
        ]
        assert http.post("/v1/kb/handbook/documents", json={"documents": docs}).status_code == 200
        entity = {
            "id": "marta-keller",
            "name": "Marta Keller",
            "aliases": ["Marta"],
            "type": "PERSON",
            "description": "Office manager of the Berlin office.",
        }
        assert http.post("/v1/entities", json={"entities": [entity]}).status_code == 200
    yield live
    live.stop()


def _sdk(keel: LiveServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{keel.url}/v1", api_key="unused", max_retries=0, timeout=60)


AS_SDK = {"authorization": "Bearer unused"}  # the key the SDK sends: sessions belong to their key


def _session(keel: LiveServer, session_id: str) -> dict:
    return httpx.get(f"{keel.url}/v1/sessions/{session_id}", headers=AS_SDK, timeout=30).json()


def _trace(keel: LiveServer, trace_id: str) -> dict:
    return httpx.get(f"{keel.url}/v1/traces/{trace_id}", timeout=30).json()


def _said(upstream: UpstreamServer, text: str) -> list[dict]:
    """The messages the model got in the (last) request whose last message was TEXT."""
    found = [r for r in upstream.requests if r.get("messages") and r["messages"][-1].get("content") == text]
    assert found, f"no request ended with {text!r}"
    return found[-1]["messages"]


def test_the_model_gets_passages_and_recalled_turns(keel, upstream) -> None:
    sdk = _sdk(keel)
    sdk.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "How much is Saturday delivery?"}],
        extra_body={"session_id": "m-1"},
    )
    raw = sdk.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "And is Marta in Berlin?"}], extra_body={"session_id": "m-1"}
    )
    seen = _said(upstream, "And is Marta in Berlin?")
    assert [m["role"] for m in seen] == ["system", "user", "assistant", "user"]
    grounding = seen[0]["content"]
    assert "[1] (leave.md › Leave › Berlin)" in grounding and "28 days" in grounding  # a passage, cited by number
    assert "Marta Keller (PERSON): Office manager of the Berlin office." in grounding  # the linked entity
    assert seen[1]["content"] == "How much is Saturday delivery?"
    assert seen[2]["content"] == "up: How much is Saturday delivery?"  # the stored answer
    annotations = _trace(keel, raw.headers["x-keel-trace-id"])["annotations"]["grounding"]
    # storage.log_prompts is on: the trace shows the query searched and the name as the user wrote it
    assert annotations["query"]["rewritten"] and "berlin" in annotations["query"]["query"].lower()
    # the rewrite model was asked, and its echo (no usable question) gave way to the deterministic rewrite
    asked = [r for r in upstream.requests if "Rewrite the user's last question" in str(r.get("messages", ""))]
    assert asked and "And is Marta in Berlin?" in asked[-1]["messages"][-1]["content"]
    assert annotations["query"]["method"] == "terms"
    assert annotations["entities"][0]["mention"] == "Marta" and annotations["entities"][0]["id"] == "marta-keller"
    assert raw.parse().model_extra["citations"][0]["document"] == "leave.md"


def test_a_routes_knowledge_base_the_tenant_lacks_is_skipped(keel, upstream) -> None:
    # the route names `handbook`; once it is gone (or for a tenant that never had one) the route
    # still answers, without passages
    with httpx.Client(base_url=keel.url, timeout=60) as http:
        assert http.delete("/v1/kb/handbook").status_code == 200
        r = http.post(
            "/v1/chat/completions",
            json={"model": MODEL, "messages": [{"role": "user", "content": "Saturday delivery?"}]},
        )
        assert r.status_code == 200 and "citations" not in r.json()
        # a request that names it itself is told it does not exist
        r = http.post(
            "/v1/chat/completions",
            json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}], "knowledge": ["handbook"]},
        )
        assert r.status_code == 404 and r.json()["error"]["param"] == "knowledge"


async def test_turns_sent_together_are_served_in_order(keel, upstream) -> None:
    upstream.behaviour.delay_s = 0.2  # each answer takes a while: the three requests overlap
    try:
        async with openai.AsyncOpenAI(base_url=f"{keel.url}/v1", api_key="unused", max_retries=0) as sdk:

            async def say(text: str) -> None:
                await sdk.chat.completions.create(
                    model=MODEL, messages=[{"role": "user", "content": text}], extra_body={"session_id": "m-order"}
                )

            first = asyncio.create_task(say("one"))
            await asyncio.sleep(0)  # "one" is sent first; the other two follow at once
            await asyncio.gather(first, say("two"), say("three"))
    finally:
        upstream.behaviour.delay_s = 0.0
    session = _session(keel, "m-order")
    users = [t["content"] for t in session["turns"] if t["role"] == "user"]
    assert sorted(users) == ["one", "three", "two"] and len(session["turns"]) == 6
    last = users[-1]
    seen = [m["content"] for m in _said(upstream, last) if m["role"] == "user"]
    assert seen == users  # the last one served saw both earlier turns, in the order they were stored
    roles = [t["role"] for t in session["turns"]]
    assert roles == ["user", "assistant"] * 3  # never two questions before an answer


def test_an_answer_with_tool_calls_is_stored_with_them(keel, upstream) -> None:
    sdk = _sdk(keel)
    r = sdk.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "What is the weather in Paris today?"}],
        tools=[WEATHER],
        extra_body={"session_id": "m-tools"},
    )
    call = r.choices[0].message.tool_calls[0]
    session = _session(keel, "m-tools")
    stored = session["turns"][-1]
    assert stored["role"] == "assistant" and stored["tool_calls"][0]["id"] == call.id
    # the tool's answer alone continues the conversation: the call it answers comes from memory
    follow = sdk.chat.completions.create(
        model=MODEL,
        messages=[{"role": "tool", "tool_call_id": call.id, "content": "18C"}],
        tools=[WEATHER],
        extra_body={"session_id": "m-tools"},
    )
    assert "18C" in follow.choices[0].message.content
