"""A LoRA fine-tuning run: PEFT adapters on the base model, trained in stages, resumable.

A run is one or more stages (domain adaptation is raw text first, then the task), each a list of
examples, a number of epochs and a learning rate. The order of examples in an epoch is drawn
from the seed, stage and epoch; dropout's random state from the seed and the step; so a run
killed at any point and resumed from its last checkpoint takes exactly the steps the
uninterrupted run would have taken. Checkpoints (the adapter, the optimizer and scheduler, the
position) go to `OUT/checkpoints/step-N` every `checkpoint_steps` steps and at each epoch's end.

Events (`on_event`) report progress: `metrics` events with the step, train loss (per task in a
mix), learning rate, tokens/s and ETA; validation loss; `message` events for what happens.
`should_stop` is asked before each step: a cancelled run checkpoints and raises Cancelled.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from keel.training.config import TrainConfig
from keel.training.encode import Encoded, Example, Renderer, encode_rows, read_rows
from keel.training.loss import collate, scheduler, token_losses
from keel.training.model import BaseSource, load_base, resolve_base

log = logging.getLogger(__name__)

Event = dict[str, Any]
KEEP_CHECKPOINTS = 3


class Cancelled(Exception):
    """The run was asked to stop; its last checkpoint is on disk."""


@dataclass
class Stage:
    name: str
    examples: list[Example]
    epochs: int
    learning_rate: float
    max_steps: int | None = None


@dataclass
class TrainResult:
    output_dir: Path
    adapter_dir: Path
    gguf: Path | None
    base: BaseSource
    steps: int
    trained_tokens: int
    metrics: dict[str, Any]
    checkpoints: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "output_dir": str(self.output_dir),
            "adapter_dir": str(self.adapter_dir),
            "gguf": str(self.gguf) if self.gguf else None,
            "base": self.base.name,
            "steps": self.steps,
            "trained_tokens": self.trained_tokens,
            "metrics": self.metrics,
        }


def config_hash(cfg: TrainConfig) -> str:
    """What a checkpoint must match to be resumed (everything that shapes the steps)."""
    data = cfg.model_dump(exclude={"register_", "output_dir", "export_gguf", "log_steps"})
    return hashlib.sha256(orjson.dumps(data, option=orjson.OPT_SORT_KEYS)).hexdigest()[:16]


DATA_SUFFIXES = (".jsonl", ".json", ".txt", ".md")


def resolve_data(ref: str, resolver: Callable[[str], str] | None) -> str:
    """A path for REF: a file or folder as it is, else a registry dataset reference (NAME,
    NAME/VERSION, NAME@LABEL) when there is a registry to ask."""
    from keel.training.data import DataError, Problem

    p = Path(ref).expanduser()
    if p.exists():
        return str(p)
    if resolver is None or p.suffix in DATA_SUFFIXES:
        raise DataError(ref, [Problem(0, "no such file or folder")])
    return resolver(ref)


class Run:
    def __init__(
        self,
        cfg: TrainConfig,
        output_dir: str | Path | None = None,
        *,
        on_event: Callable[[Event], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
        dataset_resolver: Callable[[str], str] | None = None,
    ) -> None:
        self.cfg = cfg
        out = output_dir or cfg.output_dir
        if out is None:
            raise ValueError("a training run needs an output directory")
        self.out = Path(out).expanduser()
        self.on_event = on_event or (lambda e: None)
        self.should_stop = should_stop or (lambda: False)
        self.resolver = dataset_resolver
        self.base = resolve_base(cfg.base)
        self.hash = config_hash(cfg)
        self._read: dict[str, list[dict[str, Any]]] = {}

    # ------------------------------------------------------------------ events

    def message(self, text: str, level: str = "info", **data: Any) -> None:
        log.info("%s", text)
        self.on_event({"type": "message", "level": level, "message": text, "data": data or None})

    def metrics(self, text: str, **data: Any) -> None:
        self.on_event({"type": "metrics", "level": "info", "message": text, "data": data})

    # ------------------------------------------------------------------ data

    def _rows(self, ref: str) -> list[dict[str, Any]]:
        if ref not in self._read:
            self._read[ref] = read_rows(resolve_data(ref, self.resolver))
        return self._read[ref]

    def read_data(self) -> None:
        """Read (and check) every dataset the run names, before the model is loaded."""
        cfg = self.cfg
        refs = [cfg.train, cfg.validation, *(t.data for t in cfg.tasks)]
        refs += [cfg.domain.data] if cfg.domain else []
        refs += [cfg.replay.data, cfg.replay.eval] if cfg.replay else []
        for ref in refs:
            if ref:
                self._rows(ref)

    def _encode(self, r: Renderer, rows: list[dict[str, Any]], task: str | None = None) -> Encoded:
        enc = encode_rows(r, rows, self.cfg.hyperparameters.max_seq_len, task)
        if enc.dropped:
            self.message(
                f"{enc.dropped} rows dropped: their answer alone is longer than max_seq_len "
                f"({self.cfg.hyperparameters.max_seq_len} tokens)",
                level="warn",
            )
        if enc.truncated:
            self.message(f"{enc.truncated} rows truncated to max_seq_len (oldest context tokens cut)", level="warn")
        return enc

    def stages(self, r: Renderer) -> tuple[list[Stage], list[Example], list[Example]]:
        """(stages, validation examples, old-task evaluation examples for continual runs)."""
        cfg, hp = self.cfg, self.cfg.hyperparameters
        rng = random.Random(cfg.seed)
        stages: list[Stage] = []
        old_eval: list[Example] = []
        if cfg.strategy == "domain":
            assert cfg.domain is not None
            text = self._encode(r, self._rows(cfg.domain.data), task="domain").examples
            lr = cfg.domain.learning_rate or hp.learning_rate
            stages.append(Stage("domain", text, cfg.domain.epochs, lr, hp.max_steps))
        if cfg.strategy == "multitask":
            pools = []
            for t in cfg.tasks:
                rows = self._rows(t.data)
                if t.prefix:
                    rows = [_prefixed(row, t.prefix) for row in rows]
                pools.append((t, self._encode(r, rows, task=t.name).examples))
            total = sum(len(p) for _, p in pools)
            weights = sum(t.weight for t, _ in pools)
            mixed: list[Example] = []
            for t, pool in pools:
                want = max(1, round(total * t.weight / weights))
                mixed += _draw(pool, want, rng)
            stages.append(Stage("multitask", mixed, hp.epochs, hp.learning_rate, hp.max_steps))
        elif cfg.train:
            task = self._encode(
                r, self._rows(cfg.train), task="task" if cfg.strategy != "continual" else "new"
            ).examples
            if cfg.strategy == "continual" and cfg.replay is not None and cfg.replay.share > 0:
                old = self._encode(r, self._rows(cfg.replay.data), task="replay").examples
                want = round(len(task) * cfg.replay.share / (1 - cfg.replay.share))
                task = task + _draw(old, want, rng)
                old_eval = self._encode(r, self._rows(cfg.replay.eval or cfg.replay.data), task="old").examples
            stages.append(Stage("task", task, hp.epochs, hp.learning_rate, hp.max_steps))
        for s in stages:
            if not s.examples:
                raise ValueError(f"stage {s.name!r} has no training examples")
        val = self._encode(r, self._rows(cfg.validation), task="validation").examples if cfg.validation else []
        return stages, val, old_eval

    # ------------------------------------------------------------------ the model

    def _model(self) -> tuple[Any, Any]:
        from peft import LoraConfig, PeftModel, get_peft_model

        model, tok = load_base(self.base)
        model.config.use_cache = False
        if self.cfg.from_adapter:
            adapter = _adapter_dir(Path(self.cfg.from_adapter).expanduser())
            model = PeftModel.from_pretrained(model, str(adapter), is_trainable=True)
            self.message(f"continuing from the adapter in {adapter}")
        else:
            lc = self.cfg.lora
            model = get_peft_model(
                model,
                LoraConfig(
                    r=lc.r,
                    lora_alpha=lc.alpha,
                    lora_dropout=lc.dropout,
                    target_modules=list(lc.target_modules),
                    task_type="CAUSAL_LM",
                ),
            )
        return model, tok

    # ------------------------------------------------------------------ run

    def run(self) -> TrainResult:
        import torch

        cfg, hp = self.cfg, self.cfg.hyperparameters
        started = time.monotonic()
        self.out.mkdir(parents=True, exist_ok=True)
        _seed_all(cfg.seed)
        self.read_data()
        self.message(f"loading the base model {self.base.name}")
        model, tok = self._model()
        r = Renderer(tok, cfg.chat_template)
        stages, val, old_eval = self.stages(r)
        pad = tok.pad_token_id if tok.pad_token_id is not None else 0
        plan = [(s, self._steps_per_epoch(s), s.epochs) for s in stages]
        total = sum(_stage_steps(s, per, ep) for s, per, ep in plan)
        self.message(
            f"training {sum(p.numel() for p in model.parameters() if p.requires_grad):,} LoRA parameters; "
            f"{', '.join(f'{s.name}: {len(s.examples)} examples' for s in stages)}; {total} steps",
            total_steps=total,
        )
        forgetting: dict[str, float] = {}
        if old_eval:
            forgetting["old_task_loss_before"] = self.loss(model, old_eval, pad)

        state = self._resume(model)
        global_step = state["global_step"]
        tokens = state["tokens"]
        history: list[dict[str, Any]] = state["history"]
        checkpoints: list[dict[str, Any]] = state["checkpoints"]
        last: dict[str, Any] = state.get("last", {})
        t_run = time.monotonic()
        steps_this_process = 0

        for si, (stage, per_epoch, epochs) in enumerate(plan):
            if si < state["stage"]:
                continue
            trainable = [p for p in model.parameters() if p.requires_grad]
            opt = torch.optim.AdamW(trainable, lr=stage.learning_rate, weight_decay=hp.weight_decay)
            stage_total = _stage_steps(stage, per_epoch, epochs)
            sched = scheduler(opt, hp.scheduler, round(stage_total * hp.warmup_ratio), stage_total)
            stage_step = 0
            if si == state["stage"] and state.get("optimizer") is not None:
                opt.load_state_dict(state["optimizer"])
                sched.load_state_dict(state["scheduler"])
                stage_step = state["stage_step"]
            for epoch in range(epochs):
                if stage_step >= stage_total:
                    break
                order = list(range(len(stage.examples)))
                random.Random(f"{cfg.seed}/{si}/{epoch}").shuffle(order)
                micro = hp.batch_size
                per_step = micro * hp.grad_accum
                first = stage_step - epoch * per_epoch
                if first >= per_epoch:
                    continue
                model.train()
                for k in range(max(first, 0), per_epoch):
                    if stage_step >= stage_total:
                        break
                    if self.should_stop():
                        self._checkpoint(
                            model, opt, sched, si, stage_step, global_step, tokens, history, checkpoints, last
                        )
                        raise Cancelled(f"stopped at step {global_step}")
                    idx = order[k * per_step : (k + 1) * per_step]
                    batches = [[stage.examples[i] for i in idx[j : j + micro]] for j in range(0, len(idx), micro)]
                    t0 = time.monotonic()
                    torch.manual_seed(cfg.seed * 1_000_003 + global_step)
                    n_labels = sum(e.n_labels for b in batches for e in b)
                    step_loss = 0.0
                    step_tokens = 0
                    by_task: dict[str, list[float]] = {}
                    for b in batches:
                        ids, mask, labels = collate(b, pad)
                        per_token = token_losses(model, ids, mask, labels, hp.logits_budget_mb)
                        loss = per_token.sum() / max(n_labels, 1)
                        loss.backward()
                        step_loss += float(loss.detach())
                        sums = per_token.detach().sum(1)
                        for e, s_ in zip(b, sums.tolist(), strict=True):
                            acc = by_task.setdefault(e.task, [0.0, 0.0])
                            acc[0] += s_
                            acc[1] += e.n_labels
                        step_tokens += int(mask.sum())
                    tokens += step_tokens
                    torch.nn.utils.clip_grad_norm_(trainable, hp.max_grad_norm)
                    lr = sched.get_last_lr()[0]  # the rate this step used
                    opt.step()
                    sched.step()
                    opt.zero_grad(set_to_none=True)
                    stage_step += 1
                    global_step += 1
                    steps_this_process += 1
                    dt = time.monotonic() - t0
                    elapsed = time.monotonic() - t_run
                    eta = elapsed / steps_this_process * (total - global_step)
                    last = {
                        "step": global_step,
                        "total_steps": total,
                        "stage": stage.name,
                        "epoch": epoch + 1,
                        "train_loss": round(step_loss, 5),
                        "learning_rate": lr,
                        "tokens_per_s": round(step_tokens / dt, 1),
                        "eta_s": round(eta, 1),
                    }
                    if len(by_task) > 1:
                        last["task_loss"] = {t: round(a / max(n, 1), 5) for t, (a, n) in sorted(by_task.items())}
                    history.append({"step": global_step, "train_loss": last["train_loss"]})
                    if global_step % cfg.log_steps == 0 or global_step == total:
                        self.metrics(f"step {global_step}/{total}: train loss {step_loss:.4f}", **last)
                    if val and cfg.eval_steps and global_step % cfg.eval_steps == 0:
                        last["valid_loss"] = self._validate(model, val, pad, global_step, total)
                        model.train()
                    if global_step % cfg.checkpoint_steps == 0:
                        self._checkpoint(
                            model, opt, sched, si, stage_step, global_step, tokens, history, checkpoints, last
                        )
                if val and not cfg.eval_steps:
                    last["valid_loss"] = self._validate(model, val, pad, global_step, total)
                self._checkpoint(model, opt, sched, si, stage_step, global_step, tokens, history, checkpoints, last)

        model.eval()
        adapter = self.out / "adapter"
        if adapter.exists():
            shutil.rmtree(adapter)
        model.save_pretrained(str(adapter))
        (adapter / "keel.json").write_bytes(
            orjson.dumps({"base": self.base.name, "base_gguf": str(self.base.gguf) if self.base.gguf else None})
        )
        metrics: dict[str, Any] = {
            "train_loss": last.get("train_loss"),
            "valid_loss": last.get("valid_loss"),
            "steps": global_step,
            "trained_tokens": tokens,
            "seconds": round(time.monotonic() - started, 1),
        }
        if old_eval:
            forgetting["old_task_loss_after"] = self.loss(model, old_eval, pad)
            forgetting["forgetting"] = round(forgetting["old_task_loss_after"] - forgetting["old_task_loss_before"], 5)
            metrics.update(forgetting)
            self.metrics(
                f"old task loss {forgetting['old_task_loss_before']:.4f} -> {forgetting['old_task_loss_after']:.4f}",
                **forgetting,
            )
        gguf_path = None
        if cfg.export_gguf and self.base.gguf is not None:
            from keel.training.export import lora_to_gguf

            gguf_path = lora_to_gguf(adapter, self.base.gguf, self.out / "adapter.gguf")
            self.message(f"wrote the llama.cpp adapter {gguf_path}")
        (self.out / "metrics.json").write_text(json.dumps(metrics, indent=2))
        self.message(f"done: {global_step} steps, {tokens} tokens", **metrics)
        return TrainResult(self.out, adapter, gguf_path, self.base, global_step, tokens, metrics, checkpoints)

    # ------------------------------------------------------------------ pieces

    def _steps_per_epoch(self, stage: Stage) -> int:
        hp = self.cfg.hyperparameters
        return max(1, math.ceil(len(stage.examples) / (hp.batch_size * hp.grad_accum)))

    def _validate(self, model: Any, val: list[Example], pad: int, step: int, total: int) -> float:
        loss = self.loss(model, val, pad)
        self.metrics(f"step {step}/{total}: validation loss {loss:.4f}", step=step, valid_loss=loss)
        return loss

    def loss(self, model: Any, examples: list[Example], pad: int) -> float:
        """Mean token loss of EXAMPLES' labels (no gradient)."""
        import torch

        model.eval()
        total, n = 0.0, 0
        bs = self.cfg.hyperparameters.batch_size
        with torch.no_grad():
            for i in range(0, len(examples), bs):
                b = examples[i : i + bs]
                ids, mask, labels = collate(b, pad)
                total += float(token_losses(model, ids, mask, labels).sum())
                n += sum(e.n_labels for e in b)
        return round(total / max(n, 1), 5)

    def _checkpoint(
        self,
        model: Any,
        opt: Any,
        sched: Any,
        stage: int,
        stage_step: int,
        global_step: int,
        tokens: int,
        history: list[dict[str, Any]],
        checkpoints: list[dict[str, Any]],
        last: dict[str, Any],
    ) -> None:
        import torch

        root = self.out / "checkpoints"
        final = root / f"step-{global_step}"
        if final.exists():
            return
        tmp = root / f".step-{global_step}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        model.save_pretrained(str(tmp / "adapter"))
        torch.save({"optimizer": opt.state_dict(), "scheduler": sched.state_dict()}, tmp / "trainer.pt")
        entry = {
            "step": global_step,
            "path": str(final),
            "metrics": {k: last[k] for k in ("train_loss", "valid_loss") if k in last},
            "created_at": time.time(),
        }
        checkpoints.append(entry)
        state = {
            "config_hash": self.hash,
            "stage": stage,
            "stage_step": stage_step,
            "global_step": global_step,
            "tokens": tokens,
            "history": history,
            "checkpoints": checkpoints,
            "last": last,
        }
        (tmp / "state.json").write_bytes(orjson.dumps(state))
        tmp.rename(final)
        (root / "latest").write_text(final.name)
        pruned = []
        for old in sorted(root.glob("step-*"), key=lambda p: int(p.name.split("-")[1]))[:-KEEP_CHECKPOINTS]:
            shutil.rmtree(old, ignore_errors=True)
            pruned.append(str(old))
        self.on_event(
            {
                "type": "checkpoint",
                "level": "info",
                "message": f"checkpoint at step {global_step}",
                "data": {**entry, "pruned": pruned},
            }
        )

    def _resume(self, model: Any) -> dict[str, Any]:
        fresh = {"stage": 0, "stage_step": 0, "global_step": 0, "tokens": 0, "history": [], "checkpoints": []}
        root = self.out / "checkpoints"
        latest = root / "latest"
        if not latest.exists():
            return fresh
        ck = root / latest.read_text().strip()
        if not (ck / "state.json").exists():
            return fresh
        state = orjson.loads((ck / "state.json").read_bytes())
        if state.get("config_hash") != self.hash:
            raise ValueError(
                f"{self.out} holds the checkpoints of a run with another configuration: resume it with "
                f"that configuration, or give this run another output folder (or delete {root})"
            )
        import torch
        from peft import set_peft_model_state_dict
        from safetensors.torch import load_file

        set_peft_model_state_dict(model, load_file(str(ck / "adapter" / "adapter_model.safetensors")))
        trainer = torch.load(ck / "trainer.pt", weights_only=False)
        state["optimizer"] = trainer["optimizer"]
        state["scheduler"] = trainer["scheduler"]
        self.message(f"resuming from the checkpoint at step {state['global_step']}", step=state["global_step"])
        return state


