"""The prompt-template repository: named templates with immutable versions and movable labels.

A version is chat (`messages`: role + Jinja2 content each) or text (`text`), or a `partial` that
other templates include (`{% include "support-examples" %}`: a few-shot example set, a
chain-of-thought scaffold). Templates render in Jinja2's sandbox against declared variables: a
variable the template uses but does not declare is refused when the version is pushed; at render
time a missing required variable or one the template does not declare is a 400 naming them.
Includes are pinned when a version is pushed (to the partial's version that NAME, NAME@LABEL or
NAME/VERSION named then), so a version renders the same forever. Model parameters (temperature,
max_tokens, …) are stored with the version and apply when a request does not set them.

Built-in partials: `keel/cot` (a chain-of-thought scaffold) and `keel/few_shot` (renders the
variable `examples`, a list of {input, output}).
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from jinja2 import StrictUndefined, TemplateError, TemplateNotFound, meta
from jinja2.loaders import BaseLoader
from jinja2.sandbox import ImmutableSandboxedEnvironment
from sqlalchemy import Engine, func, select

from keel.errors import InvalidRequest, NotFound
from keel.registry.refs import (
    Ref,
    bump,
    check_label,
    check_name,
    label_history,
    labels_of,
    move_label,
    next_version,
    now,
    parse_ref,
    resolve_version,
    rollback_label,
    version_dict,
)
from keel.store.tables import PromptTemplate, PromptVersion

KIND = "prompt"
KINDS = ("chat", "text", "partial")
ROLES = ("system", "user", "assistant", "developer")
VERSIONS = PromptVersion.__table__
TEMPLATES = PromptTemplate.__table__
PARAMS = {
    "temperature",
    "top_p",
    "max_tokens",
    "max_completion_tokens",
    "stop",
    "presence_penalty",
    "frequency_penalty",
    "seed",
    "response_format",
}

BUILTIN_PARTIALS = {
    "keel/cot": (
        "Think the problem through step by step before you answer: write your reasoning first, "
        'then the final answer on its own line, starting with "Answer:".'
    ),
    "keel/few_shot": (
        "{% for ex in examples %}Input: {{ ex.input }}\nOutput: {{ ex.output }}\n{% if not loop.last %}\n{% endif %}"
        "{% endfor %}"
    ),
}
BUILTIN_VARIABLES = {"keel/cot": set(), "keel/few_shot": {"examples"}}


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered template: its pinned version, the messages (chat) or text, and its parameters."""

    ref: str  # NAME/VERSION
    kind: str
    messages: list[dict[str, str]] | None
    text: str | None
    params: dict[str, Any]


@dataclass(slots=True)
class Compiled:
    """One version, compiled once (versions never change): its templates and declared variables."""

    ref: str
    kind: str
    parts: list[tuple[str | None, Any]]  # (role or None for text, jinja Template)
    required: frozenset[str]
    defaults: dict[str, Any]
    declared: frozenset[str]
    params: dict[str, Any]
    sources: dict[str, str] = field(default_factory=dict)  # include name -> partial source
    globals: dict[str, Any] = field(default_factory=dict)  # Jinja2's globals, flattened once

    def render(self, variables: dict[str, Any]) -> Rendered:
        if not isinstance(variables, dict):
            raise InvalidRequest("prompt variables must be an object: name -> value", param="prompt.variables")
        missing = sorted(self.required - variables.keys())
        extra = sorted(variables.keys() - self.declared)
        if missing or extra:
            said = []
            if missing:
                said.append(f"missing variable(s): {', '.join(missing)}")
            if extra:
                said.append(f"variable(s) the template does not declare: {', '.join(extra)}")
            raise InvalidRequest(
                f"prompt {self.ref}: {'; '.join(said)} (declared: {', '.join(sorted(self.declared)) or 'none'})",
                param="prompt.variables",
                code="invalid_prompt_variables",
            )
        values = {**self.globals, **self.defaults, **variables}
        try:
            if self.kind == "chat":
                msgs = [{"role": role or "user", "content": _render(t, values)} for role, t in self.parts]
                return Rendered(self.ref, self.kind, msgs, None, self.params)
            return Rendered(self.ref, self.kind, None, _render(self.parts[0][1], values), self.params)
        except TemplateError as exc:
            raise InvalidRequest(
                f"prompt {self.ref} failed to render: {exc}", param="prompt", code="prompt_render_failed"
            ) from None


