"""OpenAI's Batch API through the openai SDK, against a live gateway whose worker runs the batch
on a loopback upstream (answers "<name>: <last user message>")."""

from __future__ import annotations

import time
from collections.abc import Iterator

import openai
import orjson
import pytest

from keel.config import JobsSettings, ModelSettings, ServerSettings, Settings, StorageSettings
from tests.conftest import LiveServer, free_port
from tests.upstreams.openai_server import UpstreamServer


@pytest.fixture(scope="module")
def upstream() -> Iterator[UpstreamServer]:
    up = UpstreamServer("echo").start()
    yield up
    up.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory, upstream) -> Iterator[LiveServer]:
    tmp = tmp_path_factory.mktemp("batch")
    settings = Settings(
        server=ServerSettings(port=free_port()),
        storage=StorageSettings(url=f"sqlite:///{tmp}/keel.db", log_flush_interval_s=0.05),
        models=[ModelSettings(name="echo", provider="openai_compat", params={"base_url": upstream.base_url})],
        jobs=JobsSettings(poll_s=0.05, heartbeat_s=0.1, concurrency=4),
    )
    s = LiveServer(settings).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def sdk(server) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server.url}/v1", api_key="unused")


def lines(n: int, model: str | None = "echo") -> bytes:
    out = []
    for i in range(n):
        body = {"messages": [{"role": "user", "content": f"question {i}"}], "max_tokens": 8}
        if model:
            body["model"] = model
        out.append(orjson.dumps({"custom_id": f"r{i}", "method": "POST", "url": "/v1/chat/completions", "body": body}))
    return b"\n".join(out) + b"\n"


def wait(sdk: openai.OpenAI, batch_id: str, until=("completed", "failed", "cancelled"), timeout: float = 60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        b = sdk.batches.retrieve(batch_id)
        if b.status in until:
            return b
        time.sleep(0.05)
    raise AssertionError(f"batch {batch_id} is still {b.status}")


def test_files_and_batches_round_trip(sdk, upstream):
    f = sdk.files.create(file=("in.jsonl", lines(25)), purpose="batch")
    assert f.purpose == "batch"
    b = sdk.batches.create(
        input_file_id=f.id, endpoint="/v1/chat/completions", completion_window="24h", metadata={"team": "support"}
    )
    assert b.status == "validating" and b.metadata == {"team": "support"}
    done = wait(sdk, b.id)
    assert done.status == "completed", done.errors
    assert done.request_counts.total == 25 and done.request_counts.completed == 25 and done.request_counts.failed == 0
    assert done.in_progress_at and done.finalizing_at and done.completed_at and done.error_file_id is None
    out = [orjson.loads(x) for x in sdk.files.content(done.output_file_id).content.splitlines()]
    assert [o["custom_id"] for o in out] == [f"r{i}" for i in range(25)]  # every line once, in input order
    first = out[3]
    assert first["response"]["status_code"] == 200 and first["error"] is None
    assert first["response"]["body"]["choices"][0]["message"]["content"] == "echo: question 3"
    assert first["id"].startswith("batch_req_")
    assert sdk.files.retrieve(done.output_file_id).purpose == "batch_output"
    listed = sdk.batches.list(limit=5)
    assert b.id in [x.id for x in listed.data]


def test_a_batchs_requests_run_as_the_key_that_created_it(server, upstream):
    """Not as an anonymous batch principal: the creating key's per-key limits and guard policy
    apply to its lines, and the request log names it."""
    import sqlalchemy as sa

    from keel.security.keys import key_id

    mine = openai.OpenAI(base_url=f"{server.url}/v1", api_key="sk-batch-owner-0001")
    f = mine.files.create(file=("in.jsonl", lines(3).replace(b"question", b"owned question")), purpose="batch")
    done = wait(mine, mine.batches.create(input_file_id=f.id, endpoint="/v1/chat/completions",
                                          completion_window="24h").id)  # fmt: skip
    assert done.status == "completed", done.errors
    engine = sa.create_engine(server.settings.storage.url)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the request log is written behind the requests
        with engine.connect() as conn:
            who = conn.execute(
                sa.text("SELECT principal FROM request_log WHERE route = 'chat' ORDER BY id DESC LIMIT 3")
            ).scalars().all()  # fmt: skip
        if len(who) == 3 and set(who) == {key_id("sk-batch-owner-0001")}:
            break
        time.sleep(0.05)
    assert who == [key_id("sk-batch-owner-0001")] * 3
    engine.dispose()


def test_model_from_the_batch_and_failed_lines_in_the_error_file(sdk):
    content = lines(3, model=None) + orjson.dumps(
        {
            "custom_id": "bad",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "nope", "messages": [{"role": "user", "content": "x"}]},
        }
    )
    f = sdk.files.create(file=("in.jsonl", content), purpose="batch")
    b = sdk.batches.create(
        input_file_id=f.id, endpoint="/v1/chat/completions", completion_window="24h", extra_body={"model": "echo"}
    )
    done = wait(sdk, b.id)
    assert done.status == "completed"
    assert (done.request_counts.completed, done.request_counts.failed) == (3, 1)
    err = [orjson.loads(x) for x in sdk.files.content(done.error_file_id).content.splitlines()]
    assert [e["custom_id"] for e in err] == ["bad"]
    assert err[0]["response"]["status_code"] == 404
    assert "nope" in err[0]["response"]["body"]["error"]["message"]


