"""The example config in the docs stays valid."""

from pathlib import Path

from keel.config import load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_example_config_is_valid_and_matches_defaults(monkeypatch, tmp_path):
    monkeypatch.setenv("KEEL_HOME", str(tmp_path))
    settings = load_settings(ROOT / "examples" / "keel.yaml")
    assert [m.name for m in settings.models] == ["gemma-3-270m"]
    assert settings.pipeline["chat"] == ["preprocess", "limits", "generate", "postprocess"]
    assert settings.storage.url == f"sqlite:///{tmp_path}/keel.db"


def test_guard_example_config_is_valid(monkeypatch, tmp_path):
    monkeypatch.setenv("KEEL_HOME", str(tmp_path))
    settings = load_settings(ROOT / "examples" / "guard.yaml")
    assert "guard_input" in settings.pipeline["chat"] and "guard_output" in settings.pipeline["chat"]
    assert set(settings.guard.policies) == {"default", "english_only"}
    assert settings.guard.routes == {"completions": "english_only"}
