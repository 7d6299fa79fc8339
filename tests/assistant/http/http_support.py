"""Helpers for the HTTP tests (imported by name: test modules must not import conftest)."""
from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time

import uvicorn

from assistant.config import Settings

QUESTION = "Ai chủ trì Bản tin PCI trên kênh truyền hình?"


def make_settings(base: Settings, **changes) -> Settings:
    return base.model_copy(update=changes)


def sse_events(text: str) -> list[tuple[str, object]]:
    """Parse a Server-Sent Events body into (event, data) pairs; data is JSON-decoded when it can be."""
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        event, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip(" "))
        raw = "\n".join(data)
        try:
            events.append((event, json.loads(raw)))
        except ValueError:
            events.append((event, raw))
    return events


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """A real uvicorn server on 127.0.0.1 in a background thread; ``as_served``: with ``serve()``'s settings."""

    def __init__(self, app, *, as_served: bool = False):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        if as_served:
            from assistant.http.app import server_config

            config = server_config(app, "127.0.0.1", self.port, log_level="warning")
        else:
            config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


@contextlib.contextmanager
def collected_logs(*names: str):
    """The records the named loggers (and their children) handle meanwhile, each once."""
    records: dict[int, logging.LogRecord] = {}

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.setdefault(id(record), record)

    handler = Collect()
    loggers = [logging.getLogger(name) for name in names]
    for lg in loggers:
        lg.addHandler(handler)
    try:
        yield records
    finally:
        for lg in loggers:
            lg.removeHandler(handler)
