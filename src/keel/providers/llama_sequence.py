"""One request inside the batched llama.cpp engine: its sampler, its text and what it sends back.

A `Sequence` lives on the engine thread once admitted: the engine feeds its prompt, then after
each step hands it the logits row it was given (`sample`) and the token drawn (`take`). The
sequence detokenizes incrementally (an `IncrementalDecoder` keeps a UTF-8 character that a token
left unfinished until the next token completes it), applies stop strings, reports logprobs when
asked, and sends chunks and its final Generation back to the event loop through `sink` (a
`call_soon_threadsafe` into an asyncio.Queue: the engine never waits on the loop).
"""

from __future__ import annotations

import codecs
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from keel.providers.llama_logprobs import Logprobs
from keel.providers.llama_sampling import SamplerSpec, build_chain, free_chain
from keel.text.postprocess import StreamCleaner
from keel.types import Generation, GenerationChunk, TokenLogprob


class Sequence:
    def __init__(
        self,
        prompt: list[int],
        spec: SamplerSpec,
        stops: list[str],
        ban_first: bool,
        max_tokens: int,
        logprobs: int | None,
        streaming: bool,
    ) -> None:
        self.prompt = prompt
        self.spec = spec
        self.stops = stops
        self.ban_first = ban_first and spec.grammar is None  # chat answers must not come back empty
        self.max_tokens = max_tokens
        self.top_logprobs = logprobs  # None: not asked for
        self.streaming = streaming
        self.sink: Callable[[Any], None] = lambda item: None
        self.cancelled = threading.Event()
        self.queued_at = time.monotonic()
        self.started_at: float | None = None
        # engine-side state
        self.fed = 0  # prompt tokens in the KV cache
        self.cached = 0  # of those, reused from a cache
        self.next_token: int | None = None  # sampled, not decoded yet
        self.produced = 0
        self.finish: str | None = None
        self._chain: Any = None
        self._greedy = False
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._cleaner = StreamCleaner(stops=stops, strip=False)
        self._pieces: list[str] = []
        self._lp: Logprobs | None = None
        self._decoded = self._emitted = 0

    # ------------------------------------------------------------------ on the engine thread

    def begin(self, engine: Any) -> None:
        """Admitted: build the sampler (and the logprobs recorder)."""
        self.started_at = time.monotonic()
        sp = self.spec
        # greedy with nothing that reshapes the logits: the arg max of the row, without a llama.cpp
        # sampler chain (which copies the whole vocabulary into candidates at every token; its
        # greedy sampler takes the first maximum, as NumPy's argmax does)
        self._greedy = (
            sp.temperature == 0
            and sp.grammar is None
            and not sp.logit_bias
            and sp.repeat_penalty == 1
            and sp.frequency_penalty == 0
            and sp.presence_penalty == 0
        )
        if not self._greedy:
            self._chain = build_chain(engine.vocab, engine.n_vocab, sp)
        if self.top_logprobs is not None:
            self._lp = Logprobs(engine, None, self.top_logprobs)

    def sample(self, engine: Any, ctx: Any, idx: int) -> tuple[int, np.ndarray | None]:
        """The next token from the logits row IDX of the last decode (and the raw row, for logprobs)."""
        import llama_cpp as ll

        raw = None
        if self._greedy or self._lp is not None or (self.ban_first and self.produced == 0):
            row = np.ctypeslib.as_array(ll.llama_get_logits_ith(ctx, idx), shape=(engine.n_vocab,))
            if self._lp is not None:
                raw = row.copy()  # the model's own numbers, before the ban below
            if self.ban_first and self.produced == 0:
                row[engine.first_token_ban] = -np.inf
            if self._greedy:
                return int(row.argmax()), raw
        return ll.llama_sampler_sample(self._chain, ctx, idx), raw

    def take(self, engine: Any, token: int, raw: np.ndarray | None) -> bool:
        """Record TOKEN; True when the sequence is finished."""
        if token in engine.eog:
            self.finish = "stop"
            return True
        self.produced += 1
        piece = engine.piece(token)
        chars = self._decoder.decode(piece)
        logprobs: list[TokenLogprob] | None = None
        if self._lp is not None:
            record = self._lp.score(token, piece, raw)
            self._lp.place(record, self._decoded, self._decoded + len(chars), not piece)
            self._decoded += len(chars)
        text = self._cleaner.feed(chars)
        self._emitted += len(text)
        if self._lp is not None:
            logprobs = self._lp.take(self._emitted)
        if text:
            self._pieces.append(text)
        if self.streaming and (text or logprobs):
            self.sink(GenerationChunk(text, completion_tokens=self.produced, logprobs=logprobs or None))
        if self._cleaner.stopped:
            self.finish = "stop"
            return True
        if self.produced >= self.max_tokens:
            self.finish = "length"
            return True
        return False

    def end(self) -> None:
        """Finished (or stopped at the context's end): flush the held text, send the Generation."""
        self.release()
        held = self._cleaner.flush()
        rest = "" if self._cleaner.stopped else self._decoder.decode(b"", final=True)
        tail = held + rest
        logprobs = None
        last: list[TokenLogprob] = []
        if self._lp is not None:
            if not self._cleaner.stopped:
                self._lp.close(self._decoded + len(rest))
            self._emitted += len(tail)
            last = self._lp.take(self._emitted)
            logprobs = self._lp.reported
        if tail:
            self._pieces.append(tail)
        if self.streaming and (tail or last):
            self.sink(GenerationChunk(tail, completion_tokens=self.produced, logprobs=last or None))
        finish = self.finish or "length"
        queue_s = (self.started_at or self.queued_at) - self.queued_at
        self.sink(
            Generation(
                "".join(self._pieces),
                finish,  # type: ignore[arg-type]
                len(self.prompt),
                self.produced,
                logprobs=logprobs,
                details={"engine": {"queue_s": round(queue_s, 6), "cached_tokens": self.cached}},
                cached_tokens=self.cached,
            )
        )

    def fail(self, exc: BaseException) -> None:
        self.release()
        self.sink(exc)

    def release(self) -> None:
        free_chain(self._chain)
        self._chain = None
