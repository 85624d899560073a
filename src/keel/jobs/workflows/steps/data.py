"""Dataset steps over keel.training.data and keel.training.augment: validate, split, augment."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from keel.jobs.workflows.steps.base import Params, StepContext, StepFailed, StepType

# ------------------------------------------------------------------------------ data.validate


class ValidateParams(Params):
    path: str = Field(description="a JSONL dataset (prompt/completion or chat rows)")
    fail: bool = Field(True, description="fail the step when the data has problems (false: report them in outputs)")


def validate(p: ValidateParams, ctx: StepContext) -> dict[str, Any]:
    from keel.training.data import validate as check

    path = ctx.path(p.path)
    report = check(path)
    ctx.log.info(f"{path}: {report.rows} rows, {len(report.problems)} problem(s)")
    if not report.ok and p.fail:
        shown = "; ".join(f"{path}:{q.line}: {q.message}" for q in report.problems[:20])
        more = f" (and {len(report.problems) - 20} more)" if len(report.problems) > 20 else ""
        raise StepFailed(f"the data has {len(report.problems)} problem(s): {shown}{more}")
    return {
        "path": str(path.resolve()),
        "rows": report.rows,
        "ok": report.ok,
        "format": report.format,
        "problems": [{"line": q.line, "message": q.message} for q in report.problems],
    }


VALIDATE = StepType(
    "data.validate",
    ValidateParams,
    ("path", "rows", "ok", "format", "problems"),
    validate,
    "check a JSONL dataset line by line; fails listing every problem with its line",
    code=("keel.training.data",),
    files=("path",),
    output_help={
        "path": "the dataset's absolute path",
        "rows": "rows read",
        "ok": "no problems",
        "format": "prompt_completion or chat",
        "problems": "[{line, message}]",
    },
)


# ------------------------------------------------------------------------------ data.split


class SplitParams(Params):
    path: str = Field(description="a JSONL dataset")
    validation: float = Field(0.1, gt=0, lt=1, description="the share of rows held out for validation")
    test: float = Field(0.0, ge=0, lt=1, description="the share of rows held out for testing (0: no test file)")
    seed: int = 0
    stratify: str | None = Field(None, description="a field whose every value is split alike")

    @model_validator(mode="after")
    def _shares(self) -> SplitParams:
        if self.validation + self.test >= 1:
            raise ValueError("validation + test must be below 1: nothing would be left to train on")
        return self


def split(p: SplitParams, ctx: StepContext) -> dict[str, Any]:
    from keel.training.data import DataError, load, write_jsonl
    from keel.training.data import split as seeded_split

    try:
        _, rows = load(ctx.path(p.path))
    except DataError as exc:
        raise StepFailed(f"{p.path}: {exc}") from None
    try:
        test: list[dict[str, Any]] = []
        rest = rows
        if p.test > 0:
            rest, test = seeded_split(rows, p.test, p.seed, p.stratify)
        train, valid = seeded_split(rest, min(0.99, p.validation / (1 - p.test)), p.seed, p.stratify)
    except ValueError as exc:
        raise StepFailed(str(exc)) from None
    out: dict[str, Any] = {
        "train": str(ctx.dir / "train.jsonl"),
        "validation": str(ctx.dir / "validation.jsonl"),
        "test": str(ctx.dir / "test.jsonl") if p.test > 0 else None,
    }
    write_jsonl(out["train"], train)
    write_jsonl(out["validation"], valid)
    if out["test"]:
        write_jsonl(out["test"], test)
    out["counts"] = {"train": len(train), "validation": len(valid), "test": len(test)}
    ctx.log.info(f"split {len(rows)} rows: {out['counts']}")
    return out


SPLIT = StepType(
    "data.split",
    SplitParams,
    ("train", "validation", "test", "counts"),
    split,
    "a seeded train / validation (/ test) split, optionally stratified",
    code=("keel.training.data",),
    files=("train", "validation", "test"),
    output_help={
        "train": "path of the training rows",
        "validation": "path of the validation rows",
        "test": "path of the test rows (null when test is 0)",
        "counts": "{train, validation, test}",
    },
)


# ------------------------------------------------------------------------------ data.augment


class AugmentParams(Params):
    path: str | None = Field(None, description="the rows to augment (noise, paraphrase)")
    kind: Literal["noise", "synthesize", "paraphrase"] = "noise"
    copies: int = Field(1, ge=1, le=100, description="new rows per row (noise, paraphrase)")
    rate: float = Field(0.1, gt=0, le=1, description="noise: the chance per word of a change")
    kinds: list[Literal["typo", "case", "drop"]] = Field(default_factory=lambda: ["typo", "case", "drop"])
    template: dict[str, Any] | None = Field(None, description="synthesize: {prompt, completion, variables, samples}")
    model: str | None = Field(None, description="paraphrase: the model that rewrites, through the gateway")
    seed: int = 0
    keep_original: bool = Field(True, description="write the input rows too, before the new ones")

    @model_validator(mode="after")
    def _needs(self) -> AugmentParams:
        if self.kind in ("noise", "paraphrase") and not self.path:
            raise ValueError(f"kind {self.kind} needs path (the rows to augment)")
        if self.kind == "synthesize" and not self.template:
            raise ValueError("kind synthesize needs template: {prompt, completion, variables}")
        if self.kind == "paraphrase" and not self.model:
            raise ValueError("kind paraphrase needs model (it rewrites the inputs)")
        return self


async def augment(p: AugmentParams, ctx: StepContext) -> dict[str, Any]:
    import asyncio

    from keel.training import augment as aug
    from keel.training.data import DataError, load, write_jsonl

    rows: list[dict[str, Any]] = []
    if p.path:
        try:
            _, rows = await asyncio.to_thread(load, ctx.path(p.path))
        except DataError as exc:
            raise StepFailed(f"{p.path}: {exc}") from None
    try:
        if p.kind == "noise":
            new = await asyncio.to_thread(aug.noise, rows, p.copies, p.rate, p.seed, tuple(p.kinds))
        elif p.kind == "synthesize":
            assert p.template is not None
            new = await asyncio.to_thread(aug.synthesize, p.template, p.seed)
        else:
            from keel.client import AsyncClient

            services = await ctx.need_resources().services()
            new = await AsyncClient(services=services).data.paraphrase(rows, p.model, p.copies)
    except ValueError as exc:
        raise StepFailed(str(exc)) from None
    out = ctx.dir / "augmented.jsonl"
    total = await asyncio.to_thread(write_jsonl, out, (rows if p.keep_original else []) + new)
    ctx.log.info(f"{p.kind}: {len(new)} new rows, {total} written")
    return {"path": str(out), "rows": total, "added": len(new)}


AUGMENT = StepType(
    "data.augment",
    AugmentParams,
    ("path", "rows", "added"),
    augment,
    "new rows tagged with their origin: noise (typos, casing, dropped words), synthesize (templates), "
    "paraphrase (a model)",
    code=("keel.training.augment",),
    files=("path",),
    output_help={"path": "the augmented JSONL", "rows": "rows written", "added": "new rows"},
)

TYPES = (VALIDATE, SPLIT, AUGMENT)
