"""The step cache: a second run all cached, a parameter change re-running that step and what
follows only, a code change (a python step's module rewritten) invalidating, input files keyed by
content, cached outputs whose files are gone a miss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.jobs.test_workflows_support import calls, flow, run, write_lib


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    return write_lib(tmp_path)


CHAIN = """\
name: chain
params: {k: 1}
steps:
  a: {type: python, with: {function: "lib:source", n: 5}}
  b: {type: python, with: {function: "lib:add", a: "${{ steps.a.outputs.value }}", b: "${{ params.k }}"}}
  c: {type: python, with: {function: "lib:double", x: "${{ steps.b.outputs.value }}"}}
  d: {type: shell, with: {run: "echo independent"}}
"""


async def test_a_second_run_is_all_cached(jobs_engine, lib):
    wf = flow(lib, CHAIN)
    first = await run(jobs_engine, lib, wf, "wfrun_one")
    assert first.error is None
    assert first.statuses == {"a": "succeeded", "b": "succeeded", "c": "succeeded", "d": "succeeded"}
    assert first.outputs("c") == {"value": 12} and first.outputs("d")["stdout"] == "independent"
    assert all(r["cache_key"] and len(r["cache_key"]) == 64 for r in first.rows.values())
    second = await run(jobs_engine, lib, wf, "wfrun_two")
    assert second.statuses == {"a": "cached", "b": "cached", "c": "cached", "d": "cached"}
    assert second.outputs("c") == {"value": 12}
    assert [calls(lib, f) for f in ("source", "add", "double")] == [1, 1, 1]  # nothing ran again
    assert second.result["outputs"]["c"] == {"value": 12}


async def test_one_tenant_never_reuses_another_tenants_steps(jobs_engine, lib):
    wf = flow(lib, CHAIN)
    await run(jobs_engine, lib, wf, "wfrun_acme", tenant="acme")
    other = await run(jobs_engine, lib, wf, "wfrun_globex", tenant="globex")
    assert set(other.statuses.values()) == {"succeeded"}
    again = await run(jobs_engine, lib, wf, "wfrun_acme2", tenant="acme")
    assert set(again.statuses.values()) == {"cached"}


async def test_a_parameter_change_reruns_that_step_and_what_follows_only(jobs_engine, lib):
    wf = flow(lib, CHAIN)
    await run(jobs_engine, lib, wf, "wfrun_k1")
    changed = await run(jobs_engine, lib, wf, "wfrun_k2", params={"k": 2})
    assert changed.statuses == {"a": "cached", "b": "succeeded", "c": "succeeded", "d": "cached"}
    assert changed.outputs("c") == {"value": 14}
    back = await run(jobs_engine, lib, wf, "wfrun_k1_again", params={"k": 1})
    assert set(back.statuses.values()) == {"cached"}  # the first run's entries are still there
    assert [calls(lib, f) for f in ("source", "add", "double")] == [1, 2, 2]


async def test_a_code_change_invalidates_the_cache(jobs_engine, tmp_path):
    (tmp_path / "model.py").write_text("def predict(x):\n    return {'y': x + 1}\n")
    (tmp_path / "other.py").write_text("def same():\n    return {'z': 0}\n")
    wf = flow(
        tmp_path,
        """\
        name: code
        steps:
          predict: {type: python, with: {function: "model:predict", x: 1}}
          use: {type: python, with: {function: "other:same"}, needs: [predict]}
          after: {type: shell, with: {run: "echo ${{ steps.predict.outputs.y }}"}}
        """,
    )
    first = await run(jobs_engine, tmp_path, wf, "wfrun_code1")
    assert first.outputs("predict") == {"y": 2}
    assert set((await run(jobs_engine, tmp_path, wf, "wfrun_code2")).statuses.values()) == {"cached"}

    (tmp_path / "model.py").write_text("def predict(x):\n    return {'y': x + 100}\n")  # the same name, new code
    third = await run(jobs_engine, tmp_path, wf, "wfrun_code3")
    assert third.statuses == {"predict": "succeeded", "use": "cached", "after": "succeeded"}
    assert third.outputs("predict") == {"y": 101} and third.outputs("after")["stdout"] == "101"
    assert third.rows["predict"]["cache_key"] != first.rows["predict"]["cache_key"]


async def test_input_files_are_keyed_by_content_and_missing_outputs_are_a_miss(jobs_engine, lib):
    data = lib / "rows.jsonl"
    data.write_text('{"prompt": "a", "completion": "b"}\n')
    wf = flow(
        lib,
        """\
        name: files
        steps:
          check: {type: data.validate, with: {path: rows.jsonl}}
          write: {type: python, with: {function: "lib:write_file", text: hello}}
        """,
    )
    first = await run(jobs_engine, lib, wf, "wfrun_f1")
    assert first.outputs("check")["rows"] == 1
    assert Path(first.outputs("write")["path"]).read_text() == "hello"
    assert Path(first.outputs("write")["path"]).parent == lib / "jobs" / "wfrun_f1" / "write"  # jobs.dir/RUN/STEP

    data.write_text('{"prompt": "a", "completion": "b"}\n{"prompt": "c", "completion": "d"}\n')
    Path(first.outputs("write")["path"]).unlink()  # the cached output's file is gone
    second = await run(jobs_engine, lib, wf, "wfrun_f2")
    assert second.statuses == {"check": "succeeded", "write": "succeeded"}
    assert second.outputs("check")["rows"] == 2
    assert Path(second.outputs("write")["path"]).exists()


def test_the_data_prep_example_runs_then_is_all_cached(tmp_path, db_url):
    from typer.testing import CliRunner

    from keel.cli.main import app

    example = Path(__file__).resolve().parents[2] / "examples" / "workflows" / "data-prep.yaml"
    (tmp_path / "keel.yaml").write_text(f"storage: {{url: '{db_url}'}}\njobs: {{dir: '{tmp_path}/jobs'}}\n")
    args = ["workflow", "run", str(example), "-c", str(tmp_path / "keel.yaml"), "--json"]
    runner = CliRunner()
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    steps = {s["step"]: s for s in json.loads(first.stdout[first.stdout.index("{") :])["steps"]}
    assert {s["status"] for s in steps.values()} == {"succeeded"}
    assert steps["stats"]["outputs"]["metrics"]["rows"] == 18  # 6 training rows and 2 noisy copies of each
    assert steps["report"]["outputs"]["stdout"].startswith("18 training rows in ")
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert {s["status"] for s in json.loads(second.stdout[second.stdout.index("{") :])["steps"]} == {"cached"}
    fewer = runner.invoke(app, [*args, "-p", "min_rows=100"])
    statuses = {s["step"]: s["status"] for s in json.loads(fewer.stdout[fewer.stdout.index("{") :])["steps"]}
    assert fewer.exit_code == 0 and statuses["gate"] == "succeeded" and statuses["report"] == "skipped"
