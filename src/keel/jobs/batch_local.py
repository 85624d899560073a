"""A local JSONL file as a batch job run here: `keel batch run` and the workflow `batch` step.

The run is a batch job of the job system with a local `input` and `output` (keel.jobs.batch):
run by this process's own worker, checkpointed like any other. Running the same input, endpoint,
model, prompt and output again finds the unfinished job and resumes it (`kill -9` included: a
worker on this host that no longer exists is known dead at once, without waiting for its heartbeat
to go stale); a finished one is not reused: the run starts afresh.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from keel.errors import Conflict
from keel.jobs.batch import CHAT, run_job
from keel.jobs.batch_input import parse_lines, rows_to_lines
from keel.jobs.queue import JOBS, Queue


def run_key(content: bytes, endpoint: str, model: str, prompt: str | None, output: Path) -> str:
    parts = [content, endpoint.encode(), model.encode(), (prompt or "").encode(), str(output.resolve()).encode()]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def resumable(queue: Queue, key: str) -> dict[str, Any] | None:
    """The newest unfinished local batch job of KEY, if any."""
    c = JOBS.c
    with queue.engine.connect() as conn:
        rows = conn.execute(
            select(JOBS).where(c.kind == "batch", c.status != "succeeded").order_by(c.created_at.desc())
        ).mappings()
        for r in rows:
            if (r["metadata"] or {}).get("local_key") == key:
                return dict(r)
    return None


async def run_batch_file(
    services: Any,
    input_path: str | Path,
    output_path: str | Path,
    model: str,
    concurrency: int | None = None,
    prompt: str | None = None,
    *,
    endpoint: str = CHAT,
    on_start: Callable[[dict[str, Any], bool], None] | None = None,
    on_progress: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Answer every line of INPUT_PATH with MODEL through SERVICES' pipeline and write them to
    OUTPUT_PATH; the job's final counts and status ({"status", "job", "total", "completed",
    "failed"}). Invalid input raises InvalidBatch (every line's problem) before anything runs.
    ON_START(job row, resumed); ON_PROGRESS(progress) while it runs."""
    from keel.jobs.worker import Worker, worker_alive, worker_name

    source, output = Path(input_path), Path(output_path)
    raw = await asyncio.to_thread(source.read_bytes)
    content = rows_to_lines(raw, model, prompt) if endpoint == CHAT else raw
    lines = parse_lines(content, endpoint, model)
    key = run_key(content, endpoint, model, prompt, output)
    q: Queue = services.jobs
    me = worker_name()
    row = await asyncio.to_thread(resumable, q, key)
    resumed = row is not None
    if row is not None:
        if row["status"] == "running" and worker_alive(row["worker"]) is not False:
            raise Conflict(
                f"this batch is running already ({row['id']} on {row['worker']}); wait for it, "
                f"or cancel it: keel jobs cancel {row['id']}"
            )
        row = await asyncio.to_thread(q.take_over, row["id"], me, row)
        if row is None:
            raise Conflict("another process took this batch over just now")
    else:
        spec: dict[str, Any] = {"input": str(source.resolve()), "output": str(output.resolve()), "model": model,
                                "endpoint": endpoint, "completion_window": "24h"}  # fmt: skip
        if prompt:
            spec["prompt"] = prompt
        if concurrency:
            spec["concurrency"] = concurrency
        meta = {"local_key": key, "output": str(output)}
        row = await asyncio.to_thread(q.submit, "batch", spec, status="running", worker=me, metadata=meta)
    if on_start is not None:
        on_start(row, resumed)
    settings = services.settings
    worker = Worker(
        services.engine, settings.jobs, services=services, handlers={"batch": run_job}, name=me, hand_back=False
    )
    task = asyncio.create_task(worker.run(row))
    while not task.done():
        if on_progress is not None and worker.current is not None:
            on_progress({"total": len(lines), **worker.current.progress_now})
        await asyncio.wait({task}, timeout=0.2)
    status = task.result()
    final = await asyncio.to_thread(q.row, row["id"])
    p = final["progress"] or {}
    if on_progress is not None:
        on_progress({"total": len(lines), **p})
    return {
        "status": status,
        "job": row["id"],
        "total": len(lines),
        "completed": p.get("completed", 0),
        "failed": p.get("failed", 0),
        "error": final["error"],
    }
