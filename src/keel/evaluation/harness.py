"""The eval harness: a dataset × targets (models, prompt versions) matrix, scored by metrics.

    from keel.evaluation.harness import Target, evaluate, run_eval, load_spec

    result = await evaluate(client, rows, Target(model="tuned"), ["keyword_hit", "rouge_l"])
    result.aggregates["keyword_hit"].mean

    run = await run_eval(load_spec("eval.yaml"), client)        # no database needed
    run = run_eval_sync(spec, keel.Client(...), store=EvalStore(engine))

Every target × row × repeat is one call through `keel.AsyncClient` (in process or over HTTP):
chat rows go to chat completions (the conversation without its final assistant message, which
is the reference); prompt/completion rows too, the prompt as the user message, unless the target
says `endpoint: completions`. A target with a registry `prompt` renders that template (variables:
the row's `variables`, else {VARIABLE: the row's input}). Calls run CONCURRENCY at a time; each
is timed and its usage kept. A call that fails is recorded with its error (the run goes on;
`max_errors` decides whether the gates accept it) unless it cannot work for any row: an unknown
model or prompt, a refused key, an unreachable gateway, or every one of the first five calls
failing — then the run fails.

Aggregates per target × metric: mean, sd, n and the 95% t-interval over rows (a row's score is
its mean over repeats, so repeats do not inflate n), with each repeat's mean and the sd between
them. `compare` is the paired test of two targets (of one run or two) on the rows both scored.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from keel.errors import KeelError, ModelNotFound
from keel.evaluation.compare import compare
from keel.evaluation.metrics import Answer, MetricError, get_metric, input_messages, input_text
from keel.evaluation.results import Aggregate, EvalRun, RowResult, TargetResult, aggregate, build_target, new_run_id
from keel.evaluation.rows import Dataset, load_rows
from keel.evaluation.spec import EvalSpec, Judge, MetricSpec, Params, Target, load_spec, parse_spec
from keel.evaluation.stats import clean
from keel.evaluation.store import ResultWriter

__all__ = [
    "Aggregate",
    "Dataset",
    "EvalFailed",
    "EvalRun",
    "EvalSpec",
    "Judge",
    "MetricSpec",
    "Params",
    "RowResult",
    "Target",
    "TargetResult",
    "aggregate",
    "compare",
    "evaluate",
    "evaluate_sync",
    "load_rows",
    "load_spec",
    "new_run_id",
    "parse_spec",
    "run_eval",
    "run_eval_sync",
]

FLUSH_EVERY = 50  # results per database write
FAIL_FAST = 5  # the run fails when every one of the first calls of a target failed


class EvalFailed(KeelError):
    """An eval run that cannot go on: the reason says why."""

    status_code = 400
    type = "invalid_request_error"


# ------------------------------------------------------------------------------ calls


def _fatal(exc: KeelError) -> bool:
    """An error no other row would escape: stop the run instead of recording it N times."""
    code = exc.code or ""
    return (
        isinstance(exc, ModelNotFound)
        or code in ("prompt_not_found", "unreachable", "model_not_found")
        or exc.status_code in (401, 403)
    )


async def _ask(client: Any, target: Target, row: dict[str, Any], params: dict[str, Any]) -> Answer:
    started = time.perf_counter()
    if target.endpoint == "completions":
        r = await client.completions.create(model=target.model, prompt=row["prompt"], **params)
        text, finish = r.choices[0].text, r.choices[0].finish_reason
    else:
        messages = input_messages(row) if "messages" in row else [{"role": "user", "content": row["prompt"]}]
        extra: dict[str, Any] = {}
        if target.prompt is not None:
            from keel.registry.refs import parse_ref

            ref = parse_ref(target.prompt, "prompt")
            variables = row.get("variables")
            if not isinstance(variables, dict):
                variables = {target.variable: input_text(row)}
            call: dict[str, Any] = {"name": ref.name, "variables": variables}
            if ref.version is not None:
                call["version"] = ref.version
            if ref.label is not None:
                call["label"] = ref.label
            extra["extra_body"] = {"prompt": call}
            if not target.with_messages:
                messages = []
        r = await client.chat.completions.create(model=target.model, messages=messages, **params, **extra)
        text, finish = r.choices[0].message.content or "", r.choices[0].finish_reason
    elapsed = round((time.perf_counter() - started) * 1000.0, 3)
    usage = r.usage
    return Answer(
        text=text,
        latency_ms=elapsed,
        prompt_tokens=usage.prompt_tokens if usage else 0,
        completion_tokens=usage.completion_tokens if usage else 0,
        finish_reason=finish,
    )


async def _score(
    answer: Answer, row: dict[str, Any], target: Target, metrics: list[MetricSpec], client: Any
) -> tuple[dict[str, float], dict[str, str]]:
    scores: dict[str, float] = {}
    errors: dict[str, str] = {}
    for spec in metrics:
        metric = get_metric(spec.name)
        params = dict(spec.params)
        if spec.name == "cost":
            for price in ("price_prompt_1k", "price_completion_1k"):
                if getattr(target, price) is not None:
                    params[price] = getattr(target, price)
        if "answer" in metric.needs:
            params["answer"] = answer
        if "client" in metric.needs:
            params["client"] = client
        try:
            value = metric.fn(answer.text, row, **params)
            if metric.is_async:
                value = await value
            scores[spec.key] = float(value)
        except MetricError as exc:
            errors[spec.key] = str(exc)
        except KeelError as exc:  # the judge's call failed
            errors[spec.key] = f"{type(exc).__name__}: {exc.message}"
        except Exception as exc:  # a broken (plugin) metric: recorded, not a lost run
            errors[spec.key] = f"{type(exc).__name__}: {exc}"
    return scores, errors


def _metric_specs(metrics: list[MetricSpec | str | dict[str, Any]], judge: Judge | None = None) -> list[MetricSpec]:
    out = []
    for m in metrics:
        if isinstance(m, MetricSpec):
            out.append(m)
            continue
        raw = {"name": m} if isinstance(m, str) else dict(m)
        if raw.get("name") == "judge":
            params = dict(raw.get("params") or {})
            if judge is not None:
                params = {**judge.model_dump(exclude_none=True), **params}
            raw["params"] = get_metric("judge").validate_params(params)
        out.append(MetricSpec.model_validate(raw))
    return out


OnResult = Callable[[RowResult], Awaitable[None] | None]


async def evaluate(
    client: Any,
    rows: list[dict[str, Any]],
    target: Target | dict[str, Any],
    metrics: list[MetricSpec | str | dict[str, Any]],
    params: Params | dict[str, Any] | None = None,
    *,
    repeats: int = 1,
    concurrency: int = 4,
    judge: Judge | dict[str, Any] | None = None,
    row_ids: list[str] | None = None,
    on_result: OnResult | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> TargetResult:
    """TARGET on every row REPEATS times through CLIENT (a keel.AsyncClient), scored by METRICS
    (names, {name, params} or MetricSpec). Rows pair with other runs by ROW_IDS (default: their
    `id` field, else their position from 1)."""
    target = target if isinstance(target, Target) else Target.model_validate(target)
    params = params if isinstance(params, Params) else Params.model_validate(params or {})
    judge = judge if isinstance(judge, Judge) or judge is None else Judge.model_validate(judge)
    specs = _metric_specs(metrics, judge)
    ids = row_ids or [str(r.get("id", i)) for i, r in enumerate(rows, 1)]
    merged = params.merged(target.params)
    gate = asyncio.Semaphore(concurrency)
    results: list[RowResult] = []
    total = len(rows) * repeats
    failed = 0

    async def one(i: int, repeat: int) -> None:
        nonlocal failed
        row = rows[i]
        async with gate:
            try:
                answer = await _ask(client, target, row, merged.request(repeat))
            except KeelError as exc:
                if _fatal(exc):
                    raise EvalFailed(f"target {target.label}: {exc.message}", code=exc.code) from None
                result = RowResult(target.label, ids[i], repeat, None, errors={"call": _said(exc)})
                failed += 1
            else:
                scores, errors = await _score(answer, row, target, specs, client)
                result = RowResult(
                    target.label,
                    ids[i],
                    repeat,
                    answer.text,
                    scores,
                    errors,
                    answer.latency_ms,
                    answer.prompt_tokens,
                    answer.completion_tokens,
                )
        results.append(result)
        done = len(results)
        if failed == done and done >= min(FAIL_FAST, total):
            raise EvalFailed(f"target {target.label}: the first {done} calls all failed: {result.errors['call']}")
        if on_result is not None:
            out = on_result(result)
            if out is not None:
                await out
        if on_progress is not None:
            on_progress(done, total)

    try:
        async with asyncio.TaskGroup() as tg:
            for repeat in range(repeats):
                for i in range(len(rows)):
                    tg.create_task(one(i, repeat))
    except BaseExceptionGroup as group:  # the first failure, as itself (the other calls are cancelled)
        first: BaseException = group
        while isinstance(first, BaseExceptionGroup):
            first = first.exceptions[0]
        raise first from None
    return build_target(target, results, specs, repeats, ids)


def _said(exc: KeelError) -> str:
    return f"{exc.status_code} {type(exc).__name__}: {exc.message}"


def portal(client: Any) -> tuple[Any, Callable[[Any], Any]]:
    """A sync keel.Client's async client and how to run a coroutine on its loop."""
    inner = getattr(client, "_async", None)
    loop = getattr(client, "_portal", None)
    if inner is None or loop is None:
        raise TypeError("give a keel.Client (the sync client) to the *_sync functions, or await the async ones")
    return inner, loop.run


