"""The configured bot transports, sharing one core, outbox and retry policy.

Transports hold HTTP clients, which belong to the event loop that first uses
them; ``Bots.transport`` therefore creates them lazily in the serving loop (and
afresh if the loop changes, as it does between test clients).
"""
from __future__ import annotations

import asyncio
import logging

from assistant.config import Settings
from bots.core import BotCore
from bots.http_client import RetryPolicy
from bots.outbox import Outbox

log = logging.getLogger(__name__)

PLATFORMS = ("telegram", "zalo-oa", "zalo-bot")


class NotConfigured(RuntimeError):
    """A platform's token or secret is missing from the settings; the message names the variable."""


class Bots:
    def __init__(self, settings: Settings, assistant, store, *, policy: RetryPolicy | None = None,
                 outbox: Outbox | None = None):
        self.settings = settings
        self.core = BotCore(assistant, store, settings)
        self.outbox = outbox or Outbox(settings.state_db)
        self.policy = policy or RetryPolicy.from_settings(settings)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._transports: dict[str, object] = {}
        self.in_flight = 0  # accepted webhook updates still being answered (tests wait for 0)

    def accept(self, background, handler, *args) -> None:
        """Schedule ``handler(*args)`` after the response, counted in ``in_flight`` from now on."""
        self.in_flight += 1

        async def run() -> None:
            try:
                await handler(*args)
            except Exception:
                log.exception("a background bot task failed")
            finally:
                self.in_flight -= 1

        background.add_task(run)

    def webhook_configured(self, platform: str) -> bool:
        """Whether the settings hold what this platform's webhook needs (token and secret)."""
        s = self.settings
        if platform == "telegram":
            return bool(s.telegram_token and s.telegram_webhook_secret)
        if platform == "zalo-oa":
            return bool(s.zalo_oa_app_id and s.zalo_oa_secret_key)
        if platform == "zalo-bot":
            return bool(s.zalo_bot_token and s.zalo_bot_webhook_secret)
        return False

    def transport(self, platform: str):
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._loop, self._transports = loop, {}
        if platform not in self._transports:
            self._transports[platform] = self._create(platform)
        return self._transports[platform]

    def _create(self, platform: str):
        if platform == "telegram":
            from bots.telegram import TelegramTransport

            return TelegramTransport(self.settings, self.core, self.outbox, self.policy)
        if platform == "zalo-oa":
            from bots.zalo_oa import ZaloOATransport

            return ZaloOATransport(self.settings, self.core, self.outbox, self.policy)
        if platform == "zalo-bot":
            from bots.zalo_bot import ZaloBotTransport

            return ZaloBotTransport(self.settings, self.core, self.outbox, self.policy)
        raise ValueError(f"unknown platform {platform!r}; expected one of {', '.join(PLATFORMS)}")

    async def flush_outboxes(self) -> None:
        """Send what earlier runs could not (at start-up); never raises."""
        for platform in PLATFORMS:
            if not self.webhook_configured(platform):
                continue
            try:
                if await asyncio.to_thread(self.outbox.has_pending, platform):
                    await self.transport(platform).courier.flush()
            except Exception:
                log.exception("%s: flushing the outbox failed", platform)

    async def aclose(self) -> None:
        transports, self._transports = list(self._transports.values()), {}
        for t in transports:
            try:
                await t.aclose()
            except Exception:
                log.exception("closing a bot transport failed")
