"""Group commit: writes waiting together share one transaction; a bad write fails alone."""
from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, insert, select

from assistant import storage
from assistant.conversation import UnknownConversation
from assistant.group_commit import GroupCommit
from assistant.state import StateStore
from tests.assistant.test_state import _turn

rows = Table("rows", MetaData(), Column("n", Integer, primary_key=True))


@pytest.fixture
def database(tmp_path):
    db = storage.Database(tmp_path / "state.db")
    rows.create(db.engine)
    yield db
    db.close()


def _stored(db) -> list[int]:
    with db.read() as c:
        return sorted(c.execute(select(rows.c.n)).scalars())


def test_writes_queued_behind_a_commit_share_the_next_transaction(database):
    batches: list[list[int]] = []
    first_may_commit = threading.Event()

    def write(conn, items):
        batches.append(list(items))
        if items == [0]:
            first_may_commit.wait(10)  # the others queue up behind this commit
        conn.execute(insert(rows), [{"n": n} for n in items])
        return [None] * len(items)

    group = GroupCommit(database, write)
    first = threading.Thread(target=group.submit, args=(0,))
    first.start()
    while not batches:
        time.sleep(0.001)
    others = [threading.Thread(target=group.submit, args=(n,)) for n in range(1, 9)]
    for t in others:
        t.start()
    while len(group._pending) < 8:  # all eight queued while the first commits
        time.sleep(0.001)
    first_may_commit.set()
    for t in [first, *others]:
        t.join(10)
    assert batches[0] == [0]
    assert sorted(batches[1]) == list(range(1, 9)) and len(batches) == 2  # one transaction for the eight
    assert _stored(database) == list(range(9))


def test_a_write_that_breaks_its_batch_fails_alone_and_the_rest_commit(database):
    def write(conn, items):
        if 13 in items:
            raise ValueError("unlucky")
        conn.execute(insert(rows), [{"n": n} for n in items])
        return [None] * len(items)

    group = GroupCommit(database, write)
    failures, gate = [], threading.Barrier(6)

    def submit(n):
        gate.wait()
        try:
            group.submit(n)
        except ValueError:
            failures.append(n)

    threads = [threading.Thread(target=submit, args=(n,)) for n in (11, 12, 13, 14, 15, 16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert failures == [13]
    assert _stored(database) == [11, 12, 14, 15, 16]


def test_many_threads_store_every_turn_and_an_unknown_conversation_fails_alone(tmp_path):
    with StateStore(tmp_path / "state.db") as store:
        known = store.new()
        results, errors = {}, []
        gate = threading.Barrier(12)

        def ask(n):
            gate.wait()
            try:
                for i in range(20):
                    if n == 0 and i == 5:
                        store.append("no-such-conversation", _turn(i))
                    elif n % 2:
                        store.append(known, _turn(n * 100 + i))
                    else:
                        cid, _mid = store.start(_turn(n * 100 + i))
                        results[(n, i)] = cid
            except UnknownConversation as e:
                errors.append((n, str(e)))

        threads = [threading.Thread(target=ask, args=(n,)) for n in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == [(0, str(UnknownConversation("no-such-conversation")))]
        assert len(store.history(known, limit=1000)) == 6 * 20  # the odd threads' turns, none lost
        for (n, i), cid in results.items():  # each started conversation holds exactly its first turn
            assert [t.question for t in store.history(cid)] == [_turn(n * 100 + i).question]
        assert len(results) == 5 * 20 + 5  # thread 0 stopped at its unknown conversation
