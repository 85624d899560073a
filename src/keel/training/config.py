"""A fine-tuning run's configuration (`keel train run config.yaml`; a fine-tuning job holds one).

    base: gemma-3-270m                 # or a .gguf path, or a Hugging Face model folder
    strategy: task                     # task | domain | multitask | continual
    train: data/train.jsonl            # a JSONL path or a registered dataset (NAME@LABEL, NAME/VERSION)
    validation: data/val.jsonl
    lora: {r: 16, alpha: 32, dropout: 0.05, target_modules: [q_proj, k_proj, v_proj, o_proj]}
    hyperparameters: {epochs: 3, batch_size: 8, learning_rate: 2.0e-4, max_seq_len: 256}
    seed: 42
    register: {name: support-bot, alias: staging, serve: support-bot}

Strategies: `task` tunes on prompt/completion or chat rows; `domain` first continues
pre-training on raw text (`domain.data`: .txt/.md files or `{"text"}` rows), then tunes on the
task; `multitask` mixes `tasks` by weight, each row tagged with its task (loss reported per task);
`continual` starts from an existing adapter (`from_adapter`) and mixes in a `replay` share of the
old data, reporting forgetting on the old task's evaluation rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import ConfigDict, Field, model_validator

from keel.config import Strict

STRATEGIES = ("task", "domain", "multitask", "continual")


class LoraSettings(Strict):
    r: int = Field(16, ge=1, le=256, description="rank")
    alpha: float = Field(32, gt=0, description="scale = alpha / r")
    dropout: float = Field(0.05, ge=0, lt=1)
    target_modules: list[str] = Field(default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"])


class Hyperparameters(Strict):
    epochs: int = Field(3, ge=1, le=100)
    batch_size: int = Field(8, ge=1, le=512)
    learning_rate: float = Field(2e-4, gt=0, lt=1)
    max_seq_len: int = Field(256, ge=16, le=32768)
    warmup_ratio: float = Field(0.05, ge=0, lt=1)
    weight_decay: float = Field(0.0, ge=0)
    grad_accum: int = Field(1, ge=1, le=1024, description="batches per optimizer step")
    max_steps: int | None = Field(None, ge=1, description="stop each stage after this many optimizer steps")
    scheduler: Literal["linear", "cosine", "constant"] = "linear"
    max_grad_norm: float = Field(1.0, gt=0)
    logits_budget_mb: int = Field(
        2048,
        ge=64,
        description="a batch whose output-layer logits would take more memory has its loss computed in "
        "recomputed chunks (less memory, about a third slower)",
    )


class TaskData(Strict):
    name: str = Field(min_length=1)
    data: str
    weight: float = Field(1.0, gt=0)
    prefix: str | None = Field(None, description="text put before each prompt of this task (a task tag)")


class DomainStage(Strict):
    data: str = Field(description="raw text: a .txt/.md file, a folder of them, or a JSONL of {text}")
    epochs: int = Field(1, ge=1)
    learning_rate: float | None = Field(None, gt=0, lt=1)


class Replay(Strict):
    data: str = Field(description="the old task's training rows")
    share: float = Field(0.2, ge=0, lt=1, description="fraction of each epoch drawn from the old data")
    eval: str | None = Field(None, description="the old task's evaluation rows (default: the replay data)")


class Register(Strict):
    name: str = Field(min_length=1, description="registry model name")
    alias: str | None = Field(None, description="label to point at the new version, e.g. staging")
    serve: str | None = Field(None, description="public model name to serve it under")


class TrainConfig(Strict):
    # `register` is a field (BaseModel has a register attribute): named register_, read and
    # written as `register`
    model_config = ConfigDict(extra="forbid", serialize_by_alias=True, validate_by_name=True, validate_by_alias=True)

    base: str = "gemma-3-270m"
    strategy: Literal["task", "domain", "multitask", "continual"] = "task"
    chat_template: str | None = Field(
        None, description="as the llama_cpp provider's: 'transcript', 'gemma' or Jinja; default the model's own"
    )
    train: str | None = None
    validation: str | None = None
    tasks: list[TaskData] = Field(default_factory=list)
    domain: DomainStage | None = None
    from_adapter: str | None = Field(None, description="an adapter folder (a previous run's output) to go on from")
    replay: Replay | None = None
    lora: LoraSettings = Field(default_factory=LoraSettings)
    hyperparameters: Hyperparameters = Field(default_factory=Hyperparameters)
    seed: int = 42
    output_dir: str | None = None
    checkpoint_steps: int = Field(50, ge=1, description="save a resumable checkpoint every N steps")
    log_steps: int = Field(1, ge=1)
    eval_steps: int | None = Field(None, ge=1, description="validation loss every N steps (default: each epoch)")
    export_gguf: bool = Field(True, description="write the adapter as a GGUF llama.cpp serves")
    register_: Register | None = Field(
        None, alias="register", serialization_alias="register", description="register (and serve) the result"
    )

    @model_validator(mode="after")
    def _needs(self) -> TrainConfig:
        s = self.strategy
        if s in ("task", "domain", "continual") and not self.train:
            raise ValueError(f"strategy {s!r} needs 'train' (the task's rows)")
        if s == "domain" and self.domain is None:
            raise ValueError("strategy 'domain' needs 'domain: {data: <raw text>}'")
        if s == "multitask" and len(self.tasks) < 2:
            raise ValueError("strategy 'multitask' needs at least two 'tasks' ({name, data, weight})")
        if s == "continual" and not self.from_adapter:
            raise ValueError("strategy 'continual' needs 'from_adapter' (the adapter to go on from)")
        if self.replay is not None and s != "continual":
            raise ValueError("'replay' belongs to strategy 'continual'")
        return self


def load_config(path: str | Path) -> TrainConfig:
    """A TrainConfig from YAML (ConfigError with file:line for every problem); relative paths are
    taken relative to the file."""
    from keel.config.loader import load_yaml_model

    return relative_to(load_yaml_model(path, TrainConfig), Path(path).parent)


def relative_to(cfg: TrainConfig, root: Path) -> TrainConfig:
    def fix(value: str | None) -> str | None:
        if value is None:
            return None
        q = Path(value).expanduser()
        if q.is_absolute() or not (root / q).exists():
            return value  # absolute, or a registry reference
        return str((root / q).resolve())

    data = cfg.model_dump(by_alias=True)
    for key in ("train", "validation", "from_adapter", "output_dir", "base"):
        data[key] = fix(data[key])
    for t in data["tasks"]:
        t["data"] = fix(t["data"])
    if data["domain"]:
        data["domain"]["data"] = fix(data["domain"]["data"])
    if data["replay"]:
        data["replay"]["data"] = fix(data["replay"]["data"])
        data["replay"]["eval"] = fix(data["replay"]["eval"])
    if cfg.output_dir and not Path(cfg.output_dir).is_absolute():
        data["output_dir"] = str((root / cfg.output_dir).resolve())
    return TrainConfig.model_validate(data)
