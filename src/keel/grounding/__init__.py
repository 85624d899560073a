"""Grounding: what a prompt needs to be answered well — the conversation so far (memory), what the
organisation's documents say (knowledge bases: ingest, chunk, embed, hybrid search with citations)
and who or what its names refer to (entities: recognition and linking to a catalogue).

`Grounding` holds the three services, built once by `keel.services.Services`; the pipeline's
`grounding` stage, the API, the CLI and `keel.Client` all use them. Nothing here imports the API.
"""

from __future__ import annotations

from typing import Any

from keel.config.grounding import GroundingSettings


class Grounding:
    def __init__(self, engine: Any, settings: GroundingSettings) -> None:
        from keel.embeddings import shared_embedder

        self.engine = engine
        self.settings = settings
        self.embedder = shared_embedder(settings.embedding_model)
        self._kb: Any = None
        self._memory: Any = None
        self._entities: Any = None

    @property
    def kb(self) -> Any:
        """keel.grounding.kb.KnowledgeBases"""
        if self._kb is None:
            from keel.grounding.kb import KnowledgeBases

            self._kb = KnowledgeBases(self.engine, self.settings, self.embedder)
        return self._kb

    @property
    def memory(self) -> Any:
        """keel.grounding.memory.SessionStore"""
        if self._memory is None:
            from keel.grounding.memory import SessionStore

            self._memory = SessionStore(self.engine, self.settings.memory)
        return self._memory

    @property
    def entities(self) -> Any:
        """keel.grounding.entities.EntityCatalogue"""
        if self._entities is None:
            from keel.grounding.entities import EntityCatalogue

            self._entities = EntityCatalogue(self.engine, self.settings.entities, self.embedder)
        return self._entities


def catalogue_completer(catalogue: Any, model: str | None) -> Any:
    """A `complete(GenerationRequest)` that leases MODEL from the live catalogue for one call (the
    rewrite and summary models), or None when no model is configured or there is no catalogue."""
    if not model or catalogue is None:
        return None

    async def complete(request: Any) -> Any:
        lease = catalogue.lease(model)
        try:
            return await lease.model.complete(request)
        finally:
            lease.release()

    return complete
