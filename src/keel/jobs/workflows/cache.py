"""The step cache: a step's outputs by the sha256 of what decides them.

    key = sha256(type, resolved parameters, the content of every input artifact, the code version)

An input artifact is any parameter value (at any depth) naming a file or folder that exists —
relative to the workflow's folder or absolute: a file by the sha256 of its bytes, a folder by
its files' relative paths and hashes. The code version is the sha256 of the step type's source
(its own module and the modules it lists, read from their files), plus what the parameters name
(a python step's module file): change the code and the step runs again. A hit whose output files
are gone is a miss. Entries live in the `workflow_cache` table, shared by the runs of a tenant.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, Table, delete, select

from keel.jobs.workflows.steps import StepType
from keel.registry.models import sha256_file
from keel.store.rows import now
from keel.store.tables_jobs import WorkflowCache

CACHE: Table = WorkflowCache.__table__  # type: ignore[assignment]
MAX_PATH = 1024


def sha256_tree(folder: Path) -> str:
    """A folder's content: its files' relative paths and hashes, in order (links not followed)."""
    h = hashlib.sha256()
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            p = Path(root) / name
            if p.is_symlink() or not p.is_file():
                continue
            h.update(p.relative_to(folder).as_posix().encode() + b"\0" + sha256_file(p).encode() + b"\n")
    return h.hexdigest()


def _existing(value: str, base: Path) -> Path | None:
    if not value or len(value) > MAX_PATH or "\n" in value or "\0" in value or value.strip() != value:
        return None
    try:
        p = Path(value).expanduser()
        p = p if p.is_absolute() else base / p
        return p if p.exists() else None
    except (OSError, ValueError):
        return None


def artifacts(params: Any, base: Path, where: str = "") -> dict[str, str]:
    """{parameter path: content hash} of every parameter naming an existing file or folder."""
    out: dict[str, str] = {}
    if isinstance(params, str):
        p = _existing(params, base)
        if p is not None:
            out[where or "."] = sha256_file(p) if p.is_file() else sha256_tree(p)
    elif isinstance(params, dict):
        for k, v in params.items():
            out.update(artifacts(v, base, f"{where}.{k}" if where else str(k)))
    elif isinstance(params, list):
        for i, v in enumerate(params):
            out.update(artifacts(v, base, f"{where}[{i}]"))
    return out


def _source(module: str) -> bytes:
    """A module's source bytes, found without importing it (the training stack is heavy)."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin or not Path(spec.origin).is_file():
        return f"<{module}: not found>".encode()
    return Path(spec.origin).read_bytes()


@cache
def _type_version(run_module: str, modules: tuple[str, ...]) -> str:
    h = hashlib.sha256()
    for m in (run_module, "keel.jobs.workflows.steps.base", *modules):
        h.update(m.encode() + b"\0" + hashlib.sha256(_source(m)).hexdigest().encode() + b"\n")
    return h.hexdigest()


def code_version(t: StepType, params: Any, base: Path) -> str:
    """The code version of step type T (for PARAMS): its modules' source, and what the params name."""
    version = _type_version(t.run.__module__, t.code)
    if t.version is not None:
        version = hashlib.sha256(f"{version}:{t.version(params, base)}".encode()).hexdigest()
    return version


def cache_key(t: StepType, params: Any, base: Path, tenant: str = "default") -> tuple[str, dict[str, Any]]:
    """(the key, what it was made of) for step type T with checked PARAMS (a pydantic model), in
    TENANT's runs (one tenant never reuses what another's steps made)."""
    plain = params.model_dump(mode="json", by_alias=True)
    parts = {
        "tenant": tenant,
        "type": t.name,
        "params": plain,
        "artifacts": artifacts(plain, base),
        "code": code_version(t, params, base),
    }
    key = hashlib.sha256(orjson.dumps(parts, option=orjson.OPT_SORT_KEYS)).hexdigest()
    return key, parts


def files_missing(t: StepType, outputs: dict[str, Any]) -> list[str]:
    """The output files (T's declared ones; any absolute path for a python step) that are gone."""
    keys = t.files if t.outputs is not None else tuple(outputs)
    gone = []
    for k in keys:
        v = outputs.get(k)
        if not isinstance(v, str) or not v or len(v) > MAX_PATH or "\n" in v:
            continue
        if t.outputs is None and not os.path.isabs(v):
            continue
        if not Path(v).exists():
            gone.append(k)
    return gone


class StepCache:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, key: str, t: StepType) -> dict[str, Any] | None:
        """The outputs cached under KEY, unless a file they name is gone."""
        with self.engine.connect() as conn:
            row = conn.execute(select(CACHE).where(CACHE.c.cache_key == key)).mappings().first()
        if row is None:
            return None
        outputs = dict(row["outputs"] or {})
        return None if files_missing(t, outputs) else outputs

    def put(self, key: str, t: StepType, outputs: dict[str, Any], run_id: str, step: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(CACHE).where(CACHE.c.cache_key == key))
            conn.execute(
                CACHE.insert().values(
                    cache_key=key, type=t.name, outputs=outputs, run_id=run_id, step=step, created_at=now()
                )
            )