def test_invalid_input_fails_with_every_line_named(sdk, upstream):
    before = len(upstream.requests)
    content = b"\n".join(
        [
            orjson.dumps(
                {
                    "custom_id": "a",
                    "method": "POST",
                    "url": "/v1/chat/completions",
                    "body": {"model": "echo", "messages": []},
                }
            ),
            b"{not json",
            orjson.dumps(
                {"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "echo"}}
            ),
            orjson.dumps({"custom_id": "c", "method": "GET", "url": "/v1/embeddings", "body": {}}),
        ]
    )
    f = sdk.files.create(file=("in.jsonl", content), purpose="batch")
    b = sdk.batches.create(input_file_id=f.id, endpoint="/v1/chat/completions", completion_window="24h")
    done = wait(sdk, b.id)
    assert done.status == "failed" and done.failed_at
    by_line = {}
    for e in done.errors.data:
        by_line.setdefault(e.line, []).append(e.code)
    assert by_line[2] == ["invalid_json"]
    assert by_line[3] == ["duplicate_custom_id"]
    assert set(by_line[4]) == {"invalid_method", "mismatched_url", "missing_model"}
    assert len(upstream.requests) == before  # nothing ran


def test_create_errors_are_clear(sdk):
    f = sdk.files.create(file=("in.jsonl", lines(1)), purpose="batch")
    with pytest.raises(openai.BadRequestError, match="endpoint"):
        sdk.batches.create(input_file_id=f.id, endpoint="/v1/images", completion_window="24h")
    with pytest.raises(openai.NotFoundError):
        sdk.batches.create(input_file_id="file-nope", endpoint="/v1/chat/completions", completion_window="24h")
    with pytest.raises(openai.NotFoundError):
        sdk.batches.retrieve("batch_nope")


def test_cancel_keeps_what_finished(sdk, upstream):
    upstream.behaviour.delay_s = 0.05
    try:
        f = sdk.files.create(file=("in.jsonl", lines(200)), purpose="batch")
        b = sdk.batches.create(input_file_id=f.id, endpoint="/v1/chat/completions", completion_window="24h")
        wait(sdk, b.id, until=("in_progress",))
        deadline = time.monotonic() + 30
        while sdk.batches.retrieve(b.id).request_counts.completed < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        c = sdk.batches.cancel(b.id)
        assert c.status in ("cancelling", "cancelled")
        done = wait(sdk, b.id)
        assert done.status == "cancelled" and done.cancelled_at
        got = [orjson.loads(x)["custom_id"] for x in sdk.files.content(done.output_file_id).content.splitlines()]
        assert 5 <= len(got) < 200 and len(set(got)) == len(got)
        assert done.request_counts.completed == len(got)
    finally:
        upstream.behaviour.delay_s = 0.0


def test_keel_client_in_process_runs_a_batch_on_its_own_worker(tmp_path, upstream):
    import keel

    settings = Settings(
        storage=StorageSettings(url=f"sqlite:///{tmp_path}/keel.db"),
        models=[ModelSettings(name="echo", provider="openai_compat", params={"base_url": upstream.base_url})],
        jobs=JobsSettings(poll_s=0.05, heartbeat_s=0.1),
    )
    with keel.Client(settings=settings) as client:
        f = client.files.create(file=("in.jsonl", lines(3)), purpose="batch")
        b = client.batches.create(input_file_id=f.id, endpoint="/v1/chat/completions")
        deadline = time.monotonic() + 60
        while (b := client.batches.retrieve(b.id)).status != "completed":
            assert b.status not in ("failed", "cancelled") and time.monotonic() < deadline, b
            time.sleep(0.05)
        assert b.request_counts.completed == 3
        out = client.files.content(b.output_file_id).splitlines()
        assert [orjson.loads(x)["custom_id"] for x in out] == ["r0", "r1", "r2"]
        assert client.services.job_worker.scheduler is None  # a client's worker fires no schedules
        assert [j["id"] for j in client.jobs.list(kind="batch")["data"]] == [b.id]
