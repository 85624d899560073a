"""Security: API keys, roles and tenants (keys.py, principal.py)."""

from keel.security.keys import (
    AuthenticationFailed,
    KeyRing,
    PermissionDenied,
    bearer_token,
    digest,
    key_id,
    principal_of,
)
from keel.security.principal import Principal

__all__ = [
    "AuthenticationFailed",
    "KeyRing",
    "PermissionDenied",
    "Principal",
    "bearer_token",
    "digest",
    "key_id",
    "principal_of",
]
