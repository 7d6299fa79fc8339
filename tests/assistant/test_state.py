"""The SQLite store: durable across restarts and safe with concurrent writers."""
from __future__ import annotations

import multiprocessing as mp
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant.answers import Answer, Citation, Turn
from assistant.conversation import UnknownConversation
from assistant.state import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]


def _turn(i: int, text: str = "") -> Turn:
    cit = Citation("doc.txt", "Kế hoạch số 281", f"C.II.{i}.c", f"Sở Khoa học và Công nghệ chủ trì {i}")
    ans = Answer(question=f"Câu hỏi {i}?", answer=text or f"Trả lời {i}", grounded=True, citations=[cit],
                 kind="lead", focus=f"focus {i}")
    return Turn(f"Câu hỏi {i}?", ans)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "state.db"


def test_round_trip_keeps_every_field(db):
    with SQLiteStore(db) as s:
        cid = s.new()
        assert s.exists(cid) and not s.exists("nope") and not s.exists(None)
        assert s.history(cid) == []
        t = _turn(1, "Sở Khoa học và Công nghệ chủ trì, phối hợp Đài Phát thanh – Truyền hình.")
        mid = s.append(cid, t)
        [back] = s.history(cid)
        assert back == t  # dataclass equality: question, answer text, citations, kind, focus
        got_cid, got = s.get_message(mid)
        assert got_cid == cid and got == t
        assert s.get_message("unknown") is None


def test_history_is_the_last_turns_oldest_first(db):
    with SQLiteStore(db) as s:
        cid, other = s.new(), s.new()
        for i in range(6):
            s.append(cid, _turn(i))
        s.append(other, _turn(99))
        assert [t.question for t in s.history(cid, limit=3)] == ["Câu hỏi 3?", "Câu hỏi 4?", "Câu hỏi 5?"]
        assert len(s.history(cid, limit=100)) == 6
        assert [t.question for t in s.history(other)] == ["Câu hỏi 99?"]


def test_a_conversation_starts_with_its_first_turn_in_one_write(db):
    """``start``: the conversation and its first turn in one transaction; follow-ups append to it; a non-string
    id is no conversation."""
    with SQLiteStore(db) as s:
        commits = []
        from sqlalchemy import event

        event.listen(s.db.engine, "commit", lambda conn: commits.append(1))
        cid, mid = s.start(_turn(1))
        assert len(commits) == 1
        assert s.exists(cid) and s.history(cid) == [_turn(1)] and s.get_message(mid) == (cid, _turn(1))
        s.append(cid, _turn(2))
        assert [t.question for t in s.history(cid)] == ["Câu hỏi 1?", "Câu hỏi 2?"]
        with pytest.raises(UnknownConversation):
            s.history(None)


def test_a_question_whose_answering_fails_stores_nothing(db):
    """Asked without a conversation, a question that fails to be answered leaves no empty conversation."""
    from assistant.config import get_settings
    from assistant.service import Assistant

    class Failing:
        def answer(self, question, history):
            raise RuntimeError("the answerer broke")

    with SQLiteStore(db) as s:
        assistant = Assistant(get_settings(), object(), Failing(), s)
        with pytest.raises(RuntimeError):
            assistant.ask("Ai chủ trì?")
        with s.db.read() as c:
            from sqlalchemy import text

            assert c.execute(text("SELECT COUNT(*) FROM conversations")).scalar() == 0


def test_unknown_conversation_raises(db):
    with SQLiteStore(db) as s:
        with pytest.raises(UnknownConversation):
            s.history("does-not-exist")
        with pytest.raises(UnknownConversation):
            s.append("does-not-exist", _turn(1))


def test_restart_loses_nothing(db):
    s = SQLiteStore(db)
    cid = s.new()
    mid = s.append(cid, _turn(1))
    s.add_feedback(mid, -1, "thiếu đơn vị phối hợp", source="telegram")
    chat = s.conversation_for_chat("telegram", "12345")
    assert s.mark_seen("telegram", "u1")
    s.kv_set("zalo_refresh_token", "abc")
    s.close()

    with SQLiteStore(db) as s2:
        assert [t.question for t in s2.history(cid)] == ["Câu hỏi 1?"]
        assert s2.feedback(mid) == [
            {"message_id": mid, "rating": -1, "comment": "thiếu đơn vị phối hợp", "source": "telegram",
             "created_at": s2.feedback(mid)[0]["created_at"]}
        ]
        assert s2.conversation_for_chat("telegram", "12345") == chat
        assert not s2.mark_seen("telegram", "u1")
        assert s2.kv_get("zalo_refresh_token") == "abc"


