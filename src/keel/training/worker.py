"""The training worker: runs fine-tuning jobs in a process of its own.

    python -m keel.training.worker --job ftjob-… --worker HOST:PID   # one claimed job (keel serve starts these)
    keel train worker                                        # claim and run queued jobs until stopped

It reads the job from the database, writes the uploaded files to the job's folder, trains (a
killed worker's job resumes from its last checkpoint when claimed again), and on success
registers the adapter as a model version with its lineage (base, dataset, hyperparameters,
metrics) and serves it under the job's `fine_tuned_model` name through llama.cpp. Gateways on
the database load it at their next registry poll.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from keel.training.config import TrainConfig
from keel.training.files import Files
from keel.training.jobs import Jobs
from keel.training.publish import dataset_resolver, register

log = logging.getLogger(__name__)
HEARTBEAT_S = 2.0
DB_ENV = "KEEL_TRAINING_DB"


def _write_inputs(files: Files, row: dict[str, Any], out: Path) -> None:
    """The uploaded files the job trains on, written where its configuration reads them."""
    out.mkdir(parents=True, exist_ok=True)
    for path, file_id in (row["inputs"] or {}).items():
        target = Path(path)
        if not target.exists():
            tmp = target.with_name(f".{target.name}.tmp")
            tmp.write_bytes(files.content(file_id))
            tmp.rename(target)


class Lost(Exception):
    """Another worker took the job over (this one had looked dead): stop without touching it."""


class Heartbeat(threading.Thread):
    """Tells the database every HEARTBEAT_S that this worker still runs the job (model loading,
    validation and long steps included), and reads back whether to stop: cancelled, or taken over."""

    def __init__(self, jobs: Jobs, job_id: str, worker: str) -> None:
        super().__init__(daemon=True, name=f"heartbeat-{job_id}")
        self.jobs, self.job_id, self.worker = jobs, job_id, worker
        self.cancel = self.lost = False
        self.values: dict[str, Any] = {}
        self._stop_event = threading.Event()

    def beat(self) -> None:
        values, self.values = self.values, {}
        mine, cancel = self.jobs.heartbeat(self.job_id, self.worker, **values)
        self.lost, self.cancel = not mine, cancel

    def run(self) -> None:
        while not self._stop_event.wait(HEARTBEAT_S):
            try:
                self.beat()
            except Exception:  # the database is away for a moment: try again at the next beat
                log.warning("fine-tuning job %s: heartbeat failed", self.job_id, exc_info=True)

    def stop(self) -> None:
        self._stop_event.set()


def run_job(engine: Engine, job_id: str, worker: str) -> str:
    """Run job JOB_ID, claimed by WORKER, to its end; returns its final status ("lost" when
    another worker took it over)."""
    from keel.training.trainer import Cancelled, Run

    files, jobs = Files(engine), Jobs(engine)
    row = jobs.row(job_id)
    out = Path(row["output_dir"])
    cfg = TrainConfig.model_validate(row["config"])
    beat = Heartbeat(jobs, job_id, worker)
    beat.beat()
    if beat.lost:
        return "lost"
    beat.start()

    def should_stop() -> bool:
        return beat.cancel or beat.lost

    def on_event(e: dict[str, Any]) -> None:
        data = e.get("data")
        if beat.lost:
            return
        if e["type"] == "checkpoint":
            jobs.checkpoint(job_id, data["step"], data.get("metrics", {}), data["path"], data.get("pruned", []))
            return
        jobs.event(job_id, e.get("level", "info"), e["type"], e["message"], data)
        if e["type"] == "metrics" and data and "eta_s" in data:
            beat.values["estimated_finish"] = datetime.now(UTC) + timedelta(seconds=float(data["eta_s"]))

    def fail(code: str, exc: BaseException) -> str:
        message = f"{type(exc).__name__}: {exc}"
        if jobs.finish(job_id, "failed", worker, error={"code": code, "message": message, "param": None}):
            jobs.event(job_id, "error", "message", f"The job failed: {message}")
        return "failed"

    try:
        jobs.event(job_id, "info", "message", "Validating training file")
        _write_inputs(files, row, out)
        jobs.event(job_id, "info", "message", f"Fine-tuning job started ({worker})")
        result = Run(
            cfg, out, on_event=on_event, should_stop=should_stop, dataset_resolver=dataset_resolver(engine)
        ).run()
    except Cancelled:
        if beat.lost:
            return "lost"
        if jobs.finish(job_id, "cancelled", worker):
            jobs.event(job_id, "info", "message", "The job was cancelled")
        return "cancelled"
    except Exception as exc:
        log.exception("fine-tuning job %s failed", job_id)
        return fail("training_failed", exc)
    finally:
        beat.stop()
    try:
        result_file = files.create(
            _results_csv(jobs, job_id), f"{job_id}-results.csv", "fine-tune-results", row["tenant"]
        )
        ref = register(engine, cfg, result, job_id, f"ft-data-{job_id}")
    except Exception as exc:
        log.exception("fine-tuning job %s: registering the model failed", job_id)
        return fail("registration_failed", exc)
    done = jobs.finish(
        job_id,
        "succeeded",
        worker,
        trained_tokens=result.trained_tokens,
        result_files=[result_file["id"]],
        registered=ref,
    )
    if not done:
        return "lost"
    jobs.event(job_id, "info", "message", f"New fine-tuned model created: {row['fine_tuned_model']} ({ref})")
    jobs.event(job_id, "info", "message", "The job has successfully completed")
    return "succeeded"


def _results_csv(jobs: Jobs, job_id: str) -> bytes:
    rows: dict[int, dict[str, Any]] = {}
    for d in jobs.metric_events(job_id):
        if "step" in d:
            r = rows.setdefault(int(d["step"]), {})
            for k in ("train_loss", "valid_loss", "tokens_per_s"):
                if k in d:
                    r[k] = d[k]
    lines = ["step,train_loss,valid_loss,tokens_per_s"]
    for step in sorted(rows):
        r = rows[step]
        lines.append(",".join([str(step), *(str(r.get(k, "")) for k in ("train_loss", "valid_loss", "tokens_per_s"))]))
    return ("\n".join(lines) + "\n").encode()


def main(argv: list[str] | None = None) -> int:
    from keel.config.loader import load_settings
    from keel.store.engine import make_engine, migrate

    ap = argparse.ArgumentParser(prog="python -m keel.training.worker")
    ap.add_argument("--job", required=True, help="the fine-tuning job to run")
    ap.add_argument("--worker", required=True, help="the name the job was claimed under (host:pid)")
    ap.add_argument("--config", default=None, help="keel.yaml (default: $KEEL_CONFIG or ./keel.yaml)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # the database URL comes by the environment (KEEL_TRAINING_DB), not the command line: it may
    # hold a password, and every user of the machine can read a process's arguments
    url = os.environ.get(DB_ENV) or load_settings(args.config).storage.url
    engine = make_engine(url)
    migrate(engine)
    status = run_job(engine, args.job, args.worker)
    engine.dispose()
    return 0 if status in ("succeeded", "cancelled", "lost") else 1


if __name__ == "__main__":
    sys.exit(main())
