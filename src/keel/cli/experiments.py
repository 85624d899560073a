"""`keel experiments`: live A/B/n tests on a public model name — start one, read its results
(fixed-horizon test and the always-valid sequential test, guard rails), stop it, promote a winner.

Like every registry command these talk to a running gateway (`--url`, default the config's
HOST:PORT when one answers; key from $KEEL_API_KEY), else work in process on the config's database.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from keel.cli.common import (
    ConfigOption,
    UrlOption,
    console,
    local_note,
    moved,
    parse_json,
    print_json,
    registry_client,
    when,
)

app = typer.Typer(help="Live A/B/n experiments: arms, results, winners.", no_args_is_help=True)
out = Console()

# keel.registry.experiments.METRICS' names (kept here so `keel --help` need not import SciPy)
METRIC_NAMES = (
    "thumbs_up",
    "score",
    "latency_ms",
    "completion_tokens",
    "total_tokens",
    "cost",
    "error_rate",
    "guard_flag_rate",
)
ARM_KEYS = ("name", "prompt", "model", "weight")


def parse_arm(spec: str) -> dict[str, Any]:
    """`name=b,prompt=support/2,weight=1` (keys name, prompt, model, weight) into an arm."""
    arm: dict[str, Any] = {}
    for part in spec.split(","):
        key, sep, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key:
            raise typer.BadParameter(f"{spec!r}: expected KEY=VALUE pairs separated by commas", param_hint="--arm")
        if key not in ARM_KEYS:
            raise typer.BadParameter(f"{spec!r}: unknown key {key!r}; use {', '.join(ARM_KEYS)}", param_hint="--arm")
        if key == "weight":
            try:
                arm[key] = float(value)
            except ValueError:
                raise typer.BadParameter(f"{spec!r}: weight must be a number", param_hint="--arm") from None
        else:
            arm[key] = value
    return arm


@app.command("start")
def start(
    name: str = typer.Argument(..., help="the experiment's name"),
    model: str = typer.Option(..., "--model", help="the public model name it runs on"),
    arm: list[str] = typer.Option(
        ...,
        "--arm",
        help="an arm: name=N,prompt=TEMPLATE/VERSION,model=M,weight=W (repeatable; the first is the control)",
    ),
    unit: str | None = typer.Option(None, help="what is assigned sticky to an arm: user (default), session or key"),
    metric: str | None = typer.Option(None, help=f"the primary metric (default thumbs_up): {', '.join(METRIC_NAMES)}"),
    guardrail: list[str] = typer.Option(
        None, "--guardrail", help="a metric that stops an arm found worse (repeatable)"
    ),
    alpha: float | None = typer.Option(None, help="significance level (default 0.05)"),
    mde: float | None = typer.Option(None, help="minimum detectable effect, absolute (e.g. 0.02)"),
    model_alias: str | None = typer.Option(None, help="NAME@ALIAS a winning model arm's version is promoted to"),
    prompt_label: str | None = typer.Option(None, help="the label a winning prompt arm's version gets (production)"),
    note: str | None = typer.Option(None, help="a note kept with the experiment"),
    online_eval_json: str | None = typer.Option(
        None,
        "--online-eval-json",
        help='online eval scorers, compared as metrics eval:NAME: \'{"valid": {"kind": "json_valid"}}\'',
    ),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Start an experiment on the public model name --model; callers are assigned to arms sticky,
    by a hash of their unit."""
    arms = [parse_arm(a) for a in arm]
    fields = {
        "unit": unit,
        "metric": metric,
        "guardrails": list(guardrail) if guardrail else None,
        "alpha": alpha,
        "mde": mde,
        "model_alias": model_alias,
        "prompt_label": prompt_label,
        "note": note,
        "online_eval": parse_json(online_eval_json, "--online-eval-json"),
    }
    with registry_client(config, url) as client:
        exp = client.registry.experiments.start(name, model, arms, **fields)
        local_note(client)
    out.print(
        f"[green]started[/green] {escape(exp['name'])} on {escape(exp['model'])}: "
        f"{exp['metric']} by {exp['unit']}, α = {exp['alpha']}",
        highlight=False,
    )
    for a in exp["arms"]:
        out.print(f"  {_arm_brief(a)}", markup=False, highlight=False)


