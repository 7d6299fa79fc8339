"""The bots' outbox: replies that could not be sent yet, kept durably in SQLite.

When a platform stays down through every retry, the reply waits here (status
"pending") and is sent later, in order, by ``bots.delivery.Courier.flush``. A
reply the platform refuses for good (e.g. the user blocked the bot) is kept as
"dead" for inspection rather than silently dropped. The table lives in the same
SQLite file as the HTTP service's state (``settings.state_db``) but is owned by
this module only.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS bot_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',  -- pending | sending | sent | dead
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS bot_outbox_pending ON bot_outbox (platform, status, id);
"""

STALE_CLAIM_S = 300.0  # a "sending" claim older than this belonged to a process that died


@dataclass(frozen=True)
class OutboxItem:
    id: int
    platform: str
    chat_id: str
    payload: dict
    attempts: int
    last_error: str | None


class Outbox:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()  # one connection per thread (asyncio.to_thread uses a pool)
        self._schema_ready = False
        self._schema_lock = threading.Lock()

    def _conn(self) -> sqlite3.Connection:
        """This thread's connection; the table is created on first use, not when a bot is merely configured."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA journal_mode=WAL")
            self._local.conn = conn
        if not self._schema_ready:
            with self._schema_lock:
                if not self._schema_ready:
                    conn.executescript(_SCHEMA)
                    self._schema_ready = True
        return conn

    def add(self, platform: str, chat_id: str, payload: dict, error: str, *, status: str = "pending") -> int:
        now = time.time()
        cur = self._conn().execute(
            "INSERT INTO bot_outbox (platform, chat_id, payload, status, attempts, last_error, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
            (platform, str(chat_id), json.dumps(payload, ensure_ascii=False), status, error[:1000], now, now),
        )
        return int(cur.lastrowid)

    def pending(self, platform: str, limit: int = 100) -> list[OutboxItem]:
        """Items waiting to be sent, oldest first (including claims abandoned by a dead process)."""
        rows = self._conn().execute(
            "SELECT id, platform, chat_id, payload, attempts, last_error FROM bot_outbox"
            " WHERE platform = ? AND (status = 'pending' OR (status = 'sending' AND updated_at < ?))"
            " ORDER BY id LIMIT ?",
            (platform, time.time() - STALE_CLAIM_S, limit),
        ).fetchall()
        return [OutboxItem(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5]) for r in rows]

    def has_pending(self, platform: str, chat_id: str | None = None) -> bool:
        sql = "SELECT 1 FROM bot_outbox WHERE platform = ? AND status IN ('pending', 'sending')"
        args: tuple = (platform,)
        if chat_id is not None:
            sql += " AND chat_id = ?"
            args += (str(chat_id),)
        return self._conn().execute(sql + " LIMIT 1", args).fetchone() is not None

    def claim(self, item_id: int) -> bool:
        """Take an item for sending; False if another sender has it (so nothing is sent twice)."""
        now = time.time()
        cur = self._conn().execute(
            "UPDATE bot_outbox SET status = 'sending', updated_at = ?"
            " WHERE id = ? AND (status = 'pending' OR (status = 'sending' AND updated_at < ?))",
            (now, item_id, now - STALE_CLAIM_S),
        )
        return cur.rowcount == 1

    def mark_sent(self, item_id: int) -> None:
        self._conn().execute("UPDATE bot_outbox SET status = 'sent', updated_at = ? WHERE id = ?", (time.time(), item_id))

    def mark_failed(self, item_id: int, error: str, *, dead: bool) -> None:
        self._conn().execute(
            "UPDATE bot_outbox SET status = ?, attempts = attempts + 1, last_error = ?, updated_at = ? WHERE id = ?",
            ("dead" if dead else "pending", error[:1000], time.time(), item_id),
        )

    def count(self, platform: str | None = None, status: str = "pending") -> int:
        sql, args = "SELECT COUNT(*) FROM bot_outbox WHERE status = ?", [status]
        if platform is not None:
            sql += " AND platform = ?"
            args.append(platform)
        return int(self._conn().execute(sql, args).fetchone()[0])

    def items(self, platform: str | None = None) -> list[tuple[OutboxItem, str]]:
        """Every item with its status (for inspection and tests)."""
        sql = "SELECT id, platform, chat_id, payload, attempts, last_error, status FROM bot_outbox"
        args: tuple = ()
        if platform is not None:
            sql += " WHERE platform = ?"
            args = (platform,)
        rows = self._conn().execute(sql + " ORDER BY id", args).fetchall()
        return [(OutboxItem(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5]), r[6]) for r in rows]
