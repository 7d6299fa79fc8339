"""Every failure is JSON with a clear message; internals never reach the client; a server error is one
log line; hostile bodies are refused by the project's own checks; the README's table says what is returned."""
from __future__ import annotations

import http.client
import json
import logging
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from assistant.http import create_app
from assistant.http.errors import INTERNAL_ERROR
from assistant.service import Assistant
from http_support import QUESTION, LiveServer, collected_logs, make_settings

ERROR_TABLE = Path(__file__).resolve().parents[3] / "docs" / "http-api.md"


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
        assert list(r.json()) == ["error", "request_id"] and r.json()["request_id"] == r.headers["x-request-id"]
        assert "secret" not in r.text and "Traceback" not in r.text and "RuntimeError" not in r.text
        # a stream that fails after it started ends with an error event, again without internals
        with collected_logs("assistant") as logs:
            r = c.post("/v1/ask/stream", json={"question": "Ai chủ trì Bản tin PCI?"})
            assert r.status_code == 200
            assert "event: error" in r.text and "secret" not in r.text and r.headers["x-request-id"] in r.text
            r = c.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "Ai chủ trì?"}],
                                                     "stream": True})
            assert "server_error" in r.text and "secret" not in r.text and r.text.rstrip().endswith("data: [DONE]")
        errors = [record for record in logs.values() if record.levelno >= logging.ERROR]
        assert len(errors) == 2 and not any(record.exc_info for record in errors)  # one line each


def test_unknown_paths_and_methods_are_json(client):
    r = client.get("/v1/nope")
    assert r.status_code == 404 and r.json()["error"]
    r = client.delete("/v1/ask")
    assert r.status_code == 405 and r.json()["error"]


def test_a_server_error_is_one_log_line_and_the_connection_stays_open(http_settings, qna, store):
    broken = Assistant(http_settings, qna.engine, ExplodingAnswerer(), store)
    with LiveServer(create_app(http_settings, assistant=broken, store=store)) as server, \
            collected_logs("assistant", "uvicorn") as logs:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        conn.request("POST", "/v1/ask", body=json.dumps({"question": QUESTION}),
                     headers={"Content-Type": "application/json"})
        first = conn.getresponse()
        body = json.loads(first.read())
        assert first.status == 500 and body["error"] == INTERNAL_ERROR
        assert first.getheader("x-request-id") == body["request_id"]
        conn.request("GET", "/healthz")  # on the same kept-alive connection: not reset
        assert conn.getresponse().status == 200
        conn.close()
    errors = [r for r in logs.values() if r.levelno >= logging.ERROR]
    assert len(errors) == 1, [r.getMessage() for r in errors]
    line = errors[0].getMessage()
    assert body["request_id"] in line and "RuntimeError" in line and "\n" not in line
    assert errors[0].exc_info is None  # no traceback


# -- hostile bodies ---------------------------------------------------------------------------------
DEEP = b"[" * 5000 + b"]" * 5000
HOSTILE = [  # (body, the English part of the error)
    (b'{"question": "PCI \\ud800"}', "request body contains a lone surrogate"),
    (b'{"question": "PCI", "\\udfff": 1}', "request body contains a lone surrogate"),
    (DEEP, "request body is nested too deeply"),
    (b'{"a": ' * 40 + b"1" + b"}" * 40, "request body is nested too deeply"),
    (b'{"question": "Ai ch\xe1\xbb tr\xc3"}', "request body is not UTF-8"),  # cut-off sequences
    ('{"question": "café"}'.encode("latin-1"), "request body is not UTF-8"),
    (b'{"question": NaN}', "request body is not valid JSON"),
    (b'{"question": "PCI"', "request body is not valid JSON"),
]
CHAT_SURROGATES = [  # a lone surrogate in the question, and in an earlier message of the conversation
    {"messages": [{"role": "user", "content": "PCI \ud800"}]},
    {"messages": [{"role": "user", "content": "Bản tin \udc00 PCI?"}, {"role": "assistant", "content": "Đài PT-TH."},
                  {"role": "user", "content": "Còn PAPI?"}]},
    {"messages": [{"role": "user", "content": [{"type": "text", "text": "\ud83d"}]}]},
]


