"""Services: everything the request path and the lifecycle use, built once from the configuration.

One object owns the live model catalogue (providers behind their routers), the response cache,
the guard, the limiter, metrics, traces, the database engine and the background log writers, and
the route pipelines; it starts them and shuts them down in one place. A stage gets only the few
services its class declares in `needs` (handed to its constructor by name), never this object;
nothing in Keel keeps a module-level registry of services.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from keel.config import ConfigError, ConfigProblem, ModelSettings, Settings, load_settings
from keel.observability.metrics import Metrics
from keel.observability.request_log import RequestLogWriter
from keel.observability.traces import TraceStore
from keel.pipeline.gateway import Gateway
from keel.pipeline.plan import plan_pipeline
from keel.pipeline.runner import PipelineRunner
from keel.providers.registry import create_provider
from keel.routing.breaker import CircuitBreaker
from keel.routing.catalogue import Catalogue
from keel.routing.router import Deployment, RoutedModel
from keel.store.engine import make_engine, migrate
from keel.store.tables import AuditEvent, ExperimentOutcome, Feedback, OutcomeScore

log = logging.getLogger(__name__)


class Services:
    # names a stage may list in `needs`
    PROVIDED = ("settings", "catalogue", "metrics", "traces", "cache", "guard", "limiter", "grounding")

    def __init__(self, settings: Settings, providers: dict[str, Any] | None = None) -> None:
        """PROVIDERS (tests): ready-made Provider objects by model name instead of building them."""
        self.settings = settings
        self.metrics = Metrics()
        self.traces = TraceStore(settings.server.trace_capacity)
        self._given = providers
        self.catalogue = Catalogue(self.build_model, on_ready=self._model_ready)
        self.engine = make_engine(settings.storage.url)
        s = settings.storage
        writer = {
            "batch_size": s.log_batch_size,
            "flush_interval_s": s.log_flush_interval_s,
            "queue_size": s.log_queue_size,
            "on_drop": self.metrics.log_dropped.inc,
        }
        self.request_log = RequestLogWriter(self.engine, **writer)
        self.audit_log = RequestLogWriter(self.engine, table=AuditEvent, **writer)
        self.outcomes = RequestLogWriter(self.engine, table=ExperimentOutcome, **writer)
        self.feedback = RequestLogWriter(self.engine, table=Feedback, **writer)
        self.scores = RequestLogWriter(self.engine, table=OutcomeScore, **writer)
        from keel.registry import Registry
        from keel.registry.runtime import PromptRules, RegistryRuntime

        self.registry = Registry(self.engine)
        from keel.training.service import FineTuning

        self.fine_tuning = FineTuning(self.engine, settings)
        self.job_runner: Any = None
        from keel.jobs.all_jobs import AllJobs
        from keel.jobs.queue import Queue

        self.jobs = Queue(self.engine)
        self.all_jobs = AllJobs(self.jobs, self.fine_tuning.jobs)
        self.job_worker: Any = None
        reg = settings.registry
        self.runtime = RegistryRuntime(self.registry.prompts, PromptRules(reg.prompt_rules, reg.embedding_model))
        self.registry_errors: dict[str, str] = {}  # public name -> why its registry reference does not resolve
        self.registry_versions: dict[str, tuple[str, float | None, float | None]] = {}
        self._watch: asyncio.Task[None] | None = None
        self._revision = -1
        self._sync_lock = asyncio.Lock()
        self._cache: Any = None
        self._guard: Any = None
        self._limiter: Any = None
        self._grounding: Any = None
        plans, problems = plan_pipeline(settings.pipeline)
        if problems:
            raise ConfigError([ConfigProblem("", ".".join(map(str, loc)), msg) for loc, msg in problems])
        self.pipelines = {route: PipelineRunner([self._stage(s) for s in plan.stages]) for route, plan in plans.items()}
        self.stages_ready: dict[str, bool] = {}  # stages with a start-up (models to load) and whether it is done
        self.stage_errors: dict[str, str] = {}
        self._starting: list[asyncio.Task[None]] = []
        self.gateway = Gateway(self)

    # ------------------------------------------------------------------ services built on first use

    @property
    def cache(self) -> Any:
        if self._cache is None:
            from keel.cache import ResponseCache

            self._cache = ResponseCache.from_settings(self.settings.cache)
        return self._cache

    @property
    def guard(self) -> Any:
        if self._guard is None:
            from keel.guard.engine import Guard

            self._guard = Guard(self.settings.guard)
        return self._guard

    @property
    def limiter(self) -> Any:
        if self._limiter is None:
            from keel.limits import Limiter

            s = self.settings.limits
            self._limiter = Limiter(s, lease_s=s.lease_s, fail_open=s.fail_open)
        return self._limiter

    @property
    def grounding(self) -> Any:
        """keel.grounding.Grounding: knowledge bases, conversation memory, entities."""
        if self._grounding is None:
            from keel.grounding import Grounding

            self._grounding = Grounding(self.engine, self.settings.grounding)
        return self._grounding

    def get(self, name: str) -> Any:
        if name not in self.PROVIDED:
            raise KeyError(f"no service {name!r}; services are {', '.join(self.PROVIDED)}")
        return getattr(self, name)

    def _stage(self, planned: Any) -> Any:
        kwargs = {name: self.get(name) for name in getattr(planned.cls, "needs", ())}
        if getattr(planned.cls, "Config", None) is not None:
            kwargs["config"] = planned.config
        return planned.cls(**kwargs)

    def build_model(self, m: ModelSettings) -> Any:
        """The deployment group of one public model name (what the catalogue serves)."""
        if self._given is not None and m.name in self._given:
            return self._given[m.name]
        if m.registry and m.registry_version is None:
            return Unresolved(m.registry, self.registry_errors.get(m.name, "it does not resolve"))
        breaker = m.routing.breaker
        deployments = [
            Deployment(
                id=d.name or f"{d.provider}-{i}",
                provider=create_provider(m.name, d.provider, d.params, services=self.get),
                settings=d,
                breaker=CircuitBreaker(breaker.failures, breaker.cooldown_s),
            )
            for i, d in enumerate(m.deployment_list())
        ]
        return RoutedModel(m.name, deployments, m.routing, resolve=self.catalogue.get)

    def _model_ready(self, name: str, ready: bool) -> None:
        self.metrics.model_ready.labels(model=name).set(1 if ready else 0)

    # ------------------------------------------------------------------ lifecycle

    def stages(self) -> list[Any]:
        seen: dict[int, Any] = {}
        for runner in self.pipelines.values():
            for stage in runner.stages:
                seen.setdefault(id(stage), stage)
        return list(seen.values())

    async def start(self, wait_for_models: bool = False) -> None:
        await asyncio.to_thread(migrate, self.engine)
        for writer in (self.request_log, self.audit_log, self.outcomes, self.feedback, self.scores):
            writer.start()
        revision, models = await asyncio.to_thread(self._catalogue_models, self.settings)
        await self.catalogue.start(models, self.settings.aliases)
        self._revision = revision
        if self.settings.registry.poll_s > 0:
            self._watch = asyncio.create_task(self._watch_registry(self.settings.registry.poll_s))
        for stage in self.stages():  # e.g. load the semantic cache's embedder ahead of the first request
            if getattr(stage, "start", None) is not None:
                self.stages_ready[stage.name] = False
                self._starting.append(asyncio.create_task(self._start_stage(stage)))
        if wait_for_models:
            await self.catalogue.wait_started()
            await asyncio.gather(*self._starting)

    def start_jobs(self) -> None:
        """Run queued jobs in this process (`keel serve`; not in-process clients): fine-tuning jobs
        each in a worker process, the job system's kinds (batch, workflow…) on a job worker that
        also fires due schedules."""
        t = self.settings.training
        if t.worker and self.job_runner is None:
            from keel.training.runner import JobRunner

            self.job_runner = JobRunner(self.engine, self.settings.storage.url, t.poll_s, t.stale_s)
            self.job_runner.start()
        if self.settings.jobs.worker:
            self.start_job_worker(schedules=self.settings.jobs.schedules)

    def start_job_worker(self, schedules: bool = False) -> None:
        """The job worker in this process (once): it runs the job system's kinds on these services;
        with SCHEDULES it also fires due schedules (`keel serve`, not an in-process client's)."""
        if self.job_worker is None:
            from keel.jobs.worker import Worker

            jobs = self.settings.jobs
            scheduler = self.schedules() if schedules else None
            self.job_worker = Worker(self.engine, jobs, services=self, scheduler=scheduler)
            self.job_worker.start()

    def schedules(self) -> Any:
        from keel.jobs.schedules import Schedules

        return Schedules.for_worker(self.engine, self.settings.jobs)

    async def _start_stage(self, stage: Any) -> None:
        try:
            await stage.start()
        except Exception as exc:  # readyz reports it
            log.error("stage %s failed to start: %s", stage.name, exc)
            self.stage_errors[stage.name] = str(exc)
            return
        self.stages_ready[stage.name] = True

    async def close(self) -> None:
        if self.job_runner is not None:
            await self.job_runner.close()
        if self.job_worker is not None:
            await self.job_worker.close()
        for task in self._starting:
            task.cancel()
        if self._watch is not None:
            self._watch.cancel()
        for stage in self.stages():
            close = getattr(stage, "close", None)
            if close is not None:
                await close()
        if self._cache is not None:
            await self._cache.close()
        if self._guard is not None:
            self._guard.close()
        if self._limiter is not None:
            await self._limiter.close()
        await self.catalogue.close()
        await asyncio.to_thread(self.request_log.close)
        await asyncio.to_thread(self.audit_log.close)
        await asyncio.to_thread(self.outcomes.close)
        await asyncio.to_thread(self.feedback.close)
        await asyncio.to_thread(self.scores.close)
        self.engine.dispose()

    async def reload(self, settings: Settings) -> dict[str, Any]:
        """Apply a new configuration while serving: the model catalogue (models, aliases) changes
        live; other sections that differ are named in `restart_needed` and left as they are."""
        async with self._sync_lock:
            revision, models = await asyncio.to_thread(self._catalogue_models, settings)
            change = await self.catalogue.apply(models, settings.aliases)
            self._revision = revision
        live = ("models", "aliases")
        restart = [
            name
            for name in type(settings).model_fields
            if name not in live and getattr(settings, name) != getattr(self.settings, name)
        ]
        self.settings = self.settings.model_copy(update={k: getattr(settings, k) for k in live})
        return {**change.to_dict(), "restart_needed": restart}

    async def reload_from(self, path: str | Path | None = None) -> dict[str, Any]:
        """Re-read keel.yaml (PATH, else $KEEL_CONFIG or ./keel.yaml) and apply it; a file with
        problems raises ConfigError and changes nothing."""
        new = await asyncio.to_thread(load_settings, path)
        change = await self.reload(new)
        log.info("configuration reloaded: %s", change)
        return change

    # ------------------------------------------------------------------ the registry, live

    def _catalogue_models(self, settings: Settings) -> tuple[int, list[ModelSettings]]:
        """(registry revision, what the catalogue serves): keel.yaml's models with registry
        references resolved, and the names served from the registry. Reads the database: run it
        in a worker thread. Also refreshes the request path's prompt labels and experiments."""
        revision = self.registry.revision()
        running = self.registry.experiments.running()
        models, errors, versions = self.registry.catalogue_models(list(settings.models), running)
        if self._given is not None:
            given = [m for m in models if m.name in self._given]
            given += [ModelSettings(name=n) for n in self._given if not any(m.name == n for m in given)]
            models = given + [m for m in models if m.registry and m.name not in self._given]
        self.registry_errors = errors
        self.registry_versions = versions
        self.runtime.refresh(revision, running)
        return revision, models

    async def registry_changed(self) -> dict[str, Any]:
        """Apply what changed in the registry now (the admin API calls it after each change; other
        processes' changes arrive through the poll)."""
        async with self._sync_lock:
            revision, models = await asyncio.to_thread(self._catalogue_models, self.settings)
            change = await self.catalogue.apply(models, self.settings.aliases)
            self._revision = revision
        return {**change.to_dict(), "registry_revision": revision}

    async def _watch_registry(self, every_s: float, guardrails_s: float = 30.0) -> None:
        """Poll the registry's revision; every GUARDRAILS_S also check the guard rails of the
        experiments running here, so an arm found worse stops without anyone reading the results."""
        checks = max(1, round(guardrails_s / every_s))
        polls = 0
        while True:
            await asyncio.sleep(every_s)
            polls += 1
            try:
                revision = await asyncio.to_thread(self.registry.revision)
                if revision != self._revision:
                    change = await self.registry_changed()
                    log.info("registry revision %s: %s", revision, change)
                if polls % checks == 0:
                    await self.check_guardrails()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("registry poll failed")

    async def check_guardrails(self) -> list[str]:
        """Read the results of every running experiment with guard rails (which stops an arm a
        guard rail finds worse); apply and audit what stopped. The arms stopped, as EXP:ARM."""
        from keel.security.audit import registry_event

        stopped: list[str] = []
        for assigner in list(self.runtime.experiments.values()):
            exp = await asyncio.to_thread(self.registry.experiments.get, assigner.name)
            if not exp["guardrails"] or exp["status"] != "running":
                continue
            status = await asyncio.to_thread(self.registry.experiments.status, assigner.name)
            for arm in status["stopped_now"]:
                stopped.append(f"{assigner.name}:{arm}")
                why = {"arm": arm, "why": status["stopped"][arm]}
                self.audit_log.record(registry_event("experiment.guardrail_stop", assigner.name, why))
        if stopped:
            await self.registry_changed()
            log.warning("guard rails stopped experiment arm(s): %s", ", ".join(stopped))
        return stopped

    def readiness(self) -> tuple[bool, dict[str, Any]]:
        models: dict[str, Any] = {}
        for e in self.catalogue.entries():
            if e.ready:
                models[e.name] = {"ready": True}
            elif e.load_error:
                models[e.name] = {"ready": False, "error": e.load_error}
            else:
                models[e.name] = {"ready": False, "detail": "loading"}
        stages: dict[str, Any] = {}
        for name, done in self.stages_ready.items():
            if done:
                stages[name] = {"ready": True}
            elif name in self.stage_errors:
                stages[name] = {"ready": False, "error": self.stage_errors[name]}
            else:
                stages[name] = {"ready": False, "detail": "starting"}
        ready = all(m["ready"] for m in models.values()) and all(s["ready"] for s in stages.values())
        body: dict[str, Any] = {"status": "ready" if ready else "not ready", "models": models}
        if stages:
            body["stages"] = stages
        return ready, body


class RegistryServices:
    """Just what the registry's operations need — the database, the registry, the audit and
    feedback writers — for a process that serves no requests (the CLI working without a gateway):
    no model is loaded. Changes reach gateways through their registry poll."""

    catalogue = None

    def __init__(self, settings: Settings) -> None:
        from keel.registry import Registry

        self.settings = settings
        self.engine = make_engine(settings.storage.url)
        self.registry = Registry(self.engine)
        from keel.training.service import FineTuning

        self.fine_tuning = FineTuning(self.engine, settings)
        from keel.jobs.all_jobs import AllJobs
        from keel.jobs.queue import Queue

        self.jobs = Queue(self.engine)
        self.all_jobs = AllJobs(self.jobs, self.fine_tuning.jobs)
        self.audit_log = RequestLogWriter(self.engine, table=AuditEvent)
        self.feedback = RequestLogWriter(self.engine, table=Feedback)
        self._grounding: Any = None

    @property
    def grounding(self) -> Any:
        """keel.grounding.Grounding, on the same database (`keel kb` without a gateway)."""
        if self._grounding is None:
            from keel.grounding import Grounding

            self._grounding = Grounding(self.engine, self.settings.grounding)
        return self._grounding

    async def start(self) -> None:
        await asyncio.to_thread(migrate, self.engine)
        self.audit_log.start()
        self.feedback.start()

    async def registry_changed(self) -> dict[str, Any]:
        return {"registry_revision": await asyncio.to_thread(self.registry.revision)}

    async def close(self) -> None:
        await asyncio.to_thread(self.audit_log.close)
        await asyncio.to_thread(self.feedback.close)
        self.engine.dispose()


class Unresolved:
    """A catalogue entry whose registry reference does not resolve: it fails to load, saying why
    (requests get 503 with the reason; `keel models serve` or a promotion fixes it live)."""

    def __init__(self, ref: str, reason: str) -> None:
        self.ref = ref
        self.reason = reason

    async def start(self) -> None:
        raise RuntimeError(f"registry reference {self.ref} does not resolve: {self.reason}")

    async def close(self) -> None:
        return None