def test_a_killed_process_loses_no_committed_turn(db):
    """A writer that dies without closing (os._exit) still leaves its committed turns."""
    code = (
        "import os, sys; sys.path.insert(0, %r)\n"
        "from assistant.state import SQLiteStore\n"
        "from assistant.answers import Answer, Turn\n"
        "s = SQLiteStore(%r); cid = s.new()\n"
        "s.append(cid, Turn('Q?', Answer('Q?', 'A', True)))\n"
        "print(cid, flush=True); os._exit(9)\n"
    ) % (str(ROOT), str(db))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 9, out.stderr
    cid = out.stdout.strip()
    with SQLiteStore(db) as s:
        assert [t.answer.answer for t in s.history(cid)] == ["A"]


def test_feedback_validation(db):
    with SQLiteStore(db) as s:
        cid = s.new()
        mid = s.append(cid, _turn(1))
        with pytest.raises(KeyError):
            s.add_feedback("no-such-message", 1)
        for bad in (0, 2, True, "up"):
            with pytest.raises(ValueError):
                s.add_feedback(mid, bad)
        s.add_feedback(mid, 1)
        s.add_feedback(mid, -1, "đổi ý")
        assert [(f["rating"], f["comment"], f["source"]) for f in s.feedback(mid)] == [(1, None, "http"), (-1, "đổi ý", "http")]


def test_conversation_for_chat_is_stable_per_platform_and_chat(db):
    with SQLiteStore(db) as s:
        a = s.conversation_for_chat("telegram", "1")
        assert s.conversation_for_chat("telegram", "1") == a
        assert s.conversation_for_chat("telegram", 1) == a  # ids compare as text
        b = s.conversation_for_chat("zalo", "1")
        c = s.conversation_for_chat("telegram", "2")
        assert len({a, b, c}) == 3
        assert all(s.exists(x) for x in (a, b, c))
        s.append(a, _turn(1))
        assert len(s.history(a)) == 1


def test_kv_overwrites(db):
    with SQLiteStore(db) as s:
        assert s.kv_get("k") is None
        s.kv_set("k", "1")
        s.kv_set("k", "2")
        assert s.kv_get("k") == "2"


def test_wal_mode(db):
    SQLiteStore(db).close()
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_concurrent_threads_lose_no_write(db):
    s = SQLiteStore(db)
    cid = s.new()
    errors = []

    def worker(n):
        try:
            for i in range(25):
                s.append(cid, _turn(n * 100 + i))
                s.conversation_for_chat("telegram", str(i))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(s.history(cid, limit=1000)) == 200
    assert len({s.conversation_for_chat("telegram", str(i)) for i in range(25)}) == 25
    s.close()


def _process_writer(path: str, n: int, cid: str, q) -> None:
    s = SQLiteStore(path)
    first = []
    for i in range(30):
        s.append(cid, _turn(n * 1000 + i))
        if s.mark_seen("zalo", f"update-{i}"):
            first.append(i)
        s.conversation_for_chat("zalo", f"chat-{i % 5}")
    s.close()
    q.put(first)


def test_concurrent_processes_lose_no_write_and_dedupe_atomically(db):
    with SQLiteStore(db) as s:
        cid = s.new()
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    procs = [ctx.Process(target=_process_writer, args=(str(db), n, cid, q)) for n in range(4)]
    for p in procs:
        p.start()
    firsts = [q.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    # every update id was "new" for exactly one process
    assert sorted(i for f in firsts for i in f) == list(range(30))
    with SQLiteStore(db) as s:
        assert len(s.history(cid, limit=10_000)) == 120
        with sqlite3.connect(db) as c:
            assert c.execute("SELECT COUNT(*) FROM chats").fetchone()[0] == 5
