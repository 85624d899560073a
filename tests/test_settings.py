"""keel.yaml: defaults, interpolation, and problem reports with locations."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from keel.config import (
    DEFAULT_MODEL,
    ConfigError,
    ConfigProblem,
    Settings,
    interpolate,
    load_settings,
    parse_settings,
)

SRC = "keel.yaml"


def problems_of(text: str, env: dict[str, str] | None = None) -> list[ConfigProblem]:
    with pytest.raises(ConfigError) as info:
        parse_settings(textwrap.dedent(text), source=SRC, env=env or {})
    assert info.value.problems, "a ConfigError must carry at least one problem"
    # the exception text lists every problem
    for p in info.value.problems:
        assert str(p) in str(info.value)
    return info.value.problems


def only(problems: list[ConfigProblem]) -> ConfigProblem:
    assert len(problems) == 1, problems
    return problems[0]


# ---------------------------------------------------------------------------- defaults


def test_defaults() -> None:
    s = Settings()
    assert [m.name for m in s.models] == [DEFAULT_MODEL] == ["gemma-3-270m"]
    assert s.models[0].provider == "llama_cpp"
    assert s.models[0].params == {}
    assert set(s.pipeline) == {"chat", "completions", "embeddings"}
    assert s.pipeline["chat"] == ["preprocess", "limits", "generate", "postprocess"]
    assert s.pipeline["completions"] == ["preprocess", "limits", "generate", "postprocess"]
    assert "generate" in s.pipeline["embeddings"]
    assert s.server.port == 8080
    assert s.model(DEFAULT_MODEL) is s.models[0]
    assert s.model("nope") is None


def test_default_pipelines_are_independent_copies() -> None:
    a, b = Settings(), Settings()
    a.pipeline["chat"].append("x")
    assert b.pipeline["chat"] == ["preprocess", "limits", "generate", "postprocess"]


def test_empty_file_gives_defaults() -> None:
    s = parse_settings("", source=SRC, env={})
    assert [m.name for m in s.models] == [DEFAULT_MODEL]


def test_partial_pipeline_is_merged_with_defaults() -> None:
    s = parse_settings("pipeline:\n  chat: [generate]\n", source=SRC, env={})
    assert s.pipeline["chat"] == ["generate"]
    assert s.pipeline["completions"] == ["preprocess", "limits", "generate", "postprocess"]


def test_full_config() -> None:
    text = textwrap.dedent(
        """\
        server:
          host: 0.0.0.0
          port: 9001
        storage:
          url: sqlite:///tmp/x.db
          log_prompts: true
        models:
          - name: small
            params:
              n_ctx: 1024
              temperature: 0.2
          - name: other
            provider: llama_cpp
            params:
              path: /models/other.gguf
        """
    )
    s = parse_settings(text, source=SRC, env={})
    assert s.server.host == "0.0.0.0"
    assert s.server.port == 9001
    assert s.storage.log_prompts is True
    assert [m.name for m in s.models] == ["small", "other"]
    assert s.model("small").params == {"n_ctx": 1024, "temperature": 0.2}
    assert s.model("other").params["path"] == "/models/other.gguf"


# ---------------------------------------------------------------------------- interpolation


def test_interpolate_function() -> None:
    text, missing = interpolate("a=${A} b=${B:-two} c=${C}", {"A": "one"})
    assert text == "a=one b=two c="
    assert missing == ["C"]
    # a set variable wins over the default, even when empty
    assert interpolate("${A:-d}", {"A": ""}) == ("", [])
    assert interpolate("${A:-}", {}) == ("", [])


def test_env_interpolation() -> None:
    text = textwrap.dedent(
        """\
        server:
          host: ${HOST:-127.0.0.9}
          port: ${PORT}
        storage:
          url: ${DB_URL:-sqlite:///default.db}
        models:
          - name: ${MODEL_NAME}
        """
    )
    s = parse_settings(text, source=SRC, env={"PORT": "9100", "MODEL_NAME": "m1", "DB_URL": "sqlite:///x.db"})
    assert s.server.host == "127.0.0.9"
    assert s.server.port == 9100
    assert s.storage.url == "sqlite:///x.db"
    assert [m.name for m in s.models] == ["m1"]


def test_env_interpolation_uses_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEEL_TEST_PORT", "9222")
    s = parse_settings("server:\n  port: ${KEEL_TEST_PORT}\n", source=SRC)
    assert s.server.port == 9222


def test_missing_env_var_is_a_problem_with_line_number() -> None:
    text = """\
        server:
          host: localhost
          port: ${KEEL_UNSET_PORT:-8000}
        storage:
          url: sqlite:///${KEEL_UNSET_DB}/keel.db
        """
    p = only(problems_of(text))
    assert p.where == f"{SRC}:5"
    assert "KEEL_UNSET_DB" in p.message
    assert "not set" in p.message
    assert str(p).startswith(f"{SRC}:5: ")


# ---------------------------------------------------------------------------- unknown keys


def test_unknown_top_level_key() -> None:
    p = only(problems_of("server:\n  port: 8000\nsrever:\n  port: 1\n"))
    assert p.where == f"{SRC}:3:1"
    assert p.path == "srever"
    assert p.message == "unknown key"
    assert str(p) == f"{SRC}:3:1: srever: unknown key"


def test_unknown_nested_key() -> None:
    text = """\
        server:
          host: localhost
          prot: 8000
        """
    p = only(problems_of(text))
    assert p.where == f"{SRC}:3:3"
    assert p.path == "server.prot"
    assert p.message == "unknown key"


def test_unknown_key_in_a_model() -> None:
    text = """\
        models:
          - name: a
          - name: b
            provder: llama_cpp
        """
    p = only(problems_of(text))
    assert p.where == f"{SRC}:4:5"
    assert p.path == "models[1].provder"
    assert p.message == "unknown key"


# ---------------------------------------------------------------------------- types and values


def test_wrong_types() -> None:
    text = """\
        server:
          port: eighty
        storage:
          log_prompts: maybe
        """
    problems = problems_of(text)
    by_path = {p.path: p for p in problems}
    assert set(by_path) == {"server.port", "storage.log_prompts"}
    assert by_path["server.port"].where == f"{SRC}:2:3"
    assert "integer" in by_path["server.port"].message
    assert by_path["storage.log_prompts"].where == f"{SRC}:4:3"
    assert "boolean" in by_path["storage.log_prompts"].message


def test_out_of_range_value() -> None:
    p = only(problems_of("server:\n  port: 70000\n"))
    assert p.path == "server.port"
    assert p.where == f"{SRC}:2:3"
    assert "65535" in p.message


def test_models_must_be_a_list() -> None:
    p = only(problems_of("models: gemma\n"))
    assert p.path == "models"
    assert p.where == f"{SRC}:1:1"
    assert "list" in p.message


def test_top_level_must_be_a_mapping() -> None:
    p = only(problems_of("- a\n- b\n"))
    assert "mapping" in p.message


def test_unknown_provider() -> None:
    text = """\
        models:
          - name: a
            provider: nonesuch
        """
    p = only(problems_of(text))
    assert p.path == "models[0].provider"
    assert p.where == f"{SRC}:3:5"
    assert "unknown provider 'nonesuch'" in p.message
    assert "llama_cpp" in p.message  # says which ones exist


def test_unknown_llama_cpp_param() -> None:
    text = """\
        models:
          - name: a
            params:
              n_ctx: 2048
              bogus: 1
        """
    p = only(problems_of(text))
    assert p.path == "models[0].params.bogus"
    assert p.message == "unknown parameter"
    assert p.where == f"{SRC}:5:7"


def test_bad_llama_cpp_param_value() -> None:
    text = """\
        models:
          - name: a
            params:
              n_ctx: 8
        """
    p = only(problems_of(text))
    assert p.path == "models[0].params.n_ctx"
    assert p.where == f"{SRC}:4:7"
    assert "64" in p.message


def test_path_and_package_both_set() -> None:
    text = """\
        models:
          - name: a
            params:
              path: /m.gguf
              package: some-gguf
        """
    p = only(problems_of(text))
    assert p.path == "models[0].params"
    assert p.where.startswith(f"{SRC}:3:")
    assert "either 'path' or 'package'" in p.message


def test_duplicate_model_names() -> None:
    text = """\
        models:
          - name: twin
          - name: other
          - name: twin
        """
    p = only(problems_of(text))
    assert "'twin'" in p.message
    assert "twice" in p.message
    assert p.where.startswith(SRC)


def test_unknown_route_in_pipeline() -> None:
    text = """\
        server:
          port: 8000
        pipeline:
          chat: [preprocess, generate]
          chatt: [generate]
        """
    p = only(problems_of(text))
    assert p.path == "pipeline"
    assert p.where == f"{SRC}:3:1"
    assert "chatt" in p.message
    assert "unknown route" in p.message


def test_pipeline_route_without_generate() -> None:
    p = only(problems_of("pipeline:\n  completions: [preprocess, postprocess]\n"))
    assert p.path == "pipeline.completions"  # the route, with its line
    assert "'completions'" in p.message
    assert "'generate'" in p.message


def test_pipeline_stage_twice() -> None:
    p = only(problems_of("pipeline:\n  chat: [generate, generate]\n"))
    assert "twice" in p.message


def test_invalid_yaml_has_a_location() -> None:
    text = """\
        server:
          port: 8000
          host: [unclosed
        models:
          - name: a
        """
    p = only(problems_of(text))
    assert p.message.startswith("invalid YAML")
    assert p.where.startswith(f"{SRC}:")
    line = int(p.where.split(":")[1])
    assert 3 <= line <= 6


def test_invalid_yaml_bad_indentation() -> None:
    p = only(problems_of("server:\n  port: 1\n host: x\n"))
    assert p.message.startswith("invalid YAML")
    assert p.where == f"{SRC}:3:2"


def test_multiple_problems_in_one_error() -> None:
    text = """\
        server:
          port: not-a-number
          hots: localhost
        storage:
          url: "${KEEL_UNSET_URL}"
        extra: true
        """
    problems = problems_of(text)
    rendered = [str(p) for p in problems]
    assert len(problems) == 4, rendered
    assert f"{SRC}:5: environment variable KEEL_UNSET_URL is not set" in rendered
    by_path = {p.path: p for p in problems if p.path}
    assert by_path["server.port"].where == f"{SRC}:2:3"
    assert by_path["server.hots"].where == f"{SRC}:3:3"
    assert by_path["server.hots"].message == "unknown key"
    assert by_path["extra"].where == f"{SRC}:6:1"


def test_multiple_provider_problems_in_one_error() -> None:
    text = """\
        models:
          - name: a
            params:
              bogus: 1
              n_ctx: 1
          - name: b
            provider: nope
        """
    problems = problems_of(text)
    assert {p.path for p in problems} == {
        "models[0].params.bogus",
        "models[0].params.n_ctx",
        "models[1].provider",
    }
    assert {p.path: p.where for p in problems}["models[1].provider"] == f"{SRC}:7:5"


def test_missing_env_var_reported_with_yaml_error() -> None:
    problems = problems_of("storage:\n  url: ${KEEL_UNSET_X}\nserver: [\n")
    assert len(problems) == 2
    assert problems[0].where == f"{SRC}:2"
    assert problems[1].message.startswith("invalid YAML")


# ---------------------------------------------------------------------------- load_settings


def test_load_settings_none_without_config_gives_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KEEL_CONFIG", raising=False)
    s = load_settings(None)
    assert [m.name for m in s.models] == [DEFAULT_MODEL]
    assert s == Settings()


def test_load_settings_none_reads_keel_yaml_in_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KEEL_CONFIG", raising=False)
    (tmp_path / "keel.yaml").write_text("models:\n  - name: from-cwd\n", encoding="utf-8")
    assert [m.name for m in load_settings(None).models] == ["from-cwd"]


def test_load_settings_none_prefers_keel_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "keel.yaml").write_text("models:\n  - name: from-cwd\n", encoding="utf-8")
    other = tmp_path / "other.yaml"
    other.write_text("models:\n  - name: from-env\n", encoding="utf-8")
    monkeypatch.setenv("KEEL_CONFIG", str(other))
    assert [m.name for m in load_settings(None).models] == ["from-env"]


def test_load_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "conf.yaml"
    path.write_text("server:\n  port: 9999\n", encoding="utf-8")
    assert load_settings(path).server.port == 9999
    assert load_settings(str(path)).server.port == 9999


def test_load_settings_file_problems_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "conf.yaml"
    path.write_text("server:\n  port: 1\n  nope: 2\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    p = only(info.value.problems)
    assert p.where == f"{path}:3:3"


def test_load_settings_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "absent.yaml"
    with pytest.raises(ConfigError) as info:
        load_settings(missing)
    p = only(info.value.problems)
    assert p.where == str(missing)
    assert "not found" in p.message


def test_schema_and_params_problems_reported_together() -> None:
    text = """\
        server:
          port: abc
        models:
          - name: a
            params:
              bogus: 1
        """
    paths = {p.path for p in problems_of(text)}
    assert paths == {"server.port", "models[0].params.bogus"}


def test_guard_stage_order_is_checked():
    from keel.config import ConfigError, parse_settings

    for pipeline, message in [
        ("[preprocess, cache, guard_input, generate]", "put 'guard_input' before 'cache'"),
        ("[preprocess, generate, guard_input]", "put 'guard_input' before 'generate'"),
        ("[preprocess, guard_output, generate]", "put 'generate' before 'guard_output'"),
    ]:
        try:
            parse_settings(f"pipeline:\n  chat: {pipeline}\n", "k.yaml")
        except ConfigError as exc:
            assert message in str(exc)
        else:
            raise AssertionError(f"{pipeline} was accepted")
    ok = parse_settings("pipeline:\n  chat: [preprocess, guard_input, cache, generate, guard_output, postprocess]\n")
    assert ok.pipeline["chat"][1] == "guard_input"


def test_variables_in_comments_are_not_required(tmp_path) -> None:
    text = "server:\n  port: ${PORT:-9000}  # or ${OTHER_PORT}\n# key: ${KEEL_UNSET_KEY}\nstorage:\n  url: 'sqlite:///x#${DB}'\n"
    settings = parse_settings(text, env={"DB": "1"})
    assert settings.server.port == 9000 and settings.storage.url == "sqlite:///x#1"
    # a "# " line inside a block scalar is text, not a comment: its variables are still filled in
    block = "grounding:\n  template: |\n    # Sources for ${TEAM}\n    {{ passages }}\n"
    assert parse_settings(block, env={"TEAM": "hr"}).grounding.template.startswith("# Sources for hr\n")
