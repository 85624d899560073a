"""/v1/evals over real HTTP (a Keel gateway on loopback serving upstream models), through
keel.Client over HTTP, and keel.Client in process through the same handlers."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

import keel
from keel.config import ServerSettings, Settings, StorageSettings
from keel.errors import InvalidRequest
from tests.conftest import LiveServer, free_port
from tests.evaluation.conftest import keyword_hit, model_settings, rows, write_rows
from tests.upstreams.openai_server import Behaviour, UpstreamServer


@pytest.fixture(scope="module")
def live(tmp_path_factory, upstreams) -> Iterator[LiveServer]:
    tmp = tmp_path_factory.mktemp("evals-api")
    slow = UpstreamServer("slow", Behaviour(delay_s=0.2)).start()
    ups = {k: v for k, v in upstreams.items() if k != "flaky"} | {"slow": slow}
    settings = Settings(
        server=ServerSettings(port=free_port()),
        storage=StorageSettings(url=f"sqlite:///{tmp}/keel.db", log_flush_interval_s=0.05),
        models=model_settings(ups),
    )
    server = LiveServer(settings)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        slow.stop()


@pytest.fixture
def http(live) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


SPEC = {
    "name": "api",
    "rows": rows(),
    "targets": [{"name": "base", "model": "bad"}, {"name": "tuned", "model": "good"}],
    "metrics": ["keyword_hit", "latency_ms"],
    "gates": [{"metric": "keyword_hit", "target": "tuned", "no_worse_than": "base"}],
}


def finished(http: httpx.Client, run_id: str, timeout: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        run = http.get(f"/v1/evals/{run_id}").json()
        if run["status"] in ("completed", "failed") or time.monotonic() > deadline:
            return run
        time.sleep(0.05)


def test_post_runs_in_the_background_and_the_run_reads_back(http, tmp_path):
    path = write_rows(tmp_path / "api.jsonl", rows())
    r = http.post("/v1/evals", json={**{k: v for k, v in SPEC.items() if k != "rows"}, "dataset": str(path)})
    assert r.status_code == 200, r.text
    run = r.json()
    assert run["object"] == "eval.run" and run["status"] == "queued" and run["id"].startswith("eval-")
    done = finished(http, run["id"])
    assert done["status"] == "completed", done
    summary = done["summary"]
    assert summary["dataset"] == {"source": "file", "path": str(path), "rows": 6}
    assert summary["targets"]["tuned"]["metrics"]["keyword_hit"]["mean"] == pytest.approx(keyword_hit("good"))
    assert summary["passed"] is True and summary["gates"][0]["passed"]

    results = http.get(f"/v1/evals/{run['id']}/results", params={"target": "tuned", "limit": 2}).json()
    assert results["run"] == run["id"] and [x["row_id"] for x in results["data"]] == ["r1", "r2"]
    assert results["data"][0]["prediction"] == "good: question 1 about a refund"

    gate = http.post(f"/v1/evals/{run['id']}/gate", json={}).json()
    assert gate["passed"] and gate["gates"][0]["reason"].startswith("tuned keyword_hit 0.7222 vs base 0.3611")
    strict = http.post(
        f"/v1/evals/{run['id']}/gate", json={"gates": [{"metric": "keyword_hit", "target": "base", "min": 0.6}]}
    ).json()
    assert strict["passed"] is False and strict["gates"][0]["reason"] == "base keyword_hit = 0.3611 < min 0.6"

    c = http.get(
        "/v1/evals/compare",
        params={"a": run["id"], "b": run["id"], "metric": "keyword_hit", "target_a": "base", "target_b": "tuned"},
    ).json()
    assert c["object"] == "eval.comparison" and c["n"] == 6 and c["significant"]
    assert c["difference"] == pytest.approx(keyword_hit("good") - keyword_hit("bad"))

    listed = http.get("/v1/evals", params={"name": "api"}).json()["data"]
    assert run["id"] in [x["id"] for x in listed] and "spec" not in listed[0]


def test_mistakes_are_clear_errors(http):
    r = http.get("/v1/evals/eval-ffff")
    assert r.status_code == 404 and r.json()["error"]["code"] == "eval_not_found"
    r = http.post("/v1/evals", json={**SPEC, "repeat": 3})
    assert r.status_code == 400 and "repeat: unknown key" in r.json()["error"]["message"]
    r = http.post("/v1/evals", json={**SPEC, "targets": [{"model": "nope"}], "gates": []})
    assert (
        r.status_code == 404 and r.json()["error"]["message"] == "targets[0].model: the model 'nope' is not served here"
    )
    r = http.post("/v1/evals", json={**SPEC, "rows": [{"text": "x"}]})
    assert r.status_code == 400 and 'rows[0]: no "prompt"' in r.json()["error"]["message"]
    r = http.post("/v1/evals", content=b"{not json")
    assert r.status_code == 400
    r = http.get("/v1/evals/compare", params={"a": "eval-ffff"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "b"
    r = http.delete("/v1/evals")
    assert r.status_code == 405


def test_a_running_run_can_be_cancelled_and_is_not_gated(http):
    slow = {**SPEC, "rows": rows(30), "targets": [{"model": "slow"}], "concurrency": 1, "gates": []}
    run = http.post("/v1/evals", json=slow).json()
    r = http.post(f"/v1/evals/{run['id']}/gate", json={})
    assert r.status_code == 409 and r.json()["error"]["code"] == "eval_not_done"
    seen = http.get(f"/v1/evals/{run['id']}").json()
    assert seen["status"] in ("queued", "running") and seen["progress"]["total"] == 30
    cancelled = http.post(f"/v1/evals/{run['id']}/cancel", json={}).json()
    assert cancelled["status"] == "failed" and cancelled["error"] == "cancelled (the process stopped)"
    r = http.post(f"/v1/evals/{run['id']}/cancel", json={})
    assert r.status_code == 409 and "is failed, not running" in r.json()["error"]["message"]


def test_keel_client_over_http_and_in_process(live, settings):
    with keel.Client(live.url) as client:
        evals = client.evals
        run = evals.wait(evals.create(SPEC)["id"], poll_s=0.05, timeout=30)
        assert run["status"] == "completed" and evals.gate(run["id"])["passed"]
        assert evals.results(run["id"], limit=1)[0]["target"] == "base"
        assert evals.compare(run["id"], run["id"], "keyword_hit", target_a="base", target_b="tuned")["n"] == 6

    with keel.Client(settings=settings) as client:  # in process: the same handlers, this process's models
        evals = client.evals
        run = evals.wait(evals.create({**SPEC, "name": "local"})["id"], poll_s=0.05, timeout=30)
        assert run["status"] == "completed" and run["summary"]["passed"] is True
        assert [r["name"] for r in evals.list()] == ["local"]

    light = keel.Client(settings=settings)  # not started: registry-only services, no models
    try:
        evals = light.evals
        assert [r["name"] for r in evals.list()] == ["local"]
        with pytest.raises(InvalidRequest, match="serves no models"):
            evals.create(SPEC)
    finally:
        light.close()
