"""``serve()`` for real: a uvicorn subprocess that loads the index itself, logs without personal data,
and keeps every conversation across a restart."""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path

import httpx

from evals.bench_http import server_process
from http_support import QUESTION, free_port

PHONE, CCCD = "0905123456", "051203001234"


@contextmanager
def served(settings, log_path: Path):
    port = free_port()
    env = {"QNA_HOME": str(settings.home), "QNA_CORPUS_DIR": str(settings.corpus_dir),
           "QNA_DB_PATH": str(settings.state_db)}
    with server_process(port, log_path, env_extra=env, append=True) as proc:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:  # alive first: /healthz answers while the index is still loading
            assert proc.poll() is None, log_path.read_text()
            try:
                assert httpx.get(url + "/healthz", timeout=5).json() == {"status": "ok"}
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "no /healthz within 60 s"
                time.sleep(0.2)
        deadline = time.monotonic() + 600
        while (r := httpx.get(url + "/readyz", timeout=5)).status_code != 200:
            assert r.status_code == 503 and r.json()["status"] == "loading", r.text
            assert time.monotonic() < deadline, "not ready within 600 s"
            time.sleep(0.5)
        yield url


def test_serve_survives_a_restart_and_logs_no_personal_data(http_settings, tmp_path):
    log_path = tmp_path / "server.log"
    with served(http_settings, log_path) as url:
        first = httpx.post(url + "/v1/ask", json={"question": f"Tôi là {PHONE}. {QUESTION}"}, timeout=120).json()
        assert first["grounded"] is True
        r = httpx.get(url + "/v1/search", params={"q": f"CCCD {CCCD} Bản tin PCI"}, timeout=60)
        assert r.status_code == 200
        r = httpx.post(url + "/v1/feedback", json={"message_id": first["message_id"], "rating": "up"}, timeout=30)
        assert r.status_code == 201

    # a new process over the same database continues the conversation
    with served(http_settings, log_path) as url:
        r = httpx.post(url + "/v1/ask", json={"question": "Đơn vị nào phối hợp?",
                                              "conversation_id": first["conversation_id"]}, timeout=120)
        assert r.status_code == 200, r.text
        assert r.json()["conversation_id"] == first["conversation_id"]

    from assistant.state import SQLiteStore

    with SQLiteStore(http_settings.state_db) as store:
        history = store.history(first["conversation_id"])
        assert [t.question for t in history] == [f"Tôi là {PHONE}. {QUESTION}", "Đơn vị nào phối hợp?"]
        assert [f["rating"] for f in store.feedback(first["message_id"])] == [1]

    log = log_path.read_text("utf-8")
    assert "ask q=" in log and "/v1/search" in log and "assistant loaded" in log
    assert PHONE not in log and CCCD not in log
    assert "Traceback" not in log  # Ctrl+C (SIGINT) shuts down cleanly
    assert "Bản tin PCI" in log


def test_serve_with_two_workers_shares_conversations(http_settings, tmp_path):
    """``serve(workers=2)``: two processes on one port under uvicorn's supervisor, one state database; a
    conversation continues whichever worker gets the next turn, and Ctrl+C stops both cleanly."""
    from evals.bench_http import all_ready, server_process, wait_ready

    log_path = tmp_path / "server.log"
    port = free_port()
    env = {"QNA_HOME": str(http_settings.home), "QNA_CORPUS_DIR": str(http_settings.corpus_dir),
           "QNA_DB_PATH": str(http_settings.state_db)}
    with server_process(port, log_path, env_extra=env, workers=2) as proc:
        url = f"http://127.0.0.1:{port}"
        wait_ready(url, proc, 600)
        all_ready(url, proc, 600)
        deadline = time.monotonic() + 600  # ready answers in a row can all come from one worker while the other,
        while log_path.read_text("utf-8").count("assistant loaded") < 2:  # still loading, accepts little
            assert proc.poll() is None and time.monotonic() < deadline, log_path.read_text("utf-8")[-3000:]
            time.sleep(0.2)
        first = httpx.post(url + "/v1/ask", json={"question": QUESTION}, timeout=120).json()
        follow_ups = [httpx.post(url + "/v1/ask", json={"question": "Đơn vị nào phối hợp?",
                                                        "conversation_id": first["conversation_id"]}, timeout=120)
                      for _ in range(4)]  # new connections: the socket hands them to either worker
        assert all(r.status_code == 200 for r in follow_ups), [r.text for r in follow_ups]
    log = log_path.read_text("utf-8")
    assert log.count("assistant loaded") == 2 and "Traceback" not in log

    from assistant.state import StateStore

    with StateStore(http_settings.state_db) as store:
        assert len(store.history(first["conversation_id"], limit=10)) == 5
