"""Metrics: memoised label children and the per-route bundle the request path uses."""

from __future__ import annotations

from keel.observability.metrics import Metrics


def test_labels_are_memoised_and_still_right():
    m = Metrics()
    a = m.requests.labels(model="m", route="chat", status="200")
    assert m.requests.labels(route="chat", status="200", model="m") is a  # any keyword order
    assert m.requests.labels("m", "chat", "200") is a  # positional, as prometheus_client allows
    assert m.requests.labels(model="m", route="chat", status="500") is not a
    a.inc()
    m.requests.labels(route="chat", status="200", model="m").inc()
    text = m.render().decode()
    assert 'keel_requests_total{model="m",route="chat",status="200"} 2.0' in text


def test_route_metrics():
    m = Metrics()
    r = m.route("m", "chat")
    assert m.route("m", "chat") is r and m.route("m", "completions") is not r
    r.in_flight.inc()
    r.requests(200).inc()
    r.requests(429).inc()
    r.requests(200).inc()
    r.latency.observe(0.2)
    r.stage("generate").observe(0.001)
    r.tokens_in.inc(7)
    r.tokens_out.inc(3)
    text = m.render().decode()
    for line in (
        'keel_requests_in_flight{route="chat"} 1.0',
        'keel_requests_total{model="m",route="chat",status="200"} 2.0',
        'keel_requests_total{model="m",route="chat",status="429"} 1.0',
        'keel_request_duration_seconds_count{model="m",route="chat"} 1.0',
        'keel_stage_duration_seconds_count{route="chat",stage="generate"} 1.0',
        'keel_tokens_total{direction="in",model="m",route="chat"} 7.0',
        'keel_tokens_total{direction="out",model="m",route="chat"} 3.0',
    ):
        assert line in text, line
