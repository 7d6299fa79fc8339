"""One ingest at a time per index, on one machine and across machines.

Embedded mode: a file lock (``flock``) on ``<store>/.lock``; a second ingest on the machine waits for the first,
and the kernel drops the lock of a killed one.

Server mode (``QNA_CHROMA_URL``): ingests on several machines write to one Chroma server, so the lock lives there
too (``ServerLock``). It is a collection, ``<namespace>-ingest-lock``, that exists while an ingest runs; the server
refuses to create a collection whose name exists, so one ingest creates it and the others wait, saying whose ingest
they wait for, and give up after ``ingest_lock_wait_s`` with ``IngestBusy``. The holder beats: it bumps a counter
in the collection's metadata every ``ingest_lock_stale_s / 6`` s. A waiter that sees the same beat for
``ingest_lock_stale_s`` by its own clock (no clocks are compared across machines) takes the holder for dead (a
killed ingest) and breaks the lock: it renames that collection, by its id, so a lock taken meanwhile by someone else
is never touched, and deletes it. Before publishing, the holder checks the lock is still its own: one whose lock was
broken (paused longer than the stale time) stops with ``IngestLockLost`` and publishes nothing, so the ``CURRENT``
record only ever names a generation one ingest wrote whole.
"""
from __future__ import annotations

import fcntl
import logging
import os
import socket
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterator

from index import store

log = logging.getLogger(__name__)


class IngestLockError(RuntimeError):
    """The index could not be written now; the message says why and what to do."""


class IngestBusy(IngestLockError):
    """Another ingest held the index for longer than ``ingest_lock_wait_s``."""


class IngestLockLost(IngestLockError):
    """This ingest's lock was broken by another machine (it looked dead): it must not publish."""


class _FolderLock:
    """Embedded mode: the file lock is all there is."""

    def verify(self) -> None:
        pass


class ServerLock:
    """The ingest lock in a Chroma server (see the module's docstring)."""

    def __init__(self, url: str, namespace: str, stale_s: float, wait_s: float):
        self.url = url
        self.name = f"{namespace}-ingest-lock"
        self.stale_s = float(stale_s)
        self.wait_s = float(wait_s)
        self.client = store.server_client(url)
        self.collection = None
        self.beat = 0
        self.lost = False
        self._stop = threading.Event()
        self._beater: threading.Thread | None = None
        self.holder = f"{socket.gethostname()} pid {os.getpid()}"
        self.started = datetime.now(timezone.utc).isoformat(timespec="seconds")

    def _metadata(self) -> dict:
        return {"holder": self.holder, "started": self.started, "beat": self.beat}

    def _held_by(self, client=None):
        """The lock's collection as it is now (read through ``client``, default this lock's), or None when
        nobody holds it."""
        from chromadb.errors import NotFoundError

        try:
            return (client or self.client).get_collection(self.name, embedding_function=None)
        except NotFoundError:
            return None

    def acquire(self) -> "ServerLock":
        from chromadb.errors import ChromaError

        deadline = time.monotonic() + self.wait_s
        seen: tuple[tuple, float] | None = None  # the holder's (id, beat) and when this process first saw it
        announced = None
        while True:
            try:
                self.collection = self.client.create_collection(self.name, metadata=self._metadata(),
                                                                embedding_function=None)
                break
            except ChromaError as exc:
                holder = self._held_by()
                if holder is None:
                    if "already exists" in str(exc):
                        continue  # released meanwhile: try again
                    raise
            meta = holder.metadata or {}
            state, now = (str(holder.id), meta.get("beat")), time.monotonic()
            if seen is None or seen[0] != state:
                seen = (state, now)
            elif now - seen[1] >= self.stale_s:
                log.warning("ingest lock: %s (started %s) has not beaten for %.0f s: taken for dead, its lock "
                            "broken", meta.get("holder"), meta.get("started"), self.stale_s)
                self._break(holder)
                seen = None
                continue
            if announced != str(holder.id):
                announced = str(holder.id)
                log.warning("ingest lock: waiting for the ingest of %s (started %s) into the Chroma server at %s",
                            meta.get("holder"), meta.get("started"), self.url)
            if now >= deadline:
                raise IngestBusy(
                    f"another ingest is writing the index in the Chroma server at {self.url}: {meta.get('holder')}, "
                    f"started {meta.get('started')}; still there after {self.wait_s:.0f} s "
                    f"(QNA_INGEST_LOCK_WAIT_S). Run ingest again when it is done; if it was killed, its lock is "
                    f"taken over after {self.stale_s:.0f} s without a beat (QNA_INGEST_LOCK_STALE_S)")
            time.sleep(max(0.05, min(1.0, self.stale_s / 10)))
        self._beater = threading.Thread(target=self._beat, name="ingest-lock-beat", daemon=True)
        self._beater.start()
        return self

    def _beat(self) -> None:
        client = store.server_client(self.url)  # its own connection: the ingest's thread uses the other one
        while not self._stop.wait(self.stale_s / 6):
            try:
                now = self._held_by(client)
            except Exception:  # noqa: BLE001 - the server unreachable: a missed beat
                continue
            if now is None or now.id != self.collection.id:
                self.lost = True  # broken by a waiter: verify() refuses to publish
                return
            self.beat += 1
            try:
                now.modify(metadata=self._metadata())
            except Exception:  # noqa: BLE001 - a missed beat; the next one may pass
                log.warning("ingest lock: a beat could not be written to %s", self.url, exc_info=True)

    def _break(self, holder) -> None:
        """Rename ``holder`` (by its id) out of the way, then delete it; losing a race to another breaker is fine."""
        from chromadb.errors import ChromaError

        gone = f"{self.name}-broken-{uuid.uuid4().hex[:8]}"
        try:
            holder.modify(name=gone)
            self.client.delete_collection(gone)
        except ChromaError:
            pass  # another waiter broke or the holder released it first

    def verify(self) -> None:
        """IngestLockLost unless this process still holds the lock: checked just before publishing."""
        now = self._held_by()
        if self.lost or now is None or now.id != self.collection.id:
            self.lost = True
            raise IngestLockLost(
                f"this ingest's lock in the Chroma server at {self.url} was taken over by another machine (this "
                f"one did not beat for {self.stale_s:.0f} s, QNA_INGEST_LOCK_STALE_S): nothing was published; "
                f"run ingest again")

    def release(self) -> None:
        self._stop.set()
        if self._beater is not None:
            self._beater.join(timeout=30)
        if self.collection is not None and not self.lost:
            self._break(self.collection)  # by id: never someone else's lock
        self.collection = None


@contextmanager
def ingest_lock(settings) -> Iterator["ServerLock | _FolderLock"]:
    """Hold the index for one ingest: the store folder's file lock, and in server mode the server's lock."""
    settings.store_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.store_dir / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            if not settings.chroma_url:
                yield _FolderLock()
                return
            lock = ServerLock(settings.chroma_url, settings.chroma_namespace, settings.ingest_lock_stale_s,
                              settings.ingest_lock_wait_s).acquire()
            try:
                yield lock
            finally:
                lock.release()
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
