"""The one rate limiter (assistant/ratelimit.py) as the bots use it: per user, a moving window, told once."""
from __future__ import annotations

from assistant.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_allows_up_to_the_limit_then_refuses_and_notifies_once():
    clock = Clock()
    limiter = RateLimiter(3, clock=clock)
    assert [limiter.check("u").allowed for _ in range(3)] == [True, True, True]
    first, second = limiter.check("u"), limiter.check("u")
    assert not first.allowed and first.notify and 0 < first.retry_after_s <= 60
    assert not second.allowed and not second.notify
    assert limiter.check("other").allowed  # per user


def test_the_window_slides():
    clock = Clock()
    limiter = RateLimiter(2, clock=clock)
    limiter.check("u")
    clock.now += 30
    limiter.check("u")
    assert not limiter.check("u").allowed
    clock.now += 31  # the first hit is now older than a minute
    assert limiter.check("u").allowed


def test_zero_means_unlimited():
    limiter = RateLimiter(0)
    assert all(limiter.check("u").allowed for _ in range(100))