def _arm_brief(a: dict[str, Any]) -> str:
    what = " + ".join(x for x in (a.get("prompt"), a.get("model")) if x)
    text = f"{a['name']}: {what} (weight {a['weight']:g})"
    if a.get("stopped"):
        text += f" [stopped: {a['stopped']}]"
    return text


# ------------------------------------------------------------------------- status


def _bad(x: Any) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _num(x: Any, digits: int = 4) -> str:
    if _bad(x):
        return "–"
    if isinstance(x, float) and math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if isinstance(x, float):
        return f"{x:.{digits}g}"
    return str(x)


def _signed(x: Any) -> str:
    return _num(x) if _bad(x) or x < 0 else f"+{_num(x)}"


def _p(x: Any) -> str:
    if _bad(x):
        return "–"
    return "< 0.0001" if x < 1e-4 else f"{x:.4f}"


def _ci(ci: list[Any] | None, unbounded: bool = False) -> str:
    """An interval; with UNBOUNDED, a missing end is infinite (the always-valid interval before
    any evidence: JSON carries ±inf as null), else the interval is undefined."""
    if not ci:
        return "–"
    lo, hi = ci
    if unbounded:
        lo = -math.inf if _bad(lo) else lo
        hi = math.inf if _bad(hi) else hi
    elif _bad(lo) or _bad(hi):
        return "–"
    if lo > hi:
        return "empty"
    return f"[{_num(lo)}, {_num(hi)}]"


def _results_table(rows: list[dict[str, Any]], title: str, alpha: float, stopped: dict[str, str]) -> Table:
    level = f"{(1 - alpha) * 100:g}%"
    table = Table(
        "arm",
        "n",
        "mean",
        f"difference ({level} CI)",
        "p-value",
        "test",
        "always-valid p",
        f"always-valid {level} CI",
        "reject",
        title=title,
        title_justify="left",
    )
    for i, r in enumerate(rows):
        name = escape(r["arm"]) + (" [dim](control)[/dim]" if i == 0 and r["arm"] != "control" else "")
        if r["arm"] in stopped:
            name += " [red](stopped)[/red]"
        seq = r.get("sequential")
        if i == 0:
            diff = test = p = seq_p = seq_ci = reject = ""
        elif "difference" not in r:
            diff, test, p, seq_p, seq_ci, reject = "–", "", "–", "–", "–", "[dim]too little data[/dim]"
        else:
            diff = f"{_signed(r['difference'])} {_ci(r.get('ci'))}"
            test, p = r["test"], _p(r["p_value"])
            seq_p, seq_ci = _p(seq["p_value"]), _ci(seq["ci"], unbounded=True)
            reject = "no"
            if seq["reject"]:
                reject = "[red]yes, worse[/red]" if r.get("worse") else "[green]yes[/green]"
        table.add_row(name, str(r["n"]), _num(r["mean"]), diff, p, test, seq_p, seq_ci, reject)
    return table


def verdict(status: dict[str, Any], winner: str | None = None) -> str:
    """One plain-language line on what the results say now."""
    arms, metric, alpha = status["arms"], status["metric"], status["alpha"]
    control = arms[0]["arm"]
    lead = ""
    if status["status"] != "running":
        lead = f"This experiment is {status['status']}" + (f" (winner: {winner})" if winner else "") + ". "
    best = status.get("best")
    if all(r["n"] == 0 for r in arms):
        return lead + f"No outcomes with a {metric} value recorded yet: nothing to compare."
    if best:
        row = next(r for r in arms if r["arm"] == best)
        say = (
            f"{best} beats {control} on {metric} (difference {_signed(row['difference'])}, "
            f"always-valid p {_p(row['sequential']['p_value'])} ≤ α {alpha:g})"
        )
        if status["status"] == "running":
            say += f"; `keel experiments promote {status['experiment']}` makes it the winner"
        return lead + say + "."
    stopped = status.get("stopped") or {}
    better_but_stopped = [
        r["arm"]
        for r in arms[1:]
        if (r.get("sequential") or {}).get("reject") and not r.get("worse") and r["arm"] in stopped
    ]
    if better_but_stopped:
        arm = better_but_stopped[0]
        return lead + f"{arm} beats {control} on {metric}, but a guard rail stopped it: {stopped[arm]}."
    worse = [r["arm"] for r in arms[1:] if (r.get("sequential") or {}).get("reject") and r.get("worse")]
    if worse:
        return lead + f"{', '.join(worse)} {'is' if len(worse) == 1 else 'are'} worse than {control} on {metric}."
    if any(r["n"] < 2 for r in arms):
        return lead + f"Too little data yet: every arm needs at least 2 outcomes with a {metric} value."
    say = f"No significant difference on {metric} yet (always-valid p > α {alpha:g})"
    if any(r.get("significant") for r in arms[1:]):
        say += " — the fixed-horizon p-value is below α, but it holds only at a sample size fixed in advance"
    needed = [r["sample_size_per_arm"] for r in arms[1:] if r.get("sample_size_per_arm")]
    if needed and status.get("mde"):
        say += f"; about {max(needed)} outcomes per arm are needed to detect a difference of {status['mde']:g}"
    return lead + say + (": keep it running." if status["status"] == "running" else ".")


