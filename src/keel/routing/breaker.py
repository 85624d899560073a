"""Circuit breaker: open after N consecutive failures, half-open probe after a cool-down, close on success."""

from __future__ import annotations

import time
from collections.abc import Callable


class CircuitBreaker:
    CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"

    def __init__(self, failures: int, cooldown_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.threshold = failures
        self.cooldown_s = cooldown_s
        self.clock = clock
        self.state = self.CLOSED
        self.consecutive_failures = 0
        self.opened_at = 0.0
        self._probe_in_flight = False

    def allows(self) -> bool:
        """May a request go to this deployment now? (Does not claim the half-open probe.)"""
        if self.state == self.CLOSED:
            return True
        if self.state == self.OPEN:
            return self.clock() - self.opened_at >= self.cooldown_s
        return not self._probe_in_flight

    def acquire(self) -> bool:
        """Claim the right to send one request; in half-open state only one probe at a time."""
        if self.state == self.CLOSED:
            return True
        if self.state == self.OPEN:
            if self.clock() - self.opened_at < self.cooldown_s:
                return False
            self.state = self.HALF_OPEN
        if self._probe_in_flight:
            return False
        self._probe_in_flight = True
        return True

    def record_success(self) -> None:
        self.state = self.CLOSED
        self.consecutive_failures = 0
        self._probe_in_flight = False

    def record_failure(self) -> None:
        self.consecutive_failures += 1
        if self.state == self.HALF_OPEN or self.consecutive_failures >= self.threshold:
            self.state = self.OPEN
            self.opened_at = self.clock()
        self._probe_in_flight = False

    def release(self) -> None:
        """The claimed request ended without a verdict (e.g. the client went away)."""
        self._probe_in_flight = False
