"""Durable state for the HTTP service and the bots: conversations, messages, feedback.

The queries over the state database (``assistant.storage``: SQLite in WAL mode by default,
Postgres with ``QNA_DATABASE_URL``), so that a restart loses nothing and several threads,
processes or machines (API workers, a bot worker) can write at once. Each operation is one
short transaction; those that must not race (de-duplication, a chat's conversation, claiming an
inbox update) are single statements or hold the row they decide on.

``StateStore`` implements ``assistant.conversation.ConversationStore`` and adds what the front
ends need besides: feedback on a message, the conversation that belongs to an external chat,
de-duplication of redelivered updates, the bots' inbox of updates not yet answered, and small
durable values.
"""
from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from assistant import storage
from assistant.answers import Answer, Turn
from assistant.conversation import HISTORY_TURNS, UnknownConversation
from assistant.group_commit import GroupCommit
from assistant.storage import bot_inbox, chats, conversations, feedback, feedback_votes, kv, messages, seen_updates

SEEN_KEEP_SECONDS = 7 * 24 * 3600  # chat platforms redeliver within hours; a week is ample
INBOX_STALE_CLAIM_SECONDS = 300  # an inbox claim this old belonged to a process that died
BUSY_TIMEOUT_MS = storage.BUSY_TIMEOUT_MS


@dataclass(frozen=True, slots=True)
class _StoredTurn:
    """A turn's row, made in the asking thread: the group commit's leader only writes it."""

    conversation_id: str
    message_id: str
    question: str
    answer: str  # Answer.to_dict() as JSON
    at: float
    new: bool  # the conversation starts with this turn

    @classmethod
    def of(cls, conversation_id: str, message_id: str, turn: Turn, new: bool) -> "_StoredTurn":
        return cls(conversation_id, message_id, turn.question, json.dumps(turn.answer.to_dict(), ensure_ascii=False),
                   time.time(), new)


