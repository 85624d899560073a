"""`keel data validate | stats | dedupe | split | convert | noise | synth | paraphrase`: the
training-data tools of keel.training.data, on JSONL files. Registered on the `keel data` group."""

from __future__ import annotations

import json
from pathlib import Path

import typer
import yaml
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from keel.cli.common import ConfigOption, UrlOption, console, fail

out = Console()


def _load(path: Path) -> tuple[str, list[dict]]:
    from keel.training.data import DataError, load

    if not path.is_file():
        fail(f"{path}: no such file")
    try:
        return load(path)
    except DataError as exc:
        fail(f"{path} is not a valid dataset: {exc} (run `keel data validate {path}` for every problem)")
    raise AssertionError  # fail() exits


def _write(path: Path, rows: list[dict]) -> None:
    from keel.training.data import write_jsonl

    tmp = path.with_name(path.name + ".partial")
    write_jsonl(tmp, rows)
    tmp.replace(path)  # all or nothing


def register(app: typer.Typer) -> None:
    @app.command("validate")
    def validate_cmd(
        path: Path = typer.Argument(..., help="a JSONL dataset (prompt/completion or chat rows)"),
        as_json: bool = typer.Option(False, "--json", help="print the report as JSON"),
    ) -> None:
        """Check every row; each problem is printed with its line. Exit 1 when there is one."""
        from keel.training.data import validate

        report = validate(path)
        if as_json:
            out.print_json(json.dumps(report.to_dict()))
        elif report.ok:
            out.print(f"[green]{path}: {report.rows} rows, {report.format}: valid[/green]", highlight=False)
        else:
            for p in report.problems[:200]:
                console.print(f"[red]{path}:{p.line}:[/red] {p.message}", highlight=False)
            more = len(report.problems) - 200
            if more > 0:
                console.print(f"… and {more} more")
            console.print(f"{len(report.problems)} problem(s) in {report.rows} rows")
        raise typer.Exit(0 if report.ok else 1)

    @app.command("stats")
    def stats_cmd(
        path: Path = typer.Argument(..., help="a JSONL dataset"),
        gguf: Path | None = typer.Option(None, "--gguf", help="count tokens with this GGUF's tokenizer"),
        context: int | None = typer.Option(None, help="the context to check rows against (default: the model's)"),
        tokens: bool = typer.Option(True, help="count tokens (with the embedded default model unless --gguf)"),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """Rows, format, lengths in characters and in the model's tokens, rows over its context."""
        from keel.training.data import Tokenizer, stats

        _load(path)
        tok = None
        if tokens:
            tok = Tokenizer.from_gguf(gguf, context) if gguf else Tokenizer.default(context)
        report = stats(path, tok)
        if as_json:
            out.print_json(json.dumps(report))
            return
        out.print(f"{path}: {report['rows']} rows, {report['format']}")
        table = Table("", "min", "mean", "p50", "p95", "max", title="lengths")
        for unit in ("chars", "tokens"):
            for part, s in report.get(unit, {}).items():
                if s:
                    table.add_row(f"{part} ({unit})", *(str(s[k]) for k in ("min", "mean", "p50", "p95", "max")))
        out.print(table)
        if "context" in report:
            colour = "red" if report["over_context"] else "green"
            out.print(
                f"[{colour}]{report['over_context']} row(s) longer than the context of {report['context']} tokens"
                f"[/{colour}] ({report['tokenizer']}, {report['tokens_total']} tokens in all)"
            )
        for key in ("tasks", "origins"):
            if key in report:
                out.print(f"{key}: " + ", ".join(f"{k or '(none)'} {v}" for k, v in report[key].items()))

    @app.command("dedupe")
    def dedupe_cmd(
        path: Path = typer.Argument(..., help="a JSONL dataset"),
        output: Path = typer.Option(..., "--output", "-o"),
        near: float = typer.Option(0.9, min=0.0, max=1.0, help="similarity (0-1) that counts as a near duplicate"),
        exact_only: bool = typer.Option(False, "--exact-only", help="drop exact duplicates only"),
    ) -> None:
        """Drop exact duplicates (ignoring case, punctuation, spacing) and near duplicates."""
        from keel.training.data import dedupe

        _, rows = _load(path)
        kept, removed = dedupe(rows, None if exact_only else near)
        _write(output, kept)
        gone = f"{removed['exact']} exact, {removed['near']} near duplicates"
        out.print(f"{len(kept)} of {len(rows)} rows kept ({gone}) → {output}")

    @app.command("split")
    def split_cmd(
        path: Path = typer.Argument(..., help="a JSONL dataset"),
        train: Path = typer.Option(..., "--train", help="where the training rows go"),
        validation: Path = typer.Option(..., "--validation", help="where the validation rows go"),
        share: float = typer.Option(0.1, "--share", help="the validation share (0-1)"),
        seed: int = typer.Option(0, help="the same seed, the same split"),
        stratify: str | None = typer.Option(None, help="a field: every value is split alike"),
    ) -> None:
        """A seeded train/validation split, stratified by a field when given."""
        from keel.training.data import split

        _, rows = _load(path)
        try:
            a, b = split(rows, share, seed, stratify)
        except ValueError as exc:
            fail(str(exc))
        _write(train, a)
        _write(validation, b)
        out.print(f"{len(a)} training rows → {train}, {len(b)} validation rows → {validation} (seed {seed})")

    @app.command("convert")
    def convert_cmd(
        path: Path = typer.Argument(..., help="a JSONL dataset"),
        output: Path = typer.Option(..., "--output", "-o"),
        to: str = typer.Option(..., "--to", help="chat or prompt_completion"),
        system: str | None = typer.Option(None, help="a system message for rows made into chat"),
    ) -> None:
        """Convert between prompt/completion and chat rows (other fields are kept)."""
        from keel.training.data import convert

        _, rows = _load(path)
        try:
            converted = convert(rows, to, system)
        except ValueError as exc:
            fail(str(exc))
        _write(output, converted)
        out.print(f"{len(converted)} rows as {to} → {output}")

    @app.command("noise")
    def noise_cmd(
        path: Path = typer.Argument(..., help="a JSONL dataset"),
        output: Path = typer.Option(..., "--output", "-o", help="the original rows, then the noisy ones"),
        copies: int = typer.Option(1, min=1, help="noisy variants per row"),
        rate: float = typer.Option(0.1, min=0.0, max=1.0, help="chance per word of each kind of noise"),
        kind: list[str] = typer.Option(None, "--kind", help="typo, case, drop (repeatable; default all)"),
        seed: int = typer.Option(0),
    ) -> None:
        """Augment with typos, casing and dropped words in the inputs; each new row has `origin`."""
        from keel.training.augment import noise

        _, rows = _load(path)
        try:
            extra = noise(rows, copies, rate, seed, tuple(kind) if kind else ("typo", "case", "drop"))
        except ValueError as exc:
            fail(str(exc))
        _write(output, rows + extra)
        out.print(f"{len(rows)} rows + {len(extra)} noisy → {output}")

    @app.command("synth")
    def synth_cmd(
        spec: Path = typer.Argument(..., help="YAML: prompt + completion (or messages) templates and variables"),
        output: Path = typer.Option(..., "--output", "-o"),
        seed: int = typer.Option(0),
    ) -> None:
        """Rows from templates over value lists (every combination, or `samples` of them)."""
        from keel.training.augment import synthesize

        if not spec.is_file():
            fail(f"{spec}: no such file")
        try:
            rows = synthesize(yaml.safe_load(spec.read_text()) or {}, seed)
        except (ValueError, yaml.YAMLError) as exc:
            fail(f"{spec}: {exc}")
        except Exception as exc:  # a template error names the variable
            fail(f"{spec}: {type(exc).__name__}: {exc}")
        _write(output, rows)
        out.print(f"{len(rows)} rows → {output}")

    @app.command("paraphrase")
    def paraphrase_cmd(
        path: Path = typer.Argument(..., help="a JSONL dataset"),
        output: Path = typer.Option(..., "--output", "-o", help="the original rows, then the paraphrases"),
        model: str = typer.Option(..., "--model", help="the model that paraphrases (a public name)"),
        copies: int = typer.Option(1, min=1),
        temperature: float = typer.Option(0.8),
        config: Path | None = ConfigOption,
        url: str | None = UrlOption,
    ) -> None:
        """Augment with paraphrased inputs written by a model, through the gateway (a running one
        at --url / the config's address, else in process); each new row has `origin`."""
        import os

        from keel.cli.common import gateway_reachable, settings_or_exit
        from keel.client import Client
        from keel.errors import KeelError
        from keel.training.augment import paraphrase

        _, rows = _load(path)
        settings = settings_or_exit(config)
        base = url or f"http://{settings.server.host}:{settings.server.port}"
        client = (
            Client(base, api_key=os.environ.get("KEEL_API_KEY"))
            if gateway_reachable(base)
            else Client(settings=settings, config=config)
        )
        columns = (TextColumn("paraphrasing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        try:
            with client, Progress(*columns, console=console) as progress:
                task = progress.add_task("", total=len(rows) * copies)

                def ask(prompt: str) -> str:
                    reply = client.chat.completions.create(
                        model=model, messages=[{"role": "user", "content": prompt}], temperature=temperature
                    )
                    progress.advance(task)
                    return reply.choices[0].message.content or ""

                extra = paraphrase(rows, ask, copies, model)
        except KeelError as exc:
            fail(exc.message)
        _write(output, rows + extra)
        out.print(f"{len(rows)} rows + {len(extra)} paraphrases by {model} → {output}")
