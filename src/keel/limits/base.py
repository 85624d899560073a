"""What the limiter and its stores share: subjects, a store's decisions, the store protocol."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from keel.config import LimitRule


class Subject(NamedTuple):
    """What a limit applies to: `("key", key_id, rule)`, `("model", model_name, rule)`…"""

    kind: str
    name: str
    rule: LimitRule

    @property
    def label(self) -> str:
        return f"{self.kind} '{self.name}'"

    @property
    def rated(self) -> bool:
        return self.rule.rpm is not None or self.rule.tpm is not None

    @property
    def gated(self) -> bool:
        return self.rule.max_concurrent is not None


def active(rule: LimitRule | None) -> bool:
    return rule is not None and (rule.rpm or rule.tpm or rule.max_concurrent) is not None


@dataclass(frozen=True)
class Decision:
    """A store's answer to one admission attempt.

    outcome: ok | wait (queued, `ticket` holds the place) | rpm | tpm (over a rate limit) |
    too_large (the estimate alone exceeds tpm) | queue_full. `index` is the subject concerned.
    """

    outcome: str
    index: int = 0
    limit: int = 0
    used: int = 0
    retry_after_s: float | None = None
    ticket: int = 0


@dataclass(frozen=True)
class Usage:
    """One subject right now: requests and tokens in the window, slots held, waiters."""

    requests: int = 0
    tokens: int = 0
    in_flight: int = 0
    queued: int = 0


class LimitStoreError(Exception):
    """The store could not be reached or failed; the limiter maps it to 503 (or fails open)."""


class LimitStore(Protocol):
    remote: bool  # leases to refresh; a call may be cut off by cancellation halfway

    async def try_acquire(self, pid: str, subjects: Sequence[Subject], tokens: int, ticket: int) -> Decision: ...
    async def release(self, pid: str, subjects: Sequence[Subject], tokens: int, actual: int | None) -> None: ...
    async def leave(self, pid: str, subjects: Sequence[Subject]) -> None: ...
    async def wait(self, pid: str, timeout: float) -> None: ...
    async def refresh(self, held: Sequence[tuple[str, Sequence[Subject]]]) -> None: ...
    async def usage(self, kind: str, name: str) -> Usage: ...
    async def close(self) -> None: ...
