"""Tables. Schema changes go through Alembic migrations in store/migrations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class RequestLog(Base):
    """One row per request: who, what model, tokens, latency, status, trace. Text only if configured."""

    __tablename__ = "request_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trace_id: Mapped[str] = mapped_column(String(64), index=True, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    principal: Mapped[str] = mapped_column(String(200))
    tenant: Mapped[str] = mapped_column(String(200))
    user: Mapped[str | None] = mapped_column(String(200), nullable=True)
    route: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(200), index=True)
    stream: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[int] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    prompt_tokens: Mapped[int] = mapped_column(Integer)
    completion_tokens: Mapped[int] = mapped_column(Integer)
    latency_ms: Mapped[float] = mapped_column(Float)
    ttft_ms: Mapped[float | None] = mapped_column(Float, nullable=True)
    stages: Mapped[list] = mapped_column(JSON)
    prompt_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    response_text: Mapped[str | None] = mapped_column(Text, nullable=True)


class AuditEvent(Base):
    """Something a policy did to a request (a guard rule flagged, rewrote or blocked it). No raw text."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    trace_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(64), index=True)  # e.g. guard
    action: Mapped[str] = mapped_column(String(32))  # the strongest action taken: block, redact, flag…
    principal: Mapped[str] = mapped_column(String(200))
    tenant: Mapped[str] = mapped_column(String(200))
    route: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(200))
    detail: Mapped[dict] = mapped_column(JSON)


# ---------------------------------------------------------------------------------------- registry
# Versions are immutable: the migration adds triggers that refuse an UPDATE of a version row.


class RegistryState(Base):
    """One row: a counter every registry change bumps, so gateways notice changes by polling it."""

    __tablename__ = "registry_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RegisteredModel(Base):
    __tablename__ = "registry_models"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ModelVersion(Base):
    """An immutable model version: where it comes from and what it was made with."""

    __tablename__ = "registry_model_versions"
    __table_args__ = (UniqueConstraint("model", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    model: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))
    source: Mapped[dict] = mapped_column(JSON)  # provider + params (upstream model id, GGUF, adapter)
    artifact_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    base_model: Mapped[str | None] = mapped_column(String(200), nullable=True)
    dataset: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)  # NAME/VERSION
    training_run: Mapped[str | None] = mapped_column(String(200), nullable=True)
    hyperparameters: Mapped[dict] = mapped_column(JSON)
    prompts: Mapped[list] = mapped_column(JSON)  # prompt versions it was tuned with: NAME/VERSION
    eval_results: Mapped[dict] = mapped_column(JSON)
    license: Mapped[str | None] = mapped_column(String(200), nullable=True)
    context_length: Mapped[int | None] = mapped_column(Integer, nullable=True)
    price_prompt_1k: Mapped[float | None] = mapped_column(Float, nullable=True)
    price_completion_1k: Mapped[float | None] = mapped_column(Float, nullable=True)
    tags: Mapped[dict] = mapped_column(JSON)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)


class Label(Base):
    """Where a model alias or a prompt label points now (kind: model | prompt)."""

    __tablename__ = "registry_labels"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    label: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LabelMove(Base):
    """Every move of an alias or label, for history and rollback."""

    __tablename__ = "registry_label_moves"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), index=True)
    label: Mapped[str] = mapped_column(String(100))
    from_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    to_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class ServedName(Base):
    """A public model name the gateway serves from the registry: REF is NAME@ALIAS or NAME/VERSION."""

    __tablename__ = "registry_served"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    ref: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PromptTemplate(Base):
    __tablename__ = "registry_prompts"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PromptVersion(Base):
    """An immutable prompt template version: chat messages or text, its variables and parameters."""

    __tablename__ = "registry_prompt_versions"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # chat | text | partial
    template: Mapped[dict] = mapped_column(JSON)  # {"messages": [...]} or {"text": "..."}
    variables: Mapped[dict] = mapped_column(JSON)  # name -> {"required": bool, "default": ...}
    params: Mapped[dict] = mapped_column(JSON)  # model parameters stored with the template
    sha256: Mapped[str] = mapped_column(String(64))
    message: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))


class DatasetVersion(Base):
    """A JSONL dataset version, identified by the sha256 of its content."""

    __tablename__ = "registry_dataset_versions"
    __table_args__ = (UniqueConstraint("name", "version"), UniqueConstraint("name", "sha256"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text)
    rows: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(32))  # prompt_completion | chat | text | other
    fields: Mapped[list] = mapped_column(JSON)  # the keys of its rows
    stats: Mapped[dict] = mapped_column(JSON)
    parent: Mapped[str | None] = mapped_column(String(200), nullable=True)  # NAME/VERSION it was made from
    tags: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))


