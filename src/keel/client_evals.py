"""keel.Client's eval calls: `client.evals.*`, one operation of keel.api.evals each (over HTTP,
or in process through the same handler), answering plain dicts.

    run = client.evals.create(spec)          # a dict (the eval.yaml as JSON) or an EvalSpec
    client.evals.wait(run["id"])             # until completed or failed
    client.evals.gate(run["id"])["passed"]

To run an eval in the calling process instead (no gateway needed, results in memory or in a
store), use keel.evaluation.harness.run_eval with this client.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urlencode

from keel.client_registry import _q

P = "/v1/evals"


class AsyncEvals:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def _call(self, method: str, path: str, body: Any = None) -> Any:
        return await self._t.registry(method, path, body)

    async def create(self, spec: Any) -> dict[str, Any]:
        """Start an eval run on the gateway: SPEC is an EvalSpec or its JSON (a dict). Answers the
        run (status queued); poll `get` or `wait`."""
        body = spec.to_json() if hasattr(spec, "to_json") else spec
        return await self._call("POST", P, body)

    async def list(self, name: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        query = {"limit": str(limit), **({"name": name} if name else {})}
        return (await self._call("GET", f"{P}?{urlencode(query)}"))["data"]

    async def get(self, run_id: str) -> dict[str, Any]:
        """The run: status, spec, summary (aggregates, gate results), progress while it runs."""
        return await self._call("GET", f"{P}/{_q(run_id)}")

    async def results(
        self, run_id: str, *, target: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """One dict per answer: target, row_id, repeat, prediction, scores, errors, latency, tokens."""
        query: dict[str, str] = {"offset": str(offset)}
        if target is not None:
            query["target"] = target
        if limit is not None:
            query["limit"] = str(limit)
        return (await self._call("GET", f"{P}/{_q(run_id)}/results?{urlencode(query)}"))["data"]

    async def gate(self, run_id: str, gates: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The gates (the spec's, or GATES) on a completed run: {"passed", "gates": [...]}."""
        return await self._call("POST", f"{P}/{_q(run_id)}/gate", {"gates": gates} if gates is not None else {})

    async def compare(
        self, a: str, b: str, metric: str, *, target_a: str | None = None, target_b: str | None = None
    ) -> dict[str, Any]:
        """B against A on METRIC, paired by row: difference, interval, paired t and Wilcoxon p."""
        query = {"a": a, "b": b, "metric": metric}
        query.update({k: v for k, v in (("target_a", target_a), ("target_b", target_b)) if v})
        return await self._call("GET", f"{P}/compare?{urlencode(query)}")

    async def cancel(self, run_id: str) -> dict[str, Any]:
        return await self._call("POST", f"{P}/{_q(run_id)}/cancel", {})

    async def wait(self, run_id: str, *, poll_s: float = 0.5, timeout: float | None = None) -> dict[str, Any]:
        """Poll until the run is completed or failed; answers the run."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while True:
            run = await self.get(run_id)
            if run["status"] in ("completed", "failed"):
                return run
            if deadline is not None and loop.time() > deadline:
                raise TimeoutError(f"eval run {run_id} is still {run['status']} after {timeout} s")
            await asyncio.sleep(poll_s)
