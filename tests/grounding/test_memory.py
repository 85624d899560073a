"""Conversation memory: turns stored and recalled within a budget (newest first), older turns folded
once into a running summary, encryption at rest with rotation, tenant and key isolation, pruning,
the sessions API in process, and the same on PostgreSQL."""

from __future__ import annotations

import asyncio
import logging
import threading

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select

from keel.config import Settings, StorageSettings
from keel.config.grounding import MemorySettings
from keel.errors import InvalidRequest, KeelError, NotFound
from keel.grounding.crypto import Cipher, DecryptError, KeyConfigError, check_memory_config
from keel.grounding.memory import SessionStore, estimate_tokens
from keel.grounding.summary import SUMMARY_PREFIX, extractive_summary, model_summarizer, truncate_summary
from keel.security.principal import Principal
from keel.services import RegistryServices
from keel.store.engine import make_engine, migrate
from keel.store.tables_grounding import ChatSession, SessionTurn
from keel.types import Message, ToolCall

A = Principal("key-a", "acme", "user")
A2 = Principal("key-a2", "acme", "user")  # same tenant, another key
ADMIN = Principal("key-admin", "acme", "admin")
B = Principal("key-b", "globex", "user")  # another tenant


def words(text: str) -> int:
    return len(text.split())


def turns(n: int, start: int = 0) -> list[Message]:
    """N alternating user/assistant turns of five words each, numbered from START."""
    return [
        Message("user" if i % 2 == 0 else "assistant", f"turn {i} says five words") for i in range(start, start + n)
    ]


class Folds:
    """A summarizer that records what it was asked to fold and answers a short summary."""

    def __init__(self) -> None:
        self.calls: list[tuple[str | None, list[str]]] = []

    async def __call__(self, previous: str | None, folded: list[Message]) -> str:
        self.calls.append((previous, [m.content for m in folded]))
        return f"S{len(self.calls)}"


def make_store(url: str, **memory) -> SessionStore:
    engine = make_engine(url)
    migrate(engine)
    return SessionStore(engine, MemorySettings(**memory))


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path}/memory.db"


@pytest.fixture
def store(db):
    s = make_store(db)
    yield s
    s.engine.dispose()


# ------------------------------------------------------------------------------ append / recall


async def test_turns_are_recalled_oldest_first_without_system_prompts(store) -> None:
    first = [Message("system", "You are terse."), Message("user", "Hello there."), Message("assistant", "Hi.")]
    assert store.append(A, "chat-1", first, trace_id="t1") == 2
    assert store.append(A, "chat-1", [Message("user", "What is Keel?")]) == 1
    got = await store.recall(A, "chat-1", words)
    assert [(m.role, m.content) for m in got.messages] == [
        ("user", "Hello there."),
        ("assistant", "Hi."),
        ("user", "What is Keel?"),
    ]
    assert got.summary is None and got.turns_loaded == 3 and got.turns_folded == 0 and got.tokens == 2 + 1 + 3
    s = store.get(A, "chat-1")
    assert s["object"] == "session" and s["id"] == "chat-1" and s["owner"] == "key-a" and s["turn_count"] == 3
    assert [t["role"] for t in s["turns"]] == ["user", "assistant", "user"] and s["summary"] is None
    assert s["turns"][0]["tokens"] == estimate_tokens("Hello there.") == 3  # 2 words × 4/3, rounded up
    assert isinstance(s["created_at"], int) and s["updated_at"] >= s["created_at"]


async def test_a_session_not_opened_yet_recalls_nothing(store) -> None:
    got = await store.recall(A, "new", words)
    assert got.messages == [] and got.summary is None and got.tokens == 0
    assert store.append(A, "new", [Message("system", "only a system prompt")]) == 0


