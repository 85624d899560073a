"""The llama_cpp provider's parameters (a model's `params:` in keel.yaml)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from keel.providers.model_files import DEFAULT_PACKAGE


class LlamaCppParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str | None = Field(None, description="a GGUF file")
    package: str | None = Field(None, description=f"a PyPI package shipping a GGUF (default {DEFAULT_PACKAGE})")
    n_ctx: int = Field(8192, ge=64, description="context window in tokens")
    n_threads: int | None = Field(None, ge=1, description="CPU threads (default: all cores)")
    n_batch: int = Field(512, ge=1)
    chat_template: str | None = Field(
        None,
        description="'transcript', 'gemma', or Jinja source; default: the GGUF's template, else transcript",
    )
    temperature: float = Field(0.8, ge=0, le=2, description="used when a request sets none")
    top_p: float = Field(0.95, gt=0, le=1, description="used when a request sets none")
    top_k: int = Field(40, ge=0)
    min_p: float = Field(0.05, ge=0, le=1)
    repeat_penalty: float = Field(1.0, gt=0)
    embeddings: bool = Field(True, description="serve /v1/embeddings (mean-pooled) from this model")
    lora_path: str | None = Field(None, description="a LoRA adapter GGUF applied to the model (a fine-tuned version)")
    lora_scale: float = Field(1.0, gt=0, le=4, description="the adapter's weight")
    # continuous batching (llama_engine): more than one slot decodes that many requests per step
    slots: int = Field(1, ge=1, le=256, description="requests decoded together; 1: one at a time (no engine)")
    ctx_per_slot: int | None = Field(
        None, ge=64, description="context window of each request when slots > 1 (default n_ctx / slots)"
    )
    batch_size: int = Field(512, ge=2, description="tokens per decode step when slots > 1")
    prefill_chunk: int = Field(
        128,
        ge=16,
        multiple_of=16,
        description="prompt tokens a request adds per step, and the unit of prefix reuse (slots > 1); "
        "a multiple of 16, so that what idle slots keep never shifts another request's numbers",
    )
    max_queue: int = Field(64, ge=0, description="requests waiting for a slot before a 429 (slots > 1)")

    @model_validator(mode="after")
    def _one_source(self) -> LlamaCppParams:
        if self.path and self.package:
            raise ValueError("give either 'path' or 'package', not both")
        if self.slots > 1:
            if self.batch_size < self.slots + self.prefill_chunk:
                raise ValueError(
                    f"batch_size ({self.batch_size}) must hold one token per slot plus one prompt chunk: "
                    f"at least slots + prefill_chunk = {self.slots + self.prefill_chunk}"
                )
            if self.slot_ctx < 64:
                raise ValueError(f"n_ctx / slots leaves {self.slot_ctx} tokens per request; set ctx_per_slot")
        return self

    @property
    def slot_ctx(self) -> int:
        """The context window of one request on the batched engine."""
        return self.ctx_per_slot or self.n_ctx // self.slots
