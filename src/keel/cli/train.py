"""`keel train run config.yaml`: a LoRA fine-tuning run in this process with a progress bar;
`keel train hpo hpo.yaml`: a hyper-parameter search; `keel train jobs` / `keel train worker`:
the fine-tuning jobs of OpenAI's API on this database.

A run writes its checkpoints to `output_dir`; running the same command again after a crash or
Ctrl-C resumes from the last one. With `register:` in the config the adapter becomes a registry
model version (lineage: base, dataset, hyperparameters, metrics) served through llama.cpp.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from keel.cli.common import ConfigOption, console, fail, print_json, problems_exit, settings_or_exit

app = typer.Typer(help="Fine-tune models: LoRA runs, hyper-parameter search, fine-tuning jobs.", no_args_is_help=True)
out = Console()


def _load(path: Path) -> Any:
    from keel.config import ConfigError
    from keel.training.config import load_config

    try:
        return load_config(path)
    except ConfigError as exc:
        problems_exit(f"{path} is not a valid training configuration:", exc)


def _resolver(config: Path | None) -> tuple[Any, Any]:
    """(resolve, dispose): training data named by a registry reference (NAME@LABEL, NAME/VERSION)
    to its file, opening the database on first use."""
    engine: Any = None

    def resolve(ref: str) -> str:
        nonlocal engine
        from keel.store.engine import make_engine, migrate
        from keel.training.publish import dataset_resolver

        if engine is None:
            engine = make_engine(settings_or_exit(config).storage.url)
            migrate(engine)
        return dataset_resolver(engine)(ref)

    def dispose() -> None:
        if engine is not None:
            engine.dispose()

    return resolve, dispose


@app.command("run")
def run_cmd(
    config_file: Path = typer.Argument(..., help="the run's YAML (see docs/fine-tuning.md)"),
    output_dir: Path | None = typer.Option(None, "--output", "-o", help="default: output_dir of the file"),
    config: Path | None = ConfigOption,
    as_json: bool = typer.Option(False, "--json", help="print the result as JSON"),
) -> None:
    """Train a LoRA adapter as CONFIG_FILE says (resuming its last checkpoint if there is one)."""
    from keel.errors import KeelError
    from keel.training.data import DataError
    from keel.training.trainer import Run

    cfg = _load(config_file)
    target = output_dir or (Path(cfg.output_dir) if cfg.output_dir else None)
    if target is None:
        fail("give an output folder: --output DIR, or output_dir in the file")
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("loss {task.fields[loss]}"),
        TimeRemainingColumn(),
        console=console,
    )
    task = progress.add_task("loading", total=None, loss="-")

    def on_event(e: dict[str, Any]) -> None:
        data = e.get("data") or {}
        if e["type"] == "metrics" and "step" in data and "train_loss" in data:
            stage = f"{data['stage']} epoch {data['epoch']}"
            loss = f"{data['train_loss']:.4f}"
            progress.update(task, total=data["total_steps"], completed=data["step"], description=stage, loss=loss)
            return
        notable = e["level"] != "info" or "valid_loss" in data or "total_steps" in data
        if e["type"] == "message" and ("resuming" in e["message"] or "wrote" in e["message"]):
            notable = True
        if notable and e["type"] in ("message", "metrics"):
            progress.console.print(e["message"])

    resolve, dispose = _resolver(config)
    try:
        with progress:
            result = Run(cfg, target, on_event=on_event, dataset_resolver=resolve).run()
    except DataError as exc:
        fail(f"bad training data: {exc}")
    except (KeelError, ValueError) as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail(f"interrupted; run the same command again to resume from the last checkpoint in {target}/checkpoints", 130)
    finally:
        dispose()
    summary = result.to_dict()
    if cfg.register_ is not None:
        from keel.store.engine import make_engine, migrate
        from keel.training.publish import register

        settings = settings_or_exit(config)
        engine = make_engine(settings.storage.url)
        migrate(engine)
        summary["registered"] = register(engine, cfg, result, str(result.output_dir))
        if cfg.register_.serve:
            summary["served_as"] = cfg.register_.serve
        engine.dispose()
    if as_json:
        print_json(summary)
        return
    t = Table(title=f"trained {cfg.strategy} LoRA on {result.base.name}")
    t.add_column("")
    t.add_column("")
    for k, v in summary.items():
        if k == "metrics":
            for mk, mv in v.items():
                t.add_row(mk, str(mv))
        else:
            t.add_row(k, str(v))
    out.print(t)


@app.command("hpo")
def hpo_cmd(
    hpo_file: Path = typer.Argument(..., help="the search's YAML: train (a run's config, or its path) and search"),
    trials: int | None = typer.Option(
        None, "--trials", "-n", min=1, help="finished trials the study should have (default: search.trials)"
    ),
    study: str | None = typer.Option(None, "--study", help="the study's name (default: search.study, else a hash)"),
    output_dir: Path | None = typer.Option(
        None, "--output", "-o", help="trial folders go here (default: train.output_dir, else ./runs/STUDY)"
    ),
    config: Path | None = ConfigOption,
    as_json: bool = typer.Option(False, "--json", help="print the result as JSON"),
    ray: bool | None = typer.Option(
        None, "--ray/--local", help="trials on Ray Tune (default: when jobs.backend is ray), or here, one at a time"
    ),
    parallel: int = typer.Option(2, "--parallel", min=1, help="with --ray: trials running at once"),
) -> None:
    """An Optuna study over the file's search space, stored in Keel's database (storage.url):
    running it again with the same study name goes on where it stopped. With --ray the trials run
    on Ray Tune (jobs.ray_address), several at once, recorded in the same study."""
    import optuna

    from keel.config import ConfigError
    from keel.training import hpo

    try:
        spec = hpo.load_hpo(hpo_file)
    except ConfigError as exc:
        problems_exit(f"{hpo_file} is not a valid search:", exc)
    settings = settings_or_exit(config)
    name = study or hpo.study_name(spec)
    folder = output_dir or hpo.default_output_dir(spec, name)
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    resolve, dispose = _resolver(config)

    def on_trial(row: Any, result: Any) -> None:
        value = f"{result.metric} {row.value:.5g}" if row.value is not None else (row.error or "")
        values = ", ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in row.params.items())
        best = " [green]★ best[/green]" if row.best else ""
        console.print(f"trial {row.number} {row.state}: {value} ({values}) in {row.duration_s}s{best}", highlight=False)

    console.print(f"study {name}: trials in {folder}")
    on_ray = ray if ray is not None else settings.jobs.backend == "ray"
    try:
        if on_ray:
            from keel.training.hpo_ray import run_study_ray

            result = run_study_ray(
                spec, settings.storage.url, folder, settings.jobs, n_trials=trials, study=name, parallel=parallel,
                on_status=console.print,
            )  # fmt: skip
            for row in result.trials:
                on_trial(row, result)
        else:
            result = hpo.run_study(
                spec, settings.storage.url, folder, on_trial=on_trial, n_trials=trials, study=name,
                dataset_resolver=resolve,
            )  # fmt: skip
    except KeyboardInterrupt:
        fail(f"interrupted: run the same command again to go on with study {name} (its current trial is re-run)", 130)
    except ValueError as exc:  # the name is taken by a study of another metric or direction
        fail(str(exc))
    finally:
        dispose()
    if as_json:
        print_json(result.to_dict())
        return
    out.print(hpo.progress_table(result))
    if result.best_trial is None:
        fail(f"no trial of study {name} completed", 1)
    out.print(
        f"best {result.metric}: {result.best_value:.5g} (trial {result.best_trial}) with {result.best_params}; "
        f"its adapter: {result.best_output_dir}/adapter"
    )


jobs = typer.Typer(help="Fine-tuning jobs (OpenAI's API) on this database.", no_args_is_help=True)
app.add_typer(jobs, name="jobs")


def _ft(config: Path | None) -> Any:
    from keel.store.engine import make_engine, migrate
    from keel.training.service import FineTuning

    settings = settings_or_exit(config)
    engine = make_engine(settings.storage.url)
    migrate(engine)
    return FineTuning(engine, settings)


@jobs.command("list")
def jobs_list(config: Path | None = ConfigOption, limit: int = typer.Option(20, "--limit")) -> None:
    """The newest fine-tuning jobs."""
    t = Table()
    t.add_column("id", no_wrap=True)
    for name in ("status", "model", "fine_tuned_model", "trained tokens", "created"):
        t.add_column(name, overflow="fold")
    for j in _ft(config).jobs.list(limit=limit)["data"]:
        t.add_row(j["id"], j["status"], j["model"], j["fine_tuned_model"] or "", str(j["trained_tokens"] or ""),
                  time.strftime("%Y-%m-%d %H:%M", time.localtime(j["created_at"])))  # fmt: skip
    out.print(t)


@jobs.command("show")
def jobs_show(job_id: str, config: Path | None = ConfigOption) -> None:
    """A job, then its newest events."""
    ft = _ft(config)
    print_json(ft.jobs.get(job_id))
    for e in reversed(ft.jobs.events(job_id, limit=30)["data"]):
        out.print(f"{time.strftime('%H:%M:%S', time.localtime(e['created_at']))} {e['level']:5} {e['message']}")


@jobs.command("cancel")
def jobs_cancel(job_id: str, config: Path | None = ConfigOption) -> None:
    """Cancel a job: a queued one at once, a running one at its next step."""
    print_json(_ft(config).jobs.cancel(job_id))


@app.command("worker")
def worker_cmd(
    config: Path | None = ConfigOption,
    once: bool = typer.Option(False, "--once", help="run the queued jobs, then exit"),
) -> None:
    """Claim and run queued fine-tuning jobs (each in a process of its own) until stopped —
    for a machine that trains while gateways elsewhere serve (set training.worker: false there)."""
    from keel.store.engine import make_engine, migrate
    from keel.training.runner import JobRunner

    settings = settings_or_exit(config)
    engine = make_engine(settings.storage.url)
    migrate(engine)
    runner = JobRunner(engine, settings.storage.url, settings.training.poll_s, settings.training.stale_s)

    async def main() -> None:
        while True:
            job_id = await asyncio.to_thread(runner.jobs.claim, runner.name, runner.stale_s)
            if job_id is None:
                if once:
                    return
                await asyncio.sleep(runner.poll_s)
                continue
            console.print(f"running {job_id}")
            code = await runner.run(job_id)
            console.print(f"{job_id}: worker exited with {code}; status {runner.jobs.row(job_id)['status']}")

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
