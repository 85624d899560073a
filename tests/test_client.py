"""keel.Client: the same calls and answers in process and over HTTP, sync and async."""

from __future__ import annotations

import threading
import time

import pytest
import yaml

import keel
from keel.config import ConfigError
from keel.errors import InvalidRequest, KeelError, ModelNotFound, ServiceUnavailable
from tests.conftest import MODEL, TEST_CTX, free_port, make_settings

HI = [{"role": "user", "content": "Name a colour."}]


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    with keel.Client(settings=make_settings(tmp_path_factory.mktemp("client"))) as c:
        yield c


@pytest.fixture(scope="module")
def remote(server):
    with keel.Client(server.url) as c:
        yield c


@pytest.fixture(params=["local", "remote"])
def any_client(request):
    return request.getfixturevalue(request.param)


def test_transports_answer_alike(local, remote):
    kw = {"model": MODEL, "messages": HI, "max_tokens": 6, "temperature": 0, "seed": 3, "cache": False}
    a = local.chat.completions.create(**kw)
    b = remote.chat.completions.create(**kw)
    assert local.in_process and not remote.in_process
    assert type(a).__name__ == type(b).__name__ == "ChatCompletion"
    assert a.choices[0].message.content == b.choices[0].message.content
    assert a.choices[0].message.content
    assert a.usage.model_dump() == b.usage.model_dump()
    assert a.usage.completion_tokens > 0
    assert a.id.startswith("chatcmpl-") and a.model == MODEL


def test_stream_reassembles_to_the_whole_answer(any_client):
    kw = {"model": MODEL, "messages": HI, "max_tokens": 6, "temperature": 0, "seed": 3, "cache": False}
    whole = any_client.chat.completions.create(**kw).choices[0].message.content
    stream = any_client.chat.completions.create(**kw, stream=True, stream_options={"include_usage": True})
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] in ("stop", "length")


def test_stream_closed_early_frees_the_request(any_client):
    stream = any_client.chat.completions.create(model=MODEL, messages=HI, max_tokens=64, stream=True, cache=False)
    for _ in stream:
        break  # leaving the loop closes the stream
    after = any_client.admin.catalogue()
    assert {m["model"]: m["in_flight"] for m in after["models"]}[MODEL] == 0


def test_completions_with_echo(any_client):
    r = any_client.completions.create(model=MODEL, prompt="The sky is", max_tokens=3, echo=True, temperature=0)
    assert type(r).__name__ == "Completion"
    assert r.choices[0].text.startswith("The sky is")


def test_embeddings(any_client):
    r = any_client.embeddings.create(model=MODEL, input=["hello", "world"])
    assert [len(d.embedding) for d in r.data] == [640, 640]
    assert r.usage.prompt_tokens > 0


def test_mistakes_raise_openai_errors(any_client):
    with pytest.raises(InvalidRequest) as e:
        any_client.chat.completions.create(model=MODEL, messages=HI, functions=[])
    assert e.value.status_code == 400 and e.value.param == "functions" and e.value.code == "unknown_parameter"
    with pytest.raises(KeelError) as e:
        any_client.chat.completions.create(model="no-such-model", messages=HI)
    assert e.value.status_code == 404 and e.value.code == "model_not_found"


def test_models_and_admin(any_client):
    assert MODEL in [m.id for m in any_client.models.list()]
    assert any_client.models.retrieve(MODEL).id == MODEL
    assert any_client.admin.ready()["status"] == "ready"
    cat = any_client.admin.catalogue()
    assert cat["revision"] >= 1 and MODEL in [m["model"] for m in cat["models"]]
    r = any_client.chat.completions.create(model=MODEL, messages=HI, max_tokens=2)
    trace = any_client.admin.trace(r.id.removeprefix("chatcmpl-"))
    assert trace["resolution"]["target"] == MODEL and trace["status"] == 200
    deployments = any_client.admin.deployments()["models"]
    assert deployments[0]["model"] == MODEL


def test_reload_in_process_from_keel_yaml(tmp_path):
    path = tmp_path / "keel.yaml"
    base = {
        "storage": {"url": f"sqlite:///{tmp_path}/k.db"},
        "models": [{"name": MODEL, "provider": "llama_cpp", "params": {"n_ctx": TEST_CTX}}],
    }
    path.write_text(yaml.safe_dump(base))
    with keel.Client(config=path) as c:
        path.write_text(yaml.safe_dump({**base, "aliases": {"default": MODEL}}))
        change = c.admin.reload()
        assert c.admin.catalogue()["aliases"] == {"default": MODEL}
        assert change["restart_needed"] == []
        r = c.chat.completions.create(model="default", messages=HI, max_tokens=2)
        assert c.admin.trace(r.id.removeprefix("chatcmpl-"))["resolution"] == {
            "model": "default",
            "target": MODEL,
            "revision": c.admin.catalogue()["revision"],
        }
        path.write_text("models: [{name: x, provider: nope}]\n")
        with pytest.raises(InvalidRequest) as e:
            c.admin.reload()
        assert e.value.code == "invalid_config" and any("keel.yaml:1" in p for p in e.value.problems)
        assert c.admin.catalogue()["aliases"] == {"default": MODEL}  # nothing changed


