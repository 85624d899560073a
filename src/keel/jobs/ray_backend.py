"""The Ray back-end (`jobs.backend: ray`): batch inference as Ray Data `map_batches` handing each
block to one of a pool of long-lived actors, each calling the same pipeline as live traffic;
workflow steps as Ray tasks.

    jobs:
      backend: ray
      ray_address: auto          # a running cluster (`ray start --head`), else one started here
      ray_actors: 4              # actors calling the pipeline, each with its own services

The job itself stays a row of the job system: a worker claims it, heartbeats, and writes every
answered line to `batch_outputs` as Ray hands the results back, so a job whose worker died
resumes with the lines not written yet, exactly as on the local back-end. Only the address
changes between a laptop and a cluster.

The actors outlive their job: a process keeps one pool per set of settings, so a batch job does
not pay for building services (and loading models) in new actor processes; only the first job
after start-up, or after the settings change, does.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import pickle
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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
    if address == "local":
        # A local Ray kills a worker process idle for a second: the next batch job's Ray Data tasks
        # would start new ones (seconds on a busy machine, each job). Kept for ten minutes instead.
        # A cluster started with `ray start` takes the same with --system-config (docs/ray.md).
        ray.init(address="local", **kw, _system_config={"idle_worker_killing_time_threshold_ms": 600_000})
    else:
        ray.init(address=address, **kw)


class PipelineActor:
    """A Ray actor with its own Services (built from the settings it was made with), answering
    blocks of batch lines through the pipeline. It outlives the job that started it: the next
    batch job on the same settings reuses it, so its services are built (and its models loaded)
    once per process, not once per job. Async: several blocks, of one job or of several, run at
    once on its event loop, each job's requests bounded by that job's share of its concurrency."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings  # the Settings object itself: a JSON dump would mask its secrets
        self.services: Any = None
        self.starting = asyncio.Lock()
        self.requesters: dict[tuple[str, str | None], Any] = {}
        self.gates: dict[str, tuple[asyncio.Semaphore, int]] = {}

    async def ready(self) -> bool:
        """Build and start the services (once); True when they are up."""
        async with self.starting:
            if self.services is None:
                from keel.services import Services

                services = Services(self.settings)
                await services.start(wait_for_models=True)
                self.services = services
        return True

    async def close(self) -> None:
        """Stop the services (their request log and audit writers flush what they hold)."""
        if self.services is not None:
            await self.services.gateway.close()
            self.services = None

    async def answer(
        self, block: dict[str, list[Any]], job: str, tenant: str, concurrency: int, principal: str | None = None
    ) -> dict[str, Any]:
        """BLOCK's lines answered as TENANT (as the key PRINCIPAL, see Requester), at most
        CONCURRENCY of JOB's requests in flight here."""
        from keel.jobs.batch_lines import Requester

        await self.ready()
        request = self.requesters.get((tenant, principal))
        if request is None:
            jobs = self.services.settings.jobs
            request = self.requesters[(tenant, principal)] = Requester(
                self.services, tenant, jobs.retries, jobs.retry_backoff_s, principal=principal
            )
        gate, users = self.gates.get(job) or (asyncio.Semaphore(concurrency), 0)
        self.gates[job] = (gate, users + 1)
        try:
            lines = [
                BatchLine(int(n), str(cid), str(route), orjson.loads(body))
                for n, cid, route, body in zip(
                    block["line"], block["custom_id"], block["route"], block["body"], strict=True
                )
            ]

            async def one(line: BatchLine) -> tuple[Any, Any]:
                async with gate:
                    return await request(line)

            answers = await asyncio.gather(*(one(x) for x in lines))
        finally:
            gate, users = self.gates[job]
            if users == 1:
                del self.gates[job]
            else:
                self.gates[job] = (gate, users - 1)
        return {
            "line": [x.line for x in lines],
            "answer": [orjson.dumps({"response": r, "error": e}).decode() for r, e in answers],
        }


@dataclass
class _Actors:
    key: str
    handles: list[Any]
    users: int = 0  # jobs holding a lease on them
    retired: bool = False  # stopped once the last lease ends


