"""client.batches (OpenAI's Batch API: the openai SDK's calls and types) and client.jobs (the job
system: every kind), over HTTP or in process through the same handlers (keel.api.batches).

    f = client.files.create(file=open("in.jsonl", "rb"), purpose="batch")
    b = client.batches.create(input_file_id=f.id, endpoint="/v1/chat/completions", completion_window="24h")
    client.batches.retrieve(b.id).request_counts
    client.jobs.logs(b.id)

In process, a batch needs a worker: the client starts one on its own services at the first
`batches.create` (over HTTP, the gateway's worker runs it).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from keel.client_fine_tuning import Page
from keel.client_registry import _q

BATCHES = "/v1/batches"
JOBS = "/v1/jobs"


def _batch() -> Any:
    from openai.types import Batch

    return Batch


def _query(**values: Any) -> str:
    q = {k: str(v) for k, v in values.items() if v is not None}
    return f"?{urlencode(q)}" if q else ""


class AsyncBatches:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def create(
        self,
        *,
        input_file_id: str,
        endpoint: str,
        completion_window: str = "24h",
        metadata: dict[str, str] | None = None,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """OpenAI's parameters; Keel's `model` (for lines naming none) and `concurrency` in extra_body."""
        body = {"input_file_id": input_file_id, "endpoint": endpoint, "completion_window": completion_window}
        if metadata is not None:
            body["metadata"] = metadata
        body |= extra_body or {}
        start_worker = getattr(self._t, "start_job_worker", None)
        if start_worker is not None:  # in process: run the batch here
            await start_worker()
        return _batch().model_validate(await self._t.registry("POST", BATCHES, body))

    async def retrieve(self, batch_id: str) -> Any:
        return _batch().model_validate(await self._t.registry("GET", f"{BATCHES}/{_q(batch_id)}"))

    async def list(self, *, limit: int | None = None, after: str | None = None) -> Page:
        return Page(await self._t.registry("GET", BATCHES + _query(limit=limit, after=after)), _batch())

    async def cancel(self, batch_id: str) -> Any:
        return _batch().model_validate(await self._t.registry("POST", f"{BATCHES}/{_q(batch_id)}/cancel", {}))


class AsyncJobs:
    """Jobs of every kind as dicts: id, kind, status, stage, progress, result, error…"""

    def __init__(self, t: Any) -> None:
        self._t = t

    async def list(
        self, *, kind: str | None = None, status: str | None = None, limit: int | None = None, after: str | None = None
    ) -> dict[str, Any]:
        return await self._t.registry("GET", JOBS + _query(kind=kind, status=status, limit=limit, after=after))

    async def retrieve(self, job_id: str) -> dict[str, Any]:
        return await self._t.registry("GET", f"{JOBS}/{_q(job_id)}")

    async def cancel(self, job_id: str) -> dict[str, Any]:
        return await self._t.registry("POST", f"{JOBS}/{_q(job_id)}/cancel", {})

    async def retry(self, job_id: str) -> dict[str, Any]:
        return await self._t.registry("POST", f"{JOBS}/{_q(job_id)}/retry", {})

    async def logs(self, job_id: str, *, after: int | None = None) -> list[dict[str, Any]]:
        """Log lines after line id AFTER, oldest first."""
        return (await self._t.registry("GET", f"{JOBS}/{_q(job_id)}/logs" + _query(after=after)))["data"]
