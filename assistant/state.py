"""Durable state for the HTTP service and the bots: conversations, messages, feedback.

One SQLite file (``settings.state_db``) in WAL mode, so that a restart loses nothing
and several threads or processes (the web service, a bot worker) can write at once.
Every write is a short ``BEGIN IMMEDIATE`` transaction, which takes the database's
write lock up front: two writers queue behind ``busy_timeout`` instead of failing
with "database is locked" halfway through.

``SQLiteStore`` implements ``assistant.conversation.ConversationStore`` and adds what
the front ends need besides: feedback on a message, the conversation that belongs
to an external chat, de-duplication of redelivered updates, the bots' inbox of updates
not yet answered, and small durable values.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from assistant.answers import Answer, Turn
from assistant.conversation import HISTORY_TURNS, UnknownConversation

SEEN_KEEP_SECONDS = 7 * 24 * 3600  # chat platforms redeliver within hours; a week is ample
INBOX_STALE_CLAIM_SECONDS = 300  # an inbox claim this old belonged to a process that died
BUSY_TIMEOUT_MS = 30_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id          TEXT PRIMARY KEY,
    created_at  REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    question        TEXT NOT NULL,
    answer          TEXT NOT NULL,  -- Answer.to_dict() as JSON
    created_at      REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation_id, seq);
CREATE TABLE IF NOT EXISTS feedback (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id  TEXT NOT NULL REFERENCES messages(id),
    rating      INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment     TEXT,
    source      TEXT NOT NULL,
    created_at  REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_by_message ON feedback(message_id);
CREATE TABLE IF NOT EXISTS chats (
    platform        TEXT NOT NULL,
    chat_id         TEXT NOT NULL,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    PRIMARY KEY (platform, chat_id)
);
CREATE TABLE IF NOT EXISTS seen_updates (
    platform    TEXT NOT NULL,
    update_id   TEXT NOT NULL,
    seen_at     REAL NOT NULL,
    PRIMARY KEY (platform, update_id)
);
CREATE INDEX IF NOT EXISTS seen_updates_by_time ON seen_updates(seen_at);
CREATE TABLE IF NOT EXISTS kv (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS bot_inbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    platform    TEXT NOT NULL,
    payload     TEXT NOT NULL,  -- the update as the platform sent it, JSON
    received_at REAL NOT NULL,
    claimed_at  REAL            -- NULL until a process starts answering it
);
CREATE INDEX IF NOT EXISTS bot_inbox_by_platform ON bot_inbox(platform, id);
"""


