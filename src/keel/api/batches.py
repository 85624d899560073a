"""OpenAI's Batch API, and the job system's own routes.

    POST   /v1/batches                   {input_file_id, endpoint, completion_window, metadata,
                                          model (Keel: for lines whose body names none)} → the batch
    GET    /v1/batches                   ?limit=&after=
    GET    /v1/batches/{batch_id}
    POST   /v1/batches/{batch_id}/cancel
    GET    /v1/jobs                      ?kind=&status=&limit=&after=   every kind: batch, workflow, eval,
                                                                    fine_tune (the fine-tuning jobs)…
    GET    /v1/jobs/{job_id}
    POST   /v1/jobs/{job_id}/cancel
    POST   /v1/jobs/{job_id}/retry       a failed or cancelled job queued again, keeping what it finished
    GET    /v1/jobs/{job_id}/logs        ?after=LINE_ID

The input and output files are those of /v1/files (keel.api.fine_tuning). Jobs belong to the
caller's tenant; another tenant's are not found (an admin sees all).
"""

from __future__ import annotations

from typing import Any

from keel.api.operations import Call, Handler, Operations
from keel.errors import InvalidRequest, NotFound

BATCHES = "/v1/batches"
JOBS = "/v1/jobs"


def _tenant(c: Call) -> str | None:
    return None if c.principal.is_admin else c.principal.tenant


def _limit(c: Call, default: int) -> int:
    return c.query_int("limit", default, low=1, high=100) or default


async def _row(c: Call, kind: str | None = None) -> dict[str, Any]:
    job_id = c.params["batch_id"]
    row = await c.run(c.services.jobs.row, job_id, "batch")
    if row["tenant"] != c.principal.tenant and not c.principal.is_admin:
        raise NotFound(f"No such batch: {job_id}", code="not_found")
    return row


# ------------------------------------------------------------------------------------ batches


async def create_batch(c: Call) -> Any:
    from keel.jobs.batch import batch_object
    from keel.jobs.batch_input import ENDPOINTS

    body = c.take(
        "input_file_id", "endpoint", "completion_window", "metadata", "model", "concurrency",
        required=("input_file_id", "endpoint", "completion_window"),
    )  # fmt: skip
    if body["endpoint"] not in ENDPOINTS:
        raise InvalidRequest(f"endpoint must be one of {', '.join(ENDPOINTS)}", param="endpoint")
    if body["completion_window"] != "24h":
        raise InvalidRequest("completion_window must be '24h'", param="completion_window")
    meta = body.get("metadata")
    if meta is not None and (
        not isinstance(meta, dict) or len(meta) > 16 or not all(isinstance(v, str) for v in meta.values())
    ):
        raise InvalidRequest("metadata: at most 16 string values", param="metadata")
    conc = body.get("concurrency")
    if conc is not None and (not isinstance(conc, int) or not 1 <= conc <= 1024):
        raise InvalidRequest("concurrency: an integer from 1 to 1024", param="concurrency")
    ft = c.services.fine_tuning
    f = await c.run(ft.files._row, body["input_file_id"])
    if f["tenant"] != c.principal.tenant and not c.principal.is_admin:
        raise NotFound(f"No such File object: {body['input_file_id']}", param="input_file_id", code="not_found")
    if f["purpose"] != "batch":
        raise InvalidRequest(
            f"the input file's purpose is {f['purpose']!r}; upload it with purpose 'batch'", param="input_file_id"
        )
    spec = {k: body[k] for k in ("input_file_id", "endpoint", "completion_window")}
    spec.update({k: body[k] for k in ("model", "concurrency") if body.get(k) is not None})
    spec["principal"] = c.principal.id  # its requests run as this key: its limits and guard policy
    row = await c.run(
        c.services.jobs.submit, "batch", spec, c.principal.tenant, metadata=meta,
        max_attempts=c.services.settings.jobs.max_attempts,
    )  # fmt: skip
    c.audit("jobs", "batch.create", row["id"], {"input_file_id": spec["input_file_id"], "endpoint": spec["endpoint"]})
    return batch_object(row)


async def get_batch(c: Call) -> Any:
    from keel.jobs.batch import batch_object

    return batch_object(await _row(c, "batch"))


async def list_batches(c: Call) -> Any:
    from keel.jobs.batch import batch_object
    from keel.store.rows import list_page

    limit = _limit(c, 20)
    rows = await c.run(c.services.jobs.list, "batch", None, _tenant(c), limit, c.query.get("after"))
    return list_page([batch_object(r) for r in rows], limit)


async def cancel_batch(c: Call) -> Any:
    from keel.jobs.batch import batch_object

    await _row(c, "batch")
    row = await c.run(c.services.jobs.cancel, c.params["batch_id"], "batch")
    c.audit("jobs", "batch.cancel", row["id"], {})
    return batch_object(row)


# --------------------------------------------------------------------------------------- jobs
# every kind, fine-tuning jobs included (keel.jobs.all_jobs)


async def _job(c: Call) -> None:
    row = await c.run(c.services.all_jobs.row, c.params["job_id"])
    if row["tenant"] != c.principal.tenant and not c.principal.is_admin:
        raise NotFound(f"No such job: {c.params['job_id']}", code="not_found")


async def list_jobs(c: Call) -> Any:
    from keel.store.rows import list_page

    limit = _limit(c, 20)
    q = c.query
    views = await c.run(c.services.all_jobs.list, q.get("kind"), q.get("status"), _tenant(c), limit, q.get("after"))
    return list_page(views, limit)


async def get_job(c: Call) -> Any:
    await _job(c)
    return await c.run(c.services.all_jobs.get, c.params["job_id"])


async def cancel_job(c: Call) -> Any:
    await _job(c)
    view = await c.run(c.services.all_jobs.cancel, c.params["job_id"])
    c.audit("jobs", "job.cancel", view["id"], {"kind": view["kind"]})
    return view


async def retry_job(c: Call) -> Any:
    await _job(c)
    view = await c.run(c.services.all_jobs.retry, c.params["job_id"])
    c.audit("jobs", "job.retry", view["id"], {"kind": view["kind"]})
    return view


async def job_logs(c: Call) -> Any:
    await _job(c)
    after = c.query_int("after", 0, low=0, high=2**62) or 0
    return {"object": "list", "data": await c.run(c.services.all_jobs.logs, c.params["job_id"], after)}


OPS: list[tuple[str, str, Handler]] = [
    ("POST", BATCHES, create_batch),
    ("GET", BATCHES, list_batches),
    ("GET", f"{BATCHES}/{{batch_id}}", get_batch),
    ("POST", f"{BATCHES}/{{batch_id}}/cancel", cancel_batch),
    ("GET", JOBS, list_jobs),
    ("GET", f"{JOBS}/{{job_id}}", get_job),
    ("POST", f"{JOBS}/{{job_id}}/cancel", cancel_job),
    ("POST", f"{JOBS}/{{job_id}}/retry", retry_job),
    ("GET", f"{JOBS}/{{job_id}}/logs", job_logs),
]

OPERATIONS = Operations("batches or jobs", OPS)
call = OPERATIONS.call
ROUTES = OPERATIONS.routes()
