"""keel.Client's registry calls: `client.registry.models | prompts | datasets | experiments` and
`client.feedback`. Each is one operation of `keel.api.registry` (over HTTP, or in process through
the same handler), answering plain dicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from keel.errors import KeelError

P = "/admin/registry"


def _q(value: str) -> str:
    return quote(value, safe="")


def _clean(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in kwargs.items() if v is not None}


class _Models:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def register(self, name: str, source: dict[str, Any], **fields: Any) -> dict[str, Any]:
        """A new immutable version of NAME. SOURCE: {"provider", "params"} (or "deployments");
        FIELDS: base_model, dataset, training_run, hyperparameters, prompts, eval_results, license,
        context_length, price_prompt_1k, price_completion_1k, tags, description, alias."""
        return await self._t.registry("POST", f"{P}/models/{_q(name)}/versions", {"source": source, **_clean(fields)})

    async def list(self) -> list[dict[str, Any]]:
        return (await self._t.registry("GET", f"{P}/models"))["data"]

    async def versions(self, name: str) -> list[dict[str, Any]]:
        return (await self._t.registry("GET", f"{P}/models/{_q(name)}/versions"))["data"]

    async def get(self, ref: str) -> dict[str, Any]:
        """One version: REF is NAME/VERSION, NAME@ALIAS or NAME (the newest)."""
        return await self._t.registry("GET", f"{P}/models/lookup?{urlencode({'ref': ref})}")

    async def promote(
        self,
        name: str,
        version: int | None = None,
        alias: str = "production",
        *,
        ref: str | None = None,
        reason: str | None = None,
    ) -> dict[str, Any]:
        """Point ALIAS of NAME at VERSION (or at what REF names, e.g. NAME@staging)."""
        body = _clean({"version": version, "ref": ref, "reason": reason})
        return await self._t.registry("POST", f"{P}/models/{_q(name)}/aliases/{_q(alias)}", body)

    async def rollback(self, name: str, alias: str = "production") -> dict[str, Any]:
        """Return ALIAS to the version it pointed at before its last move."""
        return await self._t.registry("POST", f"{P}/models/{_q(name)}/aliases/{_q(alias)}/rollback", {})

    async def history(self, name: str, alias: str | None = None) -> list[dict[str, Any]]:
        query = f"?{urlencode({'alias': alias})}" if alias else ""
        return (await self._t.registry("GET", f"{P}/models/{_q(name)}/history{query}"))["data"]

    async def lineage(self, ref: str) -> dict[str, Any]:
        """Everything version REF came from: dataset (and its parents), prompts, base model."""
        return await self._t.registry("GET", f"{P}/lineage?{urlencode({'ref': ref})}")

    async def built_on(self, kind: str, ref: str) -> dict[str, Any]:
        """Every model version built on a dataset, prompt or model version (KIND)."""
        return await self._t.registry("GET", f"{P}/built-on?{urlencode({'kind': kind, 'ref': ref})}")

    async def serve(self, name: str, ref: str) -> dict[str, Any]:
        """Serve REF (NAME@ALIAS follows the alias) as the public model name NAME, live."""
        return await self._t.registry("PUT", f"{P}/served/{_q(name)}", {"ref": ref})

    async def unserve(self, name: str) -> dict[str, Any]:
        return await self._t.registry("DELETE", f"{P}/served/{_q(name)}")

    async def served(self) -> dict[str, str]:
        return (await self._t.registry("GET", f"{P}/served"))["served"]


class _Prompts:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def push(self, name: str, **fields: Any) -> dict[str, Any]:
        """A new version of template NAME (or the newest, when unchanged). FIELDS: kind (chat |
        text | partial), messages or text, variables, params, labels, message, description."""
        return await self._t.registry("POST", f"{P}/prompts/{_q(name)}/versions", _clean(fields))

    async def list(self) -> list[dict[str, Any]]:
        return (await self._t.registry("GET", f"{P}/prompts"))["data"]

    async def versions(self, name: str) -> list[dict[str, Any]]:
        return (await self._t.registry("GET", f"{P}/prompts/{_q(name)}/versions"))["data"]

    async def get(self, ref: str) -> dict[str, Any]:
        return await self._t.registry("GET", f"{P}/prompts/lookup?{urlencode({'ref': ref})}")

    async def label(self, name: str, version: int, label: str) -> dict[str, Any]:
        return await self._t.registry("POST", f"{P}/prompts/{_q(name)}/labels/{_q(label)}", {"version": version})

    async def rollback(self, name: str, label: str) -> dict[str, Any]:
        return await self._t.registry("POST", f"{P}/prompts/{_q(name)}/labels/{_q(label)}/rollback", {})

    async def render(self, ref: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        return await self._t.registry("POST", f"{P}/prompts/render", {"ref": ref, "variables": variables or {}})

    async def diff(self, a: str, b: str) -> str:
        return (await self._t.registry("GET", f"{P}/prompts/diff?{urlencode({'a': a, 'b': b})}"))["diff"]

    async def history(self, name: str, label: str | None = None) -> list[dict[str, Any]]:
        query = f"?{urlencode({'label': label})}" if label else ""
        return (await self._t.registry("GET", f"{P}/prompts/{_q(name)}/history{query}"))["data"]

    async def sync(self, folder: str | Path) -> list[dict[str, Any]]:
        """Push every template file under FOLDER (read here); unchanged files change nothing."""
        from keel.registry.prompts import read_template_files

        out = []
        for path, doc in read_template_files(folder):
            fields = {k: v for k, v in doc.items() if k != "name"}
            fields.setdefault("message", f"synced from {path.name}")
            try:
                result = await self.push(doc["name"], **fields)
            except KeelError as exc:
                exc.message = f"{path}: {exc.message}"
                exc.args = (exc.message,)
                raise
            out.append({"file": str(path), "ref": result["ref"], "created": result["created"]})
        return out


class _Datasets:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def register(
        self, name: str, path: str | Path, *, parent: str | None = None, tags: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Register the JSONL file PATH (a path the gateway can read) as a version of NAME."""
        body = _clean({"path": str(Path(path).expanduser().resolve()), "parent": parent, "tags": tags})
        return await self._t.registry("POST", f"{P}/datasets/{_q(name)}/versions", body)

    async def list(self) -> list[dict[str, Any]]:
        return (await self._t.registry("GET", f"{P}/datasets"))["data"]

    async def versions(self, name: str) -> list[dict[str, Any]]:
        return (await self._t.registry("GET", f"{P}/datasets/{_q(name)}/versions"))["data"]


