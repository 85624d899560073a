"""server: and storage: sections."""

from __future__ import annotations

from pydantic import Field

from keel.config.base import Strict, keel_home


class ServerSettings(Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024, description="larger request bodies get 413")
    trace_capacity: int = Field(10_000, ge=0, description="recent traces kept in memory")


class StorageSettings(Strict):
    url: str = Field(default_factory=lambda: f"sqlite:///{keel_home() / 'keel.db'}")
    log_prompts: bool = Field(False, description="store prompt and answer text in the request log")
    log_batch_size: int = Field(256, ge=1)
    log_flush_interval_s: float = Field(0.5, gt=0)
    log_queue_size: int = Field(100_000, ge=1)


class RegistrySettings(Strict):
    poll_s: float = Field(
        2.0,
        ge=0,
        description="how often the gateway checks the registry for changes made by other processes "
        "(promotions, new versions, experiments); 0: only changes made through this gateway",
    )
