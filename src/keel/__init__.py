"""Keel: an LLMOps platform in one package. `keel.Client` / `keel.AsyncClient`: see keel.client."""

from typing import Any

__version__ = "0.1.0"
__all__ = ["AsyncClient", "Client", "__version__"]


def __getattr__(name: str) -> Any:  # the client loads on first use: `import keel` stays light
    if name in ("Client", "AsyncClient"):
        from keel import client

        return getattr(client, name)
    raise AttributeError(f"module 'keel' has no attribute {name!r}")
