"""The registry's admin API (models, prompts, datasets, experiments) and `POST /v1/feedback`.

One table of operations (keel.api.operations) serves both HTTP (a Starlette route each) and
`keel.Client` in process (`call(services, method, path, body)`, matched the same way). Every
change is an audit event (kind `registry`) and is applied to this gateway's catalogue at once;
other gateways on the database pick it up at their next poll. `/admin/…` paths need the admin role
(the auth middleware); feedback needs any valid key.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from keel.api.operations import Call, Handler, Operations
from keel.errors import InvalidRequest, NotFound
from keel.security.audit import registry_event

PREFIX = "/admin/registry"


async def _change(c: Call, action: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Make a registry change (in a worker thread), audit it, and apply it to this gateway."""
    result = await asyncio.to_thread(fn, *args, **kwargs)
    detail = {"params": c.params, "body": _brief(c.body)}
    name = str(c.params.get("name", ""))
    c.services.audit_log.record(registry_event(action, name, detail, c.principal, c.trace_id))
    await c.services.registry_changed()
    return result


def _brief(body: dict[str, Any]) -> dict[str, Any]:
    """What the audit event keeps of a body: keys and short values, never template text."""
    out: dict[str, Any] = {}
    for key, value in body.items():
        if key in ("messages", "text", "variables"):
            out[key] = "…"
        elif isinstance(value, str | int | float | bool) or value is None:
            out[key] = value if not isinstance(value, str) else value[:200]
        else:
            out[key] = type(value).__name__
    return out


def _int(value: str, what: str) -> int:
    if not value.isdigit():
        raise InvalidRequest(f"{what} must be a number", param=what)
    return int(value)


# ------------------------------------------------------------------------------- models

MODEL_FIELDS = (
    "source",
    "base_model",
    "dataset",
    "training_run",
    "hyperparameters",
    "prompts",
    "eval_results",
    "license",
    "context_length",
    "price_prompt_1k",
    "price_completion_1k",
    "tags",
    "description",
    "alias",
)


async def list_models(c: Call) -> Any:
    return {"object": "list", "data": await c.run(c.registry.models.list)}


async def register_model(c: Call) -> Any:
    body = c.take(*MODEL_FIELDS, required=("source",))
    source = body.pop("source")
    return await _change(
        c, "model.register", c.registry.models.register, c.params["name"], source, actor=c.principal.id, **body
    )


async def model_versions(c: Call) -> Any:
    return {"object": "list", "data": await c.run(c.registry.models.versions, c.params["name"])}


async def model_version(c: Call) -> Any:
    return await c.run(c.registry.models.get, f"{c.params['name']}/{_int(c.params['version'], 'version')}")


async def model_ref(c: Call) -> Any:
    return await c.run(c.registry.models.get, c.query.get("ref") or _missing("ref"))


async def promote_model(c: Call) -> Any:
    body = c.take("version", "ref", "reason", required=())
    ref = body.get("ref") or (f"{c.params['name']}/{body['version']}" if "version" in body else _missing("version"))
    if not str(ref).startswith(c.params["name"] + "/") and not str(ref).startswith(c.params["name"] + "@"):
        raise InvalidRequest(f"{ref!r} is not a version of {c.params['name']!r}", param="ref")
    return await _change(
        c,
        "model.promote",
        c.registry.models.promote,
        str(ref),
        c.params["alias"],
        actor=c.principal.id,
        reason=body.get("reason"),
    )


async def rollback_model(c: Call) -> Any:
    c.take()
    return await _change(
        c, "model.rollback", c.registry.models.rollback, c.params["name"], c.params["alias"], actor=c.principal.id
    )


async def model_history(c: Call) -> Any:
    return {"object": "list", "data": await c.run(c.registry.models.history, c.params["name"], c.query.get("alias"))}


async def lineage(c: Call) -> Any:
    return await c.run(c.registry.models.lineage, c.query.get("ref") or _missing("ref"))


async def built_on(c: Call) -> Any:
    return await c.run(
        c.registry.models.built_on, c.query.get("kind") or _missing("kind"), c.query.get("ref") or _missing("ref")
    )


async def served(c: Call) -> Any:
    return {"served": await c.run(c.registry.models.served)}


async def serve(c: Call) -> Any:
    body = c.take("ref", required=("ref",))
    return await _change(c, "model.serve", c.registry.models.serve, c.params["name"], str(body["ref"]))


async def unserve(c: Call) -> Any:
    await _change(c, "model.unserve", c.registry.models.unserve, c.params["name"])
    return {"name": c.params["name"], "deleted": True}


# ------------------------------------------------------------------------------- prompts

PROMPT_FIELDS = ("kind", "messages", "text", "variables", "params", "message", "labels", "description")


