"""Keel: an LLMOps platform in one package."""

__version__ = "0.1.0"
