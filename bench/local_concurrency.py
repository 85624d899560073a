"""Concurrent streams on the local model: Keel's batched engine vs. one-at-a-time serving.

N clients stream completions at once (N = 1, 2, 4, 8, 16), each with its own raw prompt, greedy
decoding, the same max_tokens; per level it reports the aggregate tokens/s (all generated tokens
/ wall time from the first request to the last token; the median of --repeats runs) and TTFT
p50/p95 over the requests of all runs.

Sides, run one after the other on the same GGUF and n_threads (only one works at a time):

  keel slots=S   `keel serve` with the llama_cpp model's `slots: S` (the batched engine)
  keel slots=1   `keel serve` as configured by default (one request at a time)
  llama.cpp srv  `python -m llama_cpp.server` (one worker), when its extra deps are installed
  direct         llama-cpp-python `create_completion(stream=True)` in this process, 1 stream

Single stream against direct: while each Keel side's server is up, --rounds rounds of one Keel
stream and one direct stream, alternating, each round on a prompt neither side has seen; the
ratio is of the medians (one 48-token stream lasts about a second, and this machine's speed
drifts by ±10% from one second to the next: a lone pair of runs says little).

Then the greedy divergence of batched decoding: --divergence prompts answered one at a time
and 16 at a time by the batched engine, and how many answers differ (llama.cpp's numbers for a
token depend on the batch it is decoded in: docs/providers.md).

    .venv/bin/python bench/local_concurrency.py [--levels 1,2,4,8,16] [--max-tokens 48] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import PACKAGE, Direct, KeelServer, free_port, log

TOPICS = [
    "the Roman Empire", "the Ming dynasty", "the steam engine", "the printing press", "the Silk Road",
    "the Inca roads", "the telescope", "the Hanseatic League", "the Vikings", "the Byzantine navy",
    "the Aztec calendar", "the Mongol post", "the Nile floods", "the Greek theatre", "the Maya script",
    "the Venetian glass", "the Khmer temples", "the Persian gardens", "the Gothic cathedrals", "the tea trade",
]  # fmt: skip


def prompt(i: int) -> str:
    return f"The history of {TOPICS[i % len(TOPICS)]}"


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


async def one_stream(client: Any, model: str, text: str, max_tokens: int) -> tuple[float, int, str]:
    """(TTFT, generated tokens, text) of one streamed completion; times from the request start."""
    body = {
        "model": model, "prompt": text, "max_tokens": max_tokens, "temperature": 0, "stream": True,
        "stream_options": {"include_usage": True},
    }  # fmt: skip
    t0 = time.perf_counter()
    ttft = None
    tokens = 0
    pieces = []
    async with client.stream("POST", "/v1/completions", json=body) as r:
        r.raise_for_status()
        async for line in r.aiter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            data = json.loads(line[6:])
            for choice in data.get("choices") or ():
                if choice.get("text"):
                    if ttft is None:
                        ttft = time.perf_counter() - t0
                    pieces.append(choice["text"])
                    tokens += 1  # a fallback count, replaced by usage when the server sends it
            if data.get("usage"):
                tokens = data["usage"]["completion_tokens"]
    return (ttft if ttft is not None else float("nan")), tokens, "".join(pieces)


async def level(
    base_url: str, model: str, n: int, max_tokens: int, offset: int = 0, texts: list[str] | None = None
) -> dict[str, Any]:
    import httpx

    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(base_url=base_url, timeout=900, limits=limits) as client:
        t0 = time.perf_counter()
        texts = texts or [prompt(offset + i) for i in range(n)]
        runs = await asyncio.gather(*(one_stream(client, model, text, max_tokens) for text in texts))
        wall = time.perf_counter() - t0
    ttfts = [r[0] for r in runs]
    tokens = sum(r[1] for r in runs)
    return {
        "streams": n,
        "tokens": tokens,
        "wall_s": round(wall, 3),
        "tok_s": round(tokens / wall, 2),
        "ttft_p50_s": round(pct(ttfts, 0.5), 3),
        "ttft_p95_s": round(pct(ttfts, 0.95), 3),
        "ttfts": ttfts,
        "texts": [r[2] for r in runs],
    }


def repeated(base_url: str, model: str, n: int, args: argparse.Namespace) -> dict[str, Any]:
    """Level N run --repeats times: the median aggregate tok/s, TTFT percentiles over every request."""
    runs = [asyncio.run(level(base_url, model, n, args.max_tokens, offset=k * n)) for k in range(args.repeats)]
    ttfts = [t for r in runs for t in r.pop("ttfts")]
    return {
        "streams": n,
        "tok_s": statistics.median(r["tok_s"] for r in runs),
        "tok_s_runs": [r["tok_s"] for r in runs],
        "ttft_p50_s": round(pct(ttfts, 0.5), 3),
        "ttft_p95_s": round(pct(ttfts, 0.95), 3),
        "texts": runs[0]["texts"],
    }


class OpenAIServer:
    """An OpenAI-compatible server in a subprocess (llama-cpp-python's own)."""

    def __init__(self, cmd: list[str], port: int, log_path: Path) -> None:
        self.cmd, self.port, self.log_path = cmd, port, log_path
        self.base_url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float) -> None:
        import httpx

        with self.log_path.open("wb") as out:
            self.proc = subprocess.Popen(self.cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.cmd[2]} exited: {self.log_path.read_text(errors='replace')[-2000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.base_url}/v1/models", timeout=2).status_code == 200:
                    return
            time.sleep(0.3)
        raise RuntimeError("llama_cpp.server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=15)
            if self.proc.poll() is None:
                self.proc.kill()


def llama_server_missing() -> str | None:
    try:
        import llama_cpp.server.app  # noqa: F401
    except ImportError as exc:
        return f"llama-cpp-python's server is not usable here ({exc}; `pip install 'llama-cpp-python[server]'`)"
    return None


def keel_server(gguf: Path, args: argparse.Namespace, slots: int, tmp: Path) -> KeelServer:
    work = tmp / f"keel-{slots}"
    work.mkdir()
    server = KeelServer(gguf, args.n_ctx, args.n_threads, free_port(), work)
    config = json.loads(server.config.read_text())
    params = config["models"][0]["params"]
    if slots > 1:
        params.update(slots=slots, ctx_per_slot=args.ctx_per_slot, max_queue=64)
    config["models"][0]["routing"] = {"retries": 0}
    server.config.write_text(json.dumps(config, indent=2) + "\n")
    return server


def run_side(
    name: str, server: Any, model: str, args: argparse.Namespace, direct: Direct | None = None
) -> dict[str, Any]:
    log(f"{name}: starting ...")
    server.start(args.startup_timeout)
    try:
        asyncio.run(level(server.base_url, model, 1, 8))  # warm-up
        out: dict[Any, Any] = {}
        for n in args.levels:
            out[n] = repeated(server.base_url, model, n, args)
            log(f"{name}: {n:>2} streams  {out[n]['tok_s']:7.2f} tok/s (median of {out[n]['tok_s_runs']})"
                f"  ttft p50 {out[n]['ttft_p50_s']:.2f}s")  # fmt: skip
        if direct is not None:
            out["vs_direct"] = against_direct(name, server.base_url, model, direct, args)
        if name.startswith("keel slots=") and not name.endswith("=1") and args.divergence:
            out["divergence"] = divergence(server.base_url, model, args)
        return out
    finally:
        server.stop()


def against_direct(name: str, base_url: str, model: str, direct: Direct, args: argparse.Namespace) -> dict[str, Any]:
    """ROUNDS single streams through the server and direct, alternating, on fresh prompts."""
    keel, mine, ttft_k, ttft_d = [], [], [], []
    for r in range(args.rounds):
        text = f"{prompt(r)}, part {r + 2}"  # new to both sides: no prefix of it in either KV cache
        k = asyncio.run(level(base_url, model, 1, args.max_tokens, texts=[text]))
        d = direct.run(text, args.max_tokens)
        keel.append(k["tok_s"])
        ttft_k.append(k["ttft_p50_s"])
        mine.append(round(d.tok_s, 2))
        ttft_d.append(round(d.ttft_s, 3))
    med = statistics.median
    ratio = med(keel) / med(mine)
    log(f"{name} vs direct, 1 stream, {args.rounds} rounds: {med(keel):.2f} / {med(mine):.2f} tok/s = {ratio:.3f}x")
    return {
        "keel_tok_s": keel, "direct_tok_s": mine, "keel_ttft_s": ttft_k, "direct_ttft_s": ttft_d,
        "keel_median": med(keel), "direct_median": med(mine), "ratio": round(ratio, 3),
    }  # fmt: skip


def divergence(base_url: str, model: str, args: argparse.Namespace) -> dict[str, int]:
    """Greedy answers of the same prompts alone vs. 16 at a time on the batched engine."""
    n = args.divergence
    alone = [asyncio.run(level(base_url, model, 1, args.max_tokens, offset=i))["texts"][0] for i in range(n)]
    together: list[str] = []
    for start in range(0, n, 16):
        together += asyncio.run(level(base_url, model, min(16, n - start), args.max_tokens, offset=start))["texts"]
    differ = sum(a != b for a, b in zip(alone, together, strict=True))
    log(f"divergence: {differ}/{n} greedy answers differ between alone and 16 at a time")
    return {"prompts": n, "differ": differ}


def table(results: dict[str, Any], args: argparse.Namespace) -> str:
    sides = [s for s in results["sides"] if results["sides"][s]]
    head = "streams | " + " | ".join(f"{s} tok/s | TTFT p50/p95 s" for s in sides)
    lines = [head, "-" * len(head)]
    for n in args.levels:
        cells = []
        for s in sides:
            r = results["sides"][s][n]
            cells.append(f"{r['tok_s']:>8.2f} | {r['ttft_p50_s']:.2f} / {r['ttft_p95_s']:.2f}")
        lines.append(f"{n:>7} | " + " | ".join(cells))
    batched = results["sides"].get(f"keel slots={args.slots}")
    single = results["sides"].get("keel slots=1")
    if batched:
        base = batched[args.levels[0]]["tok_s"]
        lines.append("")
        lines.append(
            "batched aggregate vs its own 1 stream: "
            + ", ".join(f"{n}: {batched[n]['tok_s'] / base:.2f}x" for n in args.levels)
        )
        if single:
            lines.append(
                "batched vs slots=1 at the same load: "
                + ", ".join(f"{n}: {batched[n]['tok_s'] / single[n]['tok_s']:.2f}x" for n in args.levels)
            )
        for label, side in ((f"keel slots={args.slots}", batched), ("keel slots=1", single)):
            v = (side or {}).get("vs_direct")
            if v:
                lines.append(
                    f"1 stream, {label} vs direct (medians of {len(v['keel_tok_s'])} alternating rounds): "
                    f"{v['keel_median']:.2f} / {v['direct_median']:.2f} tok/s = {v['ratio']:.3f}x "
                    f"(TTFT p50 {statistics.median(v['keel_ttft_s']):.3f}s"
                    f" / {statistics.median(v['direct_ttft_s']):.3f}s)"
                )
        if "divergence" in batched:
            dv = batched["divergence"]
            lines.append(f"greedy divergence, alone vs 16 at a time: {dv['differ']}/{dv['prompts']} answers differ")
    for note in results["notes"]:
        lines.append(f"note: {note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--levels", default="1,2,4,8,16", help="concurrent streams per level")
    ap.add_argument("--max-tokens", type=int, default=48)
    ap.add_argument("--slots", type=int, default=16, help="the batched Keel server's slots")
    ap.add_argument("--ctx-per-slot", type=int, default=512)
    ap.add_argument("--n-ctx", type=int, default=2048, help="the one-at-a-time sides' context")
    ap.add_argument("--n-threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeats", type=int, default=3, help="runs of each level (its tok/s: the median)")
    ap.add_argument("--rounds", type=int, default=7, help="alternating single-stream rounds against direct")
    ap.add_argument("--divergence", type=int, default=32, help="prompts for the divergence check (0: skip)")
    ap.add_argument("--skip", default="", help="comma-separated sides to skip: single,llama_server,direct")
    ap.add_argument("--model-path", type=Path)
    ap.add_argument("--startup-timeout", type=float, default=240.0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    args.levels = [int(x) for x in args.levels.split(",")]
    skip = set(filter(None, args.skip.split(",")))
    if args.model_path is None:
        from keel.providers.model_files import assemble_packaged_gguf

        args.model_path = assemble_packaged_gguf(PACKAGE)
    gguf = args.model_path.resolve()
    results: dict[str, Any] = {"sides": {}, "notes": [], "config": {k: str(v) for k, v in vars(args).items()}}
    direct = None
    if "direct" not in skip:
        direct = Direct(gguf, args.n_ctx, args.n_threads)
        direct.run(prompt(0), 8, warmup=True)
    with tempfile.TemporaryDirectory(prefix="keel-bench-conc-") as tmp:
        t = Path(tmp)
        model = "gemma-3-270m"
        results["sides"][f"keel slots={args.slots}"] = run_side(
            f"keel slots={args.slots}", keel_server(gguf, args, args.slots, t), model, args, direct
        )
        if "single" not in skip:
            results["sides"]["keel slots=1"] = run_side(
                "keel slots=1", keel_server(gguf, args, 1, t), model, args, direct
            )
        missing = llama_server_missing()
        if missing:
            results["notes"].append(f"llama.cpp srv column skipped: {missing}")
        elif "llama_server" not in skip:
            port = free_port()
            cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--n_ctx", str(args.n_ctx),
                   "--n_threads", str(args.n_threads), "--port", str(port), "--model_alias", model]  # fmt: skip
            results["sides"]["llama.cpp srv"] = run_side(
                "llama.cpp srv", OpenAIServer(cmd, port, t / "llama_server.log"), model, args
            )
    for side in results["sides"].values():
        for n in args.levels:
            side[n].pop("texts", None)
    print(json.dumps(results, indent=2) if args.json else table(results, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
