"""LoRA runs on the real Gemma 3 270M: every strategy briefly, checkpoints, resume after kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from keel.training.config import TrainConfig
from keel.training.trainer import Cancelled, Run

TINY = {"epochs": 1, "batch_size": 2, "max_seq_len": 64, "learning_rate": 1e-3}


def cfg(**kw) -> TrainConfig:
    hp = {**TINY, **kw.pop("hyperparameters", {})}
    return TrainConfig(lora={"r": 4, "alpha": 8}, hyperparameters=hp, checkpoint_steps=1, **kw)


def run(c: TrainConfig, out: Path, **kw):
    events: list[dict] = []
    result = Run(c, out, on_event=events.append, **kw).run()
    return result, events


@pytest.fixture(scope="module")
def task_run(tiny_data, tmp_path_factory):
    out = tmp_path_factory.mktemp("task")
    c = cfg(train=str(tiny_data["train"]), validation=str(tiny_data["val"]), hyperparameters={"max_steps": 3})
    return c, out, *run(c, out)


def test_task_tuning_trains_checkpoints_and_exports_a_gguf_adapter(task_run):
    _, out, result, events = task_run
    assert result.steps == 3
    steps = [e["data"] for e in events if e["type"] == "metrics" and "train_loss" in (e["data"] or {})]
    assert [s["step"] for s in steps] == [1, 2, 3]
    assert all(s["tokens_per_s"] > 0 and "eta_s" in s for s in steps)
    assert result.metrics["valid_loss"] > 0
    assert (out / "adapter" / "adapter_model.safetensors").exists()
    assert sorted(p.name for p in (out / "checkpoints").glob("step-*")) == ["step-1", "step-2", "step-3"]
    from gguf import GGUFReader

    reader = GGUFReader(str(result.gguf))
    assert reader.get_field("general.type").contents() == "adapter"
    assert reader.get_field("adapter.lora.alpha").contents() == 8.0
    names = {t.name for t in reader.tensors}
    assert "blk.0.attn_q.weight.lora_a" in names and "blk.17.attn_output.weight.lora_b" in names


def test_loss_is_on_completions_only(task_run):
    from transformers import AutoTokenizer

    from keel.training.encode import IGNORE, Renderer, encode_rows
    from keel.training.model import hf_folder, resolve_base

    tok = AutoTokenizer.from_pretrained(hf_folder(resolve_base(None)))
    ex = encode_rows(Renderer(tok), [{"prompt": "Warranty?", "completion": "26 months."}], 64).examples[0]
    learned = tok.decode([t for t, label in zip(ex.input_ids, ex.labels, strict=True) if label != IGNORE])
    assert learned == " 26 months.<eos>"
    assert tok.decode(ex.input_ids).startswith("<bos>User: Warranty?\nAssistant:")


def test_a_killed_run_resumes_from_its_checkpoint_and_takes_the_same_steps(task_run, tiny_data, tmp_path):
    c, _, whole, events = task_run
    want = [e["data"]["train_loss"] for e in events if e["type"] == "metrics" and "train_loss" in (e["data"] or {})]
    out = tmp_path / "killed"
    script = (
        "import sys, time\n"
        "from keel.training.config import TrainConfig\n"
        "from keel.training.trainer import Run\n"
        f"c = TrainConfig.model_validate_json({c.model_dump_json()!r})\n"
        "def stall():\n"
        f"    done = __import__('pathlib').Path({str(out)!r}) / 'checkpoints' / 'step-1'\n"
        "    return done.exists() and time.sleep(600)\n"
        f"Run(c, {str(out)!r}, should_stop=stall).run()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 300
    while not (out / "checkpoints" / "step-1").exists():
        assert proc.poll() is None, "the run ended before its first checkpoint"
        assert time.monotonic() < deadline
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "adapter").exists()
    result, events2 = run(c, out)
    assert any("resuming from the checkpoint at step 1" in e["message"] for e in events2)
    got = [e["data"]["train_loss"] for e in events2 if e["type"] == "metrics" and "train_loss" in (e["data"] or {})]
    assert got == pytest.approx(want[1:], rel=1e-4)  # steps 2 and 3, as the uninterrupted run took them
    assert result.steps == whole.steps


def test_cancel_stops_at_a_checkpoint(tiny_data, tmp_path):
    c = cfg(train=str(tiny_data["train"]), hyperparameters={"max_steps": 4})
    calls = {"n": 0}

    def stop() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    with pytest.raises(Cancelled):
        Run(c, tmp_path, should_stop=stop).run()
    assert (tmp_path / "checkpoints" / "latest").read_text() == "step-1"


def test_domain_adaptation_then_task(tiny_data, tmp_path):
    c = cfg(
        strategy="domain",
        domain={"data": str(tiny_data["text"]), "epochs": 1},
        train=str(tiny_data["train"]),
        hyperparameters={"max_steps": 1},
        export_gguf=False,
    )
    result, events = run(c, tmp_path)
    stages = [e["data"]["stage"] for e in events if e["type"] == "metrics" and "stage" in (e["data"] or {})]
    assert stages == ["domain", "task"]
    assert result.steps == 2


def test_multitask_mixes_by_weight_and_reports_loss_per_task(tiny_data, tmp_path):
    c = cfg(
        strategy="multitask",
        tasks=[
            {"name": "support", "data": str(tiny_data["train"]), "weight": 3, "prefix": "[support] "},
            {"name": "general", "data": str(tiny_data["old"]), "weight": 1},
        ],
        hyperparameters={"max_steps": 2, "batch_size": 6},
        export_gguf=False,
    )
    run_ = Run(c, tmp_path)
    from transformers import AutoTokenizer

    from keel.training.encode import Renderer

    stages, _, _ = run_.stages(
        Renderer(AutoTokenizer.from_pretrained(__import__("keel.training.model", fromlist=["x"]).hf_folder(run_.base)))
    )
    tasks = [e.task for e in stages[0].examples]
    assert tasks.count("support") == 9 and tasks.count("general") == 3  # 12 rows, weights 3:1
    _, events = run(c, tmp_path)
    per_task = [e["data"]["task_loss"] for e in events if e["type"] == "metrics" and "task_loss" in (e["data"] or {})]
    assert per_task and set(per_task[0]) <= {"support", "general"}


def test_continual_goes_on_from_an_adapter_with_replay_and_reports_forgetting(task_run, tiny_data, tmp_path):
    _, first_out, _, _ = task_run
    c = cfg(
        strategy="continual",
        from_adapter=str(first_out),
        train=str(tiny_data["old"]),
        replay={"data": str(tiny_data["train"]), "share": 0.5},
        hyperparameters={"max_steps": 2},
        export_gguf=False,
    )
    result, events = run(c, tmp_path)
    assert any("continuing from the adapter" in e["message"] for e in events)
    m = result.metrics
    assert m["old_task_loss_before"] > 0 and m["old_task_loss_after"] > 0
    assert m["forgetting"] == pytest.approx(m["old_task_loss_after"] - m["old_task_loss_before"], abs=1e-4)


def test_configuration_errors_name_the_problem(tmp_path):
    from keel.config import ConfigError
    from keel.training.config import load_config

    p = tmp_path / "train.yaml"
    p.write_text("strategy: multitask\ntasks: []\nhyperparameters:\n  epochs: 0\n  lr: 3\n")
    with pytest.raises(ConfigError) as e:
        load_config(p)
    text = str(e.value)
    assert "train.yaml:3" in text or "train.yaml:4" in text
    assert "hyperparameters.lr: unknown key" in text


def test_a_hugging_face_model_folder_is_a_base_too(tiny_data, tmp_path):
    from keel.training.model import hf_folder, resolve_base

    folder = hf_folder(resolve_base(None))  # the GGUF's conversion: a plain HF folder
    c = cfg(base=str(folder), train=str(tiny_data["train"]), hyperparameters={"max_steps": 1})
    result, _ = run(c, tmp_path)
    assert result.base.hf_dir == folder and result.base.gguf is None
    assert result.gguf is None  # no GGUF base: the adapter stays a PEFT folder (not servable by llama.cpp)
    assert (tmp_path / "adapter" / "adapter_model.safetensors").exists()


def test_the_chunked_loss_equals_the_whole_batch_loss(tiny_data):
    import torch
    from peft import LoraConfig, get_peft_model

    from keel.training.encode import Renderer, encode_rows, read_rows
    from keel.training.loss import collate, token_losses
    from keel.training.model import load_base, resolve_base

    model, tok = load_base(resolve_base(None))
    model = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], lora_dropout=0.0))
    examples = encode_rows(Renderer(tok), read_rows(tiny_data["text"]), 64).examples[:6]
    ids, mask, labels = collate(examples, tok.pad_token_id)
    assert int((labels[:, 1:] != -100).sum()) > 256  # more than one chunk
    lora_b = next(p for n, p in model.named_parameters() if "lora_B" in n)
    with torch.no_grad():
        lora_b.normal_(std=0.02)  # a non-zero adapter, so gradients reach lora_A too
    out = {}
    for budget in (2048, 64):  # whole (1 MiB a position here) and in recomputed chunks of 256
        model.zero_grad()
        loss = token_losses(model, ids, mask, labels, budget).sum()
        loss.backward()
        out[budget] = (float(loss.detach()), lora_b.grad.clone())
    assert out[64][0] == pytest.approx(out[2048][0], rel=1e-5)
    assert torch.allclose(out[64][1], out[2048][1], rtol=1e-4, atol=1e-7)
