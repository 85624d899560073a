"""Gateway overhead: the same HTTP load against a fast upstream directly, through Keel, through LiteLLM.

One loopback OpenAI-compatible upstream (`bench/upstream_fast.py`: a raw asyncio protocol on
uvloop that answers every POST with one canned chat completion in a few µs) and three targets:

  (a) direct:  wrk -> upstream
  (b) keel:    wrk -> `python -m keel.cli.main serve -c CONFIG` -> upstream. One model whose
               deployment is provider openai_compat pointing at the upstream; the default chat
               pipeline plus the exact cache (preprocess, limits, cache, generate, postprocess;
               no limit configured); API keys on (`auth.enabled`, a master key and the static
               key `bench` given by its SHA-256: every request sends it as a bearer token);
               request log on (SQLite in a temporary KEEL_HOME); Prometheus metrics on. Its main
               row, "keel", sends distinct bodies: every request is an exact-cache miss (lookup,
               generation, and the write after the response).
  (c) litellm: wrk -> `litellm --config CFG --port P --num_workers 1` (litellm[proxy], in its own
               venv, default bench/.venv-litellm) -> upstream. model_list entry `openai/<name>`
               with `api_base` the upstream and a dummy `api_key`; as LiteLLM's production guide
               has it, less what needs a database, Redis or Slack: the same bearer key as its
               master key (auth needs no database), `disable_spend_logs`, `disable_error_logs`,
               `set_verbose: false`, LITELLM_MODE=PRODUCTION, LITELLM_LOG=ERROR, one uvicorn
               worker (uvloop; its pinned uvicorn has no httptools, h11 parses HTTP), no database,
               `--telemetry False`, and (like Keel) no per-request uvicorn access log. No
               response cache: LiteLLM does less work per request than Keel's main row.
`--no-auth` runs both gateways without API keys.

Layout on the 2-core machine: the gateway under test is pinned to core 1 (`taskset -c 1`, all of
its threads); the upstream and the load generator share core 0 (`taskset -c 0`). Only one
gateway runs at a time. Run as root, every benchmark process runs at nice -10 (`--nice`), so a
gateway keeps its core while other processes (a test suite) are busy; before each row the
benchmark waits (at most `--quiet-timeout` s) for the machine to go quiet, and it reports, per
row, the share of a core other processes still took ("noise"; "!" marks rows over `--quiet`).

Load: wrk (Debian's `wrk`, one thread) with a Lua script that POSTs /v1/chat/completions; every
request body is distinct (one number per request in the user message), so no cache could
answer it. Concurrency 1 and 16 (`--concurrency`), each: `--warmup` s (default 2) discarded, then
`--duration` s (default 10) measured. Latency percentiles come from wrk's own histogram (µs).

Also measured (`--cache all|exact|off`; `off` runs the main row without a cache stage):
  keel exact hit      the main server, every body identical: an exact-cache hit after the first
  keel semantic hit   (`--cache all`, a second server with the semantic cache on, auth on too)
                      the same sentence with different letter case each time: an exact miss,
                      then an embedding (all-MiniLM-L6-v2 is uncased, so similarity 1.0) and a
                      semantic hit
  keel semantic miss  distinct bodies with a number in them (a new semantic scope each): exact
                      miss, embedding, empty search, generation, write
Each cache row also prints the cache's own hit/miss counts during the row (from /metrics), so a
row that did not exercise the intended path shows.
When the stage is not registered (entry point group keel.stages), those rows are skipped and
the report says so.

Printed: rps, p50/p99 latency, added p50/p99 (gateway minus direct at the same concurrency),
the gateway's CPU per request (from /proc), Keel rps / LiteLLM rps at c=16, resident memory (RSS)
of each gateway's process tree after its runs, and whether uvloop and httptools are loaded.

    .venv/bin/python bench/gateway_overhead.py [--cache all|exact|off] [--no-auth] [--duration 10]
        [--warmup 2] [--concurrency 1,16] [--targets direct,keel,litellm] [--json]
        [--profile DIR]   # afterwards, py-spy records Keel under c=16 (not during measured runs)

A default run takes about 3.5 minutes on a quiet machine (plus up to 5 s of waiting per row).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MODEL = "bench-model"
EXPECTED = "Hello! How can I help you today?"  # upstream_fast.ANSWER
LITELLM_VERSION = "1.91.1"
SEMANTIC_BASE = "what is the capital city of france and why is it so famous"  # = `base` in LUA
TARGET_ADDED_P50_MS = 0.5  # Keel added p50 at c=1
TARGET_RATIO = 10.0  # Keel rps / LiteLLM rps at c=16
GATEWAY_CORE = "1"
LOAD_CORE = "0"
# one run's API keys: the load sends API_KEY as a bearer token; Keel knows it as the static key
# `bench` (by its SHA-256, role user) next to a master key, LiteLLM as its master key
API_KEY = "sk-bench-" + secrets.token_hex(16)
KEEL_MASTER_KEY = "sk-master-" + secrets.token_hex(16)

LUA = r"""
-- args: mode (distinct|identical|casevariant), model, nonce, API key (sent as a bearer token)
local mode, model, nonce = "distinct", "bench-model", 0
local counter, tid, nthreads = 0, 0, 0
local headers = {["Content-Type"] = "application/json"}
local base = "what is the capital city of france and why is it so famous"

