"""The training worker: runs fine-tuning jobs in a process of its own.

    python -m keel.training.worker --job ftjob-… --db URL    # one claimed job (keel serve starts these)
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
import socket
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from keel.training.config import TrainConfig
from keel.training.jobs import Files, Jobs
from keel.training.publish import dataset_resolver, register

log = logging.getLogger(__name__)
HEARTBEAT_S = 2.0


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _write_files(files: Files, row: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for key, name in (("training_file", "training.jsonl"), ("validation_file", "validation.jsonl")):
        if row[key] and not (out / name).exists():
            tmp = out / f".{name}.tmp"
            tmp.write_bytes(files.content(row[key]))
            tmp.rename(out / name)


def run_job(engine: Engine, job_id: str) -> str:
    """Run one claimed job to its end; returns its final status."""
    from keel.training.trainer import Cancelled, Run

    files, jobs = Files(engine), Jobs(engine)
    row = jobs.row(job_id)
    out = Path(row["output_dir"])
    cfg = TrainConfig.model_validate(row["config"])
    beat = {"at": 0.0, "cancel": False}

    def should_stop() -> bool:
        if time.monotonic() - beat["at"] >= HEARTBEAT_S:
            beat["cancel"] = jobs.heartbeat(job_id)
            beat["at"] = time.monotonic()
        return bool(beat["cancel"])

    def on_event(e: dict[str, Any]) -> None:
        data = e.get("data")
        if e["type"] == "checkpoint":
            jobs.checkpoint(job_id, data["step"], data.get("metrics", {}), data["path"])
            return
        jobs.event(job_id, e.get("level", "info"), e["type"], e["message"], data)
        if e["type"] == "metrics" and data and "eta_s" in data:
            jobs.heartbeat(
                job_id,
                estimated_finish=datetime.now(UTC) + timedelta(seconds=float(data["eta_s"])),
            )

    try:
        jobs.event(job_id, "info", "message", "Validating training file")
        _write_files(files, row, out)
        jobs.event(job_id, "info", "message", f"Fine-tuning job started ({worker_name()})")
        result = Run(
            cfg, out, on_event=on_event, should_stop=should_stop, dataset_resolver=dataset_resolver(engine)
        ).run()
    except Cancelled:
        jobs.finish(job_id, "cancelled")
        jobs.event(job_id, "info", "message", "The job was cancelled")
        return "cancelled"
    except Exception as exc:
        log.exception("fine-tuning job %s failed", job_id)
        jobs.finish(
            job_id,
            "failed",
            error={"code": "training_failed", "message": f"{type(exc).__name__}: {exc}", "param": None},
        )
        jobs.event(job_id, "error", "message", f"The job failed: {type(exc).__name__}: {exc}")
        return "failed"
    try:
        result_file = files.create(
            _results_csv(jobs, job_id), f"{job_id}-results.csv", "fine-tune-results", row["tenant"]
        )
        ref = register(engine, cfg, result, job_id, f"ft-data-{job_id}")
    except Exception as exc:
        log.exception("fine-tuning job %s: registering the model failed", job_id)
        jobs.finish(
            job_id,
            "failed",
            error={"code": "registration_failed", "message": f"{type(exc).__name__}: {exc}", "param": None},
        )
        return "failed"
    jobs.finish(
        job_id, "succeeded", trained_tokens=result.trained_tokens, result_files=[result_file["id"]], registered=ref
    )
    jobs.event(job_id, "info", "message", f"New fine-tuned model created: {row['fine_tuned_model']} ({ref})")
    jobs.event(job_id, "info", "message", "The job has successfully completed")
    return "succeeded"


def _results_csv(jobs: Jobs, job_id: str) -> bytes:
    rows: dict[int, dict[str, Any]] = {}
    events = jobs.events(job_id, limit=1000)["data"]
    for e in reversed(events):
        d = e.get("data") or {}
        if e["type"] == "metrics" and "step" in d:
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
    ap.add_argument("--job", required=True, help="the fine-tuning job to run (it must be claimed by this worker)")
    ap.add_argument("--db", default=None, help="the database URL (default: storage.url of keel.yaml)")
    ap.add_argument("--config", default=None, help="keel.yaml (default: $KEEL_CONFIG or ./keel.yaml)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    engine = make_engine(args.db or load_settings(args.config).storage.url)
    migrate(engine)
    status = run_job(engine, args.job)
    engine.dispose()
    return 0 if status in ("succeeded", "cancelled") else 1


if __name__ == "__main__":
    sys.exit(main())