class _Pool:
    """The actors of this process: made at the first Ray batch job, leased by each job, reused
    by the next ones on the same settings. Settings or `ray_actors` that change (a config reload)
    or another Ray session make a new set; the old one is stopped when the last job using it ends,
    never under a running job. A set whose actors do not answer is replaced, once per job."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.current: _Actors | None = None

    @contextlib.contextmanager
    def lease(self, settings: Any, size: int) -> Iterator[list[Any]]:
        import ray

        key = _key(settings, size)
        for attempt in (1, 2):
            stop: list[Any] = []
            with self.lock:
                entry = self.current
                if entry is None or entry.key != key or entry.retired:
                    if entry is not None:
                        stop = self._retire(entry)
                    entry = self.current = _Actors(key, _start(settings, size))
                entry.users += 1
            _stop(stop)
            try:
                ray.get([a.ready.remote() for a in entry.handles])
            except Exception as exc:  # an actor died, or belongs to a Ray that is gone
                _stop(self._release(entry, broken=True))
                if attempt == 2:
                    raise
                log.warning("the Ray pipeline actors did not answer (%s): making them again", exc)
                continue
            try:
                yield entry.handles
            finally:
                _stop(self._release(entry))
            return

    def _retire(self, entry: _Actors) -> list[Any]:
        """(Under the lock.) ENTRY is made no more; its actors to stop now, if no job holds them."""
        entry.retired = True
        if self.current is entry:
            self.current = None
        return entry.handles if entry.users == 0 else []

    def _release(self, entry: _Actors, broken: bool = False) -> list[Any]:
        with self.lock:
            entry.users -= 1
            if broken:
                entry.retired = True
                if self.current is entry:
                    self.current = None
            return entry.handles if entry.retired and entry.users == 0 else []

    @property
    def actors(self) -> list[Any]:
        with self.lock:
            return list(self.current.handles) if self.current else []


def _key(settings: Any, size: int) -> str:
    """Which actors fit: this Ray session (a node id is new with each started Ray, a job id with
    each connection to it), the pool's size and the settings, secrets included."""
    import ray

    ctx = ray.get_runtime_context()
    digest = hashlib.sha256(pickle.dumps(settings)).hexdigest()
    return f"{ctx.get_node_id()}:{ctx.get_job_id()}:{size}:{digest}"


def _start(settings: Any, size: int) -> list[Any]:
    import ray

    remote = ray.remote(
        num_cpus=0.25,  # they wait on models and upstreams: little CPU of their own
        max_restarts=2,
        max_task_retries=2,
        # Ray starts its workers at nice 15, below everything else on the machine; these serve
        # requests as the gateway does, so they run at its priority (as Ray's own job supervisor
        # does, with the same variable)
        runtime_env={"env_vars": {"RAY_worker_niceness": "0"}},
    )(PipelineActor)
    return [remote.remote(settings) for _ in range(size)]


def _stop(actors: list[Any]) -> None:
    """Let ACTORS flush their logs (10 s at most), then end them."""
    import ray

    if not actors:
        return
    try:
        ray.get([a.close.remote() for a in actors], timeout=10)
    except Exception:  # dead already, or slow: killed all the same
        pass
    for a in actors:
        try:
            ray.kill(a)
        except Exception:  # gone with the Ray it belonged to
            pass


_POOL = _Pool()


def _forward(
    block: Any, actors: list[Any], job: str, tenant: str, concurrency: int, principal: str | None
) -> dict[str, Any]:
    """A Ray Data task: hands its block to the actor its block number picks, and returns what the
    actor answered."""
    import ray

    actor = actors[int(block["block"].iloc[0]) % len(actors)]
    data = {k: block[k].tolist() for k in ("line", "custom_id", "route", "body")}
    return ray.get(actor.answer.remote(data, job, tenant, concurrency, principal))


def run_lines(
    lines: list[BatchLine],
    settings: Any,
    tenant: str,
    on_answer: Callable[[BatchLine, dict[str, Any] | None, dict[str, Any] | None], None],
    stop: Callable[[], bool],
    concurrency: int,
    job: str = "",
    principal: str | None = None,
) -> None:
    """Answer LINES on the Ray cluster (blocking: run it in a thread); ON_ANSWER for each as its
    block comes back; STOP() is asked between blocks (a cancelled or lost job stops there).

    Ray Data splits the lines into blocks and maps each with a light task that hands it to one of
    the process's long-lived PipelineActors (round robin by block number); CONCURRENCY requests
    are in flight across the actors, two blocks queued per actor so none waits between blocks."""
    import ray.data

    jobs: JobsSettings = settings.jobs
    connect(jobs)
    if not lines:
        return
    with _POOL.lease(settings, jobs.ray_actors) as pool:
        actors = pool[: min(len(pool), concurrency, len(lines))]  # each with at least one request in flight
        per_actor = -(-concurrency // len(actors))
        size = max(per_actor, min(256, len(lines) // (len(actors) * 4) or 1))
        blocks = -(-len(lines) // size)
        # the block of each line as Ray Data's from_items cuts them (divmod, the remainder spread
        # over the first blocks): each task gets one whole block, and consecutive blocks go to
        # consecutive actors
        base, extra = divmod(len(lines), blocks)
        block_of = [b for b in range(blocks) for _ in range(base + (b < extra))]
        by_line = {x.line: x for x in lines}
        items = [
            {"block": block_of[i], "line": x.line, "custom_id": x.custom_id, "route": x.route,
             "body": orjson.dumps(x.body).decode()}
            for i, x in enumerate(lines)
        ]  # fmt: skip
        ds = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
            _forward,
            fn_kwargs={
                "actors": actors,
                "job": job or f"job-{id(lines)}",
                "tenant": tenant,
                "concurrency": per_actor,
                "principal": principal,
            },
            batch_size=None,  # one task per block
            batch_format="pandas",
            num_cpus=0,  # the task only waits on its actor
            compute=ray.data.TaskPoolStrategy(size=2 * len(actors)),
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
