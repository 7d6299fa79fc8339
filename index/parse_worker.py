"""Read and parse corpus files in a child process, so that QNA_MAX_DOCUMENT_SECONDS bounds a document's
whole reading — the format reader and the parser — and not only the reader's loops.

The readers check the budget between paragraphs and pages (index/readers.py), but the parser is plain
Python with no such checks, and a pathological text could keep it, and the ingest lock, for as long as it
likes. Here the parent waits for each file's documents at most the budget; past it the child is killed (the
only way to stop Python code mid-way), the file is refused by name like any unreadable one, and the next
file is read by a fresh child. A child that dies (out of memory, a crash in a format library) costs its file
only, too.

One child serves a whole ingest, so a corpus costs one process start (a third of a second). It is a fresh
interpreter (``python -m index.parse_worker``), not a fork: the parent may run threads (``/v1/reindex`` in a
serving worker), and a fork would copy their held locks.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from multiprocessing.connection import Connection
from pathlib import Path

from index.parser import ParsedDocument, parse_parts
from index.readers import Bounds, UnreadableDocument, collecting_warnings, overran, reading_bounds, report_warnings

_SOURCE_ROOT = Path(__file__).resolve().parent.parent  # where the child imports ``index`` from, as we did


class ParseWorker:
    """``parse(path)`` is ``parse_parts(path)`` under ``bounds``, in a child process killed when a file's
    reading outlasts ``bounds.seconds`` (0: no limit). Use it as a context manager: leaving ends the child."""

    def __init__(self, bounds: Bounds):
        self.bounds = bounds
        self._process: subprocess.Popen | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> "ParseWorker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def parse(self, path: Path) -> list[ParsedDocument]:
        """The documents ``path`` holds; UnreadableDocument when it cannot be read, or not in time. Warnings
        met while reading go to the caller's ``collecting_warnings`` and log, as when reading in-process."""
        conn = self._child()
        conn.send(str(path))
        seconds = self.bounds.seconds
        if not conn.poll(seconds if seconds else None):  # (a dead child's closed end counts as arrived)
            self.close()
            raise overran(path, seconds)
        try:
            outcome, value, warnings = conn.recv()
        except EOFError:  # the child died while reading
            code = self.close()
            raise UnreadableDocument(path, f"reading it ended the reading process (exit code {code})") from None
        for name, messages in warnings.items():
            report_warnings(name, messages)
        if outcome == "documents":
            return value
        if outcome == "unreadable":
            raise UnreadableDocument(path, value)
        raise value  # a parser bug, as parse_parts would have raised it

    def close(self) -> int | None:
        """End the child, if any; its exit code."""
        process, conn, self._process, self._conn = self._process, self._conn, None, None
        if process is None:
            return None
        conn.close()
        process.kill()  # reading nothing now, or abandoned: nothing to lose
        return process.wait()

    def _child(self) -> Connection:
        if self._process is None:
            here, there = socket.socketpair()
            path = os.pathsep.join(filter(None, [str(_SOURCE_ROOT), os.environ.get("PYTHONPATH")]))
            self._process = subprocess.Popen([sys.executable, "-m", __name__, str(there.fileno())],
                                             pass_fds=[there.fileno()], stdin=subprocess.DEVNULL,
                                             env={**os.environ, "PYTHONPATH": path})
            there.close()
            self._conn = Connection(here.detach())
            self._conn.send(self.bounds)
            try:
                self._conn.recv()  # "ready": the budget counts reading, not the start of a process
            except EOFError:
                code = self.close()
                raise RuntimeError(f"the document reading process did not start (exit code {code})") from None
        return self._conn


def _serve(conn: Connection) -> None:
    """The child: read each path sent, answer (outcome, documents or reason or exception, warnings by file)."""
    bounds: Bounds = conn.recv()
    conn.send("ready")
    while True:
        try:
            path = Path(conn.recv())
        except EOFError:  # the parent closed its end: done
            return
        warnings: dict[str, list[str]] = {}
        try:
            with collecting_warnings(warnings, log=False), reading_bounds(bounds):
                answer = ("documents", parse_parts(path), warnings)
        except UnreadableDocument as exc:
            answer = ("unreadable", exc.reason, warnings)
        except Exception as exc:  # noqa: BLE001 — raised again in the parent, which reports it by file name
            answer = ("error", exc, warnings)
        try:
            conn.send(answer)
        except Exception:  # noqa: BLE001 — an exception that does not pickle: its type and text
            conn.send(("error", RuntimeError(f"{type(answer[1]).__name__}: {answer[1]}"), warnings))


if __name__ == "__main__":
    _serve(Connection(int(sys.argv[1])))
