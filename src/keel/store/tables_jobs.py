"""Tables of the job system (keel.jobs): jobs of every kind with their logs, the checkpointed
outputs of batch jobs, cron schedules, and workflow steps with their content-keyed cache.
Schema changes go through Alembic migrations (0008 created these)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from keel.store.tables import Base


class Job(Base):
    """One job of any KIND (batch, workflow, eval, …): queued → running → succeeded | failed |
    cancelled. A worker claims it (worker, heartbeat_at); one whose heartbeat goes stale is
    claimed again. STAGE is the kind's own phase (a batch: validating, in_progress, finalizing)."""

    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    tenant: Mapped[str] = mapped_column(String(200), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    stage: Mapped[str | None] = mapped_column(String(32), nullable=True)
    spec: Mapped[dict] = mapped_column(JSON)  # what to run, as the kind reads it
    progress: Mapped[dict] = mapped_column(JSON)  # e.g. {"total": 1000, "completed": 412, "failed": 3}
    result: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # outputs and artifacts
    error: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # {"code", "message"}
    metadata_: Mapped[dict | None] = mapped_column("metadata", JSON, nullable=True)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    cancel_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    worker: Mapped[str | None] = mapped_column(String(200), nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    run_after: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    schedule_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class JobLog(Base):
    __tablename__ = "job_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    level: Mapped[str] = mapped_column(String(8))
    message: Mapped[str] = mapped_column(Text)
    data: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class BatchOutput(Base):
    """The answer (or error) to one input LINE of a batch job, written once: the unique key makes a
    resumed job's second write of a line a no-op, so every custom_id is in the output exactly once."""

    __tablename__ = "batch_outputs"
    __table_args__ = (UniqueConstraint("job_id", "line"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(String(64), index=True)
    line: Mapped[int] = mapped_column(Integer)
    custom_id: Mapped[str] = mapped_column(String(512))
    response: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # {"status_code", "request_id", "body"}
    error: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # {"code", "message"}
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Schedule(Base):
    """A cron expression (in TIMEZONE) that submits a job of KIND with SPEC at each firing. A
    scheduler fires it by moving NEXT_RUN_AT forward with a conditional update: of two schedulers
    on one database, one wins."""

    __tablename__ = "schedules"
    __table_args__ = (UniqueConstraint("tenant", "name"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tenant: Mapped[str] = mapped_column(String(200), index=True)
    name: Mapped[str] = mapped_column(String(200))
    cron: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    spec: Mapped[dict] = mapped_column(JSON)
    missed: Mapped[str] = mapped_column(String(16))  # skip | run_once
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    next_run_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    last_run_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_job_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WorkflowStep(Base):
    """One step of one workflow run (a job of kind workflow): pending, running, succeeded, cached,
    failed, skipped; its outputs once it has them."""

    __tablename__ = "workflow_steps"
    __table_args__ = (UniqueConstraint("run_id", "step"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(64), index=True)
    step: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    cache_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    outputs: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class WorkflowCache(Base):
    """A step's outputs by its cache key: the hash of its type, parameters, input artifacts'
    content and the step code's version."""

    __tablename__ = "workflow_cache"

    cache_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    type: Mapped[str] = mapped_column(String(64))
    outputs: Mapped[dict] = mapped_column(JSON)
    run_id: Mapped[str] = mapped_column(String(64))
    step: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
