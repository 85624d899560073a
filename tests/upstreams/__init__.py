"""Loopback servers that speak hosted model APIs, for provider tests."""
