"""llama_cpp: a local GGUF model run in process by llama-cpp-python.

One `Llama` instance is never entered by two requests at once: every call runs on the model's
own single worker thread, which is both its lock and its FIFO queue, so the event loop never
blocks. Streamed tokens cross back to the loop one `call_soon_threadsafe` each. Embeddings use
a second context (llama.cpp needs one built for embeddings), loaded on first use, with its own
worker thread.

Logprobs (asked for per request) are the log-softmax of the logits llama.cpp computed for the
position each token was sampled from: the context keeps the last position's row (no
`logits_all`), and it is read between two steps of `Llama.generate`, before the next decode.
"""

from __future__ import annotations

import asyncio
import codecs
import ctypes
import json
import os
import random
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from pydantic import BaseModel

from keel.errors import InvalidRequest
from keel.providers.base import ModelNotReady
from keel.providers.chat_templates import ChatTemplate, make_template
from keel.providers.llama_engine import EngineConfig, LlamaEngine
from keel.providers.llama_engine_calls import engine_complete, engine_stream
from keel.providers.llama_logprobs import Logprobs
from keel.providers.llama_params import LlamaCppParams
from keel.providers.llama_sampling import bias_vector
from keel.providers.llama_sampling import grammar as _grammar
from keel.providers.model_files import Progress, resolve_gguf
from keel.text.postprocess import StreamCleaner
from keel.types import (
    Embeddings,
    Generation,
    GenerationChunk,
    GenerationParams,
    GenerationRequest,
    Health,
    Message,
    ModelInfo,
    TokenLogprob,
)

MAX_TOP_LOGPROBS = 20


class _Cancelled(Exception):
    pass


# llama-cpp-python silences llama.cpp while it loads (verbose=False) by pointing the process's
# stdout and stderr at /dev/null and back; two loads at once interleave the save and the restore,
# and the process is left writing its logs to /dev/null for good. Every load takes this lock.
LOAD_LOCK = threading.Lock()


