"""Legacy completions and embeddings through the openai SDK."""

from __future__ import annotations

import math

from tests.conftest import MODEL


def test_completion_continues_prompt(client, server):
    r = client.completions.create(model=MODEL, prompt="The capital of France is", max_tokens=8, temperature=0)
    assert r.object == "text_completion"
    assert r.choices[0].text
    assert r.choices[0].finish_reason in ("stop", "length")
    expected = len(server.gateway.catalogue.get(MODEL).tokenize("The capital of France is"))
    assert r.usage.prompt_tokens == expected


def test_completion_default_max_tokens_is_16(client):
    r = client.completions.create(model=MODEL, prompt="The history of Rome", temperature=0)
    assert r.usage.completion_tokens <= 16


def test_completion_length_and_echo(client):
    r = client.completions.create(model=MODEL, prompt="One two three", max_tokens=2, echo=True, temperature=0)
    assert r.choices[0].text.startswith("One two three")
    assert r.choices[0].finish_reason == "length"
    assert r.usage.completion_tokens == 2


def test_completion_stream_with_usage(client):
    whole = client.completions.create(model=MODEL, prompt="Roses are red,", max_tokens=10, temperature=0)
    chunks = list(
        client.completions.create(
            model=MODEL,
            prompt="Roses are red,",
            max_tokens=10,
            temperature=0,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    text = "".join(c.choices[0].text for c in chunks if c.choices)
    assert text == whole.choices[0].text
    assert chunks[-1].usage.completion_tokens == whole.usage.completion_tokens


def test_completion_n_two(client):
    r = client.completions.create(model=MODEL, prompt="A list of colors:", max_tokens=4, n=2, seed=11)
    assert sorted(c.index for c in r.choices) == [0, 1]


def test_completion_keeps_prompt_whitespace(client):
    r = client.completions.create(model=MODEL, prompt="def add(a, b):\n    ", max_tokens=1, echo=True)
    assert r.choices[0].text.startswith("def add(a, b):\n    ")


def test_embeddings_shape_and_norm(client):
    r = client.embeddings.create(model=MODEL, input=["hello world", "the cat sat on the mat", "bonjour"])
    assert len(r.data) == 3
    assert [d.index for d in r.data] == [0, 1, 2]
    dims = {len(d.embedding) for d in r.data}
    assert dims == {640}
    for d in r.data:
        assert math.isclose(math.sqrt(sum(x * x for x in d.embedding)), 1.0, rel_tol=1e-3)
    assert r.usage.prompt_tokens > 0


def test_embeddings_float_format_and_similarity(client):
    r = client.embeddings.create(
        model=MODEL,
        input=["I love cats", "I adore cats", "Quarterly tax filing deadline"],
        encoding_format="float",
    )
    a, b, c = (d.embedding for d in r.data)

    def cos(x, y):
        return sum(i * j for i, j in zip(x, y))

    assert cos(a, b) > cos(a, c)


def test_embeddings_single_string(client):
    r = client.embeddings.create(model=MODEL, input="just one")
    assert len(r.data) == 1 and len(r.data[0].embedding) == 640


def test_embeddings_dimensions_mismatch_is_400(http):
    resp = http.post("/v1/embeddings", json={"model": MODEL, "input": "x", "dimensions": 12})
    assert resp.status_code == 400
    assert resp.json()["error"]["param"] == "dimensions"


def test_models_list_and_get(client):
    ids = [m.id for m in client.models.list()]
    assert ids == [MODEL]
    assert client.models.retrieve(MODEL).id == MODEL
