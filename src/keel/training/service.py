"""OpenAI's fine-tuning API over Keel's trainer: a job request becomes a TrainConfig, run later
by a training worker (keel.training.worker), never in the request path.

`model` names the base: the embedded default (gemma-3-270m), a configured llama_cpp model (its
GGUF), or the `fine_tuned_model` of a succeeded job (training goes on from its adapter: the
continual strategy). Keel's own options travel in an extra `config` object (the openai SDK's
`extra_body`): any TrainConfig field — strategy, lora, max_steps, max_seq_len, replay, domain…
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine

from keel.config import Settings
from keel.errors import InvalidRequest, NotFound
from keel.training.config import TrainConfig
from keel.training.jobs import Files, Jobs, new_id
from keel.training.model import DEFAULT_BASES

SUFFIX = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
JOB_FIELDS = (
    "model",
    "training_file",
    "validation_file",
    "hyperparameters",
    "method",
    "suffix",
    "seed",
    "metadata",
    "integrations",
    "config",
)


class FineTuning:
    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.settings = settings
        self.files = Files(engine)
        self.jobs = Jobs(engine)

    # ------------------------------------------------------------------ the base model

    def base_of(self, model: str) -> dict[str, Any]:
        """TrainConfig fields for a base named MODEL (a GGUF path, maybe an adapter to go on from)."""
        if model in DEFAULT_BASES:
            return {"base": model}
        if model.startswith("ft:"):
            for job in self.jobs.list(limit=1000)["data"]:
                if job["fine_tuned_model"] == model:
                    row = self.jobs.row(job["id"])
                    return {
                        "base": row["config"]["base"],
                        "from_adapter": str(Path(row["output_dir"]) / "adapter"),
                        "strategy": "continual",
                    }
            raise NotFound(
                f"The model {model!r} is not a fine-tuned model of this server", param="model", code="model_not_found"
            )
        for m in self.settings.models:
            if m.name != model:
                continue
            for d in m.deployment_list():
                if d.provider == "llama_cpp":
                    from keel.providers.model_files import resolve_gguf

                    params = d.params or {}
                    return {"base": str(resolve_gguf(params.get("path"), params.get("package")))}
            raise InvalidRequest(
                f"The model {model!r} is not a local llama_cpp model: it cannot be fine-tuned here", param="model"
            )
        raise NotFound(
            f"The model {model!r} does not exist or cannot be fine-tuned; bases: {', '.join(DEFAULT_BASES[:1])}, "
            "a configured llama_cpp model, or a fine_tuned_model",
            param="model",
            code="model_not_found",
        )

    # ------------------------------------------------------------------ jobs

    def create_job(self, body: dict[str, Any], tenant: str = "default") -> dict[str, Any]:
        unknown = sorted(set(body) - set(JOB_FIELDS))
        if unknown:
            raise InvalidRequest(
                f"Unrecognized request argument(s): {', '.join(unknown)}", param=unknown[0], code="unknown_parameter"
            )
        for key in ("model", "training_file"):
            if not isinstance(body.get(key), str) or not body[key]:
                raise InvalidRequest(f"Missing required parameter: '{key}'", param=key)
        if body.get("integrations"):
            raise InvalidRequest("integrations are not supported", param="integrations")
        suffix = body.get("suffix")
        if suffix is not None and (not isinstance(suffix, str) or not SUFFIX.match(suffix)):
            raise InvalidRequest("suffix: up to 64 characters of a-z, 0-9, - and _", param="suffix")
        seed = body.get("seed")
        if seed is None:
            seed = 42
        if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed <= 2_147_483_647:
            raise InvalidRequest("seed must be an integer between 0 and 2147483647", param="seed")
        files = {}
        for key in ("training_file", "validation_file"):
            fid = body.get(key)
            if fid is None:
                continue
            try:
                f = self.files.get(fid)
            except NotFound:
                raise NotFound(f"{key}: no such file {fid!r}", param=key, code="not_found") from None
            if f["purpose"] != "fine-tune":
                raise InvalidRequest(f"{key}: file {fid} has purpose {f['purpose']!r}, not 'fine-tune'", param=key)
            files[key] = fid
        hp = self._hyperparameters(body)
        job_id = new_id("ftjob")
        model = body["model"]
        short = model.split(":")[1] if model.startswith("ft:") else model
        fine_tuned = f"ft:{short}:{tenant}:{suffix or ''}:{job_id[6:14]}"
        out = Path(self.settings.training.dir).expanduser() / job_id
        extra = body.get("config") or {}
        if not isinstance(extra, dict):
            raise InvalidRequest("config must be an object of training options", param="config")
        for key in ("train", "validation", "output_dir", "base", "register", "seed"):
            if key in extra:
                raise InvalidRequest(f"config.{key} is set by the job itself", param=f"config.{key}")
        data: dict[str, Any] = {
            **self.base_of(model),
            **extra,
            "train": str(out / "training.jsonl"),
            "validation": str(out / "validation.jsonl") if "validation_file" in files else None,
            "seed": seed,
            "output_dir": str(out),
            "register": {"name": fine_tuned, "serve": fine_tuned},
        }
        hyper = dict(extra.get("hyperparameters") or {})
        hyper.setdefault("epochs", hp["n_epochs"])
        hyper.setdefault("batch_size", hp["batch_size"])
        hyper.setdefault("learning_rate", self.settings.training.base_learning_rate * hp["learning_rate_multiplier"])
        data["hyperparameters"] = hyper
        try:
            cfg = TrainConfig.model_validate(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(map(str, err["loc"]))
            raise InvalidRequest(f"config.{where}: {err['msg']}" if where else err["msg"], param="config") from None
        meta = body.get("metadata")
        if meta is not None and (not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values())):
            raise InvalidRequest("metadata must be an object of strings", param="metadata")
        return self.jobs.create(
            {
                "id": job_id,
                "model": model,
                "fine_tuned_model": fine_tuned,
                "suffix": suffix,
                "seed": seed,
                "training_file": body["training_file"],
                "validation_file": files.get("validation_file"),
                "hyperparameters": hp,
                "config": cfg.model_dump(mode="json", by_alias=True),
                "metadata": meta,
                "tenant": tenant,
                "output_dir": str(out),
            }
        )

    def _hyperparameters(self, body: dict[str, Any]) -> dict[str, Any]:
        hp = dict(body.get("hyperparameters") or {})
        method = body.get("method")
        if method is not None:
            if not isinstance(method, dict) or method.get("type", "supervised") != "supervised":
                raise InvalidRequest("method.type: only 'supervised' fine-tuning is supported", param="method")
            hp = {**hp, **((method.get("supervised") or {}).get("hyperparameters") or {})}
        unknown = sorted(set(hp) - {"n_epochs", "batch_size", "learning_rate_multiplier"})
        if unknown:
            raise InvalidRequest(f"hyperparameters: unknown {', '.join(unknown)}", param="hyperparameters")
        t = self.settings.training
        out = {
            "n_epochs": _auto(hp.get("n_epochs"), t.default_epochs, int, 1, 50, "n_epochs"),
            "batch_size": _auto(hp.get("batch_size"), t.default_batch_size, int, 1, 256, "batch_size"),
            "learning_rate_multiplier": _auto(
                hp.get("learning_rate_multiplier"), 1.0, float, 1e-3, 100, "learning_rate_multiplier"
            ),
        }
        return out


def _auto(value: Any, default: Any, kind: type, low: float, high: float, name: str) -> Any:
    if value is None or value == "auto":
        return default
    ok = (
        isinstance(value, (int, float)) and not isinstance(value, bool) and (kind is float or float(value).is_integer())
    )
    if not ok or not low <= value <= high:
        raise InvalidRequest(
            f"hyperparameters.{name}: 'auto' or a number in [{low:g}, {high:g}]", param=f"hyperparameters.{name}"
        )
    return kind(value)