class SQLiteStore:
    """Conversations, messages, feedback, chat mappings and small values in one SQLite file."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One connection per store, serialised by a lock: statements here are tiny, and
        # cross-process concurrency is SQLite's job (WAL + busy_timeout + BEGIN IMMEDIATE).
        self._conn = sqlite3.connect(
            str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        self._lock = threading.RLock()
        with self._lock:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")  # a committed turn survives power loss too
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.executescript("BEGIN IMMEDIATE;\n" + _SCHEMA + "\nCOMMIT;")
        self._closed = False

    # -- plumbing ----------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction holding the database's write lock from its start."""
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                yield c
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise
            else:
                if c.in_transaction:
                    c.execute("COMMIT")

    def _read(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._conn.close()
                self._closed = True

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- ConversationStore -----------------------------------------------------------------
    def new(self) -> str:
        cid = uuid.uuid4().hex
        with self._write() as c:
            c.execute("INSERT INTO conversations(id, created_at) VALUES (?, ?)", (cid, time.time()))
        return cid

    def exists(self, conversation_id: str) -> bool:
        if not isinstance(conversation_id, str):
            return False
        return bool(self._read("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)))

    def history(self, conversation_id: str, limit: int = HISTORY_TURNS) -> list[Turn]:
        """The last ``limit`` turns, oldest first. Raises UnknownConversation."""
        if not self.exists(conversation_id):
            raise UnknownConversation(conversation_id)
        rows = self._read(
            "SELECT question, answer FROM messages WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?",
            (conversation_id, max(0, int(limit))),
        )
        return [_turn(q, a) for q, a in reversed(rows)]

    def append(self, conversation_id: str, turn: Turn) -> str:
        """Store a turn and return its message id. Raises UnknownConversation."""
        mid = uuid.uuid4().hex
        payload = json.dumps(turn.answer.to_dict(), ensure_ascii=False)
        with self._write() as c:
            if not c.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone():
                raise UnknownConversation(conversation_id)
            c.execute(
                "INSERT INTO messages(id, conversation_id, question, answer, created_at) VALUES (?, ?, ?, ?, ?)",
                (mid, conversation_id, turn.question, payload, time.time()),
            )
        return mid

    # -- messages and feedback ---------------------------------------------------------------
    def get_message(self, message_id: str) -> tuple[str, Turn] | None:
        """(conversation id, turn) for a message id, or None."""
        rows = self._read("SELECT conversation_id, question, answer FROM messages WHERE id = ?", (message_id,))
        if not rows:
            return None
        cid, q, a = rows[0]
        return cid, _turn(q, a)

    def add_feedback(self, message_id: str, rating: int, comment: str | None = None, source: str = "http") -> None:
        """Record 👍 (+1) or 👎 (-1) on a message. Raises KeyError for an unknown message id."""
        if isinstance(rating, bool) or rating not in (1, -1):
            raise ValueError(f"rating must be +1 or -1, not {rating!r}")
        with self._write() as c:
            if not c.execute("SELECT 1 FROM messages WHERE id = ?", (message_id,)).fetchone():
                raise KeyError(message_id)
            c.execute(
                "INSERT INTO feedback(message_id, rating, comment, source, created_at) VALUES (?, ?, ?, ?, ?)",
                (message_id, int(rating), comment, source, time.time()),
            )

    def feedback(self, message_id: str | None = None) -> list[dict]:
        """Stored feedback, oldest first (all of it, or one message's)."""
        sql = "SELECT message_id, rating, comment, source, created_at FROM feedback"
        args: tuple = ()
        if message_id is not None:
            sql += " WHERE message_id = ?"
            args = (message_id,)
        rows = self._read(sql + " ORDER BY id", args)
        keys = ("message_id", "rating", "comment", "source", "created_at")
        return [dict(zip(keys, r)) for r in rows]

    # -- chat platforms -----------------------------------------------------------------------
    def conversation_for_chat(self, platform: str, chat_id: str) -> str:
        """The conversation id of an external chat (Telegram, Zalo), created on first use."""
        platform, chat_id = str(platform), str(chat_id)
        with self._write() as c:
            row = c.execute(
                "SELECT conversation_id FROM chats WHERE platform = ? AND chat_id = ?", (platform, chat_id)
            ).fetchone()
            if row:
                return row[0]
            cid = uuid.uuid4().hex
            c.execute("INSERT INTO conversations(id, created_at) VALUES (?, ?)", (cid, time.time()))
            c.execute("INSERT INTO chats(platform, chat_id, conversation_id) VALUES (?, ?, ?)", (platform, chat_id, cid))
            return cid

    def mark_seen(self, platform: str, update_id: str) -> bool:
        """True the first time an update id is seen, False on a redelivery (atomic)."""
        now = time.time()
        with self._write() as c:
            cur = c.execute(
                "INSERT OR IGNORE INTO seen_updates(platform, update_id, seen_at) VALUES (?, ?, ?)",
                (str(platform), str(update_id), now),
            )
            first = cur.rowcount == 1
            c.execute("DELETE FROM seen_updates WHERE seen_at < ?", (now - SEEN_KEEP_SECONDS,))
        return first

    # -- the bots' inbox: updates acknowledged to the platform, not yet answered -------------------
    def inbox_add(self, platform: str, update: dict) -> int:
        """Keep an update before it is acknowledged, so that neither loading nor a restart loses it."""
        with self._write() as c:
            cur = c.execute("INSERT INTO bot_inbox(platform, payload, received_at) VALUES (?, ?, ?)",
                            (str(platform), json.dumps(update, ensure_ascii=False), time.time()))
            return int(cur.lastrowid)

    def inbox_claim(self, platform: str) -> tuple[int, dict] | None:
        """(id, update) of the oldest update of ``platform`` waiting to be answered, claimed so that no other
        process answers it too; None when nothing waits. A claim left by a dead process is taken over."""
        now = time.time()
        with self._write() as c:
            row = c.execute(
                "SELECT id, payload FROM bot_inbox WHERE platform = ? AND (claimed_at IS NULL OR claimed_at < ?)"
                " ORDER BY id LIMIT 1", (str(platform), now - INBOX_STALE_CLAIM_SECONDS)).fetchone()
            if row is None:
                return None
            c.execute("UPDATE bot_inbox SET claimed_at = ? WHERE id = ?", (now, row[0]))
        return row[0], json.loads(row[1])

    def inbox_done(self, item_id: int) -> None:
        """Forget an answered update (a redelivery is recognised by ``mark_seen``, not here)."""
        with self._write() as c:
            c.execute("DELETE FROM bot_inbox WHERE id = ?", (item_id,))

    def inbox_count(self, platform: str) -> int:
        """How many updates of ``platform`` wait to be answered (claimed or not)."""
        return int(self._read("SELECT COUNT(*) FROM bot_inbox WHERE platform = ?", (str(platform),))[0][0])

    # -- small durable values ----------------------------------------------------------------
    def kv_get(self, key: str) -> str | None:
        rows = self._read("SELECT value FROM kv WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def kv_set(self, key: str, value: str) -> None:
        with self._write() as c:
            c.execute(
                "INSERT INTO kv(key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (key, str(value), time.time()),
            )


def _turn(question: str, answer_json: str) -> Turn:
    return Turn(question, Answer.from_dict(json.loads(answer_json)))


__all__ = ["SQLiteStore", "UnknownConversation"]
