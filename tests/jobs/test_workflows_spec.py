"""Workflow files: every problem reported at once with its file:line, references and conditions,
the DAG drawn as text and SVG (deterministic), and `keel workflow validate | graph`."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from keel.cli.main import app
from keel.config import ConfigError
from keel.jobs.workflows import expr, graph
from keel.jobs.workflows.spec import load_workflow, parse_workflow

runner = CliRunner()

GOOD = """\
name: demo
params: {model: gemma-3-270m, floor: 0.5}
steps:
  validate:
    type: data.validate
    with: {path: data.jsonl}
  split:
    type: data.split
    with: {path: "${{ steps.validate.outputs.path }}", validation: 0.25}
  train:
    type: train
    with:
      data: ${{ steps.split.outputs.train }}
      validation: ${{ steps.split.outputs.validation }}
      model: ${{ params.model }}
    retries: 1
    timeout_s: 600
  evaluate:
    type: eval
    with: {spec: eval.yaml, model: "${{ steps.train.outputs.fine_tuned_model }}"}
  gate:
    type: gate
    with:
      metrics: ${{ steps.evaluate.outputs.metrics }}
      metric: exact_match
      min: ${{ params.floor }}
      on_fail: skip
  notify:
    type: shell
    needs: [validate]
    with: {run: echo done}
  promote:
    type: promote
    if: ${{ steps.gate.outputs.passed && params.model != 'x' }}
    with: {ref: "support/1", label: staging}
"""

BAD = """\
name: bad
params: {model: gemma-3-270m}
steps:
  validate:
    type: data.validate
    with: {path: data.jsonl, bogus: 1}
  train:
    type: trian
    with: {data: "${{ steps.validate.outputs.pth }}"}
  evaluate:
    type: eval
    needs: [nothere]
    with: {model: "${{ params.modle }}"}
  gate:
    type: gate
    if: ${{ steps.evaluate.outputs.metrics and open('x') }}
    with: {metrics: "${{ steps.evaluate.outputs.metrics }}", metric: exact_match, min: high}
  a:
    type: shell
    with: {run: "echo ${{ steps.b.outputs.stdout }}"}
  b:
    type: shell
    needs: a
    with: {}
  c:
    type: shell
    retries: -1
    with: {run: "echo ${{ steps.a.outputs.stdout"}
