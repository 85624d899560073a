"""keel.Client's knowledge bases: `client.kb`.

    client.kb.create("handbook")
    client.kb.ingest("handbook", ["docs/"], progress=lambda path, status, chunks: ...)
    hits = client.kb.search("handbook", "parental leave in Berlin", top_k=5)["results"]

Each call is one operation of keel.api.kb, over HTTP or in process through the same handler.
`ingest` reads files and folders on the client's machine and uploads them in batches, each
document's path relative to the folder named (or its file name).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from keel.client_registry import _q

BASE = "/v1/kb"
BATCH_BYTES = 2 * 1024 * 1024


class AsyncKnowledgeBases:
    def __init__(self, t: Any) -> None:
        self._t = t

    async def create(self, name: str, description: str | None = None) -> dict[str, Any]:
        body = {"name": name} | ({"description": description} if description is not None else {})
        return await self._t.registry("POST", BASE, body)

    async def list(self) -> dict[str, Any]:
        return await self._t.registry("GET", BASE)

    async def retrieve(self, name: str) -> dict[str, Any]:
        return await self._t.registry("GET", f"{BASE}/{_q(name)}")

    async def delete(self, name: str) -> dict[str, Any]:
        return await self._t.registry("DELETE", f"{BASE}/{_q(name)}")

    async def documents(self, name: str) -> dict[str, Any]:
        return await self._t.registry("GET", f"{BASE}/{_q(name)}/documents")

    async def delete_document(self, name: str, path: str) -> dict[str, Any]:
        return await self._t.registry("DELETE", f"{BASE}/{_q(name)}/documents/{_q(path)}")

    async def add_documents(self, name: str, documents: list[dict[str, Any]]) -> dict[str, Any]:
        """DOCUMENTS: [{path, content (str or bytes), metadata}] — uploaded as they are."""
        docs = [_encoded(d) for d in documents]
        return await self._t.registry("POST", f"{BASE}/{_q(name)}/documents", {"documents": docs})

    async def ingest(
        self,
        name: str,
        paths: Iterable[str | Path],
        metadata: dict[str, Any] | None = None,
        progress: Callable[[str, str, int], None] | None = None,
    ) -> dict[str, Any]:
        """Files and folders (read here, uploaded in batches): what was added, updated, left
        unchanged and skipped, and the chunks written. PROGRESS(path, status, chunks) per document."""
        from keel.grounding.ingest import readable_files

        total: dict[str, Any] = {
            "added": [],
            "updated": [],
            "unchanged": [],
            "skipped": [],
            "documents": [],
            "chunks": 0,
            "seconds": 0.0,
        }
        batch: list[dict[str, Any]] = []
        size = 0

        async def send() -> None:
            nonlocal batch, size
            if not batch:
                return
            out = await self.add_documents(name, batch)
            for key in ("added", "updated", "unchanged"):
                total[key] += out[key]
            total["documents"] += out["documents"]
            if progress:
                for d in out["documents"]:
                    progress(d["document"], d["status"], d["chunks"])
            total["chunks"] += out["chunks"]
            total["seconds"] += out["seconds"]
            batch, size = [], 0

        readable, total["skipped"] = readable_files(paths)  # a wrong path or type fails before any upload
        for file, rel in readable:
            content = file.read_bytes()
            batch.append({"path": rel, "content": content, "metadata": metadata})
            size += len(content)
            if size >= BATCH_BYTES:
                await send()
        await send()
        total["object"] = "kb.ingest"
        total["knowledge_base"] = name
        return total

    async def search(
        self,
        name: str,
        query: str,
        *,
        top_k: int | None = None,
        filters: dict[str, Any] | None = None,
        history: list[dict[str, str]] | None = None,
        mode: str | None = None,
        fusion: str | None = None,
        rerank: str | None = None,
        rewrite: bool | None = None,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"query": query}
        for key, value in (
            ("top_k", top_k),
            ("filters", filters),
            ("history", history),
            ("mode", mode),
            ("fusion", fusion),
            ("rerank", rerank),
            ("rewrite", rewrite),
        ):
            if value is not None:
                body[key] = value
        return await self._t.registry("POST", f"{BASE}/{_q(name)}/search", body)


def _encoded(d: dict[str, Any]) -> dict[str, Any]:
    """A document for the JSON body: bytes as base64 (JSON carries no bytes)."""
    out = {k: v for k, v in d.items() if k != "content" and v is not None}
    content = d.get("content")
    if isinstance(content, bytes | bytearray):
        out["content_base64"] = base64.b64encode(bytes(content)).decode()
    elif content is not None:
        out["content"] = content
    return out
