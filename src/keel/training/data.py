"""Dataset tools for fine-tuning and evaluation data: JSONL in two formats.

    prompt/completion   {"prompt": "...", "completion": "..."}
    chat                {"messages": [{"role": "system" | "user" | "assistant", "content": "..."}, ...]}
                        (the last message is the assistant's: what the model learns to say)

Other keys are kept (`task` for multi-task mixes, `origin` for augmented rows, fields to stratify
by). `validate` reports every problem with its line; `stats` counts tokens with the model's own
tokenizer against its context; `dedupe` drops exact and near duplicates; `split` is seeded (and
stratified by a field when asked); `convert` switches formats. The augmentations, which add rows
tagged with their origin, are in keel.training.augment.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

FORMATS = ("prompt_completion", "chat")
ROLES = ("system", "developer", "user", "assistant")


@dataclass
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class Validation:
    path: str
    format: str | None
    rows: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.rows > 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "rows": self.rows,
            "ok": self.ok,
            "problems": [{"line": p.line, "message": p.message} for p in self.problems],
        }


class DataError(ValueError):
    """A file that is not a valid dataset; `problems` say where."""

    def __init__(self, path: str | Path, problems: list[Problem]) -> None:
        shown = "; ".join(f"{path}:{p.line}: {p.message}" for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(shown + more)
        self.problems = problems


# ------------------------------------------------------------------------------ reading


def read_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) of every non-empty line; a line that is not JSON -> (n, Problem)."""
    with Path(path).open("rb") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield n, orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                yield n, Problem(n, f"not valid JSON ({exc})")


def row_format(row: dict[str, Any]) -> str | None:
    if "messages" in row:
        return "chat"
    if "prompt" in row or "completion" in row:
        return "prompt_completion"
    return None


def check_row(row: Any, fmt: str | None = None) -> tuple[str | None, list[str]]:
    """The row's format and what is wrong with it (empty: nothing)."""
    if not isinstance(row, dict):
        return None, ["a row must be a JSON object"]
    found = row_format(row)
    if found is None:
        return None, ['no "prompt"/"completion" or "messages": not a prompt/completion or chat row']
    if fmt is not None and found != fmt:
        return found, [f"a {found} row in a {fmt} file (the first row sets the format)"]
    errors: list[str] = []
    if found == "prompt_completion":
        for key in ("prompt", "completion"):
            if not isinstance(row.get(key), str):
                errors.append(f"{key}: required, a string")
            elif key == "completion" and not row[key].strip():
                errors.append("completion: empty (nothing to learn)")
        if "messages" in row:
            errors.append("give prompt/completion or messages, not both")
        return found, errors
    messages = row["messages"]
    if not isinstance(messages, list) or not messages:
        return found, ["messages: a non-empty list"]
    for i, m in enumerate(messages):
        if not isinstance(m, dict):
            errors.append(f"messages[{i}]: an object with role and content")
            continue
        if m.get("role") not in ROLES:
            errors.append(f"messages[{i}].role: one of {', '.join(ROLES)} (got {m.get('role')!r})")
        if not isinstance(m.get("content"), str):
            errors.append(f"messages[{i}].content: required, a string")
        extra = set(m) - {"role", "content", "name", "weight"}
        if extra:
            errors.append(f"messages[{i}]: unknown key(s) {sorted(extra)}")
    if not errors:
        if messages[-1]["role"] != "assistant":
            errors.append("messages: the last message must be the assistant's (what the model learns)")
        elif not messages[-1]["content"].strip():
            errors.append(f"messages[{len(messages) - 1}].content: empty (nothing to learn)")
        if not any(m["role"] == "user" for m in messages):
            errors.append("messages: no user message")
    return found, errors


def validate(path: str | Path, max_problems: int = 1000) -> Validation:
    """Every problem of a dataset file, by line (up to MAX_PROBLEMS)."""
    path = Path(path)
    if not path.is_file():
        return Validation(str(path), None, 0, [Problem(0, "no such file")])
    report = Validation(str(path), None, 0)
    for n, row in read_jsonl(path):
        if isinstance(row, Problem):
            report.problems.append(row)
            continue
        report.rows += 1
        fmt, errors = check_row(row, report.format)
        if report.format is None and fmt is not None and not errors:
            report.format = fmt
        report.problems += [Problem(n, e) for e in errors]
        if len(report.problems) >= max_problems:
            break
    if report.rows == 0 and not report.problems:
        report.problems.append(Problem(0, "no rows"))
    return report


def load(path: str | Path) -> tuple[str, list[dict[str, Any]]]:
    """The rows of a valid dataset and its format; DataError listing the problems otherwise."""
    report = validate(path)
    if not report.ok:
        raise DataError(path, report.problems)
    assert report.format is not None
    return report.format, [row for _, row in read_jsonl(path)]


