"""The eval API: `/v1/evals` runs an eval spec (keel.evaluation) in the background on this
gateway's own models, and reads stored runs, their results, gates and comparisons.

    POST /v1/evals                    body: the spec as JSON → the run (status queued)
    GET  /v1/evals                    ?name=&limit= → the newest runs first
    GET  /v1/evals/compare            ?a=RUN&b=RUN&metric=M[&target_a=&target_b=] → paired test
    GET  /v1/evals/{id}               the run: status, progress (while it runs here), summary
    GET  /v1/evals/{id}/results       ?target=&limit=&offset= → one row per answer
    POST /v1/evals/{id}/gate          body: {} (the spec's gates) or {"gates": [...]} → pass/fail
    POST /v1/evals/{id}/cancel        stop a run this gateway is running

One table of operations serves HTTP and, for keel.Client in process, the same handlers
(`call`), through keel.api.operations. A run is a task on this process's event loop: it calls the
models in process (through the pipeline: guard, cache, limits apply), stores its results as they
come, and is marked failed if the process stops first. A dataset path in the spec is read by the
gateway (relative to its working directory); `keel eval run` sends a local file's rows inline.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from dataclasses import dataclass
from typing import Any

from keel.api.operations import Call, Handler, Operations
from keel.errors import Conflict, InvalidRequest, NotFound

log = logging.getLogger(__name__)
PREFIX = "/v1/evals"


@dataclass
class _Running:
    task: asyncio.Task[Any]
    done: int = 0
    total: int = 0


# the runs in flight, per services object (one gateway per services)
_RUNNING: weakref.WeakKeyDictionary[Any, dict[str, _Running]] = weakref.WeakKeyDictionary()


def running(services: Any) -> dict[str, _Running]:
    found = _RUNNING.get(services)
    if found is None:
        found = _RUNNING[services] = {}
    return found


async def shutdown(services: Any) -> None:
    """Cancel the runs in flight on SERVICES (each is then recorded as failed: cancelled)."""
    tasks = [r.task for r in running(services).values()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)


def _store(c: Call) -> Any:
    from keel.evaluation.store import EvalStore

    return EvalStore(c.services.engine)


def _check_models(c: Call, spec: Any) -> None:
    catalogue = c.services.catalogue
    names = [(f"targets[{i}].model", t.model) for i, t in enumerate(spec.targets)]
    names += [
        (f"metrics[{i}].params.model", m.params["model"]) for i, m in enumerate(spec.metrics) if m.name == "judge"
    ]
    for where, model in names:
        if "/" not in model and "@" not in model and catalogue.entry(model) is None:
            raise NotFound(f"{where}: the model {model!r} is not served here", param=where, code="model_not_found")


async def create_eval(c: Call) -> Any:
    """Accept a spec, check what can be checked now (the spec, its rows, the models), and start
    the run in the background."""
    from keel.client import AsyncClient
    from keel.evaluation.harness import create_run, execute
    from keel.evaluation.rows import load_rows
    from keel.evaluation.spec import EvalSpec

    services = c.services
    if getattr(services, "gateway", None) is None:
        raise InvalidRequest(
            "This process serves no models, so it cannot run an eval: send it to a gateway (`keel serve`), "
            "or run it here with `keel eval run` (which loads the models in process).",
            code="no_gateway",
        )
    spec = EvalSpec.from_body(c.body)
    _check_models(c, spec)
    client = AsyncClient(services=services)
    data = await load_rows(spec, client, services.registry)
    store = _store(c)
    run = await create_run(spec, store)
    runs = running(services)

    def progress(done: int, total: int) -> None:
        entry = runs.get(run.id)
        if entry is not None:
            entry.done, entry.total = done, total

    async def background() -> None:
        try:
            await execute(run, client, store, registry=services.registry, on_progress=progress, data=data)
        except asyncio.CancelledError:
            pass  # recorded as failed (cancelled) by execute
        except Exception as exc:  # recorded with the run; the log says it too
            log.warning("eval run %s failed: %s", run.id, getattr(exc, "message", exc))
        finally:
            runs.pop(run.id, None)

    accepted = await c.run(store.get, run.id)  # as accepted (queued), before the task can start
    task = asyncio.get_running_loop().create_task(background(), name=f"keel-{run.id}")
    runs[run.id] = _Running(task, total=len(data.rows) * spec.repeats * len(spec.targets))
    return accepted


async def list_evals(c: Call) -> Any:
    limit = c.query_int("limit", 50, high=1000)
    return {"object": "list", "data": await c.run(_store(c).list, limit, c.query.get("name"))}


async def get_eval(c: Call) -> Any:
    run = await c.run(_store(c).get, c.params["id"])
    here = running(c.services).get(run["id"])
    if here is not None:
        run["progress"] = {"done": here.done, "total": here.total}
    return run


async def eval_results(c: Call) -> Any:
    store = _store(c)
    await c.run(store.get, c.params["id"])  # 404 for an unknown run
    rows = await c.run(
        lambda: store.results(
            c.params["id"],
            target=c.query.get("target"),
            limit=c.query_int("limit", None, high=100_000),
            offset=c.query_int("offset", 0, high=10_000_000) or 0,
        )
    )
    return {"object": "list", "run": c.params["id"], "data": rows}


async def _load(c: Call, run_id: str) -> Any:
    from keel.evaluation.results import EvalRun

    store = _store(c)
    stored = await c.run(store.get, run_id)
    if stored["status"] != "completed":
        raise Conflict(
            f"eval run {run_id} is {stored['status']}: only a completed run can be judged", code="eval_not_done"
        )
    results = await c.run(store.results, run_id)
    return EvalRun.from_stored(stored, results)


async def gate_eval(c: Call) -> Any:
    from pydantic import TypeAdapter, ValidationError

    from keel.evaluation.gates import check_gates
    from keel.evaluation.spec import Gate

    body = c.take("gates")
    run = await _load(c, c.params["id"])
    gates = None
    if "gates" in body:
        try:
            gates = TypeAdapter(list[Gate]).validate_python(body["gates"])
        except ValidationError as exc:
            first = exc.errors()[0]
            where = "gates" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
            raise InvalidRequest(f"{where}: {first['msg'].removeprefix('Value error, ')}", param="gates") from None
    gates = run.spec.gates if gates is None else gates
    if not gates:
        raise InvalidRequest(f"eval run {run.id} has no gates: give {{'gates': [...]}}", param="gates")
    results = await check_gates(run, _store(c), gates)
    return {
        "object": "eval.gates",
        "run": run.id,
        "passed": all(g.passed for g in results),
        "gates": [g.to_dict() for g in results],
    }


async def compare_evals(c: Call) -> Any:
    from keel.evaluation.harness import compare

    def need(name: str) -> str:
        value = c.query.get(name)
        if not value:
            raise InvalidRequest(f"Missing required query parameter: {name}", param=name)
        return value

    a_id, b_id, metric = need("a"), need("b"), need("metric")
    run_a = await _load(c, a_id)
    run_b = run_a if b_id == a_id else await _load(c, b_id)
    result = compare(run_a, run_b, metric, target_a=c.query.get("target_a"), target_b=c.query.get("target_b"))
    return {"object": "eval.comparison", **result.to_dict()}


async def cancel_eval(c: Call) -> Any:
    c.take()
    here = running(c.services).get(c.params["id"])
    if here is None:
        run = await c.run(_store(c).get, c.params["id"])
        raise Conflict(f"eval run {run['id']} is {run['status']}, not running on this gateway", code="eval_not_running")
    here.task.cancel()
    await asyncio.gather(here.task, return_exceptions=True)
    return await c.run(_store(c).get, c.params["id"])


# ------------------------------------------------------------------------------- the table

OPS: list[tuple[str, str, Handler]] = [
    ("POST", PREFIX, create_eval),
    ("GET", PREFIX, list_evals),
    ("GET", f"{PREFIX}/compare", compare_evals),
    ("GET", f"{PREFIX}/{{id}}", get_eval),
    ("GET", f"{PREFIX}/{{id}}/results", eval_results),
    ("POST", f"{PREFIX}/{{id}}/gate", gate_eval),
    ("POST", f"{PREFIX}/{{id}}/cancel", cancel_eval),
]
OPERATIONS = Operations("eval", OPS)
match = OPERATIONS.match
call = OPERATIONS.call
ROUTES = OPERATIONS.routes()
