"""auth: API keys (master key, static keys per tenant)."""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import Field, SecretStr, model_validator

from keel.config.base import Strict


class ApiKeySettings(Strict):
    """One static API key: its SHA-256 (the file then holds no secret) or the key itself."""

    id: str = Field(min_length=1, max_length=200, description="the key id: in limits, the request log, metrics")
    sha256: str | None = Field(None, pattern="^[0-9a-fA-F]{64}$", description="hex SHA-256 of the key")
    key: SecretStr | None = Field(None, description="the key itself, e.g. ${TEAM_A_KEY}")
    tenant: str = Field("default", min_length=1, max_length=200, description="scopes the cache and the request log")
    role: Literal["user", "admin"] = Field("user", description="admin may also use /admin/* and /v1/traces/*")

    @model_validator(mode="after")
    def _one_secret(self) -> ApiKeySettings:
        if (self.sha256 is None) == (self.key is None):
            raise ValueError("give exactly one of `sha256` and `key`")
        _check_key_length(self.key, "key")
        return self

    def digest(self) -> bytes:
        if self.sha256 is not None:
            return bytes.fromhex(self.sha256)
        return hashlib.sha256(self.key.get_secret_value().encode()).digest()  # type: ignore[union-attr]


MIN_KEY_LENGTH = 16


def _check_key_length(key: SecretStr | None, name: str) -> None:
    if key is not None and len(key.get_secret_value()) < MIN_KEY_LENGTH:
        raise ValueError(f"`{name}` is shorter than {MIN_KEY_LENGTH} characters; use a long random key")


class AuthSettings(Strict):
    """API keys. Off by default: every caller is let in, told apart by a hash of its key."""

    enabled: bool = False
    master_key: SecretStr | None = Field(None, description="full access, /admin/* included; id `master`")
    keys: list[ApiKeySettings] = Field(default_factory=list, description="static keys")

    @model_validator(mode="after")
    def _usable(self) -> AuthSettings:
        _check_key_length(self.master_key, "master_key")
        if self.enabled and self.master_key is None and not self.keys:
            raise ValueError("auth is enabled but has neither `master_key` nor `keys`: nobody could call Keel")
        ids: set[str] = {"master"} if self.master_key is not None else set()
        digests: set[bytes] = set()
        if self.master_key is not None:
            digests.add(hashlib.sha256(self.master_key.get_secret_value().encode()).digest())
        for k in self.keys:
            if k.id in ids:
                raise ValueError(f"key id {k.id!r} is used twice (`master` is the master key's id)")
            ids.add(k.id)
            d = k.digest()
            if d in digests:
                raise ValueError(f"key {k.id!r} is the same key as another one")
            digests.add(d)
        return self
