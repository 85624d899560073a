"""API keys: from a presented key to a Principal, in one SHA-256 and one dict lookup.

Keys are held only as SHA-256 digests (a config may give the digest or the key itself; the key is
hashed at start-up and not kept). A presented key is hashed and looked up in a dict of digests:
the comparison that could leak timing is between digests, which reveals nothing about a key.
Nothing derived from a presented key is cached.
"""

from __future__ import annotations

import hashlib

from keel.config import AuthSettings
from keel.errors import KeelError
from keel.security.principal import ANONYMOUS, Principal

MASTER_ID = "master"


class AuthenticationFailed(KeelError):
    status_code = 401
    type = "invalid_request_error"

    def __init__(self, message: str) -> None:
        super().__init__(message, code="invalid_api_key")


class PermissionDenied(KeelError):
    status_code = 403
    type = "invalid_request_error"

    def __init__(self, message: str) -> None:
        super().__init__(message, code="insufficient_permissions")


def digest(api_key: str | bytes) -> bytes:
    """The SHA-256 of an API key (UTF-8), as stored and looked up."""
    return hashlib.sha256(api_key.encode() if isinstance(api_key, str) else api_key).digest()


def key_id(api_key: str | bytes) -> str:
    """The id of a key that is not configured (auth off): `key-` + 12 hex digits of its SHA-256."""
    return "key-" + digest(api_key).hex()[:12]


def bearer_token(authorization: bytes | str | None) -> bytes | None:
    """The token of an `Authorization: Bearer <token>` header value (scheme case-insensitive)."""
    if not authorization:
        return None
    raw = authorization.encode("latin-1") if isinstance(authorization, str) else authorization
    scheme, _, token = raw.strip().partition(b" ")
    if scheme.lower() != b"bearer":
        return None
    return token.strip() or None


def principal_of(authorization: str | None) -> Principal:
    """The caller when auth is off: told apart by a hash of the bearer token, not checked."""
    token = bearer_token(authorization)
    return Principal(id=key_id(token)) if token else Principal()


class KeyRing:
    """The configured keys, by digest. `authenticate` is the whole per-request cost."""

    def __init__(self, settings: AuthSettings) -> None:
        self.enabled = settings.enabled
        self._by_digest: dict[bytes, Principal] = {}
        if settings.master_key is not None:
            self._by_digest[digest(settings.master_key.get_secret_value())] = Principal(MASTER_ID, "default", "admin")
        for k in settings.keys:
            self._by_digest[k.digest()] = Principal(k.id, k.tenant, k.role)

    def __len__(self) -> int:
        return len(self._by_digest)

    def lookup(self, token: bytes | None) -> Principal | None:
        """The principal of a presented key, or None when it is not a configured key."""
        if not token:
            return None
        return self._by_digest.get(hashlib.sha256(token).digest())

    def authenticate(self, token: bytes | None) -> Principal:
        """The caller of a request that presented TOKEN (None: no key). Raises 401 when auth is on
        and the key is missing or unknown; when auth is off, identifies the caller unchecked."""
        if not self.enabled:
            return Principal(id=key_id(token)) if token else Principal(ANONYMOUS)
        if not token:
            raise AuthenticationFailed(
                "You didn't provide an API key. Send it in the Authorization header "
                "('Authorization: Bearer <key>') or the x-api-key header."
            )
        principal = self._by_digest.get(hashlib.sha256(token).digest())
        if principal is None:
            raise AuthenticationFailed("Incorrect API key provided.")
        return principal
