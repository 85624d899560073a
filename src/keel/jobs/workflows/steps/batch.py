"""The `batch` step: a JSONL file of requests through the gateway's pipeline (keel.jobs.batch), its
answers written to the step's folder."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from keel.jobs.workflows.steps.base import Params, StepContext, StepFailed, StepType


class BatchParams(Params):
    input: str = Field(description="the requests: OpenAI batch lines ({custom_id, method, url, body}) or rows")
    model: str = Field(description="the model that answers")
    output: str | None = Field(None, description="where the answers go (default: the step's folder/output.jsonl)")
    concurrency: int = Field(8, ge=1, le=1024)
    prompt: str | None = Field(None, description="a registry prompt template: NAME, NAME/VERSION or NAME@LABEL")


async def batch(p: BatchParams, ctx: StepContext) -> dict[str, Any]:
    from keel.errors import KeelError
    from keel.jobs.batch_input import InvalidBatch
    from keel.jobs.batch_local import run_batch_file

    source = ctx.path(p.input)
    if not source.is_file():
        raise StepFailed(f"input {source}: no such file")
    output = ctx.path(p.output) if p.output else ctx.dir / "output.jsonl"
    services = await ctx.need_resources().services()
    await services.registry_changed()  # a model the workflow just served is in the catalogue
    try:
        counts = await run_batch_file(services, str(source), str(output), p.model, p.concurrency, p.prompt)
    except KeelError as exc:
        raise StepFailed(exc.message) from None
    except InvalidBatch as exc:
        raise StepFailed(f"input {source}: {exc}") from None
    if counts["status"] != "succeeded":
        raise StepFailed(f"batch {counts['job']} {counts['status']}: {(counts.get('error') or {}).get('message', '')}")
    counts = {k: counts[k] for k in ("job", "total", "completed", "failed")}
    ctx.log.info(f"batch of {source.name} on {p.model}: {counts}")
    return {
        "path": str(output),
        "total": counts.get("total"),
        "completed": counts.get("completed"),
        "failed": counts.get("failed"),
        "counts": counts,
    }


BATCH = StepType(
    "batch",
    BatchParams,
    ("path", "total", "completed", "failed", "counts"),
    batch,
    "batch inference over a JSONL file through the gateway's pipeline (guard, cache, routing, limits)",
    code=("keel.jobs.batch", "keel.jobs.batch_lines", "keel.jobs.batch_local"),
    files=("path",),
    local=True,
    output_help={
        "path": "the answers (JSONL)",
        "total": "requests read",
        "completed": "answered",
        "failed": "failed",
        "counts": "every count the batch reported",
    },
)

TYPES = (BATCH,)
