"""Stateless workers on one Postgres and one Chroma server (issue 12, item 4): a Postgres server and a Chroma
server on 127.0.0.1 (the index ingested into it: the session's ``served_settings``), two ``serve`` processes on two
ports whose working folder holds the model and nothing of the index, so that they answer from the Chroma server or
not at all; 16 client threads talk to both for a bounded time, each conversation's turns alternating between them;
one server is killed with SIGKILL midway. Afterwards every acknowledged turn and feedback row is in the database
exactly once, and every answer equals what the embedded assistant (this process, the index in folders) answers to
the same conversation.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter
from contextlib import ExitStack

import httpx
import pytest
from sqlalchemy import func, select

from assistant.conversation import MemoryConversationStore
from assistant.service import Assistant
from assistant.state import StateStore
from assistant.storage import feedback, messages
from evals.bench_http import free_port, server_process, wait_ready
from pg_support import binaries, postgres_server

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(binaries() is None, reason="Postgres binaries (Debian's postgresql package: "
                                                            "initdb, pg_ctl) are not installed")]

CLIENTS = 16
LOAD_S = 12.0  # clients stop starting conversations after this
KILL_AFTER_S = 5.0
OPENERS = ["Ai chủ trì Bản tin PCI trên kênh truyền hình?", "Chỉ số DTI là gì?",
           "Ai chịu trách nhiệm tổ chức cuộc thi tìm hiểu về cải cách hành chính?",
           "Who is responsible for the PCI bulletin on television?"]
FOLLOW_UP = "Đơn vị nào phối hợp?"


@pytest.fixture(scope="module")
def database_url():
    with postgres_server() as url:
        yield url


def test_postgres_holds_the_state_like_sqlite(database_url):
    """The store's operations that must not race hold on Postgres too (the SQLite ones: tests/assistant)."""
    from assistant.answers import Answer, Turn
    from bots.outbox import Outbox

    with StateStore(database_url) as store:
        cid = store.new()
        mid = store.append(cid, Turn("q", Answer("q", "a", True)))
        store.add_feedback(mid, -1, "sai", "telegram")
        assert [f["rating"] for f in store.feedback(mid)] == [-1]
        assert store.mark_seen("telegram", "1") and not store.mark_seen("telegram", "1")
        chat = store.conversation_for_chat("zalo-oa", "u1")
        assert store.conversation_for_chat("zalo-oa", "u1") == chat != cid
        item = store.inbox_add("zalo-bot", {"n": 1})
        assert store.inbox_claim("zalo-bot") == (item, {"n": 1}) and store.inbox_claim("zalo-bot") is None
        store.kv_set("k", "1")
        store.kv_set("k", "2")
        assert store.kv_get("k") == "2"
        outbox = Outbox(database_url)
        reply = outbox.add("telegram", "42", {"text": "x"}, "down")
        assert outbox.claim(reply) and not outbox.claim(reply)  # one sender only
        outbox.close()


def _client(urls: list[str], n: int, stop_at: float, acked: list, errors: Counter) -> None:
    """Conversations of two turns and a 👍, each request to the next live server in turn. A request that fails
    (the killed server) is not acknowledged, its conversation is abandoned and the server dropped from this
    client's list, as a reverse proxy's health check would."""
    alive, turn = list(urls), n
    with httpx.Client(timeout=60) as http:
        while time.monotonic() < stop_at:
            question, conversation, done = OPENERS[turn % len(OPENERS)], None, []
            url = alive[turn % len(alive)]
            try:
                for q in (question, FOLLOW_UP):
                    url = alive[turn % len(alive)]
                    turn += 1
                    body = {"question": q} | ({"conversation_id": conversation} if conversation else {})
                    r = http.post(url + "/v1/ask", json=body)
                    if r.status_code != 200:
                        errors[f"ask {r.status_code}"] += 1
                        break
                    answer = r.json()
                    conversation = answer["conversation_id"]
                    done.append(("turn", conversation, answer["message_id"], q, answer["answer"], url,
                                 time.monotonic()))
                    acked.append(done[-1])
                if len(done) == 2:
                    url = alive[turn % len(alive)]
                    turn += 1
                    r = http.post(url + "/v1/feedback", json={"message_id": done[-1][2], "rating": "up"})
                    if r.status_code == 201:
                        acked.append(("feedback", conversation, done[-1][2], None, None, url, time.monotonic()))
                    else:
                        errors[f"feedback {r.status_code}"] += 1
            except httpx.TransportError as exc:  # the server was killed under this request
                errors[type(exc).__name__] += 1
                if len(alive) > 1 and url in alive:
                    alive.remove(url)