async def test_the_budget_keeps_the_newest_turns_and_folds_the_rest_once(store) -> None:
    store.append(A, "s", turns(10))
    fold = Folds()
    # 30 tokens: a third (10) is kept for the summary, so 4 turns of 5 words fit and 6 are folded
    got = await store.recall(A, "s", words, fold, budget_tokens=30)
    assert got.turns_folded == 6 and got.turns_loaded == 4 and got.summary == "S1"
    assert got.messages[0] == Message("system", SUMMARY_PREFIX + "S1")
    assert [m.content for m in got.messages[1:]] == [f"turn {i} says five words" for i in range(6, 10)]
    assert got.tokens == words(SUMMARY_PREFIX + "S1") + 20 <= 30
    assert fold.calls == [(None, [f"turn {i} says five words" for i in range(6)])]
    stored = store.get(A, "s")
    assert stored["summary"] == "S1" and stored["summary_upto"] == 6 and stored["turn_count"] == 10

    again = await store.recall(A, "s", words, fold, budget_tokens=30)  # nothing new to fold
    assert len(fold.calls) == 1 and again.turns_folded == 0 and again.messages == got.messages

    store.append(A, "s", turns(2, start=10))
    later = await store.recall(A, "s", words, fold, budget_tokens=30)
    assert fold.calls[1] == ("S1", ["turn 6 says five words", "turn 7 says five words"])  # only the new ones
    assert later.summary == "S2" and later.messages[1].content == "turn 8 says five words"


async def test_a_larger_budget_loads_everything(store) -> None:
    store.append(A, "s", turns(10))
    fold = Folds()
    got = await store.recall(A, "s", words, fold, budget_tokens=50)
    assert got.turns_loaded == 10 and got.summary is None and fold.calls == [] and got.tokens == 50


async def test_the_extractive_summary_keeps_first_sentences_bounded(store) -> None:
    long = "word " * 50
    text = await extractive_summary(
        "user: earlier line",
        [Message("user", "My name is Ada. I live in Berlin."), Message("assistant", long.strip() + ". Then more.")],
    )
    lines = text.splitlines()
    assert lines[0] == "user: earlier line" and lines[1] == "user: My name is Ada."
    assert lines[2].startswith("assistant: word word") and lines[2].endswith("…") and len(lines[2].split()) == 32
    many = await extractive_summary(None, [Message("user", f"Fact {i}: {'x' * 200}.") for i in range(100)])
    assert len(many.splitlines()) <= 24 and len(many) <= 2400 and many.splitlines()[-1].startswith("user: Fact 99")
    call = Message("assistant", "", tool_calls=[ToolCall("c1", "weather", '{"city": "Oslo"}')])
    assert await extractive_summary(None, [call]) == "assistant: called weather"

    filler = " more" * 50
    long = [Message("user", "I need a refund for order 42. It arrived broken." + filler)]
    long += [Message("assistant" if i % 2 == 0 else "user", f"Point {i}." + filler) for i in range(4)]
    store.append(A, "e", long)  # about 60 words each
    got = await store.recall(A, "e", words, budget_tokens=200)  # the default summarizer: extractive
    assert got.turns_folded == 3 and got.summary.splitlines() == [
        "user: I need a refund for order 42.",
        "assistant: Point 0.",
        "user: Point 1.",
    ]


async def test_a_summary_over_a_third_of_the_budget_is_cut_by_sentences(store) -> None:
    store.append(A, "s", turns(10))
    calls = []

    async def wordy(previous, folded):
        calls.append(len(folded))
        return " ".join(f"Sentence {i} has four words." for i in range(20))

    got = await store.recall(A, "s", words, wordy, budget_tokens=30)
    assert calls == [6, 0]  # folded once, then asked to say it shorter
    assert words(SUMMARY_PREFIX + got.summary) <= 10 and got.summary.endswith("Sentence 19 has four words.")
    assert got.tokens <= 30
    assert truncate_summary("one two three four five six seven", 8, words) == "one two …"


async def test_tool_turns_keep_their_calls_and_never_start_the_window(store) -> None:
    call = ToolCall("call-1", "weather", '{"city": "Oslo"}')  # counts 3 words with its name
    pad = " so" * 17
    asked = [
        Message("user", "Weather in Oslo?" + " please" * 27),  # 30 words
        Message("assistant", "", tool_calls=[call]),
        Message("tool", "Oslo: 3 degrees" + pad, tool_call_id="call-1", name="weather"),  # 20
        Message("assistant", "It is cold" + pad),  # 20
    ]
    store.append(A, "tools", asked)
    whole = await store.recall(A, "tools", words)
    assert whole.messages[1].tool_calls == [call] and whole.messages[2].tool_call_id == "call-1"
    assert whole.messages[2].name == "weather" and whole.messages[2].content == asked[2].content
    stored = store.get(A, "tools")["turns"][1]
    assert stored["content"] == ""
    assert stored["tool_calls"] == [{"id": "call-1", "name": "weather", "arguments": '{"city": "Oslo"}'}]
    # 61 tokens (20 for the summary): the last two turns fit (40) but not the call before them (43),
    # so the tool answer, which would come without its call, is folded too
    tight = await store.recall(A, "tools", words, Folds(), budget_tokens=61)
    assert [m.role for m in tight.messages] == ["system", "assistant"] and tight.turns_folded == 3


