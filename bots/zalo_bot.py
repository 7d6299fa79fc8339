"""Zalo Bot transport (the Telegram-like Zalo Bot Platform).

Every call is ``POST {base}/bot{token}/{method}`` with a JSON body. Updates come
either to the FastAPI app's ``POST /webhooks/zalo-bot`` route, which checks the
``X-Bot-Api-Secret-Token`` header in constant time, or from ``getUpdates`` long
polling (``run_polling``). Replies go out with ``sendMessage`` to ``chat.id``,
≤ 2000 characters each; Zalo Bot has no buttons, so sources and feedback are
text commands ("nguồn", 👍, 👎).
"""
from __future__ import annotations

import asyncio
import logging

from bots import formatting, messages
from bots.core import BotCore
from bots.delivery import Courier
from bots.http_client import HttpClient, PermanentError, RetryPolicy, TransientError, json_body
from bots.outbox import Outbox
from bots.transports import NotConfigured

log = logging.getLogger(__name__)

PLATFORM = "zalo-bot"
TEXT_EVENT = "message.text.received"



class ApiError(PermanentError):
    """The Bot API answered ``{"ok": false, "error_code": ...}``."""

    def __init__(self, message: str, code: object):
        super().__init__(message)
        self.code = code


def unwrap(data: object) -> list[dict]:
    """The updates in a webhook body or getUpdates answer: wrapped ``{"ok", "result"}`` or bare."""
    if not isinstance(data, dict):
        return []
    if "result" in data:
        result = data["result"]
        items = result if isinstance(result, list) else [result]
        return [u for u in items if isinstance(u, dict)]
    return [data]


def text_message(update: dict) -> tuple[str, str, str, str | None] | None:
    """(chat_id, user_id, text, message_id) of a text message; None for other events."""
    event = update.get("event_name")
    message = update.get("message")
    if (event and event != TEXT_EVENT) or not isinstance(message, dict):
        return None
    text = message.get("text")
    chat = message.get("chat") if isinstance(message.get("chat"), dict) else {}
    sender = message.get("from") if isinstance(message.get("from"), dict) else {}
    if not isinstance(text, str) or not chat.get("id"):
        return None
    message_id = message.get("message_id")
    return str(chat["id"]), str(sender.get("id") or chat["id"]), text, (str(message_id) if message_id else None)


class ZaloBotTransport:
    def __init__(self, settings, core: BotCore, outbox: Outbox, policy: RetryPolicy | None = None,
                 http: HttpClient | None = None):
        if not settings.zalo_bot_token:
            raise NotConfigured("Zalo Bot is not configured: set QNA_ZALO_BOT_TOKEN.")
        self.settings = settings
        self.core = core
        self.policy = policy or RetryPolicy.from_settings(settings)
        self.http = http or HttpClient(self.policy)
        self.courier = Courier(PLATFORM, outbox, self._send)

    def _url(self, method: str) -> str:
        return f"{self.settings.zalo_bot_base_url.rstrip('/')}/bot{self.settings.zalo_bot_token}/{method}"

    async def call(self, method: str, body: dict | None = None, *, retry: bool = True, timeout: float | None = None):
        """One Bot API call; returns ``result``. ``{"ok": false}`` raises (429/5xx codes are transient)."""
        what = f"zalo-bot {method}"
        if retry:
            response = await self.http.post(self._url(method), what=what, json=body or {}, timeout=timeout)
        else:
            response = await self.http.post_once(self._url(method), what=what, json=body or {}, timeout=timeout)
        data = json_body(response, what)
        if not data.get("ok"):
            code, description = data.get("error_code"), data.get("description")
            if isinstance(code, int) and (code == 429 or code >= 500):
                raise TransientError(f"{what}: error {code}: {description}")
            raise ApiError(f"{what}: error {code}: {description}", code)
        return data.get("result")

    # -- incoming ---------------------------------------------------------------------------
    async def handle_update(self, update: dict) -> None:
        """Answer one update (webhook background task or polling loop); never raises."""
        try:
            found = text_message(update)
            if found is None:
                log.debug("zalo-bot: ignoring event %r", update.get("event_name"))
                return
            chat_id, user_id, text, message_id = found
            reply = await asyncio.to_thread(self.core.handle_text, PLATFORM, chat_id, user_id, text,
                                            update_id=message_id, buttons=False)
            if reply is None:
                return
            chunks = formatting.zalo_messages(messages.blocks(reply, buttons=False))
            await self.courier.deliver(chat_id, [{"chat_id": chat_id, "text": c} for c in chunks])
        except Exception:
            log.exception("zalo-bot: handling an update failed")

    async def run_polling(self, stop: asyncio.Event, *, poll_timeout: float = 30.0) -> None:
        """Long-poll getUpdates until ``stop`` is set; errors back off, nothing crashes."""
        log.info("zalo-bot: polling for updates")
        await self.courier.flush_if_pending()
        failures = 0
        while not stop.is_set():
            poll = asyncio.ensure_future(self.call("getUpdates", {"timeout": str(int(poll_timeout))}, retry=False,
                                                   timeout=poll_timeout + 10))
            stopped = asyncio.ensure_future(stop.wait())
            done, _ = await asyncio.wait({poll, stopped}, return_when=asyncio.FIRST_COMPLETED)
            if poll not in done:
                poll.cancel()
                await asyncio.gather(poll, return_exceptions=True)
                break
            stopped.cancel()
            try:
                result = poll.result()
            except PermanentError as exc:
                if getattr(exc, "code", None) == 408:  # the long poll ended without updates
                    continue
                failures += 1
                log.warning("zalo-bot: getUpdates failed: %s", exc)
            except TransientError as exc:
                failures += 1
                log.warning("zalo-bot: getUpdates failed: %s", exc)
            else:
                if failures:
                    failures = 0
                    await self.courier.flush_if_pending()
                for update in unwrap({"result": result} if result is not None else {}):
                    await self.handle_update(update)
                continue
            try:
                await asyncio.wait_for(stop.wait(), self.policy.backoff(min(failures, 6)))
            except asyncio.TimeoutError:
                pass

    # -- outgoing -------------------------------------------------------------------------------
    async def _send(self, payload: dict):
        return await self.call("sendMessage", {"chat_id": payload["chat_id"], "text": payload["text"]})

    async def set_webhook(self, url: str) -> None:
        secret = self.settings.zalo_bot_webhook_secret
        if not 8 <= len(secret or "") <= 256:
            raise NotConfigured("QNA_ZALO_BOT_WEBHOOK_SECRET must be 8-256 characters.")
        await self.call("setWebhook", {"url": url, "secret_token": secret})

    async def aclose(self) -> None:
        await self.http.aclose()
