"""jobs: the job system (batch, workflow, eval and fine-tuning runs), its workers, schedules and
the execution back-end (local worker pool or a Ray cluster)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from keel.config.base import Strict


class JobsSettings(Strict):
    worker: bool = Field(
        True, description="`keel serve` runs a job worker in its process (`keel worker` runs one alone)"
    )
    poll_s: float = Field(1.0, gt=0, description="how often an idle worker looks for queued jobs and due schedules")
    stale_s: float = Field(
        60.0, gt=0, description="a running job whose worker has not heartbeated for this long is claimed again"
    )
    heartbeat_s: float = Field(5.0, gt=0, description="how often a worker reports that it still runs its job")
    max_attempts: int = Field(3, ge=1, description="a job is failed after its worker died this many times")
    concurrency: int = Field(8, ge=1, le=1024, description="requests a batch job has in flight at once")
    retries: int = Field(3, ge=0, le=20, description="retries of a batch request that failed with 429/5xx/timeout")
    retry_backoff_s: float = Field(1.0, ge=0, description="the first retry's wait; doubled at each retry")
    schedules: bool = Field(True, description="the worker also fires due schedules")
    backend: Literal["local", "ray"] = Field("local", description="where batch inference and workflow steps run")
    ray_address: str = Field(
        "auto", description="the Ray cluster: `auto` (started here when none runs), `local`, or ray://HOST:10001"
    )
    ray_actors: int = Field(2, ge=1, le=1024, description="actors calling the pipeline in a Ray batch job")
    dir: str | None = Field(None, description="workflow artifacts go in DIR/RUN_ID (default: KEEL_HOME/jobs)")
