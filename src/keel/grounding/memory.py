"""Conversation memory: sessions of turns in the database, recalled within a token budget.

A session is keyed by (tenant, session_id) and owned by the key (principal id) that opened it:
another key of the tenant finds it only if it is an admin, another tenant never. User, assistant
and tool turns are stored (system prompts are not: the request brings its own), each with its
token count, encrypted at rest when `grounding.memory.encryption_key` is set (keel.grounding.crypto).
Beyond `max_turns` the oldest turns are deleted.

`recall` loads the newest turns that fit the budget; the turns older than those are folded into
the session's running summary once (`summary_upto` says how far it reaches), and the summary, as
the first message, counts against the budget too (a third of it at most).

The database methods block (the caller runs them in a thread); `recall` is async because a
summarizer may call a model.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, true, update
from sqlalchemy.exc import IntegrityError

from keel.config.grounding import MemorySettings
from keel.errors import InvalidRequest, NotFound
from keel.grounding.crypto import Cipher, open_text, seal_text
from keel.grounding.summary import (
    SUMMARY_PREFIX,
    Counter,
    Summarizer,
    counted_text,
    extractive_summary,
    truncate_summary,
)
from keel.security.principal import Principal
from keel.store.rows import list_page, now, unix
from keel.store.tables_grounding import ChatSession, SessionTurn
from keel.types import Message, ToolCall

log = logging.getLogger(__name__)

S, T = ChatSession.__table__, SessionTurn.__table__
STORED_ROLES = ("user", "assistant", "tool")
EXTRA = "\x1e"  # a stored turn that starts with this is JSON: content plus name / tool calls


def estimate_tokens(text: str) -> int:
    """A cheap estimate without a tokenizer: 4/3 tokens a word, rounded up."""
    return math.ceil(len(text.split()) * 4 / 3)


@dataclass
class Recall:
    """What `recall` loaded: `messages` oldest first (the summary first, as a system message, when
    there is one); `turns_loaded` stored turns among them; `turns_folded` turns this call folded
    into the summary; `tokens` of all the messages, by the caller's counter."""

    messages: list[Message] = field(default_factory=list)
    summary: str | None = None
    turns_loaded: int = 0
    turns_folded: int = 0
    tokens: int = 0


def check_session_id(session_id: Any) -> str:
    ok = isinstance(session_id, str) and 1 <= len(session_id) <= 200 and session_id.isprintable()
    if not ok or any(ch.isspace() for ch in session_id):
        raise InvalidRequest("session_id must be 1 to 200 printable characters without whitespace", param="session_id")
    return session_id


# ---------------------------------------------------------------------------- turns as text


def _extras(m: Message) -> dict[str, Any]:
    """What M carries besides its role and content: name, tool_call_id, tool_calls (when set)."""
    calls = [{"id": c.id, "name": c.name, "arguments": c.arguments} for c in m.tool_calls or []]
    extras = {"name": m.name, "tool_call_id": m.tool_call_id, "tool_calls": calls}
    return {k: v for k, v in extras.items() if v}


def _encode(m: Message) -> str:
    """The stored text of M: its content, or EXTRA + JSON when it carries a name or tool calls."""
    extras = _extras(m)
    if not extras and not m.content.startswith(EXTRA):
        return m.content
    return EXTRA + json.dumps({"content": m.content, **extras}, ensure_ascii=False)


def _decode(role: str, text: str) -> Message:
    if not text.startswith(EXTRA):
        return Message(role, text)
    extra = json.loads(text[1:])
    calls = [ToolCall(c["id"], c["name"], c["arguments"]) for c in extra.get("tool_calls") or []]
    return Message(role, extra["content"], extra.get("name"), calls or None, extra.get("tool_call_id"))


def _turn_dict(m: Message, row: Any) -> dict[str, Any]:
    at = unix(row["created_at"])
    return {
        "role": m.role,
        "content": m.content,
        "created_at": at,
        "ordinal": row["ordinal"],
        "tokens": row["tokens"],
    } | _extras(m)


# ------------------------------------------------------------------------------------ store


@dataclass
class _Loaded:
    pk: int
    summary: str | None
    summary_upto: int
    turns: list[tuple[int, Message]]  # (ordinal, message), oldest first


