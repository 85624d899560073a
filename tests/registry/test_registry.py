"""The registry over a real database (SQLite and PostgreSQL): immutable versions, aliases that move
and roll back, lineage both ways, datasets by content hash, prompt templates and their errors,
sticky experiment assignment and its traffic split."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from keel.errors import Conflict, InvalidRequest, NotFound
from keel.pipeline.context import PromptCall, RequestContext, Resolution
from keel.registry import Registry
from keel.registry.assignment import Arm, ArmState, Assigner, bucket
from keel.security.principal import Principal
from keel.store.engine import make_engine, migrate

SOURCE = {"provider": "openai_compat", "params": {"base_url": "http://127.0.0.1:9/v1", "model": "upstream-a"}}


@pytest.fixture(params=["sqlite", "postgresql"])
def registry(request, tmp_path) -> Registry:
    url = f"sqlite:///{tmp_path}/r.db" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    migrate(engine)
    yield Registry(engine)
    engine.dispose()


def jsonl(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n")
    return path


def test_versions_are_immutable_even_to_sql(registry):
    v1 = registry.models.register("bot", SOURCE, license="apache-2.0", context_length=8192)
    v2 = registry.models.register("bot", {**SOURCE, "params": {**SOURCE["params"], "model": "upstream-b"}})
    assert (v1["version"], v2["version"]) == (1, 2)
    assert registry.models.get("bot/1")["source"]["params"]["model"] == "upstream-a"
    assert registry.models.get("bot")["version"] == 2  # the newest
    table = sa.table("registry_model_versions", sa.column("license"), sa.column("version"))
    with pytest.raises(DBAPIError, match="immutable"), registry.engine.begin() as conn:
        conn.execute(sa.update(table).where(table.c.version == 1).values(license="stolen"))
    assert registry.models.get("bot/1")["license"] == "apache-2.0"


def test_register_checks_the_source_and_fingerprints_files(registry, tmp_path):
    with pytest.raises(InvalidRequest, match="provider"):
        registry.models.register("bot", {"params": {}})
    with pytest.raises(InvalidRequest, match="source"):
        registry.models.register("bot", {"provider": "openai_compat", "params": {"nonsense": 1}})
    with pytest.raises(InvalidRequest, match="is not a file"):
        registry.models.register("bot", {"provider": "llama_cpp", "params": {"path": str(tmp_path / "none.gguf")}})
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF fake weights")
    v = registry.models.register("local", {"provider": "llama_cpp", "params": {"path": str(gguf)}})
    import hashlib

    assert v["artifact_sha256"] == hashlib.sha256(b"GGUF fake weights").hexdigest()
    assert v["source"]["artifacts"]["path"]["bytes"] == len(b"GGUF fake weights")


def test_aliases_move_roll_back_and_keep_their_history(registry):
    for _ in range(3):
        registry.models.register("bot", SOURCE)
    assert registry.models.promote("bot/1", "production", actor="ana")["from_version"] is None
    registry.models.promote("bot/3", "production", actor="ana", reason="better eval")
    assert registry.models.get("bot@production")["version"] == 3
    back = registry.models.rollback("bot", "production", actor="bo")
    assert (back["from_version"], back["to_version"]) == (3, 1)
    assert registry.models.get("bot@production")["version"] == 1
    history = registry.models.history("bot", "production")
    assert [(h["from_version"], h["to_version"], h["actor"]) for h in history] == [
        (3, 1, "bo"),
        (1, 3, "ana"),
        (None, 1, "ana"),
    ]
    assert registry.models.get("bot/1")["aliases"] == ["production"]
    with pytest.raises(NotFound, match="no alias or label 'staging'"):
        registry.models.get("bot@staging")
    with pytest.raises(NotFound):
        registry.models.promote("bot/9", "production")
    with pytest.raises(InvalidRequest, match="no previous version"):
        registry.models.rollback("bot", "canary")


def test_revision_moves_with_every_change(registry):
    r0 = registry.revision()
    registry.models.register("bot", SOURCE)
    r1 = registry.revision()
    registry.models.promote("bot/1", "production")
    r2 = registry.revision()
    registry.models.promote("bot/1", "production")  # no move: no change
    assert r0 < r1 < r2 == registry.revision()


def test_datasets_are_versions_by_content(registry, tmp_path):
    path = jsonl(tmp_path / "train.jsonl", ['{"prompt": "a", "completion": "b"}', '{"prompt": "c", "completion": "d"}'])
    first = registry.datasets.register("support", path)
    again = registry.datasets.register("support", path)
    assert first["created"] and not again["created"] and again["version"] == 1
    assert (first["rows"], first["format"]) == (2, "prompt_completion")
    jsonl(path, ['{"messages": [{"role": "user", "content": "hi"}]}'])
    changed = registry.datasets.register("support", path)
    assert changed["version"] == 2 and changed["format"] == "chat" and changed["sha256"] != first["sha256"]
    bad = jsonl(tmp_path / "bad.jsonl", ['{"prompt": "a"}', "{not json"])
    with pytest.raises(InvalidRequest, match=r"bad.jsonl:2: not valid JSON"):
        registry.datasets.register("broken", bad)


def test_lineage_both_ways(registry, tmp_path):
    raw = registry.datasets.register("raw", jsonl(tmp_path / "raw.jsonl", ['{"text": "x"}']))
    clean = registry.datasets.register(
        "clean", jsonl(tmp_path / "clean.jsonl", ['{"prompt": "x", "completion": "y"}']), parent="raw"
    )
    registry.prompts.push("answer", messages=[{"role": "user", "content": "{{ q }}"}])
    base = registry.models.register("base", SOURCE)
    tuned = registry.models.register(
        "tuned",
        SOURCE,
        base_model="base/1",
        dataset="clean",
        prompts=["answer"],
        training_run="run-7",
        hyperparameters={"lora_r": 16},
    )
    assert tuned["dataset"] == clean["ref"] == "clean/1" and tuned["prompts"] == ["answer/1"]
    up = registry.models.lineage("tuned/1")
    assert up["dataset"]["ref"] == "clean/1" and up["dataset"]["parent"]["ref"] == raw["ref"]
    assert up["prompts"][0]["ref"] == "answer/1" and up["base"]["model"] == base["ref"]
    assert registry.models.built_on("dataset", "raw/1")["models"] == ["tuned/1"]  # through clean/1
    assert registry.models.built_on("prompt", "answer/1")["models"] == ["tuned/1"]
    assert registry.models.built_on("model", "base/1")["models"] == ["tuned/1"]
    with pytest.raises(NotFound):
        registry.models.register("tuned", SOURCE, dataset="nonesuch/3")


def test_prompt_versions_labels_and_rendering(registry):
    v1 = registry.prompts.push(
        "support",
        messages=[
            {"role": "system", "content": "You help {{ company }} customers."},
            {"role": "user", "content": "{{ question }}"},
        ],
        variables={"company": {"default": "Acme"}, "question": {}},
        params={"temperature": 0.2},
        labels=["production"],
    )
    same = registry.prompts.push(
        "support",
        messages=[
            {"role": "system", "content": "You help {{ company }} customers."},
            {"role": "user", "content": "{{ question }}"},
        ],
        variables={"company": {"default": "Acme"}, "question": {}},
        params={"temperature": 0.2},
    )
    assert v1["created"] and not same["created"] and same["version"] == 1
    r = registry.prompts.render("support@production", {"question": "Where is my order?"})
    assert r.messages == [
        {"role": "system", "content": "You help Acme customers."},
        {"role": "user", "content": "Where is my order?"},
    ]
    assert r.params == {"temperature": 0.2} and r.ref == "support/1"
    with pytest.raises(InvalidRequest, match=r"missing variable.*question") as missing:
        registry.prompts.render("support", {})
    assert missing.value.code == "invalid_prompt_variables"
    with pytest.raises(InvalidRequest, match="does not declare: tone"):
        registry.prompts.render("support", {"question": "q", "tone": "warm"})
    with pytest.raises(InvalidRequest, match="does not declare: name"):
        registry.prompts.push("bad", text="Hi {{ name }}", variables=["other"])
    with pytest.raises(InvalidRequest, match="syntax error"):
        registry.prompts.push("bad", text="Hi {{ name ")
    v2 = registry.prompts.push("support", kind="text", text="Q: {{ question }}")
    assert v2["version"] == 2 and v2["variables"] == {"question": {"required": True}}
    assert "+Q: {{ question }}" in registry.prompts.diff("support/1", "support/2")
    registry.prompts.label("support/2", "production")
    assert registry.prompts.render("support@production", {"question": "q"}).text == "Q: q"
    registry.prompts.rollback("support", "production")
    assert registry.prompts.get("support@production")["version"] == 1


def test_sandbox_refuses_unsafe_templates(registry):
    registry.prompts.push("evil", text="{{ x.__class__.__mro__[1].__subclasses__() }}", variables=["x"])
    with pytest.raises(InvalidRequest, match="failed to render"):
        registry.prompts.render("evil", {"x": "s"})


def test_partials_few_shot_and_chain_of_thought_are_pinned(registry):
    registry.prompts.push("examples", kind="partial", text="Input: 2+2\nOutput: 4")
    registry.prompts.push(
        "math",
        messages=[
            {"role": "system", "content": '{% include "keel/cot" %}\n{% include "examples" %}'},
            {"role": "user", "content": '{% include "keel/few_shot" %}\nInput: {{ q }}'},
        ],
        variables={"q": {}, "examples": {"default": []}},
    )
    r = registry.prompts.render("math", {"q": "3+3", "examples": [{"input": "1+1", "output": "2"}]})
    assert "step by step" in r.messages[0]["content"] and "Input: 2+2\nOutput: 4" in r.messages[0]["content"]
    assert r.messages[1]["content"] == "Input: 1+1\nOutput: 2\n\nInput: 3+3"
    registry.prompts.push("examples", kind="partial", text="Input: 5+5\nOutput: 10")  # the partial moves on
    registry.prompts._compiled.clear()
    again = registry.prompts.render("math/1", {"q": "3+3"})
    assert "Input: 2+2" in again.messages[0]["content"]  # math/1 still includes the partial it was pushed with
    with pytest.raises(NotFound):
        registry.prompts.push("broken", text='{% include "nonesuch" %}')


def test_sync_from_a_folder_is_idempotent(registry, tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "shots.yaml").write_text("name: shots\nkind: partial\ntext: 'Input: a\\nOutput: b'\n")
    (tmp_path / "p" / "ask.yaml").write_text(
        "name: ask\nmessages:\n  - role: user\n    content: '{% include \"shots\" %} {{ q }}'\nlabels: [production]\n"
    )
    first = registry.prompts.sync(tmp_path / "p")
    second = registry.prompts.sync(tmp_path / "p")
    assert [r["created"] for r in first] == [True, True] and [r["created"] for r in second] == [False, False]
    assert registry.prompts.get("ask@production")["version"] == 1
    (tmp_path / "p" / "bad.yaml").write_text("name: x\nbogus: 1\n")
    with pytest.raises(InvalidRequest, match=r"bad\.yaml: unknown key"):
        registry.prompts.sync(tmp_path / "p")


# ------------------------------------------------------------------------------- experiments


def ctx_for(user: str | None, call: PromptCall | None = None) -> RequestContext:
    ctx = RequestContext(route="chat", model="bot", user=user, principal=Principal("key-1"), prompt_call=call)
    ctx.resolution = Resolution("bot", "bot", 1)
    return ctx


def test_assignment_is_sticky_and_splits_by_weight():
    assigner = Assigner("exp", [Arm("a", 1.0, model="m1"), Arm("b", 3.0, model="m2")], "user")
    counts = collections.Counter(assigner.pick(f"user-{i}") for i in range(10_000))
    share_b = counts[assigner.arms[1]] / 10_000
    # 10k draws: the standard error of the share is sqrt(.75*.25/10k) = 0.0043; 4 of them is 0.017
    assert abs(share_b - 0.75) < 0.017
    for i in range(200):
        ctx = ctx_for(f"user-{i}")
        arm = assigner.assign(ctx, None)
        assert arm is assigner.assign(ctx_for(f"user-{i}"), None)  # the same user, the same arm
        assert ctx.resolution.arm == f"exp:{arm.name}" and ctx.slot(ArmState).unit == f"user-{i}"
    assert bucket("exp", "u") != bucket("other-exp", "u")  # experiments are independent


def test_prompt_experiments_enrol_only_their_template():
    assigner = Assigner("exp", [Arm("a", 1, prompt="support/1"), Arm("b", 1, prompt="support/2")], "user")
    for call, enrolled in [
        (None, False),
        (PromptCall("other", {}), False),
        (PromptCall("support@production", {}), True),
    ]:
        ctx = ctx_for("u", call)
        assert (assigner.assign(ctx, ctx.prompt_call) is not None) is enrolled


def test_stopped_arms_are_not_assigned():
    assigner = Assigner("exp", [Arm("a", 1, model="x"), Arm("b", 1, model="y", stopped="guard rail")], "user")
    assert {assigner.pick(f"u{i}").name for i in range(500)} == {"a"}


def test_experiment_start_checks_its_arms(registry):
    registry.prompts.push("support", text="{{ q }}")
    registry.prompts.push("support", text="Q: {{ q }}")
    with pytest.raises(InvalidRequest, match="at least two arms"):
        registry.experiments.start("e", "bot", [{"name": "a", "prompt": "support/1"}])
    with pytest.raises(InvalidRequest, match="one template"):
        registry.prompts.push("other", text="{{ q }}")
        registry.experiments.start("e", "bot", [{"prompt": "support/1"}, {"prompt": "other/1"}])
    with pytest.raises(InvalidRequest, match="unknown metric"):
        registry.experiments.start("e", "bot", [{"prompt": "support/1"}, {"prompt": "support/2"}], metric="vibes")
    with pytest.raises(InvalidRequest, match=r"unknown metric 'eval:json'.*eval:short"):
        registry.experiments.start(
            "e",
            "bot",
            [{"prompt": "support/1"}, {"prompt": "support/2"}],
            metric="eval:json",
            online_eval={"short": {"kind": "max_chars", "limit": 10}},
        )
    e = registry.experiments.start(
        "e", "bot", [{"name": "a", "prompt": "support/1"}, {"name": "b", "prompt": "support"}]
    )
    assert [a["prompt"] for a in e["arms"]] == ["support/1", "support/2"]  # pinned
    with pytest.raises(Conflict, match="already runs"):
        registry.experiments.start("e2", "bot", [{"prompt": "support/1"}, {"prompt": "support/2"}])
    status = registry.experiments.status("e")
    assert [a["n"] for a in status["arms"]] == [0, 0] and status["best"] is None


def test_base_models_are_pinned_and_lineage_ends(registry):
    registry.models.register("m", SOURCE, base_model="google/gemma-3-270m")  # an outside id: kept
    v2 = registry.models.register("m", SOURCE, base_model="m")  # the newest version then: m/1
    assert v2["base_model"] == "m/1"
    registry.models.promote("m/2", "production")
    v3 = registry.models.register("m", SOURCE, base_model="m@production")
    assert v3["base_model"] == "m/2"  # pinned: lineage never follows an alias
    chain = registry.models.lineage("m/3")
    assert chain["base"]["model"] == "m/2" and chain["base"]["base"]["model"] == "m/1"
    assert chain["base"]["base"]["base"] is None and chain["base"]["base"]["base_model"] == "google/gemma-3-270m"
    assert registry.models.built_on("model", "m/1")["models"] == ["m/2"]


def test_a_finished_experiment_cannot_be_stopped_again(registry):
    registry.prompts.push("p", text="{{ q }}")
    registry.prompts.push("p", text="Q {{ q }}")
    registry.experiments.start("e", "bot", [{"prompt": "p/1"}, {"prompt": "p/2"}])
    registry.experiments.promote("e", "arm1")
    with pytest.raises(Conflict, match="promoted, not running"):
        registry.experiments.stop("e")
    assert registry.experiments.get("e")["winner"] == "arm1"


def test_status_survives_an_overwhelming_result_and_an_empty_guard_rail(registry):
    """A p-value that underflows to 0 and an interval with infinite ends are stored as JSON any
    database takes, and the next look reads them back."""
    registry.prompts.push("p", text="{{ q }}")
    registry.prompts.push("p", text="Q {{ q }}")
    registry.experiments.start(
        "e",
        "bot",
        [{"name": "a", "prompt": "p/1"}, {"name": "b", "prompt": "p/2"}],
        metric="latency_ms",
        guardrails=["error_rate"],
    )
    from datetime import UTC, datetime

    from keel.store.tables import ExperimentOutcome

    rows = [
        {
            "trace_id": f"t{i}",
            "experiment": "e",
            "arm": "ab"[i % 2],
            "unit": f"u{i}",
            "created_at": datetime.now(UTC),
            "status": 200,
            "latency_ms": (100.0 if i % 2 else 500.0) + i % 7,
            "prompt_tokens": 3,
            "completion_tokens": 5,
            "cost": None,
            "guard_flagged": False,
        }
        for i in range(4000)
    ]
    with registry.engine.begin() as conn:
        conn.execute(ExperimentOutcome.__table__.insert(), rows)
    for _ in range(2):
        status = registry.experiments.status("e")
    b = status["arms"][1]
    assert b["sequential"]["reject"] and b["sequential"]["p_value"] < 1e-300 and status["best"] == "b"
    assert status["guardrails"][0]["arms"][1]["sequential"]["reject"] is False  # no errors at all: no evidence


def test_render_refuses_variables_that_are_not_an_object(registry):
    registry.prompts.push("p", text="{{ q }}")
    with pytest.raises(InvalidRequest, match="must be an object"):
        registry.prompts.render("p", ["q"])  # type: ignore[arg-type]


def test_requests_through_an_alias_of_the_experiments_model_are_enrolled(registry):
    from keel.registry.runtime import RegistryRuntime

    runtime = RegistryRuntime(registry.prompts)
    runtime.experiments = {"bot": Assigner("exp", [Arm("a", 1, model="x"), Arm("b", 1, model="y")], "user")}
    leased = []
    ctx = RequestContext(route="chat", model="prod-bot", user="u1", principal=Principal("k"))
    ctx.resolution = Resolution("prod-bot", "bot", 1)  # a keel.yaml alias: prod-bot -> bot
    assert runtime.enrolled(ctx)
    runtime.resolve(ctx, lambda c, name: leased.append(name))
    assert leased in (["x"], ["y"]) and ctx.resolution.arm.startswith("exp:")
    other = RequestContext(route="chat", model="other", user="u1", principal=Principal("k"))
    other.resolution = Resolution("other", "other", 1)
    assert not runtime.enrolled(other)
