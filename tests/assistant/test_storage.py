"""The state database's versioned migrations (assistant/storage.py): applied once each, in a transaction, and a
file made before versions existed is migrated in place with every row kept; a state copied to an empty Postgres on
127.0.0.1 (`assistant state copy`) keeps every row and refuses a second copy."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect

from assistant import storage
from assistant.answers import Answer, Turn
from assistant.state import StateStore
from bots.outbox import Outbox
from tests.deploy.pg_support import binaries, postgres_server

ROOT = Path(__file__).resolve().parents[2]
UNVERSIONED = Path(__file__).parent / "data" / "state-unversioned.db"  # made by main's code, see data/README.md
TABLES = ("conversations", "messages", "feedback", "chats", "seen_updates", "kv", "bot_inbox", "bot_outbox")


def _rows(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as c:
        return {t: c.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


def test_a_file_from_before_versions_is_migrated_in_place_without_losing_a_row(tmp_path):
    path = tmp_path / "state.db"
    shutil.copy(UNVERSIONED, path)
    before = _rows(path)
    assert len(before["messages"]) == 13 and len(before["feedback"]) == 2 and len(before["bot_outbox"]) == 2
    with sqlite3.connect(path) as c:
        assert "schema_version" not in {r[0] for r in c.execute("SELECT name FROM sqlite_master")}

    with StateStore(path) as store:
        assert storage.version(store.db) == storage.LATEST
        assert _rows(path) == before  # every row, byte for byte
        telegram = store.conversation_for_chat("telegram", "42")  # the old mapping, not a new conversation
        assert [t.answer.answer for t in store.history(telegram)] == ["Sở Nội vụ."]
        mid = store.append(telegram, Turn("q", Answer("q", "a", True)))
        assert store.get_message(mid)[0] == telegram
        assert [f["rating"] for f in store.feedback()] == [1, -1]
        assert store.kv_get("zalo_oa_access_token") == "tok-1"
        assert not store.mark_seen("telegram", "1001")  # still recognised as a redelivery
        assert store.inbox_claim("zalo-bot")[1] == {"message": {"text": "Xin chào"}}
    outbox = Outbox(path)
    assert [(item.chat_id, status) for item, status in outbox.items()] == [("42", "pending"), ("u1", "dead")]
    outbox.close()
    with sqlite3.connect(path) as c:
        seqs = [r[0] for r in c.execute("SELECT seq FROM messages ORDER BY seq")]
        assert seqs == sorted(set(seqs)) and len(seqs) == 14  # AUTOINCREMENT carried on
        assert c.execute("SELECT version FROM schema_version ORDER BY version").fetchall() == [
            (n,) for n in range(1, storage.LATEST + 1)]


def test_each_migration_is_applied_once(tmp_path):
    db = storage.Database(tmp_path / "state.db")
    try:
        assert storage.migrate(db) == []  # opening applied them all
        with db.read() as c:
            assert sorted(storage.applied(c)) == [n for n, _, _ in storage.MIGRATIONS]
            assert set(TABLES) | {"rate_limit_hits", "schema_version"} <= set(inspect(c).get_table_names())
    finally:
        db.close()
    again = storage.Database(tmp_path / "state.db")
    try:
        with again.read() as c:
            assert sorted(storage.applied(c)) == list(range(1, storage.LATEST + 1))
    finally:
        again.close()


def test_a_failing_migration_leaves_nothing_behind(tmp_path, monkeypatch):
    storage.Database(tmp_path / "state.db").close()
    last, next_ = storage.LATEST, storage.LATEST + 1

    def half_done(conn):
        conn.exec_driver_sql("CREATE TABLE half (x INTEGER)")
        raise RuntimeError(f"migration {next_} failed halfway")

    monkeypatch.setattr(storage, "MIGRATIONS", [*storage.MIGRATIONS, (next_, "broken", half_done)])
    monkeypatch.setattr(storage, "LATEST", next_)
    with pytest.raises(RuntimeError, match="halfway"):
        storage.Database(tmp_path / "state.db")
    with sqlite3.connect(tmp_path / "state.db") as c:
        assert "half" not in {r[0] for r in c.execute("SELECT name FROM sqlite_master")}  # rolled back
        assert c.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == last

    monkeypatch.setattr(storage, "MIGRATIONS", [*storage.MIGRATIONS[:last], (next_, "fixed", lambda conn:
                                                conn.exec_driver_sql("CREATE TABLE half (x INTEGER)"))])
    db = storage.Database(tmp_path / "state.db")
    try:
        assert storage.version(db) == next_
    finally:
        db.close()


def test_a_database_url_is_used_as_given_and_a_path_is_a_sqlite_file(tmp_path):
    assert storage.url_for(tmp_path / "s.db") == f"sqlite:///{tmp_path / 's.db'}"
    assert storage.url_for("postgresql+psycopg://qna@127.0.0.1/qna") == "postgresql+psycopg://qna@127.0.0.1/qna"
    # as Postgres and its users write it: with the driver that is installed (psycopg 3, not psycopg2)
    assert storage.url_for("postgresql://qna:pw@db:5432/qna") == "postgresql+psycopg://qna:pw@db:5432/qna"


# -- moving a state to Postgres: `assistant state copy --to …` (storage.copy_state) ----------------------------------
def _cli(*args, **env):
    return subprocess.run([sys.executable, "-m", "assistant.cli", "state", "copy", *args], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "QNA_EXTENSIONS": "[]", **env}, timeout=300)


def _server_rows(url: str) -> dict[str, list[tuple]]:
    db = storage.Database(url)
    try:
        with db.read() as c:
            return {t: [tuple(r) for r in c.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES}
    finally:
        db.close()


@pytest.mark.skipif(binaries() is None, reason="Postgres binaries (Debian's postgresql package) are not installed")
def test_state_copy_moves_every_row_to_an_empty_postgres_and_refuses_to_copy_twice(tmp_path):
    path = tmp_path / "state.db"
    shutil.copy(UNVERSIONED, path)  # a state made by an old version: migrated when opened, then copied
    with StateStore(path) as store:
        store.mark_seen("zalo-bot", "m-7")
    before = _rows(path)
    with postgres_server() as url:
        typed = url.replace("postgresql+psycopg://", "postgresql://")  # as a user types it
        done = _cli("--to", typed, QNA_DB_PATH=str(path))
        assert done.returncode == 0, done.stderr
        assert "13 messages" in done.stdout and "2 feedback" in done.stdout and "→ postgresql" in done.stdout
        assert _server_rows(url) == before  # every row of every table, ids included

        with StateStore(url) as store:
            assert storage.version(store.db) == storage.LATEST
            telegram = store.conversation_for_chat("telegram", "42")  # the chat keeps its conversation
            assert [t.answer.answer for t in store.history(telegram)] == ["Sở Nội vụ."]
            mid = store.append(telegram, Turn("q", Answer("q", "a", True)))  # new ids after the copied ones
            store.add_feedback(mid, 1)
            assert not store.mark_seen("zalo-bot", "m-7")  # de-duplication carried over
            assert store.kv_get("zalo_oa_access_token") == "tok-1"
        outbox = Outbox(url)
        assert [(item.chat_id, status) for item, status in outbox.items()] == [("42", "pending"), ("u1", "dead")]
        assert outbox.add("zalo-bot", "u2", {"text": "x"}, "down") > max(item.id for item, _ in outbox.items()[:2])
        outbox.close()

        after = _server_rows(url)
        again = _cli("--to", typed, QNA_DB_PATH=str(path))  # a second copy would double every conversation
        assert again.returncode == 2 and "nothing copied" in again.stderr and "is not empty" in again.stderr
        assert "Traceback" not in again.stderr and _server_rows(url) == after
        missing = _cli("--to", typed, "--from", str(tmp_path / "nope.db"))
        assert missing.returncode == 2 and "there is no state database at" in missing.stderr
        assert not (tmp_path / "nope.db").exists()