# ---------------------------------------------------------------------------------- encryption


async def test_turns_and_summaries_are_encrypted_at_rest(db) -> None:
    key = Fernet.generate_key().decode()
    store = make_store(db, encryption_key=key)
    store.append(A, "secret", [Message("user", "my passport number is X1234567"), *turns(9)])

    async def summarize(previous, folded):
        return "mentions a passport"

    await store.recall(A, "secret", words, summarize, budget_tokens=30)
    with store.engine.connect() as conn:
        rows = conn.execute(select(SessionTurn.__table__)).mappings().all()
        session = conn.execute(select(ChatSession.__table__)).mappings().one()
    assert rows and all(r["encrypted"] for r in rows)
    assert all(b"passport" not in bytes(r["content"]) and b"five words" not in bytes(r["content"]) for r in rows)
    assert session["encrypted"] and b"passport" not in bytes(session["summary"])
    assert store.get(A, "secret")["turns"][0]["content"] == "my passport number is X1234567"
    assert store.get(A, "secret")["summary"] == "mentions a passport"

    unkeyed = SessionStore(store.engine, MemorySettings())
    with pytest.raises(DecryptError, match="encryption_key is not set"):
        unkeyed.get(A, "secret")
    wrong = SessionStore(store.engine, MemorySettings(encryption_key=Fernet.generate_key().decode()))
    with pytest.raises(DecryptError, match="cannot be decrypted") as e:
        await wrong.recall(A, "secret", words)
    assert isinstance(e.value, KeelError) and e.value.status_code == 500

    new = Fernet.generate_key().decode()
    rotated = SessionStore(store.engine, MemorySettings(encryption_key=f"{new}, {key}"))
    assert rotated.get(A, "secret")["turns"][0]["content"].startswith("my passport")  # old rows, old key
    rotated.append(A, "secret", [Message("user", "written with the new key")])
    only_new = SessionStore(store.engine, MemorySettings(encryption_key=new))
    assert Cipher.from_setting(new).decrypt(_raw_contents(store)[-1]) == "written with the new key"
    with pytest.raises(DecryptError):  # the old rows still need the old key
        only_new.get(A, "secret")
    store.engine.dispose()


def _raw_contents(store: SessionStore) -> list[bytes]:
    with store.engine.connect() as conn:
        t = SessionTurn.__table__
        return [bytes(r[0]) for r in conn.execute(select(t.c.content).order_by(t.c.id))]


def test_a_malformed_key_is_a_clear_error() -> None:
    assert Cipher.from_setting(None) is None and Cipher.from_setting("  ") is None
    with pytest.raises(KeyConfigError, match="not a Fernet key") as e:
        Cipher.from_setting("not-a-key")
    assert isinstance(e.value, ValueError) and "not-a-key" not in e.value.message
    good = Fernet.generate_key().decode()
    with pytest.raises(KeyConfigError, match="key 2 of 2"):
        Cipher.from_setting(f"{good},short")
    settings = Settings.model_validate({"grounding": {"memory": {"encryption_key": "short"}}})
    [(where, message)] = check_memory_config({}, settings)
    assert where == ("grounding", "memory", "encryption_key") and "Fernet" in message
    ok = Settings.model_validate({"grounding": {"memory": {"encryption_key": good}}})
    assert check_memory_config({}, ok) == []


# ------------------------------------------------------------------------ isolation, pruning


