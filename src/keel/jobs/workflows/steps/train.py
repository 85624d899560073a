"""The `train` step: a fine-tuning job of OpenAI's API (keel.training.service), run to its end.

The step uploads the training (and validation) file, creates the job — so it is listed by
`GET /v1/fine_tuning/jobs` and `keel train jobs list` like any other — claims that very job and
runs it in a training worker process (keel.training.runner.JobRunner), as `keel serve` would. On
success the job has registered the adapter as a model version served under its
`fine_tuned_model` name. If a gateway's own job runner claimed the job first, the step waits for
it to finish there.
"""

from __future__ import annotations

import asyncio
from typing import Any

from pydantic import Field

from keel.jobs.workflows.steps.base import Params, StepContext, StepFailed, StepType


class TrainParams(Params):
    data: str = Field(description="the training rows (JSONL: prompt/completion or chat)")
    validation: str | None = Field(None, description="validation rows (JSONL)")
    model: str = Field("gemma-3-270m", description="the base: a configured llama_cpp model or a fine_tuned_model")
    suffix: str | None = Field(None, description="part of the fine-tuned model's name")
    seed: int = 42
    n_epochs: int | None = Field(None, ge=1, le=50)
    batch_size: int | None = Field(None, ge=1, le=256)
    learning_rate_multiplier: float | None = Field(None, gt=0)
    config: dict[str, Any] = Field(
        default_factory=dict,
        description="Keel's training options (the job's `config`): hyperparameters.max_steps, max_seq_len, lora…",
    )


def _body(p: TrainParams, training_file: str, validation_file: str | None) -> dict[str, Any]:
    hp = {
        k: v
        for k, v in (
            ("n_epochs", p.n_epochs),
            ("batch_size", p.batch_size),
            ("learning_rate_multiplier", p.learning_rate_multiplier),
        )
        if v is not None
    }
    body: dict[str, Any] = {"model": p.model, "training_file": training_file, "seed": p.seed, "hyperparameters": hp}
    if validation_file:
        body["validation_file"] = validation_file
    if p.suffix:
        body["suffix"] = p.suffix
    if p.config:
        body["config"] = p.config
    return body


async def train(p: TrainParams, ctx: StepContext) -> dict[str, Any]:
    from keel.errors import KeelError
    from keel.training.runner import JobRunner
    from keel.training.service import FineTuning

    res = ctx.need_resources()
    ft = FineTuning(res.engine, res.settings)
    try:
        uploaded = {}
        for key, value in (("training", p.data), ("validation", p.validation)):
            if value:
                path = ctx.path(value)
                if not path.is_file():
                    raise StepFailed(f"{key} data {path}: no such file")
                content = await asyncio.to_thread(path.read_bytes)
                row = await asyncio.to_thread(ft.files.create, content, path.name, "fine-tune", ctx.tenant)
                uploaded[key] = row["id"]
        body = _body(p, uploaded["training"], uploaded.get("validation"))
        job = await asyncio.to_thread(ft.create_job, body, ctx.tenant, True)
    except KeelError as exc:
        raise StepFailed(exc.message) from None
    job_id = job["id"]
    ctx.log.info(f"fine-tuning job {job_id} created")
    runner = JobRunner(res.engine, res.db_url, poll_s=1.0, stale_s=res.settings.training.stale_s)
    try:
        while True:
            row = await asyncio.to_thread(ft.jobs.row, job_id)
            if row["status"] in ("succeeded", "failed", "cancelled"):
                break
            if row["status"] == "queued":
                claimed = await asyncio.to_thread(ft.jobs.claim, runner.name, runner.stale_s, job_id)
                if claimed == job_id:
                    ctx.log.info(f"fine-tuning job {job_id}: training in a worker process")
                    code = await runner.run(job_id)
                    ctx.log.info(f"fine-tuning job {job_id}: the worker exited with {code}")
                    continue
            await asyncio.sleep(1.0)  # another runner has it: wait for it to finish
    except asyncio.CancelledError:  # the step timed out or the run stopped: so does the job
        if runner.current is not None and runner.current.returncode is None:
            runner.current.terminate()
        try:
            await asyncio.to_thread(ft.jobs.cancel, job_id)
        except Exception:
            pass
        raise
    if row["status"] != "succeeded":
        error = (row.get("error") or {}).get("message") or "no reason given"
        raise StepFailed(f"fine-tuning job {job_id} {row['status']}: {error}")
    return {
        "job_id": job_id,
        "fine_tuned_model": row["fine_tuned_model"],
        "version": row.get("registered"),
        "trained_tokens": row.get("trained_tokens"),
        "output_dir": row.get("output_dir"),
    }


TRAIN = StepType(
    "train",
    TrainParams,
    ("job_id", "fine_tuned_model", "version", "trained_tokens", "output_dir"),
    train,
    "a LoRA fine-tuning job (OpenAI's fine-tuning API), trained in a worker process, registered and served",
    code=(
        "keel.training.service",
        "keel.training.config",
        "keel.training.trainer",
        "keel.training.encode",
        "keel.training.loss",
        "keel.training.export",
        "keel.training.publish",
        "keel.training.worker",
    ),
    files=("output_dir",),
    local=True,
    output_help={
        "job_id": "the fine-tuning job (ftjob-…)",
        "fine_tuned_model": "the name the tuned model is served under",
        "version": "the registry version it was registered as (NAME/VERSION)",
        "trained_tokens": "tokens trained on",
        "output_dir": "the job's folder (adapter, checkpoints)",
    },
)

TYPES = (TRAIN,)
