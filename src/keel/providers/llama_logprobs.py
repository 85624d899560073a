"""Log-probabilities on the llama.cpp provider, computed from the raw logits of each step."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from keel.types import TokenLogprob, TopLogprob


class Logprobs:
    """One request's logprobs: scores each sampled token and lines the tokens up with the text.

    The logprobs are those of the raw model: the log-softmax of the logits as the model computed
    them, before temperature, top-k/top-p/min-p, penalties, a grammar or Keel's first-token ban
    (OpenAI reports the same: logprobs that do not depend on the sampling settings). The sampler
    copies the logits before it changes them, so the context's row is still the raw one.

    Alignment: each token covers a span [start, end) of the decoded text (a token that ends inside
    a UTF-8 sequence gets the end of the token that completes the character). A token is reported
    once its text has started in the emitted text (or, if it has no text, once its place has been
    reached), so the tokens of a stream's chunks are those whose text starts in that chunk, and
    tokens whose text lies wholly in a cut-off stop sequence are never reported.
    """

    def __init__(self, provider: Any, llm: Any, top: int) -> None:
        self.provider = provider  # its `_piece(token, special)` names the alternatives
        self.ctx = llm._ctx if llm is not None else None
        self.n_vocab = provider.n_vocab if llm is None else llm.n_vocab()
        self.top = top
        self.buf = np.empty(self.n_vocab, dtype=np.float32)
        self.spans: list[list[Any]] = []  # [start, end or None, TokenLogprob]
        self.open = 0  # the first span whose end is not known yet
        self.sent = 0  # spans reported so far
        self.reported: list[TokenLogprob] = []

    def score(self, token: int, piece: bytes, row: np.ndarray | None = None) -> TokenLogprob:
        """The sampled TOKEN (its text PIECE) from the logits it was sampled from: ROW, else the
        context's last row."""
        if row is None:
            ptr = self.ctx.get_logits_ith(-1)
            if not ptr:
                raise RuntimeError("llama.cpp kept no logits for the sampled position")
            row = np.ctypeslib.as_array(ptr, shape=(self.n_vocab,))
        top_logit = float(row.max())
        np.subtract(row, top_logit, out=self.buf)
        np.exp(self.buf, out=self.buf)
        log_z = top_logit + math.log(float(self.buf.sum(dtype=np.float64)))
        alternatives: list[TopLogprob] = []
        if self.top:
            ids = np.argpartition(row, -self.top)[-self.top :]
            ids = ids[np.argsort(-row[ids], kind="stable")]
            for t in ids.tolist():
                # control tokens show as themselves here (e.g. "<end_of_turn>"); in the text they are empty
                alt = piece if t == token else self.provider._piece(t, special=True)
                lp = min(0.0, float(row[t]) - log_z)
                alternatives.append(TopLogprob(alt.decode("utf-8", errors="replace"), lp, list(alt)))
        logprob = min(0.0, float(row[token]) - log_z)
        # a piece that ends inside a UTF-8 sequence: its bytes, and a text with U+FFFD (as OpenAI)
        return TokenLogprob(piece.decode("utf-8", errors="replace"), logprob, list(piece), alternatives)

    def place(self, record: TokenLogprob, start: int, end: int, empty_piece: bool) -> None:
        """RECORD's token decoded to the text [START, END) of the answer before stop trimming."""
        self.spans.append([start, None, record])
        if end > start or (empty_piece and self.open == len(self.spans) - 1):
            self.close(end)

    def close(self, end: int) -> None:
        for span in self.spans[self.open :]:
            span[1] = end
        self.open = len(self.spans)

    def take(self, emitted: int) -> list[TokenLogprob]:
        """The tokens not reported yet whose text starts within the first EMITTED characters."""
        i = self.sent
        spans = self.spans
        while i < len(spans):
            start, end, _ = spans[i]
            if not (start < emitted or (end is not None and end <= emitted)):
                break
            i += 1
        out = [span[2] for span in spans[self.sent : i]]
        self.sent = i
        self.reported.extend(out)
        return out