async def test_sessions_are_isolated_by_tenant_and_key(store) -> None:
    store.append(A, "shared-name", [Message("user", "acme's secret plan")])
    # the same tenant's other key: as if it did not exist
    with pytest.raises(NotFound):
        store.get(A2, "shared-name")
    with pytest.raises(NotFound):
        await store.recall(A2, "shared-name", words)
    with pytest.raises(NotFound):
        store.append(A2, "shared-name", [Message("user", "let me in")])
    with pytest.raises(NotFound):
        store.delete(A2, "shared-name")
    assert store.list(A2)["data"] == []
    with pytest.raises(NotFound):  # another tenant
        store.get(B, "shared-name")
    assert (await store.recall(B, "shared-name", words)).messages == []
    store.append(B, "shared-name", [Message("user", "globex's own")])  # its own session of that name
    assert [t["content"] for t in store.get(B, "shared-name")["turns"]] == ["globex's own"]
    assert [t["content"] for t in store.get(A, "shared-name")["turns"]] == ["acme's secret plan"]
    assert store.get(ADMIN, "shared-name")["owner"] == "key-a"  # an admin reads its tenant's sessions
    assert (await store.recall(ADMIN, "shared-name", words)).messages[0].content == "acme's secret plan"
    store.append(A2, "a2-own", [Message("user", "mine")])
    assert {s["id"] for s in store.list(ADMIN)["data"]} == {"shared-name", "a2-own"}
    assert [s["id"] for s in store.list(A)["data"]] == ["shared-name"]


def test_session_ids_are_checked(store) -> None:
    for bad in ("", "has space", "x" * 201, "tab\tin", "nul\x00"):
        with pytest.raises(InvalidRequest) as e:
            store.append(A, bad, [Message("user", "hi")])
        assert e.value.param == "session_id"
    store.append(A, "user:42/support-ü", [Message("user", "fine")])
    assert store.get(A, "user:42/support-ü")["turn_count"] == 1


def test_max_turns_deletes_the_oldest_and_delete_removes_everything(db) -> None:
    store = make_store(db, max_turns=4)
    store.append(A, "s", turns(3))
    store.append(A, "s", turns(3, start=3))
    s = store.get(A, "s")
    assert s["turn_count"] == 4 and [t["ordinal"] for t in s["turns"]] == [2, 3, 4, 5]
    assert s["turns"][0]["content"] == "turn 2 says five words"
    assert store.delete(A, "s") == {"id": "s", "object": "session.deleted", "deleted": True}
    with pytest.raises(NotFound):
        store.get(A, "s")
    with pytest.raises(NotFound):
        store.delete(A, "s")
    assert _raw_contents(store) == [] and store.list(A)["data"] == []
    store.engine.dispose()


def test_the_list_pages_newest_updated_first(store) -> None:
    for name in ("one", "two", "three"):
        store.append(A, name, [Message("user", name)])
    store.append(A, "one", [Message("user", "again")])  # now the most recently updated
    first = store.list(A, limit=2)
    assert [s["id"] for s in first["data"]] == ["one", "three"] and first["has_more"]
    rest = store.list(A, limit=2, after=first["last_id"])
    assert [s["id"] for s in rest["data"]] == ["two"] and not rest["has_more"]
    assert first["data"][0]["turn_count"] == 2 and "turns" not in first["data"][0]
    with pytest.raises(NotFound):
        store.list(A, after="nope")


def test_concurrent_appends_to_one_new_session_lose_nothing(db) -> None:
    store = make_store(db)
    _concurrent_appends(store)
    store.engine.dispose()


def _concurrent_appends(store: SessionStore, n: int = 8) -> None:
    barrier = threading.Barrier(n)
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            barrier.wait()
            store.append(A, "busy", [Message("user", f"q{i}"), Message("assistant", f"a{i}")])
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    s = store.get(A, "busy")
    assert s["turn_count"] == 2 * n and [t["ordinal"] for t in s["turns"]] == list(range(2 * n))
    for i in range(n):  # each append's turns stay together
        at = next(k for k, t in enumerate(s["turns"]) if t["content"] == f"q{i}")
        assert s["turns"][at + 1]["content"] == f"a{i}"


# --------------------------------------------------------------------------------- summarizers