def test_two_workers_on_postgres_and_chroma_servers_lose_nothing_when_one_is_killed(
        database_url, served_settings, qna, qna_settings, tmp_path):
    home = tmp_path / "worker-home"  # another machine's working folder: the model, no index
    home.mkdir()
    (home / "models").symlink_to(qna_settings.models_dir.resolve())
    with ExitStack() as stack:
        env = {"QNA_DATABASE_URL": database_url, "QNA_CHROMA_URL": served_settings.chroma_url,
               "QNA_HOME": str(home), "QNA_RATE_LIMIT_PER_MINUTE": "100000",
               "QNA_EXTENSIONS": '["evals.extension"]'}
        servers = []
        for n in range(2):
            port = free_port()
            proc = stack.enter_context(server_process(port, tmp_path / f"server{n}.log", env_extra=env))
            servers.append((f"http://127.0.0.1:{port}", proc))
        for url, proc in servers:
            wait_ready(url, proc, 300)
        urls = [url for url, _ in servers]

        acked: list[tuple] = []
        errors: Counter = Counter()
        stop_at = time.monotonic() + LOAD_S
        threads = [threading.Thread(target=_client, args=(urls, n, stop_at, acked, errors)) for n in range(CLIENTS)]
        for t in threads:
            t.start()
        time.sleep(KILL_AFTER_S)
        victim = servers[1][1]
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait()
        killed_at = time.monotonic()
        for t in threads:
            t.join(timeout=180)
        assert not any(t.is_alive() for t in threads)

        turns = [a for a in acked if a[0] == "turn"]
        liked = [a for a in acked if a[0] == "feedback"]
        print(f"\n{len(turns)} turns and {len(liked)} feedback rows acknowledged; failed requests: {dict(errors)}")
        assert any(a[5] == urls[1] for a in turns), errors  # the victim answered before it died…
        assert any(a[5] == urls[0] and a[6] > killed_at for a in turns), errors  # …the survivor after
        assert liked, errors
        crossed = {a[1] for a in turns if a[5] == urls[0]} & {a[1] for a in turns if a[5] == urls[1]}
        assert crossed  # conversations whose turns two workers answered

        with StateStore(database_url) as store:
            with store.db.read() as c:
                stored = Counter(c.execute(select(messages.c.id)).scalars())
                rated = Counter(c.execute(select(feedback.c.message_id)).scalars())
                assert c.execute(select(func.count()).select_from(feedback)).scalar_one() == sum(rated.values())
            for _, conversation, message_id, question, answer, _, _ in turns:
                assert stored[message_id] == 1, message_id  # present, exactly once
                cid, turn = store.get_message(message_id)
                assert (cid, turn.question, turn.answer.answer) == (conversation, question, answer)
            for _, _, message_id, *_ in liked:
                assert rated[message_id] == 1, message_id
                assert [f["rating"] for f in store.feedback(message_id)] == [1]

            assert not (home / "store").exists()  # the workers read no index of their own
            # the same conversations, asked of the embedded assistant in this process, answer the same (asked once
            # per distinct sequence of questions: the answers are deterministic)
            embedded = Assistant(qna_settings, qna.engine, qna.answerer, MemoryConversationStore())
            expected: dict[tuple[str, ...], list[str]] = {}
            for conversation in sorted({a[1] for a in turns}):
                history = store.history(conversation, limit=100)
                questions = tuple(t.question for t in history)
                if questions not in expected:
                    here = embedded.conversations.new()
                    expected[questions] = [embedded.ask(q, here).answer.answer for q in questions]
                assert [t.answer.answer for t in history] == expected[questions], questions