def _render(template: Any, values: dict[str, Any]) -> str:
    """Template.render without its per-call copy of the globals (VALUES already holds them,
    flattened once per version): what a render costs is most of a template call's latency."""
    ctx = template.new_context(values, shared=True)
    try:
        return template.environment.concat(template.root_render_func(ctx))
    except Exception:
        template.environment.handle_exception()
        raise  # handle_exception always raises; for the type checker


class _PinnedLoader(BaseLoader):
    """Includes resolve to the partial versions pinned when the including version was pushed."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.sources = sources

    def get_source(self, environment: Any, template: str) -> tuple[str, None, Any]:
        if template not in self.sources:
            raise TemplateNotFound(template)
        return self.sources[template], None, lambda: True


def _env(sources: dict[str, str]) -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(
        loader=_PinnedLoader(sources), undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False
    )


def _template_texts(kind: str, template: dict[str, Any]) -> list[tuple[str | None, str]]:
    if kind == "chat":
        return [(m["role"], m["content"]) for m in template["messages"]]
    return [(None, template["text"])]


def _normalize(kind: str, messages: Any, text: Any) -> dict[str, Any]:
    if kind not in KINDS:
        raise InvalidRequest(f"kind must be one of {', '.join(KINDS)}", param="kind")
    if kind == "chat":
        if text is not None or not isinstance(messages, list) or not messages:
            raise InvalidRequest("a chat template needs `messages` (a non-empty list), not `text`", param="messages")
        out = []
        for i, m in enumerate(messages):
            if not isinstance(m, dict) or set(m) - {"role", "content"} or not isinstance(m.get("content"), str):
                raise InvalidRequest(f"messages[{i}]: give role and content (a string)", param=f"messages[{i}]")
            if m.get("role", "user") not in ROLES:
                raise InvalidRequest(f"messages[{i}].role must be one of {', '.join(ROLES)}", param=f"messages[{i}]")
            out.append({"role": m.get("role", "user"), "content": m["content"]})
        return {"messages": out}
    if messages is not None or not isinstance(text, str):
        raise InvalidRequest(f"a {kind} template needs `text` (a string), not `messages`", param="text")
    return {"text": text}


def _variables(value: Any) -> dict[str, dict[str, Any]]:
    """Declared variables: a list of names (all required) or NAME -> {required, default, description}."""
    if value is None:
        return {}
    if isinstance(value, list):
        value = {str(v): {} for v in value}
    if not isinstance(value, dict):
        raise InvalidRequest("variables: a list of names, or a mapping name -> {required, default}", param="variables")
    out: dict[str, dict[str, Any]] = {}
    for name, spec in value.items():
        spec = {} if spec is None else spec
        if not isinstance(spec, dict) or set(spec) - {"required", "default", "description"}:
            raise InvalidRequest(f"variables.{name}: give required, default or description", param="variables")
        required = spec.get("required", "default" not in spec)
        out[str(name)] = {"required": bool(required), **{k: v for k, v in spec.items() if k != "required"}}
    return out


class PromptRegistry:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._compiled: dict[str, Compiled] = {}  # NAME/VERSION -> compiled (versions are immutable)

    # ------------------------------------------------------------------ writing

    def push(
        self,
        name: str,
        *,
        kind: str | None = None,
        messages: list[dict[str, Any]] | None = None,
        text: str | None = None,
        variables: Any = None,
        params: dict[str, Any] | None = None,
        message: str | None = None,
        labels: Iterable[str] = (),
        description: str | None = None,
        actor: str = "system",
    ) -> dict[str, Any]:
        """A new version of template NAME — or, when its content equals the newest version's, that
        version (pushing the same file twice changes nothing). LABELS then point at it."""
        check_name(name, "prompt name")
        if name in BUILTIN_PARTIALS:
            raise InvalidRequest(f"{name!r} is a built-in partial", param="name")
        kind = kind or ("chat" if messages is not None else "text")
        template = _normalize(kind, messages, text)
        declared = _variables(variables)
        params = dict(params or {})
        unknown = sorted(set(params) - PARAMS)
        if unknown:
            raise InvalidRequest(
                f"params: unknown {', '.join(unknown)}; known: {', '.join(sorted(PARAMS))}", param="params"
            )
        if "response_format" in params:
            response_format_params(params["response_format"])
        labels = [check_label(lb) for lb in labels]
        with self.engine.begin() as conn:
            template["partials"] = self._pin_includes(conn, kind, template, declared)
            sha = _sha(kind, template, declared, params)
            latest = conn.execute(
                select(VERSIONS.c.version, VERSIONS.c.sha256)
                .where(VERSIONS.c.name == name)
                .order_by(VERSIONS.c.version.desc())
                .limit(1)
            ).first()
            created = latest is None or latest.sha256 != sha
            if created:
                if conn.execute(select(TEMPLATES.c.name).where(TEMPLATES.c.name == name)).first() is None:
                    conn.execute(TEMPLATES.insert().values(name=name, description=description, created_at=now()))
                version = next_version(conn, VERSIONS, "name", name)
                conn.execute(
                    VERSIONS.insert().values(
                        name=name,
                        version=version,
                        kind=kind,
                        template=template,
                        variables=declared,
                        params=params,
                        sha256=sha,
                        message=message,
                        created_at=now(),
                        created_by=actor,
                    )
                )
                bump(conn)
            else:
                version = latest.version
            for label in labels:
                move_label(conn, KIND, name, label, version, actor, reason="pushed")
        out = self.get(f"{name}/{version}")
        out["created"] = created
        return out

    def _pin_includes(
        self, conn: Any, kind: str, template: dict[str, Any], declared: dict[str, dict[str, Any]]
    ) -> dict[str, str]:
        """Check the Jinja2 source, pin every include to a partial version, and check that every
        variable it (or an included partial) uses is declared."""
        pinned: dict[str, str] = {}
        used: set[str] = set()
        todo = [text for _, text in _template_texts(kind, template)]
        seen: set[str] = set()
        env = _env({})
        while todo:
            source = todo.pop()
            try:
                ast = env.parse(source)
            except TemplateError as exc:
                raise InvalidRequest(
                    f"template syntax error: {exc}", param="template", code="invalid_template"
                ) from None
            used |= meta.find_undeclared_variables(ast)
            for include in meta.find_referenced_templates(ast):
                if include is None:
                    raise InvalidRequest("includes must name a partial literally", param="template")
                if include in seen:
                    continue
                seen.add(include)
                if include in BUILTIN_PARTIALS:
                    pinned[include] = include
                    todo.append(BUILTIN_PARTIALS[include])
                    continue
                ref = parse_ref(include, "partial")
                version = resolve_version(conn, KIND, VERSIONS, "name", ref, "partial")
                row = conn.execute(
                    select(VERSIONS.c.kind, VERSIONS.c.template).where(
                        VERSIONS.c.name == ref.name, VERSIONS.c.version == version
                    )
                ).one()
                if row.kind == "chat":
                    raise InvalidRequest(f"{include!r} is a chat template; only text and partials can be included")
                pinned[include] = f"{ref.name}/{version}"
                todo.append(row.template["text"])
        undeclared = sorted(used - declared.keys())
        if declared and undeclared:
            raise InvalidRequest(
                f"the template uses variable(s) it does not declare: {', '.join(undeclared)}",
                param="variables",
                code="undeclared_variables",
            )
        if not declared:  # nothing declared: every variable used is required
            declared.update({v: {"required": True} for v in sorted(used)})
        return pinned

    def label(self, ref: str, label: str, *, actor: str = "system") -> dict[str, Any]:
        r = parse_ref(ref, "prompt")
        with self.engine.begin() as conn:
            version = resolve_version(conn, KIND, VERSIONS, "name", r, "prompt")
            previous = move_label(conn, KIND, r.name, label, version, actor)
        return {"prompt": r.name, "label": label, "from_version": previous, "to_version": version}

    def rollback(self, name: str, label: str, *, actor: str = "system") -> dict[str, Any]:
        with self.engine.begin() as conn:
            current, previous = rollback_label(conn, KIND, name, label, actor)
        return {"prompt": name, "label": label, "from_version": current, "to_version": previous}

    def sync(self, folder: str | Path, *, actor: str = "sync") -> list[dict[str, Any]]:
        """Push every template file under FOLDER (YAML: name, kind, messages | text, variables,
        params, labels, description); unchanged files change nothing."""
        docs = read_template_files(folder)
        out = []
        for path, doc in docs:
            try:
                result = self.push(
                    doc["name"],
                    kind=doc.get("kind"),
                    messages=doc.get("messages"),
                    text=doc.get("text"),
                    variables=doc.get("variables"),
                    params=doc.get("params"),
                    labels=doc.get("labels") or (),
                    description=doc.get("description"),
                    message=doc.get("message") or f"synced from {path.name}",
                    actor=actor,
                )
            except (InvalidRequest, NotFound) as exc:
                raise type(exc)(f"{path}: {exc.message}", param=exc.param, code=exc.code) from None
            out.append({"file": str(path), "ref": result["ref"], "created": result["created"]})
        return out

    # ------------------------------------------------------------------ reading

    def get(self, ref: str | Ref) -> dict[str, Any]:
        r = parse_ref(ref, "prompt") if isinstance(ref, str) else ref
        with self.engine.connect() as conn:
            version = resolve_version(conn, KIND, VERSIONS, "name", r, "prompt")
            row = conn.execute(select(VERSIONS).where(VERSIONS.c.name == r.name, VERSIONS.c.version == version)).one()
            return version_dict(row, r.name, labels_of(conn, KIND, r.name))

    def list(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            latest = dict(
                conn.execute(select(VERSIONS.c.name, func.max(VERSIONS.c.version)).group_by(VERSIONS.c.name)).all()
            )
            rows = conn.execute(select(TEMPLATES).order_by(TEMPLATES.c.name)).all()
            return [
                {
                    "name": t.name,
                    "description": t.description,
                    "latest_version": latest.get(t.name),
                    "labels": labels_of(conn, KIND, t.name),
                }
                for t in rows
            ]

    def versions(self, name: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(VERSIONS).where(VERSIONS.c.name == name).order_by(VERSIONS.c.version)).all()
            labels = labels_of(conn, KIND, name)
        if not rows:
            raise NotFound(f"prompt template {name!r} does not exist", code="not_found")
        return [version_dict(row, name, labels) for row in rows]

    def history(self, name: str, label: str | None = None) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return label_history(conn, KIND, name, label)

    def diff(self, a: str, b: str) -> str:
        """A unified diff of two versions' source (messages or text, variables, parameters)."""
        left, right = self.get(a), self.get(b)
        return "".join(
            difflib.unified_diff(
                _source_lines(left), _source_lines(right), fromfile=left["ref"], tofile=right["ref"], n=3
            )
        )

    # ------------------------------------------------------------------ rendering

    def compiled(self, ref: str) -> Compiled:
        """Version REF (NAME/VERSION) compiled; cached for good, since versions never change."""
        found = self._compiled.get(ref)
        if found is None:
            found = self._compiled[ref] = self._compile(self.get(ref))
        return found

    def version_of(self, ref: str | Ref) -> str:
        """NAME/VERSION for a reference that may name a label or the newest version."""
        r = parse_ref(ref, "prompt") if isinstance(ref, str) else ref
        if r.version is not None:
            return f"{r.name}/{r.version}"
        with self.engine.connect() as conn:
            return f"{r.name}/{resolve_version(conn, KIND, VERSIONS, 'name', r, 'prompt')}"

    def render(self, ref: str, variables: dict[str, Any] | None = None) -> Rendered:
        return self.compiled(self.version_of(ref)).render(variables or {})

    def _compile(self, version: dict[str, Any]) -> Compiled:
        template = version["template"]
        sources: dict[str, str] = {}
        with self.engine.connect() as conn:
            todo = dict(template.get("partials", {}))
            while todo:
                include, pinned = todo.popitem()
                if include in sources:
                    continue
                if pinned in BUILTIN_PARTIALS:
                    sources[include] = BUILTIN_PARTIALS[pinned]
                    continue
                name, number = pinned.rsplit("/", 1)
                row = conn.execute(
                    select(VERSIONS.c.template).where(VERSIONS.c.name == name, VERSIONS.c.version == int(number))
                ).one()
                sources[include] = row.template["text"]
                todo.update({k: v for k, v in row.template.get("partials", {}).items() if k not in sources})
        env = _env(sources)
        parts = [(role, env.from_string(text)) for role, text in _template_texts(version["kind"], template)]
        variables = version["variables"]
        return Compiled(
            ref=version["ref"],
            kind=version["kind"],
            parts=parts,
            required=frozenset(n for n, s in variables.items() if s.get("required", True)),
            defaults={n: s["default"] for n, s in variables.items() if "default" in s},
            declared=frozenset(variables),
            params=version["params"],
            sources=sources,
            globals=dict(env.globals),
        )


