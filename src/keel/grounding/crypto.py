"""Encryption at rest for conversation memory: Fernet (AES-128-CBC + HMAC-SHA256, from the
`cryptography` package), with rotation.

`grounding.memory.encryption_key` is one Fernet key (urlsafe base64 of 32 bytes, as
`Fernet.generate_key()` makes), or several, comma-separated: the first encrypts, every one is tried
to decrypt (`MultiFernet`). To rotate, put the new key first and keep the old one after it until
no stored row needs it.

Problems a user can cause are `KeelError`s with a message that says what to do: a malformed key
(`KeyConfigError`, also a ValueError), or rows that cannot be decrypted because no key, or not the
right one, is configured (`DecryptError`).
"""

from __future__ import annotations

import binascii
from typing import Any

from keel.errors import KeelError

SETTING = "grounding.memory.encryption_key"


class KeyConfigError(KeelError, ValueError):
    """`grounding.memory.encryption_key` is not a valid Fernet key (or list of them)."""

    status_code = 500
    type = "server_error"

    def __init__(self, message: str) -> None:
        super().__init__(message, code="invalid_encryption_key")


class DecryptError(KeelError):
    """Stored memory cannot be read back with the configured keys (none, or the wrong ones)."""

    status_code = 500
    type = "server_error"

    def __init__(self, message: str) -> None:
        super().__init__(message, code="memory_decryption_failed")


def _fernet() -> Any:
    try:
        from cryptography import fernet
    except ImportError:  # pragma: no cover - the grounding extra installs it
        raise KeyConfigError(
            f"{SETTING} is set but the `cryptography` package is not installed: pip install 'keel[grounding]'"
        ) from None
    return fernet


def parse_keys(setting: str) -> list[str]:
    """The keys of SETTING (comma-separated, blanks ignored), each checked; KeyConfigError names
    the bad one by its position, never by its value."""
    fernet = _fernet()
    keys = [k.strip() for k in setting.split(",") if k.strip()]
    for i, key in enumerate(keys, 1):
        try:
            fernet.Fernet(key.encode())
        except (ValueError, binascii.Error, UnicodeEncodeError):
            which = f"key {i} of {len(keys)}" if len(keys) > 1 else "the key"
            raise KeyConfigError(
                f"{SETTING}: {which} is not a Fernet key (urlsafe base64 of 32 bytes, 44 characters); make one "
                'with: python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
            ) from None
    return keys


class Cipher:
    """Encrypts with the first key, decrypts with any of them."""

    def __init__(self, keys: list[str]) -> None:
        if not keys:
            raise KeyConfigError(f"{SETTING}: no key given")
        fernet = _fernet()
        self._fernet = fernet.MultiFernet([fernet.Fernet(k.encode()) for k in keys])
        self._invalid = fernet.InvalidToken
        self.keys = len(keys)

    @classmethod
    def from_setting(cls, setting: str | None) -> Cipher | None:
        """The cipher of the configured SETTING; None when no key is set (empty counts as unset)."""
        if setting is None or not setting.strip():
            return None
        return cls(parse_keys(setting))

    def encrypt(self, text: str) -> bytes:
        return self._fernet.encrypt(text.encode("utf-8"))

    def decrypt(self, token: bytes) -> str:
        try:
            return self._fernet.decrypt(bytes(token)).decode("utf-8")
        except self._invalid:
            raise DecryptError(
                "Stored conversation memory cannot be decrypted with the configured key(s): "
                f"was {SETTING} changed? To rotate keys, list the new key first and the old one after it."
            ) from None

    def rotate(self, token: bytes) -> bytes:
        """TOKEN re-encrypted with the current (first) key."""
        try:
            return self._fernet.rotate(bytes(token))
        except self._invalid:
            raise DecryptError(
                f"Stored conversation memory cannot be re-encrypted: none of the keys in {SETTING} opens it."
            ) from None


def open_text(cipher: Cipher | None, data: bytes, encrypted: bool) -> str:
    """A stored value as text: decrypted when the row says ENCRYPTED (DecryptError without a key)."""
    if not encrypted:
        return bytes(data).decode("utf-8")
    if cipher is None:
        raise DecryptError(
            f"Stored conversation memory is encrypted but {SETTING} is not set: configure the key it was written with."
        )
    return cipher.decrypt(data)


def seal_text(cipher: Cipher | None, text: str) -> tuple[bytes, bool]:
    """(stored bytes, encrypted) of TEXT: a Fernet token with a key, else UTF-8."""
    if cipher is None:
        return text.encode("utf-8"), False
    return cipher.encrypt(text), True


def check_memory_config(data: dict[str, Any], settings: Any) -> list[tuple[tuple[Any, ...], str]]:
    """A keel.config_checks entry: `grounding.memory.encryption_key` holds valid Fernet keys, so a
    bad key is reported by `keel config check` with its file:line, not at the first request."""
    if settings is None:
        return []
    setting = settings.grounding.memory.encryption_key
    if setting is None or not setting.strip():
        return []
    try:
        parse_keys(setting)
    except KeyConfigError as exc:
        return [(("grounding", "memory", "encryption_key"), exc.message.removeprefix(f"{SETTING}: "))]
    return []