def test_hostile_bodies_get_a_422_from_the_projects_checks_on_every_route(live_server):
    import httpx

    with collected_logs("assistant", "uvicorn") as logs, httpx.Client(base_url=live_server.url, timeout=60) as c:
        for path in ("/v1/ask", "/v1/ask/stream", "/v1/chat/completions", "/v1/feedback"):
            for raw, english in HOSTILE:
                r = c.post(path, content=raw, headers={"Content-Type": "application/json"})
                assert r.status_code == 422, (path, raw[:40], r.status_code, r.text[:200])
                assert r.headers["content-type"] == "application/json" and f"({english})" in r.json()["error"]
        for body in CHAT_SURROGATES:
            raw = json.dumps(body).encode()  # ASCII, with the lone surrogate as a \u escape
            r = c.post("/v1/chat/completions", content=raw, headers={"Content-Type": "application/json"})
            assert r.status_code == 422 and "lone surrogate" in r.json()["error"], raw
        # a surrogate *pair* is an ordinary character: the body passes (and the id is unknown)
        r = c.post("/v1/feedback", content=b'{"message_id": "x", "rating": 1, "comment": "\\ud83d\\ude00"}',
                   headers={"Content-Type": "application/json"})
        assert r.status_code == 404
    assert [r.getMessage() for r in logs.values() if r.levelno >= logging.WARNING] == []


# -- the documented error table ----------------------------------------------------------------------------
def readme_error_rows() -> dict[int, str]:
    """status -> the text of the error table's rows for it (docs/http-api.md, "Errors")."""
    section = ERROR_TABLE.read_text("utf-8").split("## Errors", 1)[1].split("\n## ", 1)[0]
    rows: dict[int, str] = {}
    for line in section.splitlines():
        m = re.match(r"\|\s*(\d{3})\s*\|(.*)", line)
        if m:
            rows[int(m.group(1))] = rows.get(int(m.group(1)), "") + m.group(2)
    return rows


def english(message: str) -> str:
    """The English part of a message (the last bracket), without the figures after a colon."""
    return re.search(r"\(([^()]*)\)\.?\s*$", message).group(1).split(":")[0]


def test_the_readme_error_table_matches_what_the_server_returns(http_settings, assistant, qna, store):
    from assistant.http.admin import _reindexing

    seen: list[tuple[int, str]] = []

    def check(r, status):
        assert r.status_code == status, (status, r.text)
        seen.append((status, english(r.json()["error"])))

    ask = "/v1/ask"
    open_app = create_app(make_settings(http_settings, max_body_bytes=12_000), assistant=assistant, store=store)
    with TestClient(open_app, raise_server_exceptions=False) as c:
        check(c.get("/v1/nope"), 404)
        check(c.delete(ask), 405)
        check(c.post(ask, json={"question": QUESTION, "conversation_id": "khong-co"}), 404)
        check(c.post("/v1/feedback", json={"message_id": "khong-co", "rating": 1}), 404)
        check(c.post("/v1/reindex"), 403)
        check(c.post(ask, json={"question": "a" * 13_000}), 413)
        for raw, _ in HOSTILE:
            check(c.post(ask, content=raw, headers={"Content-Type": "application/json"}), 422)
        check(c.post(ask, json={}), 422)
        check(c.post(ask, json={"question": 7}), 422)
        check(c.post(ask, json={"question": "   "}), 422)
        check(c.post(ask, json={"question": "x" * 2500}), 422)  # over QNA_MAX_QUESTION_CHARS
        check(c.get("/v1/search", params={"q": "PCI\x00"}), 422)
        check(c.post("/v1/feedback", json={"message_id": "khong\x00co", "rating": 1}), 422)
    keyed = make_settings(http_settings, api_keys=["khoa"], admin_api_key="quan-tri", rate_limit_per_minute=1)
    with TestClient(create_app(keyed, assistant=assistant, store=store), raise_server_exceptions=False) as c:
        check(c.get("/v1/models"), 401)
        check(c.post("/v1/reindex", headers={"Authorization": "Bearer khoa"}), 401)
        assert _reindexing.acquire(blocking=False)
        try:
            check(c.post("/v1/reindex", headers={"Authorization": "Bearer quan-tri"}), 409)
        finally:
            _reindexing.release()
        check(c.post("/v1/reindex", headers={"Authorization": "Bearer quan-tri"}), 429)
    broken = Assistant(http_settings, qna.engine, ExplodingAnswerer(), store)
    with TestClient(create_app(http_settings, assistant=broken, store=store), raise_server_exceptions=False) as c:
        check(c.post(ask, json={"question": QUESTION}), 500)
    down = create_app(http_settings, assistant=assistant, store=store)
    with TestClient(down, raise_server_exceptions=False) as c, pytest.MonkeyPatch.context() as patch:
        def database_down(*args):
            raise OperationalError("INSERT", {}, ConnectionRefusedError("connection refused"))

        patch.setattr(store, "add_feedback", database_down)
        check(c.post("/v1/feedback", json={"message_id": "x", "rating": 1}), 503)
    loading = create_app(http_settings, store=store)  # never started: the index is not loaded
    check(TestClient(loading, raise_server_exceptions=False).post(ask, json={"question": QUESTION}), 503)

    rows = readme_error_rows()
    for status, text in seen:
        assert text in rows.get(status, ""), f"the documented error table lacks {status} ({text})"
    assert set(rows) == {status for status, _ in seen}, "documented rows for statuses the test does not produce"
