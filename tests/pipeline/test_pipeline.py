"""The staged request path: stage order from config, timings, traces, metrics, request log."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from keel.config import Settings
from keel.errors import InvalidRequest
from keel.pipeline import runner as runner_module
from keel.pipeline.context import RequestContext
from keel.pipeline.runner import PipelineRunner
from keel.services import Services
from keel.types import GenerationParams, Message
from tests.conftest import MODEL, LiveServer, make_settings


class FakeClock:
    """The runner's perf_counter: it moves when a stage says how long it took, or, with
    `tick`, by that much at every reading."""

    def __init__(self, tick: float = 0.0) -> None:
        self.now = 100.0
        self.tick = tick

    def __call__(self) -> float:
        self.now += self.tick
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def fake_runner_clock(monkeypatch: pytest.MonkeyPatch, tick: float = 0.0) -> FakeClock:
    clock = FakeClock(tick)
    monkeypatch.setattr(runner_module, "time", SimpleNamespace(perf_counter=clock))
    return clock


class _Recorder:
    def __init__(self, name: str, log: list[str], clock: FakeClock, takes: float, fail: bool = False) -> None:
        self.name = name
        self.log = log
        self.clock = clock
        self.takes = takes
        self.fail = fail

    async def run(self, ctx: RequestContext) -> None:
        self.log.append(self.name)
        self.clock.advance(self.takes)
        if self.fail:
            raise InvalidRequest("blocked by test", param="messages")


async def test_runner_runs_in_order_and_times_each_stage(monkeypatch):
    clock = fake_runner_clock(monkeypatch)
    log: list[str] = []
    runner = PipelineRunner(
        [_Recorder("a", log, clock, 1), _Recorder("b", log, clock, 2), _Recorder("c", log, clock, 4)]
    )
    ctx = RequestContext(route="chat", model="m")
    await runner.run(ctx)
    assert log == ["a", "b", "c"]
    assert [(t.stage, t.duration_s) for t in ctx.timings] == [("a", 1.0), ("b", 2.0), ("c", 4.0)]


async def test_runner_short_circuits_on_error_and_keeps_timing(monkeypatch):
    clock = fake_runner_clock(monkeypatch)
    log: list[str] = []
    runner = PipelineRunner(
        [_Recorder("a", log, clock, 1), _Recorder("b", log, clock, 2, fail=True), _Recorder("c", log, clock, 4)]
    )
    ctx = RequestContext(route="chat", model="m")
    with pytest.raises(InvalidRequest):
        await runner.run(ctx)
    assert log == ["a", "b"]
    assert [(t.stage, t.duration_s) for t in ctx.timings] == [("a", 1.0), ("b", 2.0)]  # the failed stage's too


def test_trace_lists_stages_and_durations(http, monkeypatch):
    fake_runner_clock(monkeypatch, tick=1.0)  # each reading 1 s later: every stage measures exactly 1 s
    resp = http.post(
        "/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 3},
    )
    trace_id = resp.headers["x-keel-trace-id"]
    assert resp.json()["id"].endswith(trace_id)
    trace = http.get(f"/v1/traces/{trace_id}").json()
    assert trace["trace_id"] == trace_id
    assert [s["stage"] for s in trace["stages"]] == ["preprocess", "limits", "generate", "postprocess"]
    assert [s["duration_ms"] for s in trace["stages"]] == [1000.0] * 4  # what the runner measured, stage by stage
    assert trace["status"] == 200
    assert trace["completion_tokens"] == resp.json()["usage"]["completion_tokens"]


def test_streamed_request_is_traced_with_ttft(http):
    with http.stream(
        "POST",
        "/v1/chat/completions",
        json={
            "model": MODEL,
            "messages": [{"role": "user", "content": "Hi"}],
            "max_tokens": 4,
            "stream": True,
        },
    ) as resp:
        trace_id = resp.headers["x-keel-trace-id"]
        list(resp.iter_lines())
    trace = http.get(f"/v1/traces/{trace_id}").json()
    assert trace["stream"] is True
    assert [s["stage"] for s in trace["stages"]] == ["preprocess", "limits", "generate", "postprocess"]
    assert trace["ttft_ms"] is not None and trace["ttft_ms"] > 0
    assert trace["completion_tokens"] > 0


def test_failed_request_is_traced(http):
    resp = http.post(
        "/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "hi " * 3000}]},
    )
    assert resp.status_code == 400
    trace = http.get(f"/v1/traces/{resp.headers['x-keel-trace-id']}").json()
    assert trace["status"] == 400
    assert [s["stage"] for s in trace["stages"]] == ["preprocess"]


def test_request_log_has_row_without_prompt_text(http, server):
    resp = http.post(
        "/v1/chat/completions",
        json={
            "model": MODEL,
            "messages": [{"role": "user", "content": "secret words"}],
            "max_tokens": 2,
            "user": "alice",
        },
    )
    trace_id = resp.headers["x-keel-trace-id"]
    assert server.gateway.request_log.flush()
    row = server.gateway.request_log.find(trace_id)
    assert row is not None
    assert row["user"] == "alice"
    assert row["model"] == MODEL and row["route"] == "chat" and row["status"] == 200
    assert row["prompt_tokens"] == resp.json()["usage"]["prompt_tokens"]
    assert row["completion_tokens"] == resp.json()["usage"]["completion_tokens"]
    assert row["latency_ms"] > 0
    assert row["prompt_text"] is None and row["response_text"] is None
    assert [s["stage"] for s in row["stages"]["stages"]] == ["preprocess", "limits", "generate", "postprocess"]


def test_trace_is_read_back_from_the_request_log(http, server):
    resp = http.post("/v1/completions", json={"model": MODEL, "prompt": "Hi", "max_tokens": 1})
    trace_id = resp.headers["x-keel-trace-id"]
    server.gateway.request_log.flush()
    server.gateway.traces._items.pop(trace_id)  # evicted from memory
    trace = http.get(f"/v1/traces/{trace_id}").json()
    assert trace["trace_id"] == trace_id
    assert [s["stage"] for s in trace["stages"]] == ["preprocess", "limits", "generate", "postprocess"]


def test_metrics_expose_requests_latency_tokens_and_stages(http):
    http.post(
        "/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2},
    )
    with http.stream(
        "POST",
        "/v1/chat/completions",
        json={
            "model": MODEL,
            "messages": [{"role": "user", "content": "Hi"}],
            "max_tokens": 2,
            "stream": True,
        },
    ) as r:
        list(r.iter_lines())
    text = http.get("/metrics").text
    assert 'keel_requests_total{model="gemma-3-270m",route="chat",status="200"}' in text
    assert 'keel_request_duration_seconds_bucket{le="0.005",model="gemma-3-270m",route="chat"}' in text
    assert 'keel_time_to_first_token_seconds_count{model="gemma-3-270m",route="chat"}' in text
    assert 'keel_tokens_total{direction="in",model="gemma-3-270m",route="chat"}' in text
    assert 'keel_tokens_total{direction="out",model="gemma-3-270m",route="chat"}' in text
    for stage in ("preprocess", "generate", "postprocess"):
        assert f'keel_stage_duration_seconds_count{{route="chat",stage="{stage}"}}' in text
    assert 'keel_model_ready{model="gemma-3-270m"} 1.0' in text


def test_health_and_ready(http):
    assert http.get("/healthz").json() == {"status": "ok"}
    ready = http.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["models"][MODEL]["ready"] is True


def test_stage_order_and_prompt_logging_come_from_config(tmp_path):
    """A route configured without postprocess skips it; log_prompts stores the text."""
    import httpx

    settings: Settings = make_settings(tmp_path)
    settings.pipeline["completions"] = ["generate"]
    settings.storage.log_prompts = True
    live = LiveServer(settings).start()
    try:
        with httpx.Client(base_url=live.url, timeout=60) as http:
            resp = http.post("/v1/completions", json={"model": MODEL, "prompt": "Hello  there", "max_tokens": 2})
            assert resp.status_code == 200
            trace = http.get(f"/v1/traces/{resp.headers['x-keel-trace-id']}").json()
            assert [s["stage"] for s in trace["stages"]] == ["generate"]
            live.gateway.request_log.flush()
            row = live.gateway.request_log.find(resp.headers["x-keel-trace-id"])
            assert row["prompt_text"] == "Hello  there"  # no preprocess: text untouched
            assert row["response_text"] == resp.json()["choices"][0]["text"]
    finally:
        live.stop()


async def test_gateway_runs_without_http(tmp_path):
    """The request path is usable from Python (CLI, batch jobs) with no server."""
    gw = Services(make_settings(tmp_path)).gateway
    await gw.start(wait_for_models=True)
    try:
        ctx = RequestContext(
            route="chat",
            model=MODEL,
            params=GenerationParams(max_tokens=4, temperature=0),
            messages=[Message("user", "Hi\u200b  there")],
        )
        await gw.execute(ctx)
        assert ctx.messages[0].content == "Hi there"  # normalized by preprocess
        assert ctx.results[0].text
        assert gw.traces.get(ctx.trace_id)["status"] == 200
    finally:
        await gw.close()
