"""The in-process limits store: the default, for one gateway process.

Every operation runs without awaiting, so on one event loop it is atomic by construction; waiters
sleep on an asyncio.Event that releases and departures set. State for a subject disappears once
its window, slots and queue are empty.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from keel.limits.base import Decision, Subject, Usage

EXTRA = "+"  # suffix of a log entry charged after its request's own entry left the window


@dataclass
class _State:
    log: deque[tuple[float, str]] = field(default_factory=deque)  # (time, entry id), oldest first
    tokens: dict[str, int] = field(default_factory=dict)  # entry id -> tokens
    requests: int = 0  # entries in the window that count as requests
    used: int = 0  # tokens in the window
    holders: set[str] = field(default_factory=set)
    queue: dict[str, int] = field(default_factory=dict)  # waiter -> arrival ticket

    def evict(self, cutoff: float) -> None:
        while self.log and self.log[0][0] <= cutoff:
            _, entry = self.log.popleft()
            self.used -= self.tokens.pop(entry)
            if not entry.endswith(EXTRA):
                self.requests -= 1

    def charge(self, now: float, entry: int | str, tokens: int) -> None:
        entry = str(entry)
        self.log.append((now, entry))
        self.tokens[entry] = tokens
        self.used += tokens
        if not entry.endswith(EXTRA):
            self.requests += 1

    def frees_in(self, need: int, by_tokens: bool, now: float, window: float) -> float:
        """Seconds until the oldest entries that must leave for NEED requests/tokens have left."""
        freed = 0
        for at, entry in self.log:
            freed += self.tokens[entry] if by_tokens else (0 if entry.endswith(EXTRA) else 1)
            if freed >= need:
                return at + window - now
        return window

    def ahead(self, ticket: int) -> int:
        if not ticket:
            return len(self.queue)
        return sum(1 for t in self.queue.values() if t < ticket)

    def empty(self) -> bool:
        return not self.log and not self.holders and not self.queue


class MemoryLimitStore:
    remote = False

    def __init__(self, window_s: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.window = window_s
        self.clock = clock
        self._states: dict[tuple[str, str], _State] = {}
        self._tickets = itertools.count(1)
        self._events: dict[str, asyncio.Event] = {}

    def _state(self, s: Subject) -> _State:
        st = self._states.get((s.kind, s.name))
        if st is None:
            st = self._states[(s.kind, s.name)] = _State()
        return st

    def _tidy(self, subjects: Sequence[Subject]) -> None:
        for s in subjects:
            st = self._states.get((s.kind, s.name))
            if st is not None and st.empty():
                del self._states[(s.kind, s.name)]

    def _poke(self, subjects: Sequence[Subject]) -> None:
        for s in subjects:
            st = self._states.get((s.kind, s.name))
            for waiter in st.queue if st is not None else ():
                event = self._events.get(waiter)
                if event is not None:
                    event.set()

    # ------------------------------------------------------------------ the store protocol

    async def try_acquire(self, pid: str, subjects: Sequence[Subject], tokens: int, ticket: int) -> Decision:
        try:
            return self.try_acquire_now(pid, subjects, tokens, ticket)
        finally:
            self._tidy(subjects)

    def try_acquire_now(self, pid: str, subjects: Sequence[Subject], tokens: int, ticket: int) -> Decision:
        now = self.clock()
        states = [self._state(s) for s in subjects]
        for s, st in zip(subjects, states):
            if s.rated:
                st.evict(now - self.window)
        # rates: the request must fit every window; report the limit that frees last
        worst: Decision | None = None
        for i, (s, st) in enumerate(zip(subjects, states)):
            rpm, tpm = s.rule.rpm, s.rule.tpm
            if tpm is not None and tokens > tpm:
                self.leave_now(pid, subjects)
                return Decision("too_large", i, tpm)
            if rpm is not None and st.requests + 1 > rpm:
                wait = st.frees_in(st.requests + 1 - rpm, False, now, self.window)
                if worst is None or wait > (worst.retry_after_s or 0):
                    worst = Decision("rpm", i, rpm, st.requests, wait)
            if tpm is not None and st.used + tokens > tpm:
                wait = st.frees_in(st.used + tokens - tpm, True, now, self.window)
                if worst is None or wait > (worst.retry_after_s or 0):
                    worst = Decision("tpm", i, tpm, st.used, wait)
        if worst is not None:
            self.leave_now(pid, subjects)
            return worst
        # concurrency: free for me when holders + waiters ahead of me < max_concurrent
        blocked = [
            i
            for i, (s, st) in enumerate(zip(subjects, states))
            if s.rule.max_concurrent is not None and len(st.holders) + st.ahead(ticket) >= s.rule.max_concurrent
        ]
        if not blocked:
            for s, st in zip(subjects, states):
                if s.rated:
                    st.charge(now, pid, tokens)
                if s.gated:
                    st.holders.add(pid)
                    st.queue.pop(pid, None)
            self._events.pop(pid, None)
            return Decision("ok")
        # wait in line, holding the arrival ticket
        ticket = ticket or next(self._tickets)
        for i in blocked:
            s, st = subjects[i], states[i]
            if pid not in st.queue:
                if len(st.queue) >= s.rule.max_queue:
                    self.leave_now(pid, subjects)
                    return Decision("queue_full", i, s.rule.max_concurrent or 0, len(st.holders))
                st.queue[pid] = ticket
        self._events.setdefault(pid, asyncio.Event())
        first = subjects[blocked[0]]
        return Decision("wait", blocked[0], first.rule.max_concurrent or 0, ticket=ticket)

    async def release(self, pid: str, subjects: Sequence[Subject], tokens: int, actual: int | None) -> None:
        self.release_now(pid, subjects, tokens, actual)

    def release_now(self, pid: str, subjects: Sequence[Subject], tokens: int, actual: int | None) -> None:
        now = self.clock()
        for s in subjects:
            st = self._state(s)
            if s.rated:
                st.evict(now - self.window)
                if actual is not None:
                    if pid in st.tokens:  # settle the reservation where it was made
                        st.used += actual - st.tokens[pid]
                        st.tokens[pid] = actual
                    elif actual > tokens:  # it has left the window: charge only the excess, now
                        st.charge(now, pid + EXTRA, actual - tokens)
            if s.gated:
                st.holders.discard(pid)
        self._poke(subjects)
        self._tidy(subjects)

    async def leave(self, pid: str, subjects: Sequence[Subject]) -> None:
        self.leave_now(pid, subjects)
        self._tidy(subjects)

    def leave_now(self, pid: str, subjects: Sequence[Subject]) -> None:
        self._events.pop(pid, None)
        left = False
        for s in subjects:
            st = self._states.get((s.kind, s.name))
            if st is not None and st.queue.pop(pid, None) is not None:
                left = True
        if left:
            self._poke(subjects)

    async def wait(self, pid: str, timeout: float) -> None:
        event = self._events.get(pid)
        if event is None:
            return
        # asyncio.timeout, not wait_for: on 3.11 wait_for can lose a cancellation that lands as
        # the event is set, and a client that went away would stay in the queue
        try:
            async with asyncio.timeout(timeout):
                await event.wait()
        except TimeoutError:
            pass
        event.clear()

    async def refresh(self, held: Sequence[tuple[str, Sequence[Subject]]]) -> None:
        return None  # slots cannot outlive this process: no leases

    async def usage(self, kind: str, name: str) -> Usage:
        st = self._states.get((kind, name))
        if st is None:
            return Usage()
        st.evict(self.clock() - self.window)
        return Usage(st.requests, st.used, len(st.holders), len(st.queue))

    async def close(self) -> None:
        for event in self._events.values():
            event.set()  # waiters look again and find the limiter closed
