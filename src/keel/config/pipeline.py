"""pipeline: the ordered stages of each route.

An entry is a stage name (`cache`) or a one-key mapping that configures it (`{my_stage: {k: v}}`);
the stage's own `Config` schema validates those parameters. Which stages exist, what each needs
before it and what it provides are checked when the file loads (`keel.pipeline.plan`), so a
mistake is reported with its file:line by `keel config check`, never at the first request.
"""

from __future__ import annotations

from typing import Any

ROUTES = ("chat", "completions", "embeddings")
DEFAULT_PIPELINE: dict[str, list[str]] = {
    "chat": ["preprocess", "limits", "generate", "postprocess"],
    "completions": ["preprocess", "limits", "generate", "postprocess"],
    "embeddings": ["preprocess", "limits", "generate"],
}

StageEntry = str | dict[str, dict[str, Any]]


def default_pipeline() -> dict[str, list[StageEntry]]:
    return {k: list(v) for k, v in DEFAULT_PIPELINE.items()}


def entry_name(entry: StageEntry) -> str:
    return entry if isinstance(entry, str) else next(iter(entry))


def entry_params(entry: StageEntry) -> dict[str, Any]:
    return {} if isinstance(entry, str) else dict(next(iter(entry.values())) or {})


def check_routes(value: dict[str, list[StageEntry]]) -> dict[str, list[StageEntry]]:
    """Shape only (routes known, entries well formed); stage semantics are checked by the plan."""
    unknown = sorted(set(value) - set(ROUTES))
    if unknown:
        raise ValueError(f"unknown route(s) {unknown}; routes are {list(ROUTES)}")
    merged = default_pipeline()
    merged.update(value)
    for route, entries in merged.items():
        for entry in entries:
            if isinstance(entry, dict) and (len(entry) != 1 or not isinstance(next(iter(entry.values())) or {}, dict)):
                raise ValueError(f"route {route!r}: a configured stage is a one-key mapping, e.g. {{cache: {{}}}}")
    return merged
