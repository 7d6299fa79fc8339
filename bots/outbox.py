"""The bots' outbox: replies that could not be sent yet, kept durably in the state database.

When a platform stays down through every retry, the reply waits here (status
"pending") and is sent later, in order, by ``bots.delivery.Courier.flush``. A
reply the platform refuses for good (e.g. the user blocked the bot) is kept as
"dead" for inspection rather than silently dropped. The table (``bot_outbox``) is
defined and migrated by ``assistant.storage`` with the rest of the state, in the
same database (SQLite by default, Postgres with ``QNA_DATABASE_URL``); the queries
on it are here only. A claim is one conditional UPDATE, so two workers never send
the same reply.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select, update

from assistant import storage
from assistant.storage import bot_outbox

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
    def __init__(self, where: "Path | str"):
        """``where``: the SQLite state file or the database URL (``assistant.storage.target(settings)``)."""
        self.where = where
        self._db: storage.Database | None = None
        self._lock = threading.Lock()

    def _database(self) -> storage.Database:
        """The database, opened (and migrated) on first use, not when a bot is merely configured."""
        if self._db is None:
            with self._lock:
                if self._db is None:
                    self._db = storage.Database(self.where)
        return self._db

    def add(self, platform: str, chat_id: str, payload: dict, error: str, *, status: str = "pending") -> int:
        now = time.time()
        with self._database().write() as c:
            return int(c.execute(insert(bot_outbox).values(
                platform=platform, chat_id=str(chat_id), payload=json.dumps(payload, ensure_ascii=False),
                status=status, attempts=1, last_error=error[:1000], created_at=now, updated_at=now,
            ).returning(bot_outbox.c.id)).scalar_one())

    def pending(self, platform: str, limit: int = 100) -> list[OutboxItem]:
        """Items waiting to be sent, oldest first (including claims abandoned by a dead process)."""
        o = bot_outbox.c
        with self._database().read() as c:
            rows = c.execute(select(o.id, o.platform, o.chat_id, o.payload, o.attempts, o.last_error)
                             .where(o.platform == platform, _sendable(time.time()))
                             .order_by(o.id).limit(limit)).all()
        return [OutboxItem(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5]) for r in rows]

    def has_pending(self, platform: str, chat_id: str | None = None) -> bool:
        o = bot_outbox.c
        query = select(o.id).where(o.platform == platform, o.status.in_(("pending", "sending")))
        if chat_id is not None:
            query = query.where(o.chat_id == str(chat_id))
        with self._database().read() as c:
            return c.execute(query.limit(1)).first() is not None

    def claim(self, item_id: int) -> bool:
        """Take an item for sending; False if another sender has it (so nothing is sent twice)."""
        now = time.time()
        with self._database().write() as c:
            return c.execute(update(bot_outbox).where(bot_outbox.c.id == item_id, _sendable(now))
                             .values(status="sending", updated_at=now)).rowcount == 1

    def mark_sent(self, item_id: int) -> None:
        with self._database().write() as c:
            c.execute(update(bot_outbox).where(bot_outbox.c.id == item_id).values(status="sent", updated_at=time.time()))

    def mark_failed(self, item_id: int, error: str, *, dead: bool) -> None:
        with self._database().write() as c:
            c.execute(update(bot_outbox).where(bot_outbox.c.id == item_id).values(
                status="dead" if dead else "pending", attempts=bot_outbox.c.attempts + 1, last_error=error[:1000],
                updated_at=time.time()))

    def count(self, platform: str | None = None, status: str = "pending") -> int:
        query = select(func.count()).select_from(bot_outbox).where(bot_outbox.c.status == status)
        if platform is not None:
            query = query.where(bot_outbox.c.platform == platform)
        with self._database().read() as c:
            return int(c.execute(query).scalar_one())

    def items(self, platform: str | None = None) -> list[tuple[OutboxItem, str]]:
        """Every item with its status (for inspection and tests)."""
        o = bot_outbox.c
        query = select(o.id, o.platform, o.chat_id, o.payload, o.attempts, o.last_error, o.status).order_by(o.id)
        if platform is not None:
            query = query.where(o.platform == platform)
        with self._database().read() as c:
            rows = c.execute(query).all()
        return [(OutboxItem(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5]), r[6]) for r in rows]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def _sendable(now: float):
    """Pending, or claimed by a sender that has not finished for longer than a live one would take."""
    o = bot_outbox.c
    return (o.status == "pending") | ((o.status == "sending") & (o.updated_at < now - STALE_CLAIM_S))
