"""Knowledge bases over HTTP (and keel.Client in process, through the same handlers):

    POST   /v1/kb                                 {name, description} → the knowledge base
    GET    /v1/kb                                 the caller's tenant's knowledge bases
    GET    /v1/kb/{name}                          one, with its document and chunk counts
    DELETE /v1/kb/{name}
    GET    /v1/kb/{name}/documents                its documents (path, kind, chunks, sha256)
    POST   /v1/kb/{name}/documents                multipart: file (repeatable), path, metadata (JSON);
                                                  or JSON {"documents": [{path, content | content_base64,
                                                  metadata}]} → what was added, updated, unchanged
    DELETE /v1/kb/{name}/documents/{path}
    POST   /v1/kb/{name}/search                   {query, top_k, filters, history, mode, fusion, rerank} →
                                                  {results: [{document, chunk, score, text, metadata}]}

Knowledge bases belong to the caller's tenant: another tenant's are not found, by name or by
search. Ingest runs in a worker thread (embedding is CPU work), never on the event loop.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

import orjson
from starlette.requests import Request

from keel.api.operations import Call, Handler, Operations
from keel.errors import InvalidRequest
from keel.grounding import catalogue_completer
from keel.grounding.ingest import check_path
from keel.grounding.rewrite import rewrite
from keel.grounding.search import search
from keel.types import Message

BASE = "/v1/kb"


def _kb(c: Call) -> Any:
    return c.services.grounding.kb


async def create_kb(c: Call) -> Any:
    body = c.take("name", "description", required=("name",))
    desc = body.get("description")
    if desc is not None and not isinstance(desc, str):
        raise InvalidRequest("description: expected a string", param="description")
    out = await c.run(_kb(c).create, c.principal.tenant, body["name"], desc)
    c.audit("kb", "kb.create", out["name"], {})
    return out


async def list_kbs(c: Call) -> Any:
    return await c.run(_kb(c).list, c.principal.tenant)


async def get_kb(c: Call) -> Any:
    return await c.run(_kb(c).get, c.principal.tenant, c.params["name"])


async def delete_kb(c: Call) -> Any:
    out = await c.run(_kb(c).delete, c.principal.tenant, c.params["name"])
    c.audit("kb", "kb.delete", c.params["name"], {})
    return out


async def list_documents(c: Call) -> Any:
    return await c.run(_kb(c).documents, c.principal.tenant, c.params["name"])


async def delete_document(c: Call) -> Any:
    out = await c.run(_kb(c).delete_document, c.principal.tenant, c.params["name"], c.params["path"])
    c.audit("kb", "kb.document.delete", c.params["name"], {"document": c.params["path"]})
    return out


def _documents(body: dict[str, Any]) -> list[tuple[str, bytes, dict[str, Any] | None]]:
    docs = body.get("documents")
    if not isinstance(docs, list) or not docs:
        raise InvalidRequest("documents: expected a non-empty list of {path, content, metadata}", param="documents")
    out = []
    for i, d in enumerate(docs):
        where = f"documents[{i}]"
        if not isinstance(d, dict):
            raise InvalidRequest(f"{where}: expected an object", param=where)
        path = d.get("path")
        check_path(path, param=f"{where}.path")
        if isinstance(d.get("content"), bytes):
            content = d["content"]
        elif isinstance(d.get("content"), str):
            content = d["content"].encode()
        elif isinstance(d.get("content_base64"), str):
            try:
                content = base64.b64decode(d["content_base64"], validate=True)
            except (binascii.Error, ValueError):
                raise InvalidRequest(
                    f"{where}.content_base64: not valid base64", param=f"{where}.content_base64"
                ) from None
        else:
            raise InvalidRequest(f"{where}: give content (text) or content_base64", param=f"{where}.content")
        meta = d.get("metadata")
        if meta is not None and not isinstance(meta, dict):
            raise InvalidRequest(f"{where}.metadata: expected an object", param=f"{where}.metadata")
        out.append((path, content, meta))
    return out


async def add_documents(c: Call) -> Any:
    c.take("documents")
    docs = _documents(c.body)
    report = await c.run(_kb(c).ingest, c.principal.tenant, c.params["name"], docs)
    out = report.to_dict()
    c.audit("kb", "kb.ingest", c.params["name"], {k: out[k] for k in ("added", "updated", "chunks")})
    return out


async def read_documents(request: Request) -> dict[str, Any]:
    """POST /v1/kb/{name}/documents: JSON, or multipart/form-data with `file` parts (each one's
    path is its filename, or the form's `path` when one file is sent) and optional `metadata`."""
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("multipart/form-data"):
        raw = await request.body()
        try:
            return orjson.loads(raw) if raw.strip() else {}
        except orjson.JSONDecodeError:
            raise InvalidRequest("The request body is not valid JSON.") from None
    limit = request.app.state.gateway.settings.grounding.max_upload_bytes
    form = await request.form(max_part_size=limit)
    try:
        files = [f for f in form.getlist("file") if not isinstance(f, str)]
        if not files:
            raise InvalidRequest("Missing required parameter: 'file' (one or more file parts)", param="file")
        path = form.get("path")
        if isinstance(path, str) and path and len(files) > 1:
            raise InvalidRequest("path names one document: send one file with it", param="path")
        meta_raw = form.get("metadata")
        meta = None
        if isinstance(meta_raw, str) and meta_raw.strip():
            try:
                meta = orjson.loads(meta_raw)
            except orjson.JSONDecodeError:
                raise InvalidRequest("metadata: not valid JSON", param="metadata") from None
        docs = []
        for f in files:
            name = path if isinstance(path, str) and path else (f.filename or "upload.txt")
            docs.append({"path": name, "content": await f.read(), "metadata": meta})
        return {"documents": docs}
    finally:
        await form.close()


def _history(raw: Any) -> list[Message]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise InvalidRequest("history: expected a list of {role, content} messages", param="history")
    out = []
    for i, m in enumerate(raw):
        if (
            not isinstance(m, dict)
            or m.get("role") not in ("user", "assistant", "system")
            or not isinstance(m.get("content"), str)
        ):
            raise InvalidRequest(
                f"history[{i}]: expected {{role: user|assistant, content: string}}", param=f"history[{i}]"
            )
        out.append(Message(m["role"], m["content"]))
    return out


async def search_kb(c: Call) -> Any:
    body = c.take("query", "top_k", "filters", "history", "mode", "fusion", "rerank", "rewrite", required=("query",))
    top_k = body.get("top_k")
    if top_k is not None and (not isinstance(top_k, int) or isinstance(top_k, bool) or not 1 <= top_k <= 100):
        raise InvalidRequest("top_k must be a whole number from 1 to 100", param="top_k")
    query = body["query"]
    if not isinstance(query, str) or not query.strip():
        raise InvalidRequest("query: expected a non-empty string", param="query")
    history = _history(body.get("history"))
    g = c.services.grounding
    rw = await rewrite(
        query,
        history if body.get("rewrite", True) else [],
        catalogue_completer(getattr(c.services, "catalogue", None), g.settings.rewrite_model),
    )
    hits = await search(
        g.kb,
        c.principal.tenant,
        [c.params["name"]],
        rw.query,
        top_k,
        body.get("filters"),
        body.get("mode", "hybrid"),
        body.get("fusion"),
        rerank=body.get("rerank"),
    )
    return {"object": "kb.search", "query": rw.to_dict(), "results": [h.to_dict() for h in hits]}


OPS: list[tuple[str, str, Handler]] = [
    ("POST", BASE, create_kb),
    ("GET", BASE, list_kbs),
    ("GET", BASE + "/{name}", get_kb),
    ("DELETE", BASE + "/{name}", delete_kb),
    ("GET", BASE + "/{name}/documents", list_documents),
    ("POST", BASE + "/{name}/documents", add_documents),
    ("DELETE", BASE + "/{name}/documents/{path:path}", delete_document),
    ("POST", BASE + "/{name}/search", search_kb),
]
OPERATIONS = Operations("knowledge base", OPS, readers={add_documents: read_documents})
call = OPERATIONS.call
ROUTES = OPERATIONS.routes()