async def list_prompts(c: Call) -> Any:
    return {"object": "list", "data": await c.run(c.registry.prompts.list)}


async def push_prompt(c: Call) -> Any:
    body = c.take(*PROMPT_FIELDS)
    return await _change(c, "prompt.push", c.registry.prompts.push, c.params["name"], actor=c.principal.id, **body)


async def prompt_versions(c: Call) -> Any:
    return {"object": "list", "data": await c.run(c.registry.prompts.versions, c.params["name"])}


async def prompt_version(c: Call) -> Any:
    return await c.run(c.registry.prompts.get, f"{c.params['name']}/{_int(c.params['version'], 'version')}")


async def prompt_ref(c: Call) -> Any:
    return await c.run(c.registry.prompts.get, c.query.get("ref") or _missing("ref"))


async def label_prompt(c: Call) -> Any:
    body = c.take("version", required=("version",))
    return await _change(
        c,
        "prompt.label",
        c.registry.prompts.label,
        f"{c.params['name']}/{body['version']}",
        c.params["label"],
        actor=c.principal.id,
    )


async def rollback_prompt(c: Call) -> Any:
    c.take()
    return await _change(
        c, "prompt.rollback", c.registry.prompts.rollback, c.params["name"], c.params["label"], actor=c.principal.id
    )


async def render_prompt(c: Call) -> Any:
    body = c.take("ref", "variables", required=("ref",))
    if not isinstance(body.get("variables") or {}, dict):
        raise InvalidRequest("variables must be an object: name -> value", param="variables")
    rendered = await c.run(c.registry.prompts.render, str(body["ref"]), body.get("variables") or {})
    return {
        "ref": rendered.ref,
        "kind": rendered.kind,
        "messages": rendered.messages,
        "text": rendered.text,
        "params": rendered.params,
    }


async def diff_prompts(c: Call) -> Any:
    a, b = c.query.get("a") or _missing("a"), c.query.get("b") or _missing("b")
    return {"a": a, "b": b, "diff": await c.run(c.registry.prompts.diff, a, b)}


async def prompt_history(c: Call) -> Any:
    return {"object": "list", "data": await c.run(c.registry.prompts.history, c.params["name"], c.query.get("label"))}


# ------------------------------------------------------------------------------- datasets


async def list_datasets(c: Call) -> Any:
    return {"object": "list", "data": await c.run(c.registry.datasets.list)}


async def register_dataset(c: Call) -> Any:
    body = c.take("path", "parent", "tags", required=("path",))
    return await _change(
        c,
        "dataset.register",
        c.registry.datasets.register,
        c.params["name"],
        str(body["path"]),
        parent=body.get("parent"),
        tags=body.get("tags"),
        actor=c.principal.id,
    )


async def dataset_versions(c: Call) -> Any:
    return {"object": "list", "data": await c.run(c.registry.datasets.versions, c.params["name"])}


# ------------------------------------------------------------------------------- experiments

EXPERIMENT_FIELDS = (
    "name",
    "model",
    "arms",
    "unit",
    "metric",
    "guardrails",
    "alpha",
    "mde",
    "model_alias",
    "prompt_label",
    "note",
    "online_eval",
)


async def list_experiments(c: Call) -> Any:
    return {"object": "list", "data": await c.run(c.registry.experiments.list)}


async def start_experiment(c: Call) -> Any:
    body = c.take(*EXPERIMENT_FIELDS, required=("name", "model", "arms"))
    name, model, arms = body.pop("name"), body.pop("model"), body.pop("arms")
    for i, arm in enumerate(arms if isinstance(arms, list) else []):
        target = arm.get("model") if isinstance(arm, dict) else None
        catalogue = c.services.catalogue  # None in a process that serves nothing (the CLI)
        if target and "/" not in target and "@" not in target and catalogue and catalogue.entry(target) is None:
            raise NotFound(f"arms[{i}].model: the model {target!r} is not served here", param=f"arms[{i}].model")
    return await _change(
        c, "experiment.start", c.registry.experiments.start, name, model, arms, actor=c.principal.id, **body
    )


async def experiment_status(c: Call) -> Any:
    """The results; a guard rail that stops an arm here is a change (audited, applied at once)."""
    status = await c.run(c.registry.experiments.status, c.params["name"])
    if status["stopped_now"]:
        c.body = {"stopped": status["stopped_now"]}
        await _change(c, "experiment.guardrail_stop", lambda: None)
    return status


async def stop_experiment(c: Call) -> Any:
    c.take()
    return await _change(c, "experiment.stop", c.registry.experiments.stop, c.params["name"])


async def promote_experiment(c: Call) -> Any:
    body = c.take("arm")
    return await _change(
        c,
        "experiment.promote",
        c.registry.experiments.promote,
        c.params["name"],
        body.get("arm"),
        actor=c.principal.id,
    )


