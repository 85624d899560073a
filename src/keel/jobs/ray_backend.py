"""The Ray back-end (`jobs.backend: ray`): batch inference as Ray Data `map_batches` over a pool of
actors, each calling the same pipeline as live traffic; workflow steps as Ray tasks.

    jobs:
      backend: ray
      ray_address: auto          # a running cluster (`ray start --head`), else one started here
      ray_actors: 4              # actors calling the pipeline, each with its own services

The job itself stays a row of the job system: a worker claims it, heartbeats, and writes every
answered line to `batch_outputs` as Ray hands the results back, so a job whose worker died
resumes with the lines not written yet, exactly as on the local back-end. Only the address
changes between a laptop and a cluster.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

import orjson

from keel.config.jobs import JobsSettings
from keel.jobs.batch_input import BatchLine

log = logging.getLogger(__name__)
_INIT = threading.Lock()


def connect(settings: JobsSettings) -> None:
    """Join the Ray cluster at `jobs.ray_address` (once per process): `auto` joins a running
    cluster or starts a local one, `local` always starts one, anything else is an address.

    A local Ray's processes die with the thread that started them (Ray sets their parent-death
    signal, which Linux ties to the thread): started from a worker thread that later ends (a
    thread pool's, an event loop's that closes), they would vanish under the next job. So Ray is
    started from a thread of its own that lives as long as the process."""
    import ray

    with _INIT:
        if ray.is_initialized():
            return
        if threading.current_thread() is threading.main_thread():
            _init(settings.ray_address)
            return
        done = threading.Event()
        failure: list[BaseException] = []

        def owner() -> None:
            try:
                _init(settings.ray_address)
            except BaseException as exc:
                failure.append(exc)
            done.set()
            if not failure:
                threading.Event().wait()  # keep the thread, and so Ray's processes, alive

        threading.Thread(target=owner, name="keel-ray", daemon=True).start()
        done.wait()
        if failure:
            raise failure[0]


def _init(address: str) -> None:
    import ray

    kw: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
    if address == "auto":
        try:
            ray.init(address="auto", **kw)
            return
        except ConnectionError:
            log.info("no Ray cluster is running: starting a local one")
            address = "local"
    ray.init(**kw) if address == "local" else ray.init(address=address, **kw)


class PipelineActor:
    """A Ray actor with its own Services (built from the job's settings): answers a block of
    batch lines through the pipeline, `concurrency` at a time."""

    def __init__(self, settings: dict[str, Any], tenant: str, concurrency: int) -> None:
        from keel.config import Settings
        from keel.jobs.batch import Requester
        from keel.services import Services

        s = Settings.model_validate(settings)
        self.loop = asyncio.new_event_loop()
        self.services = Services(s)
        self.loop.run_until_complete(self.services.start(wait_for_models=True))
        self.request = Requester(self.services, tenant, s.jobs.retries, s.jobs.retry_backoff_s)
        self.concurrency = concurrency

    def __call__(self, block: dict[str, Any]) -> dict[str, Any]:
        lines = [
            BatchLine(int(n), str(cid), str(route), orjson.loads(body))
            for n, cid, route, body in zip(
                block["line"], block["custom_id"], block["route"], block["body"], strict=True
            )
        ]
        gate = asyncio.Semaphore(self.concurrency)

        async def one(line: BatchLine) -> tuple[Any, Any]:
            async with gate:
                return await self.request(line)

        async def every() -> list[tuple[Any, Any]]:
            return await asyncio.gather(*(one(x) for x in lines))

        answers = self.loop.run_until_complete(every())
        return {
            "line": [x.line for x in lines],
            "custom_id": [x.custom_id for x in lines],
            "answer": [orjson.dumps({"response": r, "error": e}).decode() for r, e in answers],
        }


def run_lines(
    lines: list[BatchLine],
    settings: Any,
    tenant: str,
    on_answer: Callable[[BatchLine, dict[str, Any] | None, dict[str, Any] | None], None],
    stop: Callable[[], bool],
    concurrency: int,
) -> None:
    """Answer LINES on the Ray cluster (blocking: run it in a thread); ON_ANSWER for each as its
    block comes back; STOP() is asked between blocks (a cancelled or lost job stops there)."""
    import ray.data

    jobs: JobsSettings = settings.jobs
    connect(jobs)
    if not lines:
        return
    by_line = {x.line: x for x in lines}
    items = [
        {"line": x.line, "custom_id": x.custom_id, "route": x.route, "body": orjson.dumps(x.body).decode()}
        for x in lines
    ]
    actors = max(1, min(jobs.ray_actors, concurrency, len(lines)))
    per_actor = -(-concurrency // actors)  # CONCURRENCY requests in flight across the actors
    block = max(per_actor, min(256, len(lines) // (actors * 4) or 1))
    ds = ray.data.from_items(items, override_num_blocks=max(1, len(lines) // block)).map_batches(
        PipelineActor,
        fn_constructor_kwargs={
            "settings": settings.model_dump(mode="json"),
            "tenant": tenant,
            "concurrency": per_actor,
        },
        batch_size=block,
        batch_format="pandas",
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=0.25,  # the actors wait on models and upstreams; they need little CPU of their own
    )
    for out in ds.iter_batches(batch_size=None, batch_format="pandas"):
        for n, answer in zip(out["line"], out["answer"], strict=True):
            a = orjson.loads(answer)
            on_answer(by_line[int(n)], a["response"], a["error"])
        if stop():
            return


def run_task(fn: Callable[..., Any], *args: Any, settings: JobsSettings, **kwargs: Any) -> Any:
    """FN(*ARGS, **KWARGS) as a Ray task on the cluster (blocking: run it in a thread)."""
    import ray

    connect(settings)
    remote = ray.remote(num_cpus=1, max_retries=0)(fn)
    return ray.get(remote.remote(*args, **kwargs))
