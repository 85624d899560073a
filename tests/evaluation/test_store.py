"""Eval runs in the database, on SQLite and PostgreSQL: the migration, a run written as it goes
(queued → running → completed, results in batches), read back with the same aggregates, a failed
run with its error, and gates against a stored baseline run."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

import keel
from keel.config import Settings, StorageSettings
from keel.errors import NotFound
from keel.evaluation import harness
from keel.evaluation.harness import EvalFailed, EvalRun, EvalSpec, run_eval
from keel.evaluation.store import EvalStore
from keel.store.engine import make_engine, migrate
from tests.evaluation.conftest import keyword_hit, model_settings, rows


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/evals.db"
    else:
        yield request.getfixturevalue("postgres_url")


@pytest.fixture
def store(db_url) -> Iterator[EvalStore]:
    engine = make_engine(db_url)
    migrate(engine)
    try:
        yield EvalStore(engine)
    finally:
        engine.dispose()


def spec(**fields) -> EvalSpec:
    base = {
        "name": "support",
        "rows": rows(),
        "targets": [{"name": "base", "model": "bad"}, {"name": "tuned", "model": "good"}],
        "metrics": ["keyword_hit", "latency_ms"],
        "repeats": 2,
    }
    return EvalSpec.model_validate({**base, **fields})


def test_the_migration_makes_both_tables(store):
    insp = sa.inspect(store.engine)
    runs = {c["name"]: c for c in insp.get_columns("eval_runs")}
    assert set(runs) == {"id", "name", "spec", "status", "created_at", "finished_at", "summary", "error"}
    assert runs["finished_at"]["nullable"] and runs["error"]["nullable"] and not runs["spec"]["nullable"]
    results = {c["name"] for c in insp.get_columns("eval_results")}
    assert results == {
        "id",
        "run_id",
        "target",
        "row_id",
        "repeat",
        "prediction",
        "scores",
        "errors",
        "latency_ms",
        "prompt_tokens",
        "completion_tokens",
    }
    assert "ix_eval_results_run_id" in {ix["name"] for ix in insp.get_indexes("eval_results")}
    unique = insp.get_unique_constraints("eval_results")
    assert [u["column_names"] for u in unique] == [["run_id", "target", "row_id", "repeat"]]


async def test_a_run_is_stored_as_it_goes_and_reads_back_the_same(store, upstreams, monkeypatch, tmp_path):
    monkeypatch.setattr(harness, "FLUSH_EVERY", 5)  # several batches per target
    settings = Settings(storage=StorageSettings(url=f"sqlite:///{tmp_path}/k.db"), models=model_settings(upstreams))
    seen: list[str] = []

    def progress(done: int, total: int) -> None:
        if done == 1:
            seen.append(store.get(run_id)["status"])

    run_id = ""
    async with keel.AsyncClient(settings=settings) as client:
        run = await harness.create_run(spec(), store)
        run_id = run.id
        assert store.get(run.id)["status"] == "queued" and run.id.startswith("eval-")
        await harness.execute(run, client, store, on_progress=progress)
    assert seen == ["running"]  # at the first answer
    stored = store.get(run.id)
    assert stored["status"] == "completed" and stored["finished_at"] and stored["error"] is None
    assert stored["spec"]["name"] == "support" and stored["summary"]["passed"] is None
    tuned = stored["summary"]["targets"]["tuned"]["metrics"]["keyword_hit"]
    assert tuned["mean"] == pytest.approx(keyword_hit("good")) and tuned["n"] == 6
    assert store.count_results(run.id) == 24  # 2 targets × 6 rows × 2 repeats
    results = store.results(run.id)
    one = store.results(run.id, target="tuned", limit=1)[0]
    assert one["prediction"].startswith("good: question") and one["scores"]["keyword_hit"] in (1.0, 2 / 3, 0.5)
    assert one["prompt_tokens"] == 7 and one["latency_ms"] > 0
    back = EvalRun.from_stored(stored, results)
    for name, target in run.targets.items():
        for key, agg in target.aggregates.items():
            again = back.targets[name].aggregates[key]
            assert (again.mean, again.n, again.ci_low) == pytest.approx((agg.mean, agg.n, agg.ci_low))
            assert again.repeat_means == pytest.approx(agg.repeat_means)
    assert [(r.row_id, r.repeat) for r in back.targets["tuned"].results[:3]] == [("r1", 0), ("r1", 1), ("r2", 0)]
    assert [r["id"] for r in store.list()] == [run.id]
    assert "spec" not in store.list()[0]

    # a batch written again (a retry) replaces its rows
    store.add_results(run.id, results[:3])
    assert store.count_results(run.id) == 24


async def test_failed_runs_keep_their_error_and_baselines_come_from_the_store(store, upstreams, tmp_path):
    settings = Settings(storage=StorageSettings(url=f"sqlite:///{tmp_path}/k.db"), models=model_settings(upstreams))
    async with keel.AsyncClient(settings=settings) as client:
        with pytest.raises(EvalFailed):
            await run_eval(spec(targets=[{"model": "nope"}]), client, store)
        baseline = await run_eval(spec(), client, store)
        gated = spec(
            targets=[{"name": "tuned", "model": "bad"}],  # now worse than the stored run's tuned
            gates=[
                {"metric": "keyword_hit", "baseline_run": baseline.id},
                {"metric": "keyword_hit", "baseline_run": baseline.id, "no_worse_than": "base"},
            ],
        )
        run = await run_eval(gated, client, store)
    failed = next(r for r in store.list() if r["status"] == "failed")
    assert failed["error"] == "target nope: The model 'nope' does not exist" and failed["finished_at"]
    by = {g.gate: g for g in run.gates}
    worse = by[f"keyword_hit[tuned] no worse than {baseline.id}:tuned"]
    assert not worse.passed and worse.reason.startswith(f"tuned keyword_hit 0.3611 vs {baseline.id}:tuned 0.7222")
    assert by[f"keyword_hit[tuned] no worse than {baseline.id}:base"].passed
    assert store.get(run.id)["summary"]["passed"] is False
    with pytest.raises(NotFound, match="eval run 'eval-00' does not exist"):
        store.get("eval-00")
    assert [r["status"] for r in store.list(name="support")] == ["completed", "completed", "failed"]


def test_statuses_and_errors_are_written(store):
    store.create("eval-abc", "x", {"name": "x"}, datetime.now(UTC))
    assert store.unfinished() == ["eval-abc"]
    store.set_status("eval-abc", "failed", error="boom " * 2000, finished_at=datetime.now(UTC))
    got = store.get("eval-abc")
    assert got["status"] == "failed" and len(got["error"]) == 4000 and store.unfinished() == []
