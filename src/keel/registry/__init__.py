"""Registry: model versions, prompt templates, datasets, experiments."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from keel.registry.datasets import DatasetRegistry
from keel.registry.experiments import ExperimentRegistry
from keel.registry.models import ModelRegistry
from keel.registry.prompts import PromptRegistry
from keel.registry.refs import revision


class Registry:
    """The registry over one database. Every change bumps one revision counter; gateways poll it
    (`registry.poll_s`) to pick up what other processes changed."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.models = ModelRegistry(engine)
        self.prompts = PromptRegistry(engine)
        self.datasets = DatasetRegistry(engine)
        self.experiments = ExperimentRegistry(engine)

    def revision(self) -> int:
        with self.engine.connect() as conn:
            return revision(conn)

    def catalogue_models(
        self, configured: list[Any], running: dict[str, Any]
    ) -> tuple[list[Any], dict[str, str], dict[str, Any]]:
        """What the catalogue serves: keel.yaml's models with their `registry:` references
        resolved, then the public names served from the database, then the registry versions
        the RUNNING experiments' arms use (served as NAME/VERSION). Also: why a reference does not resolve
        (name -> reason; such an entry fails to load, so requests get 503 saying why), and what
        each registry entry serves (name -> (NAME/VERSION, price per 1k prompt, per 1k completion
        tokens))."""
        from keel.config import ModelSettings
        from keel.errors import KeelError

        out: list[Any] = []
        errors: dict[str, str] = {}
        versions: dict[str, Any] = {}

        def resolved(base: Any, ref: str) -> Any:
            try:
                row = self.models.get(ref)  # the version REF names now
            except KeelError as exc:
                errors[base.name] = exc.message
                return base.model_copy(update={"registry": ref, "registry_version": None})
            pinned = row["ref"]
            versions[base.name] = (pinned, row["price_prompt_1k"], row["price_completion_1k"])
            clean = {k: v for k, v in row["source"].items() if k != "artifacts"}
            fields = {"provider": clean.get("provider", "llama_cpp"), "params": clean.get("params", {})}
            if clean.get("deployments"):
                fields["deployments"] = clean["deployments"]
            return ModelSettings.model_validate(
                {
                    **fields,
                    "name": base.name,
                    "routing": base.routing.model_dump(),
                    "owned_by": base.owned_by,
                    "registry": ref,
                    "registry_version": pinned,
                }
            )

        names = set()
        for m in configured:
            names.add(m.name)
            out.append(resolved(m, m.registry) if m.registry else m)
        for name, ref in self.models.served().items():
            if name not in names:
                names.add(name)
                out.append(resolved(ModelSettings(name=name, registry=ref), ref))
        for assigner in running.values():
            for arm in assigner.arms:
                if arm.model and "/" in arm.model and arm.model not in names:
                    names.add(arm.model)
                    out.append(resolved(ModelSettings(name=arm.model, registry=arm.model), arm.model))
        return out, errors, versions


__all__ = ["DatasetRegistry", "ExperimentRegistry", "ModelRegistry", "PromptRegistry", "Registry"]
