"""OpenAI's fine-tuning API over Keel's trainer: a job request becomes a TrainConfig, run later
by a training worker (keel.training.worker), never in the request path.

`model` names the base: the embedded default (gemma-3-270m), a configured llama_cpp model (its
GGUF), or the `fine_tuned_model` of a succeeded job (training goes on from its adapter: the
continual strategy). Keel's own options travel in an extra `config` object (the openai SDK's
`extra_body`): any TrainConfig field — strategy, lora, max_steps, max_seq_len, replay, domain…
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine

from keel.config import Settings
from keel.errors import InvalidRequest, NotFound
from keel.training.config import TrainConfig
from keel.training.files import Files, new_id
from keel.training.jobs import Jobs
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

    def base_of(self, model: str, tenant: str = "default", admin: bool = True) -> dict[str, Any]:
        """TrainConfig fields for a base named MODEL (a GGUF path, maybe an adapter to go on from):
        a fine-tuned model must be the caller's tenant's (any tenant's for an admin)."""
        if model in DEFAULT_BASES:
            return {"base": model}
        if model.startswith("ft:"):
            row = self.jobs.succeeded(model, None if admin else tenant)
            if row is not None:
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

    def _file(self, fid: Any, where: str, tenant: str, admin: bool, purpose: str | None = "fine-tune") -> str:
        """FID, checked: an uploaded file of the caller's tenant (any tenant's for an admin)."""
        if not isinstance(fid, str) or not fid.startswith("file-"):
            raise InvalidRequest(f"{where}: give the id of an uploaded file (file-…)", param=where)
        try:
            row = self.files._row(fid)
        except NotFound:
            row = None
        if row is None or (row["tenant"] != tenant and not admin):
            raise NotFound(f"{where}: no such file {fid!r}", param=where, code="not_found")
        if purpose and row["purpose"] != purpose:
            raise InvalidRequest(f"{where}: file {fid} has purpose {row['purpose']!r}, not {purpose!r}", param=where)
        return fid

    def _inputs(self, extra: dict[str, Any], out: Path, tenant: str, admin: bool) -> dict[str, str]:
        """The data that CONFIG names (domain text, multi-task sets, replay data): uploaded file ids,
        replaced in EXTRA by the paths the worker writes them to; {path: file id}. A server path or
        a registry dataset is an admin's choice only (a caller must not read the server's files)."""
        inputs: dict[str, str] = {}

        def take(holder: dict[str, Any], key: str, where: str) -> None:
            value = holder.get(key)
            if value is None:
                return
            if isinstance(value, str) and value.startswith("file-"):
                fid = self._file(value, where, tenant, admin, purpose=None)
                path = str(out / f"{where.replace('.', '-').replace('[', '-').replace(']', '')}.{fid}.jsonl")
                inputs[path] = fid
                holder[key] = path
            elif not admin:
                raise InvalidRequest(f"{where}: give the id of an uploaded file (file-…)", param=where)

        if isinstance(extra.get("domain"), dict):
            take(extra["domain"], "data", "config.domain.data")
        for i, t in enumerate(extra.get("tasks") or []):
            if isinstance(t, dict):
                take(t, "data", f"config.tasks[{i}].data")
        if isinstance(extra.get("replay"), dict):
            take(extra["replay"], "data", "config.replay.data")
            take(extra["replay"], "eval", "config.replay.eval")
        if "from_adapter" in extra and not admin:
            raise InvalidRequest(
                "config.from_adapter: to go on from a fine-tuned model, give it as `model`", param="config.from_adapter"
            )
        return inputs

    def create_job(self, body: dict[str, Any], tenant: str = "default", admin: bool = True) -> dict[str, Any]:
        """A queued job for BODY (OpenAI's fields, and Keel's `config`) of TENANT; ADMIN (an
        operator: the in-process client) may also name server paths and any tenant's files."""
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
        files = {
            key: self._file(body[key], key, tenant, admin)
            for key in ("training_file", "validation_file")
            if body.get(key) is not None
        }
        hp = self._hyperparameters(body)
        job_id = new_id("ftjob")
        model = body["model"]
        short = model.split(":")[1] if model.startswith("ft:") else model
        fine_tuned = f"ft:{short}:{tenant}:{suffix or ''}:{job_id[6:14]}"
        if len(fine_tuned) > 200:
            raise InvalidRequest(
                "the fine-tuned model's name would pass 200 characters: use a shorter suffix", param="suffix"
            )
        out = Path(self.settings.training.dir).expanduser() / job_id
        extra = body.get("config") or {}
        if not isinstance(extra, dict):
            raise InvalidRequest("config must be an object of training options", param="config")
        for key in ("train", "validation", "output_dir", "base", "register", "seed"):
            if key in extra:
                raise InvalidRequest(f"config.{key} is set by the job itself", param=f"config.{key}")
        extra = copy.deepcopy(extra)
        inputs = self._inputs(extra, out, tenant, admin)
        inputs[str(out / "training.jsonl")] = files["training_file"]
        if "validation_file" in files:
            inputs[str(out / "validation.jsonl")] = files["validation_file"]
        data: dict[str, Any] = {
            **self.base_of(model, tenant, admin),
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
                "inputs": inputs,
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
