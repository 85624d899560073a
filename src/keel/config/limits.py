"""limits: requests/tokens per minute and concurrency per key and model."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from keel.config.base import Strict


class LimitRule(Strict):
    rpm: int | None = Field(None, ge=1, description="requests per minute")
    tpm: int | None = Field(None, ge=1, description="tokens (prompt + completion) per minute")
    max_concurrent: int | None = Field(None, ge=1, description="requests in flight")
    max_queue: int = Field(0, ge=0, description="requests waiting for a concurrency slot before 429")
    queue_timeout_s: float = Field(30.0, gt=0)


class LimitsSettings(Strict):
    store: str = Field(
        "memory", description="a limits store (entry point group keel.limit_stores): memory, redis, or a plugin's"
    )
    store_params: dict[str, Any] = Field(
        default_factory=dict, description="the store's own parameters, checked by its `Config` model"
    )
    redis_url: str = Field("redis://127.0.0.1:6379/0", description="redis store (or store_params.redis_url)")
    namespace: str = "keel:limits"
    per_key: LimitRule | None = Field(None, description="applied to every API key (or anonymous caller)")
    keys: dict[str, LimitRule] = Field(default_factory=dict, description="overrides per key id")
    models: dict[str, LimitRule] = Field(default_factory=dict, description="per public model name")
    lease_s: float = Field(30.0, gt=0, description="Redis: a dead replica's concurrency slots free after this")
    fail_open: bool = Field(False, description="admit requests when the Redis store is unreachable (else 503)")
