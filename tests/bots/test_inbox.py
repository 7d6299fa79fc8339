"""The bots' inbox in the state database: an update is claimed by one process only, a dead process's claim is
taken over, and a database from before the inbox (and before schema versions) gains the table when it is
opened."""
from __future__ import annotations

import sqlite3

import assistant.state as state
from assistant.state import SQLiteStore


def test_each_update_is_claimed_once_oldest_first_and_forgotten_when_done(tmp_path):
    first, second = SQLiteStore(tmp_path / "state.db"), SQLiteStore(tmp_path / "state.db")  # two processes
    try:
        ids = [first.inbox_add("zalo-oa", {"n": n}) for n in range(2)]
        first.inbox_add("zalo-bot", {"n": "other platform"})
        assert first.inbox_claim("zalo-oa") == (ids[0], {"n": 0})
        assert second.inbox_claim("zalo-oa") == (ids[1], {"n": 1})  # not the one already claimed
        assert second.inbox_claim("zalo-oa") is None
        first.inbox_done(ids[0])
        assert (second.inbox_count("zalo-oa"), second.inbox_count("zalo-bot")) == (1, 1)
    finally:
        first.close()
        second.close()


def test_a_claim_left_by_a_dead_process_is_taken_over(tmp_path, monkeypatch):
    with SQLiteStore(tmp_path / "state.db") as store:
        item_id = store.inbox_add("zalo-bot", {"text": "Ai chủ trì?"})
        assert store.inbox_claim("zalo-bot")[0] == item_id  # ...and the process dies
        assert store.inbox_claim("zalo-bot") is None
        monkeypatch.setattr(state, "INBOX_STALE_CLAIM_SECONDS", -1)  # as if the claim had grown old
        assert store.inbox_claim("zalo-bot") == (item_id, {"text": "Ai chủ trì?"})


def test_a_database_from_before_the_inbox_gains_it(tmp_path):
    path = tmp_path / "state.db"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as conn:
        for table in ("bot_inbox", "rate_limit_hits", "schema_version"):  # as an earlier version left it
            conn.execute(f"DROP TABLE {table}")
    with SQLiteStore(path) as store:
        store.inbox_add("zalo-oa", {"n": 1})
        assert store.inbox_count("zalo-oa") == 1
