"""Every text field a client sends is checked at the boundary for what any supported database stores: a NUL
or another control character (tab and line breaks aside) is a 422 with the project's error message, the same on
SQLite and on Postgres (which refuses NUL in text: these were 500s there, and 404s or 201s on SQLite)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from assistant.http import create_app
from assistant.service import Assistant
from assistant.state import StateStore
from http_support import QUESTION

ADMIN = "khoa-quan-tri-du-dai-0123456789"


@pytest.fixture(params=["sqlite", "postgres"])
def text_client(request, http_settings, loaded_qna):
    where = http_settings.state_db if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    settings = http_settings.model_copy(update={"admin_api_key": ADMIN})
    store = StateStore(where)
    assistant = Assistant(settings, loaded_qna.engine, loaded_qna.answerer, store)
    with TestClient(create_app(settings, assistant=assistant, store=store), raise_server_exceptions=False) as c:
        yield c
    store.close()


def _refused(r) -> None:
    assert r.status_code == 422, (r.status_code, r.text)
    body = r.json()
    assert isinstance(body["error"], str) and "control characters" in body["error"]


@pytest.mark.parametrize("bad", ["\x00", "\x1b[31m", "\x7f", "\x85"])
def test_control_characters_in_text_fields_are_422_on_every_database(text_client, bad):
    c = text_client
    asked = c.post("/v1/ask", json={"question": QUESTION}).json()
    _refused(c.post("/v1/ask", json={"question": QUESTION, "conversation_id": f"a{bad}b"}))
    _refused(c.post("/v1/ask/stream", json={"question": QUESTION, "conversation_id": f"a{bad}b"}))
    history = [{"role": "user", "content": f"Chỉ số DTI{bad}"}, {"role": "assistant", "content": "…"},
               {"role": "user", "content": QUESTION}]
    _refused(c.post("/v1/chat/completions", json={"messages": history}))
    history[1]["content"] = [{"type": "text", "text": f"trả lời{bad}"}]
    _refused(c.post("/v1/chat/completions", json={"messages": history}))
    _refused(c.post("/v1/feedback", json={"message_id": f"{asked['message_id']}{bad}", "rating": "up"}))
    _refused(c.post("/v1/feedback", json={"message_id": asked["message_id"], "rating": "up",
                                          "comment": f"sai{bad}"}))
    _refused(c.get("/v1/feedback", params={"message_id": bad}, headers={"Authorization": f"Bearer {ADMIN}"}))


def test_tabs_and_line_breaks_are_text(text_client):
    c = text_client
    asked = c.post("/v1/ask", json={"question": QUESTION}).json()
    r = c.post("/v1/feedback", json={"message_id": asked["message_id"], "rating": "down",
                                     "comment": "dòng một\n\tdòng hai\r\n"})
    assert r.status_code == 201, r.text
    r = c.get("/v1/feedback", params={"message_id": asked["message_id"]}, headers={"Authorization": f"Bearer {ADMIN}"})
    assert r.status_code == 200 and r.json()["count"] == 1
