"""secrets: keys, tokens, private keys and passwords by their shapes plus entropy."""

from __future__ import annotations

import pytest

from keel.guard.base import ScanContext
from keel.guard.scanners.secrets import SecretsScanner, entropy

CTX = ScanContext("input")

GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n-----END RSA PRIVATE KEY-----"


def found(scanner: SecretsScanner, text: str) -> list[tuple[str, str]]:
    r = scanner.scan(text, CTX)
    assert r.triggered == bool(r.findings)
    return [(f.entity, text[f.start : f.end]) for f in r.findings]


@pytest.mark.parametrize(
    ("text", "entity", "secret"),
    [
        ("key AKIAIOSFODNN7EXAMPLE here", "AWS_ACCESS_KEY", "AKIAIOSFODNN7EXAMPLE"),
        (
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AWS_SECRET_KEY",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ),
        (f"token {GITHUB} done", "GITHUB_TOKEN", GITHUB),
        ("slack xoxb-1234567890-abcdefghij", "SLACK_TOKEN", "xoxb-1234567890-abcdefghij"),
        (
            "OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123456789",
            "OPENAI_KEY",
            "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789",
        ),
        (
            "anthropic sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345",
            "ANTHROPIC_KEY",
            "sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345",
        ),
        ("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "STRIPE_KEY", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        ("google AIzaSyA1234567890abcdefghijklmnopqrstuv", "GOOGLE_API_KEY", "AIzaSyA1234567890abcdefghijklmnopqrstuv"),
        (f"auth {JWT}", "JWT", JWT),
        (f"key:\n{PEM}\nend", "PRIVATE_KEY", PEM),
        ("db postgres://admin:s3cr3tPass@db.example.com:5432/app", "PASSWORD_IN_URL", "s3cr3tPass"),
        ("password = hunter2hunter", "PASSWORD", "hunter2hunter"),
        ('api_key = "Zx8qP2mN7vL4kR9tW3yB6cF1hJ5gD0sA"', "GENERIC_SECRET", "Zx8qP2mN7vL4kR9tW3yB6cF1hJ5gD0sA"),
    ],
)
def test_known_shapes(secrets: SecretsScanner, text: str, entity: str, secret: str) -> None:
    assert found(secrets, text) == [(entity, secret)]


def test_truncated_private_key_is_covered_to_the_end(secrets: SecretsScanner) -> None:
    text = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"
    assert found(secrets, text) == [("PRIVATE_KEY", text)]


@pytest.mark.parametrize(
    "text",
    [
        "db postgres://admin:YOUR_PASSWORD@db.internal:5432/app",
        "password = ${DB_PASSWORD}",
        "password: changeme123",
        'api_key = "YOUR_API_KEY"',
        'api_key = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',  # long but not random
        "token: sk-...",
        "The quick brown fox has no secrets.",
        "Set api_key in the config file, then restart.",
    ],
)
def test_placeholders_and_prose_pass(secrets: SecretsScanner, text: str) -> None:
    assert found(secrets, text) == []


def test_generic_token_is_not_reported_twice(secrets: SecretsScanner) -> None:
    text = f"token = {GITHUB}"
    assert found(secrets, text) == [("GITHUB_TOKEN", GITHUB)]


def test_entropy() -> None:
    assert entropy("") == 0.0
    assert entropy("aaaa") == 0.0
    assert entropy("abcd") == pytest.approx(2.0)
    assert entropy("Zx8qP2mN7vL4kR9tW3yB6cF1hJ5gD0sA") > 3.5


def test_min_entropy_and_threshold() -> None:
    text = 'api_key = "Zx8qP2mN7vL4kR9tW3yB6cF1hJ5gD0sA" password = hunter2hunter AKIAIOSFODNN7EXAMPLE'
    assert {e for e, _ in found(SecretsScanner(), text)} == {"GENERIC_SECRET", "PASSWORD", "AWS_ACCESS_KEY"}
    assert {e for e, _ in found(SecretsScanner(min_entropy=6.0), text)} == {"PASSWORD", "AWS_ACCESS_KEY"}
    r = SecretsScanner(threshold=0.92).scan(text, CTX)
    assert [f.entity for f in r.findings] == ["AWS_ACCESS_KEY"]
    assert r.score == 0.95
