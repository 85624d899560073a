"""Eval fixtures: OpenAI-compatible upstreams on loopback (tests/upstreams: each answers
"<name>: <last user message>", usage 7 prompt tokens + one per word), served by Keel as models.

The dataset is made so the two models differ in a known way on keyword_hit: every row's
keywords are "refund", "good" and k extra words (k = 0, 1, 2) that no answer has, so `good`
(answering "good: … refund …") hits 2 of 2 + k and `bad` 1 of 2 + k.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from keel.config import ModelSettings, Settings, StorageSettings
from tests.upstreams.openai_server import Behaviour, UpstreamServer

EXTRA = ("zebra", "quartz")


def rows(n: int = 6) -> list[dict]:
    out = []
    for i in range(1, n + 1):
        k = (i - 1) % 3
        out.append(
            {"id": f"r{i}", "prompt": f"question {i} about a refund", "keywords": ["refund", "good", *EXTRA[:k]]}
        )
    return out


def keyword_hit(model: str, n: int = 6) -> float:
    """The expected mean keyword_hit of MODEL ("good" or "bad") on `rows(n)`."""
    hits = 2 if model == "good" else 1
    values = [hits / len(r["keywords"]) for r in rows(n)]
    return sum(values) / len(values)


def write_rows(path: Path, data: list[dict]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in data))
    return path


@pytest.fixture(scope="module")
def upstreams() -> Iterator[dict[str, UpstreamServer]]:
    ups = {
        "good": UpstreamServer("good").start(),
        "bad": UpstreamServer("bad").start(),
        "judge": UpstreamServer("judge").start(),
        "flaky": UpstreamServer("flaky", Behaviour(fail_status=500, fail_times=0)).start(),
    }
    try:
        yield ups
    finally:
        for up in ups.values():
            up.stop()


def model_settings(upstreams: dict[str, UpstreamServer]) -> list[ModelSettings]:
    return [
        ModelSettings(name=name, provider="openai_compat", params={"base_url": up.base_url}, routing={"retries": 0})
        for name, up in upstreams.items()
    ]


@pytest.fixture
def settings(tmp_path, upstreams) -> Settings:
    return Settings(
        storage=StorageSettings(url=f"sqlite:///{tmp_path}/keel.db", log_flush_interval_s=0.05),
        models=model_settings(upstreams),
    )
