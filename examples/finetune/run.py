"""The whole fine-tuning loop in one command, on this machine's CPU:

    .venv/bin/python examples/finetune/run.py [--quick]

validate data/support.jsonl → seeded train/validation split → LoRA on Gemma 3 270M (train.yaml)
→ evaluate base vs tuned on data/test.jsonl (customer questions written apart from the training
rows, never seen in training) → register the adapter with its lineage → serve it through
llama.cpp as `ondrasca-support` → print base vs tuned side by side. Everything stays under
examples/finetune/out (its own database); a second run resumes or reuses what is there.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="a few steps and 20 test rows (a smoke run)")
    args = ap.parse_args()

    from keel import Client
    from keel.config import ModelSettings, RegistrySettings, Settings, StorageSettings
    from keel.evaluation.harness import run_eval_sync
    from keel.evaluation.spec import EvalSpec
    from keel.store.engine import make_engine, migrate
    from keel.training import data
    from keel.training.config import load_config
    from keel.training.publish import register
    from keel.training.trainer import Run

    out = HERE / "out"
    out.mkdir(exist_ok=True)
    db = f"sqlite:///{out / 'keel.db'}"

    # 1. validate and split
    report = data.validate(HERE / "data" / "support.jsonl")
    if not report.ok:
        print("\n".join(map(str, report.problems)))
        return 1
    _, rows = data.load(HERE / "data" / "support.jsonl")
    train, val = data.split(rows, 0.1, seed=7, stratify="fact")
    data.write_jsonl(HERE / "data" / "train.jsonl", train)
    data.write_jsonl(HERE / "data" / "val.jsonl", val)
    print(f"1. data: {report.rows} rows valid; split {len(train)} train / {len(val)} validation")

    # 2. train
    cfg = load_config(HERE / "train.yaml")
    if args.quick:
        cfg.hyperparameters.max_steps = 4
        cfg.output_dir = str(out / "quick")
    t0 = time.monotonic()

    def on_event(e):
        d = e.get("data") or {}
        if e["type"] == "metrics" and "train_loss" in d and d["step"] % 10 == 0:
            speed = f"{d['tokens_per_s']:.0f} tokens/s, eta {d['eta_s']:.0f}s"
            print(f"   step {d['step']}/{d['total_steps']} loss {d['train_loss']:.3f} ({speed})")
        elif "valid_loss" in d:
            print(f"   {e['message']}")

    result = Run(cfg, on_event=on_event).run()
    print(f"2. trained {result.steps} steps in {time.monotonic() - t0:.0f}s: {json.dumps(result.metrics)}")

    # 3. register and serve
    engine = make_engine(db)
    migrate(engine)
    ref = register(engine, cfg, result, str(result.output_dir))
    engine.dispose()
    print(f"3. registered {ref} (alias staging), served as {cfg.register_.serve}")

    # 4. evaluate base vs tuned through the gateway (in process), on questions never trained on
    settings = Settings(
        storage=StorageSettings(url=db),
        models=[ModelSettings(name="gemma-3-270m", provider="llama_cpp", params={"n_ctx": 1024})],
        registry=RegistrySettings(poll_s=0),
    )
    test_rows = [json.loads(line) for line in (HERE / "data" / "test.jsonl").read_text().splitlines() if line.strip()]
    if args.quick:
        test_rows = test_rows[:20]
    spec = EvalSpec(
        name="ondrasca-support",
        rows=test_rows,
        targets=[{"model": "gemma-3-270m", "name": "base"}, {"model": cfg.register_.serve, "name": "tuned"}],
        metrics=["keyword_hit", "token_f1", "rouge_l", "latency_ms"],
        params={"temperature": 0, "max_tokens": 48},
        concurrency=1,
    )
    with Client(settings=settings) as client:
        run = run_eval_sync(spec, client)
    print(f"4. evaluation on {len(test_rows)} held-out customer questions (temperature 0):")
    print(f"   {'metric':<14}{'base (95% CI)':>24}{'tuned (95% CI)':>24}")
    for metric in ("keyword_hit", "token_f1", "rouge_l", "latency_ms"):
        cells = []
        for name in ("base", "tuned"):
            a = run.targets[name].aggregates[metric]
            cells.append(f"{a.mean:.3f} [{a.ci_low:.3f}, {a.ci_high:.3f}]")
        print(f"   {metric:<14}{cells[0]:>24}{cells[1]:>24}")
    (out / "eval.json").write_text(json.dumps(run.to_dict(), indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
