"""The one rate limiter (assistant/ratelimit.py) as the bots use it: per user, a moving window, told once — in
this process's memory and in the state database, where every worker counts in the same window."""
from __future__ import annotations

import pytest

from assistant import storage
from assistant.config import Settings
from assistant.ratelimit import DatabaseStorage, RateLimiter, storage_for


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def database(tmp_path):
    db = storage.Database(tmp_path / "state.db")
    yield db
    db.close()


def test_allows_up_to_the_limit_then_refuses_and_notifies_once(database):
    limiter = RateLimiter(3, DatabaseStorage(database, clock=Clock()))
    assert [limiter.check("u").allowed for _ in range(3)] == [True, True, True]
    first, second = limiter.check("u"), limiter.check("u")
    assert not first.allowed and first.notify and 0 < first.retry_after_s <= 60
    assert not second.allowed and not second.notify
    assert limiter.check("other").allowed  # per user


def test_the_same_in_memory():
    limiter = RateLimiter(3)  # limits' MemoryStorage, on the real clock
    assert [limiter.check("u").allowed for _ in range(3)] == [True, True, True]
    first, second = limiter.check("u"), limiter.check("u")
    assert not first.allowed and first.notify and 0 < first.retry_after_s <= 60
    assert not second.allowed and not second.notify
    assert limiter.check("other").allowed


def test_the_window_slides(database):
    clock = Clock()
    limiter = RateLimiter(2, DatabaseStorage(database, clock=clock))
    limiter.check("u")
    clock.now += 30
    limiter.check("u")
    assert not limiter.check("u").allowed
    clock.now += 31  # the first hit is now older than a minute
    assert limiter.check("u").allowed


def test_two_workers_count_in_one_window_and_tell_the_user_once(tmp_path):
    clock = Clock()
    workers = [storage.Database(tmp_path / "state.db") for _ in range(2)]  # two processes' connections
    try:
        a, b = (RateLimiter(4, DatabaseStorage(db, clock=clock), name="bot") for db in workers)
        assert [x.check("zalo:u").allowed for x in (a, b, a, b, a)] == [True, True, True, True, False]
        assert b.check("zalo:u").notify is False  # a told the user already
        assert RateLimiter(4, DatabaseStorage(workers[0], clock=clock), name="webhook").check("zalo:u").allowed
    finally:
        for db in workers:
            db.close()


def test_the_storage_follows_the_settings(tmp_path):
    base = {"home": tmp_path, "db_path": tmp_path / "state.db"}
    assert type(storage_for(Settings(**base))).__name__ == "MemoryStorage"
    shared = storage_for(Settings(**base, workers=2))
    assert isinstance(shared, DatabaseStorage)
    shared.db.close()
    with pytest.raises(ValueError, match="QNA_RATE_LIMIT_STORAGE"):
        storage_for(Settings(**base, rate_limit_storage="carrier-pigeon://"))


def test_zero_means_unlimited():
    limiter = RateLimiter(0)
    assert all(limiter.check("u").allowed for _ in range(100))
