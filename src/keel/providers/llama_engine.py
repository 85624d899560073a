"""Continuous batching for a local GGUF model: one engine thread decodes many sequences per step.

The engine owns its own llama.cpp context (n_seq_max = slots, n_ctx = slots × ctx_per_slot, one
KV cache all sequences share) over the model weights the provider loaded. Requests wait in a
bounded admission queue; each free slot (a llama.cpp sequence id) takes one. Every step builds
one `llama_batch`: one token for each sequence that is generating, then prompt pieces for those
still reading their prompt (chunked prefill: at most `prefill_chunk` tokens per sequence per
step, so a long prompt does not stall the others), and runs one `llama_decode`. Each sequence
then samples from its own logits row (llama_sequence.Sequence: its own llama.cpp sampler chain,
or the row's arg max for plain greedy decoding).

Prefix reuse: a slot keeps the KV of what it decoded after its request ends, in whole
`prefill_chunk` blocks (a shorter tail is never reused, and every step attends over the shared
cache's cells up to the highest one in use, idle slots' included). A new request is
placed where the longest prefix of its prompt is already held (its own slot's cache, or another
slot's, copied with `llama_memory_seq_cp`: cells are shared, not recomputed). Prefixes are
reused, and prompts decoded, in whole `prefill_chunk` blocks from position 0, so a prompt's
tokens are always split the same way whatever the cache held (see docs/providers.md for why the
split matters to llama.cpp's numbers).

Back-pressure: when `max_queue` requests already wait, `submit` raises RateLimited (429) with a
Retry-After estimated from recent request durations.

The engine thread holds the GIL only between C calls: llama_decode and the samplers release it,
so the event loop keeps running while a step computes.
"""

from __future__ import annotations

import asyncio
import ctypes
import math
import threading
import time
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from keel.errors import RateLimited, ServiceUnavailable, UpstreamError
from keel.providers.llama_sequence import Sequence
from keel.types import Generation, GenerationChunk


@dataclass
class EngineConfig:
    slots: int
    ctx_per_slot: int
    batch_size: int
    prefill_chunk: int
    max_queue: int
    n_threads: int


@dataclass
class Slot:
    seq_id: int
    kv: list[int] = field(default_factory=list)  # the tokens this sequence's KV holds, positions 0..
    job: Sequence | None = None
    used_at: float = 0.0


