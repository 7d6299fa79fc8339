"""Sending a chat's replies in order, with nothing lost when the platform is down.

``Courier.deliver`` sends each message through the transport's ``send`` (which
already retries with backoff). If a message still cannot be sent, it and every
later message for that chat wait in the outbox, so the chat never sees replies
out of order; ``flush`` sends them once the platform answers again (after the
next successful send, at start-up, and periodically in polling mode).
"""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

from bots import formatting, messages
from bots.http_client import PermanentError
from bots.outbox import Outbox

log = logging.getLogger(__name__)

MAX_FLUSH_ATTEMPTS = 50  # after this many failed later tries, an item is kept as "dead"


async def answer_zalo_text(core, courier: "Courier", chat_id: str, user_id: str, text: str | None,
                           update_id: str | None, address: dict, conversation: str | None = None) -> None:
    """Answer one message on a platform without buttons or markup (both Zalo ones): the core's reply as
    plain-text messages within the platform's limit, each ``address`` plus ``text``, sent in order.
    ``text`` None: a photo, sticker or file, answered that the bot reads text only. ``conversation``: the
    core's chat when it is not the chat itself (a member's own in a group, bots.groups)."""
    conversation = conversation or chat_id
    if text is None:
        reply = await asyncio.to_thread(core.handle_not_text, courier.platform, conversation, user_id,
                                        update_id=update_id)
    else:
        reply = await asyncio.to_thread(core.handle_text, courier.platform, conversation, user_id, text,
                                        update_id=update_id, buttons=False)
    if reply is not None:
        chunks = formatting.zalo_messages(messages.blocks(reply, buttons=False))
        await courier.deliver(chat_id, [{**address, "text": c} for c in chunks])


class Courier:
    def __init__(self, platform: str, outbox: Outbox, send: Callable[[dict], Awaitable[object]]):
        self.platform = platform
        self.outbox = outbox
        self.send = send
        self._flush_lock: asyncio.Lock | None = None

    async def deliver(self, chat_id: object, payloads: list[dict]) -> bool:
        """Send ``payloads`` to ``chat_id`` in order. True if all went out now; never raises."""
        chat_id = str(chat_id)
        try:
            if await asyncio.to_thread(self.outbox.has_pending, self.platform, chat_id):
                await self.flush()
            waiting = await asyncio.to_thread(self.outbox.has_pending, self.platform, chat_id)
        except Exception:
            log.exception("%s: outbox unavailable; sending directly", self.platform)
            waiting = False
        for payload in payloads:
            if waiting:
                await self._keep(chat_id, payload, "waiting behind an earlier unsent message")
                continue
            try:
                await self.send(payload)
            except PermanentError as exc:
                log.error("%s: chat %s refused a message for good: %s", self.platform, chat_id, exc)
                await self._keep(chat_id, payload, str(exc), status="dead")
            except Exception as exc:  # DeliveryFailed, or anything unexpected: keep it for later
                log.warning("%s: could not send to chat %s now (%s); kept in the outbox", self.platform, chat_id, exc)
                await self._keep(chat_id, payload, f"{type(exc).__name__}: {exc}")
                waiting = True
        if not waiting:
            await self.flush_if_pending()
        return not waiting

    async def _keep(self, chat_id: str, payload: dict, error: str, status: str = "pending") -> None:
        try:
            await asyncio.to_thread(self.outbox.add, self.platform, chat_id, payload, error, status=status)
        except Exception:
            # The last resort: the message is in the log, so an operator can still recover it.
            log.exception("%s: OUTBOX WRITE FAILED, message for chat %s: %r", self.platform, chat_id, payload)

    async def flush_if_pending(self) -> int:
        try:
            if not await asyncio.to_thread(self.outbox.has_pending, self.platform):
                return 0
        except Exception:
            log.exception("%s: outbox unavailable", self.platform)
            return 0
        return await self.flush()

    async def flush(self) -> int:
        """Send what waits in the outbox, oldest first; stop at the first transient failure."""
        if self._flush_lock is None:
            self._flush_lock = asyncio.Lock()
        sent = 0
        async with self._flush_lock:
            try:
                items = await asyncio.to_thread(self.outbox.pending, self.platform)
            except Exception:
                log.exception("%s: outbox unavailable", self.platform)
                return 0
            blocked: set[str] = set()
            for item in items:
                if item.chat_id in blocked or not await asyncio.to_thread(self.outbox.claim, item.id):
                    continue
                try:
                    await self.send(item.payload)
                except PermanentError as exc:
                    log.error("%s: outbox item %d refused for good: %s", self.platform, item.id, exc)
                    await asyncio.to_thread(self.outbox.mark_failed, item.id, str(exc), dead=True)
                except Exception as exc:
                    dead = item.attempts + 1 >= MAX_FLUSH_ATTEMPTS
                    await asyncio.to_thread(self.outbox.mark_failed, item.id, f"{type(exc).__name__}: {exc}", dead=dead)
                    log.warning("%s: outbox item %d still not sent (%s)", self.platform, item.id, exc)
                    blocked.add(item.chat_id)  # keep this chat's order; the platform is likely still down
                    break
                else:
                    await asyncio.to_thread(self.outbox.mark_sent, item.id)
                    sent += 1
        if sent:
            log.info("%s: sent %d message(s) from the outbox", self.platform, sent)
        return sent