def write_jsonl(path: str | Path, rows: Iterable[dict[str, Any]]) -> int:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("wb") as f:
        for row in rows:
            f.write(orjson.dumps(row) + b"\n")
            n += 1
    return n


# ------------------------------------------------------------------------------ stats


def texts(row: dict[str, Any]) -> tuple[str, str]:
    """(what the model reads, what it learns to write) of a row."""
    if "messages" in row:
        *context, last = row["messages"]
        return "\n".join(f"{m['role']}: {m['content']}" for m in context), last["content"]
    return row["prompt"], row["completion"]


@dataclass
class Tokenizer:
    """Counts tokens as a model does: its tokenizer and chat template (from its GGUF)."""

    count_prompt: Callable[[dict[str, Any]], int]
    count_completion: Callable[[str], int]
    context: int | None
    name: str

    @classmethod
    def from_gguf(cls, path: str | Path, context: int | None = None) -> Tokenizer:
        from llama_cpp import Llama

        from keel.providers.chat_templates import make_template
        from keel.providers.llama_cpp import LOAD_LOCK
        from keel.types import Message

        with LOAD_LOCK:  # llama-cpp-python's quiet load swaps the process's stdout/stderr
            llm = Llama(model_path=str(path), vocab_only=True, verbose=False)
        bos = llm.detokenize([llm.token_bos()]).decode("utf-8", "ignore")
        eos = llm.detokenize([llm.token_eos()]).decode("utf-8", "ignore")
        template = make_template(None, llm.metadata.get("tokenizer.chat_template"), bos, eos)
        n_ctx = (
            context
            or int(llm.metadata.get(f"{llm.metadata.get('general.architecture', '')}.context_length", 0))
            or None
        )

        def prompt_tokens(row: dict[str, Any]) -> int:
            if "messages" in row:
                msgs = [Message(m["role"], m["content"]) for m in row["messages"][:-1]]
                text = template.render(msgs).text
            else:
                text = row["prompt"]
            return len(llm.tokenize(text.encode(), add_bos=True, special=True))

        def completion_tokens(text: str) -> int:
            return len(llm.tokenize(text.encode(), add_bos=False, special=False)) + 1  # + end of turn

        return cls(prompt_tokens, completion_tokens, n_ctx, Path(path).name)

    @classmethod
    def default(cls, context: int | None = None) -> Tokenizer:
        """The embedded default model's tokenizer (Gemma 3 270M from its package)."""
        from keel.providers.model_files import DEFAULT_PACKAGE, resolve_gguf

        return cls.from_gguf(resolve_gguf(None, DEFAULT_PACKAGE), context)


def _summary(values: list[int]) -> dict[str, float]:
    if not values:
        return {}
    s = sorted(values)

    def q(p: float) -> int:
        return s[min(len(s) - 1, int(p * (len(s) - 1) + 0.5))]

    return {"min": s[0], "mean": round(sum(s) / len(s), 1), "p50": q(0.5), "p95": q(0.95), "max": s[-1]}


def stats(path: str | Path, tokenizer: Tokenizer | None = None) -> dict[str, Any]:
    """Rows, format, characters and (with TOKENIZER) tokens of prompts, completions and whole rows,
    and how many rows do not fit the model's context."""
    fmt, rows = load(path)
    out: dict[str, Any] = {"path": str(path), "format": fmt, "rows": len(rows)}
    prompts, completions = zip(*(texts(r) for r in rows), strict=True)
    out["chars"] = {
        "prompt": _summary([len(t) for t in prompts]),
        "completion": _summary([len(t) for t in completions]),
    }
    tasks = defaultdict(int)
    for r in rows:
        tasks[str(r.get("task", ""))] += 1
    if len(tasks) > 1 or "" not in tasks:
        out["tasks"] = dict(sorted(tasks.items()))
    origins = defaultdict(int)
    for r in rows:
        if isinstance(r.get("origin"), dict):
            origins[str(r["origin"].get("kind"))] += 1
    if origins:
        out["origins"] = dict(origins)
    if tokenizer is not None:
        p_tokens = [tokenizer.count_prompt(r) for r in rows]
        c_tokens = [tokenizer.count_completion(t) for t in completions]
        total = [a + b for a, b in zip(p_tokens, c_tokens, strict=True)]
        out["tokenizer"] = tokenizer.name
        out["tokens"] = {"prompt": _summary(p_tokens), "completion": _summary(c_tokens), "total": _summary(total)}
        out["tokens_total"] = sum(total)
        if tokenizer.context:
            out["context"] = tokenizer.context
            out["over_context"] = sum(1 for t in total if t > tokenizer.context)
    return out


