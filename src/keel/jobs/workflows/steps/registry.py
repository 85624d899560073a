"""Registry steps: `register` a model version (with its lineage), `promote` (move a label such as
`staging` or `production` to a version). Both change state outside the run, so they do not use the
step cache unless a step says `cache: true`."""

from __future__ import annotations

import asyncio
from typing import Any

from pydantic import ConfigDict, Field, model_validator

from keel.jobs.workflows.steps.base import Params, StepContext, StepFailed, StepType


async def _refresh(ctx: StepContext) -> None:
    """A gateway in this process (if one is up) serves the change now rather than at its next poll."""
    services = ctx.resources.services_started if ctx.resources is not None else None
    if services is not None:
        await services.registry_changed()


# ---------------------------------------------------------------------------------- register


class RegisterParams(Params):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    name: str = Field(description="the registry model name")
    from_: str | None = Field(
        None, alias="from", description="a version to copy (its source and lineage), e.g. the train step's version"
    )
    source: dict[str, Any] | None = Field(None, description="{provider, params} when not copying a version")
    alias: str | None = Field(None, description="a label to point at the new version (e.g. candidate)")
    serve: str | None = Field(None, description="a public model name to serve it under")
    description: str | None = None
    eval_results: dict[str, Any] | None = Field(None, description="e.g. ${{ steps.eval.outputs.metrics }}")
    tags: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_source(self) -> RegisterParams:
        if (self.from_ is None) == (self.source is None):
            raise ValueError("give from (a version to copy) or source ({provider, params}), one of them")
        return self


def _register(p: RegisterParams, ctx: StepContext) -> dict[str, Any]:
    from keel.registry import Registry

    models = Registry(ctx.need_resources().engine).models
    lineage: dict[str, Any] = {}
    source = p.source
    if p.from_ is not None:
        src = models.get(p.from_)
        source = {k: v for k, v in src["source"].items() if k != "artifacts"}
        lineage = {
            "base_model": src.get("base_model"),
            "dataset": src.get("dataset"),
            "training_run": src.get("training_run"),
            "hyperparameters": src.get("hyperparameters"),
            "prompts": src.get("prompts") or None,
        }
        results = dict(src.get("eval_results") or {})
    else:
        results = {}
    results.update(p.eval_results or {})
    assert source is not None
    version = models.register(
        p.name,
        source,
        **lineage,
        eval_results=results,
        tags={**p.tags, "workflow_run": ctx.run_id, **({"from": p.from_} if p.from_ else {})},
        description=p.description,
        alias=p.alias,
        actor=f"workflow:{ctx.run_id}",
    )
    if p.serve:
        models.serve(p.serve, f"{p.name}@{p.alias}" if p.alias else version["ref"])
    ctx.log.info(f"registered {version['ref']}" + (f" as {p.serve}" if p.serve else ""))
    return {"name": p.name, "version": version["version"], "ref": version["ref"]}


async def register(p: RegisterParams, ctx: StepContext) -> dict[str, Any]:
    from keel.errors import KeelError

    try:
        out = await asyncio.to_thread(_register, p, ctx)
    except KeelError as exc:
        raise StepFailed(exc.message) from None
    await _refresh(ctx)
    return out


REGISTER = StepType(
    "register",
    RegisterParams,
    ("name", "version", "ref"),
    register,
    "a new model version in the registry: copied from another version (with its lineage) or from a source",
    code=("keel.registry.models",),
    cache=False,
    local=True,
    output_help={"name": "the model", "version": "the new version's number", "ref": "NAME/VERSION"},
)


# ---------------------------------------------------------------------------------- promote


class PromoteParams(Params):
    ref: str = Field(description="the version: NAME/VERSION (or NAME@LABEL, NAME for the newest)")
    label: str = Field("staging", description="the label (alias) to move, e.g. staging or production")
    reason: str | None = None


async def promote(p: PromoteParams, ctx: StepContext) -> dict[str, Any]:
    from keel.errors import KeelError
    from keel.registry import Registry

    models = Registry(ctx.need_resources().engine).models
    try:
        moved = await asyncio.to_thread(
            lambda: models.promote(p.ref, p.label, actor=f"workflow:{ctx.run_id}", reason=p.reason)
        )
    except KeelError as exc:
        raise StepFailed(exc.message) from None
    await _refresh(ctx)
    ctx.log.info(f"{moved['model']}@{p.label}: {moved['from_version']} → {moved['to_version']}")
    return {
        "model": moved["model"],
        "label": p.label,
        "from_version": moved["from_version"],
        "to_version": moved["to_version"],
    }


PROMOTE = StepType(
    "promote",
    PromoteParams,
    ("model", "label", "from_version", "to_version"),
    promote,
    "move a registry label (staging, production…) to a model version",
    code=("keel.registry.models", "keel.registry.refs"),
    cache=False,
    local=True,
    output_help={
        "model": "the model",
        "label": "the label moved",
        "from_version": "where it pointed before (null: nowhere)",
        "to_version": "where it points now",
    },
)

TYPES = (REGISTER, PROMOTE)