def _common(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class LlamaEngine:
    def __init__(
        self,
        name: str,
        llm: Any,
        config: EngineConfig,
        eog: set[int],
        first_token_ban: np.ndarray,
        metrics: Any = None,
    ) -> None:
        self.name = name
        self.llm = llm
        self.config = config
        self.vocab = llm._model.vocab
        self.n_vocab = llm.n_vocab()
        self.eog = eog
        self.first_token_ban = first_token_ban
        self.slots = [Slot(i) for i in range(config.slots)]
        self.waiting: deque[Sequence] = deque()
        self._cond = threading.Condition()
        self._closed = False
        self._ctx: Any = None
        self._batch: Any = None
        self._mem: Any = None
        self._thread: threading.Thread | None = None
        self._piece_buf = ctypes.create_string_buffer(256)
        self._job_s = 1.0  # a moving average of request durations, for Retry-After
        self._metrics = _EngineMetrics(metrics, name, config) if metrics is not None else None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Create the context and start the engine thread (blocking: call it off the loop)."""
        import llama_cpp as ll

        c = self.config
        cp = ll.llama_context_default_params()
        cp.n_ctx = c.slots * c.ctx_per_slot
        cp.n_batch = cp.n_ubatch = c.batch_size
        cp.n_seq_max = c.slots
        cp.n_threads = cp.n_threads_batch = c.n_threads
        cp.kv_unified = True  # one cache: a prefix is shared across sequences by seq_cp
        cp.swa_full = True  # a sliding-window layer keeps every cell: prefixes stay reusable
        cp.flash_attn_type = ll.LLAMA_FLASH_ATTN_TYPE_DISABLED  # as the unbatched path
        cp.no_perf = True
        ctx = ll.llama_init_from_model(self.llm._model.model, cp)
        if not ctx:
            raise UpstreamError(f"llama.cpp could not create the batched context of {self.name}", retryable=False)
        lora = getattr(self.llm, "_lora_adapter", None)
        if lora:
            adapters = (ll.llama_adapter_lora_p_ctypes * 1)(lora)
            scales = (ctypes.c_float * 1)(self.llm.lora_scale)
            ll.llama_set_adapters_lora(ctx, adapters, 1, scales)
        self._ctx = ctx
        self._mem = ll.llama_get_memory(ctx)
        self._batch = ll.llama_batch_init(c.batch_size, 0, 1)
        self._thread = threading.Thread(target=self._run, name=f"llama-engine-{self.name}", daemon=True)
        self._thread.start()

    def close(self) -> None:
        import llama_cpp as ll

        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=60)
        if self._thread is None or not self._thread.is_alive():
            if self._batch is not None:
                ll.llama_batch_free(self._batch)
                self._batch = None
            if self._ctx:
                ll.llama_free(self._ctx)
                self._ctx = None

    # ------------------------------------------------------------------ the event loop's side

    def submit(self, seq: Sequence) -> None:
        with self._cond:
            if self._closed:
                raise ServiceUnavailable(f"The model '{self.name}' is shutting down", retry_after=1)
            busy = all(s.job is not None for s in self.slots)
            if busy and len(self.waiting) >= self.config.max_queue:
                wait = self._job_s * (1 + len(self.waiting) / self.config.slots)
                busy_error = RateLimited(
                    f"The model '{self.name}' is busy: {self.config.slots} requests running and "
                    f"{len(self.waiting)} waiting (max_queue); retry later",
                    code="model_busy",
                    retry_after=max(1.0, math.ceil(wait)),
                )
                # back-pressure for the client, at once: the router neither retries it (waiting in
                # the router would only queue longer) nor counts it against the deployment's breaker
                busy_error.retryable = False
                raise busy_error
            self.waiting.append(seq)
            self._cond.notify()
        if self._metrics:
            self._metrics.queued(len(self.waiting))

    def cancel(self, seq: Sequence) -> None:
        seq.cancelled.set()
        with self._cond:
            self._cond.notify()

    async def stream(self, seq: Sequence) -> AsyncIterator[GenerationChunk | Generation]:
        """SEQ's chunks, then its Generation. Closing this iterator (a client that went away)
        cancels the sequence: its slot is freed at the next step."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()

        def sink(item: Any) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # the loop is gone: nobody is listening
                seq.cancelled.set()

        seq.sink = sink
        self.submit(seq)
        try:
            while True:
                item = await queue.get()
                if isinstance(item, BaseException):
                    raise item
                yield item
                if isinstance(item, Generation):
                    return
        finally:
            self.cancel(seq)

    # ------------------------------------------------------------------ the engine thread

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._closed and not self.waiting and not any(s.job for s in self.slots):
                    self._cond.wait()
                if self._closed:
                    break
                admitted = self._admit()
            for slot in admitted:
                self._begin(slot)
            self._drop_cancelled()
            try:
                self._step()
            except Exception as exc:  # a failed step fails its sequences, not the engine
                for slot in self.slots:
                    if slot.job is not None:
                        self._free(slot, exc)
        for slot in self.slots:
            if slot.job is not None:
                self._free(slot, ServiceUnavailable(f"The model '{self.name}' shut down", retry_after=1))
        for seq in self.waiting:
            seq.fail(ServiceUnavailable(f"The model '{self.name}' shut down", retry_after=1))

    def _admit(self) -> list[Slot]:
        """Waiting sequences into free slots (under the lock)."""
        admitted = []
        while self.waiting:
            free = [s for s in self.slots if s.job is None]
            if not free:
                break
            seq = self.waiting.popleft()
            if seq.cancelled.is_set():
                continue
            slot = self._place(seq, free)
            slot.job = seq
            admitted.append(slot)
        return admitted

    def _place(self, seq: Sequence, free: list[Slot]) -> Slot:
        """The free slot for SEQ, its KV holding the longest reusable prefix of SEQ's prompt."""
        import llama_cpp as ll

        block = self.config.prefill_chunk
        limit = len(seq.prompt) - 1  # the last prompt token is always decoded: its logits sample
        best, best_n = None, 0
        for s in sorted(self.slots, key=lambda s: s.job is not None):  # free slots win ties
            n = (min(_common(s.kv, seq.prompt), limit) // block) * block
            if n > best_n:
                best, best_n = s, n
        if best is not None and best.job is None:
            target = best
            ll.llama_memory_seq_rm(self._mem, target.seq_id, best_n, -1)
            del target.kv[best_n:]
        else:
            target = min(free, key=lambda s: (len(s.kv) > 0, s.used_at))  # an empty slot, else the oldest
            ll.llama_memory_seq_rm(self._mem, target.seq_id, -1, -1)
            target.kv = []
            if best is not None and best_n:
                ll.llama_memory_seq_cp(self._mem, best.seq_id, target.seq_id, 0, best_n)
                target.kv = best.kv[:best_n]
        seq.fed = seq.cached = best_n
        return target

    def _begin(self, slot: Slot) -> None:
        seq = slot.job
        assert seq is not None
        try:
            seq.begin(self)
        except Exception as exc:
            self._free(slot, exc)

    def _drop_cancelled(self) -> None:
        for slot in self.slots:
            if slot.job is not None and slot.job.cancelled.is_set():
                self._free(slot, None)

    def _free(self, slot: Slot, error: BaseException | None, ended: bool = False) -> None:
        import llama_cpp as ll

        seq = slot.job
        slot.job = None
        slot.used_at = time.monotonic()
        if seq is None:
            return
        # An idle slot keeps only what a later prompt can reuse: whole prefill blocks. The rest
        # would cost every later step: the cache is one (unified), and each decode attends over
        # its cells up to the highest one in use, whichever sequence holds them (15 idle slots of
        # 60 tokens made a lone stream's steps 12% slower here).
        keep = len(slot.kv) // self.config.prefill_chunk * self.config.prefill_chunk
        if keep < len(slot.kv):
            if not ll.llama_memory_seq_rm(self._mem, slot.seq_id, keep, -1):  # a partial removal refused
                ll.llama_memory_seq_rm(self._mem, slot.seq_id, -1, -1)
                keep = 0
            del slot.kv[keep:]
        if ended:
            seq.end()
            took = time.monotonic() - seq.queued_at
            self._job_s = 0.8 * self._job_s + 0.2 * took
        elif error is not None:
            seq.fail(error)
        else:
            seq.release()
        with self._cond:
            self._cond.notify()

    def _step(self) -> None:
        import llama_cpp as ll

        c = self.config
        batch = self._batch
        n = 0
        outputs: list[tuple[Slot, int]] = []  # (slot, row in the batch) that sample this step
        prompt_tokens = 0

        def add(token: int, pos: int, seq_id: int, logits: bool) -> None:
            nonlocal n
            batch.token[n] = token
            batch.pos[n] = pos
            batch.n_seq_id[n] = 1
            batch.seq_id[n][0] = seq_id
            batch.logits[n] = logits
            n += 1

        active = [s for s in self.slots if s.job is not None]
        for slot in active:
            seq = slot.job
            assert seq is not None
            if seq.next_token is not None:
                if len(slot.kv) >= c.ctx_per_slot:  # the context is full: end as "length"
                    self._free(slot, None, ended=True)
                    continue
                add(seq.next_token, len(slot.kv), slot.seq_id, True)
                outputs.append((slot, n - 1))
        for slot in active:
            seq = slot.job
            if seq is None or seq.next_token is not None:
                continue
            start = seq.fed
            end = min(len(seq.prompt), (start // c.prefill_chunk + 1) * c.prefill_chunk)
            if end - start > c.batch_size - n:
                continue  # no room for the whole block: next step
            for pos in range(start, end):
                add(seq.prompt[pos], pos, slot.seq_id, pos == len(seq.prompt) - 1)
            prompt_tokens += end - start
            if end == len(seq.prompt):
                outputs.append((slot, n - 1))
        if n == 0:
            return
        batch.n_tokens = n
        rc = ll.llama_decode(self._ctx, batch)
        if rc != 0:
            raise UpstreamError(f"llama_decode failed on {self.name} (code {rc})", retryable=True)
        # the KV now holds what this batch decoded
        for i in range(n):
            slot = self.slots[batch.seq_id[i][0]]
            slot.kv.append(batch.token[i])
        for slot in active:
            seq = slot.job
            if seq is not None and seq.next_token is None:
                seq.fed = len(slot.kv)
        generated = 0
        for slot, row in outputs:
            seq = slot.job
            if seq is None:
                continue
            try:
                token, raw = seq.sample(self, self._ctx, row)
                generated += 1
                if seq.take(self, token, raw):
                    self._free(slot, None, ended=True)
                else:
                    seq.next_token = token
            except Exception as exc:
                self._free(slot, exc)
        if self._metrics:
            self._metrics.stepped(self, generated, prompt_tokens)

    # ------------------------------------------------------------------ tokens

    def piece(self, token: int, special: bool = False) -> bytes:
        import llama_cpp as ll

        buf = self._piece_buf
        n = ll.llama_token_to_piece(self.vocab, token, buf, len(buf), 0, special)
        if n < 0:
            big = ctypes.create_string_buffer(-n)
            n = ll.llama_token_to_piece(self.vocab, token, big, len(big), 0, special)
            return big.raw[:n]
        return buf.raw[:n]

    _piece = piece  # the name Logprobs calls for its alternatives

    def stats(self) -> dict[str, int]:
        with self._cond:
            return {
                "waiting": len(self.waiting),
                "running": sum(1 for s in self.slots if s.job is not None),
                "kv_tokens": sum(len(s.kv) for s in self.slots),
            }


class _EngineMetrics:
    """The engine's Prometheus series, label children looked up once."""

    def __init__(self, metrics: Any, name: str, config: EngineConfig) -> None:
        self.queue = metrics.engine_queue.labels(model=name)
        self.running = metrics.engine_running.labels(model=name)
        self.kv = metrics.engine_kv_tokens.labels(model=name)
        self.generated = metrics.engine_tokens.labels(model=name, kind="generated")
        self.prefilled = metrics.engine_tokens.labels(model=name, kind="prompt")
        metrics.engine_kv_capacity.labels(model=name).set(config.slots * config.ctx_per_slot)

    def queued(self, depth: int) -> None:
        self.queue.set(depth)

    def stepped(self, engine: LlamaEngine, generated: int, prompt: int) -> None:
        self.queue.set(len(engine.waiting))
        self.running.set(sum(1 for s in engine.slots if s.job is not None))
        self.kv.set(sum(len(s.kv) for s in engine.slots))
        if generated:
            self.generated.inc(generated)
        if prompt:
            self.prefilled.inc(prompt)
