"""OpenAI's fine-tuning API end to end with the openai SDK: upload, job, events, checkpoints,
cancel; the tuned model registered with its lineage and answering by its fine_tuned_model name."""

from __future__ import annotations

import json
import time

import httpx
import openai
import pytest

from keel.config import ModelSettings, RegistrySettings, ServerSettings, Settings, StorageSettings, TrainingSettings
from tests.conftest import MODEL, LiveServer, free_port
from tests.training.conftest import rows


@pytest.fixture(scope="module")
def ft_server(tmp_path_factory):
    d = tmp_path_factory.mktemp("ft")
    settings = Settings(
        server=ServerSettings(port=free_port()),
        storage=StorageSettings(url=f"sqlite:///{d}/keel.db", log_flush_interval_s=0.05),
        models=[ModelSettings(name=MODEL, provider="llama_cpp", params={"n_ctx": 1024})],
        registry=RegistrySettings(poll_s=0.2),
        training=TrainingSettings(dir=str(d / "jobs"), poll_s=0.2),
    )
    live = LiveServer(settings).start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def sdk(ft_server):
    return openai.OpenAI(base_url=f"{ft_server.url}/v1", api_key="unused", max_retries=0, timeout=300)


def jsonl(items) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in items).encode()


def wait(sdk, job_id: str, until=("succeeded", "failed", "cancelled"), timeout: float = 600):
    deadline = time.monotonic() + timeout
    while True:
        job = sdk.fine_tuning.jobs.retrieve(job_id)
        if job.status in until:
            return job
        assert time.monotonic() < deadline, f"job still {job.status}"
        time.sleep(0.5)


def test_a_bad_training_file_is_refused_with_its_lines(sdk):
    with pytest.raises(openai.BadRequestError) as e:
        sdk.files.create(file=("bad.jsonl", b'{"prompt": "hi"}\nnot json\n'), purpose="fine-tune")
    assert "line 1" in e.value.message and "line 2" in e.value.message
    assert all(f.filename != "bad.jsonl" for f in sdk.files.list().data)


