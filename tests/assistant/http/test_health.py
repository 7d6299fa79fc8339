"""/healthz at once, /readyz only once the assistant is loaded."""
from __future__ import annotations

import threading

from fastapi.testclient import TestClient

from assistant.http import app as app_module
from assistant.http import create_app


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


def test_failed_load_is_reported_without_a_traceback(http_settings, monkeypatch):
    def broken(settings, store):
        raise FileNotFoundError("no index: run `assistant ingest`")

    monkeypatch.setattr(app_module, "_load_assistant", broken)
    with TestClient(create_app(http_settings), raise_server_exceptions=False) as c:
        c.app.state.assistant.wait(30)
        r = c.get("/readyz")
        assert r.status_code == 503
        assert r.json() == {"status": "failed", "error": "FileNotFoundError: no index: run `assistant ingest`"}
        assert c.get("/healthz").status_code == 200

