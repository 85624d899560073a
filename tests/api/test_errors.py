"""Bad input gets the right OpenAI error object and status.

Never a 500, a traceback or pydantic internals.
"""

from __future__ import annotations

import openai
import pytest

from tests.conftest import MODEL, LiveServer, make_settings

CHAT = "/v1/chat/completions"
HI = [{"role": "user", "content": "Hi"}]


def _error(resp, status: int) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"message", "type", "param", "code"}
    for leak in ("pydantic", "Traceback", "errors.pydantic.dev", "loc", "input_value"):
        assert leak not in err["message"], err["message"]
    assert resp.headers.get("x-keel-trace-id")
    return err


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"messages": HI}, "model"),
        ({"model": MODEL}, "messages"),
        ({"model": MODEL, "messages": []}, "messages"),
        ({"model": MODEL, "messages": "Hi"}, "messages"),
        ({"model": MODEL, "messages": [{"role": "wizard", "content": "x"}]}, "messages[0].role"),
        ({"model": MODEL, "messages": [{"content": "x"}]}, "messages[0].role"),
        ({"model": MODEL, "messages": HI, "max_tokens": "10"}, "max_tokens"),
        ({"model": MODEL, "messages": HI, "max_tokens": 0}, "max_tokens"),
        ({"model": MODEL, "messages": HI, "temperature": 3}, "temperature"),
        ({"model": MODEL, "messages": HI, "temperature": "hot"}, "temperature"),
        ({"model": MODEL, "messages": HI, "top_p": 0}, "top_p"),
        ({"model": MODEL, "messages": HI, "n": 0}, "n"),
        ({"model": MODEL, "messages": HI, "stream": "yes"}, "stream"),
        ({"model": MODEL, "messages": HI, "stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"model": MODEL, "messages": HI, "stop": 5}, "stop"),
        ({"model": MODEL, "messages": HI, "response_format": {"type": "xml"}}, "response_format.type"),
        ({"model": MODEL, "messages": HI, "response_format": {"type": "json_schema"}}, "response_format"),
        ({"model": MODEL, "messages": HI, "seed": 1.5}, "seed"),
        ({"model": MODEL, "messages": HI, "presence_penalty": 9}, "presence_penalty"),
    ],
)
def test_invalid_chat_requests_are_400_with_param(http, body, param):
    err = _error(http.post(CHAT, json=body), 400)
    assert err["type"] == "invalid_request_error"
    assert err["param"] == param, err
    assert param.split("[")[0].split(".")[0] in err["message"]


def test_malformed_json_is_400(http):
    err = _error(http.post(CHAT, content=b'{"model": ', headers={"content-type": "application/json"}), 400)
    assert "JSON" in err["message"]


def test_empty_body_is_400(http):
    err = _error(http.post(CHAT, content=b""), 400)
    assert "empty" in err["message"]


def test_body_that_is_not_an_object_is_400(http):
    _error(http.post(CHAT, json=[1, 2, 3]), 400)


def test_unknown_model_is_404(http):
    err = _error(http.post(CHAT, json={"model": "gpt-17", "messages": HI}), 404)
    assert err["code"] == "model_not_found"
    assert err["param"] == "model"
    assert "gpt-17" in err["message"]


def test_unknown_model_via_sdk(client):
    with pytest.raises(openai.NotFoundError) as exc:
        client.chat.completions.create(model="nope", messages=HI)
    assert exc.value.status_code == 404


def test_body_too_large_is_413(http):
    big = "x" * (300 * 1024)
    err = _error(http.post(CHAT, json={"model": MODEL, "messages": [{"role": "user", "content": big}]}), 413)
    assert "limit" in err["message"]


def test_chunked_body_too_large_is_413(http):
    def gen():
        for _ in range(40):
            yield b"x" * 10_000

    resp = http.post(CHAT, content=gen(), headers={"content-type": "application/json"})
    _error(resp, 413)


def test_last_message_too_long_for_context_is_400(http):
    huge = "hello " * 3000  # > 2048-token test window
    err = _error(http.post(CHAT, json={"model": MODEL, "messages": [{"role": "user", "content": huge}]}), 400)
    assert err["code"] == "context_length_exceeded"
    assert err["param"] == "messages"
    assert "2048" in err["message"]


def test_max_tokens_beyond_context_is_400(http):
    err = _error(http.post(CHAT, json={"model": MODEL, "messages": HI, "max_tokens": 5000}), 400)
    assert err["param"] == "max_tokens"


def test_completion_prompt_too_long_is_400(http):
    err = _error(http.post("/v1/completions", json={"model": MODEL, "prompt": "hello " * 3000}), 400)
    assert err["param"] == "prompt"


def test_completion_multiple_prompts_is_400(http):
    err = _error(http.post("/v1/completions", json={"model": MODEL, "prompt": ["a", "b"]}), 400)
    assert err["param"] == "prompt"


def test_embeddings_errors(http):
    _error(http.post("/v1/embeddings", json={"model": MODEL, "input": ""}), 400)
    _error(http.post("/v1/embeddings", json={"model": MODEL, "input": 5}), 400)
    _error(http.post("/v1/embeddings", json={"model": "nope", "input": "x"}), 404)


def test_sdk_raises_bad_request(client):
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(model=MODEL, messages=HI, temperature=5)
    assert exc.value.status_code == 400


def test_unknown_route_and_method_are_openai_errors(http):
    _error(http.get("/v1/nope"), 404)
    _error(http.get(CHAT), 405)


def test_unknown_trace_is_404(http):
    _error(http.get("/v1/traces/does-not-exist"), 404)


def test_model_not_ready_is_503(tmp_path):
    """A model that failed to load answers 503 with the reason; readyz says not ready."""
    import httpx

    settings = make_settings(tmp_path)
    settings.models[0].params["path"] = str(tmp_path / "missing.gguf")
    live = LiveServer(settings).start(wait_ready=False)
    try:
        with httpx.Client(base_url=live.url, timeout=30) as http:
            for _ in range(100):
                if any(e.load_error for e in live.gateway.catalogue.entries()):
                    break
                import time

                time.sleep(0.05)
            err = _error(http.post(CHAT, json={"model": MODEL, "messages": HI}), 503)
            assert err["code"] == "model_not_ready"
            assert "missing.gguf" in err["message"]
            ready = http.get("/readyz")
            assert ready.status_code == 503
            assert ready.json()["models"][MODEL]["ready"] is False
            assert http.get("/healthz").status_code == 200
    finally:
        live.stop()