function setup(thread)
  nthreads = nthreads + 1
  thread:set("tid", nthreads)
end

function init(args)
  mode = args[1] or mode
  model = args[2] or model
  nonce = tonumber(args[3] or "0")
  if args[4] and args[4] ~= "" then headers["Authorization"] = "Bearer " .. args[4] end
end

local function casevariant(n)
  local out = {}
  for i = 1, #base do
    local ch = base:sub(i, i)
    if ch:match("%a") then
      if n % 2 == 1 then ch = ch:upper() end
      n = math.floor(n / 2)
    end
    out[#out + 1] = ch
  end
  return table.concat(out)
end

function request()
  counter = counter + 1
  local content
  if mode == "identical" then
    content = "Say hello to the benchmark."
  elseif mode == "casevariant" then
    -- 2^47 variants; runs and threads use disjoint ranges; no digits (they would split the scope)
    content = casevariant(counter + nonce * 2^24 + tid * 2^40)
  else
    -- one number per request, unique across runs and threads: the semantic cache's scope keeps
    -- a message's numbers (as a sorted list), so "7-1-8" and "8-1-7" would share a scope
    content = string.format("Say hello to the benchmark, request %.0f.", (nonce * 100 + tid) * 1e8 + counter)
  end
  local body = '{"model":"' .. model .. '","messages":[{"role":"user","content":"' .. content ..
    '"}],"max_tokens":32}'
  return wrk.format("POST", "/v1/chat/completions", headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"duration_us":%d,"bytes":%d,"err_connect":%d,"err_read":%d,' ..
    '"err_write":%d,"err_status":%d,"err_timeout":%d,"lat_mean_us":%.2f,"lat_max_us":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency.mean, latency.max, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency:percentile(99.9)))
end
"""


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- /proc


def _children(pid: int) -> list[int]:
    out: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):
                out += [int(c) for c in (task / "children").read_text().split()]
    return out


def tree(pid: int) -> list[int]:
    """PID and all its descendants."""
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo += _children(p)
    return pids


def rss_kib(pid: int) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pids: list[int]) -> float:
    hz = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            rest = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(rest[11]) + int(rest[12])  # utime, stime, all threads
    return total / hz


def core_busy_seconds() -> dict[str, float]:
    """CPU seconds each core has spent busy since boot, {"0": s, "1": s, ...} (/proc/stat)."""
    out = {}
    hz = os.sysconf("SC_CLK_TCK")
    for line in Path("/proc/stat").read_text().splitlines():
        name, *fields = line.split()
        if name.startswith("cpu") and name != "cpu":
            user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
            out[name[3:]] = (user + nice + system + irq + softirq + steal) / hz
    return out


def children_cpu_seconds() -> float:
    """CPU of this process's reaped children (wrk), from getrusage."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def loaded_libs(pids: list[int]) -> dict[str, bool]:
    """Whether the event loop is uvloop and uvicorn's HTTP parser httptools (their .so mapped)."""
    maps = ""
    for pid in pids:
        with contextlib.suppress(OSError):
            maps += Path(f"/proc/{pid}/maps").read_text()
    return {"uvloop": "/uvloop/loop" in maps, "httptools": "/httptools/parser/parser" in maps}


# --------------------------------------------------------------------------- processes


class Server:
    def __init__(self, name: str, cmd: list[str], port: int, ready_path: str, cwd: Path, env: dict[str, str]):
        self.name, self.cmd, self.port, self.ready_path, self.cwd, self.env = name, cmd, port, ready_path, cwd, env
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = cwd / f"{name}.log"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float) -> float:
        t0 = time.perf_counter()
        self._log = open(self.log_path, "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            self.cmd, cwd=self.cwd, env=self.env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.tail()}")
            with (
                contextlib.suppress(OSError, urllib.error.URLError),
                urllib.request.urlopen(self.base + self.ready_path, timeout=2) as r,
            ):
                if r.status == 200:
                    return time.perf_counter() - t0
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} not ready after {timeout:.0f}s:\n{self.tail()}")
            time.sleep(0.2)

    def tail(self, n: int = 30) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        return ""

    def pids(self) -> list[int]:
        return tree(self.proc.pid) if self.proc is not None else []

    def rss_mib(self) -> tuple[float, float]:
        """(main process, whole process tree) resident memory in MiB."""
        if self.proc is None:
            return 0.0, 0.0
        return rss_kib(self.proc.pid) / 1024, sum(rss_kib(p) for p in self.pids()) / 1024

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.proc = None
        self._log.close()