TEMPLATE_FILE_KEYS = ("name", "kind", "messages", "text", "variables", "params", "labels", "description", "message")


def read_template_files(folder: str | Path) -> list[tuple[Path, dict[str, Any]]]:
    """The template files (YAML) under FOLDER, partials first (templates include them)."""
    import yaml

    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidRequest(f"{folder}: not a folder", param="folder")
    docs = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()):
        try:
            doc = yaml.safe_load(path.read_text())
        except yaml.YAMLError as exc:
            raise InvalidRequest(f"{path}: not valid YAML ({exc})", code="invalid_template_file") from None
        if not isinstance(doc, dict) or "name" not in doc:
            raise InvalidRequest(f"{path}: a template file needs at least `name`", code="invalid_template_file")
        unknown = sorted(set(doc) - set(TEMPLATE_FILE_KEYS))
        if unknown:
            raise InvalidRequest(
                f"{path}: unknown key(s) {unknown}; known: {', '.join(TEMPLATE_FILE_KEYS)}",
                code="invalid_template_file",
            )
        docs.append((path, doc))
    docs.sort(key=lambda d: (d[1].get("kind", "chat") != "partial", str(d[0])))
    return docs


def response_format_params(value: Any) -> dict[str, Any] | None:
    """OpenAI's `response_format` as stored with a template -> the generation parameter."""
    kind = value.get("type") if isinstance(value, dict) else None
    if kind == "text":
        return None
    if kind == "json_object":
        return {"type": "json_object"}
    schema = value.get("json_schema", {}).get("schema") if kind == "json_schema" else None
    if isinstance(schema, dict):
        return {"type": "json_schema", "schema": schema}
    raise InvalidRequest(
        "params.response_format: {type: text | json_object} or {type: json_schema, json_schema: {schema: {...}}}",
        param="params.response_format",
    )


def _sha(kind: str, template: dict[str, Any], variables: dict[str, Any], params: dict[str, Any]) -> str:
    blob = orjson.dumps(
        {"kind": kind, "template": template, "variables": variables, "params": params}, option=orjson.OPT_SORT_KEYS
    )
    return hashlib.sha256(blob).hexdigest()


def _source_lines(version: dict[str, Any]) -> list[str]:
    lines = [f"kind: {version['kind']}\n"]
    for role, text in _template_texts(version["kind"], version["template"]):
        lines.append(f"--- {role or 'text'}\n")
        lines += [line + "\n" for line in text.splitlines()]
    lines.append(f"variables: {orjson.dumps(version['variables'], option=orjson.OPT_SORT_KEYS).decode()}\n")
    lines.append(f"params: {orjson.dumps(version['params'], option=orjson.OPT_SORT_KEYS).decode()}\n")
    return lines