class _Experiments:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def start(self, name: str, model: str, arms: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
        """Start an A/B/n test on the public model name MODEL. ARMS: [{name, weight, prompt?, model?}];
        FIELDS: unit (user | session | key), metric, guardrails, alpha, mde, model_alias,
        prompt_label, note, online_eval ({NAME: {kind, options}}: keel.evaluation.online)."""
        body = {"name": name, "model": model, "arms": arms, **_clean(fields)}
        return await self._t.registry("POST", f"{P}/experiments", body)

    async def list(self) -> list[dict[str, Any]]:
        return (await self._t.registry("GET", f"{P}/experiments"))["data"]

    async def status(self, name: str) -> dict[str, Any]:
        """Per-arm results, differences with intervals and p-values, the always-valid test."""
        return await self._t.registry("GET", f"{P}/experiments/{_q(name)}")

    async def stop(self, name: str) -> dict[str, Any]:
        return await self._t.registry("POST", f"{P}/experiments/{_q(name)}/stop", {})

    async def promote(self, name: str, arm: str | None = None) -> dict[str, Any]:
        """End the experiment with ARM (default: the significant best) promoted."""
        return await self._t.registry("POST", f"{P}/experiments/{_q(name)}/promote", _clean({"arm": arm}))


class AsyncRegistry:
    def __init__(self, t: Any) -> None:
        self.models = _Models(t)
        self.prompts = _Prompts(t)
        self.datasets = _Datasets(t)
        self.experiments = _Experiments(t)


class AsyncFeedback:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def create(
        self, trace_id: str, *, thumbs: str | None = None, score: float | None = None, comment: str | None = None
    ) -> dict[str, Any]:
        """Feedback on the answer with TRACE_ID (its x-keel-trace-id): thumbs 'up'/'down', or a score."""
        body = _clean({"trace_id": trace_id, "thumbs": thumbs, "score": score, "comment": comment})
        return await self._t.registry("POST", "/v1/feedback", body)