def evaluate_sync(
    client: Any,
    rows: list[dict[str, Any]],
    target: Target | dict[str, Any],
    metrics: list[Any],
    params: Any = None,
    **kwargs: Any,
) -> TargetResult:
    """`evaluate` with a sync keel.Client."""
    inner, run = portal(client)
    return run(evaluate(inner, rows, target, metrics, params, **kwargs))


async def execute(
    run: EvalRun,
    client: Any,
    store: Any = None,
    *,
    registry: Any = None,
    on_progress: Callable[[int, int], None] | None = None,
    data: Dataset | None = None,
) -> EvalRun:
    """Run RUN (queued) to the end: completed with its summary and gate results, or failed with
    the error (recorded in STORE when given, then raised). DATA: its rows, when already loaded."""
    from keel.evaluation.gates import check_gates

    spec = run.spec
    writer = ResultWriter(store, run.id, FLUSH_EVERY) if store is not None else None

    try:
        run.status = "running"
        if store is not None:
            await asyncio.to_thread(store.set_status, run.id, "running")
        if data is None:
            data = await load_rows(spec, client, registry)
        run.dataset = data.info
        total = len(data.rows) * spec.repeats * len(spec.targets)
        done_before = 0
        for target in spec.targets:
            if writer is not None:
                writer.expect(data.ids, spec.repeats)

            def progress(done: int, _total: int, before: int = done_before) -> None:
                if on_progress is not None:
                    on_progress(before + done, total)

            run.targets[target.label] = await evaluate(
                client,
                data.rows,
                target,
                spec.metrics,
                spec.params,
                repeats=spec.repeats,
                concurrency=spec.concurrency,
                row_ids=data.ids,
                on_result=writer.add if writer is not None else None,
                on_progress=progress,
            )
            done_before += len(data.rows) * spec.repeats
            if writer is not None:
                await writer.finish()
        run.gates = await check_gates(run, store) if spec.gates else None
        run.status = "completed"
        run.finished_at = datetime.now(UTC)
        if store is not None:
            await asyncio.to_thread(
                store.set_status, run.id, "completed", summary=clean(run.summary()), finished_at=run.finished_at
            )
        return run
    except BaseException as exc:
        run.status = "failed"
        run.finished_at = datetime.now(UTC)
        run.error = exc.message if isinstance(exc, KeelError) else f"{type(exc).__name__}: {exc}"
        if isinstance(exc, asyncio.CancelledError):
            run.error = "cancelled (the process stopped)"
        if writer is not None:
            try:
                await asyncio.shield(writer.finish())  # every answer that finished is kept
                await asyncio.to_thread(
                    store.set_status,
                    run.id,
                    "failed",
                    summary=clean(run.summary()),
                    error=run.error,
                    finished_at=run.finished_at,
                )
            except Exception:
                pass
        raise


async def create_run(spec: EvalSpec, store: Any = None, run_id: str | None = None) -> EvalRun:
    """A queued run of SPEC (written to STORE when given)."""
    run = EvalRun(id=run_id or new_run_id(), spec=spec)
    if store is not None:
        await asyncio.to_thread(store.create, run.id, spec.name, spec.to_json(), run.created_at)
    return run


async def run_eval(
    spec: EvalSpec | str | Path,
    client: Any,
    store: Any = None,
    *,
    registry: Any = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> EvalRun:
    """Run SPEC (an EvalSpec, or the path of an eval.yaml) through CLIENT (a keel.AsyncClient);
    STORE (an EvalStore) keeps it, None keeps it in memory only. Raises when the run fails."""
    if not isinstance(spec, EvalSpec):
        spec = load_spec(spec)
    run = await create_run(spec, store)
    return await execute(run, client, store, registry=registry, on_progress=on_progress)


def run_eval_sync(spec: EvalSpec | str | Path, client: Any, store: Any = None, **kwargs: Any) -> EvalRun:
    """`run_eval` with a sync keel.Client."""
    inner, run = portal(client)
    return run(run_eval(spec, inner, store, **kwargs))
