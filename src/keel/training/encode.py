"""Rows to training examples: token ids and labels, the loss on what the model learns to write.

Prompt/completion and chat rows are rendered with the chat template the server applies to this
model (keel.providers.chat_templates), so the tuned model is trained on exactly the text it will
see. Labels are -100 (ignored by the loss) everywhere except the answer (the last, assistant
message) and its end marker — loss on completions only — and on padding. Raw text rows (`{"text": …}`,
domain adaptation) are learned whole, in chunks of the sequence length.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from keel.providers.chat_templates import make_template
from keel.training.data import DataError, Problem, load, read_jsonl
from keel.types import Message

IGNORE = -100


@dataclass
class Example:
    input_ids: list[int]
    labels: list[int]
    task: str = "default"

    @property
    def n_labels(self) -> int:
        return sum(1 for x in self.labels if x != IGNORE)


@dataclass
class Encoded:
    examples: list[Example] = field(default_factory=list)
    truncated: int = 0  # rows cut at the sequence length (their completion still in)
    dropped: int = 0  # rows whose completion did not fit at all

    @property
    def tokens(self) -> int:
        return sum(len(e.input_ids) for e in self.examples)


def messages_of(row: dict[str, Any]) -> list[Message]:
    if "messages" in row:
        return [Message(role=m["role"], content=m["content"]) for m in row["messages"]]
    return [Message(role="user", content=row["prompt"]), Message(role="assistant", content=row["completion"])]


class Renderer:
    """Prompt text exactly as the server renders it for this model (keel.providers.chat_templates,
    the same choice of template: SPEC, else the model's own, else the plain transcript), and the
    marker that ends an answer (the template's stop, or the tokenizer's EOS)."""

    def __init__(self, tok: Any, spec: str | None = None) -> None:
        self.tok = tok
        self.template = make_template(
            spec, getattr(tok, "chat_template", None), tok.bos_token or "", tok.eos_token or ""
        )

    def prompt(self, messages: list[Message]) -> str:
        return self.template.render(messages).text

    def split(self, row: dict[str, Any]) -> tuple[list[int], list[int]]:
        """(context ids, answer ids) of a row: the answer is the last (assistant) message."""
        *context, last = messages_of(row)
        rendered = self.template.render(context)
        text = rendered.text
        bos = self.tok.bos_token
        ids = [] if (bos and text.startswith(bos)) or self.tok.bos_token_id is None else [self.tok.bos_token_id]
        ids += self.tok(text, add_special_tokens=False)["input_ids"]
        answer = last.content if (not text or text[-1].isspace()) else " " + last.content
        stop = rendered.stops[0] if rendered.stops and not rendered.stops[0].startswith("\n") else None
        out = self.tok(answer + (stop or ""), add_special_tokens=False)["input_ids"]
        if stop is None and self.tok.eos_token_id is not None:
            out.append(self.tok.eos_token_id)
        return ids, out


def encode_chat(r: Renderer, row: dict[str, Any], max_len: int, task: str = "default") -> tuple[Example | None, bool]:
    """(example, truncated): the context's tokens are not learned; a context too long for
    MAX_LEN loses its oldest tokens (the answer is kept whole when it fits); None when even
    the answer does not fit."""
    context, answer = r.split(row)
    if len(answer) >= max_len:
        return None, True
    keep = max_len - len(answer)
    truncated = len(context) > keep
    if truncated:
        context = context[:1] + context[len(context) - keep + 1 :]  # keep BOS
    ex = Example(context + answer, [IGNORE] * len(context) + answer, task)
    return ex, truncated


def encode_text(tok: Any, text: str, max_len: int, task: str = "domain") -> list[Example]:
    """Raw text in chunks of MAX_LEN tokens (each starting with BOS), every token learned."""
    ids = tok(text, add_special_tokens=False)["input_ids"]
    if tok.eos_token_id is not None:
        ids.append(tok.eos_token_id)
    bos = [tok.bos_token_id] if tok.bos_token_id is not None else []
    step = max_len - len(bos)
    out = []
    for i in range(0, len(ids), step):
        chunk = bos + ids[i : i + step]
        if len(chunk) > len(bos) + 1:
            out.append(Example(chunk, list(chunk), task))
    return out


def encode_rows(r: Renderer, rows: Iterable[dict[str, Any]], max_len: int, task: str | None = None) -> Encoded:
    enc = Encoded()
    tok = r.tok
    for row in rows:
        name = task or str(row.get("task") or "default")
        if "text" in row and "prompt" not in row and "messages" not in row:
            enc.examples += encode_text(tok, str(row["text"]), max_len, name)
            continue
        ex, truncated = encode_chat(r, row, max_len, name)
        if ex is None:
            enc.dropped += 1
            continue
        enc.truncated += int(truncated)
        enc.examples.append(ex)
    return enc


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    """Training rows from PATH: a prompt/completion or chat JSONL (validated, line-precise
    errors), a JSONL of `{"text": …}` rows, or plain .txt/.md documents (a file or a folder)."""
    p = Path(path).expanduser()
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.suffix in (".txt", ".md"))
        if not files:
            raise DataError(str(p), [Problem(0, "no .txt or .md files in this folder")])
        return [{"text": f.read_text(encoding="utf-8")} for f in files]
    if p.suffix in (".txt", ".md"):
        return [{"text": p.read_text(encoding="utf-8")}]
    if not p.exists():
        raise DataError(str(p), [Problem(0, "no such file")])
    first = next((row for _, row in read_jsonl(p)), None)
    if isinstance(first, dict) and "text" in first and "prompt" not in first and "messages" not in first:
        rows, problems = [], []
        for n, row in read_jsonl(p):
            if isinstance(row, Problem):
                problems.append(row)
            elif not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"].strip():
                problems.append(Problem(n, 'expected {"text": "<non-empty string>"}'))
            else:
                rows.append(row)
        if problems:
            raise DataError(str(p), problems)
        return rows
    return load(p)[1]
