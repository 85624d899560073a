"""The rows of an eval run: inline in the spec, a JSONL file, or a registry dataset version;
checked all at once (each row needs a prompt or messages; ids pair rows across runs)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from keel.errors import InvalidRequest, NotFound
from keel.evaluation.metrics import input_messages
from keel.evaluation.spec import EvalSpec, Target


@dataclass
class Dataset:
    rows: list[dict[str, Any]]
    ids: list[str]
    info: dict[str, Any]


def _looks_like_path(text: str, base: Path | None) -> bool:
    if text.endswith((".jsonl", ".json", ".ndjson")) or text.startswith(("/", "./", "../", "~")):
        return True
    return (base / text).is_file() if base is not None else Path(text).is_file()


def _read(path: Path) -> list[tuple[int, dict[str, Any]]]:
    from keel.training.data import Problem, read_jsonl

    if not path.is_file():
        raise InvalidRequest(f"{path}: no such file", param="dataset", code="invalid_dataset")
    rows, problems = [], []
    for n, row in read_jsonl(path):
        if isinstance(row, Problem):
            problems.append(f"{path}:{n}: {row.message}")
        elif not isinstance(row, dict):
            problems.append(f"{path}:{n}: a row must be a JSON object")
        else:
            rows.append((n, row))
    if problems:
        raise InvalidRequest("; ".join(problems[:5]), param="dataset", code="invalid_dataset")
    return rows


async def _registry_path(ref: str, client: Any, registry: Any) -> tuple[Path, dict[str, Any]]:
    from keel.registry.refs import parse_ref

    r = parse_ref(ref, "dataset")
    if registry is None and client is not None and getattr(client, "services", None) is not None:
        registry = client.services.registry
    if registry is not None:
        version = await asyncio.to_thread(registry.datasets.get, ref)
    elif client is not None:
        if r.label is not None:
            raise InvalidRequest(
                f"dataset {ref}: over HTTP give NAME or NAME/VERSION (labels resolve on the gateway: POST /v1/evals)",
                param="dataset",
            )
        versions = await client.registry.datasets.versions(r.name)
        wanted = [v for v in versions if r.version is None or v["version"] == r.version]
        if not wanted:
            raise NotFound(f"dataset {ref} does not exist", code="not_found")
        version = max(wanted, key=lambda v: v["version"])
    else:
        raise InvalidRequest(f"dataset {ref!r} is a registry reference: give a client or registry", param="dataset")
    info = {"ref": f"{r.name}/{version['version']}", "sha256": version.get("sha256"), "path": version.get("path")}
    return Path(version["path"]), info


def _check_rows(rows: list[tuple[int, dict[str, Any]]], where: str, spec_targets: list[Target]) -> list[str]:
    """The rows' ids (`id`, else the row's position); every problem at once."""
    problems, ids = [], []
    completions = [t.label for t in spec_targets if t.endpoint == "completions"]
    for i, (n, row) in enumerate(rows, 1):
        at = f"{where}:{n}" if where else f"rows[{n - 1}]"
        if isinstance(row.get("prompt"), str):
            pass
        elif isinstance(row.get("messages"), list):
            msgs = row["messages"]
            if not all(isinstance(m, dict) and isinstance(m.get("content"), str) and m.get("role") for m in msgs):
                problems.append(f"{at}: messages: each a {{role, content}} object")
                continue
            if not input_messages(row):
                problems.append(f"{at}: messages: nothing to ask before the final assistant message")
            if completions:
                problems.append(f"{at}: a chat row, but target {completions[0]!r} uses endpoint: completions")
        else:
            problems.append(f'{at}: no "prompt" (a string) or "messages": nothing to ask the model')
        rid = row.get("id", i)
        if not isinstance(rid, str | int) or isinstance(rid, bool):
            problems.append(f"{at}: id must be a string or a number")
        ids.append(str(rid))
    seen: set[str] = set()
    for (n, _), rid in zip(rows, ids):
        if rid in seen:
            problems.append(f"{where + ':' if where else 'row '}{n}: id {rid!r} is used twice (rows pair by id)")
        seen.add(rid)
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise InvalidRequest("; ".join(problems[:5]) + more, param="dataset", code="invalid_dataset")
    return ids


def local_path(spec: EvalSpec) -> Path | None:
    """The JSONL file the spec's dataset names (relative to eval.yaml's folder); None for inline
    rows or a registry reference."""
    if spec.dataset is None or not _looks_like_path(spec.dataset, spec._base):
        return None
    path = Path(spec.dataset).expanduser()
    return spec._base / path if not path.is_absolute() and spec._base is not None else path


async def load_rows(spec: EvalSpec, client: Any = None, registry: Any = None) -> Dataset:
    """The spec's rows: inline, a JSONL file (relative to eval.yaml's folder), or a registry
    dataset version (through REGISTRY, else the client)."""
    if spec.rows is not None:
        numbered = list(enumerate(spec.rows, 1))
        where, info = "", {"source": "inline", **({"path": spec.rows_from} if spec.rows_from else {})}
    else:
        assert spec.dataset is not None
        found = local_path(spec)
        if found is not None:
            path, info = found, {"source": "file", "path": str(found)}
        else:
            path, info = await _registry_path(spec.dataset, client, registry)
            info["source"] = "registry"
        numbered = await asyncio.to_thread(_read, path)
        where = str(path)
    if not numbered:
        raise InvalidRequest(f"{where or 'rows'}: no rows", param="dataset", code="invalid_dataset")
    if spec.limit is not None:
        numbered = numbered[: spec.limit]
    ids = _check_rows(numbered, where, spec.targets)
    info["rows"] = len(numbered)
    return Dataset([row for _, row in numbered], ids, info)
