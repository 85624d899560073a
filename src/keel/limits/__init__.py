"""Rate, token and concurrency limits per API key and per model, in process or in Redis."""

from keel.limits.limiter import Limiter, Permit, rules_for

__all__ = ["Limiter", "Permit", "rules_for"]
