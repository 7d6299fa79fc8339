"""The one database of the service and the bots: its tables, its migrations, its connections.

Conversations, messages, feedback, chat mappings, update de-duplication, the bots' inbox and
outbox, small values and the shared rate-limit windows all live in one database, reached only
through this module (``assistant.state`` and ``bots.outbox`` hold the queries, in SQLAlchemy
Core). SQLite in WAL mode is the default (``<QNA_HOME>/state.db``, or ``QNA_DB_PATH``);
``QNA_DATABASE_URL`` (``postgresql+psycopg://user@host/db``) puts every worker on one Postgres
server, which is what lets ``assistant serve --workers N`` run stateless workers on one or
several machines.

The schema is versioned: ``schema_version`` holds one row per applied migration. Opening a
database applies, in order, each migration it lacks, each in its own transaction under a lock
that other processes wait on (SQLite's write lock, a Postgres advisory lock), so two workers
starting together apply a migration once. A state file made before versioning (no
``schema_version`` table) is migrated in place: migration 1 creates only the tables it lacks,
so every row it holds stays.

On SQLite every write transaction starts with ``BEGIN IMMEDIATE``, taking the write lock up
front, so a writer never fails halfway with "database is locked"; writers first queue on a lock
(threads) and ``flock`` of ``state.db-writer`` (processes), woken in turn (``_WriteTurn``), with
``busy_timeout`` as the backstop; reads run in deferred transactions, which WAL lets run beside a
writer. Connections are pooled. Stored turns are group-committed (``assistant.group_commit``).

No call waits on the database forever: a connection is made within ``CONNECT_TIMEOUT_S``, a pooled
one handed out within ``POOL_TIMEOUT_S``, and a Postgres statement (a lock wait included) is cancelled
by the server after ``STATEMENT_TIMEOUT_MS``. A server that stops answering altogether (frozen, or
the network lost mid-query) is bounded one level up: the HTTP service waits on a database call for
at most ``QNA_DATABASE_TIMEOUT_S`` (``assistant.http.deps.run_io``) and the rate limiter for less
(``assistant.ratelimit``). Such an outage surfaces as one of ``OUTAGES``.
"""
from __future__ import annotations

import contextlib
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

try:
    import fcntl
except ImportError:  # Windows has none: SQLite's busy handler alone orders processes there
    fcntl = None

from sqlalchemy import (CheckConstraint, Column, Float, ForeignKey, Index, Integer, MetaData, PrimaryKeyConstraint,
                        Table, Text, create_engine, event, func, select, text)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 30_000
CONNECT_TIMEOUT_S = 5  # a new Postgres connection (libpq's connect_timeout; 2 s at least)
POOL_TIMEOUT_S = 10  # waiting for a pooled connection when all are in use
STATEMENT_TIMEOUT_MS = 30_000  # Postgres cancels a statement (or a lock wait) that runs longer
MIGRATION_LOCK_KEY = 7_041_912  # the Postgres advisory lock that serialises migrations (any fixed number)
POOL_SIZE = 5  # connections kept per engine (twice as many at a peak); a worker holds two engines (state, outbox)

metadata = MetaData()

