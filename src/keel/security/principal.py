"""Principal: who is calling — the key id, its tenant and its role."""

from __future__ import annotations

from dataclasses import dataclass

ANONYMOUS = "anonymous"


@dataclass(frozen=True, slots=True)
class Principal:
    """The caller of one request.

    `id` is the API key's id: the configured `id` when auth is on, else `key-` + a hash of the
    presented key (or `anonymous`). Limits are kept per id; the cache and the request log are
    scoped by `tenant`; `role` admin may use the admin routes.
    """

    id: str = ANONYMOUS
    tenant: str = "default"
    role: str = "user"  # user | admin

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"
