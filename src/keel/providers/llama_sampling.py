"""Sampling on the llama.cpp provider: grammars for response_format, and per-sequence sampler chains.

The batched engine samples each sequence with its own llama.cpp sampler chain, built here in the
order llama-cpp-python's `Llama` builds its own (penalties, grammar, then greedy at temperature 0
or top-k, typical, top-p, min-p, temperature and a seeded draw), so that a request samples the
same way on either path.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from keel.errors import InvalidRequest
from keel.types import GenerationParams

PENALTY_LAST_N = 64  # llama-cpp-python's default `last_n_tokens_size`


@lru_cache(maxsize=64)
def grammar(kind: str, schema_json: str | None) -> Any:
    """The LlamaGrammar enforcing a response_format of KIND ('json_object' or 'json_schema')."""
    from llama_cpp.llama_grammar import JSON_GBNF, LlamaGrammar

    if kind == "json_schema" and schema_json:
        try:
            return LlamaGrammar.from_json_schema(schema_json, verbose=False)
        except Exception as exc:
            raise InvalidRequest(
                f"response_format.json_schema cannot be enforced: {exc}", param="response_format"
            ) from None
    return LlamaGrammar.from_string(JSON_GBNF, verbose=False)


def request_grammar(params: GenerationParams) -> Any:
    rf = params.response_format
    if not rf:
        return None
    schema = rf.get("schema")
    return grammar(rf["type"], json.dumps(schema, sort_keys=True) if schema else None)


@dataclass(frozen=True)
class SamplerSpec:
    """One request's sampling settings: the request's own, else the model's defaults."""

    temperature: float
    top_p: float
    top_k: int
    min_p: float
    repeat_penalty: float
    frequency_penalty: float
    presence_penalty: float
    seed: int
    grammar: Any = None  # a LlamaGrammar
    logit_bias: tuple[tuple[int, float], ...] = ()

    @classmethod
    def of(cls, params: GenerationParams, defaults: Any) -> SamplerSpec:
        return cls(
            temperature=defaults.temperature if params.temperature is None else params.temperature,
            top_p=defaults.top_p if params.top_p is None else params.top_p,
            top_k=defaults.top_k if params.top_k is None else params.top_k,
            min_p=defaults.min_p if params.min_p is None else params.min_p,
            repeat_penalty=defaults.repeat_penalty,
            frequency_penalty=params.frequency_penalty,
            presence_penalty=params.presence_penalty,
            seed=params.seed if params.seed is not None else random.randrange(2**31),
            grammar=request_grammar(params),
            logit_bias=tuple(sorted((params.logit_bias or {}).items())),
        )


def check_biases(tokens: Iterable[int], n_vocab: int) -> None:
    """OpenAI's logit_bias names token ids: one outside the model's vocabulary is a 400."""
    for token in tokens:
        if not 0 <= token < n_vocab:
            raise InvalidRequest(
                f"logit_bias: token {token} is not in the model's vocabulary (0-{n_vocab - 1})", param="logit_bias"
            )


def bias_vector(biases: dict[int, float], n_vocab: int) -> np.ndarray:
    """logit_bias as a vector added to the logits (the one-request-at-a-time path's processor)."""
    check_biases(biases, n_vocab)
    out = np.zeros(n_vocab, dtype=np.float32)
    for token, b in biases.items():
        out[token] = b
    return out


def build_chain(vocab: Any, n_vocab: int, spec: SamplerSpec) -> Any:
    """A llama.cpp sampler chain for SPEC (free it with `free_chain`)."""
    import llama_cpp as ll

    check_biases((t for t, _ in spec.logit_bias), n_vocab)

    chain = ll.llama_sampler_chain_init(ll.llama_sampler_chain_default_params())

    def add(sampler: Any) -> None:
        if not sampler:
            ll.llama_sampler_free(chain)
            raise InvalidRequest("llama.cpp could not build the sampler for this request", param="response_format")
        ll.llama_sampler_chain_add(chain, sampler)

    if spec.logit_bias:
        biases = (ll.llama_logit_bias * len(spec.logit_bias))(*(ll.llama_logit_bias(t, b) for t, b in spec.logit_bias))
        add(ll.llama_sampler_init_logit_bias(n_vocab, len(spec.logit_bias), biases))
    add(
        ll.llama_sampler_init_penalties(
            n_vocab, PENALTY_LAST_N, spec.repeat_penalty, spec.frequency_penalty, spec.presence_penalty
        )
    )
    if spec.grammar is not None:
        g = spec.grammar
        add(ll.llama_sampler_init_grammar(vocab, g._grammar.encode("utf-8"), g._root.encode("utf-8")))
    if spec.temperature == 0:
        add(ll.llama_sampler_init_greedy())
    else:
        add(ll.llama_sampler_init_top_k(spec.top_k))
        add(ll.llama_sampler_init_typical(1.0, 1))
        add(ll.llama_sampler_init_top_p(spec.top_p, 1))
        add(ll.llama_sampler_init_min_p(spec.min_p, 1))
        add(ll.llama_sampler_init_temp(spec.temperature))
        add(ll.llama_sampler_init_dist(spec.seed))
    return chain


def free_chain(chain: Any) -> None:
    import llama_cpp as ll

    if chain:
        ll.llama_sampler_free(chain)
