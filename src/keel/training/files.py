"""Uploaded files (OpenAI's Files API) in the database, and the shapes OpenAI's lists and objects
share: ids, Unix timestamps, cursor pages. Fine-tuning jobs (keel.training.jobs) name these files;
the batch API's input and output files are files of the same table.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from sqlalchemy import Engine, select

from keel.errors import InvalidRequest, NotFound
from keel.store.rows import list_page, now, unix
from keel.store.tables import StoredFile

FILES = StoredFile.__table__

# as the openai SDK's FileObject knows them
PURPOSES = ("fine-tune", "fine-tune-results", "batch", "batch_output", "user_data", "assistants", "vision")
MAX_FILE_BYTES = 512 * 1024 * 1024


def new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(12)}"


# ------------------------------------------------------------------------------------- files


class Files:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self, content: bytes, filename: str, purpose: str, tenant: str = "default") -> dict[str, Any]:
        if purpose not in PURPOSES:
            raise InvalidRequest(f"purpose must be one of {', '.join(PURPOSES)}; got {purpose!r}", param="purpose")
        if not content:
            raise InvalidRequest("the file is empty", param="file")
        if len(content) > MAX_FILE_BYTES:
            raise InvalidRequest(f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB", param="file")
        if purpose == "fine-tune":
            check_training_file(content, filename)
        row = {
            "id": new_id("file"),
            "purpose": purpose,
            "filename": filename or "upload.jsonl",
            "bytes": len(content),
            "sha256": hashlib.sha256(content).hexdigest(),
            "created_at": now(),
            "tenant": tenant,
            "content": content,
        }
        with self.engine.begin() as conn:
            conn.execute(FILES.insert().values(**row))
        return file_object(row)

    def _row(self, file_id: str, with_content: bool = False) -> dict[str, Any]:
        cols = [c for c in FILES.c if with_content or c.name != "content"]
        with self.engine.connect() as conn:
            row = conn.execute(select(*cols).where(FILES.c.id == file_id)).mappings().first()
        if row is None:
            raise NotFound(f"No such File object: {file_id}", param="file_id", code="not_found")
        return dict(row)

    def get(self, file_id: str) -> dict[str, Any]:
        return file_object(self._row(file_id))

    def content(self, file_id: str) -> bytes:
        return bytes(self._row(file_id, with_content=True)["content"])

    def list(
        self, purpose: str | None = None, limit: int = 10_000, after: str | None = None, tenant: str | None = None
    ) -> dict[str, Any]:
        """The newest first; TENANT: only that tenant's."""
        cols = [c for c in FILES.c if c.name != "content"]
        q = select(*cols).order_by(FILES.c.created_at.desc(), FILES.c.id.desc())
        if purpose:
            q = q.where(FILES.c.purpose == purpose)
        if tenant is not None:
            q = q.where(FILES.c.tenant == tenant)
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(q).mappings()]
        return _page([file_object(r) for r in rows], limit, after)

    def delete(self, file_id: str) -> dict[str, Any]:
        with self.engine.begin() as conn:
            gone = conn.execute(FILES.delete().where(FILES.c.id == file_id)).rowcount
        if not gone:
            raise NotFound(f"No such File object: {file_id}", param="file_id", code="not_found")
        return {"id": file_id, "object": "file", "deleted": True}


def file_object(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "object": "file",
        "bytes": row["bytes"],
        "created_at": unix(row["created_at"]),
        "filename": row["filename"],
        "purpose": row["purpose"],
        "status": "processed",
        "status_details": None,
    }


def check_training_file(content: bytes, filename: str) -> None:
    """A fine-tune file must be a valid prompt/completion or chat JSONL: every problem is named
    with its line, and nothing is stored otherwise."""
    import tempfile
    from pathlib import Path

    from keel.training.data import validate

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "upload.jsonl"
        p.write_bytes(content)
        report = validate(p)
    if not report.ok:
        shown = "; ".join(f"line {p.line}: {p.message}" for p in report.problems[:10])
        more = f" (and {len(report.problems) - 10} more)" if len(report.problems) > 10 else ""
        raise InvalidRequest(f"{filename or 'the file'} is not a valid training file: {shown}{more}", param="file")


def _page(items: list[dict[str, Any]], limit: int, after: str | None) -> dict[str, Any]:
    if after is not None:
        ids = [i["id"] for i in items]
        if after not in ids:
            raise NotFound(f"after: no object {after!r}", param="after", code="not_found")
        items = items[ids.index(after) + 1 :]
    return list_page(items, max(1, min(limit, 1000)))
