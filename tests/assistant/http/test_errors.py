"""Every failure is JSON with a clear message; internals never reach the client."""
from __future__ import annotations

from fastapi.testclient import TestClient

from assistant.http import create_app
from assistant.service import Assistant


class ExplodingAnswerer:
    name = "exploding"

    def answer(self, question, history=()):
        raise RuntimeError("secret internal detail /srv/qna/index")

    def stream(self, question, history=()):
        yield "Một phần "
        raise RuntimeError("secret internal detail /srv/qna/index")


def test_unexpected_errors_are_500_without_internals(http_settings, qna, store):
    broken = Assistant(http_settings, qna.engine, ExplodingAnswerer(), store)
    with TestClient(create_app(http_settings, assistant=broken, store=store), raise_server_exceptions=False) as c:
        r = c.post("/v1/ask", json={"question": "Ai chủ trì Bản tin PCI?"})
        assert r.status_code == 500
        assert list(r.json()) == ["error"]
        assert "secret" not in r.text and "Traceback" not in r.text and "RuntimeError" not in r.text
        # a stream that fails after it started ends with an error event, again without internals
        r = c.post("/v1/ask/stream", json={"question": "Ai chủ trì Bản tin PCI?"})
        assert r.status_code == 200
        assert "event: error" in r.text and "secret" not in r.text
        r = c.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "Ai chủ trì?"}], "stream": True})
        assert "server_error" in r.text and "secret" not in r.text and r.text.rstrip().endswith("data: [DONE]")


def test_unknown_paths_and_methods_are_json(client):
    r = client.get("/v1/nope")
    assert r.status_code == 404 and r.json()["error"]
    r = client.delete("/v1/ask")
    assert r.status_code == 405 and r.json()["error"]
