"""The model registry: registered models, immutable versions with their lineage, aliases, and the
public names the gateway serves from it.

A version records where the model comes from (`source`: a provider and its params — an upstream
model id, a GGUF file, an adapter — with the sha256 of every file it names), what it was made with
(base model, dataset version, training run, hyper-parameters, prompt template versions), what it
scored (eval results) and what it costs. Versions never change (the database refuses an UPDATE);
aliases (`production`, `staging`, …) move between them, each move recorded, and `rollback` takes
an alias back to where it was before its last move.

A public model name is served from the registry by pointing it at a reference (`serve`, or
`registry: NAME@ALIAS` on a model in keel.yaml); `keel.registry.serving` turns references into
catalogue entries, so a promotion changes what the next request gets.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from keel.errors import InvalidRequest, NotFound
from keel.registry.refs import (
    Ref,
    bump,
    check_name,
    label_history,
    labels_of,
    move_label,
    next_version,
    now,
    parse_ref,
    resolve_version,
    rollback_label,
    row_dict,
    version_dict,
)
from keel.store.tables import DatasetVersion, ModelVersion, PromptVersion, RegisteredModel, ServedName

KIND = "model"
ARTIFACT_PARAMS = ("path", "lora_path", "adapter_path", "model_path")  # params naming files to fingerprint
VERSIONS = ModelVersion.__table__
MODELS = RegisteredModel.__table__
SERVED = ServedName.__table__


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def check_source(source: dict[str, Any]) -> dict[str, Any]:
    """A version's source: `provider` and its `params` (checked by the provider's own schema), or
    `deployments`; every file a param names is fingerprinted (sha256) into `artifacts`."""
    from keel.config import ModelSettings
    from keel.providers.registry import validate_model_params

    if not isinstance(source, dict) or not (source.get("provider") or source.get("deployments")):
        raise InvalidRequest("source: give a provider (and its params) or deployments", param="source")
    unknown = set(source) - {"provider", "params", "deployments", "artifacts"}
    if unknown:
        raise InvalidRequest(f"source: unknown key(s) {sorted(unknown)}", param="source")
    clean = {k: v for k, v in source.items() if k != "artifacts"}
    try:
        settings = ModelSettings(name="source", **clean)
    except Exception as exc:
        raise InvalidRequest(f"source: {exc}", param="source") from None
    problems = validate_model_params(settings)
    if problems:
        raise InvalidRequest(
            "source: " + "; ".join(f"{'.'.join(map(str, loc))}: {msg}" for loc, msg in problems), param="source"
        )
    artifacts: dict[str, Any] = {}
    for i, d in enumerate(settings.deployment_list()):
        for key in ARTIFACT_PARAMS:
            value = d.params.get(key)
            if not isinstance(value, str):
                continue
            path = Path(value).expanduser()
            if not path.is_file():
                raise InvalidRequest(f"source: {key} {value!r} is not a file", param=f"source.params.{key}")
            where = key if not settings.deployments else f"deployments.{i}.{key}"
            artifacts[where] = {"path": str(path.resolve()), "sha256": sha256_file(path), "bytes": path.stat().st_size}
    return {**clean, "artifacts": artifacts} if artifacts else clean


class ModelRegistry:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # ------------------------------------------------------------------ versions

    def register(
        self,
        name: str,
        source: dict[str, Any],
        *,
        base_model: str | None = None,
        dataset: str | None = None,
        training_run: str | None = None,
        hyperparameters: dict[str, Any] | None = None,
        prompts: list[str] | None = None,
        eval_results: dict[str, Any] | None = None,
        license: str | None = None,
        context_length: int | None = None,
        price_prompt_1k: float | None = None,
        price_completion_1k: float | None = None,
        tags: dict[str, Any] | None = None,
        description: str | None = None,
        alias: str | None = None,
        actor: str = "system",
    ) -> dict[str, Any]:
        """A new version of NAME (the model is created on its first version); with ALIAS, the alias
        points at it. Dataset and prompt references must exist and are pinned to their version."""
        check_name(name, "model name")
        source = check_source(source)
        if context_length is not None and context_length < 1:
            raise InvalidRequest("context_length must be ≥ 1", param="context_length")
        for price, label in ((price_prompt_1k, "price_prompt_1k"), (price_completion_1k, "price_completion_1k")):
            if price is not None and price < 0:
                raise InvalidRequest(f"{label} must be ≥ 0", param=label)
        primary = next(iter(source.get("artifacts", {}).values()), None)
        with self.engine.begin() as conn:
            dataset_ref = pin(conn, "dataset", dataset) if dataset else None
            base_model = _pin_base(conn, base_model) if base_model else None
            prompt_refs = [pin(conn, "prompt", p) for p in prompts or []]
            if conn.execute(select(MODELS.c.name).where(MODELS.c.name == name)).first() is None:
                conn.execute(MODELS.insert().values(name=name, description=None, created_at=now()))
            version = next_version(conn, VERSIONS, "model", name)
            conn.execute(
                VERSIONS.insert().values(
                    model=name,
                    version=version,
                    created_at=now(),
                    created_by=actor,
                    source=source,
                    artifact_sha256=primary["sha256"] if primary else None,
                    base_model=base_model,
                    dataset=dataset_ref,
                    training_run=training_run,
                    hyperparameters=hyperparameters or {},
                    prompts=prompt_refs,
                    eval_results=eval_results or {},
                    license=license,
                    context_length=context_length,
                    price_prompt_1k=price_prompt_1k,
                    price_completion_1k=price_completion_1k,
                    tags=tags or {},
                    description=description,
                )
            )
            bump(conn)
            if alias:
                move_label(conn, KIND, name, alias, version, actor, reason="registered")
        return self.get(f"{name}/{version}")

    def get(self, ref: str | Ref) -> dict[str, Any]:
        ref = parse_ref(ref, "model") if isinstance(ref, str) else ref
        with self.engine.connect() as conn:
            version = resolve_version(conn, KIND, VERSIONS, "model", ref, "model")
            row = conn.execute(
                select(VERSIONS).where(VERSIONS.c.model == ref.name, VERSIONS.c.version == version)
            ).one()
            return version_dict(row, ref.name, labels_of(conn, KIND, ref.name), "aliases")

    def list(self) -> list[dict[str, Any]]:
        """Every registered model: its newest version, how many, and its aliases."""
        with self.engine.connect() as conn:
            counts = dict(
                conn.execute(select(VERSIONS.c.model, func.max(VERSIONS.c.version)).group_by(VERSIONS.c.model)).all()
            )
            models = conn.execute(select(MODELS).order_by(MODELS.c.name)).all()
            return [
                {
                    "name": m.name,
                    "description": m.description,
                    "latest_version": counts.get(m.name),
                    "aliases": labels_of(conn, KIND, m.name),
                    "created_at": row_dict(m)["created_at"],
                }
                for m in models
            ]

    def versions(self, name: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            if conn.execute(select(MODELS.c.name).where(MODELS.c.name == name)).first() is None:
                raise NotFound(f"model {name!r} is not registered", code="not_found")
            aliases = labels_of(conn, KIND, name)
            rows = conn.execute(select(VERSIONS).where(VERSIONS.c.model == name).order_by(VERSIONS.c.version)).all()
        return [version_dict(row, name, aliases, "aliases") for row in rows]

    # ------------------------------------------------------------------ aliases

    def promote(
        self, ref: str, alias: str = "production", *, actor: str = "system", reason: str | None = None
    ) -> dict[str, Any]:
        """Point ALIAS of the model at the version REF names (NAME/VERSION, NAME@OTHER-ALIAS or NAME)."""
        r = parse_ref(ref, "model")
        with self.engine.begin() as conn:
            version = resolve_version(conn, KIND, VERSIONS, "model", r, "model")
            previous = move_label(conn, KIND, r.name, alias, version, actor, reason)
        return {"model": r.name, "alias": alias, "from_version": previous, "to_version": version}

    def rollback(self, name: str, alias: str = "production", *, actor: str = "system") -> dict[str, Any]:
        with self.engine.begin() as conn:
            current, previous = rollback_label(conn, KIND, name, alias, actor)
        return {"model": name, "alias": alias, "from_version": current, "to_version": previous}

    def remove_alias(self, name: str, alias: str, *, actor: str = "system") -> None:
        with self.engine.begin() as conn:
            move_label(conn, KIND, name, alias, None, actor, reason="removed")

    def history(self, name: str, alias: str | None = None) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return label_history(conn, KIND, name, alias)

    # ------------------------------------------------------------------ lineage

    def lineage(self, ref: str, _seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Everything a version came from: its dataset version (and the datasets that one was made
        from), its prompt template versions, and its base model when that is a registry version
        (pinned when registered: an earlier version, so the chain ends)."""
        version = self.get(ref)
        with self.engine.connect() as conn:
            out: dict[str, Any] = {"model": version["ref"], "source": version["source"]}
            out["dataset"] = _dataset_chain(conn, version["dataset"]) if version["dataset"] else None
            out["prompts"] = [_prompt_brief(conn, p) for p in version["prompts"]]
        out["base_model"] = version["base_model"]
        base = version["base_model"]
        out["base"] = None  # an outside model id (or none), not a registry version
        if base and "/" in base and base not in _seen and base != version["ref"]:
            try:
                out["base"] = self.lineage(base, _seen | {version["ref"]})
            except (NotFound, InvalidRequest):
                pass
        out["training_run"] = version["training_run"]
        out["hyperparameters"] = version["hyperparameters"]
        return out

    def built_on(self, kind: str, ref: str) -> dict[str, Any]:
        """The other way: every model version built on a dataset or prompt version (KIND dataset |
        prompt), directly or through a dataset derived from it, or on a base model version."""
        if kind not in ("dataset", "prompt", "model"):
            raise InvalidRequest("kind must be dataset, prompt or model", param="kind")
        with self.engine.connect() as conn:
            pinned = pin(conn, kind, ref)
            versions = conn.execute(
                select(
                    VERSIONS.c.model, VERSIONS.c.version, VERSIONS.c.dataset, VERSIONS.c.prompts, VERSIONS.c.base_model
                )
            ).all()
            derived: list[str] = []
            if kind == "dataset":
                derived = _derived_datasets(conn, pinned)
        targets = {pinned, *derived}
        models = []
        for v in versions:
            hit = {
                "dataset": v.dataset in targets,
                "prompt": pinned in (v.prompts or []),
                "model": v.base_model in (pinned, ref),
            }[kind]
            if hit:
                models.append(f"{v.model}/{v.version}")
        return {kind: pinned, "derived_datasets": derived, "models": models}

    # ------------------------------------------------------------------ served names

    def serve(self, public_name: str, ref: str) -> dict[str, Any]:
        """Serve REF (NAME@ALIAS follows the alias; NAME/VERSION stays put) as PUBLIC_NAME."""
        check_name(public_name, "public model name")
        r = parse_ref(ref, "model")
        with self.engine.begin() as conn:
            resolve_version(conn, KIND, VERSIONS, "model", r, "model")  # it must resolve now
            conn.execute(SERVED.delete().where(SERVED.c.name == public_name))
            conn.execute(SERVED.insert().values(name=public_name, ref=str(r), created_at=now()))
            bump(conn)
        return {"name": public_name, "ref": str(r)}

    def unserve(self, public_name: str) -> None:
        with self.engine.begin() as conn:
            gone = conn.execute(SERVED.delete().where(SERVED.c.name == public_name)).rowcount
            if not gone:
                raise NotFound(f"{public_name!r} is not served from the registry", code="not_found")
            bump(conn)

    def served(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(SERVED.c.name, SERVED.c.ref).order_by(SERVED.c.name)).all())