"""


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as e:
        parse_workflow(text, "flow.yaml")
    return [str(p) for p in e.value.problems]


def test_a_good_file_parses_with_dependencies_from_needs_and_references():
    wf = parse_workflow(GOOD, "flow.yaml")
    assert list(wf.steps) == ["validate", "split", "train", "evaluate", "gate", "notify", "promote"]
    assert wf.steps["split"].deps == ["validate"]
    assert wf.steps["train"].deps == ["split"] and wf.steps["train"].retries == 1
    assert wf.steps["promote"].deps == ["gate"]  # from its `if:`
    assert wf.steps["notify"].deps == ["validate"]  # from needs
    assert wf.layers() == [["validate"], ["split", "notify"], ["train"], ["evaluate"], ["gate"], ["promote"]]
    assert wf.dependents("train") == ["evaluate", "gate", "promote"]
    assert not wf.steps["promote"].cache and wf.steps["train"].cache  # registry steps do not cache by default
    assert wf.run_params({"floor": 0.7}) == {"model": "gemma-3-270m", "floor": 0.7}
    with pytest.raises(ValueError, match="unknown parameter"):
        wf.run_params({"flor": 1})


def test_every_problem_is_reported_with_its_line():
    found = problems(BAD)
    lines = {int(re.match(r"flow\.yaml:(\d+):", p).group(1)) for p in found}
    text = "\n".join(found)
    assert "flow.yaml:6:30: steps.validate.with.bogus: unknown key" in text
    assert "flow.yaml:8:5: steps.train.type: unknown step type 'trian'" in text
    assert "flow.yaml:9:12: steps.train.with.data: step 'validate' (data.validate) has no output 'pth'" in text
    assert "flow.yaml:12:13: steps.evaluate.needs[0]: unknown step 'nothere'" in text
    assert "steps.evaluate.with.spec: Field required" in text  # a step type's required parameter
    assert "flow.yaml:13:12: steps.evaluate.with.model: unknown parameter 'modle'" in text
    assert "flow.yaml:16:5: steps.gate.if: call is not allowed" in text
    assert "flow.yaml:17:83: steps.gate.with.min: Input should be a valid number" in text
    assert "flow.yaml:18:3: steps.a: a cycle: a → b → a" in text
    assert "steps.b.with.run: Field required" in text
    assert "steps.c.retries: Input should be greater than or equal to 0" in text
    assert "a reference is not closed" in text
    assert lines == {6, 8, 9, 12, 13, 16, 17, 18, 24, 27, 28}
    assert found == sorted(found, key=lambda p: tuple(int(x) for x in p.split(":")[1:3]))  # in file order


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: x\nsteps: {}\n", "no steps"),
        ("name: x\nsteps: [{type: shell, with: {run: ls}}]\n", "a step in a list needs a name"),
        ("name: x\nsteps:\n  a: {type: shell, with: {run: ls}, retry: 2}\n", "steps.a.retry: unknown key"),
        ("name: x\nsteps:\n  a-b: {type: shell, with: {run: ls}}\n", "step name 'a-b'"),
        ("name: x\nsteps:\n  a: {type: shell, with: {run: ls}, needs: a}\n", "a step cannot need itself"),
        ("name: x\nsteps:\n  a: {type: shell, with: {run: '${{ steps.a.outputs.stdout }}'}}\n", "refers to itself"),
        ("name: x\nsteps:\n  a: {type: shell, with: {run: '${{ steps.a }}'}}\n", "steps.NAME.outputs.KEY"),
        ("name: x\nsteps:\n  a: {type: shell, if: 'x > 1', with: {run: ls}}\n", "unknown name 'x'"),
        ("name: x\nsteps:\n  a: {type: shell, if: '${{ 1 + 1 }}', with: {run: ls}}\n", "binop is not allowed"),
        ("name: x\nsteps:\n  a: {type: python, with: {function: nocolon}}\n", "give module:function"),
        ("name: x\nsteps:\n  a: {type: gate, with: {metrics: {}}}\n", "give metric"),
        ("steps:\n  a: {type: shell, with: {run: ls}}\n", "name: Field required"),
        ("name: x\nsteps:\n  a: {type: shell\n", "invalid YAML"),
    ],
)
def test_one_problem_each(text, message):
    assert any(message in p for p in problems(text)), problems(text)


def test_python_outputs_are_open_and_shell_outputs_declared():
    wf = parse_workflow(
        "name: x\nsteps:\n  a: {type: python, with: {function: 'm:f', n: 1}}\n"
        "  b: {type: shell, with: {run: 'echo ${{ steps.a.outputs.anything }}'}}\n"
    )
    assert wf.steps["b"].deps == ["a"]
    found = problems(
        "name: x\nsteps:\n  a: {type: shell, with: {run: ls}}\n"
        "  b: {type: shell, with: {run: '${{ steps.a.outputs.out }}'}}\n"
    )
    assert any("has no output 'out'; its outputs: exit_code, stdout, stderr" in p for p in found)


def test_expressions_evaluate_without_eval():
    scope = expr.Scope(
        {"floor": 0.5, "name": "bot"},
        {
            "e": {"status": "succeeded", "outputs": {"metrics": {"exact_match": 0.75}, "ok": True}},
            "s": {"status": "skipped", "outputs": None},
        },
    )
    assert expr.evaluate(expr.parse("steps.e.outputs.metrics.exact_match >= params.floor"), scope) is True
    assert expr.evaluate(expr.parse("steps.e.outputs.ok && !(params.name == 'x')"), scope) is True
    assert expr.evaluate(expr.parse("steps.s.status == 'skipped' or false"), scope) is True
    assert expr.evaluate(expr.parse("params.name in ['bot', 'other']"), scope) is True
    assert expr.render("${{ steps.e.outputs.metrics }}", scope) == {"exact_match": 0.75}
    said = expr.render("score ${{ steps.e.outputs.metrics.exact_match }} for ${{ params.name }}", scope)
    assert said == "score 0.75 for bot"
    with pytest.raises(expr.ExprError, match="skipped"):
        expr.evaluate(expr.parse("steps.s.outputs.x"), scope)
    lenient = expr.Scope(scope.params, scope.steps, lenient=True)
    assert expr.evaluate(expr.parse("steps.s.outputs.x"), lenient) is None
    with pytest.raises(expr.ExprError, match="has no 'nope'"):
        expr.render("${{ steps.e.outputs.nope }}", scope)
    for bad in ("__import__('os')", "params.__class__()", "(lambda: 1)()", "params[0:1]"):
        with pytest.raises(expr.ExprError):
            expr.parse(bad)


def test_graph_text_lists_layers_and_edges():
    wf = parse_workflow(GOOD, "flow.yaml")
    drawn = graph.text(wf)
    assert drawn == graph.text(parse_workflow(GOOD, "flow.yaml"))  # deterministic
    assert drawn.splitlines()[0] == "workflow demo: 7 step(s) in 6 layer(s)"
    assert "layer 2\n  split     [data.split]     ← validate\n  notify    [shell]          ← validate" in drawn
    assert "retries 1; timeout 600s" in drawn
    assert "(if steps.gate.outputs.passed && params.model != 'x'; no cache)" in drawn
    assert "edges\n  validate → split\n  validate → notify\n  split → train" in drawn
    marked = graph.text(wf, {"validate": "succeeded", "split": "failed"})
    assert "✓ validate" in marked and "✗ split" in marked


def test_graph_svg_is_well_formed_with_a_box_per_step_and_an_edge_per_dependency():
    wf = parse_workflow(GOOD, "flow.yaml")
    drawn = graph.svg(wf)
    assert drawn == graph.svg(parse_workflow(GOOD, "flow.yaml"))
    root = ET.fromstring(drawn)
    ns = {"s": "http://www.w3.org/2000/svg"}
    steps = [g.get("data-step") for g in root.findall("s:g[@class='step']", ns)]
    assert sorted(steps) == sorted(wf.steps)
    edges = {(p.get("data-from"), p.get("data-to")) for p in root.findall("s:path[@class='edge']", ns)}
    assert edges == {(d, n) for n, s in wf.steps.items() for d in s.deps}
    assert "<script" not in drawn
    ys = {g.get("data-step"): float(g.find("s:rect", ns).get("y")) for g in root.findall("s:g", ns)}
    assert ys["validate"] < ys["split"] == ys["notify"] < ys["train"]  # layers top to bottom
    coloured = graph.svg(wf, {"validate": "failed"})
    assert 'data-status="failed"' in coloured and "#f9d6d5" in coloured


def test_cli_validate_and_graph(tmp_path: Path):
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(GOOD)
    bad.write_text(BAD)
    r = runner.invoke(app, ["workflow", "validate", str(good)])
    assert r.exit_code == 0, r.output
    assert "valid" in r.output and "7 step(s) in 6 layer(s)" in r.output
    r = runner.invoke(app, ["workflow", "validate", str(bad)])
    assert r.exit_code == 2
    assert f"{bad}:8:5: steps.train.type: unknown step type 'trian'" in r.output
    assert "Traceback" not in r.output
    r = runner.invoke(app, ["workflow", "validate", str(tmp_path / "missing.yaml")])
    assert r.exit_code == 2 and "cannot read" in r.output

    r = runner.invoke(app, ["workflow", "graph", str(good)])
    assert r.exit_code == 0 and r.stdout == graph.text(load_workflow(good))
    r = runner.invoke(app, ["workflow", "graph", str(good), "--format", "svg", "-o", str(tmp_path / "g.svg")])
    assert r.exit_code == 0, r.output
    ET.fromstring((tmp_path / "g.svg").read_text())
    r = runner.invoke(app, ["workflow", "graph", str(good), "--format", "png"])
    assert r.exit_code == 2


def test_the_shipped_example_is_valid():
    example = Path(__file__).resolve().parents[2] / "examples" / "workflows" / "finetune.yaml"
    wf = load_workflow(example)
    assert [s.type.name for s in wf.steps.values()] == ["data.validate", "train", "eval", "gate", "register", "promote"]
    assert wf.order() == list(wf.steps)
