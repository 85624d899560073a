"""The live model catalogue: public model names → deployment groups, swappable while serving.

A request resolves its model name here once (`lease`), and keeps what it got until it ends, even
if the catalogue changes meanwhile: `apply` builds and starts the models that are new or changed,
swaps the whole name table in one assignment (a request sees the old table or the new, never a
mix), and closes the groups it replaced once their last in-flight request has finished. Aliases
point a public name at another entry (`production` → `support-v7`); re-pointing one is one swap.
The registry drives the same seam from its database; keel.yaml reloads drive it from the file.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from keel.config import ModelSettings
from keel.errors import ModelNotFound, ServiceUnavailable

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Entry:
    """One catalogue entry: a model's settings and its started deployment group."""

    settings: ModelSettings
    model: Any  # RoutedModel (the Provider protocol)
    ready: bool = False
    load_error: str | None = None
    in_flight: int = 0
    retired: bool = False
    closed: bool = False
    _started: asyncio.Task[None] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.settings.name


@dataclass(frozen=True)
class Table:
    revision: int
    entries: dict[str, Entry]
    aliases: dict[str, str]


@dataclass
class Change:
    revision: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    aliases: dict[str, str | None] = field(default_factory=dict)  # name -> new target (None: removed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "revision": self.revision,
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
            "aliases": self.aliases,
        }


class Lease:
    """A request's hold on one entry: the entry is not closed before every lease is released."""

    __slots__ = ("_catalogue", "entry", "name", "released", "revision")

    def __init__(self, catalogue: Catalogue, name: str, entry: Entry, revision: int) -> None:
        self._catalogue = catalogue
        self.name = name  # what the caller asked for (an alias stays an alias)
        self.entry = entry
        self.revision = revision
        self.released = False
        entry.in_flight += 1

    @property
    def model(self) -> Any:
        return self.entry.model

    @property
    def target(self) -> str:
        return self.entry.name

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        self.entry.in_flight -= 1
        if self.entry.retired and self.entry.in_flight == 0:
            self._catalogue._close_later(self.entry)


