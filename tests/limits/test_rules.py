"""rules_for: which subjects a request is limited by."""

from __future__ import annotations

from keel.config import LimitRule, LimitsSettings
from keel.limits.limiter import Subject, rules_for


def test_rules_resolve_key_override_per_key_and_model():
    default = LimitRule(rpm=60, tpm=10_000)
    vip = LimitRule(rpm=600)
    gemma = LimitRule(max_concurrent=4, max_queue=16)
    settings = LimitsSettings(per_key=default, keys={"vip": vip}, models={"gemma": gemma})
    assert rules_for(settings, "k1", "gemma") == [Subject("key", "k1", default), Subject("model", "gemma", gemma)]
    assert rules_for(settings, "vip", "other") == [Subject("key", "vip", vip)]  # replaced, not merged
    assert rules_for(settings, None, None) == [Subject("key", "anonymous", default)]


def test_no_rules_no_subjects():
    assert rules_for(LimitsSettings(), "k1", "gemma") == []
    empty = LimitsSettings(per_key=LimitRule(), keys={"vip": LimitRule(rpm=1)})
    assert rules_for(empty, "k1", "gemma") == []
    assert rules_for(empty, "vip", "gemma")[0].name == "vip"