# ------------------------------------------------------------------------------- feedback


async def feedback(c: Call) -> Any:
    """Feedback on one answer: {"trace_id", "thumbs": "up" | "down"} or {"trace_id", "score": x}."""
    body = c.take("trace_id", "thumbs", "score", "comment", required=("trace_id",))
    trace_id = body["trace_id"]
    if not isinstance(trace_id, str) or not 1 <= len(trace_id) <= 64:
        raise InvalidRequest("trace_id: the x-keel-trace-id of the answer (at most 64 characters)", param="trace_id")
    if ("thumbs" in body) == ("score" in body):
        raise InvalidRequest("give one of thumbs ('up' or 'down') or score (a number)", param="thumbs")
    if "thumbs" in body:
        if body["thumbs"] not in ("up", "down"):
            raise InvalidRequest("thumbs must be 'up' or 'down'", param="thumbs")
        kind, score = "thumbs", 1.0 if body["thumbs"] == "up" else 0.0
    else:
        score = body["score"]
        if isinstance(score, bool) or not isinstance(score, int | float):
            raise InvalidRequest("score must be a number", param="score")
        kind, score = "score", float(score)
    comment = body.get("comment")
    if comment is not None and not isinstance(comment, str):
        raise InvalidRequest("comment must be a string", param="comment")
    c.services.feedback.record(
        {
            "trace_id": trace_id,
            "created_at": datetime.now(UTC),
            "principal": c.principal.id,
            "kind": kind,
            "score": score,
            "comment": comment[:4000] if comment else None,
        }
    )
    return {"object": "feedback", "trace_id": trace_id, "kind": kind, "score": score}


def _missing(name: str) -> Any:
    raise InvalidRequest(f"Missing required query parameter: {name}", param=name)


# ------------------------------------------------------------------------------- the table

OPS: list[tuple[str, str, Handler]] = [
    ("GET", f"{PREFIX}/models", list_models),
    ("GET", f"{PREFIX}/models/lookup", model_ref),
    ("GET", f"{PREFIX}/lineage", lineage),
    ("GET", f"{PREFIX}/built-on", built_on),
    ("GET", f"{PREFIX}/served", served),
    ("PUT", f"{PREFIX}/served/{{name}}", serve),
    ("DELETE", f"{PREFIX}/served/{{name}}", unserve),
    ("POST", f"{PREFIX}/models/{{name}}/versions", register_model),
    ("GET", f"{PREFIX}/models/{{name}}/versions", model_versions),
    ("GET", f"{PREFIX}/models/{{name}}/versions/{{version}}", model_version),
    ("GET", f"{PREFIX}/models/{{name}}/history", model_history),
    ("POST", f"{PREFIX}/models/{{name}}/aliases/{{alias}}", promote_model),
    ("POST", f"{PREFIX}/models/{{name}}/aliases/{{alias}}/rollback", rollback_model),
    ("GET", f"{PREFIX}/prompts", list_prompts),
    ("GET", f"{PREFIX}/prompts/lookup", prompt_ref),
    ("GET", f"{PREFIX}/prompts/diff", diff_prompts),
    ("POST", f"{PREFIX}/prompts/render", render_prompt),
    ("POST", f"{PREFIX}/prompts/{{name}}/versions", push_prompt),
    ("GET", f"{PREFIX}/prompts/{{name}}/versions", prompt_versions),
    ("GET", f"{PREFIX}/prompts/{{name}}/versions/{{version}}", prompt_version),
    ("GET", f"{PREFIX}/prompts/{{name}}/history", prompt_history),
    ("POST", f"{PREFIX}/prompts/{{name}}/labels/{{label}}", label_prompt),
    ("POST", f"{PREFIX}/prompts/{{name}}/labels/{{label}}/rollback", rollback_prompt),
    ("GET", f"{PREFIX}/datasets", list_datasets),
    ("POST", f"{PREFIX}/datasets/{{name}}/versions", register_dataset),
    ("GET", f"{PREFIX}/datasets/{{name}}/versions", dataset_versions),
    ("GET", f"{PREFIX}/experiments", list_experiments),
    ("POST", f"{PREFIX}/experiments", start_experiment),
    ("GET", f"{PREFIX}/experiments/{{name}}", experiment_status),
    ("POST", f"{PREFIX}/experiments/{{name}}/stop", stop_experiment),
    ("POST", f"{PREFIX}/experiments/{{name}}/promote", promote_experiment),
    ("POST", "/v1/feedback", feedback),
]
OPERATIONS = Operations("registry", OPS)
match = OPERATIONS.match
call = OPERATIONS.call
ROUTES = OPERATIONS.routes()
