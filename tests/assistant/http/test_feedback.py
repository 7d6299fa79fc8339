"""/v1/feedback: 👍/👎 on an answer, stored."""
from __future__ import annotations

from http_support import QUESTION


def test_feedback_is_stored(client, store):
    mid = client.post("/v1/ask", json={"question": QUESTION}).json()["message_id"]
    r = client.post("/v1/feedback", json={"message_id": mid, "rating": "up"})
    assert r.status_code == 201, r.text
    assert r.json() == {"ok": True, "message_id": mid, "rating": 1}
    r = client.post("/v1/feedback", json={"message_id": mid, "rating": -1, "comment": "  thiếu đơn vị phối hợp "})
    assert r.status_code == 201
    assert [(f["rating"], f["comment"], f["source"]) for f in store.feedback(mid)] == [
        (1, None, "http"), (-1, "thiếu đơn vị phối hợp", "http")]


def test_feedback_errors(client):
    r = client.post("/v1/feedback", json={"message_id": "không-có", "rating": "down"})
    assert r.status_code == 404 and "message_id" in r.json()["error"]
    for bad in ("meh", 0, 2, True, 1.0, None):
        r = client.post("/v1/feedback", json={"message_id": "x", "rating": bad})
        assert r.status_code == 422, bad
        assert "rating" in r.json()["error"]
    r = client.post("/v1/feedback", json={"message_id": "x", "rating": "up", "comment": "c" * 2001})
    assert r.status_code == 422
