"""The step types a workflow's `type:` names, by name."""

from __future__ import annotations

from keel.jobs.workflows.steps import batch, code, data, evaluate, registry, train
from keel.jobs.workflows.steps.base import Params, StepContext, StepFailed, StepLog, StepType

STEP_TYPES: dict[str, StepType] = {
    t.name: t for module in (data, train, evaluate, registry, batch, code) for t in module.TYPES
}

__all__ = ["STEP_TYPES", "Params", "StepContext", "StepFailed", "StepLog", "StepType"]
