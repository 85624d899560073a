"""Answer clean-up: stop sequences, whitespace, JSON validity — whole texts and streams alike."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import orjson

_TRAILING_WS_LINES = re.compile(r"[ \t]+(?=\n)")
_FENCE = re.compile(r"^```(?:json)?\s*\n(.*?)\n?```\s*$", re.DOTALL)


def trim_at_stop(text: str, stops: list[str]) -> tuple[str, bool]:
    """Cut TEXT at the earliest stop sequence. Returns (text, stopped)."""
    cut = min((i for s in stops if s and (i := text.find(s)) != -1), default=-1)
    if cut == -1:
        return text, False
    return text[:cut], True


def clean_whitespace(text: str) -> str:
    return _TRAILING_WS_LINES.sub("", text).strip()


def parse_json_answer(text: str) -> tuple[str, bool]:
    """Validate a JSON-mode answer; repair the common wrappings (code fences, trailing prose).

    Returns (text, valid). An answer that cannot be made valid is returned unchanged.
    """
    candidate = text.strip()
    m = _FENCE.match(candidate)
    if m:
        candidate = m.group(1).strip()
    try:
        orjson.loads(candidate)
        return candidate, True
    except orjson.JSONDecodeError:
        pass
    # a valid object followed by extra text: keep the object
    start = min((i for i in (candidate.find("{"), candidate.find("[")) if i != -1), default=-1)
    if start != -1:
        import json

        try:
            _, end = json.JSONDecoder().raw_decode(candidate, start)
            return candidate[start:end], True
        except ValueError:
            pass
    return text, False


@dataclass
class StreamCleaner:
    """Applies stop trimming and whitespace clean-up to a stream of text pieces.

    It holds back only what it must: a tail that could be the start of a stop sequence, and
    trailing whitespace (dropped if the answer ends there).
    """

    stops: list[str] = field(default_factory=list)
    strip: bool = True
    _pending: str = ""
    _started: bool = False
    stopped: bool = False

    def __post_init__(self) -> None:
        self._hold = max((len(s) for s in self.stops), default=1) - 1

    def feed(self, piece: str) -> str:
        """Add PIECE; return the text that is safe to emit now."""
        if self.stopped:
            return ""
        buf = self._pending + piece
        if self.stops:
            buf, hit = trim_at_stop(buf, self.stops)
            if hit:
                self.stopped = True
                self._pending = ""
                return self._emit(buf, final=True)
        # keep a tail that could still become a stop sequence
        keep = 0
        for s in self.stops:
            for k in range(min(len(s) - 1, len(buf)), 0, -1):
                if buf.endswith(s[:k]):
                    keep = max(keep, k)
                    break
        if keep:
            self._pending, buf = buf[-keep:], buf[:-keep]
        else:
            self._pending = ""
        return self._emit(buf, final=False)

    def _emit(self, buf: str, final: bool) -> str:
        if not self.strip:
            return buf
        if not self._started:
            buf = buf.lstrip()
            if not buf:
                return ""
            self._started = True
        if final:
            return buf.rstrip()
        # hold trailing whitespace until we know more text follows
        stripped = buf.rstrip()
        ws = buf[len(stripped) :]
        if ws:
            self._pending = ws + self._pending
        return stripped

    def flush(self) -> str:
        """End of stream: whatever is held back and is not trailing whitespace."""
        rest, self._pending = self._pending, ""
        if self.stopped:
            return ""
        return self._emit(rest, final=True)