class StateStore:
    """Conversations, messages, feedback, chat mappings, the bots' inbox and small values in the state database."""

    def __init__(self, where: "Path | str | storage.Database"):
        """``where``: a SQLite file's path, a database URL, or an open ``storage.Database`` (not closed here)."""
        self._owns_db = not isinstance(where, storage.Database)
        self.db = storage.Database(where) if self._owns_db else where
        self.path = Path(self.db.path) if self.db.path else None
        self._turns = GroupCommit(self.db, self._write_turns)  # every stored turn goes through it

    @classmethod
    def from_settings(cls, settings) -> "StateStore":
        return cls(storage.target(settings))

    def _insert(self, table):
        """INSERT with the dialect's ON CONFLICT clauses."""
        return (postgresql.insert if self.db.dialect == "postgresql" else sqlite.insert)(table)

    def close(self) -> None:
        if self._owns_db:
            self.db.close()

    def __enter__(self) -> "StateStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- ConversationStore -----------------------------------------------------------------
    def new(self) -> str:
        cid = uuid.uuid4().hex
        with self.db.write() as c:
            c.execute(insert(conversations).values(id=cid, created_at=time.time()))
        return cid

    def exists(self, conversation_id: str) -> bool:
        if not isinstance(conversation_id, str):
            return False
        with self.db.read() as c:
            return c.execute(select(conversations.c.id).where(conversations.c.id == conversation_id)).first() is not None

    def history(self, conversation_id: str, limit: int = HISTORY_TURNS) -> list[Turn]:
        """The last ``limit`` turns, oldest first. Raises UnknownConversation."""
        if not isinstance(conversation_id, str):
            raise UnknownConversation(conversation_id)
        with self.db.read() as c:  # one transaction: the conversation and its turns
            if c.execute(select(conversations.c.id).where(conversations.c.id == conversation_id)).first() is None:
                raise UnknownConversation(conversation_id)
            rows = c.execute(select(messages.c.question, messages.c.answer)
                             .where(messages.c.conversation_id == conversation_id)
                             .order_by(messages.c.seq.desc()).limit(max(0, int(limit)))).all()
        return [_turn(q, a) for q, a in reversed(rows)]

    def append(self, conversation_id: str, turn: Turn) -> str:
        """Store a turn and return its message id. Raises UnknownConversation."""
        mid = uuid.uuid4().hex
        self._turns.submit(_StoredTurn.of(conversation_id, mid, turn, new=False))
        return mid

    def start(self, turn: Turn) -> tuple[str, str]:
        """A new conversation and its first turn in one write transaction (one commit, not two, for a question
        asked without a conversation: most API calls); nothing is stored when answering failed."""
        cid, mid = uuid.uuid4().hex, uuid.uuid4().hex
        self._turns.submit(_StoredTurn.of(cid, mid, turn, new=True))
        return cid, mid

    @staticmethod
    def _write_turns(c, turns: "list[_StoredTurn]") -> list[UnknownConversation | None]:
        """The turns' rows in one transaction (``GroupCommit``): each new conversation, then every message
        whose conversation exists; an appended turn of an unknown conversation fails alone."""
        asked = {t.conversation_id for t in turns if not t.new}
        known = set(c.execute(select(conversations.c.id).where(conversations.c.id.in_(asked))).scalars()) if asked \
            else set()
        started = [{"id": t.conversation_id, "created_at": t.at} for t in turns if t.new]
        if started:
            c.execute(insert(conversations), started)
        stored = [t.new or t.conversation_id in known for t in turns]
        rows = [{"id": t.message_id, "conversation_id": t.conversation_id, "question": t.question,
                 "answer": t.answer, "created_at": t.at} for t, ok in zip(turns, stored) if ok]
        if rows:
            c.execute(insert(messages), rows)
        return [None if ok else UnknownConversation(t.conversation_id) for t, ok in zip(turns, stored)]

    # -- messages and feedback ---------------------------------------------------------------
    def get_message(self, message_id: str) -> tuple[str, Turn] | None:
        """(conversation id, turn) for a message id, or None."""
        with self.db.read() as c:
            row = c.execute(select(messages.c.conversation_id, messages.c.question, messages.c.answer)
                            .where(messages.c.id == message_id)).first()
        if row is None:
            return None
        cid, q, a = row
        return cid, _turn(q, a)

    def add_feedback(self, message_id: str, rating: int, comment: str | None = None, source: str = "http",
                     voter: str | None = None) -> None:
        """Record 👍 (+1) or 👎 (-1) on a message; a ``voter``'s new vote on it replaces their earlier one
        (issue 22: 👍 twice stored two rows). Raises KeyError for an unknown message id."""
        if isinstance(rating, bool) or rating not in (1, -1):
            raise ValueError(f"rating must be +1 or -1, not {rating!r}")
        with self.db.write() as c:
            if c.execute(select(messages.c.id).where(messages.c.id == message_id)).first() is None:
                raise KeyError(message_id)
            row = insert(feedback).values(message_id=message_id, rating=int(rating), comment=comment, source=source,
                                          created_at=time.time())
            new_id = c.execute(row.returning(feedback.c.id)).scalar_one()
            if voter is None:
                return
            vote = (feedback_votes.c.message_id == message_id) & (feedback_votes.c.voter == voter)
            old_id = c.execute(select(feedback_votes.c.feedback_id).where(vote)).scalar()
            if old_id is None:
                c.execute(insert(feedback_votes).values(message_id=message_id, voter=voter, feedback_id=new_id))
            else:
                c.execute(update(feedback_votes).where(vote).values(feedback_id=new_id))
                c.execute(delete(feedback).where(feedback.c.id == old_id))

    def feedback(self, message_id: str | None = None) -> list[dict]:
        """Stored feedback, oldest first (all of it, or one message's)."""
        f = feedback.c
        query = select(f.message_id, f.rating, f.comment, f.source, f.created_at).order_by(f.id)
        if message_id is not None:
            query = query.where(f.message_id == message_id)
        with self.db.read() as c:
            rows = c.execute(query).all()
        keys = ("message_id", "rating", "comment", "source", "created_at")
        return [dict(zip(keys, r)) for r in rows]

    # -- chat platforms -----------------------------------------------------------------------
    def conversation_for_chat(self, platform: str, chat_id: str) -> str:
        """The conversation id of an external chat (Telegram, Zalo), created on first use (by one worker only)."""
        platform, chat_id = str(platform), str(chat_id)
        mine = (chats.c.platform == platform) & (chats.c.chat_id == chat_id)
        with self.db.read() as c:
            row = c.execute(select(chats.c.conversation_id).where(mine)).first()
        if row:
            return row[0]
        cid = uuid.uuid4().hex
        with self.db.write() as c:
            c.execute(insert(conversations).values(id=cid, created_at=time.time()))
            made = c.execute(self._insert(chats).values(platform=platform, chat_id=chat_id, conversation_id=cid)
                             .on_conflict_do_nothing().returning(chats.c.chat_id)).first() is not None
            if made:
                return cid
            c.execute(delete(conversations).where(conversations.c.id == cid))  # another worker made it first
            return c.execute(select(chats.c.conversation_id).where(mine)).scalar_one()

    def mark_seen(self, platform: str, update_id: str) -> bool:
        """True the first time an update id is seen, False on a redelivery (atomic, across workers too)."""
        now = time.time()
        with self.db.write() as c:
            first = c.execute(self._insert(seen_updates).values(platform=str(platform), update_id=str(update_id),
                                                                 seen_at=now).on_conflict_do_nothing()
                              .returning(seen_updates.c.update_id)).first() is not None
            c.execute(delete(seen_updates).where(seen_updates.c.seen_at < now - SEEN_KEEP_SECONDS))
        return first

    # -- the bots' inbox: updates acknowledged to the platform, not yet answered -------------------
    def inbox_add(self, platform: str, update: dict) -> int:
        """Keep an update before it is acknowledged, so that neither loading nor a restart loses it."""
        with self.db.write() as c:
            return int(c.execute(insert(bot_inbox).values(platform=str(platform), received_at=time.time(),
                                                          payload=json.dumps(update, ensure_ascii=False))
                                 .returning(bot_inbox.c.id)).scalar_one())

    def inbox_claim(self, platform: str) -> tuple[int, dict] | None:
        """(id, update) of the oldest update of ``platform`` waiting to be answered, claimed so that no other
        process answers it too; None when nothing waits. A claim left by a dead process is taken over."""
        now = time.time()
        i = bot_inbox.c
        with self.db.write() as c:  # SQLite: the write lock; Postgres: the row, skipped by other claimers
            row = c.execute(select(i.id, i.payload)
                            .where(i.platform == str(platform),
                                   i.claimed_at.is_(None) | (i.claimed_at < now - INBOX_STALE_CLAIM_SECONDS))
                            .order_by(i.id).limit(1).with_for_update(skip_locked=True)).first()
            if row is None:
                return None
            c.execute(update(bot_inbox).where(i.id == row[0]).values(claimed_at=now))
        return row[0], json.loads(row[1])

    def inbox_done(self, item_id: int) -> None:
        """Forget an answered update (a redelivery is recognised by ``mark_seen``, not here)."""
        with self.db.write() as c:
            c.execute(delete(bot_inbox).where(bot_inbox.c.id == item_id))

    def inbox_count(self, platform: str) -> int:
        """How many updates of ``platform`` wait to be answered (claimed or not)."""
        with self.db.read() as c:
            return int(c.execute(select(func.count()).select_from(bot_inbox)
                                 .where(bot_inbox.c.platform == str(platform))).scalar_one())

    # -- small durable values ----------------------------------------------------------------
    def kv_get(self, key: str) -> str | None:
        with self.db.read() as c:
            return c.execute(select(kv.c.value).where(kv.c.key == key)).scalar()

    def kv_set(self, key: str, value: str) -> None:
        with self.db.write() as c:
            stmt = self._insert(kv).values(key=key, value=str(value), updated_at=time.time())
            c.execute(stmt.on_conflict_do_update(index_elements=[kv.c.key],
                                                 set_={"value": stmt.excluded.value,
                                                       "updated_at": stmt.excluded.updated_at}))


def _turn(question: str, answer_json: str) -> Turn:
    return Turn(question, Answer.from_dict(json.loads(answer_json)))


SQLiteStore = StateStore  # its name from when SQLite was the only database; kept for callers and tests

__all__ = ["SQLiteStore", "StateStore", "UnknownConversation"]
