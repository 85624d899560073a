"""Prometheus metrics. One registry per gateway, so several apps can live in one process (tests).

`labels(...)` is memoised per label set: prometheus_client's own lookup sorts and stringifies
the labels and takes a lock on every call, several µs per request on the hot path. Label values
here are bounded (models, routes, stages, statuses), so the memo stays small.
"""

from __future__ import annotations

from typing import Any

import prometheus_client
from prometheus_client import CollectorRegistry, generate_latest


class _MemoLabels:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._children: dict[tuple[Any, ...], Any] = {}

    def labels(self, *values: Any, **kw: Any) -> Any:
        key = values or tuple(kw.items())
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = super().labels(*values, **kw)  # type: ignore[misc]
        return child


class Counter(_MemoLabels, prometheus_client.Counter):
    pass


class Gauge(_MemoLabels, prometheus_client.Gauge):
    pass


class Histogram(_MemoLabels, prometheus_client.Histogram):
    pass


_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
_STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5, 30)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._routes: dict[tuple[str, str], RouteMetrics] = {}
        r = self.registry
        self.requests = Counter("keel_requests", "Requests served", ["model", "route", "status"], registry=r)
        self.latency = Histogram(
            "keel_request_duration_seconds",
            "Request latency, until the last byte",
            ["model", "route"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.ttft = Histogram(
            "keel_time_to_first_token_seconds",
            "Time to the first streamed token",
            ["model", "route"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.tokens = Counter(
            "keel_tokens",
            "Tokens in (prompt) and out (completion)",
            ["model", "route", "direction"],
            registry=r,
        )
        self.stage_latency = Histogram(
            "keel_stage_duration_seconds",
            "Time spent in each pipeline stage",
            ["stage", "route"],
            buckets=_STAGE_BUCKETS,
            registry=r,
        )
        self.in_flight = Gauge("keel_requests_in_flight", "Requests being served", ["route"], registry=r)
        self.log_dropped = Counter(
            "keel_request_log_dropped", "Request-log records dropped because the queue was full", registry=r
        )
        self.model_ready = Gauge("keel_model_ready", "1 when the model is loaded", ["model"], registry=r)
        self.cache_requests = Counter(
            "keel_cache_requests",
            "Cache lookups by kind (exact|semantic) and result (hit|miss)",
            ["model", "kind", "result"],
            registry=r,
        )

        # the batched llama.cpp engine (providers/llama_engine.py) of a local model with slots > 1
        self.engine_queue = Gauge(
            "keel_engine_queue_depth", "Requests waiting for a slot of a local model's engine", ["model"], registry=r
        )
        self.engine_running = Gauge(
            "keel_engine_running_sequences", "Requests a local model's engine is decoding", ["model"], registry=r
        )
        self.engine_tokens = Counter(
            "keel_engine_tokens",
            "Tokens a local model's engine decoded: kind=prompt (prefill) or generated",
            ["model", "kind"],
            registry=r,
        )
        self.engine_kv_tokens = Gauge(
            "keel_engine_kv_tokens",
            "Tokens held in a local model's KV cache (running and cached)",
            ["model"],
            registry=r,
        )
        self.engine_kv_capacity = Gauge(
            "keel_engine_kv_capacity",
            "Tokens a local model's KV cache can hold (slots x ctx_per_slot)",
            ["model"],
            registry=r,
        )

        self.auth_rejected = Counter(
            "keel_auth_rejected",
            "Requests refused by authentication: missing or invalid key (401), role too low (403)",
            ["reason"],
            registry=r,
        )

    def route(self, model: str, route: str) -> RouteMetrics:
        """The metrics of one (model, route), label children looked up once (the request path)."""
        rm = self._routes.get((model, route))
        if rm is None:
            rm = self._routes[(model, route)] = RouteMetrics(self, model, route)
        return rm

    def render(self) -> bytes:
        return generate_latest(self.registry)


class RouteMetrics:
    """Label children for the requests of one model on one route, so that a request's metrics
    are a few method calls on ready objects rather than label lookups."""

    def __init__(self, metrics: Metrics, model: str, route: str) -> None:
        self._metrics, self.route = metrics, route
        self.in_flight = metrics.in_flight.labels(route=route)
        self.latency = metrics.latency.labels(model=model, route=route)
        self.ttft = metrics.ttft.labels(model=model, route=route)
        self.tokens_in = metrics.tokens.labels(model=model, route=route, direction="in")
        self.tokens_out = metrics.tokens.labels(model=model, route=route, direction="out")
        self._model = model
        self._status: dict[int, Any] = {}
        self._stages: dict[str, Any] = {}

    def requests(self, status: int) -> Any:
        child = self._status.get(status)
        if child is None:
            child = self._status[status] = self._metrics.requests.labels(
                model=self._model, route=self.route, status=str(status)
            )
        return child

    def stage(self, stage: str) -> Any:
        child = self._stages.get(stage)
        if child is None:
            child = self._stages[stage] = self._metrics.stage_latency.labels(stage=stage, route=self.route)
        return child