@app.command("status")
def status(
    name: str = typer.Argument(..., help="an experiment"),
    as_json: bool = typer.Option(False, "--json", help="print the results as JSON"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Results per arm against the control (the first arm): n, mean, the difference with its
    confidence interval and p-value, and the always-valid sequential test (safe to read at any
    time); then guard rails, stopped arms and the best arm."""
    with registry_client(config, url) as client:
        result = client.registry.experiments.status(name)
        row = next((e for e in client.registry.experiments.list() if e["name"] == name), None)
    if as_json:
        print_json(result)
        return
    winner = row.get("winner") if row else None
    better = "higher" if result["better"] == "higher" else "lower"
    out.print(
        f"[bold]{escape(name)}[/bold] on {escape(result['model'])} · {result['status']} · "
        f"metric {result['metric']} ({result['metric_kind']}, {better} is better) · α = {result['alpha']:g}"
        + (f" · mde = {result['mde']:g}" if result.get("mde") else ""),
        highlight=False,
    )
    if row:
        for a in row["arms"]:
            out.print(f"  {_arm_brief(a)}", markup=False, highlight=False)
    stopped = result.get("stopped") or {}
    out.print(_results_table(result["arms"], f"metric {result['metric']}", result["alpha"], stopped))
    for g in result.get("guardrails") or []:
        out.print(_results_table(g["arms"], f"guard rail {g['metric']}", result["alpha"], stopped))
    for arm, why in stopped.items():
        out.print(f"[red]stopped[/red] {escape(arm)}: {escape(why)}", highlight=False)
    if result.get("best"):
        out.print(f"best arm: [green]{escape(result['best'])}[/green]", highlight=False)
    else:
        out.print("best arm: none significant yet", highlight=False)
    out.print(verdict(result, winner), markup=False, highlight=False)


@app.command("list")
def list_experiments(config: Path | None = ConfigOption, url: str | None = UrlOption) -> None:
    """Every experiment, newest first: its model, status, arms, metric and winner."""
    with registry_client(config, url) as client:
        rows = client.registry.experiments.list()
    if not rows:
        console.print("No experiments yet: `keel experiments start NAME --model M --arm … --arm …`.")
        return
    table = Table("experiment", "model", "status", "arms", "metric", "unit", "started", "winner", title="experiments")
    for e in rows:
        table.add_row(
            e["name"],
            e["model"],
            e["status"],
            escape("; ".join(_arm_brief(a) for a in e["arms"])),
            e["metric"],
            e["unit"],
            when(e["created_at"]),
            e.get("winner") or "",
        )
    out.print(table)


@app.command("stop")
def stop(
    name: str = typer.Argument(..., help="an experiment"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """Stop an experiment: requests are no longer assigned to arms; its results stay."""
    with registry_client(config, url) as client:
        exp = client.registry.experiments.stop(name)
        local_note(client)
    out.print(f"{escape(exp['name'])} is {exp['status']}", highlight=False)


@app.command("promote")
def promote(
    name: str = typer.Argument(..., help="an experiment"),
    arm: str | None = typer.Option(None, help="the winning arm (default: the best arm the results found significant)"),
    config: Path | None = ConfigOption,
    url: str | None = UrlOption,
) -> None:
    """End an experiment with a winner: a prompt arm's version gets the prompt label, a registry
    model version the model alias."""
    with registry_client(config, url) as client:
        exp = client.registry.experiments.promote(name, arm)
        local_note(client)
    for change in exp.get("moved") or []:
        out.print(moved("moved", change), markup=False, highlight=False)
    out.print(f"[green]{escape(exp['name'])} promoted[/green]: winner {escape(exp['winner'] or '')}", highlight=False)
