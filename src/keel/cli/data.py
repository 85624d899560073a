"""`keel data`: dataset tools. `anonymize` scrubs JSONL with the guard; `k-anonymity` checks it; the
training-data tools (validate, stats, dedupe, split, convert, noise, synth, paraphrase) are in data_tools."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from keel.cli.common import ConfigOption, console
from keel.cli.guard import load_guard

app = typer.Typer(help="Dataset tools (JSONL).", no_args_is_help=True)


def _read_jsonl(path: Path):
    if not path.is_file():
        console.print(f"[red]{path}: no such file[/red]", highlight=False)
        raise typer.Exit(2)
    with path.open("rb") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                console.print(f"[red]{path}:{n}: not valid JSON ({exc})[/red]", highlight=False)
                raise typer.Exit(2) from None
            if not isinstance(record, dict):
                console.print(f"[red]{path}:{n}: each line must be a JSON object[/red]", highlight=False)
                raise typer.Exit(2)
            yield record


def _count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())


@app.command("anonymize")
def anonymize(
    source: Path = typer.Argument(..., help="input JSONL"),
    output: Path = typer.Option(..., "--output", "-o", help="where the anonymized JSONL goes"),
    action: str = typer.Option("pseudonymize", help="redact, mask, hash or pseudonymize"),
    field: list[str] = typer.Option(
        None, "--field", "-f", help="dotted path to scrub (repeatable); default: every string"
    ),
    policy: str = typer.Option("default", "--policy", "-p", help="the policy whose input span rules are used"),
    k_fields: list[str] = typer.Option(None, "--k-field", help="quasi-identifier for a k-anonymity check (repeatable)"),
    k: int = typer.Option(5, "--k", help="required k for the k-anonymity check"),
    config: Path | None = ConfigOption,
) -> None:
    """Anonymize SOURCE into --output with the guard's PII and secrets scanners.

    The output is written to a temporary file and renamed when complete, so an interrupted run
    leaves no half-written file. With --k-field, the result is checked for k-anonymity.
    """
    from keel.guard.anonymize import AnonymizeStats, anonymize_records

    guard = load_guard(config)
    found = guard.policies.get(policy)
    if found is None:
        console.print(f"[red]no guard policy {policy!r}; defined: {', '.join(guard.policies)}[/red]")
        raise typer.Exit(2)
    total = _count_lines(source) if source.is_file() else None
    stats = AnonymizeStats()
    tmp = output.with_name(output.name + ".partial")
    try:
        records = anonymize_records(_read_jsonl(source), found, action, field or None, stats)
        with (
            tmp.open("wb") as out,
            Progress(
                TextColumn("anonymizing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console
            ) as bar,
        ):
            task = bar.add_task("records", total=total)
            for record in records:
                out.write(orjson.dumps(record) + b"\n")
                bar.advance(task)
        os.replace(tmp, output)
    except ValueError as exc:
        tmp.unlink(missing_ok=True)
        console.print(f"[red]{exc}[/red]", highlight=False)
        raise typer.Exit(2) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    entities = ", ".join(f"{e} {n}" for e, n in stats.entities.most_common()) or "none"
    console.print(
        f"{stats.records} records, {stats.changed_records} changed; entities: {entities}; written to {output}",
        highlight=False,
    )
    if k_fields:
        raise typer.Exit(_report_k(output, list(k_fields), k))


def _report_k(path: Path, fields: list[str], k: int) -> int:
    from keel.guard.anonymize import k_anonymity

    report = k_anonymity(_read_jsonl(path), fields, k)
    ok = report.k >= k
    colour = "green" if ok else "red"
    Console().print(
        f"[{colour}]k-anonymity over {', '.join(fields)}: k = {report.k}[/{colour}] (required {k}); "
        f"{report.groups} groups, {report.records_at_risk} of {report.records} records in groups smaller than {k}"
    )
    if report.small_groups:
        table = Table(*fields, "records")
        for group, n in report.small_groups[:20]:
            table.add_row(*(str(v) for v in group), str(n))
        Console().print(table)
    return 0 if ok else 1


@app.command("k-anonymity")
def k_anonymity_cmd(
    source: Path = typer.Argument(..., help="JSONL to check"),
    k_fields: list[str] = typer.Option(..., "--field", "-f", help="quasi-identifier field (repeatable)"),
    k: int = typer.Option(5, "--k", help="required k"),
) -> None:
    """Check that every combination of the quasi-identifier fields occurs at least k times (exit 1 if not)."""
    raise typer.Exit(_report_k(source, list(k_fields), k))


def _register_tools() -> None:
    from keel.cli.data_tools import register

    register(app)


_register_tools()
