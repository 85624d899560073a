"""Running workflows: resume after a failed step, retries with backoff through the injected sleep,
timeouts, conditions and skips, gates that fail or skip what follows, references resolved at run
time, independent steps together up to the workflow's concurrency."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from tests.jobs.test_workflows_support import Sleeps, calls, flow, run, write_lib


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    return write_lib(tmp_path)


async def test_resume_reruns_only_the_failed_step_and_what_follows(jobs_engine, lib):
    wf = flow(
        lib,
        """\
        name: resume
        steps:
          a: {type: python, with: {function: "lib:source", n: 1}, cache: false}
          b: {type: python, with: {function: "lib:fixed_later"}, needs: [a], cache: false}
          c: {type: python, with: {function: "lib:double", x: "${{ steps.a.outputs.value }}"}, needs: [b], cache: false}
          d: {type: python, with: {function: "lib:add", a: 1, b: 2}, cache: false}
          alert: {type: shell, if: "${{ steps.b.status == 'failed' }}", with: {run: echo b failed}, cache: false}
        """,
    )
    first = await run(jobs_engine, lib, wf, "wfrun_resume")
    statuses = {"a": "succeeded", "b": "failed", "c": "skipped", "d": "succeeded", "alert": "succeeded"}
    assert first.statuses == statuses
    assert "step 'b' failed: RuntimeError: not fixed yet" in str(first.error)
    assert first.rows["b"]["error"] == "RuntimeError: not fixed yet"
    assert first.rows["c"]["error"] == "upstream step 'b' failed"

    (lib / "fixed").touch()
    again = await run(jobs_engine, lib, wf, "wfrun_resume")  # the same run id: a resume
    assert again.error is None
    statuses = {"a": "succeeded", "b": "succeeded", "c": "succeeded", "d": "succeeded", "alert": "skipped"}
    assert again.statuses == statuses
    assert again.rows["a"]["started_at"] == first.rows["a"]["started_at"]  # kept from the first attempt
    assert again.rows["d"]["started_at"] == first.rows["d"]["started_at"]
    assert [calls(lib, f) for f in ("source", "fixed_later", "double", "add")] == [1, 2, 1, 1]
    assert again.outputs("c") == {"value": 2}


async def test_retries_back_off_exponentially_through_the_injected_sleep(jobs_engine, lib):
    sleeps = Sleeps()
    wf = flow(
        lib,
        """\
        name: retry
        steps:
          flaky: {type: python, with: {function: "lib:flaky", fail_times: 2}, retries: 3, backoff_s: 1.5}
        """,
    )
    done = await run(jobs_engine, lib, wf, "wfrun_retry", sleep=sleeps)
    assert done.statuses == {"flaky": "succeeded"}
    assert done.rows["flaky"]["attempts"] == 3 and done.outputs("flaky") == {"attempts": 3}
    assert sleeps.calls == [1.5, 3.0]

    sleeps = Sleeps()
    (lib / "calls.txt").unlink()
    wf = flow(
        lib,
        """\
        name: retry
        steps:
          flaky: {type: python, with: {function: "lib:flaky", fail_times: 9}, retries: 2, backoff_s: 2, cache: false}
        """,
    )
    failed = await run(jobs_engine, lib, wf, "wfrun_retry2", sleep=sleeps)
    assert failed.statuses == {"flaky": "failed"}
    assert failed.rows["flaky"]["attempts"] == 3 and failed.rows["flaky"]["error"] == "RuntimeError: attempt 3 fails"
    assert sleeps.calls == [2.0, 4.0]


async def test_timeouts_stop_a_step(jobs_engine, lib):
    sleeps = Sleeps()
    wf = flow(
        lib,
        """\
        name: slow
        steps:
          shell: {type: shell, with: {run: "sleep 30"}, timeout_s: 0.2, retries: 1, backoff_s: 7}
          py: {type: python, with: {function: "lib:slow", seconds: 30}, timeout_s: 0.2}
          own: {type: shell, with: {run: "sleep 30", timeout_s: 0.2}}
          fast: {type: shell, with: {run: "echo quick"}, timeout_s: 30}
        """,
    )
    done = await run(jobs_engine, lib, wf, "wfrun_slow", sleep=sleeps)
    assert done.statuses == {"shell": "failed", "py": "failed", "own": "failed", "fast": "succeeded"}
    assert done.rows["shell"]["error"] == "timed out after 0.2s" and done.rows["shell"]["attempts"] == 2
    assert done.rows["py"]["error"] == "timed out after 0.2s"
    assert done.rows["own"]["error"] == "the command did not finish in 0.2s: killed"
    assert sleeps.calls == [7.0]


async def test_conditions_skip_steps_and_what_depends_on_them(jobs_engine, lib):
    wf = flow(
        lib,
        """\
        name: conditions
        params: {go: false}
        steps:
          a: {type: python, if: "${{ params.go }}", with: {function: "lib:source", n: 3}}
          b: {type: python, with: {function: "lib:double", x: "${{ steps.a.outputs.value }}"}}
          fallback: {type: shell, if: "${{ steps.a.status == 'skipped' }}", with: {run: echo fallback}}
          other: {type: shell, with: {run: echo other}}
          never: {type: shell, if: false, with: {run: echo never}}
        """,
    )
    off = await run(jobs_engine, lib, wf, "wfrun_off")
    assert off.error is None
    assert off.statuses == {
        "a": "skipped",
        "b": "skipped",
        "fallback": "succeeded",
        "other": "succeeded",
        "never": "skipped",
    }
    assert off.rows["a"]["error"] == "condition params.go is false"
    assert off.rows["b"]["error"] == "upstream step 'a' was skipped"
    on = await run(jobs_engine, lib, wf, "wfrun_on", params={"go": True})
    assert on.statuses == {
        "a": "succeeded",
        "b": "succeeded",
        "fallback": "skipped",
        "other": "cached",
        "never": "skipped",
    }
    assert on.outputs("b") == {"value": 6}


async def test_a_gate_fails_the_run_or_skips_what_follows(jobs_engine, lib):
    text = """\
    name: gated
    params: {on_fail: skip, floor: 0.5}
    steps:
      eval: {type: python, with: {function: "lib:metrics", exact_match: 0.25}}
      gate:
        type: gate
        with:
          metrics: ${{ steps.eval.outputs.metrics }}
          baseline: {exact_match: 0.2, latency_ms: 1000}
          checks:
            - {metric: exact_match, min: "${{ params.floor }}"}
            - {metric: exact_match, baseline: true, by: 0.01}
            - {metric: latency_ms, baseline: true}
          on_fail: ${{ params.on_fail }}
      ship: {type: shell, needs: [gate], with: {run: echo ship}}
      alert: {type: shell, if: "${{ !steps.gate.outputs.passed }}", with: {run: echo alert}}
    """
    wf = flow(lib, text)
    skipped = await run(jobs_engine, lib, wf, "wfrun_gate_skip")
    assert skipped.error is None
    assert skipped.statuses == {"eval": "succeeded", "gate": "succeeded", "ship": "skipped", "alert": "succeeded"}
    gate = skipped.outputs("gate")
    assert gate["passed"] is False and gate["failed"] == ["exact_match 0.25 < min 0.5"]
    assert [r["passed"] for r in gate["results"]] == [False, True, True]  # latency: lower is better
    assert skipped.rows["ship"]["error"] == "step 'gate' did not pass (passed: false)"

    failed = await run(jobs_engine, lib, wf, "wfrun_gate_fail", params={"on_fail": "fail"})
    assert failed.statuses == {"eval": "cached", "gate": "failed", "ship": "skipped", "alert": "cached"}
    assert "the gate did not pass: exact_match 0.25 < min 0.5" in str(failed.error)

    passed = await run(jobs_engine, lib, wf, "wfrun_gate_pass", params={"floor": 0.2})
    assert passed.statuses == {"eval": "cached", "gate": "succeeded", "ship": "succeeded", "alert": "skipped"}


async def test_references_resolved_at_run_time_are_checked(jobs_engine, lib):
    wf = flow(
        lib,
        """\
        name: refs
        steps:
          a: {type: python, with: {function: "lib:source", n: abc}}
          missing: {type: shell, with: {run: "echo ${{ steps.a.outputs.nothing }}"}}
          wrong: {type: gate, with: {metrics: {m: 1}, metric: m, min: "${{ steps.a.outputs.value }}"}}
        """,
    )
    done = await run(jobs_engine, lib, wf, "wfrun_refs")
    assert done.rows["missing"]["error"] == "with: steps.a.outputs has no 'nothing'"
    assert done.rows["wrong"]["error"].startswith("with.min: Input should be a valid number")
    assert done.error is not None and set(done.error.failed) == {"missing", "wrong"}


# an async step both copies of which must be running at once to finish (steps in this process
# share this module: it is imported, not read from a file)
_met: dict[str, asyncio.Event] = {}


async def meet(name: str, other: str) -> dict[str, Any]:
    _met.setdefault(name, asyncio.Event()).set()
    await _met.setdefault(other, asyncio.Event()).wait()
    return {"met": other}


async def test_independent_steps_run_together_up_to_the_concurrency(jobs_engine, tmp_path):
    text = """\
    name: together
    concurrency: {n}
    steps:
      left:
        type: python
        with: {{function: "tests.jobs.test_workflows_run:meet", name: l{n}, other: r{n}}}
        timeout_s: {t}
        cache: false
      right:
        type: python
        with: {{function: "tests.jobs.test_workflows_run:meet", name: r{n}, other: l{n}}}
        timeout_s: {t}
        cache: false
    """
    both = await run(jobs_engine, tmp_path, flow(tmp_path, text.format(n=2, t=60)), "wfrun_two_at_once")
    assert both.statuses == {"left": "succeeded", "right": "succeeded"}
    one = await run(jobs_engine, tmp_path, flow(tmp_path, text.format(n=1, t=0.3)), "wfrun_one_at_a_time")
    assert one.statuses["left"] == "failed" and one.rows["left"]["error"] == "timed out after 0.3s"
