"""Fixtures for the HTTP service: the shared loaded Assistant over a temporary SQLite store, apps, live servers.

The engine and answerer are the session's real ones (``qna`` from tests/conftest.py);
only the conversation store is per test, so nothing a test writes leaks into another.
"""
from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from assistant.answers import Answer, Turn
from assistant.config import Settings
from assistant.http import create_app
from assistant.service import Assistant
from assistant.state import SQLiteStore

QUESTION = "Ai chủ trì Bản tin PCI trên kênh truyền hình?"


@pytest.fixture
def http_settings(qna_settings, tmp_path) -> Settings:
    """The session's settings (built index) with a private state DB and open limits."""
    return qna_settings.model_copy(update={
        "db_path": tmp_path / "state.db", "api_keys": [], "admin_api_key": "",
        "rate_limit_per_minute": 0, "max_body_bytes": 64_000,
    })


def make_settings(base: Settings, **changes) -> Settings:
    return base.model_copy(update=changes)


@pytest.fixture
def store(http_settings):
    s = SQLiteStore(http_settings.state_db)
    yield s
    s.close()


@pytest.fixture
def assistant(qna, http_settings, store) -> Assistant:
    """The shared engine and answerer, remembering conversations in this test's store."""
    return Assistant(http_settings, qna.engine, qna.answerer, store)


@pytest.fixture
def client(http_settings, assistant, store):
    from fastapi.testclient import TestClient

    app = create_app(http_settings, assistant=assistant, store=store)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


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
    """A real uvicorn server on 127.0.0.1 in a background thread."""

    def __init__(self, app):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
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


@pytest.fixture
def live_server(http_settings, assistant, store):
    app = create_app(http_settings, assistant=assistant, store=store)
    with LiveServer(app) as server:
        yield server


__all__ = ["QUESTION", "sse_events", "LiveServer", "make_settings", "Answer", "Turn", "Path"]

import importlib.util  # noqa: E402

if importlib.util.find_spec("index.embedding") is None:  # TEMPORARY until the core lands
    from _temp_core import qna, qna_settings  # noqa: F401
