"""The configured bot transports, sharing one core, outbox and retry policy.

Transports hold HTTP clients, which belong to the event loop that first uses
them; ``Bots.transport`` therefore creates them lazily in the serving loop (and
afresh if the loop changes, as it does between test clients). Platforms are looked
up by name in ``bots.platforms``; this module imports none of them.
"""
from __future__ import annotations

import asyncio
import functools
import logging

from assistant import storage
from assistant.config import Settings
from bots import platforms
from bots.core import BotCore
from bots.http_client import RetryPolicy
from bots.ordering import ChatOrder
from bots.outbox import Outbox

log = logging.getLogger(__name__)


class Bots:
    def __init__(self, settings: Settings, assistant, store, *, policy: RetryPolicy | None = None,
                 outbox: Outbox | None = None):
        self.settings = settings
        self.core = BotCore(assistant, store, settings)
        self.outbox = outbox or Outbox(storage.target(settings))
        self.policy = policy or RetryPolicy.from_settings(settings)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._transports: dict[str, object] = {}
        self._inbox_lock: asyncio.Lock | None = None
        self._order = ChatOrder()
        self._tasks: set[asyncio.Future] = set()
        self.in_flight = 0  # accepted webhook updates still being answered (tests wait for 0)

    def accept(self, handler, *args) -> None:
        """Start ``handler(*args)`` now, beside the response, counted in ``in_flight`` until it ends. A task of
        its own, not a response's background task: one that never ran (the platform hung up before the response
        went out) would leave its place in a chat's line (``ChatOrder``) taken for good."""
        self.in_flight += 1

        async def run() -> None:
            try:
                await handler(*args)
            except Exception:
                log.exception("a background bot task failed")
            finally:
                self.in_flight -= 1

        task = asyncio.ensure_future(run())
        self._tasks.add(task)  # a task only weakly referenced by the loop could be collected mid-way
        task.add_done_callback(self._tasks.discard)

    def webhook_configured(self, platform: str) -> bool:
        """Whether the settings hold everything this platform's webhook needs."""
        return not platforms.missing_settings(self.settings, platform, "webhook")

    def _in_this_loop(self) -> None:
        """Transports and locks belong to the loop that made them: start afresh in a new one."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._loop, self._transports, self._inbox_lock, self._order = loop, {}, asyncio.Lock(), ChatOrder()

    def transport(self, platform: str):
        self._in_this_loop()
        if platform not in self._transports:
            self._transports[platform] = self._create(platform)
        return self._transports[platform]

    def _create(self, platform: str) -> platforms.Transport:
        return platforms.get(platform).transport(self.settings, self.core, self.outbox, self.policy)

    async def keep(self, platform: str, update: dict) -> None:
        """Store a webhook update in the inbox (durably, before it is acknowledged)."""
        await asyncio.to_thread(self.core.store.inbox_add, platform, update)

    async def answer_inbox(self) -> None:
        """Answer the updates waiting in the inbox, oldest first, once the assistant is ready; never raises.

        One pass claims at a time per process; a chat's updates are answered one after another in the order
        they were kept, different chats side by side (``ChatOrder``), across passes too. A redelivery kept
        twice is answered once, as the transports recognise it (``BotCore.first_delivery``)."""
        if not self.core.ready():
            return
        self._in_this_loop()
        store = self.core.store
        answering: list[asyncio.Future] = []
        async with self._inbox_lock:  # claims in the order kept, each taking its place in its chat's line
            for platform in platforms.inbox_names():
                if not self.webhook_configured(platform):
                    continue
                transport = self.transport(platform)
                try:
                    while (item := await asyncio.to_thread(store.inbox_claim, platform)) is not None:
                        item_id, update = item
                        chat = transport.chat_of(update)
                        run = self._order.reserve(None if chat is None else f"{platform}:{chat}")
                        answering.append(asyncio.ensure_future(run(functools.partial(
                            self._answer_kept, transport, item_id, update))))
                except Exception:
                    log.exception("%s: answering the inbox failed", platform)
        await asyncio.gather(*answering, return_exceptions=True)  # outside the lock: the next pass need not wait

    async def _answer_kept(self, transport, item_id: object, update: dict) -> None:
        try:
            await transport.handle_update(update)
            await asyncio.to_thread(self.core.store.inbox_done, item_id)
        except Exception:
            log.exception("answering an inbox update failed")

    async def flush_outboxes(self) -> None:
        """Send what earlier runs could not (at start-up); never raises."""
        for platform in platforms.names():
            if not self.webhook_configured(platform):
                continue
            try:
                if await asyncio.to_thread(self.outbox.has_pending, platform):
                    await self.transport(platform).courier.flush()
            except Exception:
                log.exception("%s: flushing the outbox failed", platform)

    async def aclose(self) -> None:
        """Finish the accepted updates (as a response's background tasks were finished before the server
        stopped), then close the transports."""
        await asyncio.gather(*list(self._tasks), return_exceptions=True)
        transports, self._transports = list(self._transports.values()), {}
        for t in transports:
            try:
                await t.aclose()
            except Exception:
                log.exception("closing a bot transport failed")