# -- version 1: the schema of the unversioned SQLite file (assistant/state.py and bots/outbox.py before) --
conversations = Table(
    "conversations", metadata,
    Column("id", Text, primary_key=True),
    Column("created_at", Float, nullable=False),
)
messages = Table(
    "messages", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", Text, nullable=False, unique=True),
    Column("conversation_id", Text, ForeignKey("conversations.id"), nullable=False),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),  # Answer.to_dict() as JSON
    Column("created_at", Float, nullable=False),
    Index("messages_by_conversation", "conversation_id", "seq"),
    sqlite_autoincrement=True,
)
feedback = Table(
    "feedback", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("message_id", Text, ForeignKey("messages.id"), nullable=False),
    Column("rating", Integer, CheckConstraint("rating IN (-1, 1)"), nullable=False),
    Column("comment", Text),
    Column("source", Text, nullable=False),
    Column("created_at", Float, nullable=False),
    Index("feedback_by_message", "message_id"),
    sqlite_autoincrement=True,
)
feedback_votes = Table(  # a bot user's current vote on a message: their new vote replaces the feedback row
    "feedback_votes", metadata,
    Column("message_id", Text, nullable=False),
    Column("voter", Text, nullable=False),  # "<platform>:<user id>"
    Column("feedback_id", Integer, ForeignKey("feedback.id"), nullable=False),
    PrimaryKeyConstraint("message_id", "voter"),
)
chats = Table(
    "chats", metadata,
    Column("platform", Text, nullable=False),
    Column("chat_id", Text, nullable=False),
    Column("conversation_id", Text, ForeignKey("conversations.id"), nullable=False),
    PrimaryKeyConstraint("platform", "chat_id"),
)
seen_updates = Table(
    "seen_updates", metadata,
    Column("platform", Text, nullable=False),
    Column("update_id", Text, nullable=False),
    Column("seen_at", Float, nullable=False),
    PrimaryKeyConstraint("platform", "update_id"),
    Index("seen_updates_by_time", "seen_at"),
)
kv = Table(
    "kv", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", Float, nullable=False),
)
bot_inbox = Table(
    "bot_inbox", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", Text, nullable=False),
    Column("payload", Text, nullable=False),  # the update as the platform sent it, JSON
    Column("received_at", Float, nullable=False),
    Column("claimed_at", Float),  # NULL until a process starts answering it
    Index("bot_inbox_by_platform", "platform", "id"),
    sqlite_autoincrement=True,
)
bot_outbox = Table(
    "bot_outbox", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", Text, nullable=False),
    Column("chat_id", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("status", Text, nullable=False, server_default="pending"),  # pending | sending | sent | dead
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", Text),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    Index("bot_outbox_pending", "platform", "status", "id"),
    sqlite_autoincrement=True,
)
# -- version 2: the rate limiter's moving windows, shared by every worker (assistant/ratelimit.py) --------
rate_limit_hits = Table(
    "rate_limit_hits", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False),
    Column("at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Index("rate_limit_hits_by_key", "key", "at"),
    Index("rate_limit_hits_by_expiry", "expires_at"),
)

schema_version = Table(
    "schema_version", MetaData(),
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", Float, nullable=False),
)


def _create(*tables: Table) -> Callable[[Connection], None]:
    """A migration that creates ``tables`` with their indexes, skipping those that exist already."""
    def migrate(conn: Connection) -> None:
        metadata.create_all(conn, tables=list(tables), checkfirst=True)
    return migrate


# Append only: a migration, once released, never changes (databases out there have applied it).
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "conversations, messages, feedback, chats, de-duplication, kv, bot inbox and outbox",
     _create(conversations, messages, feedback, chats, seen_updates, kv, bot_inbox, bot_outbox)),
    (2, "shared rate-limit windows", _create(rate_limit_hits)),
    (3, "one vote per bot user per message", _create(feedback_votes)),
]
LATEST = MIGRATIONS[-1][0]


def url_for(target: "Path | str") -> str:
    """The SQLAlchemy URL of a target: a path as a SQLite file, ``postgresql://`` (as Postgres writes it) with the
    installed driver (psycopg 3), any other URL as given."""
    s = str(target)
    if "://" not in s:
        return f"sqlite:///{Path(s)}"
    for scheme in ("postgresql://", "postgres://"):
        if s.startswith(scheme):
            return "postgresql+psycopg://" + s[len(scheme):]
    return s


def target(settings) -> "Path | str":
    """Where the settings put the database: ``QNA_DATABASE_URL`` if set, else the SQLite state file."""
    return settings.database_url or settings.state_db