async def test_the_model_summarizer_uses_the_model_and_falls_back_when_it_fails(caplog) -> None:
    from keel.providers.llama_cpp import LlamaCppParams, LlamaCppProvider

    folded = [Message("user", "My name is Ada and I ordered a blue bicycle."), Message("assistant", "Noted, Ada.")]
    provider = LlamaCppProvider("gemma-3-270m", LlamaCppParams(n_ctx=1024, n_threads=2, embeddings=False))
    with caplog.at_level(logging.WARNING, logger="keel.grounding.memory"):
        failed = await model_summarizer(provider.complete, max_tokens=40)(None, folded)  # not loaded: it fails
    assert failed == await extractive_summary(None, folded) and "summary model failed" in caplog.text
    await provider.start()
    try:
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="keel.grounding.memory"):
            text = await model_summarizer(provider.complete, max_tokens=40)(None, folded)
        assert text.strip() and text != failed and caplog.text == ""
    finally:
        await provider.close()


# ---------------------------------------------------------------------------------- the API


async def test_the_sessions_api_in_process(tmp_path) -> None:
    from keel.api import sessions as api
    from keel.security.audit import read_events

    services = RegistryServices(Settings(storage=StorageSettings(url=f"sqlite:///{tmp_path}/k.db")))
    await services.start()
    try:

        async def call(who, method, path):
            return await api.call(services, who, "trace-s", method, path)

        memory = services.grounding.memory
        await asyncio.to_thread(memory.append, A, "s-1", [Message("user", "first")])
        await asyncio.to_thread(memory.append, A, "s/2", [Message("user", "second"), Message("assistant", "ok")])
        page = await call(A, "GET", "/v1/sessions?limit=1")
        assert page["object"] == "list" and [s["id"] for s in page["data"]] == ["s/2"] and page["has_more"]
        nxt = await call(A, "GET", f"/v1/sessions?limit=1&after={page['last_id']}")
        assert [s["id"] for s in nxt["data"]] == ["s-1"]
        one = await call(A, "GET", "/v1/sessions/s/2")  # an id with a slash takes the rest of the path
        assert [t["content"] for t in one["turns"]] == ["second", "ok"]
        with pytest.raises(NotFound):
            await call(A2, "GET", "/v1/sessions/s-1")
        with pytest.raises(NotFound):
            await call(B, "DELETE", "/v1/sessions/s-1")
        with pytest.raises(InvalidRequest, match="limit"):
            await call(A, "GET", "/v1/sessions?limit=0")
        assert (await call(ADMIN, "GET", "/v1/sessions"))["data"][0]["owner"] == "key-a"
        gone = await call(A, "DELETE", "/v1/sessions/s-1")
        assert gone == {"id": "s-1", "object": "session.deleted", "deleted": True}
        assert [s["id"] for s in (await call(A, "GET", "/v1/sessions"))["data"]] == ["s/2"]
        assert services.audit_log.flush()
        [event] = await asyncio.to_thread(read_events, services.engine, kind="session")
        assert event["action"] == "session.delete" and event["model"] == "s-1" and event["principal"] == "key-a"
    finally:
        await services.close()


# ------------------------------------------------------------------------------ PostgreSQL


async def test_memory_on_postgresql(postgres_url) -> None:
    key = Fernet.generate_key().decode()
    store = make_store(postgres_url, encryption_key=key, max_turns=12)
    try:
        store.append(A, "pg", turns(10))
        fold = Folds()
        got = await store.recall(A, "pg", words, fold, budget_tokens=30)
        assert got.turns_folded == 6 and got.messages[1].content == "turn 6 says five words"
        assert (await store.recall(A, "pg", words, fold, budget_tokens=30)).turns_folded == 0 and len(fold.calls) == 1
        assert all(b"five words" not in c for c in _raw_contents(store))
        store.append(A, "pg", turns(4, start=10))
        s = store.get(A, "pg")
        assert s["turn_count"] == 12 and s["turns"][0]["ordinal"] == 2 and s["summary"] == "S1"
        with pytest.raises(NotFound):
            store.get(A2, "pg")
        with pytest.raises(NotFound):
            store.get(B, "pg")
        assert store.get(ADMIN, "pg")["turn_count"] == 12
        store.append(A, "pg-2", [Message("user", "later")])
        assert [x["id"] for x in store.list(A)["data"]] == ["pg-2", "pg"]
        _concurrent_appends(SessionStore(store.engine, MemorySettings(encryption_key=key)))
        store.delete(A, "pg")
        with pytest.raises(NotFound):
            store.get(A, "pg")
    finally:
        store.engine.dispose()
