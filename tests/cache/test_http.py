"""The cache through HTTP: the x-keel-cache header and the per-request opt-outs."""

from __future__ import annotations

import httpx

from tests.conftest import MODEL, LiveServer, make_settings


def test_cache_header_hit_and_opt_outs(tmp_path):
    settings = make_settings(tmp_path)
    settings.pipeline["chat"] = ["preprocess", "cache", "generate", "postprocess"]
    live = LiveServer(settings).start()
    body = {
        "model": MODEL,
        "messages": [{"role": "user", "content": "Name a colour."}],
        "max_tokens": 4,
        "temperature": 0,
    }
    try:
        with httpx.Client(base_url=live.url, timeout=60) as http:
            first = http.post("/v1/chat/completions", json=body)
            assert first.headers["x-keel-cache"] == "miss"
            for _ in range(50):  # the write happens after the response
                second = http.post("/v1/chat/completions", json=body)
                if second.headers["x-keel-cache"] == "hit":
                    break
            assert second.headers["x-keel-cache"] == "hit"
            assert second.json()["choices"] == first.json()["choices"]
            assert second.json()["usage"] == first.json()["usage"]
            trace = http.get(f"/v1/traces/{second.headers['x-keel-trace-id']}").json()
            assert trace["annotations"]["cache"] == "hit"
            assert http.post("/v1/chat/completions", json={**body, "cache": False}).headers["x-keel-cache"] == "bypass"
            no_cache = http.post("/v1/chat/completions", json=body, headers={"cache-control": "no-cache"})
            assert no_cache.headers["x-keel-cache"] == "bypass"
            with http.stream("POST", "/v1/chat/completions", json={**body, "stream": True}) as r:
                assert r.headers["x-keel-cache"] == "hit"
                text = "".join(line for line in r.iter_lines() if line.startswith("data: {"))
            assert first.json()["choices"][0]["message"]["content"].split()[0] in text
            metrics = http.get("/metrics").text
            assert 'keel_cache_requests_total{kind="exact",model="gemma-3-270m",result="hit"}' in metrics
    finally:
        live.stop()
