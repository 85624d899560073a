"""Prometheus metrics. One registry per gateway, so several apps can live in one process (tests)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
_STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5, 30)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
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

        self.auth_rejected = Counter(
            "keel_auth_rejected",
            "Requests refused by authentication: missing or invalid key (401), role too low (403)",
            ["reason"],
            registry=r,
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