def test_fine_tune_through_the_openai_sdk_and_serve_the_result(sdk, ft_server):
    train = sdk.files.create(file=("train.jsonl", jsonl(rows("support.jsonl", 6))), purpose="fine-tune")
    val = sdk.files.create(file=("val.jsonl", jsonl(rows("test.jsonl", 2))), purpose="fine-tune")
    assert train.status == "processed" and train.bytes > 0
    assert sdk.files.content(train.id).content == jsonl(rows("support.jsonl", 6))
    job = sdk.fine_tuning.jobs.create(
        model=MODEL,
        training_file=train.id,
        validation_file=val.id,
        hyperparameters={"n_epochs": 1, "batch_size": 2},
        suffix="support",
        seed=7,
        extra_body={
            "config": {"hyperparameters": {"max_steps": 2, "max_seq_len": 64}, "lora": {"r": 4}, "checkpoint_steps": 1}
        },
    )
    assert job.status == "queued" and job.fine_tuned_model is None
    assert job.id in [j.id for j in sdk.fine_tuning.jobs.list().data]
    done = wait(sdk, job.id)
    assert done.status == "succeeded", done.error
    name = done.fine_tuned_model
    assert name.startswith(f"ft:{MODEL}:default:support:")
    assert done.trained_tokens > 0 and done.result_files

    events = sdk.fine_tuning.jobs.list_events(job.id, limit=100).data
    metrics = [e.data for e in events if e.type == "metrics" and e.data and "train_loss" in e.data]
    assert {m["step"] for m in metrics} == {1, 2}
    assert all("tokens_per_s" in m and "eta_s" in m for m in metrics)
    assert any("successfully completed" in e.message for e in events)
    checkpoints = sdk.fine_tuning.jobs.checkpoints.list(job.id).data
    assert [c.step_number for c in checkpoints][:2] == [2, 1]
    assert b"step,train_loss" in sdk.files.content(done.result_files[0]).content

    # registered with its lineage, and served by the gateway through llama.cpp
    http = httpx.Client(base_url=ft_server.url, timeout=300)
    version = http.get("/admin/registry/models/lookup", params={"ref": name}).json()
    assert version["training_run"] == job.id and version["base_model"] == MODEL
    assert version["dataset"].startswith(f"ft-data-{job.id}/")
    assert version["source"]["params"]["lora_path"].endswith("adapter.gguf")
    deadline = time.monotonic() + 300
    while name not in [m.id for m in sdk.models.list().data]:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    while True:
        try:
            chat = sdk.chat.completions.create(
                model=name,
                messages=[{"role": "user", "content": "How long is the warranty?"}],
                max_tokens=16,
                temperature=0,
            )
            break
        except openai.APIStatusError as exc:  # 503 while the catalogue loads it
            assert exc.status_code == 503 and time.monotonic() < deadline
            time.sleep(0.5)
    assert chat.model == name and chat.choices[0].message.content.strip()
    comp = sdk.completions.create(
        model=name, prompt="User: Where is the company based?\nAssistant:", max_tokens=12, temperature=0
    )
    assert comp.choices[0].text.strip()

    # the base and the tuned version answering together under one name (an ensemble)
    source = {"provider": "ensemble", "params": {"members": [MODEL, name], "mode": "vote"}}
    assert http.post("/admin/registry/models/support-ensemble/versions", json={"source": source}).status_code == 200
    assert http.put("/admin/registry/served/support-ensemble", json={"ref": "support-ensemble/1"}).status_code == 200
    while "support-ensemble" not in [m.id for m in sdk.models.list().data]:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    raw = sdk.chat.completions.with_raw_response.create(
        model="support-ensemble", messages=[{"role": "user", "content": "Warranty?"}], max_tokens=12, temperature=0
    )
    assert raw.parse().choices[0].message.content.strip()
    how = http.get(f"/v1/traces/{raw.headers['x-keel-trace-id']}").json()["annotations"]["generation"]["ensemble"]
    assert set(how["members"]) == {MODEL, name} and how["winner"] in (MODEL, name)


def test_keel_client_over_http_uploads_and_reads_files(ft_server):
    import keel

    with keel.Client(ft_server.url) as client:
        f = client.files.create(file=("k.jsonl", jsonl(rows("support.jsonl", 2))), purpose="fine-tune")
        assert client.files.retrieve(f.id).bytes == f.bytes
        assert client.files.content(f.id) == jsonl(rows("support.jsonl", 2))
        job = client.fine_tuning.jobs.create(
            model=MODEL, training_file=f.id, config={"hyperparameters": {"max_steps": 1000}}
        )
        assert client.fine_tuning.jobs.cancel(job.id).id == job.id
        assert client.fine_tuning.jobs.retrieve(job.id).status in ("queued", "running", "cancelled")


def test_cancel_a_job_and_errors_read_like_openai(sdk):
    train = sdk.files.create(file=("t.jsonl", jsonl(rows("support.jsonl", 4))), purpose="fine-tune")
    job = sdk.fine_tuning.jobs.create(
        model=MODEL,
        training_file=train.id,
        extra_body={"config": {"hyperparameters": {"max_steps": 500, "max_seq_len": 64}}},
    )
    cancelled = sdk.fine_tuning.jobs.cancel(job.id)
    assert cancelled.status in ("cancelled", "running", "queued")
    assert wait(sdk, job.id).status == "cancelled"
    with pytest.raises(openai.BadRequestError):
        sdk.fine_tuning.jobs.cancel(job.id)
    with pytest.raises(openai.NotFoundError):
        sdk.fine_tuning.jobs.retrieve("ftjob-nope")
    with pytest.raises(openai.NotFoundError):
        sdk.fine_tuning.jobs.create(model="no-such-model", training_file=train.id)
    with pytest.raises(openai.BadRequestError) as e:
        sdk.fine_tuning.jobs.create(model=MODEL, training_file=train.id, hyperparameters={"n_epochs": 0})
    assert e.value.body["param"] == "hyperparameters.n_epochs"
