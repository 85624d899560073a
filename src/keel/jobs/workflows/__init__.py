"""YAML workflows: a DAG of typed steps (data, training, evaluation, gates, the registry, batch,
shell, python) with references, conditions, retries, timeouts, a content-keyed step cache and
resume. See docs/workflows.md.

    spec.py       the file: parse and check everything at once (file:line problems)
    expr.py       `${{ … }}` references and `if:` conditions
    graph.py      the DAG as text and SVG
    engine.py     running a workflow (WorkflowRun); cache.py, store.py: its cache and step rows
    executors.py  where a step runs (LocalExecutor; the seam for other back-ends)
    kind.py       the `workflow` job kind (a run is a job: worker, resume after a crash)
    steps/        the step types, one module per family
"""

from keel.jobs.workflows.engine import Event, WorkflowFailed, WorkflowRun
from keel.jobs.workflows.spec import Workflow, load_workflow, parse_workflow

__all__ = ["Event", "Workflow", "WorkflowFailed", "WorkflowRun", "load_workflow", "parse_workflow"]
