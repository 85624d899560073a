"""Fine-tuning costs on this machine, measured side by side in one run.

Part 1, training: seconds per optimizer step and peak resident memory of a LoRA run on the
packaged Gemma 3 270M (read from its GGUF, fp32 on the CPU) for ranks 8 and 16, q/k/v/o, at
sequence length 256: every example is a full 256-token window of raw text (every position
learned, the heaviest case; completion-only rows cost less), batch size `--batch` (default 8).
Rank 16 runs twice: with the loss over the whole batch's logits at once (the default under
`logits_budget_mb`: 2 GiB of logits here) and in recomputed chunks (`logits_budget_mb: 64`).
Each row runs in a fresh process (so its peak RSS is its own), `--steps` steps (default 4),
the first discarded as warm-up; printed: median s/step, tokens/s, peak RSS (MiB).

Part 2, evaluation throughput: rows/s of the eval harness (keel.evaluation) over `--eval-rows`
held-out questions of examples/finetune/data/test.jsonl against the base model in process
(keyword_hit and token_f1, temperature 0, max 48 tokens, concurrency 1: one llama.cpp context).

Part 3, serving: single-stream decode tokens/s of the base GGUF alone and of the base with a
LoRA adapter GGUF (rank 16 on q/k/v/o, written by keel.training.export from a trained adapter)
through llama-cpp-python, 128 tokens greedy from the same prompt, the two taking turns
`--rounds` times (default 5); printed: median tokens/s each and tuned / base.

    .venv/bin/python bench/finetune.py [--steps 4] [--batch 8] [--eval-rows 40] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "examples" / "finetune" / "data"


def one_rank(rank: int, steps: int, batch: int, out: str, budget_mb: int = 2048) -> dict:
    """(in a child process) time STEPS optimizer steps of a rank-RANK run at length 256."""
    from keel.training.config import TrainConfig
    from keel.training.trainer import Run

    text = (DATA / "facts.md").read_text(encoding="utf-8")
    rows = Path(out) / "text.jsonl"
    rows.write_text("".join(json.dumps({"text": text}) + "\n" for _ in range(batch * steps)))
    cfg = TrainConfig(
        strategy="domain",
        domain={"data": str(rows)},
        train=str(DATA / "support.jsonl"),
        lora={"r": rank, "alpha": 2 * rank},
        hyperparameters={
            "batch_size": batch,
            "max_seq_len": 256,
            "max_steps": steps,
            "epochs": 1,
            "logits_budget_mb": budget_mb,
        },
        checkpoint_steps=10_000,
        export_gguf=False,
    )
    times: list[float] = []
    tokens: list[float] = []
    last = [time.monotonic()]

    def on_event(e: dict) -> None:
        d = e.get("data") or {}
        if e["type"] == "metrics" and d.get("stage") == "domain" and "train_loss" in d:
            now = time.monotonic()
            times.append(now - last[0])
            tokens.append(d["tokens_per_s"])
            last[0] = now
        elif e["type"] == "message" and "training" in e["message"]:
            last[0] = time.monotonic()

    def stop() -> bool:
        return len(times) >= steps

    from keel.training.trainer import Cancelled

    try:
        Run(cfg, out, on_event=on_event, should_stop=stop).run()
    except Cancelled:
        pass  # stopped once the domain stage's steps are timed
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kept = times[1:] or times
    return {
        "rank": rank,
        "loss": "whole" if budget_mb >= 2048 else "chunked",
        "s_per_step": statistics.median(kept),
        "tokens_per_s": statistics.median(tokens[1:] or tokens),
        "peak_rss_mib": peak,
    }


def training(steps: int, batch: int) -> list[dict]:
    out = []
    for rank, budget in ((8, 2048), (16, 2048), (16, 64)):
        with tempfile.TemporaryDirectory() as d:
            code = (
                f"import json, sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import finetune; "
                f"print(json.dumps(finetune.one_rank({rank}, {steps}, {batch}, {d!r}, {budget})))"
            )
            res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            out.append(json.loads(res.stdout.strip().splitlines()[-1]))
    return out


def evaluation(n: int) -> dict:
    from keel import Client
    from keel.config import ModelSettings, Settings, StorageSettings
    from keel.evaluation.harness import run_eval_sync
    from keel.evaluation.spec import EvalSpec

    rows = [json.loads(x) for x in (DATA / "test.jsonl").read_text().splitlines() if x.strip()][:n]
    with tempfile.TemporaryDirectory() as d:
        settings = Settings(
            storage=StorageSettings(url=f"sqlite:///{d}/keel.db"),
            models=[ModelSettings(name="gemma-3-270m", provider="llama_cpp", params={"n_ctx": 1024})],
        )
        spec = EvalSpec(
            name="bench",
            rows=rows,
            targets=[{"model": "gemma-3-270m"}],
            metrics=["keyword_hit", "token_f1"],
            params={"temperature": 0, "max_tokens": 48},
            concurrency=1,
        )
        with Client(settings=settings) as client:
            run_eval_sync(spec.model_copy(update={"rows": rows[:2]}), client)  # warm-up
            t0 = time.monotonic()
            run_eval_sync(spec, client)
            dt = time.monotonic() - t0
    return {"rows": n, "seconds": dt, "rows_per_s": n / dt}


def serving(rounds: int) -> dict:
    from llama_cpp import Llama

    from keel.providers.model_files import resolve_gguf
    from keel.training.config import TrainConfig
    from keel.training.trainer import Run

    base = str(resolve_gguf(None, None))
    with tempfile.TemporaryDirectory() as d:
        cfg = TrainConfig(
            train=str(DATA / "support.jsonl"),
            lora={"r": 16, "alpha": 32},
            hyperparameters={"batch_size": 4, "max_seq_len": 64, "max_steps": 2},
            checkpoint_steps=10_000,
        )
        adapter = Run(cfg, d).run().gguf
        llms = {
            "base": Llama(base, n_ctx=512, verbose=False),
            "tuned": Llama(base, n_ctx=512, lora_path=str(adapter), verbose=False),
        }
        speeds: dict[str, list[float]] = {k: [] for k in llms}
        for _ in range(rounds):
            for name, llm in llms.items():
                llm.reset()
                t0 = time.perf_counter()
                out = llm("The history of the lighthouse", max_tokens=128, temperature=0)
                n = out["usage"]["completion_tokens"]
                speeds[name].append(n / (time.perf_counter() - t0))
    med = {k: statistics.median(v) for k, v in speeds.items()}
    return {"base_tokens_per_s": med["base"], "tuned_tokens_per_s": med["tuned"], "ratio": med["tuned"] / med["base"]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--eval-rows", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    print("1. LoRA training, Gemma 3 270M fp32 on CPU, q/k/v/o, seq 256, batch", args.batch)
    print(f"   {'rank':>4} {'loss':>8} {'s/step':>8} {'tokens/s':>9} {'peak RSS MiB':>13}")
    for r in training(args.steps, args.batch):
        row = f"{r['rank']:>4} {r['loss']:>8} {r['s_per_step']:>8.2f} {r['tokens_per_s']:>9.0f}"
        print(f"   {row} {r['peak_rss_mib']:>13.0f}")
    e = evaluation(args.eval_rows)
    rate = f"{e['rows']} rows in {e['seconds']:.1f}s = {e['rows_per_s']:.2f} rows/s"
    print(f"2. eval harness: {rate} (base model, at most 48 tokens per answer)")
    s = serving(args.rounds)
    print(
        f"3. served decode, 128 tokens greedy: base {s['base_tokens_per_s']:.1f} tok/s, "
        f"tuned (LoRA r16 GGUF) {s['tuned_tokens_per_s']:.1f} tok/s, tuned/base {s['ratio']:.3f}"
    )


if __name__ == "__main__":
    main()
