"""Fixtures for the HTTP service: the shared loaded Assistant over a temporary SQLite store, apps, live servers.

The engine and answerer are the session's real ones (``qna`` from tests/conftest.py);
only the conversation store is per test, so nothing a test writes leaks into another.
"""
from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.http import create_app
from assistant.service import Assistant
from assistant.state import SQLiteStore
from http_support import LiveServer
from tests.deploy.pg_support import binaries, postgres_server


@pytest.fixture
def http_settings(qna_settings, index_mode, request, tmp_path) -> Settings:
    """The session's settings (built index; in a Chroma server where a test parametrises ``index_mode``) with a
    private state DB and open limits."""
    base = request.getfixturevalue("served_settings") if index_mode == "server" else qna_settings
    return base.model_copy(update={
        "db_path": tmp_path / "state.db", "api_keys": [], "admin_api_key": "",
        "rate_limit_per_minute": 0, "max_body_bytes": 64_000,
    })


@pytest.fixture
def store(http_settings):
    s = SQLiteStore(http_settings.state_db)
    yield s
    s.close()


@pytest.fixture
def assistant(loaded_qna, http_settings, store) -> Assistant:
    """The shared engine and answerer, remembering conversations in this test's store."""
    return Assistant(http_settings, loaded_qna.engine, loaded_qna.answerer, store)


@pytest.fixture
def client(http_settings, assistant, store):
    from fastapi.testclient import TestClient

    app = create_app(http_settings, assistant=assistant, store=store)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def live_server(http_settings, assistant, store):
    app = create_app(http_settings, assistant=assistant, store=store)
    with LiveServer(app) as server:
        yield server


@pytest.fixture(scope="session")
def postgres_url():
    """A throw-away Postgres server's URL (tests/deploy/pg_support.py); the test is skipped without Postgres."""
    if binaries() is None:
        pytest.skip("Postgres binaries (Debian's postgresql package: initdb, pg_ctl) are not installed")
    with postgres_server() as url:
        yield url