class SessionStore:
    def __init__(self, engine: Engine, settings: MemorySettings) -> None:
        self.engine = engine
        self.settings = settings
        self.cipher = Cipher.from_setting(settings.encryption_key)

    # -- ownership

    def _where(self, principal: Principal, session_id: str, owned: bool = True) -> list[Any]:
        """The session row of SESSION_ID in PRINCIPAL's tenant; with OWNED, only if it may see it."""
        cond = [S.c.tenant == principal.tenant, S.c.session_id == check_session_id(session_id)]
        if owned and not principal.is_admin:
            cond.append(S.c.principal == principal.id)
        return cond

    def _row(self, conn: Any, principal: Principal, session_id: str, missing_ok: bool = False) -> Any:
        """The session's row if PRINCIPAL may see it; None for one that does not exist, with MISSING_OK."""
        row = conn.execute(select(S).where(*self._where(principal, session_id, owned=False))).mappings().first()
        if row is None and missing_ok:
            return None
        if row is None or not (principal.is_admin or row["principal"] == principal.id):
            raise NotFound(f"No such session: {session_id}", param="session_id", code="not_found")
        return row

    # -- writing

    def append(
        self,
        principal: Principal,
        session_id: str,
        messages: list[Message],
        trace_id: str | None = None,
        count: Counter | None = None,
    ) -> int:
        """Store the user, assistant and tool turns of MESSAGES at the end of the session (created
        on first use), in one transaction; the oldest beyond `max_turns` are deleted. Returns the
        number of turns stored."""
        check_session_id(session_id)
        count = count or estimate_tokens
        turns = [m for m in messages if m.role in STORED_ROLES]
        if not turns:
            return 0
        sealed = [(m.role, *seal_text(self.cipher, _encode(m)), count(counted_text(m))) for m in turns]
        for attempt in range(3):
            try:
                with self.engine.begin() as conn:
                    self._append(conn, principal, session_id, sealed, trace_id)
                return len(turns)
            except IntegrityError:  # a concurrent first append created the session: go again
                if attempt == 2:
                    raise
        return 0  # pragma: no cover

    def _append(
        self, conn: Any, principal: Principal, session_id: str, sealed: list[Any], trace_id: str | None
    ) -> None:
        at = now()
        # the update comes first: it locks the session's row (PostgreSQL) or the database (SQLite)
        # before the next ordinal is read, so concurrent appends cannot take the same ordinals
        touch = update(S).where(*self._where(principal, session_id)).values(updated_at=at)
        if conn.execute(touch).rowcount:
            pk = conn.execute(select(S.c.id).where(*self._where(principal, session_id))).scalar_one()
        else:
            any_owner = select(S.c.id, S.c.principal).where(*self._where(principal, session_id, owned=False))
            other = conn.execute(any_owner).first()
            if other is None:
                values = {"tenant": principal.tenant, "session_id": session_id, "principal": principal.id}
                values |= {"created_at": at, "updated_at": at, "summary_upto": 0, "encrypted": False, "turns": 0}
                pk = conn.execute(insert(S).values(**values)).inserted_primary_key[0]
            elif other.principal == principal.id or principal.is_admin:  # created meanwhile: lock it now
                conn.execute(touch)
                pk = other.id
            else:
                raise NotFound(f"No such session: {session_id}", param="session_id", code="not_found")
        last = conn.execute(select(func.max(T.c.ordinal)).where(T.c.session_pk == pk)).scalar()
        start = 0 if last is None else last + 1
        rows = [
            {"session_pk": pk, "ordinal": start + i, "role": role, "content": data, "encrypted": enc,
             "tokens": tokens, "created_at": at, "trace_id": trace_id}
            for i, (role, data, enc, tokens) in enumerate(sealed)
        ]  # fmt: skip
        conn.execute(insert(T), rows)
        newest_first = select(T.c.ordinal).where(T.c.session_pk == pk).order_by(T.c.ordinal.desc())
        cut = conn.execute(newest_first.offset(self.settings.max_turns).limit(1)).scalar()  # the newest to drop
        if cut is not None:
            conn.execute(delete(T).where(T.c.session_pk == pk, T.c.ordinal <= cut))
        kept = conn.execute(select(func.count()).select_from(T).where(T.c.session_pk == pk)).scalar_one()
        conn.execute(update(S).where(S.c.id == pk).values(turns=kept))

    # -- recall

    def _load(self, principal: Principal, session_id: str) -> _Loaded | None:
        with self.engine.connect() as conn:
            row = self._row(conn, principal, session_id, missing_ok=True)
            if row is None:
                return None
            q = (
                select(T.c.ordinal, T.c.role, T.c.content, T.c.encrypted)
                .where(T.c.session_pk == row["id"], T.c.ordinal >= row["summary_upto"])
                .order_by(T.c.ordinal)
            )
            stored = conn.execute(q).all()
        summary = open_text(self.cipher, row["summary"], row["encrypted"]) if row["summary"] is not None else None
        turns = [(o, _decode(role, open_text(self.cipher, data, enc))) for o, role, data, enc in stored]
        return _Loaded(row["id"], summary, row["summary_upto"], turns)

    def _save_summary(self, pk: int, was_upto: int, upto: int, summary: str) -> None:
        """Store SUMMARY up to UPTO, unless another recall folded first."""
        data, enc = seal_text(self.cipher, summary)
        done = update(S).where(S.c.id == pk, S.c.summary_upto == was_upto)
        with self.engine.begin() as conn:
            conn.execute(done.values(summary=data, encrypted=enc, summary_upto=upto))

    async def recall(
        self,
        principal: Principal,
        session_id: str,
        count: Counter,
        summarize: Summarizer | None = None,
        budget_tokens: int | None = None,
    ) -> Recall:
        """The session's memory within BUDGET_TOKENS (default `budget_tokens` of the settings),
        counted by COUNT: the newest turns that fit, after the summary of the older ones. Turns that
        no longer fit are folded into the summary by SUMMARIZE (default `extractive_summary`) once,
        and the summary is stored. A session that does not exist yet recalls nothing."""
        budget = budget_tokens or self.settings.budget_tokens
        loaded = await asyncio.to_thread(self._load, principal, session_id)
        if loaded is None:
            return Recall()
        summarize = summarize or extractive_summary
        cap = max(1, budget // 3)
        turns = loaded.turns
        sizes: dict[int, int] = {}

        def fits_from(room: int) -> int:
            """The index of the oldest turn of the newest run that fits ROOM tokens."""
            used, cut = 0, len(turns)
            for i in range(len(turns) - 1, -1, -1):
                if i not in sizes:
                    sizes[i] = count(counted_text(turns[i][1]))
                if used + sizes[i] > room:
                    break
                used, cut = used + sizes[i], i
            while cut < len(turns) and turns[cut][1].role == "tool":  # never a tool answer without its call
                cut += 1
            return cut

        summary = loaded.summary
        if summary is not None and count(SUMMARY_PREFIX + summary) > cap:
            summary = truncate_summary(summary, cap, count)
        cut = fits_from(budget - (count(SUMMARY_PREFIX + summary) if summary else 0))
        folded = 0
        if cut > 0:  # older turns do not fit: fold them, leaving the summary its third
            cut = fits_from(budget - cap)
            fold = [m for _, m in turns[:cut]]
            new = await summarize(loaded.summary, fold)
            if count(SUMMARY_PREFIX + new) > cap:
                new = await summarize(new, [])  # a chance to say it shorter; then cut by sentences
                if count(SUMMARY_PREFIX + new) > cap:
                    new = truncate_summary(new, cap, count)
            upto = turns[cut][0] if cut < len(turns) else turns[-1][0] + 1
            await asyncio.to_thread(self._save_summary, loaded.pk, loaded.summary_upto, upto, new)
            summary, folded = new, len(fold)
        kept = [m for _, m in turns[cut:]]
        messages = ([Message("system", SUMMARY_PREFIX + summary)] if summary else []) + kept
        tokens = sum(sizes[i] for i in range(cut, len(turns))) + (count(messages[0].content) if summary else 0)
        return Recall(messages, summary or None, len(kept), folded, tokens)

    # -- reading and deleting

    def get(self, principal: Principal, session_id: str) -> dict[str, Any]:
        """The session with its stored turns (oldest first) and its summary."""
        with self.engine.connect() as conn:
            row = self._row(conn, principal, session_id)
            q = select(T).where(T.c.session_pk == row["id"]).order_by(T.c.ordinal)
            stored = conn.execute(q).mappings().all()
        turns = [
            _turn_dict(_decode(t["role"], open_text(self.cipher, t["content"], t["encrypted"])), t) for t in stored
        ]
        summary = open_text(self.cipher, row["summary"], row["encrypted"]) if row["summary"] is not None else None
        return _session(row) | {"turns": turns, "summary": summary, "summary_upto": row["summary_upto"]}

    def delete(self, principal: Principal, session_id: str) -> dict[str, Any]:
        """Delete the session and its turns."""
        with self.engine.begin() as conn:
            row = self._row(conn, principal, session_id)
            # the session's row first: an append holds it while it writes turns, so its turns are
            # committed before the turns' delete runs, or it finds no session and starts a new one
            conn.execute(delete(S).where(S.c.id == row["id"]))
            conn.execute(delete(T).where(T.c.session_pk == row["id"]))
        return {"id": session_id, "object": "session.deleted", "deleted": True}

    def list(self, principal: Principal, limit: int = 20, after: str | None = None) -> dict[str, Any]:
        """A page of sessions, the most recently updated first: the tenant's for an admin, else the
        caller's own. AFTER: the id of the last session of the previous page."""
        limit = max(1, min(int(limit), 1000))
        mine = S.c.principal == principal.id if not principal.is_admin else true()
        q = select(S).where(S.c.tenant == principal.tenant, mine).order_by(S.c.updated_at.desc(), S.c.id.desc())
        with self.engine.connect() as conn:
            if after is not None:
                cursor = conn.execute(select(S.c.id, S.c.updated_at).where(*self._where(principal, after))).first()
                if cursor is None:
                    raise NotFound(f"after: no session {after!r}", param="after", code="not_found")
                at, pk = cursor.updated_at, cursor.id
                q = q.where((S.c.updated_at < at) | ((S.c.updated_at == at) & (S.c.id < pk)))
            rows = conn.execute(q.limit(limit + 1)).mappings().all()
        return list_page([_session(r) for r in rows], limit)


def _session(row: Any) -> dict[str, Any]:
    return {
        "id": row["session_id"],
        "object": "session",
        "created_at": unix(row["created_at"]),
        "updated_at": unix(row["updated_at"]),
        "owner": row["principal"],
        "turn_count": row["turns"],
    }
