"""Step types over Keel's own pieces: the data steps (validate by line, split, augment) and the
registry steps (register with lineage, promote a label)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keel.config import Settings, StorageSettings
from keel.jobs.workflows.resources import Resources
from keel.registry import Registry
from tests.jobs.test_workflows_support import flow, run, write_lib


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    return write_lib(tmp_path)


async def test_data_steps(jobs_engine, lib):
    rows = [{"prompt": f"q{i}", "completion": f"a{i}", "kind": i % 2} for i in range(20)]
    (lib / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (lib / "bad.jsonl").write_text('{"prompt": "a", "completion": "b"}\nnot json\n{"prompt": "x"}\n')
    wf = flow(
        lib,
        """\
        name: data
        steps:
          check: {type: data.validate, with: {path: rows.jsonl}}
          split:
            type: data.split
            with: {path: "${{ steps.check.outputs.path }}", validation: 0.2, test: 0.1, seed: 3, stratify: kind}
          noise:
            type: data.augment
            with: {path: "${{ steps.split.outputs.train }}", kind: noise, copies: 2, seed: 1}
          made:
            type: data.augment
            with:
              kind: synthesize
              template: {prompt: "hi {{ name }}", completion: "hello {{ name }}", variables: {name: [ann, bo]}}
          bad: {type: data.validate, with: {path: bad.jsonl}}
          report: {type: data.validate, with: {path: bad.jsonl, fail: false}}
        """,
    )
    done = await run(jobs_engine, lib, wf, "wfrun_data")
    assert done.statuses == {
        "check": "succeeded",
        "split": "succeeded",
        "noise": "succeeded",
        "made": "succeeded",
        "bad": "failed",
        "report": "succeeded",
    }
    split = done.outputs("split")
    assert split["counts"] == {"train": 14, "validation": 4, "test": 2}
    assert len(Path(split["train"]).read_text().splitlines()) == 14 and Path(split["test"]).exists()
    assert done.outputs("noise")["rows"] == 14 * 3 and done.outputs("noise")["added"] == 28
    assert done.outputs("made")["rows"] == 2
    assert done.rows["bad"]["error"].startswith("the data has 2 problem(s): ")
    assert f"{lib}/bad.jsonl:2: not valid JSON" in done.rows["bad"]["error"]
    assert f"{lib}/bad.jsonl:3: completion: required" in done.rows["bad"]["error"]
    assert done.outputs("report")["ok"] is False and [p["line"] for p in done.outputs("report")["problems"]] == [2, 3]


async def test_register_and_promote(jobs_engine, db_url, tmp_path):
    resources = Resources(Settings(storage=StorageSettings(url=db_url)), jobs_engine)
    wf = flow(
        tmp_path,
        """\
        name: registry
        params: {label: staging}
        steps:
          first:
            type: register
            with:
              name: upstream-bot
              source: {provider: openai_compat, params: {base_url: "http://127.0.0.1:9/v1", model: m}}
              eval_results: {exact_match: 0.4}
          copy:
            type: register
            with:
              name: support-bot
              from: ${{ steps.first.outputs.ref }}
              alias: candidate
              eval_results: {exact_match: 0.6}
          promote:
            type: promote
            with: {ref: "${{ steps.copy.outputs.ref }}", label: "${{ params.label }}"}
          missing:
            type: promote
            with: {ref: nobody/3, label: staging}
        """,
    )
    done = await run(jobs_engine, tmp_path, wf, "wfrun_reg", resources=resources)
    assert done.statuses == {"first": "succeeded", "copy": "succeeded", "promote": "succeeded", "missing": "failed"}
    assert done.outputs("copy") == {"name": "support-bot", "version": 1, "ref": "support-bot/1"}
    assert done.outputs("promote") == {
        "model": "support-bot",
        "label": "staging",
        "from_version": None,
        "to_version": 1,
    }
    assert "nobody" in done.rows["missing"]["error"]
    version = Registry(jobs_engine).models.get("support-bot@staging")
    assert version["source"]["params"]["base_url"] == "http://127.0.0.1:9/v1"
    assert version["eval_results"] == {"exact_match": 0.6}
    assert version["tags"]["workflow_run"] == "wfrun_reg" and version["tags"]["from"] == "upstream-bot/1"
    assert sorted(version["aliases"]) == ["candidate", "staging"]
    again = await run(jobs_engine, tmp_path, wf, "wfrun_reg2", resources=resources)  # registry steps do not cache
    assert again.outputs("copy")["ref"] == "support-bot/2" and again.outputs("promote")["from_version"] == 1


async def test_a_step_and_its_context_pickle_for_another_process(db_url, jobs_engine, tmp_path):
    import asyncio
    import pickle

    from keel.jobs.workflows.executors import call
    from keel.jobs.workflows.steps import STEP_TYPES, StepContext, StepLog

    written: list[str] = []
    resources = Resources(Settings(storage=StorageSettings(url=db_url)), jobs_engine)
    logger = StepLog("wfrun_x", "echo", lambda level, message, data: written.append(message))
    ctx = StepContext("wfrun_x", "echo", tmp_path, tmp_path, "default", logger, resources)
    (tmp_path / "rows.jsonl").write_text('{"prompt": "a", "completion": "b"}\n')
    shipped = {
        "shell": {"run": "echo $KEEL_STEP in $KEEL_WORKFLOW_RUN"},  # an async step function
        "data.validate": {"path": "rows.jsonl"},  # a sync one
    }
    outputs = {}
    for name, with_ in shipped.items():
        params = STEP_TYPES[name].params.model_validate(with_)
        blob = pickle.dumps((call, name, params, ctx))  # what a remote back-end ships
        fn, *args = pickle.loads(blob)
        outputs[name] = await asyncio.to_thread(fn, *args)  # another thread, an event loop of its own
    assert outputs["shell"] == {"exit_code": 0, "stdout": "echo in wfrun_x", "stderr": ""}
    assert outputs["data.validate"]["rows"] == 1
    remote = pickle.loads(pickle.dumps(ctx))
    assert remote.resources.settings.storage.url == db_url and remote.resources._engine is None
    remote.log.info("logged elsewhere")  # no job log there: Python logging
    ctx.log.info("logged here")
    assert written == ["echo: logged here"]
    assert {n for n, t in STEP_TYPES.items() if t.local} == {"train", "eval", "batch", "register", "promote"}
