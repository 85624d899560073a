"""eval.yaml: what an eval run is — a dataset × targets (models, prompt versions) matrix, the
metrics, repeats, generation parameters, the judge, and the gates that decide pass or fail.

    name: support-regression
    dataset: examples/eval/support.jsonl       # a JSONL file (relative to this file), or a registry
                                               # dataset: support, support/2, support@prod
    targets:
      - {name: base, model: gemma-3-270m}
      - {name: tuned, model: gemma-3-270m, prompt: support@production}
    metrics: [keyword_hit, {name: rouge_l}, latency_ms]
    repeats: 1
    params: {temperature: 0, max_tokens: 128, seed: 7}
    concurrency: 4
    gates:
      - {metric: keyword_hit, target: tuned, min: 0.6}
      - {metric: keyword_hit, target: tuned, no_worse_than: base, by: 0.02}
      - {metric: latency_ms, max: 2000}

`load_spec` reports every problem with its file:line:column (keel.config.loader.parse_yaml_model);
`EvalSpec.from_body` the same for a JSON body, as one 400.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from keel.config.loader import _dotted, load_yaml_model, parse_yaml_model
from keel.errors import InvalidRequest
from keel.evaluation.metrics import get_metric


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Params(_Strict):
    """Generation parameters of every call (a target's own `params` override them). With repeats,
    repeat k uses seed + k, so repeats vary when the model samples."""

    temperature: float | None = Field(0.0, ge=0.0, le=2.0)
    max_tokens: int | None = Field(256, ge=1)
    seed: int | None = None
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    stop: list[str] | None = None

    def merged(self, other: Params | None) -> Params:
        if other is None:
            return self
        return self.model_copy(update=other.model_dump(exclude_unset=True))

    def request(self, repeat: int = 0) -> dict[str, Any]:
        out = self.model_dump(exclude_none=True)
        if self.seed is not None:
            out["seed"] = self.seed + repeat
        return out


class Target(_Strict):
    """One column of the matrix: a model, optionally with a registry prompt template."""

    model: str = Field(min_length=1)
    prompt: str | None = Field(None, description="a registry prompt: NAME, NAME/VERSION or NAME@LABEL")
    name: str | None = Field(None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:+@/-]{0,99}$")
    endpoint: Literal["chat", "completions"] = "chat"
    variable: str = Field("input", description="the template variable a row's input fills (rows without `variables`)")
    with_messages: bool = Field(False, description="send the row's conversation after the rendered template")
    params: Params | None = None
    price_prompt_1k: float | None = Field(None, ge=0.0)
    price_completion_1k: float | None = Field(None, ge=0.0)

    @model_validator(mode="after")
    def _named(self) -> Target:
        if self.name is None:
            self.name = self.model if self.prompt is None else f"{self.model}+{self.prompt}"
        if self.prompt is not None and self.endpoint == "completions":
            raise ValueError("a prompt template is rendered for chat: use endpoint: chat with prompt")
        if self.prompt is not None:
            from keel.registry.refs import parse_ref

            try:
                parse_ref(self.prompt, "prompt")
            except InvalidRequest as exc:
                raise ValueError(exc.message) from None
        return self

    @property
    def label(self) -> str:
        assert self.name is not None
        return self.name


class MetricSpec(_Strict):
    """A metric with its params; `label` names it in scores and gates (default: its name), so one
    metric can be used twice with different params."""

    name: str
    params: dict[str, Any] = Field(default_factory=dict)
    label: str | None = Field(None, pattern=r"^[A-Za-z][A-Za-z0-9_.:-]{0,63}$")

    @model_validator(mode="after")
    def _known(self) -> MetricSpec:
        metric = get_metric(self.name)  # ValueError: unknown, listing the known ones
        if self.name != "judge":  # the judge's model may come from the spec's `judge:`
            self.params = metric.validate_params(self.params)
        if self.label is None:
            self.label = self.name
        return self

    @property
    def key(self) -> str:
        assert self.label is not None
        return self.label


class Judge(_Strict):
    """The LLM judge of the `judge` metric: its model (served by the gateway) and rubric."""

    model: str = Field(min_length=1)
    rubric: str | None = None
    max_tokens: int = Field(128, ge=1)
    temperature: float = Field(0.0, ge=0.0, le=2.0)
    seed: int | None = None


class Gate(_Strict):
    """A pass/fail condition on one metric's mean, for one target (default: every target other
    than the baseline): `min`, `max`, or no worse than a baseline target (`no_worse_than`, in this
    run, or in the stored run `baseline_run`) by more than `by`."""

    metric: str
    target: str | None = None
    min: float | None = None
    max: float | None = None
    no_worse_than: str | None = None
    baseline_run: str | None = Field(None, pattern=r"^eval-[0-9a-f]{4,64}$")
    by: float = Field(0.0, ge=0.0)

    @model_validator(mode="after")
    def _something(self) -> Gate:
        if self.min is None and self.max is None and self.no_worse_than is None and self.baseline_run is None:
            raise ValueError("give min, max, or no_worse_than (a baseline target) / baseline_run")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} is above max {self.max}")
        return self

    @property
    def compares(self) -> bool:
        return self.no_worse_than is not None or self.baseline_run is not None


class EvalSpec(_Strict):
    name: str = Field(min_length=1, max_length=200)
    description: str | None = None
    dataset: str | None = Field(None, description="a JSONL path, or a registry dataset ref")
    rows: list[dict[str, Any]] | None = Field(None, description="the rows inline, instead of a dataset")
    rows_from: str | None = Field(None, description="where inline rows were read (recorded with the run)")
    limit: int | None = Field(None, ge=1, description="only the first LIMIT rows")
    targets: list[Target] = Field(min_length=1)
    metrics: list[MetricSpec] = Field(min_length=1)
    repeats: int = Field(1, ge=1, le=100)
    params: Params = Field(default_factory=Params)
    concurrency: int = Field(4, ge=1, le=256)
    judge: Judge | None = None
    gates: list[Gate] = Field(default_factory=list)
    max_errors: int | None = Field(0, ge=0, description="failed calls per target the gates tolerate (null: any)")

    _base: Path | None = PrivateAttr(None)  # the folder of eval.yaml: relative dataset paths start there

    @field_validator("metrics", mode="before")
    @classmethod
    def _names(cls, v: Any) -> Any:
        if isinstance(v, list):
            return [{"name": m} if isinstance(m, str) else m for m in v]
        return v

    @model_validator(mode="after")
    def _consistent(self) -> EvalSpec:
        problems: list[tuple[tuple[Any, ...], str]] = []
        if (self.dataset is None) == (self.rows is None):
            problems.append((("dataset",), "give dataset (a JSONL path or registry ref) or rows, not both"))
        names = [t.label for t in self.targets]
        for i, t in enumerate(self.targets):
            if names.index(t.label) != i:
                problems.append((("targets", i), f"the name {t.label!r} is used twice: give each target a `name`"))
        keys = [m.key for m in self.metrics]
        for i, m in enumerate(self.metrics):
            if keys.index(m.key) != i:
                problems.append((("metrics", i), f"{m.key!r} twice: give one a `label`"))
            if m.name == "judge":  # its params over the spec's `judge:`
                params = {**(self.judge.model_dump(exclude_none=True) if self.judge else {}), **m.params}
                if "model" not in params:
                    problems.append((("metrics", i), "the judge metric needs a model: add `judge: {model: M}`"))
                    continue
                try:
                    m.params = get_metric("judge").validate_params(params)
                except ValueError as exc:
                    problems.append((("metrics", i, "params"), str(exc)))
        for i, g in enumerate(self.gates):
            if g.metric not in keys:
                problems.append((("gates", i, "metric"), f"{g.metric!r} is not among the metrics ({', '.join(keys)})"))
            if g.target is not None and g.target not in names:
                problems.append((("gates", i, "target"), f"{g.target!r} is not among the targets ({', '.join(names)})"))
            if g.no_worse_than is not None and g.baseline_run is None:
                if g.no_worse_than not in names:
                    problems.append((("gates", i, "no_worse_than"), f"{g.no_worse_than!r} is not among the targets"))
                elif g.no_worse_than == g.target:
                    problems.append((("gates", i, "no_worse_than"), "a target cannot be its own baseline"))
                elif g.target is None and len(names) < 2:
                    problems.append((("gates", i), "no_worse_than needs another target to compare"))
        if problems:
            raise ValidationError.from_exception_data("EvalSpec", [_error(loc, msg) for loc, msg in problems])
        return self

    def metric(self, key: str) -> MetricSpec:
        return next(m for m in self.metrics if m.key == key)

    def target(self, name: str) -> Target:
        return next(t for t in self.targets if t.label == name)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_body(cls, body: Any, source: str = "body") -> EvalSpec:
        """A spec from a JSON body; every problem in one 400."""
        try:
            return cls.model_validate(body)
        except ValidationError as exc:
            problems = []
            for err in exc.errors():
                msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"].removeprefix("Value error, ")
                problems.append(f"{_dotted(tuple(err['loc'])) or source}: {msg}")
            raise InvalidRequest(
                "The eval spec has problems: " + "; ".join(problems), param="spec", code="invalid_eval_spec"
            ) from None


def _error(loc: tuple[Any, ...], message: str) -> InitErrorDetails:
    """A problem found across fields, reported at LOC (so eval.yaml's problems carry their line)."""
    return InitErrorDetails(
        type=PydanticCustomError("eval_spec", "{message}", {"message": message}), loc=loc, input=None
    )


def parse_spec(text: str, source: str = "<eval>") -> EvalSpec:
    """Parse eval.yaml text; ConfigError with every problem at its file:line:column."""
    return parse_yaml_model(text, EvalSpec, source)


def load_spec(path: str | Path) -> EvalSpec:
    """eval.yaml at PATH; its relative dataset path is read from the file's folder."""
    spec = load_yaml_model(path, EvalSpec)
    spec._base = Path(path).resolve().parent
    return spec