_CACHE_LINE = re.compile(r"^keel_cache_requests_total\{([^}]*)\} ([0-9.e+]+)$", re.M)


def cache_counters(server: Server) -> dict[str, float]:
    """Keel's cache lookups so far, from /metrics: {"exact hit": n, "semantic miss": n, ...}."""
    try:
        with urllib.request.urlopen(server.base + "/metrics", timeout=5) as r:
            text = r.read().decode()
    except (OSError, urllib.error.URLError):
        return {}
    out: dict[str, float] = {}
    for labels, value in _CACHE_LINE.findall(text):
        kv = dict(re.findall(r'(\w+)="([^"]*)"', labels))
        key = f"{kv.get('kind')} {kv.get('result')}"
        out[key] = out.get(key, 0) + float(value)
    return out


def post_chat(base: str, content: str, timeout: float = 30.0) -> tuple[int, dict[str, Any] | str, dict[str, str]]:
    body = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": content}], "max_tokens": 32})
    headers = {"content-type": "application/json", "authorization": f"Bearer {API_KEY}"}
    req = urllib.request.Request(base + "/v1/chat/completions", data=body.encode(), headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read()), dict(r.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace"), dict(exc.headers)


def sanity(server: Server, content: str = "sanity check", timeout: float = 30.0) -> dict[str, str]:
    status, data, headers = post_chat(server.base, content, timeout)
    if status != 200 or not isinstance(data, dict):
        raise RuntimeError(f"{server.name}: sanity request answered {status}: {str(data)[:500]}")
    text = data["choices"][0]["message"]["content"]
    if text != EXPECTED:
        raise RuntimeError(f"{server.name}: unexpected answer {text!r}")
    return {k.lower(): v for k, v in headers.items()}


# --------------------------------------------------------------------------- load


@dataclass
class Row:
    target: str
    label: str
    concurrency: int
    mode: str
    rps: float = 0.0
    p50_ms: float = 0.0
    p90_ms: float = 0.0
    p99_ms: float = 0.0
    p999_ms: float = 0.0
    mean_ms: float = 0.0
    requests: int = 0
    errors: int = 0
    gateway_cpu_us_per_req: float | None = None
    gateway_cpu_share: float | None = None  # of one core, during the measured window
    upstream_cpu_share: float | None = None
    foreign_cpu_share: float = 0.0  # of the busiest core the row uses, taken by processes not in the benchmark
    waited_quiet_s: float = 0.0
    added_p50_ms: float | None = None
    added_p99_ms: float | None = None
    wrk: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, float] | None = None  # keel_cache_requests during the row, "kind result" -> count


