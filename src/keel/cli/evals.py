"""`keel eval`: run an eval spec (a dataset × models / prompt versions matrix, scored by metrics),
gate CI on it, compare runs, list and show stored runs.

    keel eval run eval.yaml [--out results.jsonl]
    keel eval gate eval.yaml          # runs it, then exits 1 when a gate fails (0 when all pass)
    keel eval gate eval-3f9a0c1d2e4b  # the gates of a stored run
    keel eval compare RUN_A RUN_B --metric keyword_hit
    keel eval list | show RUN_ID

With a gateway answering (`--url`, default the config's HOST:PORT; key from $KEEL_API_KEY) the
run is sent to it (POST /v1/evals; a local dataset file's rows go inline) and runs on its models;
otherwise it runs in this process on the config's models, stored in the config's database.
"""

from __future__ import annotations

import asyncio
import math
import os
import time
from pathlib import Path
from typing import Any

import orjson
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from keel.cli.common import (
    ConfigOption,
    UrlOption,
    console,
    fail,
    gateway_reachable,
    print_json,
    problems_exit,
    registry_client,
    settings_or_exit,
    when,
)

app = typer.Typer(help="Eval runs: datasets × models and prompts, metrics, CI gates.", no_args_is_help=True)
out = Console()

SpecArgument = typer.Argument(..., help="an eval spec (eval.yaml)")
OutOption = typer.Option(None, "--out", "-o", help="write every answer with its scores here (JSONL)")


def _spec_or_exit(path: Path) -> Any:
    from keel.config import ConfigError
    from keel.evaluation.spec import load_spec

    try:
        return load_spec(path)
    except ConfigError as exc:
        problems_exit("The eval spec has problems:", exc)


def _progress() -> Progress:
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    return Progress(*columns, console=console, transient=True)


# ------------------------------------------------------------------------------ running


def _remote(spec: Any, client: Any, progress: Progress) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
    """Send the spec to the gateway (a local file's rows inline) and follow it to the end."""
    from keel.evaluation.rows import load_rows, local_path

    body = spec.to_json()
    path = local_path(spec)
    if path is not None:  # the gateway may not see this file: send what it holds
        data = asyncio.run(load_rows(spec))
        body.pop("dataset", None)
        body.pop("limit", None)
        body.update(rows=data.rows, rows_from=str(path))
    evals = client.evals
    run = evals.create(body)
    task = progress.add_task(f"{run['id']} on {client_base(client)}", total=None)
    while run["status"] in ("queued", "running"):
        time.sleep(0.3)
        run = evals.get(run["id"])
        if run.get("progress"):
            progress.update(task, completed=run["progress"]["done"], total=run["progress"]["total"] or None)
    return run, None


def client_base(client: Any) -> str:
    t = getattr(getattr(client, "_async", None), "_t", None)
    http = getattr(t, "_http", None)
    return str(http.base_url) if http is not None else "this process"


