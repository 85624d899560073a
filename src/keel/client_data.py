"""keel.Client's dataset tools: `client.data.*` runs keel.training.data on local files (the same
on either transport); `paraphrase` asks the client's own gateway (its guard, cache and limits)
and `register` records a version in the registry."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any


class AsyncData:
    def __init__(self, client: Any) -> None:
        self._client = client

    async def validate(self, path: str | Path) -> dict[str, Any]:
        """Every problem of a JSONL dataset, by line: {"ok", "format", "rows", "problems"}."""
        from keel.training.data import validate

        return (await asyncio.to_thread(validate, path)).to_dict()

    async def stats(self, path: str | Path, *, gguf: str | Path | None = None, tokens: bool = True) -> dict[str, Any]:
        """Rows, format, lengths in characters and (TOKENS) in the model's tokens against its context."""
        from keel.training.data import Tokenizer, stats

        def run() -> dict[str, Any]:
            tok = (Tokenizer.from_gguf(gguf) if gguf else Tokenizer.default()) if tokens else None
            return stats(path, tok)

        return await asyncio.to_thread(run)

    async def load(self, path: str | Path) -> list[dict[str, Any]]:
        from keel.training.data import load

        return (await asyncio.to_thread(load, path))[1]

    async def dedupe(
        self, rows: list[dict[str, Any]], near: float | None = 0.9
    ) -> tuple[list[dict[str, Any]], dict[str, int]]:
        from keel.training.data import dedupe

        return await asyncio.to_thread(dedupe, rows, near)

    async def split(
        self, rows: list[dict[str, Any]], validation: float = 0.1, seed: int = 0, stratify: str | None = None
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        from keel.training.data import split

        return split(rows, validation, seed, stratify)

    async def convert(self, rows: list[dict[str, Any]], to: str, system: str | None = None) -> list[dict[str, Any]]:
        from keel.training.data import convert

        return convert(rows, to, system)

    async def noise(
        self, rows: list[dict[str, Any]], copies: int = 1, rate: float = 0.1, seed: int = 0
    ) -> list[dict[str, Any]]:
        from keel.training.augment import noise

        return noise(rows, copies, rate, seed)

    async def synthesize(self, spec: dict[str, Any], seed: int = 0) -> list[dict[str, Any]]:
        from keel.training.augment import synthesize

        return synthesize(spec, seed)

    async def paraphrase(
        self, rows: list[dict[str, Any]], model: str, copies: int = 1, temperature: float = 0.8
    ) -> list[dict[str, Any]]:
        """Paraphrased copies of the rows' inputs, written by MODEL through this client's gateway."""
        from keel.training.augment import PARAPHRASE, input_text, paraphrased

        out = []
        for n, r in enumerate(rows, 1):
            prompt = PARAPHRASE.format(text=input_text(r))
            for _ in range(copies):
                reply = await self._client.chat.completions.create(
                    model=model, messages=[{"role": "user", "content": prompt}], temperature=temperature
                )
                new = paraphrased(r, reply.choices[0].message.content or "", n, model)
                if new is not None:
                    out.append(new)
        return out

    async def write(self, path: str | Path, rows: list[dict[str, Any]]) -> int:
        from keel.training.data import write_jsonl

        return await asyncio.to_thread(write_jsonl, path, rows)

    async def register(self, name: str, path: str | Path, *, parent: str | None = None) -> dict[str, Any]:
        """Validate PATH, then record it as a version of dataset NAME (by content hash)."""
        from keel.errors import InvalidRequest

        report = await self.validate(path)
        if not report["ok"]:
            first = report["problems"][0]
            raise InvalidRequest(f"{path}:{first['line']}: {first['message']} ({len(report['problems'])} problem(s))")
        return await self._client.registry.datasets.register(name, path, parent=parent)