class Database:
    """An engine on the state database, its schema brought up to ``LATEST`` when opened."""

    def __init__(self, where: "Path | str"):
        self.url = url_for(where)
        self.sqlite = self.url.startswith("sqlite")
        self.path: str | None = self.url.split(":///", 1)[1] if self.sqlite else None  # the SQLite file
        if self.sqlite:
            if self.path and self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.engine = _sqlite_engine(self.url)
        else:
            self.engine = create_engine(self.url, pool_size=POOL_SIZE, max_overflow=POOL_SIZE, pool_pre_ping=True,
                                        pool_timeout=POOL_TIMEOUT_S, connect_args=_server_timeouts(self.url))
        self._closed = False
        self._lock = threading.Lock()
        self._write_turn = _WriteTurn(self.path) if self.sqlite else contextlib.nullcontext()
        migrate(self)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction; on SQLite it holds the write lock from its start (BEGIN IMMEDIATE), one
        thread of this process at a time."""
        with self._write_turn, self.engine.connect().execution_options(qna_write=True) as conn:
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One read transaction (deferred on SQLite: it runs beside a writer)."""
        with self.engine.connect() as conn:
            with conn.begin():
                yield conn

    def ping(self) -> None:
        """One round trip to the database; raises one of ``OUTAGES`` when it does not answer."""
        with self.engine.connect() as conn:
            conn.execute(select(1))

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self.engine.dispose()
                if isinstance(self._write_turn, _WriteTurn):
                    self._write_turn.close()
                self._closed = True


class DatabaseUnavailable(RuntimeError):
    """The state database did not answer in time."""


# What a database outage raises (not a bad row: those are IntegrityError and the like)
OUTAGES = (OperationalError, InterfaceError, PoolTimeout, DatabaseUnavailable)


class _WriteTurn:
    """SQLite's writers, queued: threads of this process on a lock, processes on ``flock`` of a file beside
    the database, each woken as soon as the writer before it is done. Left to SQLite's busy handler they
    would poll the database's lock, sleeping 1, 2, 5 ... 100 ms between tries: 16 threads storing turns
    spent half their time asleep with the lock free, and two worker processes stalled each other for up to
    0.8 s. SQLite's own locking still guards the file; this only orders who asks for it."""

    def __init__(self, database_path: str):
        self._thread = threading.Lock()
        self._fd = None
        if fcntl is not None and database_path and database_path != ":memory:":
            try:
                self._fd = os.open(database_path + "-writer", os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:  # a read-only folder: SQLite's busy handler alone, as before
                self._fd = None

    def __enter__(self) -> None:
        self._thread.acquire()
        if self._fd is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX)
            except BaseException:
                self._thread.release()
                raise

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._thread.release()

    def close(self) -> None:
        with self._thread:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


def _server_timeouts(url: str) -> dict:
    """The driver's connect and statement timeouts, for Postgres (other servers: their driver's defaults)."""
    if not url.startswith("postgresql"):
        return {}
    return {"connect_timeout": CONNECT_TIMEOUT_S,
            "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} "
                       f"-c idle_in_transaction_session_timeout={STATEMENT_TIMEOUT_MS}"}


def _sqlite_engine(url: str) -> Engine:
    # Connections are kept open in a pool, not one opened per transaction: closing the last connection to a
    # WAL database checkpoints it and removes its WAL, which made each stored turn cost 6-8 ms (a pool: under
    # 1 ms with the same fsync per commit). ``check_same_thread`` off: a pooled connection serves any thread,
    # one at a time.
    engine = create_engine(url, poolclass=QueuePool, pool_size=POOL_SIZE, max_overflow=POOL_SIZE,
                           pool_timeout=POOL_TIMEOUT_S,
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we say BEGIN ourselves (below), pysqlite does not guess
        for pragma in (f"busy_timeout = {BUSY_TIMEOUT_MS}", "journal_mode = WAL",
                       "synchronous = FULL",  # a committed turn survives power loss too
                       "foreign_keys = ON"):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("qna_write") else "BEGIN")

    return engine


@contextmanager
def _migration_lock(db: Database) -> Iterator[Connection]:
    """A transaction that no other process's migration runs beside."""
    with db.write() as conn:  # SQLite: BEGIN IMMEDIATE is the lock
        if db.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        yield conn


