"""Fixtures for the bot tests: a real SQLite store, the session's Assistant over it, the
stand-in platforms, and the real FastAPI app under uvicorn."""
from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.service import Assistant
from assistant.state import SQLiteStore
from bot_testing import LiveApp
from fakes.fake_telegram import FakeTelegram
from fakes.fake_zalo_bot import FakeZaloBot
from fakes.fake_zalo_oa import FakeZaloOA
from scripted import ScriptedAnswerer


@pytest.fixture
def bot_settings(tmp_path) -> Settings:
    """Settings with a private state DB, open HTTP limits and no platform configured."""
    return Settings(home=tmp_path / "home", db_path=tmp_path / "state.db", api_keys=[], admin_api_key="",
                    rate_limit_per_minute=0, bot_rate_limit_per_minute=1000)


@pytest.fixture
def store(bot_settings):
    s = SQLiteStore(bot_settings.state_db)
    yield s
    s.close()


@pytest.fixture
def real_assistant(loaded_qna, store) -> Assistant:
    """The session's Assistant (built index, real answerer; its index embedded or, where a test parametrises
    ``index_mode``, in a Chroma server), remembering turns in this test's store."""
    return Assistant(loaded_qna.settings, loaded_qna.engine, loaded_qna.answerer, store)


@pytest.fixture
def scripted_assistant(bot_settings, store) -> Assistant:
    """The real Assistant facade with a scripted answerer, for answers a test must know in advance."""
    return Assistant(bot_settings, None, ScriptedAnswerer(), store)


# -- stand-in platforms --------------------------------------------------------------------------
@pytest.fixture
def fake_telegram():
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def fake_zalo_oa_server():
    with FakeZaloOA() as fake:
        yield fake


@pytest.fixture
def fake_zalo_bot():
    with FakeZaloBot() as fake:
        yield fake


@pytest.fixture
def live_app_factory():
    started: list[LiveApp] = []

    def start(settings: Settings, assistant, store) -> LiveApp:
        app = LiveApp(settings, assistant, store).__enter__()
        started.append(app)
        return app

    yield start
    for app in reversed(started):
        app.__exit__(None, None, None)
