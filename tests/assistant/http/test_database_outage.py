"""A state database that stops answering (Postgres frozen with SIGSTOP: connections accepted, nothing answered)
costs requests a 503 with Retry-After, never the event loop: /healthz answers throughout, the rate limiter lets
calls through after a bounded wait and says so once, and everything works again once the server resumes."""
from __future__ import annotations

import threading
import time

import httpx

from assistant.http import create_app
from assistant.service import Assistant
from assistant.state import StateStore
from http_support import QUESTION, LiveServer, collected_logs, sse_events
from tests.deploy.pg_support import frozen


def test_a_frozen_database_answers_503_and_stalls_nothing(http_settings, loaded_qna, postgres_url):
    database_url = postgres_url
    settings = http_settings.model_copy(update={
        "database_url": database_url, "rate_limit_storage": "database", "rate_limit_per_minute": 1000,
        "database_timeout_s": 1.0, "rate_limit_wait_s": 0.5, "answer_cache_size": 0})
    store = StateStore(database_url)
    assistant = Assistant(settings, loaded_qna.engine, loaded_qna.answerer, store)
    try:
        with LiveServer(create_app(settings, assistant=assistant, store=store)) as server, \
                collected_logs("assistant.ratelimit") as records, httpx.Client(timeout=60) as http:
            assert http.post(server.url + "/v1/ask", json={"question": QUESTION}).status_code == 200

            with frozen(database_url):
                asked: list[httpx.Response] = []
                asking = threading.Thread(target=lambda: asked.append(
                    http.post(server.url + "/v1/ask", json={"question": QUESTION})))
                asking.start()
                # while that request waits on the database, the process answers its probes
                assert httpx.get(server.url + "/healthz", timeout=20).json() == {"status": "ok"}
                asking.join(60)
                assert asked and asked[0].status_code == 503, asked and asked[0].text
                assert int(asked[0].headers["retry-after"]) > 0
                assert "database" in asked[0].json()["error"]
                r = http.post(server.url + "/v1/feedback", json={"message_id": "x", "rating": "up"})
                assert r.status_code == 503 and r.headers["retry-after"]
                assert http.get(server.url + "/readyz").status_code == 503
                r = http.post(server.url + "/v1/ask/stream", json={"question": QUESTION})  # stored at its end
                events = sse_events(r.text)
                assert events[0][0] == "delta" and events[-1][0] == "error", events[-1]
                assert "database" in events[-1][1]["error"] and events[-1][1]["request_id"]

            warned = [r.getMessage() for r in records.values() if "unavailable" in r.getMessage()]
            assert len(warned) == 1, warned  # once per outage, not once per request
            # resumed: what waited during the freeze finishes first, then requests are answered and counted again
            deadline, statuses = time.monotonic() + 120, []
            while statuses[-1:] != [200] or not any("answers again" in r.getMessage() for r in records.values()):
                assert time.monotonic() < deadline, statuses
                statuses.append(http.post(server.url + "/v1/ask", json={"question": QUESTION}).status_code)
                assert statuses[-1] in (200, 503), statuses
    finally:
        store.close()