class Experiment(Base):
    """A live A/B/n test on one public model name: arms (prompt and/or model), metric, statistics."""

    __tablename__ = "registry_experiments"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    model: Mapped[str] = mapped_column(String(200), index=True)  # the public name it runs on
    status: Mapped[str] = mapped_column(String(16))  # running | stopped | promoted
    arms: Mapped[list] = mapped_column(JSON)  # [{name, weight, prompt?, model?, stopped?}]
    unit: Mapped[str] = mapped_column(String(16))  # user | session | key
    metric: Mapped[str] = mapped_column(String(64))
    guardrails: Mapped[list] = mapped_column(JSON)  # [{metric, ...}]
    alpha: Mapped[float] = mapped_column(Float)
    mde: Mapped[float | None] = mapped_column(Float, nullable=True)
    sequential: Mapped[dict] = mapped_column(JSON)  # arm -> running minimum of the always-valid p
    promote_to: Mapped[dict] = mapped_column(JSON)  # {model_alias: NAME@ALIAS, prompt_label: LABEL}
    online_eval: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # scorer name -> {kind, options}
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    stopped_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    winner: Mapped[str | None] = mapped_column(String(100), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class ExperimentOutcome(Base):
    """One request served in an experiment: its arm and what was measured (written off the hot path)."""

    __tablename__ = "registry_outcomes"

    trace_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    experiment: Mapped[str] = mapped_column(String(200), index=True)
    arm: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[int] = mapped_column(Integer)
    latency_ms: Mapped[float] = mapped_column(Float)
    prompt_tokens: Mapped[int] = mapped_column(Integer)
    completion_tokens: Mapped[int] = mapped_column(Integer)
    cost: Mapped[float | None] = mapped_column(Float, nullable=True)
    guard_flagged: Mapped[bool] = mapped_column(Boolean)


class OutcomeScore(Base):
    """One online eval score of one request in an experiment (keel.evaluation.online: 1 or 0)."""

    __tablename__ = "registry_outcome_scores"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trace_id: Mapped[str] = mapped_column(String(64), index=True)
    experiment: Mapped[str] = mapped_column(String(200), index=True)
    arm: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(64))
    score: Mapped[float] = mapped_column(Float)


class Feedback(Base):
    """Feedback on one answer, by its trace id: thumbs (score 1 or 0) or a score."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trace_id: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    principal: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # thumbs | score
    score: Mapped[float] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)


# ---------------------------------------------------------------------------------------- evaluation


class EvalRunRow(Base):
    """One eval run (keel.evaluation): its spec, status, and when done the summary (aggregates per
    target and metric, gate results) or the error."""

    __tablename__ = "eval_runs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # eval-<hex>
    name: Mapped[str] = mapped_column(String(200), index=True)
    spec: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))  # queued | running | completed | failed
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    summary: Mapped[dict] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


class EvalResult(Base):
    """One answer of an eval run: a target on a dataset row (one repeat), its scores by metric."""

    __tablename__ = "eval_results"
    __table_args__ = (UniqueConstraint("run_id", "target", "row_id", "repeat"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(64), index=True)
    target: Mapped[str] = mapped_column(String(200))
    row_id: Mapped[str] = mapped_column(String(200))
    repeat: Mapped[int] = mapped_column(Integer)
    prediction: Mapped[str | None] = mapped_column(Text, nullable=True)  # None: the call failed
    scores: Mapped[dict] = mapped_column(JSON)  # metric -> value
    errors: Mapped[dict] = mapped_column(JSON)  # metric (or "call") -> why there is no score
    latency_ms: Mapped[float | None] = mapped_column(Float, nullable=True)
    prompt_tokens: Mapped[int] = mapped_column(Integer)
    completion_tokens: Mapped[int] = mapped_column(Integer)


# ------------------------------------------------------------------------------- files and fine-tuning


class StoredFile(Base):
    """An uploaded file (OpenAI's Files API): training data, batch input; its bytes in the database
    so every gateway on it can read them."""

    __tablename__ = "files"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(32), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    tenant: Mapped[str] = mapped_column(String(200), index=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class FineTuningJob(Base):
    """A fine-tuning job (OpenAI's shape), run by a training worker in its own process."""

    __tablename__ = "fine_tuning_jobs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    model: Mapped[str] = mapped_column(String(200))
    fine_tuned_model: Mapped[str] = mapped_column(String(200))  # the name it is served under once it succeeds
    suffix: Mapped[str | None] = mapped_column(String(64), nullable=True)
    seed: Mapped[int] = mapped_column(Integer)
    training_file: Mapped[str] = mapped_column(String(64))
    validation_file: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hyperparameters: Mapped[dict] = mapped_column(JSON)
    config: Mapped[dict] = mapped_column(JSON)  # the whole TrainConfig the worker runs
    result_files: Mapped[list] = mapped_column(JSON)
    trained_tokens: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    estimated_finish: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    metadata_: Mapped[dict | None] = mapped_column("metadata", JSON, nullable=True)
    tenant: Mapped[str] = mapped_column(String(200), index=True)
    output_dir: Mapped[str] = mapped_column(Text)
    inputs: Mapped[dict] = mapped_column(JSON)  # path in output_dir -> the uploaded file written there
    worker: Mapped[str | None] = mapped_column(String(200), nullable=True)  # host:pid of the process running it
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    cancel_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    registered: Mapped[str | None] = mapped_column(String(300), nullable=True)  # the model version, NAME/VERSION


class FineTuningEvent(Base):
    __tablename__ = "fine_tuning_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    level: Mapped[str] = mapped_column(String(16))
    type: Mapped[str] = mapped_column(String(16))  # message | metrics
    message: Mapped[str] = mapped_column(Text)
    data: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class FineTuningCheckpoint(Base):
    __tablename__ = "fine_tuning_checkpoints"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    job_id: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    step: Mapped[int] = mapped_column(Integer)
    metrics: Mapped[dict] = mapped_column(JSON)
    path: Mapped[str] = mapped_column(Text)
