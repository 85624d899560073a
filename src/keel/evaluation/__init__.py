"""Evaluation: metrics over answers (online, in the gateway, and offline in eval runs)."""