# ------------------------------------------------------------------------------ duplicates


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", text)).strip()


def _key(row: dict[str, Any]) -> str:
    prompt, completion = texts(row)
    return f"{_normal(prompt)}\x00{_normal(completion)}"


def dedupe(rows: list[dict[str, Any]], near: float | None = 0.9) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Rows without exact duplicates (after normalising case, punctuation and spaces) and, with
    NEAR (0-1), without rows at least that similar (rapidfuzz's normalised Indel ratio of the
    whole row) to an earlier kept one. The first of each group is kept. Also the counts removed."""
    seen: set[str] = set()
    unique: list[dict[str, Any]] = []
    keys: list[str] = []
    exact = 0
    for row in rows:
        key = _key(row)
        digest = hashlib.blake2b(key.encode(), digest_size=16).hexdigest()
        if digest in seen:
            exact += 1
            continue
        seen.add(digest)
        unique.append(row)
        keys.append(key)
    if near is None or len(unique) < 2:
        return unique, {"exact": exact, "near": 0}
    from rapidfuzz import fuzz, process

    cutoff = near * 100
    kept_rows: list[dict[str, Any]] = []
    kept_keys: list[str] = []
    near_count = 0
    block = 512
    for start in range(0, len(unique), block):
        chunk_rows, chunk_keys = unique[start : start + block], keys[start : start + block]
        # against everything kept before this block, then within the block in order
        dup = [False] * len(chunk_keys)
        if kept_keys:
            scores = process.cdist(chunk_keys, kept_keys, scorer=fuzz.ratio, score_cutoff=cutoff, workers=-1)
            dup = [bool(s.any()) for s in scores]
        inner = process.cdist(chunk_keys, chunk_keys, scorer=fuzz.ratio, score_cutoff=cutoff, workers=-1)
        for i, (row, key) in enumerate(zip(chunk_rows, chunk_keys, strict=True)):
            if dup[i] or any(inner[i][j] and not dup[j] for j in range(i)):
                dup[i] = True
                near_count += 1
                continue
            kept_rows.append(row)
            kept_keys.append(key)
    return kept_rows, {"exact": exact, "near": near_count}


# ------------------------------------------------------------------------------ split, convert


def split(
    rows: list[dict[str, Any]], validation: float = 0.1, seed: int = 0, stratify: str | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A seeded train/validation split: VALIDATION (a share, 0-1) of the rows, of every value of
    the field STRATIFY when given (each group split alike), at least one validation row."""
    if not 0 < validation < 1:
        raise ValueError("validation must be a share between 0 and 1")
    if stratify is not None and any(stratify not in r for r in rows):
        missing = next(i for i, r in enumerate(rows) if stratify not in r)
        raise ValueError(f"row {missing + 1} has no field {stratify!r} to stratify by")
    rng = random.Random(seed)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[orjson.dumps(r[stratify]).decode() if stratify else ""].append(i)
    held: set[int] = set()
    for key in sorted(groups):
        members = groups[key]
        rng.shuffle(members)
        take = round(len(members) * validation)
        if stratify and take == 0 and len(members) > 1:
            take = 1
        held.update(members[:take])
    if not held and len(rows) > 1:
        held.add(rng.randrange(len(rows)))
    train = [r for i, r in enumerate(rows) if i not in held]
    valid = [r for i, r in enumerate(rows) if i in held]
    return train, valid


def convert(rows: list[dict[str, Any]], to: str, system: str | None = None) -> list[dict[str, Any]]:
    """Rows in format TO (prompt_completion | chat); other keys are kept. A chat row with more
    than one turn becomes a prompt of the conversation so far, one `role: content` line a turn."""
    if to not in FORMATS:
        raise ValueError(f"to must be one of {', '.join(FORMATS)}")
    out = []
    for r in rows:
        extra = {k: v for k, v in r.items() if k not in ("prompt", "completion", "messages")}
        if to == "chat":
            if "messages" in r:
                out.append(r)
                continue
            messages = ([{"role": "system", "content": system}] if system else []) + [
                {"role": "user", "content": r["prompt"]},
                {"role": "assistant", "content": r["completion"]},
            ]
            out.append({"messages": messages, **extra})
        else:
            if "prompt" in r:
                out.append(r)
                continue
            *context, last = r["messages"]
            turns = [m for m in context if m["role"] != "system"]
            prompt = (
                turns[0]["content"] if len(turns) == 1 else "\n".join(f"{m['role']}: {m['content']}" for m in turns)
            )
            sys_text = "\n".join(m["content"] for m in context if m["role"] == "system")
            out.append(
                {"prompt": f"{sys_text}\n\n{prompt}" if sys_text else prompt, "completion": last["content"], **extra}
            )
    return out