async def test_async_client_in_process(tmp_path):
    async with keel.AsyncClient(settings=make_settings(tmp_path)) as c:
        r = await c.chat.completions.create(model=MODEL, messages=HI, max_tokens=3)
        assert r.choices[0].message.content
        stream = await c.chat.completions.create(model=MODEL, messages=HI, max_tokens=3, stream=True)
        pieces = [ch.choices[0].delta.content async for ch in stream if ch.choices]
        assert "".join(p or "" for p in pieces)


def test_an_answer_message_goes_back_as_history(any_client):
    first = any_client.chat.completions.create(model=MODEL, messages=HI, max_tokens=3)
    # the SDK's own message object (with refusal: null), as OpenAI's tool loop sends it back
    history = [*HI, first.choices[0].message, {"role": "user", "content": "Another one."}]
    r = any_client.chat.completions.create(model=MODEL, messages=history, max_tokens=3)
    assert r.choices[0].message.content


def test_a_stream_closed_before_its_first_chunk_ends_the_request(any_client):
    stream = any_client.chat.completions.create(model=MODEL, messages=HI, max_tokens=64, stream=True, cache=False)
    stream.close()  # never iterated
    deadline = time.monotonic() + 30  # over HTTP the server sees the disconnect a moment later
    while {m["model"]: m["in_flight"] for m in any_client.admin.catalogue()["models"]}[MODEL] != 0:
        assert time.monotonic() < deadline, "the request is still in flight"
        time.sleep(0.05)


def test_http_errors_are_the_same_classes_as_in_process(remote, local):
    for c in (remote, local):
        with pytest.raises(ModelNotFound):
            c.chat.completions.create(model="no-such-model", messages=HI)
    gone = keel.Client(f"http://127.0.0.1:{free_port()}")
    try:
        with pytest.raises(ServiceUnavailable) as e:
            gone.models.list()
        assert e.value.code == "unreachable"
    finally:
        gone.close()


def test_reload_needs_a_file_and_a_closed_client_says_so(local, tmp_path):
    with pytest.raises(InvalidRequest) as e:
        local.admin.reload()  # built from settings: there is no keel.yaml to re-read
    assert e.value.code == "no_config_file"
    c = keel.Client(settings=make_settings(tmp_path))
    c.close()
    c.close()  # twice is fine
    with pytest.raises(KeelError) as e:
        c.models.list()
    assert e.value.code == "client_closed"


def test_a_failed_start_leaves_no_thread_behind(tmp_path):
    path = tmp_path / "keel.yaml"
    path.write_text("models: [{name: x, provider: nope}]\n")
    before = {t.name for t in threading.enumerate()}
    with pytest.raises(ConfigError), keel.Client(config=path):
        pass
    assert "keel-client" not in {t.name for t in threading.enumerate()} - before


def test_registry_calls_and_prompt_templates_alike_in_process_and_over_http(any_client, request):
    from keel.errors import NotFound

    name = f"colour-{request.node.callspec.id}"
    pushed = any_client.registry.prompts.push(
        name, messages=[{"role": "user", "content": "Name a {{ kind }} colour."}], labels=["production"]
    )
    assert pushed["ref"] == f"{name}/1" and pushed["labels"] == ["production"]
    assert any_client.registry.prompts.render(f"{name}@production", {"kind": "warm"})["messages"] == [
        {"role": "user", "content": "Name a warm colour."}
    ]
    reply = any_client.chat.completions.create(
        model=MODEL, messages=[], prompt={"name": name, "variables": {"kind": "warm"}}, max_tokens=4, temperature=0
    )
    assert reply.choices[0].message.content
    with pytest.raises(InvalidRequest, match="missing variable") as err:
        any_client.chat.completions.create(model=MODEL, messages=[], prompt={"name": name}, max_tokens=4)
    assert err.value.param == "prompt.variables"
    with pytest.raises(NotFound, match="no alias or label 'staging'"):
        any_client.registry.prompts.get(f"{name}@staging")
    assert any(p["name"] == name for p in any_client.registry.prompts.list())


def test_registry_calls_in_process_load_no_model(tmp_path):
    from keel.config import Settings, StorageSettings

    c = keel.Client(settings=Settings(storage=StorageSettings(url=f"sqlite:///{tmp_path}/k.db")))  # the local Gemma
    try:
        assert c.registry.prompts.push("x", text="hi {{ a }}")["ref"] == "x/1"
        assert [p["name"] for p in c.registry.prompts.list()] == ["x"]
        assert c.services is None  # no Services were built: no model was loaded
    finally:
        c.close()
