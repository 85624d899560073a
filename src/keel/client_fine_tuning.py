"""keel.Client's Files and fine-tuning calls, shaped as the openai SDK's:

    f = client.files.create(file=open("train.jsonl", "rb"), purpose="fine-tune")
    job = client.fine_tuning.jobs.create(model="gemma-3-270m", training_file=f.id, suffix="support")
    client.fine_tuning.jobs.list_events(job.id).data
    client.fine_tuning.jobs.retrieve(job.id).fine_tuned_model

Answers are the `openai` package's types (FileObject, FineTuningJob, …). Each call is one
operation of keel.api.fine_tuning, over HTTP or in process through the same handler. In
process, jobs are queued in the database and run by a gateway's (or `keel train worker`'s)
training worker on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from keel.client_registry import _q

FILES = "/v1/files"
JOBS = "/v1/fine_tuning/jobs"


def _types() -> Any:
    from openai.types import FileObject
    from openai.types.fine_tuning import FineTuningJob, FineTuningJobEvent
    from openai.types.fine_tuning.jobs import FineTuningJobCheckpoint

    return FileObject, FineTuningJob, FineTuningJobEvent, FineTuningJobCheckpoint


class Page:
    """A list answer: `.data` (the objects), `.has_more`, as the SDK's pages have."""

    def __init__(self, body: dict[str, Any], kind: Any) -> None:
        self.data = [kind.model_validate(x) for x in body["data"]]
        self.has_more = bool(body.get("has_more"))

    def __iter__(self) -> Any:
        return iter(self.data)


def _content(file: Any) -> tuple[str, bytes]:
    """(filename, bytes) of what the SDK's `file=` takes: a path, bytes, a (name, bytes) pair or
    an open binary file."""
    if isinstance(file, tuple):
        name, data = file[0], file[1]
        return str(name), data if isinstance(data, bytes) else data.read()
    if isinstance(file, bytes | bytearray):
        return "upload.jsonl", bytes(file)
    if isinstance(file, str | Path):
        p = Path(file)
        return p.name, p.read_bytes()
    return Path(getattr(file, "name", "upload.jsonl")).name, file.read()


class AsyncFiles:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def create(self, *, file: Any, purpose: str) -> Any:
        name, data = _content(file)
        return _types()[0].model_validate(await self._t.upload(FILES, {"purpose": purpose}, name, data))

    async def retrieve(self, file_id: str) -> Any:
        return _types()[0].model_validate(await self._t.registry("GET", f"{FILES}/{_q(file_id)}"))

    async def list(self, *, purpose: str | None = None, limit: int | None = None, after: str | None = None) -> Page:
        query = {k: str(v) for k, v in (("purpose", purpose), ("limit", limit), ("after", after)) if v is not None}
        return Page(await self._t.registry("GET", f"{FILES}?{urlencode(query)}"), _types()[0])

    async def content(self, file_id: str) -> bytes:
        return bytes(await self._t.registry("GET", f"{FILES}/{_q(file_id)}/content"))

    async def delete(self, file_id: str) -> dict[str, Any]:
        return await self._t.registry("DELETE", f"{FILES}/{_q(file_id)}")


class AsyncJobs:
    def __init__(self, t: Any) -> None:
        self._t = t
        self.checkpoints = AsyncCheckpoints(t)

    async def create(self, *, extra_body: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        """OpenAI's parameters (model, training_file, validation_file, hyperparameters, method,
        suffix, seed, metadata); Keel's training options in `config` (or extra_body={"config": …})."""
        body = {k: v for k, v in kwargs.items() if v is not None} | (extra_body or {})
        return _types()[1].model_validate(await self._t.registry("POST", JOBS, body))

    async def retrieve(self, job_id: str) -> Any:
        return _types()[1].model_validate(await self._t.registry("GET", f"{JOBS}/{_q(job_id)}"))

    async def list(self, *, limit: int | None = None, after: str | None = None) -> Page:
        query = {k: str(v) for k, v in (("limit", limit), ("after", after)) if v is not None}
        return Page(await self._t.registry("GET", f"{JOBS}?{urlencode(query)}"), _types()[1])

    async def cancel(self, job_id: str) -> Any:
        return _types()[1].model_validate(await self._t.registry("POST", f"{JOBS}/{_q(job_id)}/cancel", {}))

    async def list_events(self, job_id: str, *, limit: int | None = None, after: str | None = None) -> Page:
        query = {k: str(v) for k, v in (("limit", limit), ("after", after)) if v is not None}
        return Page(await self._t.registry("GET", f"{JOBS}/{_q(job_id)}/events?{urlencode(query)}"), _types()[2])


class AsyncCheckpoints:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def list(self, job_id: str, *, limit: int | None = None, after: str | None = None) -> Page:
        query = {k: str(v) for k, v in (("limit", limit), ("after", after)) if v is not None}
        return Page(await self._t.registry("GET", f"{JOBS}/{_q(job_id)}/checkpoints?{urlencode(query)}"), _types()[3])


class AsyncFineTuning:
    def __init__(self, t: Any) -> None:
        self.jobs = AsyncJobs(t)
