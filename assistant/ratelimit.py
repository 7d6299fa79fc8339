"""The one rate limiter, for the API (per key or address) and the bots (per platform user).

A moving one-minute window, the ``limits`` library's ``MovingWindowRateLimiter``: a client may be
counted ``per_minute`` times in any 60 seconds, which is what "N a minute" says (a token bucket
would let 2N through in a minute after a quiet spell). A refused call learns when the oldest
counted call leaves the window (``Retry-After``). The bots tell a user once per window that they
are over the limit (``Decision.notify``), so a chat is never flooded with refusals; that "told"
mark is a one-entry window in the same storage, so several workers tell a user once too.

Where the windows are counted (``QNA_RATE_LIMIT_STORAGE``): ``memory`` (this process, the
default for one worker), ``database`` (a table in the state database, ``DatabaseStorage`` below:
every worker, on any machine, counts in the same windows; the default when ``QNA_DATABASE_URL``
is set or ``--workers`` is above 1), or any ``limits`` storage URI (``redis://…``, whose driver
must then be installed). ``limits`` ships no SQL storage, hence ours.

Async code (the HTTP service, the webhooks) asks ``acheck``: a storage that is not this process's
memory is asked in a worker thread, waited on for at most ``QNA_RATE_LIMIT_WAIT_S``. When it fails or
does not answer in time the call is let through (fail open: a rate limit protects capacity, and a
database outage must not also refuse every request) and the outage is logged once, with the count
of calls let through so, when the storage answers again.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable

import anyio
from anyio.to_thread import run_sync
from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage, MovingWindowSupport, Storage, storage_from_string
from limits.strategies import MovingWindowRateLimiter
from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from assistant import storage
from assistant.storage import rate_limit_hits

SWEEP_EVERY_S = 60.0  # how often expired hits are deleted from the database
CHECK_THREADS = 8  # threads that may wait on a remote storage at once; beyond, calls wait for one (bounded)

log = logging.getLogger("assistant.ratelimit")


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after_s: float = 0.0  # seconds until a refused client is counted again; 0 when allowed
    notify: bool = False  # the first refusal in this window: tell the user (bots)


class RateLimiter:
    """``per_minute`` calls per key in any window of ``window_s`` seconds; 0 or less: no limit.

    ``name`` keeps limiters sharing one storage apart (the API's, the bots', the webhooks')."""

    def __init__(self, per_minute: int, storage: Storage | None = None, *, name: str = "limit",
                 window_s: int = 60, wait_s: float = 1.0):
        self.limit = per_minute
        self.name = name
        self.wait_s = wait_s
        self._threads: anyio.CapacityLimiter | None = None  # made on first use: it needs the event loop
        self._outage_lock = threading.Lock()
        self._let_through = 0  # calls let through in the current outage; 0: no outage
        self.storage = storage if storage is not None else MemoryStorage()
        self.clock: Callable[[], float] = getattr(self.storage, "clock", time.time)
        self._strategy = MovingWindowRateLimiter(self.storage)
        self._item = RateLimitItemPerSecond(max(1, per_minute), int(window_s), namespace=name)
        self._told = RateLimitItemPerSecond(1, int(window_s), namespace=f"{name}-told")

    @classmethod
    def from_settings(cls, per_minute: int, settings, *, name: str, database: storage.Database | None = None):
        return cls(per_minute, storage_for(settings, database), name=name, wait_s=settings.rate_limit_wait_s)

    @property
    def local(self) -> bool:
        """The windows are in this process's memory: checking never waits."""
        return isinstance(self.storage, MemoryStorage)

    async def acheck(self, key: str) -> Decision:
        """``check`` for async code: never blocks the event loop, waits at most ``wait_s``, fails open."""
        if self.limit <= 0:
            return Decision(True)
        if self.local:
            return self.check(key)
        if self._threads is None:
            self._threads = anyio.CapacityLimiter(CHECK_THREADS)
        failure: BaseException | None = None
        with anyio.move_on_after(self.wait_s if self.wait_s > 0 else None):
            try:
                decision = await run_sync(self.check, key, abandon_on_cancel=True, limiter=self._threads)
            except Exception as exc:  # noqa: BLE001 - any storage failure: let the call through
                failure = exc
            else:
                self._recovered()
                return decision
        self._failed_open(failure)
        return Decision(True)

    def _failed_open(self, failure: BaseException | None) -> None:
        with self._outage_lock:
            self._let_through += 1
            first = self._let_through == 1
        if first:
            what = f"{type(failure).__name__}: {' '.join(str(failure).split())[:200]}" if failure else \
                f"no answer within {self.wait_s:g}s"
            log.warning("rate limit %r: its storage is unavailable (%s); calls are let through until it answers",
                        self.name, what)

    def _recovered(self) -> None:
        if not self._let_through:
            return
        with self._outage_lock:
            count, self._let_through = self._let_through, 0
        if count:
            log.warning("rate limit %r: its storage answers again; %d calls were let through unchecked",
                        self.name, count)

    def check(self, key: str) -> Decision:
        """Count one call from ``key`` and say whether to serve it."""
        if self.limit <= 0:
            return Decision(True)
        if self._strategy.hit(self._item, key):
            return Decision(True)
        reset_at, _remaining = self._strategy.get_window_stats(self._item, key)
        notify = self._strategy.hit(self._told, key)  # once per window, whichever worker refuses first
        return Decision(False, max(0.0, reset_at - self.clock()), notify)


def storage_for(settings, database: storage.Database | None = None) -> Storage:
    """The storage ``QNA_RATE_LIMIT_STORAGE`` names (see the module's docstring); ValueError for a bad one."""
    choice = (settings.rate_limit_storage or
              ("database" if settings.database_url or settings.workers > 1 else "memory")).strip()
    if choice in ("memory", "memory://"):
        return MemoryStorage()
    if choice == "database":
        return DatabaseStorage(database or storage.Database(storage.target(settings)))
    try:
        return storage_from_string(choice)
    except Exception as exc:  # limits' ConfigurationError, or the backend's driver missing
        raise ValueError(f"QNA_RATE_LIMIT_STORAGE={choice!r}: {exc} (use memory, database or a limits "
                         "storage URI such as redis://host:6379)") from None


class DatabaseStorage(Storage, MovingWindowSupport):
    """``limits`` moving windows in the state database's ``rate_limit_hits`` table (one row per counted call).

    Deciding is one write transaction per call: on SQLite it holds the write lock, on Postgres an advisory
    lock on the key, so two workers never both take the last place in a window."""

    STORAGE_SCHEME = None  # made from the settings (``storage_for``), not from a URI

    def __init__(self, database: storage.Database, clock: Callable[[], float] = time.time, **options):
        super().__init__(None, **options)
        self.db = database
        self.clock = clock
        self._last_sweep = 0.0

    @property
    def base_exceptions(self) -> type[Exception]:
        return SQLAlchemyError

    def _in_window(self, key: str, expiry: float, now: float):
        return (rate_limit_hits.c.key == key) & (rate_limit_hits.c.at > now - expiry)

    def _lock(self, conn, key: str) -> None:
        if self.db.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": key})

    def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        if amount > limit:
            return False
        now = self.clock()
        with self.db.write() as c:
            self._lock(c, key)
            counted = c.execute(select(func.count()).select_from(rate_limit_hits)
                                .where(self._in_window(key, expiry, now))).scalar_one()
            if counted + amount > limit:
                return False
            c.execute(insert(rate_limit_hits), [{"key": key, "at": now, "expires_at": now + expiry}] * amount)
            if now - self._last_sweep >= SWEEP_EVERY_S or now < self._last_sweep:
                c.execute(delete(rate_limit_hits).where(rate_limit_hits.c.expires_at <= now))
                self._last_sweep = now
        return True

    def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        now = self.clock()
        with self.db.read() as c:
            oldest, counted = c.execute(select(func.min(rate_limit_hits.c.at), func.count())
                                        .where(self._in_window(key, expiry, now))).one()
        return (oldest if counted else now), int(counted)

    # the rest of limits' Storage interface (fixed windows count the same rows)
    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = self.clock()
        with self.db.write() as c:
            self._lock(c, key)
            c.execute(insert(rate_limit_hits), [{"key": key, "at": now, "expires_at": now + expiry}] * amount)
        return self.get(key)

    def get(self, key: str) -> int:
        with self.db.read() as c:
            return int(c.execute(select(func.count()).select_from(rate_limit_hits).where(
                rate_limit_hits.c.key == key, rate_limit_hits.c.expires_at > self.clock())).scalar_one())

    def get_expiry(self, key: str) -> float:
        with self.db.read() as c:
            latest = c.execute(select(func.max(rate_limit_hits.c.expires_at))
                               .where(rate_limit_hits.c.key == key)).scalar()
        return latest if latest is not None else self.clock()

    def check(self) -> bool:
        try:
            with self.db.read() as c:
                c.execute(select(1))
            return True
        except SQLAlchemyError:
            return False

    def reset(self) -> int | None:
        with self.db.write() as c:
            return c.execute(delete(rate_limit_hits)).rowcount

    def clear(self, key: str) -> None:
        with self.db.write() as c:
            c.execute(delete(rate_limit_hits).where(rate_limit_hits.c.key == key))