def applied(conn: Connection) -> set[int]:
    return set(conn.execute(select(schema_version.c.version)).scalars())


def migrate(db: Database) -> list[int]:
    """Apply the migrations ``db`` lacks, oldest first, each once and in its own transaction; their numbers."""
    with _migration_lock(db) as conn:
        schema_version.create(conn, checkfirst=True)
        done = applied(conn)
    if done and max(done) >= LATEST:
        return []
    ran = []
    for number, _what, step in MIGRATIONS:
        if number in done:
            continue
        with _migration_lock(db) as conn:
            if number in applied(conn):  # another process got here first
                continue
            step(conn)
            conn.execute(schema_version.insert().values(version=number, applied_at=time.time()))
            ran.append(number)
    return ran


def version(db: Database) -> int:
    """The highest migration applied to ``db`` (0 for none)."""
    with db.read() as conn:
        return int(conn.execute(select(func.coalesce(func.max(schema_version.c.version), 0))).scalar_one())


class CopyRefused(ValueError):
    """``copy_state`` would mix two states: the target holds rows already, or is the source itself."""


COPY_BATCH = 1000  # rows per INSERT while copying


def copy_state(source: Database, target: Database) -> dict[str, int]:
    """Copy every row of ``source`` into ``target``, an empty database at the same schema version (both are
    brought to ``LATEST`` when opened); the rows copied, by table.

    Moving a deployment from its SQLite file to Postgres (``assistant state copy --to …``). The source is read in
    one transaction (a consistent snapshot, even beside a running server: stop it first so that nothing written
    after is left behind) and the target written in one: an error leaves the target as empty as it was. Ids are
    kept (messages' sequence numbers, feedback, inbox and outbox ids), and on Postgres each id sequence is moved
    past the copied ids, so rows added afterwards get new ones. A target that holds any row is refused
    (``CopyRefused``): copying twice, or into a live database, would duplicate or mix conversations.
    """
    if source.url == target.url:
        raise CopyRefused("the source and the target are the same database")
    for db in (source, target):
        if version(db) != LATEST:
            raise CopyRefused(f"{display_url(db)} is at schema version {version(db)}, "
                              f"this version writes {LATEST}")
    tables = metadata.sorted_tables  # parents before children (foreign keys)
    with target.write() as out:
        held = {t.name: n for t in tables if (n := out.execute(select(func.count()).select_from(t)).scalar_one())}
        if held:
            rows = ", ".join(f"{n} {t}" for t, n in held.items())
            raise CopyRefused(f"{display_url(target)} is not empty ({rows}): copy only into an empty database, "
                              f"so that no conversation is mixed or doubled")
        copied: dict[str, int] = {}
        with source.read() as src:
            for table in tables:
                rows = src.execute(select(table).order_by(*table.primary_key.columns)).mappings()
                copied[table.name] = 0
                while batch := [dict(r) for r in rows.fetchmany(COPY_BATCH)]:
                    out.execute(table.insert(), batch)
                    copied[table.name] += len(batch)
        if target.dialect == "postgresql":
            for table in tables:
                key = list(table.primary_key.columns)
                if len(key) == 1 and isinstance(key[0].type, Integer):  # a SERIAL id
                    column = key[0]
                    out.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                        f"COALESCE(MAX({column.name}), 1), MAX({column.name}) IS NOT NULL) FROM {table.name}"))
        for table in tables:  # what was read is what is there, before the transaction commits
            n = out.execute(select(func.count()).select_from(table)).scalar_one()
            if n != copied[table.name]:
                raise RuntimeError(f"copying {table.name}: {copied[table.name]} rows read, {n} in the target")
    return copied


def display_url(db: Database) -> str:
    """The database's URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(db.url).render_as_string(hide_password=True)


__all__ = ["CopyRefused", "Database", "LATEST", "MIGRATIONS", "copy_state", "display_url", "migrate", "target",
           "url_for", "version"]
