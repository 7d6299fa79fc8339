"""Group commit: writes that many threads submit at once share one transaction and one commit.

Every answered question stores its turn before the answer is sent, so a server answering from
its cache is bound by commits: each one waits for the disk (SQLite ``synchronous = FULL``, or
Postgres's WAL flush) while the next writer waits for the lock. Here a thread that submits a
write waits its turn as leader; the leader takes every write queued by then and commits them
together, and the writers it took return without a transaction of their own. Nothing is
acknowledged before its commit, so what a client was told is stored is on disk, as before.

A write that fails in a batch (a conversation that does not exist) fails alone: the writer says
so per item; a batch whose transaction fails is retried item by item, so one bad write never
takes the others with it.
"""
from __future__ import annotations

import threading
from typing import Callable, Generic, Sequence, TypeVar

from sqlalchemy.engine import Connection

Item = TypeVar("Item")

MAX_BATCH = 256  # writes per transaction: bounds a transaction's size, not how many may wait

# write(conn, items) -> per item: None (written) or the exception to raise in that item's thread
Writer = Callable[[Connection, Sequence[Item]], Sequence[BaseException | None]]


class _Slot(Generic[Item]):
    __slots__ = ("item", "done", "error", "wake")

    def __init__(self, item: Item):
        self.item = item
        self.done = False
        self.error: BaseException | None = None
        self.wake = threading.Event()  # set when its write is committed, or when it is to lead the next batch


class GroupCommit(Generic[Item]):
    """Submit writes from any thread; those waiting together are committed in one transaction of ``db``.

    One thread at a time leads: it commits every write queued by then (its own among them), wakes each of
    their threads, and hands the lead to the oldest write still queued, whose thread commits the next batch.
    Each waiting thread has its own event, so a commit wakes all of its writers at once, not one after the
    other through a lock (each handover of a lock waits for the GIL: up to its 5 ms switch interval).
    """

    def __init__(self, db, write: Writer):
        self._db = db
        self._write = write
        self._pending: list[_Slot] = []
        self._queue = threading.Lock()  # guards _pending and _leading: held briefly, never across I/O
        self._leading = False  # a thread is committing a batch, or has been woken to

    def submit(self, item: Item) -> None:
        """Return once ``item`` is committed; raise what writing it raised."""
        slot = _Slot(item)
        with self._queue:
            self._pending.append(slot)
            lead, self._leading = not self._leading, True
        if not lead:
            slot.wake.wait()
        if not slot.done:  # this thread leads: its write is the oldest queued
            self._lead()
        if slot.error is not None:
            raise slot.error

    def _lead(self) -> None:
        with self._queue:
            batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
        try:
            self._commit(batch)
        except BaseException as exc:  # interrupted mid-commit: no writer of the batch may wait for ever
            for slot in batch:
                if not slot.done:
                    slot.error, slot.done = exc, True
                    slot.wake.set()
            raise
        finally:
            with self._queue:
                if self._pending:
                    self._pending[0].wake.set()  # not done: it leads the next batch
                else:
                    self._leading = False

    def _commit(self, batch: list[_Slot]) -> None:
        try:
            with self._db.write() as conn:
                errors = list(self._write(conn, [slot.item for slot in batch]))
        except Exception as exc:
            if len(batch) == 1:
                errors = [exc]
            else:  # each alone: only the write at fault fails
                for slot in batch:
                    self._commit([slot])
                return
        for slot, error in zip(batch, errors, strict=True):
            slot.error = error
            slot.done = True
            slot.wake.set()
