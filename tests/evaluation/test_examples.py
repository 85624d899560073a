"""The eval example of docs/evaluation.md (examples/eval/) stays valid and runs: its spec, rows and
prompt template, on the loopback models in place of gemma-3-270m."""

from __future__ import annotations

from pathlib import Path

import pytest

import keel
from keel.evaluation.harness import load_spec, run_eval
from keel.evaluation.rows import load_rows

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "eval"


async def test_the_example_spec_and_rows_are_valid():
    spec = load_spec(EXAMPLE / "eval.yaml")
    assert [t.label for t in spec.targets] == ["base", "prompted"] and len(spec.gates) == 3
    data = await load_rows(spec)
    assert data.info == {"source": "file", "path": str(EXAMPLE / "support.jsonl"), "rows": 6}
    assert data.ids[0] == "refund-1"
    docs = (EXAMPLE.parents[1] / "docs" / "evaluation.md").read_text()
    assert "examples/eval/eval.yaml" in docs


async def test_the_example_runs_with_its_prompt_template(settings, upstreams):
    spec = load_spec(EXAMPLE / "eval.yaml")
    for t in spec.targets:
        t.model = "good"  # the loopback model in place of gemma-3-270m
    async with keel.AsyncClient(settings=settings) as client:
        pushed = await client.registry.prompts.sync(EXAMPLE / "prompts")
        assert [p["ref"] for p in pushed] == ["support/1"]
        await client.registry.prompts.label("support", 1, "production")
        run = await run_eval(spec, client)
    assert run.status == "completed" and set(run.targets) == {"base", "prompted"}
    sent = upstreams["good"].requests[-1]["messages"]
    assert sent[0]["role"] == "system" and sent[0]["content"].startswith("You are the support agent")
    first = run.targets["prompted"].results[0]
    assert first.prediction == "good: How do I get a refund for a damaged parcel?"
    assert first.scores["keyword_hit"] == pytest.approx(1 / 3)
    assert [g.passed for g in run.gates].count(True) >= 3