# ---------------------------------------------------------------------------------- helpers


def _prefixed(row: dict[str, Any], prefix: str) -> dict[str, Any]:
    row = dict(row)
    if "prompt" in row:
        row["prompt"] = f"{prefix}{row['prompt']}"
    elif "messages" in row:
        msgs = [dict(m) for m in row["messages"]]
        for m in msgs:
            if m["role"] == "user":
                m["content"] = f"{prefix}{m['content']}"
                break
        row["messages"] = msgs
    return row


def _draw(pool: list[Example], n: int, rng: random.Random) -> list[Example]:
    """N examples from POOL: whole passes over it in a seeded order, then a seeded sample."""
    if not pool or n <= 0:
        return []
    out: list[Example] = []
    while len(out) + len(pool) <= n:
        out += pool
    return out + rng.sample(pool, n - len(out))


def _stage_steps(stage: Stage, per_epoch: int, epochs: int) -> int:
    steps = per_epoch * epochs
    return min(steps, stage.max_steps) if stage.max_steps else steps


def _adapter_dir(p: Path) -> Path:
    """A PEFT adapter folder: P itself, or P/adapter (a run's output folder)."""
    if (p / "adapter_config.json").exists():
        return p
    if (p / "adapter" / "adapter_config.json").exists():
        return p / "adapter"
    raise ValueError(f"{p}: no LoRA adapter here (expected adapter_config.json)")


def _seed_all(seed: int) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)