class LlamaCppProvider:
    Params: ClassVar[type[BaseModel]] = LlamaCppParams
    needs: ClassVar[tuple[str, ...]] = ("metrics",)

    def __init__(
        self, name: str, params: LlamaCppParams, progress: Progress | None = None, metrics: Any = None
    ) -> None:
        self.name = name
        self.metrics = metrics
        self.engine: LlamaEngine | None = None  # the batched engine, when slots > 1
        self.params = params
        self.progress = progress
        self.path: Path | None = None
        self._llm: Any = None
        self._embedder: Any = None
        self._template: ChatTemplate | None = None
        self._worker = ThreadPoolExecutor(1, thread_name_prefix=f"llama-{name}")
        self._embed_worker = ThreadPoolExecutor(1, thread_name_prefix=f"llama-embed-{name}")
        self._embed_lock = threading.Lock()
        self._first_token_ban: np.ndarray | None = None
        self._eog: set[int] = set()
        self._piece_buf = ctypes.create_string_buffer(256)
        self._prompt_cached = 0  # the previous prompt's length: its KV, by whole blocks, may be reused

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._worker, self.load)

    def load(self) -> None:
        """Load the model (blocking). Safe to call twice."""
        if self._llm is not None:
            return
        from llama_cpp import Llama

        p = self.params
        self.path = resolve_gguf(p.path, p.package, self.progress)
        threads = p.n_threads or os.cpu_count() or 1
        with LOAD_LOCK:
            llm = Llama(
                str(self.path),
                # with the engine, this context only tokenizes: the engine decodes in its own
                n_ctx=p.n_ctx if p.slots == 1 else min(p.n_ctx, 256),
                n_threads=threads,
                n_threads_batch=threads,
                n_batch=p.n_batch,
                lora_path=str(Path(p.lora_path).expanduser()) if p.lora_path else None,
                lora_scale=p.lora_scale,
                verbose=False,
            )
        bos = llm._model.token_get_text(llm.token_bos()) if llm.token_bos() >= 0 else ""
        eos = llm._model.token_get_text(llm.token_eos()) if llm.token_eos() >= 0 else ""
        self._template = make_template(p.chat_template, llm.metadata.get("tokenizer.chat_template"), bos, eos)
        self._bos_text = bos
        import llama_cpp

        vocab = llm._model.vocab
        self._eog = {t for t in range(llm.n_vocab()) if llama_cpp.llama_vocab_is_eog(vocab, t)}
        self._llm = llm
        # chat answers must not come back empty: the first token may not end the turn or be blank
        blank = [t for t in range(llm.n_vocab()) if t in self._eog or not self._piece(t).strip()]
        self._first_token_ban = np.array(blank, dtype=np.intc)
        if p.slots > 1:
            config = EngineConfig(p.slots, p.slot_ctx, p.batch_size, p.prefill_chunk, p.max_queue, threads)
            engine = LlamaEngine(self.name, llm, config, self._eog, self._first_token_ban, self.metrics)
            engine.start()
            self.engine = engine

    async def close(self) -> None:
        if self.engine is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.engine.close)
        self._worker.shutdown(wait=False, cancel_futures=True)
        self._embed_worker.shutdown(wait=False, cancel_futures=True)

    def info(self) -> ModelInfo:
        window = self.params.n_ctx if self.params.slots == 1 else self.params.slot_ctx
        if self._llm is None:
            return ModelInfo(context_window=window)
        if self.engine is None:
            window = self._llm.n_ctx()
        return ModelInfo(context_window=window, embedding_dim=self._llm.n_embd())

    async def health(self) -> Health:
        if self._llm is None:
            return Health(False, "loading")
        return Health(True, str(self.path))

    # ------------------------------------------------------------------ tokens

    def _require(self) -> Any:
        if self._llm is None:
            raise ModelNotReady(f"model {self.name} is not loaded")
        return self._llm

    def _piece(self, token: int, special: bool = False) -> bytes:
        import llama_cpp

        buf = self._piece_buf
        n = llama_cpp.llama_token_to_piece(self._llm._model.vocab, token, buf, len(buf), 0, special)
        if n < 0:
            big = ctypes.create_string_buffer(-n)
            n = llama_cpp.llama_token_to_piece(self._llm._model.vocab, token, big, len(big), 0, special)
            return big.raw[:n]
        return buf.raw[:n]

    def render(self, messages: list[Message]) -> tuple[str, tuple[str, ...]]:
        self._require()
        assert self._template is not None
        rendered = self._template.render(messages)
        return rendered.text, rendered.stops

    def tokenize(self, text: str | list[Message]) -> list[int]:
        llm = self._require()
        if isinstance(text, list):
            text, _ = self.render(text)
            special = True  # template markers are special tokens
        else:
            special = False
        add_bos = not (self._bos_text and text.startswith(self._bos_text))
        return llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=special)

    # ------------------------------------------------------------------ generation

    def _check(self, params: GenerationParams) -> None:
        if params.tools and params.tool_choice != "none":
            raise InvalidRequest(
                f"The model '{self.name}' does not support tools (function calling): it is served by "
                "llama.cpp without a tool-calling format; send the request without 'tools' (or with "
                "tool_choice 'none') or use a model that supports tools",
                param="tools",
            )
        if params.logprobs and not 0 <= params.top_logprobs <= MAX_TOP_LOGPROBS:
            raise InvalidRequest(
                f"top_logprobs must be between 0 and {MAX_TOP_LOGPROBS}, got {params.top_logprobs}",
                param="top_logprobs",
            )

    def _prepare(self, request: GenerationRequest) -> tuple[list[int], list[str], bool]:
        self._check(request.params)
        if request.messages is not None:
            _, template_stops = self.render(request.messages)
            tokens = self.tokenize(request.messages)
            return tokens, [*request.params.stop, *template_stops], True
        return self.tokenize(request.prompt or ""), list(request.params.stop), False

    def _reuse_prefix(self, llm: Any, prompt: list[int]) -> None:
        """Keep the part of the KV cache the prompt may reuse, in whole n_batch blocks.

        llama.cpp decodes a prompt n_batch tokens at a time, and its numbers differ slightly with
        how the tokens are split into batches: a prompt whose prefix came from the cache and whose
        rest is decoded in other batches than a cold run's would make greedy output depend on what
        the cache held. So only whole blocks [0, k·n_batch) of the previous *prompt* (decoded in
        the same blocks a cold run decodes, never its generated tokens) are reused, and the rest
        is decoded as a cold run would: the same answer cold, warm or after another request, and
        a long shared prefix (a growing conversation) is still not decoded again."""
        block = llm.n_batch
        cached = llm.input_ids[: min(llm.n_tokens, self._prompt_cached)]
        common = 0
        for a, b in zip(cached, prompt, strict=False):
            if a != b:
                break
            common += 1
        keep = (min(common, len(prompt) - 1) // block) * block
        if keep == 0:
            llm.reset()
        else:
            llm.n_tokens = keep  # llama-cpp-python decodes from here (and drops the cache past it)
        self._prompt_cached = len(prompt)

    def _generate(
        self,
        prompt_tokens: list[int],
        params: GenerationParams,
        stops: list[str],
        chat: bool,
        emit: Callable[[str, int, list[TokenLogprob] | None], None] | None,
        cancel: threading.Event | None,
    ) -> Generation:
        """Runs on the worker thread: sample tokens, detokenize incrementally, apply stops."""
        llm = self._require()
        p = self.params
        n_ctx = llm.n_ctx()
        room = n_ctx - len(prompt_tokens)
        if room <= 0:
            raise InvalidRequest(f"the prompt needs {len(prompt_tokens)} tokens; the context window is {n_ctx}")
        max_tokens = min(params.max_tokens or room, room)
        grammar = None
        rf = params.response_format
        if rf:
            schema = rf.get("schema")
            grammar = _grammar(rf["type"], json.dumps(schema, sort_keys=True) if schema else None)
        processors = None
        if chat and grammar is None and self._first_token_ban is not None:
            ban = self._first_token_ban
            start = len(prompt_tokens)

            def no_empty_answer(input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
                if llm.n_tokens == start:  # only the first sampled token
                    scores[ban] = -np.inf
                return scores

            processors = [no_empty_answer]
        if params.logit_bias:
            biased = bias_vector(params.logit_bias, llm.n_vocab())

            def bias(input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
                return scores + biased

            processors = [*(processors or []), bias]
        llm.set_seed(params.seed if params.seed is not None else random.randrange(2**31))
        temperature = p.temperature if params.temperature is None else params.temperature
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        cleaner = StreamCleaner(stops=stops, strip=False)
        pieces: list[str] = []
        finish = "length"
        produced = 0
        # logprobs only when asked for: the plain loop below does no extra work per token
        lp = Logprobs(self, llm, params.top_logprobs) if params.logprobs else None
        decoded = emitted = 0  # characters decoded (before stop trimming) and returned
        self._reuse_prefix(llm, prompt_tokens)
        tokens = llm.generate(
            prompt_tokens,
            top_k=p.top_k if params.top_k is None else params.top_k,
            top_p=p.top_p if params.top_p is None else params.top_p,
            min_p=p.min_p if params.min_p is None else params.min_p,
            temp=temperature,
            repeat_penalty=p.repeat_penalty,
            frequency_penalty=params.frequency_penalty,
            presence_penalty=params.presence_penalty,
            logits_processor=processors,
            grammar=grammar,
        )
        try:
            for token in tokens:
                if cancel is not None and cancel.is_set():
                    raise _Cancelled
                if token in self._eog:
                    finish = "stop"
                    break
                produced += 1
                if lp is None:
                    text = cleaner.feed(decoder.decode(self._piece(token)))
                    if text:
                        pieces.append(text)
                        if emit:
                            emit(text, produced, None)
                else:
                    piece = self._piece(token)
                    record = lp.score(token, piece)  # before the next step decodes over the logits
                    chars = decoder.decode(piece)
                    lp.place(record, decoded, decoded + len(chars), not piece)
                    decoded += len(chars)
                    text = cleaner.feed(chars)
                    emitted += len(text)
                    if text:
                        pieces.append(text)
                        if emit:
                            emit(text, produced, lp.take(emitted))
                if cleaner.stopped:
                    finish = "stop"
                    break
                if produced >= max_tokens:
                    break
        finally:
            tokens.close()
        held = cleaner.flush()
        rest = "" if cleaner.stopped else decoder.decode(b"", final=True)
        tail = held + rest
        logprobs = None
        if lp is not None:
            if not cleaner.stopped:
                lp.close(decoded + len(rest))  # an unfinished UTF-8 sequence ends as U+FFFD
            emitted += len(tail)
            last = lp.take(emitted)
            if emit and (tail or last):
                emit(tail, produced, last)
            logprobs = lp.reported
        elif emit and tail:
            emit(tail, produced, None)
        if tail:
            pieces.append(tail)
        return Generation("".join(pieces), finish, len(prompt_tokens), produced, logprobs=logprobs)  # type: ignore[arg-type]

    async def complete(self, request: GenerationRequest) -> Generation:
        prompt_tokens, stops, chat = self._prepare(request)
        if self.engine is not None:
            return await engine_complete(self, prompt_tokens, request.params, stops, chat)
        loop = asyncio.get_running_loop()
        cancel = threading.Event()
        try:
            return await loop.run_in_executor(
                self._worker, self._generate, prompt_tokens, request.params, stops, chat, None, cancel
            )
        except asyncio.CancelledError:
            cancel.set()
            raise

    async def stream(self, request: GenerationRequest) -> AsyncIterator[GenerationChunk]:
        prompt_tokens, stops, chat = self._prepare(request)
        if self.engine is not None:
            async for chunk in engine_stream(self, prompt_tokens, request.params, stops, chat):
                yield chunk
            return
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        cancel = threading.Event()

        def put(item: Any) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, item)

        def run() -> None:
            try:
                emit = lambda text, produced, logprobs: put(  # noqa: E731
                    GenerationChunk(text, completion_tokens=produced, logprobs=logprobs)
                )
                put(self._generate(prompt_tokens, request.params, stops, chat, emit, cancel))
            except BaseException as exc:
                put(exc)

        loop.run_in_executor(self._worker, run)
        try:
            while True:
                item = await queue.get()
                if isinstance(item, GenerationChunk):
                    yield item
                elif isinstance(item, Generation):
                    yield item.closing_chunk()
                    return
                else:
                    raise item
        finally:
            cancel.set()  # the client went away (or we are done): stop sampling

    # ------------------------------------------------------------------ embeddings

    def _load_embedder(self) -> Any:
        with self._embed_lock, LOAD_LOCK:
            if self._embedder is None:
                import llama_cpp
                from llama_cpp import Llama

                threads = self.params.n_threads or os.cpu_count() or 1
                self._embedder = Llama(
                    str(self.path),
                    n_ctx=self.params.n_ctx,
                    n_threads=threads,
                    n_threads_batch=threads,
                    n_batch=self.params.n_ctx,
                    n_ubatch=self.params.n_ctx,
                    embedding=True,
                    pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
                    verbose=False,
                )
            return self._embedder

    def _embed(self, texts: list[str]) -> Embeddings:
        embedder = self._load_embedder()
        vectors, count = embedder.embed(texts, normalize=True, truncate=False, return_count=True)
        return Embeddings([list(map(float, v)) for v in vectors], count)

    async def embed(self, texts: list[str]) -> Embeddings:
        self._require()
        if not self.params.embeddings:
            raise InvalidRequest(f"The model '{self.name}' does not serve embeddings", param="model")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._embed_worker, self._embed, texts)
