"""OpenAI's Files and fine-tuning jobs API, so the `openai` SDK works unchanged.

    POST   /v1/files                                  multipart: file, purpose → the file object
    GET    /v1/files                                  ?purpose=&limit=&after=
    GET    /v1/files/{file_id}
    GET    /v1/files/{file_id}/content                the bytes
    DELETE /v1/files/{file_id}
    POST   /v1/fine_tuning/jobs                       {model, training_file, validation_file, hyperparameters,
                                                       method, suffix, seed, metadata, config (Keel's options)}
    GET    /v1/fine_tuning/jobs                       ?limit=&after=
    GET    /v1/fine_tuning/jobs/{id}
    POST   /v1/fine_tuning/jobs/{id}/cancel
    GET    /v1/fine_tuning/jobs/{id}/events           ?limit=&after=   loss, tokens/s, ETA
    GET    /v1/fine_tuning/jobs/{id}/checkpoints      ?limit=&after=

Files and jobs belong to the caller's tenant: another tenant's are not found. The operations
table serves HTTP and `keel.Client` in process alike (keel.api.operations).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from keel.api.operations import Call, Handler, Operations, Raw
from keel.errors import InvalidRequest, NotFound

FILES = "/v1/files"
JOBS = "/v1/fine_tuning/jobs"


def _ft(c: Call) -> Any:
    return c.services.fine_tuning


def _limit(c: Call, default: int) -> int:
    return c.query_int("limit", default, low=1, high=1000) or default


def _own(c: Call, tenant: str, what: str, ident: str) -> None:
    if tenant != c.principal.tenant and not c.principal.is_admin:
        raise NotFound(f"No such {what}: {ident}", code="not_found")


# ------------------------------------------------------------------------------------- files


async def create_file(c: Call) -> Any:
    body = c.take("file", "filename", "purpose", required=("file", "purpose"))
    content = body["file"]
    if isinstance(content, str):
        content = content.encode()
    if not isinstance(content, bytes | bytearray):
        raise InvalidRequest("file: expected the file's bytes", param="file")
    f = await c.run(
        _ft(c).files.create,
        bytes(content),
        str(body.get("filename") or "upload.jsonl"),
        str(body["purpose"]),
        c.principal.tenant,
    )
    c.audit(
        "fine_tuning", "file.create", f["id"], {"purpose": f["purpose"], "bytes": f["bytes"], "filename": f["filename"]}
    )
    return f


async def _file_row(c: Call) -> dict[str, Any]:
    row = await c.run(_ft(c).files._row, c.params["file_id"])
    _own(c, row["tenant"], "File object", c.params["file_id"])
    return row


async def get_file(c: Call) -> Any:
    from keel.training.files import file_object

    return file_object(await _file_row(c))


def _tenant(c: Call) -> str | None:
    """Whose objects the caller sees: its tenant's, or everyone's for an admin."""
    return None if c.principal.is_admin else c.principal.tenant


async def list_files(c: Call) -> Any:
    return await c.run(_ft(c).files.list, c.query.get("purpose"), _limit(c, 10_000), c.query.get("after"), _tenant(c))


async def file_content(c: Call) -> Any:
    await _file_row(c)
    return Raw(await c.run(_ft(c).files.content, c.params["file_id"]))


async def delete_file(c: Call) -> Any:
    await _file_row(c)
    out = await c.run(_ft(c).files.delete, c.params["file_id"])
    c.audit("fine_tuning", "file.delete", c.params["file_id"], {})
    return out


# -------------------------------------------------------------------------------------- jobs


async def create_job(c: Call) -> Any:
    job = await c.run(_ft(c).create_job, dict(c.body), c.principal.tenant, c.principal.is_admin)
    c.audit(
        "fine_tuning", "fine_tuning.create", job["id"], {"model": job["model"], "training_file": job["training_file"]}
    )
    return job


async def _job(c: Call) -> dict[str, Any]:
    job = await c.run(_ft(c).jobs.get, c.params["job_id"])
    _own(c, job["organization_id"], "fine-tuning job", c.params["job_id"])
    return job


async def get_job(c: Call) -> Any:
    return await _job(c)


async def list_jobs(c: Call) -> Any:
    meta = {k.removeprefix("metadata[").removesuffix("]"): v for k, v in c.query.items() if k.startswith("metadata[")}
    return await c.run(_ft(c).jobs.list, _limit(c, 20), c.query.get("after"), meta or None, _tenant(c))


async def cancel_job(c: Call) -> Any:
    await _job(c)
    job = await c.run(_ft(c).jobs.cancel, c.params["job_id"])
    c.audit("fine_tuning", "fine_tuning.cancel", job["id"], {})
    return job


async def job_events(c: Call) -> Any:
    await _job(c)
    return await c.run(_ft(c).jobs.events, c.params["job_id"], _limit(c, 20), c.query.get("after"))


async def job_checkpoints(c: Call) -> Any:
    await _job(c)
    return await c.run(_ft(c).jobs.checkpoints, c.params["job_id"], _limit(c, 10), c.query.get("after"))


OPS: list[tuple[str, str, Handler]] = [
    ("POST", FILES, create_file),
    ("GET", FILES, list_files),
    ("GET", f"{FILES}/{{file_id}}", get_file),
    ("GET", f"{FILES}/{{file_id}}/content", file_content),
    ("DELETE", f"{FILES}/{{file_id}}", delete_file),
    ("POST", JOBS, create_job),
    ("GET", JOBS, list_jobs),
    ("GET", f"{JOBS}/{{job_id}}", get_job),
    ("POST", f"{JOBS}/{{job_id}}/cancel", cancel_job),
    ("GET", f"{JOBS}/{{job_id}}/events", job_events),
    ("GET", f"{JOBS}/{{job_id}}/checkpoints", job_checkpoints),
]


async def read_upload(request: Request) -> dict[str, Any]:
    """POST /v1/files: multipart/form-data (file, purpose) as the openai SDK sends it."""
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("multipart/form-data"):
        raise InvalidRequest(
            "Upload the file as multipart/form-data with the fields 'file' and 'purpose'.", param="file"
        )
    form = await request.form(max_part_size=request.app.state.gateway.settings.server.max_upload_bytes)
    try:
        upload = form.get("file")
        purpose = form.get("purpose")
        if upload is None or isinstance(upload, str):
            raise InvalidRequest("Missing required parameter: 'file' (a file part)", param="file")
        if not isinstance(purpose, str):
            raise InvalidRequest("Missing required parameter: 'purpose'", param="purpose")
        return {"file": await upload.read(), "filename": upload.filename or "upload.jsonl", "purpose": purpose}
    finally:
        await form.close()


OPERATIONS = Operations("files or fine-tuning", OPS, readers={create_file: read_upload})
call = OPERATIONS.call
ROUTES = OPERATIONS.routes()
