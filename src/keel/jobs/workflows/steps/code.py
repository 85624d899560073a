"""Steps that run the user's code: `shell` (a command, with a timeout) and `python`
(`module:function(**params)`, its dict return being the outputs).

A python step's function is found as `module:function` — a file `module.py` (or `pkg/mod.py`
for `pkg.mod`, or a path ending in .py) in the workflow's folder, read afresh at every run, else
an importable module. Its code version, for the step cache, is the sha256 of that module's file:
edit the function (or anything else in its file) and the step runs again.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import importlib.util
import inspect
import os
import signal
from pathlib import Path
from typing import Any

from pydantic import ConfigDict, Field, field_validator

from keel.jobs.workflows.steps.base import Params, StepContext, StepFailed, StepType

# ---------------------------------------------------------------------------------- shell


class ShellParams(Params):
    run: str = Field(min_length=1, description="the command, run by /bin/sh")
    cwd: str | None = Field(None, description="where it runs (default: the workflow's folder)")
    env: dict[str, str] = Field(default_factory=dict, description="variables added to the environment")
    timeout_s: float | None = Field(None, gt=0, description="the command is killed after this long")
    tail: int = Field(4000, ge=0, le=1_000_000, description="characters of stdout / stderr kept in the outputs")


def _tail(data: bytes, n: int) -> str:
    """The last N characters, without the final newline (so `echo PATH` gives PATH)."""
    text = data.decode("utf-8", "replace").rstrip("\r\n")
    return text[-n:] if n else ""


def _kill(proc: asyncio.subprocess.Process) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the command and whatever it started
    except (ProcessLookupError, PermissionError):
        pass


async def shell(p: ShellParams, ctx: StepContext) -> dict[str, Any]:
    env = {
        **os.environ,
        "KEEL_WORKFLOW_RUN": ctx.run_id,
        "KEEL_STEP": ctx.step,
        "KEEL_STEP_DIR": str(ctx.dir),
        **p.env,
    }
    cwd = ctx.path(p.cwd) if p.cwd else ctx.base
    proc = await asyncio.create_subprocess_shell(
        p.run, cwd=str(cwd), env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        stdin=asyncio.subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        out, err = await asyncio.wait_for(proc.communicate(), p.timeout_s)
    except TimeoutError:
        _kill(proc)
        await proc.wait()
        raise StepFailed(f"the command did not finish in {p.timeout_s:g}s: killed") from None
    except asyncio.CancelledError:  # the step's timeout, or the run stopped
        _kill(proc)
        raise
    stdout, stderr = _tail(out, p.tail), _tail(err, p.tail)
    if proc.returncode != 0:
        said = stderr.strip()[-1000:] or stdout.strip()[-1000:]
        raise StepFailed(f"the command exited with {proc.returncode}" + (f": {said}" if said else ""))
    return {"exit_code": proc.returncode, "stdout": stdout, "stderr": stderr}


SHELL = StepType(
    "shell",
    ShellParams,
    ("exit_code", "stdout", "stderr"),
    shell,
    "a shell command with a timeout; a non-zero exit fails the step",
    output_help={
        "exit_code": "0",
        "stdout": "the end of its output (`tail` characters), without the final newline",
        "stderr": "the end of its error output",
    },
)


# ---------------------------------------------------------------------------------- python


class PythonParams(Params):
    """`function` and the keyword arguments it is called with (every other key)."""

    model_config = ConfigDict(extra="allow")

    function: str = Field(description="module:function (a module file in the workflow's folder, or importable)")

    @field_validator("function")
    @classmethod
    def _shape(cls, v: str) -> str:
        module, sep, name = v.rpartition(":")
        if not sep or not module or not name.isidentifier():
            raise ValueError(f"give module:function, e.g. steps.prepare:run (got {v!r})")
        return v


def module_file(function: str, base: Path) -> Path | None:
    """The file of FUNCTION's module: in BASE (the workflow's folder) first, else where Python
    would import it from (None when it cannot be found)."""
    module = function.rpartition(":")[0]
    local = [base / module] if module.endswith(".py") else [base / (module.replace(".", "/") + ".py")]
    for candidate in local:
        if candidate.is_file():
            return candidate.resolve()
    if module.endswith(".py"):
        return None
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    return Path(spec.origin) if spec is not None and spec.origin and spec.origin != "built-in" else None


def load_function(function: str, base: Path) -> Any:
    module, _, name = function.rpartition(":")
    path = module_file(function, base)
    if path is not None and (module.endswith(".py") or path.is_relative_to(base.resolve())):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        spec = importlib.util.spec_from_file_location(f"keel_workflow_{path.stem}_{digest}", path)
        if spec is None or spec.loader is None:
            raise StepFailed(f"cannot load {path}")
        mod = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(mod)
        except Exception as exc:
            raise StepFailed(f"{path}: {type(exc).__name__}: {exc}") from None
    else:
        try:
            mod = importlib.import_module(module)
        except ImportError as exc:
            raise StepFailed(f"cannot import {module!r}: {exc}") from None
    fn = getattr(mod, name, None)
    if not callable(fn):
        raise StepFailed(f"{module} has no function {name!r}")
    return fn


def code_version(p: PythonParams, base: Path) -> str:
    path = module_file(p.function, base)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path is not None and path.is_file() else "unknown"


async def python(p: PythonParams, ctx: StepContext) -> dict[str, Any]:
    fn = await asyncio.to_thread(load_function, p.function, ctx.base)
    kwargs = dict(p.model_extra or {})
    try:
        if "ctx" in inspect.signature(fn).parameters:
            kwargs["ctx"] = ctx
    except (TypeError, ValueError):
        pass
    try:
        if inspect.iscoroutinefunction(fn):
            result = await fn(**kwargs)
        else:
            result = await asyncio.to_thread(fn, **kwargs)
    except StepFailed:
        raise
    except TypeError as exc:
        raise StepFailed(f"{p.function}: {exc}") from None
    if result is None:
        return {}
    if not isinstance(result, dict) or not all(isinstance(k, str) for k in result):
        raise StepFailed(f"{p.function} returned {type(result).__name__}: a step's outputs are a dict with str keys")
    return result


PYTHON = StepType(
    "python",
    PythonParams,
    None,
    python,
    "module:function(**with), sync or async; its returned dict is the outputs",
    output_help={"*": "whatever the function returns (a dict)"},
    version=code_version,
)

TYPES = (SHELL, PYTHON)
