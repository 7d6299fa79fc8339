"""One chat's updates answered one after another, different chats side by side.

Five messages a user sends in a row must be answered in that order (issue 22: webhook replies came out of
order), yet one slow chat must not hold up the others. A transport reserves a place in its chat's line the
moment an update arrives, in arrival order, before anything awaits (``ChatOrder.reserve``); the work runs
once every earlier reservation of that chat has finished, however long each takes and whether or not it
failed. Every platform goes through it: the Telegram webhook and polling, the Zalo inbox, Zalo Bot polling.
"""
from __future__ import annotations

import asyncio
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")
Work = Callable[[], Awaitable[T]]


class ChatOrder:
    """Lines of work, one per chat, on the running event loop."""

    def __init__(self) -> None:
        self._tails: dict[str, asyncio.Future] = {}  # a chat → its last reservation's end

    def reserve(self, chat: object) -> Callable[[Work], Awaitable[T]]:
        """Take the next place in ``chat``'s line now; returns ``run(work)``, which waits for the earlier
        places, then awaits ``work()``. Call ``run`` exactly once (the line waits for it). ``chat`` None: no line."""
        if chat is None:
            return _run_now
        key = str(chat)
        before = self._tails.get(key)
        mine = asyncio.get_running_loop().create_future()
        self._tails[key] = mine

        async def run(work: Work) -> T:
            try:
                if before is not None:
                    await before  # never raises: set when the earlier work ended, however it ended
                return await work()
            finally:
                mine.set_result(None)
                if self._tails.get(key) is mine:
                    del self._tails[key]

        return run

    async def run(self, chat: object, work: Work) -> T:
        """``reserve(chat)`` and run ``work`` in its place."""
        return await self.reserve(chat)(work)

    @property
    def busy_chats(self) -> int:
        return len(self._tails)


async def _run_now(work: Work) -> T:
    return await work()
