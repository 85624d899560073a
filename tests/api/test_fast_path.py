"""The OpenAI routes are served without FastAPI's middleware stack: errors there still leave as
OpenAI error objects with a trace id, never a traceback."""

from __future__ import annotations

CHAT = "/v1/chat/completions"
BODY = {"model": "gemma-3-270m", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2}


def test_an_unexpected_error_is_a_500_error_object(server, http, monkeypatch, caplog):
    async def boom(ctx):
        raise RuntimeError("something internal broke")

    monkeypatch.setattr(server.gateway, "execute", boom)
    r = http.post(CHAT, json=BODY)
    assert r.status_code == 500
    err = r.json()["error"]
    assert err["type"] == "server_error" and "internal" not in err["message"]
    assert r.headers["x-keel-trace-id"]
    assert "something internal broke" in caplog.text  # logged for the operator


def test_other_methods_and_paths_still_go_through_the_router(http):
    assert http.get(CHAT).status_code == 405
    assert http.get("/v1/models/gemma-3-270m").json()["id"] == "gemma-3-270m"
    assert http.get("/openapi.json").status_code == 200