class Load:
    def __init__(
        self, tmp: Path, warmup: float, duration: float, upstream: Server, quiet: float, quiet_timeout: float
    ) -> None:
        self.script = tmp / "chat.lua"
        self.script.write_text(LUA)
        self.warmup, self.duration, self.upstream = warmup, duration, upstream
        self.quiet, self.quiet_timeout = quiet, quiet_timeout
        self.nonce = 0
        self.cores = os.cpu_count() or 1

    def wait_quiet(self, own: list[int]) -> float:
        """Wait (bounded) until processes outside the benchmark use under `quiet` of each core for 1 s."""
        t0 = time.monotonic()
        while True:
            c0, o0 = core_busy_seconds(), cpu_seconds(own)
            time.sleep(1.0)
            c1, own_s = core_busy_seconds(), cpu_seconds(own) - o0
            foreign = max(c1[c] - c0[c] for c in (LOAD_CORE, GATEWAY_CORE) if c in c1) - own_s
            if foreign < self.quiet or time.monotonic() - t0 > self.quiet_timeout:
                return time.monotonic() - t0

    def wrk(self, url: str, concurrency: int, seconds: float, mode: str) -> dict[str, Any]:
        self.nonce += 1
        cmd = pinned(LOAD_CORE, [
            "wrk", "-t1", f"-c{concurrency}", f"-d{seconds:g}s", "--timeout", "10s",
            "-s", str(self.script), url, "--", mode, MODEL, str(self.nonce), API_KEY,
        ])  # fmt: skip
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60)
        for line in out.stdout.splitlines():
            if line.startswith("WRKJSON "):
                return json.loads(line[8:])
        raise RuntimeError(f"wrk failed ({out.returncode}): {out.stdout[-2000:]} {out.stderr[-2000:]}")

    def measure(self, target: str, label: str, url: str, concurrency: int, mode: str, gateway: Server | None) -> Row:
        gw_pids = gateway.pids() if gateway else []
        up_pids = self.upstream.pids()
        waited = self.wait_quiet(gw_pids + up_pids) if self.quiet_timeout > 0 else 0.0
        if waited > 1.5:
            log(f"  (waited {waited:.0f}s for other processes to go quiet)")
        if self.warmup > 0:
            self.wrk(url, concurrency, self.warmup, mode)
        cache0 = cache_counters(gateway) if gateway is not None and target.startswith("keel") else None
        t0, gw0, up0 = time.monotonic(), cpu_seconds(gw_pids), cpu_seconds(up_pids)
        c0, wrk0 = core_busy_seconds(), children_cpu_seconds()
        w = self.wrk(url, concurrency, self.duration, mode)
        wall = time.monotonic() - t0
        gw_cpu, up_cpu = cpu_seconds(gw_pids) - gw0, cpu_seconds(up_pids) - up0
        cache = None
        if cache0 is not None and gateway is not None:
            after = cache_counters(gateway)
            cache = {k: after.get(k, 0) - cache0.get(k, 0) for k in after if after.get(k, 0) - cache0.get(k, 0)}
        c1 = core_busy_seconds()
        # the gateway owns GATEWAY_CORE; the upstream and wrk own LOAD_CORE (everything is pinned)
        foreign = max(0.0, (c1[LOAD_CORE] - c0[LOAD_CORE]) - up_cpu - (children_cpu_seconds() - wrk0)) / wall
        if gateway is not None:
            foreign = max(foreign, ((c1[GATEWAY_CORE] - c0[GATEWAY_CORE]) - gw_cpu) / wall)
        seconds = w["duration_us"] / 1e6
        errors = w["err_connect"] + w["err_read"] + w["err_write"] + w["err_status"] + w["err_timeout"]
        row = Row(
            target=target,
            label=label,
            concurrency=concurrency,
            mode=mode,
            rps=w["requests"] / seconds,
            p50_ms=w["p50_us"] / 1000,
            p90_ms=w["p90_us"] / 1000,
            p99_ms=w["p99_us"] / 1000,
            p999_ms=w["p999_us"] / 1000,
            mean_ms=w["lat_mean_us"] / 1000,
            requests=w["requests"],
            errors=errors,
            upstream_cpu_share=up_cpu / wall,
            foreign_cpu_share=foreign,
            waited_quiet_s=round(waited, 1),
            wrk=w,
            cache=cache,
        )
        if gateway is not None and w["requests"]:
            row.gateway_cpu_us_per_req = gw_cpu / w["requests"] * 1e6
            row.gateway_cpu_share = gw_cpu / wall
        log(
            f"  {label:22} c={concurrency:<3} {row.rps:9.1f} rps  p50 {row.p50_ms:7.3f} ms  p99 {row.p99_ms:7.3f} ms"
            + (f"  cpu {row.gateway_cpu_us_per_req:6.0f} µs/req" if row.gateway_cpu_us_per_req else "")
            + (f"  ERRORS {errors}" if errors else "")
            + (f"  (other processes took {foreign:.0%} of a core)" if foreign > self.quiet else "")
        )
        return row


# --------------------------------------------------------------------------- configs


def keel_config(tmp: Path, port: int, upstream_port: int, cache: str, auth: bool = True) -> Path:
    """The default chat pipeline, plus the cache stage unless CACHE is off; API keys on (AUTH)."""
    lines = [
        "server:",
        "  host: 127.0.0.1",
        f"  port: {port}",
        "storage:",
        f"  url: sqlite:///{tmp / ('keel-' + cache + '.db')}",
        "models:",
        f"  - name: {MODEL}",
        "    deployments:",
        "      - provider: openai_compat",
        "        params:",
        f"          base_url: http://127.0.0.1:{upstream_port}/v1",
    ]
    if auth:
        lines += [
            "auth:",
            "  enabled: true",
            f"  master_key: {KEEL_MASTER_KEY}",
            "  keys:",
            "    - id: bench",
            f"      sha256: {hashlib.sha256(API_KEY.encode()).hexdigest()}",
            "      tenant: bench",
            "      role: user",
        ]
    if cache != "off":
        lines += [
            "pipeline:",
            "  chat: [preprocess, limits, cache, generate, postprocess]",
            "cache:",
            "  store: memory",
            "  max_entries: 100000",
            "  semantic:",
            f"    enabled: {'true' if cache == 'semantic' else 'false'}",
        ]
    path = tmp / f"keel-{cache}.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def litellm_config(tmp: Path, upstream_port: int, auth: bool = True) -> Path:
    """LiteLLM as its production guide has it (docs.litellm.ai/docs/proxy/prod), minus what needs
    a database, Redis or Slack: a master key (API_KEY; no database needed for it), no spend or
    error logs, no verbose logging; LITELLM_MODE=PRODUCTION and LITELLM_LOG=ERROR are set in its
    environment."""
    path = tmp / "litellm.yaml"
    text = (
        "model_list:\n"
        f"  - model_name: {MODEL}\n"
        "    litellm_params:\n"
        f"      model: openai/{MODEL}\n"
        f"      api_base: http://127.0.0.1:{upstream_port}/v1\n"
        "      api_key: dummy\n"
        "general_settings:\n"
        "  disable_spend_logs: true\n"
        "  disable_error_logs: true\n"
        "litellm_settings:\n"
        "  set_verbose: false\n"
        "  request_timeout: 600\n"
    )
    if auth:
        text = text.replace("general_settings:\n", f"general_settings:\n  master_key: {API_KEY}\n")
    path.write_text(text)
    return path


