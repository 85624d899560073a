"""Reading documents for a knowledge base: .txt, .md, .html, .pdf (pypdf) and .jsonl.

Each reader turns a file's bytes into `Block`s — a piece of running text (a paragraph, a list
item, a table row) with the heading path above it — so the chunker can keep sections together
and each chunk knows where it sits ("Leave policy › Parental leave › Berlin").
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import PurePosixPath
from typing import Any

import orjson

from keel.errors import InvalidRequest

KINDS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
KINDS |= {".pdf": "pdf", ".jsonl": "jsonl"}


@dataclass(slots=True)
class Block:
    headings: tuple[str, ...]
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)  # e.g. the PDF page, a JSONL row's metadata
    boundary: bool = False  # a chunk never spans into this block from an earlier one (a new JSONL row)


@dataclass(slots=True)
class Parsed:
    kind: str
    title: str | None
    blocks: list[Block]


class UnreadableDocument(InvalidRequest):
    """A file that cannot be read as its kind (bad PDF, bad JSONL line, unknown extension)."""


def kind_of(path: str) -> str | None:
    return KINDS.get(PurePosixPath(path).suffix.lower())


def check_kind(path: str) -> str:
    """The kind of document PATH is, by its extension; UnreadableDocument for one not read."""
    kind = kind_of(path)
    if kind is None:
        known = ", ".join(sorted(set(KINDS)))
        raise UnreadableDocument(f"{path}: unsupported file type; knowledge bases read {known}", param="file")
    return kind


def parse(path: str, content: bytes) -> Parsed:
    """The blocks of the file at PATH (its extension picks the reader)."""
    kind = check_kind(path)
    if kind == "pdf":
        return _pdf(path, content)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(f"{path}: not UTF-8 text (byte {exc.start})", param="file") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")  # no database stores NUL in text
    if kind == "md":
        return _markdown(text)
    if kind == "html":
        return _html(text)
    if kind == "jsonl":
        return _jsonl(path, text)
    return _text(text)


# ------------------------------------------------------------------------------------------ text

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_LIST_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")


def _markdown(text: str) -> Parsed:
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    title: str | None = None
    para: list[str] = []
    fenced = False

    def flush() -> None:
        joined = " ".join(s.strip() for s in para if s.strip())
        if joined:
            blocks.append(Block(tuple(h for _, h in stack), joined))
        para.clear()

    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            para.append(line)
            continue
        m = None if fenced else _MD_HEADING.match(line)
        if m:
            flush()
            level, heading = len(m.group(1)), _inline_md(m.group(2))
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading))
            if title is None and level == 1:
                title = heading
            continue
        if fenced:
            para.append(line)
        elif not line.strip() or _LIST_ITEM.match(line) or line.lstrip().startswith("|"):
            flush()  # a blank line, a list item or a table row starts a new block
            if line.strip() and not re.fullmatch(r"\s*\|?[\s:|-]+\|?\s*", line):
                para.append(_inline_md(_LIST_ITEM.sub("", line).strip().strip("|").replace("|", " | ")))
        else:
            para.append(_inline_md(line))
    flush()
    return Parsed("md", title, _merge_lists(blocks))


def _inline_md(s: str) -> str:
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)  # images: their alt text
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)  # links: their text
    return re.sub(r"(\*\*|__|`)", "", s).strip()


def _merge_lists(blocks: list[Block]) -> list[Block]:
    """Consecutive short blocks of one section (list items, table rows) become one block, so a list
    is chunked as a unit, not item by item."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.headings == b.headings and len(b.text) < 200 and len(prev.text) < 1200:
            if not prev.text.endswith((".", ":", "!", "?")):
                prev.text += ";"
            prev.text += " " + b.text
        else:
            out.append(Block(b.headings, b.text, dict(b.metadata)))
    return out


def _is_heading(line: str, after_blank: bool, next_blank: bool) -> bool:
    words = line.split()
    return (
        after_blank
        and next_blank
        and 0 < len(words) <= 10
        and not line.rstrip().endswith((".", ",", ";", "?", "!"))
        and (line[0].isupper() or line[0].isdigit())
    )


def _text(text: str) -> Parsed:
    """Plain text: paragraphs split by blank lines; a short line standing alone (no end
    punctuation) is a heading; the first such line is the title."""
    lines = text.split("\n")
    blocks: list[Block] = []
    title: str | None = None
    section: str | None = None
    para: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        after_blank = i == 0 or not lines[i - 1].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
        if stripped and _is_heading(stripped, after_blank, next_blank):
            if para:
                blocks.append(Block(_path(title, section), " ".join(para)))
                para = []
            if title is None and not blocks:
                title = stripped
            else:
                section = stripped
            continue
        if stripped:
            para.append(stripped)
        elif para:
            blocks.append(Block(_path(title, section), " ".join(para)))
            para = []
    if para:
        blocks.append(Block(_path(title, section), " ".join(para)))
    return Parsed("txt", title, blocks)


