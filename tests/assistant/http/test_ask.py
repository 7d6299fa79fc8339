"""/v1/ask and /v1/ask/stream: answers with citations, conversations, clear errors."""
from __future__ import annotations

import pytest

from http_support import QUESTION, sse_events
from tests.index.chroma_support import INDEX_MODES


@pytest.mark.parametrize("index_mode", INDEX_MODES)  # the index embedded, and in a Chroma server
def test_ask_answers_with_citations_and_ids(client):
    r = client.post("/v1/ask", json={"question": QUESTION})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"question", "answer", "grounded", "citations", "conversation_id", "message_id", "answerer"}
    assert body["question"] == QUESTION
    assert body["grounded"] is True and body["answer"].strip()
    assert body["citations"], "a grounded answer cites its sections"
    for c in body["citations"]:
        assert set(c) == {"document", "title", "section", "quote", "location"} and c["section"] and c["quote"]
        assert c["location"] == f"mục {c['section']}"  # a numbered section
    assert body["conversation_id"] and body["message_id"]


def test_ask_stores_the_turn_durably(client, store):
    body = client.post("/v1/ask", json={"question": QUESTION}).json()
    cid, turn = store.get_message(body["message_id"])
    assert cid == body["conversation_id"]
    assert turn.question == QUESTION and turn.answer.answer == body["answer"]


def test_follow_up_in_the_same_conversation(client, store):
    first = client.post("/v1/ask", json={"question": QUESTION}).json()
    second = client.post("/v1/ask", json={"question": "Đơn vị nào phối hợp?",
                                          "conversation_id": first["conversation_id"]})
    assert second.status_code == 200, second.text
    assert second.json()["conversation_id"] == first["conversation_id"]
    assert [t.question for t in store.history(first["conversation_id"])] == [QUESTION, "Đơn vị nào phối hợp?"]


def test_unknown_conversation_is_404(client):
    r = client.post("/v1/ask", json={"question": QUESTION, "conversation_id": "không-có"})
    assert r.status_code == 404
    assert "conversation" in r.json()["error"]
    r = client.post("/v1/ask/stream", json={"question": QUESTION, "conversation_id": "không-có"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/json")


def test_bad_questions_get_clear_422s(client, http_settings):
    cases = {
        "empty": {"question": "   "},
        "huge": {"question": "ư" * (http_settings.max_question_chars + 1)},
        "binary": {"question": "\x00\x01\x02"},
        "number": {"question": 42},
        "list": {"question": ["a"]},
        "missing": {"conversation_id": None},
        "bad id type": {"question": QUESTION, "conversation_id": 7},
    }
    for name, payload in cases.items():
        r = client.post("/v1/ask", json=payload)
        assert r.status_code == 422, (name, r.status_code, r.text)
        err = r.json()["error"]
        assert isinstance(err, str) and err, name
        assert "Traceback" not in r.text
    assert "trống" in client.post("/v1/ask", json=cases["empty"]).json()["error"]
    assert "quá dài" in client.post("/v1/ask", json=cases["huge"]).json()["error"]
    assert "question" in client.post("/v1/ask", json=cases["missing"]).json()["error"]


def test_malformed_json_is_422(client):
    r = client.post("/v1/ask", content=b'{"question": ', headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert "JSON" in r.json()["error"]


def test_stream_sends_deltas_then_the_full_answer(client, store):
    with client.stream("POST", "/v1/ask/stream", json={"question": QUESTION}) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        text = r.read().decode()
    events = sse_events(text)
    kinds = [e for e, _ in events]
    assert kinds[-1] == "done" and kinds.count("done") == 1
    deltas = [d["text"] for e, d in events if e == "delta"]
    assert len(deltas) >= 2, "the answer arrives in pieces"
    done = events[-1][1]
    assert "".join(deltas).strip() == done["answer"].strip()
    assert done["grounded"] is True and done["citations"]
    assert store.get_message(done["message_id"])[0] == done["conversation_id"]


def test_stream_rejects_bad_input_before_streaming(client):
    r = client.post("/v1/ask/stream", json={"question": ""})
    assert r.status_code == 422 and "trống" in r.json()["error"]
