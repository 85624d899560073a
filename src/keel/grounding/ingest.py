"""What an ingest works with: a document read and chunked (`Prepared`), the report of an ingest,
the check of a document's path, and the files under the paths a caller names."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from keel.errors import InvalidRequest
from keel.grounding.chunking import Chunk
from keel.grounding.documents import check_kind, kind_of


@dataclass
class Prepared:
    """A document read and chunked, waiting for its embeddings."""

    path: str
    content: bytes
    sha256: str
    kind: str
    title: str | None
    chunks: list[Chunk]
    metadata: dict[str, Any]
    status: str  # added | updated


@dataclass
class IngestReport:
    knowledge_base: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of a folder whose type is not read
    documents: list[dict[str, Any]] = field(default_factory=list)  # {document, status, chunks} in order
    chunks: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "object": "kb.ingest",
            "knowledge_base": self.knowledge_base,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "documents": self.documents,
            "chunks": self.chunks,
            "seconds": round(self.seconds, 3),
            "chunks_per_second": round(self.chunks / self.seconds, 1) if self.seconds > 0 else None,
        }


def check_path(path: str, param: str = "path") -> None:
    """A document path: relative, without '..', NUL or control characters, at most 1000 characters
    (PARAM: how the error names it)."""
    if (
        not isinstance(path, str)
        or not path.strip()
        or len(path) > 1000
        or path.startswith("/")
        or ".." in path.split("/")
        or any(ord(ch) < 32 for ch in path)
    ):
        shown = path[:80] + "…" if isinstance(path, str) and len(path) > 80 else path
        raise InvalidRequest(
            f"{shown!r} is not a valid document path: a relative path such as 'policies/leave.md', "
            "without '..' or control characters, at most 1000 characters",
            param=param,
        )


def readable_files(paths: Iterable[str | Path]) -> tuple[list[tuple[Path, str]], list[str]]:
    """The documents under PATHS (files and folders) as (file, path): a folder's files by their
    path under it, a file by its name; and the paths skipped, files of a folder whose type
    knowledge bases do not read. A file of such a type named itself, or a path that does not
    exist, is an error before anything is read."""
    readable: list[tuple[Path, str]] = []
    skipped: list[str] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file():
                    rel = f.relative_to(p).as_posix()
                    (readable.append((f, rel)) if kind_of(rel) else skipped.append(rel))
        elif p.is_file():
            check_kind(p.name)
            readable.append((p, p.name))
        else:
            raise InvalidRequest(f"{raw}: no such file or folder", param="path")
    return readable, skipped
