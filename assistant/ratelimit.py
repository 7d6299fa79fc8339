"""The one rate limiter, for the API (per key or address) and the bots (per platform user).

A moving one-minute window: a client may be counted ``per_minute`` times in any 60 seconds,
which is what "N a minute" says (a token bucket would let 2N through in a minute after a quiet
spell). A refused call learns when the oldest counted call leaves the window (``Retry-After``).
The bots tell a user once per window that they are over the limit (``Decision.notify``), so a
chat is never flooded with refusals. "Moving window" is also what the ``limits`` library calls
this strategy, so shared storage for several workers can replace the dict here without changing
what clients see.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable

FORGET_EVERY_S = 60.0  # how often clients whose window has emptied are dropped from memory


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after_s: float = 0.0  # seconds until a refused client is counted again; 0 when allowed
    notify: bool = False  # the first refusal in this window: tell the user (bots)


class RateLimiter:
    def __init__(self, per_minute: int, window_s: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.limit = per_minute
        self.window_s = window_s
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._notified: dict[str, float] = {}
        self._lock = threading.Lock()
        self._last_forget = clock()

    def check(self, key: str) -> Decision:
        """Count one call from ``key`` and say whether to serve it (0 or less per minute: no limit)."""
        if self.limit <= 0:
            return Decision(True)
        now = self.clock()
        with self._lock:
            if now - self._last_forget >= FORGET_EVERY_S:
                self._forget_idle(now)
            hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] >= self.window_s:
                hits.popleft()
            if len(hits) < self.limit:
                hits.append(now)
                self._notified.pop(key, None)
                return Decision(True)
            retry_after = self.window_s - (now - hits[0])
            notified_at = self._notified.get(key)
            notify = notified_at is None or now - notified_at >= self.window_s
            if notify:
                self._notified[key] = now
            return Decision(False, retry_after, notify)

    def _forget_idle(self, now: float) -> None:
        """Drop clients with nothing left in their window: they carry no information."""
        for k in [k for k, h in self._hits.items() if not h or now - h[-1] >= self.window_s]:
            self._hits.pop(k, None)
            self._notified.pop(k, None)
        self._last_forget = now