class Catalogue:
    def __init__(self, build: Callable[[ModelSettings], Any], on_ready: Callable[[str, bool], None] | None = None):
        self._build = build
        self._on_ready = on_ready or (lambda name, ready: None)
        self._table = Table(0, {}, {})
        self._closing: set[asyncio.Task[None]] = set()
        self._lock = asyncio.Lock()

    # ------------------------------------------------------------------ reading

    @property
    def revision(self) -> int:
        return self._table.revision

    def names(self) -> list[str]:
        t = self._table
        return [*t.entries, *t.aliases]

    def entries(self) -> list[Entry]:
        return list(self._table.entries.values())

    def snapshot(self) -> dict[str, Any]:
        """The table as the admin API shows it: revision, entries (ready, in flight), aliases."""
        t = self._table
        models = [
            {
                "model": e.name,
                "provider": ",".join(sorted({d.provider for d in e.settings.deployment_list()})),
                "ready": e.ready,
                "error": e.load_error,
                "in_flight": e.in_flight,
            }
            for e in t.entries.values()
        ]
        return {"revision": t.revision, "models": models, "aliases": dict(t.aliases)}

    def deployments(self) -> dict[str, Any]:
        """Every model's deployments (health, breaker, latency, load), as the admin API shows them."""
        models = [e.model for e in self._table.entries.values()]
        return {"models": [m.snapshot() for m in models if hasattr(m, "snapshot")]}

    def aliases(self) -> dict[str, str]:
        return dict(self._table.aliases)

    def entry(self, name: str) -> Entry | None:
        t = self._table
        return t.entries.get(t.aliases.get(name, name))

    def settings(self, name: str) -> ModelSettings | None:
        e = self.entry(name)
        return e.settings if e is not None else None

    def get(self, name: str) -> Any:
        """The deployment group serving NAME now; 404 when unknown, 503 when not started yet."""
        return self._ready(name, self.entry(name)).model

    def lease(self, name: str) -> Lease:
        t = self._table  # one read: the request sees one revision
        entry = t.entries.get(t.aliases.get(name, name))
        return Lease(self, name, self._ready(name, entry), t.revision)

    @staticmethod
    def _ready(name: str, entry: Entry | None) -> Entry:
        if entry is None:
            raise ModelNotFound(name)
        if not entry.ready:
            detail = f"failed to load: {entry.load_error}" if entry.load_error else "is still loading; retry shortly"
            raise ServiceUnavailable(f"The model '{name}' {detail}", code="model_not_ready")
        return entry

    # ------------------------------------------------------------------ changing

    async def start(self, models: Iterable[ModelSettings], aliases: dict[str, str] | None = None) -> list[Entry]:
        """The first table: entries are in it at once and start in the background (readyz shows
        them loading; requests get 503 until ready). Returns the entries, to await `started`."""
        entries = {m.name: self._new(m) for m in models}
        self._table = Table(1, entries, dict(aliases or {}))
        for e in entries.values():
            e._started = asyncio.create_task(self._start(e))
        return list(entries.values())

    async def wait_started(self) -> None:
        tasks = [e._started for e in self._table.entries.values() if e._started is not None]
        if tasks:
            await asyncio.gather(*tasks)

    async def apply(self, models: Iterable[ModelSettings], aliases: dict[str, str] | None = None) -> Change:
        """Make the catalogue serve MODELS (and ALIASES): new and changed entries are started
        before the swap, so a changed model keeps serving its old version until the new one is up."""
        async with self._lock:
            old = self._table
            wanted = {m.name: m for m in models}
            aliases = dict(old.aliases if aliases is None else aliases)
            change = Change(old.revision + 1)
            fresh: dict[str, Entry] = {}
            for name, m in wanted.items():
                current = old.entries.get(name)
                if current is None or current.settings != m:
                    fresh[name] = self._new(m)
                    (change.changed if current is not None else change.added).append(name)
            change.removed = [n for n in old.entries if n not in wanted]
            await asyncio.gather(*(self._start(e) for e in fresh.values()))
            entries = {n: fresh.get(n) or old.entries[n] for n in wanted}
            for name, target in aliases.items():
                if target not in entries:
                    raise ValueError(f"alias {name!r} points at {target!r}, which is not in the catalogue")
            for name in set(old.aliases) | set(aliases):
                if old.aliases.get(name) != aliases.get(name):
                    change.aliases[name] = aliases.get(name)
            self._table = Table(change.revision, entries, aliases)  # the swap
            for name in change.removed + change.changed:
                self._retire(old.entries[name])
            for name in change.removed:
                self._on_ready(name, False)
            return change

    async def point(self, alias: str, target: str | None) -> Change:
        """Re-point (or, with None, remove) one alias; the next request follows it."""
        aliases = dict(self._table.aliases)
        if target is None:
            aliases.pop(alias, None)
        else:
            if alias in self._table.entries:
                raise ValueError(f"{alias!r} is a model, not an alias")
            aliases[alias] = target
        return await self.apply([e.settings for e in self.entries()], aliases)

    def _new(self, m: ModelSettings) -> Entry:
        return Entry(m, self._build(m))

    async def _start(self, e: Entry) -> None:
        try:
            await e.model.start()
        except Exception as exc:  # readyz reports it; requests get 503
            log.error("model %s failed to load: %s", e.name, exc)
            e.load_error = str(exc) or type(exc).__name__
            return
        e.ready = True
        self._on_ready(e.name, True)

    def _retire(self, e: Entry) -> None:
        e.retired = True
        if e.in_flight == 0:
            self._close_later(e)

    def _close_later(self, e: Entry) -> None:
        if e.closed:
            return
        e.closed = True
        task = asyncio.get_running_loop().create_task(self._close(e))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    async def _close(self, e: Entry) -> None:
        if e._started is not None and not e._started.done():
            e._started.cancel()
        try:
            await e.model.close()
        except Exception:
            log.exception("closing model %s failed", e.name)

    async def close(self) -> None:
        for e in self._table.entries.values():
            if e._started is not None and not e._started.done():
                e._started.cancel()
        if self._closing:
            await asyncio.wait(list(self._closing), timeout=10)
        for e in self._table.entries.values():
            if not e.closed:
                e.closed = True
                await self._close(e)
        self._table = Table(self._table.revision + 1, {}, {})
