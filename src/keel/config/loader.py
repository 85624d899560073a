"""Loading keel.yaml: YAML, `${VAR}` / `${VAR:-default}` from the environment, validation, and
every problem reported with its file:line:column.

Schema problems come from the section models; everything a section's owner must judge (a
provider's params, a scanner's params, which stages exist and in what order) comes from the
checks registered under the entry point group `keel.config_checks` — the built-ins register
there too, so this package imports no domain package.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from keel.config.settings import Settings
from keel.plugins import plugins

M = TypeVar("M", bound=BaseModel)

# check(raw data, settings or None when the schema failed) -> [(key path, message)]
ConfigCheck = Callable[[dict[str, Any], Settings | None], list[tuple[tuple[Any, ...], str]]]


def config_checks() -> list[tuple[str, ConfigCheck]]:
    group = plugins("keel.config_checks")
    return [(name, _loaded(group, name)) for name in group.names()]


def _loaded(group: Any, name: str) -> ConfigCheck:
    """The check NAME; one that cannot be imported becomes a check reporting just that."""
    try:
        return group.load(name)
    except Exception as exc:
        message = f"the config check {name!r} ({group.source(name)}) failed to load: {type(exc).__name__}: {exc}"
        return lambda data, settings: [((), message)]


@dataclass(frozen=True)
class ConfigProblem:
    where: str  # "file:line:col" or "file"
    path: str  # dotted key path, e.g. models[0].params.n_ctx
    message: str

    def __str__(self) -> str:
        loc = f"{self.where}: " if self.where else ""
        key = f"{self.path}: " if self.path else ""
        return f"{loc}{key}{self.message}"


class ConfigError(Exception):
    def __init__(self, problems: list[ConfigProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


_ENV_RE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-(.*?))?\}")


def interpolate(text: str, env: dict[str, str] | None = None) -> tuple[str, list[str]]:
    """Replace ${VAR} and ${VAR:-default}. Returns the text and the names of unset variables."""
    env = os.environ if env is None else env
    missing: list[str] = []

    def repl(m: re.Match[str]) -> str:
        name, default = m.group(1), m.group(2)
        if name in env:
            return env[name]
        if default is not None:
            return default
        missing.append(name)
        return ""

    return _ENV_RE.sub(repl, text), missing


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_COMMENT = re.compile(r"(^|\s)#")


def _in_comment(text: str, pos: int) -> bool:
    """Whether POS looks to be in a YAML comment: after a `#` at the line's start or after a space,
    outside quotes (a `# ` line inside a block scalar looks the same: only the missing-variable
    error is skipped there, the value is still interpolated)."""
    prefix = text[text.rfind("\n", 0, pos) + 1 : pos]
    return _COMMENT.search(_QUOTED.sub("", prefix)) is not None


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _mark_index(node: yaml.Node) -> dict[tuple[Any, ...], yaml.Mark]:
    """Map key paths (tuples of str/int) to the position of their value in the YAML source."""
    marks: dict[tuple[Any, ...], yaml.Mark] = {}

    def walk(n: yaml.Node, path: tuple[Any, ...]) -> None:
        marks[path] = n.start_mark
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                marks[(*path, k.value)] = k.start_mark
                walk(v, (*path, k.value))
                # keep the key's mark: errors about a key read best at the key
                marks[(*path, k.value)] = k.start_mark
        elif isinstance(n, yaml.SequenceNode):
            for i, v in enumerate(n.value):
                walk(v, (*path, i))

    walk(node, ())
    return marks


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _where(source: str, marks: dict[tuple[Any, ...], yaml.Mark], loc: tuple[Any, ...]) -> str:
    for n in range(len(loc), -1, -1):
        mark = marks.get(tuple(loc[:n]))
        if mark is not None:
            return f"{source}:{mark.line + 1}:{mark.column + 1}"
    return source


def parse_settings(text: str, source: str = "<config>", env: dict[str, str] | None = None) -> Settings:
    """Parse keel.yaml text; raise ConfigError with every problem found."""
    problems: list[ConfigProblem] = []
    pieces: list[str] = []
    at = 0
    for m in _ENV_RE.finditer(text):
        value, missing = interpolate(m.group(0), env)
        if _in_comment(text, m.start()):  # a commented-out setting need not have its variable set
            missing = []
        for name in missing:
            problems.append(
                ConfigProblem(f"{source}:{_line_of(text, m.start())}", "", f"environment variable {name} is not set")
            )
        pieces += [text[at : m.start()], value]
        at = m.end()
    expanded = "".join([*pieces, text[at:]])
    data, marks = _mapping(expanded, source, problems)
    settings: Settings | None = None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        problems += _validation_problems(exc, source, marks)
    # the rest is checked by the packages that own it (provider params, guard scanners, pipeline
    # stages; plugins may add their own), registered under the entry point group keel.config_checks,
    # so that their problems are reported along with any elsewhere in the file
    for name, check in config_checks():
        try:
            found = check(data, settings)
        except Exception as exc:  # a plugin's bug is reported, not a traceback for every config load
            found = [((), f"the config check {name!r} failed: {type(exc).__name__}: {exc}")]
        for loc, msg in found:
            problems.append(ConfigProblem(_where(source, marks, loc), _dotted(loc), msg))
    if problems or settings is None:
        raise ConfigError(sorted(problems, key=_line_order))
    return settings


def _line_order(p: ConfigProblem) -> tuple[int, int]:
    """Problems in the order of the file (those without a line first, as found)."""
    parts = p.where.rsplit(":", 2)
    try:
        return int(parts[-2]), int(parts[-1])
    except (ValueError, IndexError):
        return 0, 0


def load_settings(path: str | Path | None = None) -> Settings:
    """Load from PATH, else $KEEL_CONFIG, else ./keel.yaml if present, else defaults."""
    if path is None:
        env_path = os.environ.get("KEEL_CONFIG")
        if env_path:
            path = env_path
        elif Path("keel.yaml").is_file():
            path = "keel.yaml"
    if path is None:
        return Settings()
    p = Path(path)
    if not p.is_file():
        raise ConfigError([ConfigProblem(str(p), "", "config file not found")])
    return parse_settings(p.read_text(encoding="utf-8"), source=str(p))


def _mapping(
    text: str, source: str, problems: list[ConfigProblem]
) -> tuple[dict[str, Any], dict[tuple[Any, ...], yaml.Mark]]:
    """TEXT's top-level mapping and the position of every key path in it; ConfigError (with
    PROBLEMS found before) when it is not YAML or not a mapping."""
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError([*problems, ConfigProblem(where, "", f"invalid YAML: {problem}")]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([*problems, ConfigProblem(source, "", "the top level must be a mapping")])
    return data, (_mark_index(node) if node is not None else {})


def _validation_problems(
    exc: ValidationError, source: str, marks: dict[tuple[Any, ...], yaml.Mark]
) -> list[ConfigProblem]:
    out = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        out.append(ConfigProblem(_where(source, marks, loc), _dotted(loc), msg))
    return out


def parse_yaml_model(text: str, model: type[M], source: str = "<yaml>") -> M:
    """A pydantic MODEL from YAML TEXT (a job spec: a training run, an evaluation, a workflow);
    ConfigError naming every problem with its file:line:col and key path, as for keel.yaml."""
    data, marks = _mapping(text, source, [])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(sorted(_validation_problems(exc, source, marks), key=_line_order)) from None


def load_yaml_model(path: str | Path, model: type[M]) -> M:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([ConfigProblem(str(p), "", f"cannot read: {exc.strerror or exc}")]) from None
    return parse_yaml_model(text, model, str(p))
