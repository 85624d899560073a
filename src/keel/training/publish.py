"""A trained adapter into the registry: a model version with its lineage, served by llama.cpp."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from keel.training.config import TrainConfig


def dataset_resolver(engine: Engine) -> Any:
    """Training data named by a registry reference (NAME@LABEL, NAME/VERSION): its file."""

    def resolve(ref: str) -> str:
        from keel.registry import Registry

        return str(Registry(engine).datasets.get(ref)["path"])

    return resolve


def register(engine: Engine, cfg: TrainConfig, result: Any, training_run: str, dataset_name: str | None = None) -> str:
    """The trained adapter as a registry model version served through llama.cpp; its NAME/VERSION.

    Lineage: the base model, the training data (a registered dataset as given, or the training
    file registered now as DATASET_NAME, default `<model name>-train`), TRAINING_RUN (a job id or
    the run's folder), the hyper-parameters and the final metrics."""
    from keel.registry import Registry

    reg_cfg = cfg.register_
    if reg_cfg is None:
        raise ValueError("the configuration has no 'register' section")
    if result.gguf is None or result.base.gguf is None:
        raise ValueError("only an adapter of a GGUF base can be served through llama.cpp (export_gguf: true)")
    reg = Registry(engine)
    dataset = None
    if cfg.train and Path(cfg.train).is_file():
        version = reg.datasets.register(
            dataset_name or f"{reg_cfg.name}-train", cfg.train, tags={"training_run": training_run}, actor="training"
        )
        dataset = version["ref"]
    elif cfg.train:
        dataset = cfg.train  # a registry reference: pinned by register()
    params: dict[str, Any] = {"path": str(result.base.gguf), "lora_path": str(result.gguf)}
    if cfg.chat_template:
        params["chat_template"] = cfg.chat_template
    version = reg.models.register(
        reg_cfg.name,
        {"provider": "llama_cpp", "params": params},
        base_model=result.base.name,
        dataset=dataset,
        training_run=training_run,
        hyperparameters={
            "strategy": cfg.strategy,
            "lora": cfg.lora.model_dump(),
            **cfg.hyperparameters.model_dump(),
            "seed": cfg.seed,
            **({"from_adapter": cfg.from_adapter} if cfg.from_adapter else {}),
        },
        eval_results=result.metrics,
        tags={"training_run": training_run},
        description=f"LoRA r{cfg.lora.r} on {result.base.name} ({cfg.strategy})",
        alias=reg_cfg.alias,
        actor="training",
    )
    ref = version["ref"]
    if reg_cfg.serve:
        reg.models.serve(reg_cfg.serve, f"{reg_cfg.name}@{reg_cfg.alias}" if reg_cfg.alias else ref)
    return ref
