"""Training-data tools on real files: validation by line, token stats with the model's tokenizer,
duplicates, seeded and stratified splits, conversion, and augmentations tagged with their origin."""

from __future__ import annotations

import collections
import hashlib

import orjson
import pytest
from typer.testing import CliRunner

from keel.cli.main import app
from keel.training import augment, data
from tests.upstreams.openai_server import UpstreamServer


def write(path, rows):
    path.write_bytes(b"".join((r if isinstance(r, bytes) else orjson.dumps(r)) + b"\n" for r in rows))
    return path


PC = [
    {"prompt": f"Question {i}?", "completion": f"Answer {i}.", "task": "qa" if i % 3 else "chitchat"} for i in range(30)
]


def test_validate_reports_every_problem_by_line(tmp_path):
    path = write(
        tmp_path / "d.jsonl",
        [
            {"prompt": "a", "completion": "b"},
            b"{not json",
            {"prompt": "a"},
            {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]},
            {"prompt": "a", "completion": "  "},
            [1, 2],
        ],
    )
    report = data.validate(path)
    assert not report.ok and report.format == "prompt_completion" and report.rows == 5
    assert [(p.line, p.message.split(" (")[0]) for p in report.problems] == [
        (2, "not valid JSON"),
        (3, "completion: required, a string"),
        (4, "a chat row in a prompt_completion file"),
        (5, "completion: empty"),
        (6, "a row must be a JSON object"),
    ]
    chat = write(
        tmp_path / "c.jsonl",
        [
            {"messages": [{"role": "user", "content": "hi"}]},
            {"messages": [{"role": "robot", "content": "x"}, {"role": "assistant", "content": "y"}]},
        ],
    )
    msgs = [str(p) for p in data.validate(chat).problems]
    assert msgs[0] == "line 1: messages: the last message must be the assistant's (what the model learns)"
    assert "line 2: messages[0].role: one of" in msgs[1]
    with pytest.raises(data.DataError, match=r"d\.jsonl:2: not valid JSON"):
        data.load(path)


def test_stats_count_tokens_with_the_models_tokenizer(tmp_path):
    path = write(tmp_path / "d.jsonl", [*PC[:5], {"prompt": "word " * 300, "completion": "ok"}])
    tok = data.Tokenizer.default(context=128)
    report = data.stats(path, tok)
    assert report["rows"] == 6 and report["format"] == "prompt_completion"
    assert report["over_context"] == 1 and report["context"] == 128  # the 300-word prompt
    assert report["tokens"]["prompt"]["max"] > 300 > report["tokens"]["prompt"]["min"]
    assert report["tokens_total"] == sum(
        tok.count_prompt(r) + tok.count_completion(r["completion"]) for r in PC[:5]
    ) + (tok.count_prompt({"prompt": "word " * 300}) + tok.count_completion("ok"))
    assert report["tasks"] == {"": 1, "chitchat": 2, "qa": 3}  # rows 0-4 of PC; the sixth has no task


def test_dedupe_drops_exact_and_near_duplicates_and_keeps_the_first():
    rows = [
        {"prompt": "Where is my order?", "completion": "Let me check."},
        {"prompt": "where is my ORDER", "completion": "let me check"},  # exact after normalising
        {"prompt": "Where is my order??!", "completion": "Let me check it."},  # near
        {"prompt": "Cancel my subscription", "completion": "Done."},
    ] + [  # 600 rows unlike each other (random hex), more than one comparison block
        {"prompt": hashlib.sha256(str(i).encode()).hexdigest(), "completion": str(i)} for i in range(600)
    ]
    kept, removed = data.dedupe(rows, near=0.9)
    assert removed == {"exact": 1, "near": 1}
    assert kept[0]["prompt"] == "Where is my order?" and len(kept) == len(rows) - 2
    kept, removed = data.dedupe(rows, near=None)
    assert removed == {"exact": 1, "near": 0}


def test_split_is_seeded_and_stratified():
    train, valid = data.split(PC, validation=0.2, seed=3, stratify="task")
    assert len(train) + len(valid) == 30 and not ({r["prompt"] for r in train} & {r["prompt"] for r in valid})
    assert collections.Counter(r["task"] for r in valid) == {"qa": 4, "chitchat": 2}  # 20% of 20 and of 10
    assert data.split(PC, 0.2, seed=3, stratify="task") == (train, valid)
    assert data.split(PC, 0.2, seed=4, stratify="task")[1] != valid
    with pytest.raises(ValueError, match="no field 'label'"):
        data.split(PC, 0.2, stratify="label")


