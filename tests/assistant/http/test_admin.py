"""Admin routes: /v1/reindex and the feedback listing need the admin key."""
from __future__ import annotations

from fastapi.testclient import TestClient

from assistant.http import create_app
from http_support import QUESTION, make_settings


def test_admin_disabled_without_a_key(client):
    r = client.post("/v1/reindex")
    assert r.status_code == 403 and "QNA_ADMIN_API_KEY" in r.json()["error"]
    assert client.get("/v1/feedback").status_code == 403


def test_reindex_and_feedback_listing_with_the_admin_key(http_settings, assistant, store):
    settings = make_settings(http_settings, admin_api_key="quan-tri-bi-mat")
    with TestClient(create_app(settings, assistant=assistant, store=store), raise_server_exceptions=False) as c:
        assert c.post("/v1/reindex").status_code == 401
        assert c.post("/v1/reindex", headers={"Authorization": "Bearer sai"}).status_code == 401
        r = c.post("/v1/reindex", headers={"Authorization": "Bearer quan-tri-bi-mat"})
        assert r.status_code == 200, r.text
        assert r.json()["ok"] is True
        # the engine still answers after the reload
        mid = c.post("/v1/ask", json={"question": QUESTION}).json()["message_id"]
        c.post("/v1/feedback", json={"message_id": mid, "rating": "down", "comment": "sai mục"})
        r = c.get("/v1/feedback", headers={"Authorization": "Bearer quan-tri-bi-mat"})
        assert r.status_code == 200
        assert [(f["message_id"], f["rating"], f["comment"]) for f in r.json()["feedback"]] == [(mid, -1, "sai mục")]
