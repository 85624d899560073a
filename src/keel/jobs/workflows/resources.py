"""What the steps that reach beyond their files use: Keel's settings, the database, and the
gateway's services (built only when a step asks for them, then closed with the run).

In a worker (`keel worker`, or the one `keel serve` runs) the services are the worker's own; in
`keel workflow run` they are built in this process on first use (eval, batch, paraphrase), so a
workflow of data and shell steps loads no model. Pickled (a step shipped to another process),
only the settings travel: the engine and services are rebuilt there on first use.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from keel.config import Settings, keel_home


class Resources:
    def __init__(self, settings: Settings, engine: Engine | None = None, services: Any = None) -> None:
        self.settings = settings
        self._engine = engine
        self._services = services
        self._own = False
        self._lock: asyncio.Lock | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            if self._services is not None and getattr(self._services, "engine", None) is not None:
                self._engine = self._services.engine
            else:
                from keel.store.engine import make_engine, migrate

                self._engine = make_engine(self.settings.storage.url)
                migrate(self._engine)
        return self._engine

    @property
    def db_url(self) -> str:
        return self.settings.storage.url

    @property
    def jobs_dir(self) -> Path:
        d = self.settings.jobs.dir
        return Path(d).expanduser() if d else keel_home() / "jobs"

    async def services(self) -> Any:
        """The gateway's services (keel.services.Services) with their models loaded; built here on
        first use when the run has none."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._services is None or getattr(self._services, "catalogue", None) is None:
                from keel.services import Services

                services = Services(self.settings)
                await services.start(wait_for_models=True)
                self._services, self._own = services, True
        return self._services

    @property
    def services_started(self) -> Any:
        """The services if there are any now (None: no step has needed them)."""
        return self._services if getattr(self._services, "catalogue", None) is not None else None

    async def close(self) -> None:
        if self._own and self._services is not None:
            services, self._services, self._own = self._services, None, False
            await services.close()

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings, "_engine": None, "_services": None, "_own": False, "_lock": None}