def test_convert_both_ways_keeps_other_fields():
    chat = data.convert(PC[:2], "chat", system="Be brief.")
    assert (
        chat[0]["messages"]
        == [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Question 0?"},
            {"role": "assistant", "content": "Answer 0."},
        ]
        and chat[0]["task"] == "chitchat"
    )
    back = data.convert(chat, "prompt_completion")
    assert back[1] == {"prompt": "Be brief.\n\nQuestion 1?", "completion": "Answer 1.", "task": "qa"}


def test_noise_and_synthesis_tag_their_rows():
    noisy = augment.noise(PC[:10], copies=2, rate=0.5, seed=1)
    assert len(noisy) == 20 and all(r["origin"]["kind"] == "noise" for r in noisy)
    assert [r["completion"] for r in noisy[:2]] == ["Answer 0.", "Answer 0."]  # the answer stays
    assert any(r["prompt"] != PC[int(r["origin"]["row"]) - 1]["prompt"] for r in noisy)
    assert augment.noise(PC[:10], copies=2, rate=0.5, seed=1) == noisy  # seeded
    rows = augment.synthesize(
        {
            "prompt": "Convert {{ n }} {{ unit }} to metres",
            "completion": "{{ n }} {{ unit }}",
            "task": "units",
            "variables": {"n": [1, 2, 3], "unit": ["feet", "yards"]},
        }
    )
    assert len(rows) == 6 and rows[0]["origin"] == {"kind": "template", "values": {"n": 1, "unit": "feet"}}
    assert rows[-1]["prompt"] == "Convert 3 yards to metres" and rows[0]["task"] == "units"
    sampled = {"prompt": "{{ a }}", "completion": "x", "variables": {"a": list(range(50))}, "samples": 7}
    assert len(augment.synthesize(sampled)) == 7


def test_paraphrase_through_the_gateway_with_keel_client(tmp_path):
    import keel
    from keel.config import ModelSettings, Settings, StorageSettings

    up = UpstreamServer("para").start()
    try:
        settings = Settings(
            storage=StorageSettings(url=f"sqlite:///{tmp_path}/k.db"),
            models=[ModelSettings(name="writer", provider="openai_compat", params={"base_url": up.base_url})],
        )
        with keel.Client(settings=settings) as client:
            rows = [
                {"prompt": "Where is my order?", "completion": "Checking."},
                {"messages": [{"role": "user", "content": "Cancel it"}, {"role": "assistant", "content": "Done."}]},
            ]
            out = client.data.paraphrase(rows, model="writer")
        assert len(out) == 2 and len(up.requests) == 2
        assert out[0]["prompt"].startswith("para: Rewrite the following text") and out[0]["completion"] == "Checking."
        assert out[1]["messages"][0]["content"].endswith("Cancel it") and out[1]["origin"] == {
            "kind": "paraphrase",
            "row": 2,
            "model": "writer",
        }
    finally:
        up.stop()


def test_cli_tools_end_to_end(tmp_path):
    runner = CliRunner()

    class Said:
        def __init__(self, result):
            self.exit_code = result.exit_code
            self.output = " ".join(result.output.split())  # Rich wraps at 80 columns here

    def invoke(args):
        return Said(runner.invoke(app, args))

    src = write(tmp_path / "d.jsonl", [*PC, PC[0]])
    r = invoke(["data", "validate", str(src)])
    assert r.exit_code == 0 and "31 rows, prompt_completion: valid" in r.output
    r = invoke(["data", "dedupe", str(src), "-o", str(tmp_path / "u.jsonl"), "--exact-only"])
    assert r.exit_code == 0 and "30 of 31 rows kept" in r.output
    r = runner.invoke(
        app,
        [
            "data",
            "split",
            str(tmp_path / "u.jsonl"),
            "--train",
            str(tmp_path / "t.jsonl"),
            "--validation",
            str(tmp_path / "v.jsonl"),
            "--share",
            "0.2",
            "--stratify",
            "task",
        ],
    )
    assert r.exit_code == 0 and "24 training rows" in r.output
    bad = write(tmp_path / "bad.jsonl", [{"prompt": "x"}])
    r = invoke(["data", "validate", str(bad)])
    assert r.exit_code == 1 and "bad.jsonl:1:" in r.output and "completion: required" in r.output
    r = invoke(["data", "convert", str(bad), "-o", str(tmp_path / "c.jsonl"), "--to", "chat"])
    assert r.exit_code == 1 and "is not a valid dataset" in r.output and "Traceback" not in r.output
