"""keel-echo-plugin: one plugin of every kind Keel loads by entry point (see pyproject.toml).

Never imported by the test process itself: tests/plugins/test_distribution.py builds this into a
wheel, installs it into a separate folder and uses it from subprocesses. docs/plugins.md explains
each part.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import typer
from pydantic import BaseModel, ConfigDict

from keel.cache.memory import MemoryStore
from keel.guard.base import Finding, ScanContext, ScanResult
from keel.limits.base import Decision, Subject
from keel.limits.memory import MemoryLimitStore
from keel.types import (
    Embeddings,
    Generation,
    GenerationChunk,
    GenerationRequest,
    Health,
    Message,
    ModelInfo,
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- keel.config: plugins.echo in keel.yaml


class EchoSection(Strict):
    greeting: str = "hello"


# ---------------------------------------------------------------- keel.providers: echo


class EchoProvider:
    """Answers with the last user message (or the prompt), prefixed by `[PREFIX]`."""

    class Params(Strict):
        prefix: str = "echo"
        context_window: int = 4096

    def __init__(self, name: str, params: Params) -> None:
        self.name = name
        self.params = params

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        pass

    def info(self) -> ModelInfo:
        return ModelInfo(context_window=self.params.context_window)

    def tokenize(self, text: str | list[Message]) -> list[int] | None:
        if not isinstance(text, str):
            text = "\n".join(m.content for m in text)
        return [len(word) for word in text.split()]  # one token per word

    def _answer(self, request: GenerationRequest) -> str:
        users = [m.content for m in request.messages or [] if m.role == "user"]
        said = users[-1] if users else (request.prompt or "")
        return f"[{self.params.prefix}] {said}"

    async def complete(self, request: GenerationRequest) -> Generation:
        text = self._answer(request)
        prompt = request.messages if request.messages is not None else request.prompt or ""
        return Generation(text, "stop", len(self.tokenize(prompt) or ()), len(text.split()))

    async def stream(self, request: GenerationRequest) -> AsyncIterator[GenerationChunk]:
        whole = await self.complete(request)
        words = whole.text.split(" ")
        for i, word in enumerate(words):
            last = i == len(words) - 1
            yield GenerationChunk(
                word if last else word + " ",
                finish_reason="stop" if last else None,
                prompt_tokens=whole.prompt_tokens if last else None,
                completion_tokens=i + 1,
            )

    async def embed(self, texts: list[str]) -> Embeddings:
        return Embeddings([[float(len(t)), 1.0] for t in texts], sum(len(t.split()) for t in texts))

    async def health(self) -> Health:
        return Health(True)


# ---------------------------------------------------------------- keel.stages: echo_tag


class EchoTagStage:
    """Appends `suffix` and the `plugins.echo` greeting to the last user message."""

    name = "echo_tag"
    needs = ("settings",)
    after = ("prompt.checked",)  # rewrite what the guard has already checked
    why = {"prompt.checked": "the guard checks what the user wrote"}

    class Config(Strict):
        suffix: str

    def __init__(self, settings, config: Config) -> None:
        self.section: EchoSection = settings.plugin_config("echo")
        self.suffix = config.suffix

    async def run(self, ctx) -> None:
        if not ctx.messages:
            return
        last = ctx.messages[-1]
        ctx.messages[-1] = replace(last, content=f"{last.content} {self.suffix} {self.section.greeting}")
        ctx.annotations["echo_tag"] = self.suffix


# ---------------------------------------------------------------- keel.scanners: codeword


@dataclass
class CodewordScanner:
    """Finds code words (spans, so a rule may redact them)."""

    name = "codeword"
    directions = frozenset({"input", "output"})
    spans = True

    words: list[str] = field(default_factory=lambda: ["pineapple"])
    threshold: float = 0.5

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        findings = [
            Finding("CODEWORD", 1.0, m.start(), m.end())
            for word in self.words
            for m in re.finditer(re.escape(word), text, re.IGNORECASE)
        ]
        score = 1.0 if findings else 0.0
        return ScanResult(self.name, score=score, triggered=score >= self.threshold, findings=findings)


# ---------------------------------------------------------------- keel.routing_strategies: plugin_first


class PluginFirst:
    """Always the deployment named `prefer` when it is available, else the first candidate."""

    class Config(Strict):
        prefer: str

    def __init__(self, config: Config) -> None:
        self.prefer = config.prefer

    def pick(self, candidates: Sequence, region: str | None = None):
        return next((c for c in candidates if c.id == self.prefer), candidates[0])


# ---------------------------------------------------------------- keel.cache_stores: spy


class SpyCacheStore(MemoryStore):
    """The memory store, keeping a log of the calls it got."""

    class Config(Strict):
        label: str
        max_entries: int = 100  # defaults to cache.max_entries, as for the built-in memory store

    def __init__(self, config: Config) -> None:
        super().__init__(config.max_entries)
        self.label = config.label
        self.calls: list[str] = []

    async def get(self, key: str) -> bytes | None:
        value = await super().get(key)
        self.calls.append("get:hit" if value is not None else "get:miss")
        return value

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        self.calls.append("set")
        await super().set(key, value, ttl_s)


# ---------------------------------------------------------------- keel.limit_stores: spy


class SpyLimitStore(MemoryLimitStore):
    """The memory limits store, keeping a log of admissions and releases."""

    class Config(Strict):
        label: str

    def __init__(self, config: Config, window_s: float, clock) -> None:
        super().__init__(window_s=window_s, clock=clock)
        self.label = config.label
        self.window_s = window_s
        self.calls: list[str] = []

    async def try_acquire(self, pid: str, subjects: Sequence[Subject], tokens: int, ticket: int) -> Decision:
        decision = await super().try_acquire(pid, subjects, tokens, ticket)
        self.calls.append(f"acquire:{','.join(s.label for s in subjects)}:{decision.outcome}")
        return decision

    def release_now(self, pid: str, subjects: Sequence[Subject], tokens: int, actual: int | None) -> None:
        self.calls.append("release")
        super().release_now(pid, subjects, tokens, actual)


# ---------------------------------------------------------------- keel.cli: `keel echo ...`

cli = typer.Typer(help="The echo plugin's commands.", no_args_is_help=True)


@cli.command("hello")
def hello(config: Path | None = typer.Option(None, "--config", "-c", help="keel.yaml")) -> None:
    """Greet with the `plugins.echo` section of keel.yaml."""
    from keel.cli.common import settings_or_exit

    section = settings_or_exit(config).plugin_config("echo")
    typer.echo(f"{section.greeting} from the echo plugin")


@cli.command("stores")
def stores() -> None:
    """The cache and limits stores installed."""
    from keel.plugins import plugins

    for group in ("keel.cache_stores", "keel.limit_stores"):
        typer.echo(f"{group}: {', '.join(plugins(group).names())}")