def _local(spec: Any, client: Any, progress: Progress) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Run the spec in this process (the config's models), stored in the config's database."""
    from keel.evaluation.harness import create_run, execute, portal
    from keel.evaluation.stats import clean
    from keel.evaluation.store import EvalStore

    loading = progress.add_task("loading the models", total=None)
    client.start()
    progress.remove_task(loading)
    task = progress.add_task(spec.name, total=None)

    def advance(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    inner, run_on = portal(client)
    store = EvalStore(client.services.engine)
    run = run_on(create_run(spec, store))
    try:
        run_on(execute(run, inner, store, on_progress=advance))
    except Exception:  # recorded in the run (status failed, error) and printed by the caller
        pass
    return clean({**run.to_dict(), "spec": None}), [r.to_dict() for r in run.results()]


def _run(spec_path: Path, config: Path | None, url: str | None) -> tuple[dict[str, Any], Any, Any]:
    """Run SPEC_PATH remotely or locally: (the run, its results when at hand, the client)."""
    from keel.client import Client
    from keel.errors import KeelError

    spec = _spec_or_exit(spec_path)
    settings = settings_or_exit(config)
    base = url or f"http://{settings.server.host}:{settings.server.port}"
    if gateway_reachable(base):
        client = Client(base, api_key=os.environ.get("KEEL_API_KEY"))
        runner = _remote
    elif url:
        fail(f"No Keel gateway answers at {url}. Start one with `keel serve`, or leave out --url to run in process.")
    else:
        client = Client(settings=settings, config=config)
        runner = _local
    try:
        with _progress() as progress:
            run, results = runner(spec, client, progress)
    except KeelError as exc:
        client.close()
        fail(exc.message)
    except BaseException:
        client.close()
        raise
    return run, results, client


def _write_results(path: Path, run: dict[str, Any], results: list[dict[str, Any]] | None, client: Any) -> None:

    if results is None:
        results = client.evals.results(run["id"])
    tmp = path.with_name(path.name + ".partial")
    with tmp.open("wb") as f:
        for r in results:
            f.write(orjson.dumps({"run": run["id"], **r}) + b"\n")
    tmp.replace(path)
    console.print(f"{len(results)} answers → {path}", highlight=False)


@app.command("run")
def run_cmd(
    spec: Path = SpecArgument,
    output: Path | None = OutOption,
    as_json: bool = typer.Option(False, "--json", help="print the run as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Run every target on every row (× repeats) and print the mean ± 95% CI of each metric per
    target. Exit 1 when the run fails (gates do not change the exit code here: `keel eval gate`)."""
    run, results, client = _run(spec, config, url)
    try:
        if output is not None and run["status"] == "completed":
            _write_results(output, run, results, client)
    finally:
        client.close()
    _report(run, as_json)
    raise typer.Exit(0 if run["status"] == "completed" else 1)


@app.command("gate")
def gate_cmd(
    what: str = typer.Argument(..., help="an eval spec to run (eval.yaml), or a stored run's id (eval-…)"),
    output: Path | None = OutOption,
    as_json: bool = typer.Option(False, "--json", help="print the gate results as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """CI gates: run the spec (or read the stored run) and check its gates. Exit 0 when every gate
    passes, 1 when one fails (each failure printed with its reason), 2 for a spec with no gates."""

    if what.startswith("eval-") and not Path(what).is_file():
        with registry_client(config, url) as client:
            verdict = client.evals.gate(what)
        _print_gates(verdict["gates"], as_json, verdict["run"])
        raise typer.Exit(0 if verdict["passed"] else 1)
    path = Path(what)
    if not path.is_file():
        fail(f"{what}: no such eval spec (or give a run id: eval-…)", 2)
    if not _spec_or_exit(path).gates:
        fail(f"{path} has no gates: add `gates:` (e.g. - {{metric: keyword_hit, min: 0.6}})", 2)
    run, results, client = _run(path, config, url)
    try:
        if output is not None and run["status"] == "completed":
            _write_results(output, run, results, client)
    finally:
        client.close()
    if run["status"] != "completed":
        _report(run, as_json)
        raise typer.Exit(1)
    if not as_json:
        _report(run, False, gates=False)
    gates = (run.get("summary") or {}).get("gates") or []
    _print_gates(gates, as_json, run["id"])
    raise typer.Exit(0 if gates and all(g["passed"] for g in gates) else 1)


# ------------------------------------------------------------------------------ reading runs


@app.command("compare")
def compare_cmd(
    run_a: str = typer.Argument(..., help="the baseline run (eval-…)"),
    run_b: str = typer.Argument(..., help="the run compared with it (may be RUN_A, with two targets)"),
    metric: str = typer.Option(..., "--metric", "-m", help="the metric (its label in the spec)"),
    target_a: str | None = typer.Option(None, help="RUN_A's target (needed when it has several)"),
    target_b: str | None = typer.Option(None, help="RUN_B's target"),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """B against A on one metric, paired by row id: the mean difference with its 95% CI, the
    paired t-test and the Wilcoxon signed-rank test."""

    with registry_client(config, url) as client:
        c = client.evals.compare(run_a, run_b, metric, target_a=target_a, target_b=target_b)
    if as_json:
        print_json(c)
        return
    table = Table("", "mean", title=f"{metric}: {c['n']} rows scored by both", title_justify="left")
    table.add_row(escape(c["a"]), _num(c["mean_a"]))
    table.add_row(escape(c["b"]), _num(c["mean_b"]))
    out.print(table)
    out.print(
        f"difference (b - a): {_signed(c['difference'])} 95% CI {_ci(c['ci_low'], c['ci_high'])}", highlight=False
    )
    out.print(f"paired t-test: t = {_num(c['t_statistic'])}, p = {_p(c['t_p_value'])}", highlight=False)
    out.print(
        f"Wilcoxon signed-rank: W = {_num(c['wilcoxon_statistic'])}, p = {_p(c['wilcoxon_p_value'])}", highlight=False
    )
    if c.get("only_a") or c.get("only_b"):
        out.print(f"[dim]left out: {c['only_a']} rows only in a, {c['only_b']} only in b[/dim]")
    out.print(c["verdict"], markup=False, highlight=False)


@app.command("list")
def list_cmd(
    name: str | None = typer.Option(None, help="only runs of this spec name"),
    limit: int = typer.Option(20, help="at most this many (newest first)"),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """The newest eval runs: status, targets, gates."""

    with registry_client(config, url) as client:
        runs = client.evals.list(name=name, limit=limit)
    if as_json:
        print_json(runs)
        return
    if not runs:
        console.print("No eval runs yet: `keel eval run eval.yaml`.")
        return
    table = Table("run", "name", "status", "created", "rows", "targets", "gates", title="eval runs")
    for r in runs:
        s = r.get("summary") or {}
        passed = s.get("passed")
        gates = "" if passed is None else ("[green]pass[/green]" if passed else "[red]fail[/red]")
        table.add_row(
            r["id"],
            escape(r["name"]),
            _status(r["status"]),
            when(r["created_at"]),
            str((s.get("dataset") or {}).get("rows", "")),
            escape(", ".join(s.get("targets") or {})),
            gates,
        )
    out.print(table)


@app.command("show")
def show_cmd(
    run_id: str = typer.Argument(..., help="a run (eval-…)"),
    results: int = typer.Option(0, "--results", "-n", help="also print the first N answers"),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """One run: its metrics per target (mean ± 95% CI), gates, and optionally its first answers."""

    with registry_client(config, url) as client:
        evals = client.evals
        run = evals.get(run_id)
        answers = evals.results(run_id, limit=results) if results else []
    if as_json:
        print_json({**run, "results": answers} if results else run)
        return
    _report(run, False)
    if answers:
        table = Table("target", "row", "rep", "prediction", "scores", title="answers", title_justify="left")
        for a in answers:
            said = (
                a["prediction"] if a["prediction"] is not None else f"[red]{escape(a['errors'].get('call', ''))}[/red]"
            )
            scores = ", ".join(f"{k} {_num(v)}" for k, v in a["scores"].items())
            table.add_row(escape(a["target"]), escape(a["row_id"]), str(a["repeat"]), _clip(said), scores)
        out.print(table)


# ------------------------------------------------------------------------------ printing


def _num(x: Any) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "–"
    if isinstance(x, float):
        return f"{x:.4g}" if abs(x) < 1e4 else f"{x:.0f}"
    return str(x)


def _signed(x: Any) -> str:
    return _num(x) if x is None or x < 0 else f"+{_num(x)}"


def _p(x: Any) -> str:
    if x is None:
        return "–"
    return "< 0.0001" if x < 1e-4 else f"{x:.4f}"


def _ci(lo: Any, hi: Any) -> str:
    return "–" if lo is None or hi is None else f"[{_num(lo)}, {_num(hi)}]"


def _clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _status(status: str) -> str:
    return {"completed": "[green]completed[/green]", "failed": "[red]failed[/red]"}.get(status, status)


def _cell(m: dict[str, Any]) -> str:
    """mean ± half the 95% CI (n < 2: the mean alone), and how many answers went unscored."""
    if m.get("mean") is None:
        text = "–"
    else:
        lo, hi = (m.get("ci95") or [None, None])[:2]
        text = _num(m["mean"]) + (f" ± {_num((hi - lo) / 2)}" if lo is not None and hi is not None else "")
    if m.get("failed"):
        text += f" [dim]({m['failed']} unscored)[/dim]"
    return text


def metrics_table(summary: dict[str, Any], title: str = "") -> Table:
    targets = summary.get("targets") or {}
    keys: list[str] = []
    for t in targets.values():
        keys += [k for k in t.get("metrics", {}) if k not in keys]
    table = Table("target", *keys, "errors", title=title or None, title_justify="left")
    for name, t in targets.items():
        cells = [_cell(t["metrics"][k]) if k in t.get("metrics", {}) else "" for k in keys]
        errors = f"{t['errors']}/{t['calls']}" if t.get("errors") else "0"
        table.add_row(escape(name), *cells, f"[red]{errors}[/red]" if t.get("errors") else errors)
    return table


def _report(run: dict[str, Any], as_json: bool, gates: bool = True) -> None:
    if as_json:
        print_json(run)
        return
    summary = run.get("summary") or {}
    data = summary.get("dataset") or {}
    where = data.get("ref") or data.get("path") or data.get("source") or ""
    rows = f"{data['rows']} rows" if data.get("rows") else ""
    head = " · ".join(x for x in (_status(run["status"]), escape(str(where)), rows) if x)
    out.print(f"[bold]{escape(run.get('name') or '')}[/bold] {run.get('id', '')}: {head}", highlight=False)
    if run["status"] == "failed":
        console.print(f"[red]{escape(run.get('error') or 'failed')}[/red]", highlight=False)
    if summary.get("targets"):
        repeats = summary.get("repeats", 1)
        title = "mean ± 95% CI over rows" + (f" (each row: the mean of {repeats} repeats)" if repeats > 1 else "")
        out.print(metrics_table(summary, title))
    if gates and summary.get("gates"):
        _print_gates(summary["gates"], False, run["id"])


def _print_gates(gates: list[dict[str, Any]], as_json: bool, run_id: str) -> None:
    if as_json:
        print_json({"run": run_id, "passed": all(g["passed"] for g in gates), "gates": gates})
        return
    failed = [g for g in gates if not g["passed"]]
    for g in gates:
        mark = "[green]✓[/green]" if g["passed"] else "[red]✗[/red]"
        out.print(f"{mark} {escape(g['reason'])}", highlight=False)
    if failed:
        out.print(f"[red]{len(failed)} of {len(gates)} gates failed[/red] ({run_id})", highlight=False)
    else:
        out.print(f"[green]all {len(gates)} gates passed[/green] ({run_id})", highlight=False)
