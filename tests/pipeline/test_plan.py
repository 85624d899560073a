"""Route plans from stage declarations: every mistake reported at load with its file:line."""

from __future__ import annotations

import pytest

from keel.config import ConfigError, Settings, parse_settings
from keel.services import Services


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_settings(text, "k.yaml")
    return [str(p) for p in info.value.problems]


def test_unknown_stage_is_reported_with_its_line():
    [p] = problems("server:\n  port: 8000\npipeline:\n  chat: [preprocess, nonesuch, generate]\n")
    assert p.startswith("k.yaml:4:") and "pipeline.chat[1]" in p
    assert "unknown stage 'nonesuch'" in p and "generate" in p  # lists what is registered


def test_required_fact_missing_or_late():
    [p] = problems("pipeline:\n  chat: [postprocess, generate]\n")
    assert "put 'generate' before 'postprocess'" in p


def test_a_stage_without_parameters_refuses_them():
    [p] = problems("pipeline:\n  chat: [preprocess, {generate: {x: 1}}]\n")
    assert "takes no parameters" in p and p.startswith("k.yaml:2:")


def test_order_rule_explains_why():
    [p] = problems("pipeline:\n  chat: [cache, guard_input, generate]\n")
    assert "put 'guard_input' before 'cache'" in p and "personal data" in p


def test_settings_made_in_code_are_checked_when_services_build(tmp_path):
    s = Settings.model_validate(
        {"storage": {"url": f"sqlite:///{tmp_path}/k.db"}, "pipeline": {"chat": ["nope", "generate"]}}
    )
    with pytest.raises(ConfigError) as info:
        Services(s)
    assert "unknown stage 'nope'" in str(info.value)


def test_stages_get_only_what_they_declare(tmp_path):
    s = Settings.model_validate(
        {
            "storage": {"url": f"sqlite:///{tmp_path}/k.db"},
            "pipeline": {"chat": ["preprocess", "limits", "cache", "generate", "postprocess"]},
        }
    )
    services = Services(s)
    stages = {st.name: st for st in services.pipelines["chat"].stages}
    assert stages["cache"].cache is services.cache  # the one ResponseCache, shared
    assert stages["limits"].limiter is services.limiter
    assert not hasattr(stages["generate"], "gateway")
    services.engine.dispose()
