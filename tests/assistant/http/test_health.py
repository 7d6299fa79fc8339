"""/healthz at once, /readyz only once the assistant is loaded."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from assistant.http import app as app_module
from assistant.http import create_app, health, readiness
from http_support import QUESTION, collected_logs, free_port

ROOT = Path(__file__).resolve().parents[3]


def test_ready_only_after_loading(http_settings, assistant, monkeypatch):
    release = threading.Event()

    def slow_load(settings, store):
        release.wait(30)
        return assistant

    monkeypatch.setattr(app_module, "_load_assistant", slow_load)
    with TestClient(create_app(http_settings), raise_server_exceptions=False) as c:
        assert c.get("/healthz").json() == {"status": "ok"}
        r = c.get("/readyz")
        assert r.status_code == 503 and r.json()["status"] == "loading"
        r = c.post("/v1/ask", json={"question": "Ai chủ trì?"})
        assert r.status_code == 503 and r.headers["retry-after"]
        release.set()
        assert c.app.state.assistant.wait(30)
        r = c.get("/readyz")
        assert r.status_code == 200 and r.json()["status"] == "ready"


def _until(condition, what: str, timeout: float = 60.0) -> None:
    """Wait (bounded, never asserted on) until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"not {what} within {timeout:.0f}s"
        time.sleep(0.05)


def test_a_failed_load_is_retried_until_it_succeeds(http_settings, assistant, monkeypatch):
    """A worker that starts while its store is unreachable becomes ready once the store is back; meanwhile
    /readyz says "loading" with a public reason (the error text goes to the log only) and asks get 503."""
    store_back = threading.Event()

    def load(settings, store):
        if not store_back.is_set():
            raise ConnectionError("Could not connect to tenant default_tenant at http://10.1.2.3:8001")
        return assistant

    monkeypatch.setattr(app_module, "_load_assistant", load)
    with collected_logs("assistant.http") as records, \
            TestClient(create_app(http_settings), raise_server_exceptions=False) as c:
        handle = c.app.state.assistant
        _until(lambda: handle.attempts >= 2, "retried")
        r = c.get("/readyz")
        assert r.status_code == 503 and r.headers["retry-after"]
        assert r.json() == {"status": "loading", "reason": readiness.RETRYING}
        assert "10.1.2.3" not in r.text and "ConnectionError" not in r.text
        assert c.post("/v1/ask", json={"question": "Ai chủ trì?"}).status_code == 503
        assert c.get("/healthz").status_code == 200
        store_back.set()
        assert handle.wait(60)
        assert c.get("/readyz").json()["status"] == "ready"
    logged = [r.getMessage() for r in records.values()]
    assert any("10.1.2.3" in m and "retrying" in m for m in logged)


def test_a_worker_that_cannot_load_gives_up(http_settings, monkeypatch):
    """Past QNA_LOAD_TIMEOUT_S the worker gives up (in ``serve``: exits with status 3, for its supervisor)."""
    def broken(settings, store):
        raise FileNotFoundError("no index: run `assistant ingest`")

    monkeypatch.setattr(app_module, "_load_assistant", broken)
    gave_up = threading.Event()
    app = create_app(http_settings.model_copy(update={"load_timeout_s": 0.2}))
    app.state.on_load_give_up = gave_up.set
    with TestClient(app, raise_server_exceptions=False) as c:
        assert gave_up.wait(60)
        r = c.get("/readyz")
        assert r.status_code == 503
        assert r.json() == {"status": "loading", "reason": readiness.GAVE_UP}
        assert c.get("/healthz").status_code == 200


def test_serve_exits_non_zero_when_its_chroma_server_never_answers(tmp_path):
    """A real ``python -m assistant serve`` pointed at a Chroma server that is not there: it retries, then exits
    with status 3 (so systemd or uvicorn's supervisor restarts it) instead of staying unready for ever."""
    port, dead = free_port(), free_port()
    env = {**os.environ, "QNA_CHROMA_URL": f"http://127.0.0.1:{dead}", "QNA_LOAD_TIMEOUT_S": "3",
           "QNA_DB_PATH": str(tmp_path / "state.db"), "HF_HUB_OFFLINE": "1", "QNA_EXTENSIONS": "[]"}
    proc = subprocess.run([sys.executable, "-m", "assistant", "serve", "--port", str(port)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == app_module.EXIT_NOT_READY, proc.stderr[-2000:]
    assert "giving up" in proc.stderr


@pytest.mark.slow
def test_readiness_recovers_when_the_chroma_server_comes_up(http_settings, embedder, tmp_path, monkeypatch):
    """The real thing: a worker whose Chroma server is down at start loads its index once the server is up and
    holds it (started, then ingested into, while the worker keeps retrying)."""
    from index.ingest import ingest
    from tests.index.chroma_support import chroma_server

    port = free_port()
    settings = http_settings.model_copy(update={"chroma_url": f"http://127.0.0.1:{port}"})
    monkeypatch.setattr(readiness, "MAX_RETRY_S", 1.0)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        handle = c.app.state.assistant
        _until(lambda: handle.attempts >= 2, "retried")
        assert c.get("/readyz").json() == {"status": "loading", "reason": readiness.RETRYING}
        with chroma_server(tmp_path / "chroma", port=port) as url:
            ingest(settings.model_copy(update={"chroma_url": url}), embedder=embedder)
            assert handle.wait(300)
            assert c.get("/readyz").json()["status"] == "ready"
            r = c.post("/v1/ask", json={"question": QUESTION})
            assert r.status_code == 200 and r.json()["grounded"] is True


def test_readiness_includes_the_database(http_settings, assistant, store, monkeypatch):
    """A worker whose state database does not answer is not ready (it could not store a turn), while
    /healthz, which touches nothing outside the process, still answers."""
    from fastapi.testclient import TestClient as Client

    app = create_app(http_settings, assistant=assistant, store=store)
    with Client(app, raise_server_exceptions=False) as c:
        assert c.get("/readyz").status_code == 200

        def down():
            raise OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))

        monkeypatch.setattr(store.db, "ping", down)
        r = c.get("/readyz")
        assert r.status_code == 503 and r.headers["retry-after"]
        assert r.json() == {"status": "unavailable", "reason": health.DATABASE_DOWN}
        assert c.get("/healthz").status_code == 200