def _path(*parts: str | None) -> tuple[str, ...]:
    return tuple(p for p in parts if p)


# ------------------------------------------------------------------------------------------ HTML

_SKIP = {"script", "style", "nav", "footer", "header", "noscript", "template", "svg", "aside", "form"}
_BLOCK = {"p", "li", "td", "th", "dd", "dt", "pre", "blockquote", "figcaption", "caption", "div", "section"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


class _HtmlBlocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.stack: list[tuple[int, str]] = []
        self.title: str | None = None
        self.doc_title: str | None = None
        self.skip = 0
        self.buf: list[str] = []
        self.heading: int | None = None
        self.row: list[str] | None = None
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in _HEADINGS:
            self._flush()
            self.heading = _HEADINGS[tag]
        elif tag == "tr":
            self._flush()
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self._cell()
        elif tag in _BLOCK or tag == "br":
            self._flush() if self.row is None else self.buf.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in _HEADINGS and self.heading is not None:
            text = _squash("".join(self.buf))
            self.buf = []
            level, self.heading = self.heading, None
            if text:
                while self.stack and self.stack[-1][0] >= level:
                    self.stack.pop()
                self.stack.append((level, text))
                if self.title is None and level == 1:
                    self.title = text
        elif tag == "tr" and self.row is not None:
            self._cell()
            cells, self.row = self.row, None
            if any(cells):
                self._add(" | ".join(cells))
        elif tag in ("td", "th") and self.row is not None:
            self._cell()
        elif tag in _BLOCK and self.row is None:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.doc_title = _squash((self.doc_title or "") + data)
        elif not self.skip:
            self.buf.append(data)

    def _cell(self) -> None:
        text = _squash("".join(self.buf))
        self.buf = []
        if text and self.row is not None:
            self.row.append(text)

    def _flush(self) -> None:
        text = _squash("".join(self.buf))
        self.buf = []
        if text:
            self._add(text)

    def _add(self, text: str) -> None:
        self.blocks.append(Block(tuple(h for _, h in self.stack), text))

    def close(self) -> None:
        super().close()
        self._flush()


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _html(text: str) -> Parsed:
    p = _HtmlBlocks()
    p.feed(text)
    p.close()
    return Parsed("html", p.title or p.doc_title, _merge_lists(p.blocks))


# ------------------------------------------------------------------------------------------ PDF


def _pdf(path: str, content: bytes) -> Parsed:
    try:
        from pypdf import PdfReader
    except ImportError:
        raise UnreadableDocument(f"{path}: reading PDF needs pypdf: pip install 'keel[grounding]'") from None
    try:
        reader = PdfReader(io.BytesIO(content))
        pages = [(page.extract_text() or "").replace("\x00", "") for page in reader.pages]
        meta_title = reader.metadata.title if reader.metadata else None
    except Exception as exc:  # pypdf raises many kinds on a broken file (PdfReadError, LimitReachedError…)
        raise UnreadableDocument(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})", param="file") from None
    title = str(meta_title).strip() if meta_title else None
    blocks: list[Block] = []
    for number, page in enumerate(pages, start=1):
        parsed = _text(page)
        if title is None and parsed.title:
            title = parsed.title
        for b in parsed.blocks:
            heads = tuple(h for h in b.headings if h != parsed.title or h == title)
            blocks.append(Block(_path(title, *heads[1:]) if heads else _path(title), b.text, {"page": number}))
    return Parsed("pdf", title, blocks)


# ------------------------------------------------------------------------------------------ JSONL


def _jsonl(path: str, text: str) -> Parsed:
    """One passage per line: {"text", "title"?, "metadata"?: {...}}; a bad line names its number."""
    blocks: list[Block] = []
    problems: list[str] = []
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError:
            problems.append(f"line {n}: not valid JSON")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"].strip():
            problems.append(f'line {n}: expected an object with a non-empty "text" string')
            continue
        meta = row.get("metadata") or {}
        if not isinstance(meta, dict):
            problems.append(f"line {n}: metadata: expected an object")
            continue
        title = row.get("title")
        heads = (str(title).strip(),) if title else ()
        blocks.append(Block(heads, _squash(row["text"]), {**meta, "line": n}, boundary=True))
    if problems:
        shown = "; ".join(problems[:20]) + (f"; and {len(problems) - 20} more" if len(problems) > 20 else "")
        raise UnreadableDocument(f"{path}: {shown}", param="file")
    return Parsed("jsonl", None, blocks)
