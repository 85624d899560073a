"""API keys without HTTP: settings validation, lookups, what is (not) kept in memory, trace ids."""

from __future__ import annotations

import hashlib
import re

import pytest

from keel.config import AuthSettings, ConfigError, parse_settings
from keel.security import AuthenticationFailed, KeyRing, Principal, bearer_token, key_id

MASTER = "mk-0123456789abcdef0123"
TEAM_A = "sk-team-a-0123456789abcdef"
OPS = "sk-ops-0123456789abcdef"


def sha(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def ring() -> KeyRing:
    return KeyRing(
        AuthSettings.model_validate(
            {
                "enabled": True,
                "master_key": MASTER,
                "keys": [
                    {"id": "team-a", "key": TEAM_A, "tenant": "team-a"},
                    {"id": "ops", "sha256": sha(OPS), "role": "admin"},
                ],
            }
        )
    )


def test_keys_map_to_their_principals():
    keys = ring()
    assert keys.authenticate(MASTER.encode()) == Principal("master", "default", "admin")
    assert keys.authenticate(TEAM_A.encode()) == Principal("team-a", "team-a", "user")
    assert keys.authenticate(OPS.encode()) == Principal("ops", "default", "admin")
    assert keys.authenticate(OPS.encode()).is_admin and not keys.authenticate(TEAM_A.encode()).is_admin


@pytest.mark.parametrize("token", [None, b"", b"sk-wrong", TEAM_A.encode() + b"x", TEAM_A[:-1].encode()])
def test_missing_or_unknown_keys_are_401(token):
    with pytest.raises(AuthenticationFailed) as info:
        ring().authenticate(token)
    err = info.value.to_dict()["error"]
    assert info.value.status_code == 401
    assert err["code"] == "invalid_api_key" and err["type"] == "invalid_request_error"
    if token:
        assert token.decode() not in err["message"]  # never echoed


def test_auth_off_identifies_callers_by_a_hash_of_their_key():
    keys = KeyRing(AuthSettings())
    assert not keys.enabled
    assert keys.authenticate(None) == Principal()
    assert keys.authenticate(b"anything").id == key_id("anything") == "key-" + sha("anything")[:12]


def test_no_raw_key_is_kept():
    keys = ring()
    held = repr(vars(keys)) + repr(AuthSettings.model_validate({"enabled": True, "master_key": MASTER}))
    for secret in (MASTER, TEAM_A):
        assert secret not in held


@pytest.mark.parametrize(
    ("header", "token"),
    [
        ("Bearer abc", b"abc"),
        ("bearer abc", b"abc"),
        ("BEARER   abc  ", b"abc"),
        (b"Bearer abc", b"abc"),
        ("Basic abc", None),
        ("Bearer", None),
        ("Bearer ", None),
        ("", None),
        (None, None),
    ],
)
def test_bearer_token(header, token):
    assert bearer_token(header) == token


@pytest.mark.parametrize(
    ("auth", "problem"),
    [
        ({"enabled": True}, "neither `master_key` nor `keys`"),
        ({"master_key": "short"}, "shorter than 16"),
        ({"keys": [{"id": "a", "key": "short"}]}, "shorter than 16"),
        ({"keys": [{"id": "a"}]}, "exactly one of `sha256` and `key`"),
        ({"keys": [{"id": "a", "key": TEAM_A, "sha256": sha(TEAM_A)}]}, "exactly one of"),
        ({"keys": [{"id": "a", "sha256": "abc"}]}, "String should match pattern"),
        ({"keys": [{"id": "a", "key": TEAM_A, "role": "root"}]}, "'user' or 'admin'"),
        ({"keys": [{"id": "a", "key": TEAM_A}, {"id": "a", "key": OPS}]}, "used twice"),
        ({"master_key": MASTER, "keys": [{"id": "master", "key": OPS}]}, "used twice"),
        ({"keys": [{"id": "a", "key": TEAM_A}, {"id": "b", "sha256": sha(TEAM_A)}]}, "same key"),
    ],
)
def test_bad_auth_settings_are_reported(auth, problem):
    with pytest.raises(ValueError, match=re.escape(problem)):
        AuthSettings.model_validate(auth)


def test_auth_section_of_keel_yaml_with_env_and_locations():
    text = (
        "auth:\n"
        "  enabled: true\n"
        "  master_key: ${KEEL_MASTER_KEY}\n"
        "  keys:\n"
        "    - id: team-a\n"
        "      key: ${TEAM_A_KEY}\n"
        "      tenant: team-a\n"
        "    - id: ops\n"
        f"      sha256: {sha(OPS)}\n"
        "      role: admin\n"
    )
    settings = parse_settings(text, env={"KEEL_MASTER_KEY": MASTER, "TEAM_A_KEY": TEAM_A})
    keys = KeyRing(settings.auth)
    assert len(keys) == 3
    assert keys.authenticate(TEAM_A.encode()).tenant == "team-a"
    with pytest.raises(ConfigError) as info:
        parse_settings(text.replace("role: admin", "role: boss"), source="keel.yaml", env={
            "KEEL_MASTER_KEY": MASTER, "TEAM_A_KEY": TEAM_A})  # fmt: skip
    assert [(p.where, p.path) for p in info.value.problems] == [("keel.yaml:10:7", "auth.keys[1].role")]
    with pytest.raises(ConfigError) as info:
        parse_settings(text, source="keel.yaml", env={"TEAM_A_KEY": TEAM_A})
    assert "KEEL_MASTER_KEY is not set" in str(info.value)
