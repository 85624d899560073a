"""Batch throughput: a 1,000-row batch against a loopback upstream, on the local and the Ray
back-ends, side by side with the live gateway at the same concurrency.

One loopback upstream (`bench/upstream_fast.py`, answering every request after --delay-ms, as a
model would) serves every side. Two `keel serve` processes run on it with the same keel.yaml but
for `jobs.backend`: local (the gateway's in-process worker) and ray (Ray Data over an actor pool of
--actors, each with its own services; Ray started by the gateway). For each concurrency C:

  live   1,000 chat requests through POST /v1/chat/completions, C in flight (httpx, one client)
  local  the same 1,000 requests as one batch (/v1/files + /v1/batches, concurrency C), timed from
         create to `completed` as the client sees it (validation and the output file included)
  ray    the same on the Ray gateway (C requests in flight across the actors)

Prompts are unique per row and run, so no side is served from the response cache. A warm-up batch
runs first on each gateway (Ray's actors start there). The target: batch rows/s ≥ 0.8× live rps.

    .venv/bin/python bench/batch.py [--rows 1000] [--concurrency 1 8 32] [--delay-ms 20] [--actors 2] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import free_port, log

HERE = Path(__file__).parent
MODEL = "bench-model"
TARGET = 0.8


def wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: the process exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not become ready")


def start_gateway(
    tmp: Path, name: str, upstream: str, backend: str, actors: int
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    cfg = tmp / f"{name}.yaml"
    cfg.write_text(
        f"server:\n  port: {port}\n"
        f"storage:\n  url: sqlite:///{tmp}/{name}.db\n"
        f"models:\n  - name: {MODEL}\n    provider: openai_compat\n    params:\n      base_url: {upstream}\n"
        f"jobs:\n  backend: {backend}\n  ray_address: local\n  ray_actors: {actors}\n  poll_s: 0.05\n"
    )
    env = {**os.environ, "KEEL_HOME": str(tmp / f"home-{name}")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "keel.cli.main", "serve", "--config", str(cfg), "--log-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    wait_ready(f"{url}/readyz", proc)
    return proc, url


def body(i: int, run: str) -> dict[str, Any]:
    return {
        "model": MODEL,
        "messages": [{"role": "user", "content": f"row {i} of run {run}: classify this review"}],
        "max_tokens": 16,
    }


async def live(url: str, rows: int, conc: int, run: str) -> float:
    """Rows per second of ROWS live requests, CONC in flight."""
    limits = httpx.Limits(max_connections=conc, max_keepalive_connections=conc)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=120) as client:
        todo = iter(range(rows))

        async def lane() -> None:
            for i in todo:
                r = await client.post("/v1/chat/completions", json=body(i, run))
                r.raise_for_status()

        t = time.perf_counter()
        await asyncio.gather(*(lane() for _ in range(conc)))
        return rows / (time.perf_counter() - t)


def batch(url: str, rows: int, conc: int, run: str) -> float:
    """Rows per second of one batch of ROWS lines at concurrency CONC, create → completed."""
    lines = b"".join(
        orjson.dumps({"custom_id": f"r{i}", "method": "POST", "url": "/v1/chat/completions", "body": body(i, run)})
        + b"\n"
        for i in range(rows)
    )
    with httpx.Client(base_url=url, timeout=120) as client:
        f = client.post("/v1/files", files={"file": ("in.jsonl", lines)}, data={"purpose": "batch"}).json()
        t = time.perf_counter()
        b = client.post("/v1/batches", json={"input_file_id": f["id"], "endpoint": "/v1/chat/completions",
                                             "completion_window": "24h", "concurrency": conc}).json()  # fmt: skip
        while True:
            b = client.get(f"/v1/batches/{b['id']}").json()
            if b["status"] in ("completed", "failed", "cancelled"):
                break
            time.sleep(0.02)
        elapsed = time.perf_counter() - t
    if b["status"] != "completed" or b["request_counts"]["completed"] != rows:
        raise RuntimeError(f"batch {b['id']}: {b['status']} {b['request_counts']} {b.get('errors')}")
    return rows / elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    ap.add_argument("--delay-ms", type=float, default=20.0, help="the upstream's latency per request")
    ap.add_argument("--actors", type=int, default=2, help="Ray actors calling the pipeline")
    ap.add_argument("--no-ray", action="store_true", help="leave out the Ray back-end")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    procs: list[subprocess.Popen[bytes]] = []
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="keel-bench-batch-") as d:
        tmp = Path(d)
        try:
            up_port = free_port()
            up_cmd = [sys.executable, str(HERE / "upstream_fast.py"), "--port", str(up_port), "--model", MODEL]
            up = subprocess.Popen([*up_cmd, "--delay-ms", str(args.delay_ms)], stdout=subprocess.DEVNULL)
            procs.append(up)
            upstream = f"http://127.0.0.1:{up_port}/v1"
            wait_ready(f"{upstream}/models", up)
            gateways = {"local": start_gateway(tmp, "local", upstream, "local", args.actors)}
            procs.append(gateways["local"][0])
            if not args.no_ray:
                gateways["ray"] = start_gateway(tmp, "ray", upstream, "ray", args.actors)
                procs.append(gateways["ray"][0])
            for name, (_, url) in gateways.items():
                log(f"warming up {name}")
                batch(url, 50, 8, f"warm-{name}")
            url = gateways["local"][1]
            asyncio.run(live(url, 50, 8, "warm-live"))
            for c in args.concurrency:
                row: dict[str, Any] = {"concurrency": c}
                row["live_rps"] = asyncio.run(live(url, args.rows, c, f"live-{c}"))
                for name, (_, gw) in gateways.items():
                    row[f"{name}_rows_s"] = batch(gw, args.rows, c, f"{name}-{c}")
                    row[f"{name}_ratio"] = row[f"{name}_rows_s"] / row["live_rps"]
                log(f"concurrency {c}: {row}")
                results.append(row)
        finally:
            for p in procs:
                p.terminate()
            for p in procs:
                try:
                    p.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    p.kill()
    if args.json:
        print(
            json.dumps(
                {"rows": args.rows, "delay_ms": args.delay_ms, "actors": args.actors, "results": results}, indent=2
            )
        )
        return
    names = ["local"] + ([] if args.no_ray else ["ray"])
    print(
        f"\n{args.rows} rows, upstream latency {args.delay_ms:g} ms, Ray actors {args.actors};"
        f" target batch ≥ {TARGET}× live"
    )
    head = f"{'conc':>5} {'live rps':>9}" + "".join(f" {n + ' rows/s':>13} {n + ' ×live':>11}" for n in names)
    print(head)
    for r in results:
        line = f"{r['concurrency']:>5} {r['live_rps']:>9.1f}"
        for n in names:
            line += f" {r[n + '_rows_s']:>13.1f} {r[n + '_ratio']:>10.2f}×"
        print(line)


if __name__ == "__main__":
    main()