# ------------------------------------------------------------------------- pinning references

_PINNED = {
    "dataset": (DatasetVersion.__table__, "name", "dataset"),
    "prompt": (PromptVersion.__table__, "name", "prompt template"),
    "model": (VERSIONS, "model", "model"),
}


def pin(conn: Any, kind: str, ref: str) -> str:
    """REF resolved to NAME/VERSION (404 when it does not exist): lineage never follows a label."""
    table, column, what = _PINNED[kind]
    r = parse_ref(ref, what)
    return f"{r.name}/{resolve_version(conn, kind, table, column, r, what)}"


def _pin_base(conn: Any, base: str) -> str:
    """A base model that names a registry version (NAME/VERSION, NAME@ALIAS, NAME) is pinned to
    NAME/VERSION; anything else (an upstream id like google/gemma-3-270m) is kept as given."""
    try:
        return pin(conn, "model", base)
    except (NotFound, InvalidRequest):
        return base


def _dataset_chain(conn: Any, ref: str) -> dict[str, Any] | None:
    t = DatasetVersion.__table__
    name, version = ref.rsplit("/", 1)
    row = conn.execute(select(t).where(t.c.name == name, t.c.version == int(version))).first()
    if row is None:
        return {"ref": ref, "missing": True}
    out = {"ref": ref, "sha256": row.sha256, "path": row.path, "rows": row.rows, "format": row.format}
    if row.parent:
        out["parent"] = _dataset_chain(conn, row.parent)
    return out


def _derived_datasets(conn: Any, ref: str) -> list[str]:
    t = DatasetVersion.__table__
    out: list[str] = []
    frontier = [ref]
    while frontier:
        children = conn.execute(select(t.c.name, t.c.version).where(t.c.parent.in_(frontier))).all()
        frontier = [f"{c.name}/{c.version}" for c in children if f"{c.name}/{c.version}" not in out]
        out += frontier
    return out


def _prompt_brief(conn: Any, ref: str) -> dict[str, Any]:
    t = PromptVersion.__table__
    name, version = ref.rsplit("/", 1)
    row = conn.execute(select(t.c.sha256, t.c.kind).where(t.c.name == name, t.c.version == int(version))).first()
    return {"ref": ref, "sha256": row.sha256, "kind": row.kind} if row else {"ref": ref, "missing": True}