def quiet_uvicorn_log_config(tmp: Path) -> Path:
    """A uvicorn log config without the per-request access log (LiteLLM's --log_config)."""
    path = tmp / "uvicorn-log.json"
    handler = {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"}
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "disable_existing_loggers": False,
                "handlers": {"default": handler},
                "loggers": {
                    "uvicorn": {"handlers": ["default"], "level": "INFO"},
                    "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
                },
            }
        )
    )
    return path


def keel_stages(python: str) -> tuple[str, ...]:
    out = subprocess.run(
        [python, "-c", "from keel.pipeline.plan import stage_names; print(','.join(stage_names()))"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    return tuple(out.stdout.strip().split(",")) if out.returncode == 0 else ()


NICE = 0  # set from --nice: priority of every benchmark process (upstream, gateways, wrk)


def pinned(core: str, cmd: list[str]) -> list[str]:
    nice = ["nice", "-n", str(NICE)] if NICE else []
    return [*nice, "taskset", "-c", core, *cmd]


# --------------------------------------------------------------------------- profile


def profile_keel(args: argparse.Namespace, load: Load, keel: Server, out_dir: Path) -> dict[str, Any]:
    """py-spy record on the Keel server during an extra c=16 window (never a measured one)."""
    py_spy = args.py_spy or shutil.which("py-spy") or str(Path(args.litellm_venv) / "bin" / "py-spy")
    if not Path(py_spy).exists() and not shutil.which(py_spy):
        log(f"profile: py-spy not found ({py_spy}); pip install py-spy (e.g. into {args.litellm_venv})")
        return {}
    out_dir.mkdir(parents=True, exist_ok=True)
    assert keel.proc is not None
    raw = out_dir / "keel-c16.txt"
    svg = out_dir / "keel-c16.svg"
    seconds = max(4.0, args.duration)
    results = {}
    for fmt, path in (("raw", raw), ("flamegraph", svg)):
        spy = subprocess.Popen(
            pinned(LOAD_CORE, [py_spy, "record", "--pid", str(keel.proc.pid), "--rate", "250", "--nonblocking",
                               "--duration", f"{seconds:g}", "--format", fmt, "--output", str(path)]),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        time.sleep(0.5)
        load.wrk(keel.base + "/v1/chat/completions", 16, seconds - 1, "distinct")
        _, err = spy.communicate(timeout=seconds + 30)
        if spy.returncode != 0:
            log(f"profile: py-spy failed: {err.decode(errors='replace')[-500:]}")
            return {}
        results[fmt] = str(path)
    results["top"] = summarize_raw(raw)
    return results


def summarize_raw(path: Path, top: int = 25) -> dict[str, Any]:
    """Self and inclusive sample shares per function from py-spy's collapsed stacks."""
    self_s: Counter[str] = Counter()
    incl: Counter[str] = Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        if not n.isdigit():
            continue
        count = int(n)
        frames = stack.split(";")[1:]  # first frame is the thread/process name
        total += count
        if frames:
            self_s[frames[-1]] += count
        for f in set(frames):
            incl[f] += count
    share = lambda c: round(100 * c / total, 2) if total else 0.0  # noqa: E731
    return {
        "samples": total,
        "self": [(f, share(c)) for f, c in self_s.most_common(top)],
        "inclusive": [(f, share(c)) for f, c in incl.most_common(top * 2)],
    }


# --------------------------------------------------------------------------- report


def fmt_ms(v: float | None, signed: bool = False) -> str:
    if v is None:
        return "-"
    return f"{v:+.3f}" if signed else f"{v:.3f}"


def table(result: dict[str, Any]) -> str:
    cfg = result["config"]
    rows = [Row(**r) for r in result["rows"]]
    lines = [
        "Gateway overhead: POST /v1/chat/completions (non-streaming, max_tokens 32) against a canned upstream",
        f"wrk 1 thread, {cfg['warmup']:g} s warm-up + {cfg['duration']:g} s measured per row; every request body "
        "distinct unless noted",
        f"layout: core {GATEWAY_CORE} = the gateway under test (all threads); core {LOAD_CORE} = upstream "
        f"(bench/upstream_fast.py) + wrk; benchmark processes at nice {cfg['nice']}",
        "added = gateway minus direct at the same concurrency; cpu = the gateway's CPU time per request; "
        "noise = share of its busiest core that other processes took during the row (! over --quiet)",
        "",
    ]
    head = (
        f"{'target':28}{'c':>3}{'rps':>10}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'added p50':>11}{'added p99':>11}{'cpu µs/req':>12}{'errors':>8}{'noise':>7}"
    )
    for c in cfg["concurrency"]:
        lines.append(head)
        for r in (r for r in rows if r.concurrency == c):
            lines.append(
                f"{r.label:28}{c:>3}{r.rps:>10.1f}{r.p50_ms:>9.3f}{r.p99_ms:>9.3f}"
                f"{fmt_ms(r.added_p50_ms, True):>11}{fmt_ms(r.added_p99_ms, True):>11}"
                f"{(f'{r.gateway_cpu_us_per_req:.0f}' if r.gateway_cpu_us_per_req else '-'):>12}{r.errors:>8}"
                f"{r.foreign_cpu_share:>6.0%}" + ("!" if r.foreign_cpu_share > cfg["quiet"] else "")
            )
        lines.append("")
    cached = [r for r in rows if r.cache]
    if cached:
        lines.append("cache lookups during each cache row (keel_cache_requests, /metrics):")
        for r in cached:
            parts = ", ".join(f"{k} {v:.0f}" for k, v in sorted(r.cache.items()))  # type: ignore[union-attr]
            lines.append(f"  {r.label:26} c={r.concurrency:<3} {parts}")
        lines.append("")
    s = result["summary"]
    if s.get("keel_litellm_ratio_c16") is not None:
        ok = s["keel_litellm_ratio_c16"] >= TARGET_RATIO
        lines.append(
            f"keel rps / litellm rps at c=16: {s['keel_litellm_ratio_c16']:.1f}x  "
            f"(target >= {TARGET_RATIO:g}x: {'PASS' if ok else 'FAIL'})"
        )
    if s.get("keel_added_p50_c1_ms") is not None:
        ok = s["keel_added_p50_c1_ms"] <= TARGET_ADDED_P50_MS
        lines.append(
            f"keel added p50 at c=1: {s['keel_added_p50_c1_ms']:.3f} ms  "
            f"(target <= {TARGET_ADDED_P50_MS} ms: {'PASS' if ok else 'FAIL'})"
        )
    for name, g in result["gateways"].items():
        libs = g.get("libs") or {}
        lines.append(
            f"{name:18} RSS after its runs: {g['rss_mib']:.1f} MiB (process tree {g['rss_tree_mib']:.1f} MiB, "
            f"{g['processes']} process{'es' if g['processes'] != 1 else ''}); "
            f"uvloop {'yes' if libs.get('uvloop') else 'no'}, httptools {'yes' if libs.get('httptools') else 'no'}; "
            f"ready in {g['startup_s']:.1f} s"
        )
    for note in result["notes"]:
        lines.append(f"note: {note}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--duration", type=float, default=10.0, help="measured seconds per row (default 10)")
    ap.add_argument("--warmup", type=float, default=2.0, help="discarded seconds before each row (default 2)")
    ap.add_argument("--concurrency", default="1,16", help="comma-separated connection counts (default 1,16)")
    ap.add_argument("--targets", default="direct,keel,litellm", help="any of direct,keel,litellm")
    ap.add_argument(
        "--cache", choices=("all", "exact", "off"), default="all",
        help="exact: Keel's main rows run with the exact cache stage (miss path) and an exact-hit row is added; "
        "all (default): also a semantic-cache server (hit and miss rows); off: Keel without a cache stage",
    )  # fmt: skip
    ap.add_argument(
        "--no-auth", dest="auth", action="store_false",
        help="no API keys on Keel nor LiteLLM (default: both check a bearer key on every request)",
    )  # fmt: skip
    ap.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"), help="Keel's interpreter")
    ap.add_argument("--litellm-venv", default=str(HERE / ".venv-litellm"), help="venv with litellm[proxy]")
    ap.add_argument(
        "--litellm-access-log", action="store_true",
        help="keep LiteLLM's per-request uvicorn access log (off by default, as in Keel)",
    )  # fmt: skip
    ap.add_argument("--startup-timeout", type=float, default=180.0)
    ap.add_argument(
        "--quiet", type=float, default=0.10,
        help="before each row, wait until other processes use under this share of all cores (default 0.10)",
    )  # fmt: skip
    ap.add_argument("--quiet-timeout", type=float, default=5.0, help="max wait for quiet per row, s (0: never wait)")
    ap.add_argument(
        "--nice", type=int, default=-10 if os.geteuid() == 0 else 0,
        help="nice value of the benchmark's processes (default -10 as root, else 0): on a shared machine the "
        "gateway under test then gets its core even while other processes are busy",
    )  # fmt: skip
    ap.add_argument("--profile", type=Path, help="afterwards, py-spy Keel under c=16 and write the profile here")
    ap.add_argument("--py-spy", help="py-spy executable (default: PATH, then the litellm venv)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (configs, logs, dbs)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    args = ap.parse_args(argv)
    args.concurrency = [int(c) for c in args.concurrency.split(",")]
    args.targets = [t.strip() for t in args.targets.split(",")]
    if not set(args.targets) <= {"direct", "keel", "litellm"}:
        ap.error("--targets: direct, keel, litellm")
    if "direct" not in args.targets:
        args.targets.insert(0, "direct")  # the baseline for "added" latency
    return args


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    global NICE
    args = parse_args(argv)
    NICE = args.nice
    signal.signal(signal.SIGTERM, _interrupt)
    if shutil.which("wrk") is None:
        log("wrk not found: apt-get update && apt-get install -y wrk")
        return 2
    if os.cpu_count() is not None and os.cpu_count() < 2:  # type: ignore[operator]
        log("needs 2 cores (gateway on core 1, upstream + wrk on core 0)")
        return 2
    notes: list[str] = []
    if not args.auth:
        notes.append("--no-auth: no API keys on any target")
    tmp = Path(tempfile.mkdtemp(prefix="keel-overhead-"))
    rows: list[Row] = []
    gateways: dict[str, dict[str, Any]] = {}
    profile: dict[str, Any] = {}
    started = time.monotonic()
    env = {**os.environ, "KEEL_HOME": str(tmp / "home"), "PYTHONUNBUFFERED": "1"}
    up_port = free_port()
    upstream = Server(
        "upstream",
        pinned(LOAD_CORE, [args.python, str(HERE / "upstream_fast.py"), "--port", str(up_port), "--model", MODEL]),
        up_port,
        "/v1/models",
        tmp,
        env,
    )
    servers: list[Server] = [upstream]

    def run_gateway(name: str, label_modes: list[tuple[str, str]], server: Server, cache: str = "off") -> None:
        servers.append(server)
        log(f"starting {name} on core {GATEWAY_CORE} ...")
        startup = server.start(args.startup_timeout)
        sanity(server, timeout=120)
        if cache != "off":
            check_cache(server, cache)
        log(f"{name} ready in {startup:.1f}s")
        for c in args.concurrency:
            for label, mode in label_modes:
                rows.append(load.measure(name, label, server.base + "/v1/chat/completions", c, mode, server))
        main_rss, tree_rss = server.rss_mib()
        gateways[name] = {
            "rss_mib": round(main_rss, 1),
            "rss_tree_mib": round(tree_rss, 1),
            "processes": len(server.pids()),
            "libs": loaded_libs(server.pids()),
            "startup_s": round(startup, 2),
        }
        if name == "keel" and args.profile is not None:
            log("profiling keel under c=16 with py-spy ...")
            profile.update(profile_keel(args, load, server, args.profile))
        server.stop()

    try:
        upstream.start(30)
        load = Load(tmp, args.warmup, args.duration, upstream, args.quiet, args.quiet_timeout)
        log(f"upstream on core {LOAD_CORE}, port {up_port}; tmp {tmp}")
        for c in args.concurrency:
            rows.append(load.measure("direct", "direct (upstream)", upstream.base + "/v1/chat/completions", c,
                                     "distinct", None))  # fmt: skip

        stages = keel_stages(args.python) if "keel" in args.targets else ()
        if "keel" in args.targets:
            # the main row: auth, metrics, request log and the exact cache, every request distinct
            # (the cache-miss path); then every request identical on the same server (exact hits)
            main_cache = "off" if args.cache == "off" else "exact"
            if main_cache != "off" and "cache" not in stages:
                notes.append(
                    "keel runs without the cache stage: none is registered (entry point group keel.stages has "
                    f"{', '.join(stages) or 'nothing'})"
                )
                main_cache = "off"
            port = free_port()
            cfg = keel_config(tmp, port, up_port, main_cache, auth=args.auth)
            cmd = [args.python, "-m", "keel.cli.main", "serve", "-c", str(cfg), "--log-level", "warning"]
            label_modes = [("keel", "distinct")]
            if main_cache == "exact":
                label_modes.append(("keel exact hit", "identical"))
            server = Server("keel", pinned(GATEWAY_CORE, cmd), port, "/readyz", tmp, env)
            run_gateway("keel", label_modes, server, main_cache)

        if "litellm" in args.targets:
            litellm = Path(args.litellm_venv) / "bin" / "litellm"
            if not litellm.exists():
                notes.append(f"litellm skipped: {litellm} not found (python3.11 -m venv {args.litellm_venv} && "
                             f"{args.litellm_venv}/bin/pip install 'litellm[proxy]=={LITELLM_VERSION}')")  # fmt: skip
            else:
                port = free_port()
                cmd = [str(litellm), "--config", str(litellm_config(tmp, up_port, args.auth)), "--port", str(port),
                       "--host", "127.0.0.1", "--num_workers", "1", "--telemetry", "False"]  # fmt: skip
                if not args.litellm_access_log:  # Keel runs uvicorn with access_log=False; so does LiteLLM here
                    cmd += ["--log_config", str(quiet_uvicorn_log_config(tmp))]
                lenv = {**env, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_LOG": "ERROR",
                        "LITELLM_MODE": "PRODUCTION", "LITELLM_TELEMETRY": "False",
                        "DISABLE_SCHEMA_UPDATE": "true"}  # fmt: skip
                lenv.pop("DATABASE_URL", None)
                version = subprocess.run([str(Path(args.litellm_venv) / "bin" / "python"), "-c",
                                          "import importlib.metadata as m; print(m.version('litellm'))"],
                                         capture_output=True, text=True).stdout.strip()  # fmt: skip
                label = f"litellm {version}"
                if version != LITELLM_VERSION:
                    notes.append(f"litellm is {version}, not the pinned {LITELLM_VERSION}")
                run_gateway(
                    "litellm",
                    [(label, "distinct")],
                    Server("litellm", pinned(GATEWAY_CORE, cmd), port, "/health/liveliness", tmp, lenv),
                )

        if "keel" in args.targets and args.cache == "all" and "cache" in stages:
            port = free_port()
            cfg = keel_config(tmp, port, up_port, "semantic", auth=args.auth)
            cmd = [args.python, "-m", "keel.cli.main", "serve", "-c", str(cfg), "--log-level", "warning"]
            name = "keel (semantic cache)"
            server = Server("keel-semantic", pinned(GATEWAY_CORE, cmd), port, "/readyz", tmp, env)
            label_modes = [("keel semantic hit", "casevariant"), ("keel semantic miss", "distinct")]
            try:
                run_gateway(name, label_modes, server, "semantic")
            except RuntimeError as exc:
                server.stop()
                notes.append(f"{name} rows skipped: {str(exc).splitlines()[0]}")
                log(f"{name} failed: {exc}")
    except KeyboardInterrupt:
        log("interrupted; servers stopped")
        return 130
    finally:
        for s in reversed(servers):
            s.stop()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    direct = {r.concurrency: r for r in rows if r.target == "direct"}
    for r in rows:
        if r.target != "direct" and r.concurrency in direct:
            r.added_p50_ms = r.p50_ms - direct[r.concurrency].p50_ms
            r.added_p99_ms = r.p99_ms - direct[r.concurrency].p99_ms
    by = {(r.label, r.concurrency): r for r in rows}
    keel16 = by.get(("keel", 16))
    lite16 = next((r for r in rows if r.target == "litellm" and r.concurrency == 16), None)
    keel1 = by.get(("keel", 1))
    summary = {
        "keel_litellm_ratio_c16": round(keel16.rps / lite16.rps, 2) if keel16 and lite16 and lite16.rps else None,
        "keel_added_p50_c1_ms": round(keel1.added_p50_ms, 4) if keel1 and keel1.added_p50_ms is not None else None,
    }
    busy = [r for r in rows if r.upstream_cpu_share and r.upstream_cpu_share > 0.5]
    if busy:
        worst = max(busy, key=lambda r: r.upstream_cpu_share or 0)
        notes.append(
            f"the upstream used up to {worst.upstream_cpu_share:.0%} of core {LOAD_CORE} ({worst.label}, "
            f"c={worst.concurrency}): core {LOAD_CORE} (upstream + wrk) may limit that row"
        )
    noisy = [r for r in rows if r.foreign_cpu_share > args.quiet]
    if noisy:
        notes.append(
            f"{len(noisy)} row(s) ran while other processes took over {args.quiet:.0%} of a core the row used "
            f"(up to {max(r.foreign_cpu_share for r in noisy):.0%}): their figures are unreliable; run again"
        )
    if any(r.errors for r in rows):
        notes.append("some rows had errors (non-2xx, timeouts or socket errors): see the errors column")
    result = {
        "config": {
            "duration": args.duration,
            "warmup": args.warmup,
            "concurrency": args.concurrency,
            "cpu_count": os.cpu_count(),
            "cache": args.cache,
            "quiet": args.quiet,
            "nice": args.nice,
            "elapsed_s": round(time.monotonic() - started, 1),
        },
        "rows": [asdict(r) for r in rows],
        "gateways": gateways,
        "summary": summary,
        "profile": profile,
        "notes": notes,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(table(result))
        if profile.get("top"):
            top = profile["top"]
            print(f"\npy-spy, keel under c=16 ({top['samples']} samples): {profile.get('flamegraph', '')}")
            print("top self time:")
            for f, pct in top["self"]:
                print(f"  {pct:6.2f}%  {f}")
    log(f"done in {time.monotonic() - started:.0f}s")
    return 0


def check_cache(server: Server, cache: str) -> None:
    """Before the cache rows: a repeated request must be served from the cache (x-keel-cache)."""
    if cache == "exact":
        first, again, want = "cache check", "cache check", "hit"
    else:  # the same sentence in other letter case: an exact miss, a semantic hit
        first, again, want = SEMANTIC_BASE, SEMANTIC_BASE.upper(), "semantic_hit"
    sanity(server, first, timeout=180)  # the first semantic lookup loads the embedding model
    for _ in range(50):  # the write happens after the response
        time.sleep(0.1)
        got = sanity(server, again).get("x-keel-cache")
        if got == want:
            return
    raise RuntimeError(f"{server.name}: a repeated request was not a cache {want} (x-keel-cache: {got})")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
