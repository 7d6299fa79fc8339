"""Per-user rate limiting for the bots: a sliding one-minute window in memory.

A user over the limit is told once per window (politely, in Vietnamese) and
further messages in that window are dropped, so the bot never floods a chat with
refusals.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after_s: float = 0.0
    notify: bool = False  # first refusal in this window: tell the user


class RateLimiter:
    def __init__(self, per_minute: int, window_s: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.limit = per_minute
        self.window_s = window_s
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._notified: dict[str, float] = {}
        self._lock = threading.Lock()

    def check(self, key: str) -> Decision:
        """Count one message from ``key`` and say whether to answer it."""
        if self.limit <= 0:
            return Decision(True)
        now = self.clock()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] >= self.window_s:
                hits.popleft()
            if len(hits) < self.limit:
                hits.append(now)
                self._notified.pop(key, None)
                self._forget_idle(now)
                return Decision(True)
            retry_after = self.window_s - (now - hits[0])
            notified_at = self._notified.get(key)
            notify = notified_at is None or now - notified_at >= self.window_s
            if notify:
                self._notified[key] = now
            return Decision(False, retry_after, notify)

    def _forget_idle(self, now: float) -> None:
        if len(self._hits) < 10_000:
            return
        for k in [k for k, h in self._hits.items() if not h or now - h[-1] >= self.window_s]:
            self._hits.pop(k, None)
            self._notified.pop(k, None)
