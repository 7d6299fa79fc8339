"""Zalo Bot transport (the Telegram-like Zalo Bot Platform).

Every call is ``POST {base}/bot{token}/{method}`` with a JSON body. Updates come
either to the FastAPI app's ``POST /webhooks/zalo-bot`` route, which checks the
``X-Bot-Api-Secret-Token`` header in constant time, or from ``getUpdates`` long
polling (``run_polling``). Replies go out with ``sendMessage`` to ``chat.id``,
≤ 2000 characters each; Zalo Bot has no buttons, so sources and feedback are
text commands ("nguồn", 👍, 👎). A photo or sticker gets a short "I read text only".

In a group (``chat.chat_type`` other than ``PRIVATE``) the bot answers as in a Telegram group (bots.groups): a
``/command``, or a message mentioning it by the name getMe gives (``@<display_name>`` or ``@<account_name>``, as
Zalo writes a tag into the text; the mention is taken out), each member in their own conversation; the rest of
the group's talk, photos and stickers get nothing. Zalo Bot's updates say nothing of what a message replies to,
so a reply to the bot without a mention is not recognised.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import unicodedata

from bots import groups
from bots.core import BotCore
from bots.delivery import Courier, answer_zalo_text
from bots.http_client import AuthError, HttpClient, PermanentError, RetryPolicy, TransientError, json_body
from bots.ordering import ChatOrder
from bots.outbox import Outbox
from bots.platforms import NotConfigured, Platform, register, require

log = logging.getLogger(__name__)

PLATFORM = "zalo-bot"
TEXT_EVENT = "message.text.received"
_STOPPED = object()  # a call abandoned because polling was told to stop


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


def user_message(update: dict) -> tuple[str, str, str | None, str | None] | None:
    """(chat_id, user_id, text, message_id) of a message a user sent ("message.<kind>.received"): text is None for
    a photo, sticker or other kind, which the bot says it cannot read. None for other events."""
    event = update.get("event_name")
    message = update.get("message")
    if (event and not (event.startswith("message.") and event.endswith(".received"))) or not isinstance(message, dict):
        return None
    text = message.get("text")
    chat = message.get("chat") if isinstance(message.get("chat"), dict) else {}
    sender = message.get("from") if isinstance(message.get("from"), dict) else {}
    if not chat.get("id"):
        return None
    is_text = event in (None, TEXT_EVENT)  # a bare update is a text message
    if is_text and not isinstance(text, str):
        return None
    message_id = message.get("message_id")
    return (str(chat["id"]), str(sender.get("id") or chat["id"]), text if is_text else None,
            str(message_id) if message_id else None)


def in_group(update: dict) -> bool:
    """The update comes from a group chat: a chat type other than PRIVATE (a bare update is a private one)."""
    message = update.get("message") if isinstance(update.get("message"), dict) else {}
    chat = message.get("chat") if isinstance(message.get("chat"), dict) else {}
    return str(chat.get("chat_type") or "PRIVATE").upper() != "PRIVATE"


def _names(me: object) -> tuple[str, ...]:
    """The names getMe gives the bot, by which a group member mentions it."""
    me = me if isinstance(me, dict) else {}
    return tuple(unicodedata.normalize("NFC", str(me[k])) for k in ("display_name", "account_name") if me.get(k))


def text_message(update: dict) -> tuple[str, str, str, str | None] | None:
    """(chat_id, user_id, text, message_id) of a text message; None for other events."""
    found = user_message(update)
    return found if found is not None and found[2] is not None else None


class ZaloBotTransport:
    def __init__(self, settings, core: BotCore, outbox: Outbox, policy: RetryPolicy | None = None,
                 http: HttpClient | None = None):
        require(settings, PLATFORM, "polling")  # the token; the webhook route checks its secret itself
        self.settings = settings
        self.core = core
        self.policy = policy or RetryPolicy.from_settings(settings)
        self.http = http or HttpClient(self.policy)
        self.courier = Courier(PLATFORM, outbox, self._send)
        self.order = ChatOrder()  # polling: a chat's updates in order, chats side by side
        self._names: tuple[str, ...] | None = None  # the bot's names (getMe), by which a group mentions it

    def _url(self, method: str) -> str:
        return f"{self.settings.zalo_bot_base_url.rstrip('/')}/bot{self.settings.zalo_bot_token}/{method}"

    async def call(self, method: str, body: dict | None = None, *, retry: bool = True, timeout: float | None = None):
        """One Bot API call; returns ``result``. ``{"ok": false}`` raises (429/5xx codes are transient)."""
        what = f"zalo-bot {method}"
        try:
            if retry:
                response = await self.http.post(self._url(method), what=what, json=body or {}, timeout=timeout)
            else:
                response = await self.http.post_once(self._url(method), what=what, json=body or {}, timeout=timeout)
        except AuthError:
            raise self._refused(what) from None
        data = json_body(response, what)
        if not data.get("ok"):
            code, description = data.get("error_code"), data.get("description")
            if isinstance(code, int) and (code == 429 or code >= 500):
                raise TransientError(f"{what}: error {code}: {description}")
            if code in (401, 403):
                raise self._refused(what)
            raise ApiError(f"{what}: error {code}: {description}", code)
        return data.get("result")

    @staticmethod
    def _refused(what: str) -> AuthError:
        return AuthError(f"{what}: Zalo refused the bot token (401 Unauthorized): check QNA_ZALO_BOT_TOKEN "
                         "(the token Zalo Bot Creator gave)")

    async def check(self) -> None:
        """getMe, network errors retried: AuthError naming the setting, or DeliveryFailed, before anything runs."""
        self._names = _names(await self.call("getMe"))

    # -- incoming ---------------------------------------------------------------------------
    @staticmethod
    def chat_of(update: dict) -> str | None:
        found = user_message(update)
        return found[0] if found else None

    async def handle_update(self, update: dict) -> None:
        """Answer one update (webhook background task or polling loop); never raises."""
        try:
            found = user_message(update)
            if found is None:
                log.debug("zalo-bot: ignoring event %r", update.get("event_name"))
                return
            chat_id, user_id, text, message_id = found
            group = in_group(update)
            if group:
                text = await self._addressed(text)
                if text is None:
                    return
            if message_id is None and not await asyncio.to_thread(self.core.first_delivery_by_content, PLATFORM,
                                                                  update):
                return
            await answer_zalo_text(self.core, self.courier, chat_id, user_id, text, message_id,
                                   {"chat_id": chat_id}, conversation=groups.conversation(chat_id, user_id, group))
        except Exception:
            log.exception("zalo-bot: handling an update failed")

    async def _addressed(self, text: str | None) -> str | None:
        """A group message's text if it is meant for the bot (bots.groups), else None; a photo or sticker, which
        cannot mention it, never is."""
        if text is None:
            return None
        text = unicodedata.normalize("NFC", text)
        names = await self._my_names()
        return groups.meant_for_bot(text, command=groups.opening_command(text), my_names=names,
                                    mention=groups.written_mention(text, names), replies_to_bot=False)

    async def _my_names(self) -> tuple[str, ...]:
        """The bot's display and account names, from getMe once; none while Zalo cannot say (commands still
        reach the bot, and the names are asked for again at the next group message)."""
        if self._names is None:
            try:
                me = await self.call("getMe", retry=False)
            except (PermanentError, TransientError) as exc:
                log.warning("zalo-bot: getMe failed, so a mention in a group is not recognised now: %s", exc)
                return ()
            self._names = _names(me)
        return self._names

    async def _call_until_stopped(self, stop: asyncio.Event, method: str, body: dict | None = None,
                                  timeout: float | None = None):
        """``call(method)`` once (no retries), or ``_STOPPED`` if ``stop`` is set first."""
        call = asyncio.ensure_future(self.call(method, body, retry=False, timeout=timeout))
        stopped = asyncio.ensure_future(stop.wait())
        done, _ = await asyncio.wait({call, stopped}, return_when=asyncio.FIRST_COMPLETED)
        if call not in done:
            call.cancel()
            await asyncio.gather(call, return_exceptions=True)
            return _STOPPED
        stopped.cancel()
        return call.result()

    async def run_polling(self, stop: asyncio.Event, *, poll_timeout: float = 30.0) -> None:
        """Long-poll getUpdates until ``stop`` is set; errors back off, nothing crashes.

        A registered webhook is deleted first: the platform refuses getUpdates while one is set
        (its docs say so, as Telegram's do), and a bot moved from webhook to polling has one. Updates are
        answered while polling goes on, a chat's in order (``ChatOrder``), chats side by side.
        """
        log.info("zalo-bot: polling for updates")
        await self.courier.flush_if_pending()
        answering: set[asyncio.Task] = set()
        try:
            await self._poll(stop, poll_timeout, answering)
        finally:  # what was received is answered before polling ends
            await asyncio.gather(*answering, return_exceptions=True)

    async def _poll(self, stop: asyncio.Event, poll_timeout: float, answering: set[asyncio.Task]) -> None:
        failures, webhook_deleted = 0, False
        while not stop.is_set():
            try:
                if not webhook_deleted:
                    if await self._call_until_stopped(stop, "deleteWebhook") is _STOPPED:
                        break
                    webhook_deleted = True
                    log.info("zalo-bot: webhook deleted (if one was set), so that getUpdates works")
                result = await self._call_until_stopped(stop, "getUpdates", {"timeout": str(int(poll_timeout))},
                                                        timeout=poll_timeout + 10)
                if result is _STOPPED:
                    break
            except AuthError:
                raise  # polling cannot work: one line (bots.run), not a warning a minute
            except PermanentError as exc:
                if getattr(exc, "code", None) == 408:  # the long poll ended without updates
                    continue
                failures += 1
                log.warning("zalo-bot: polling failed: %s", exc)
            except TransientError as exc:
                failures += 1
                log.warning("zalo-bot: polling failed: %s", exc)
            else:
                if failures:
                    failures = 0
                    await self.courier.flush_if_pending()
                for update in unwrap({"result": result} if result is not None else {}):
                    run = self.order.reserve(self.chat_of(update))
                    task = asyncio.ensure_future(run(functools.partial(self.handle_update, update)))
                    answering.add(task)
                    task.add_done_callback(answering.discard)
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


# Polling needs the token; the webhook route also checks the secret token. Zalo wants a 200 within 2 s: updates
# wait in the inbox.
register(Platform(PLATFORM, needs={"polling": ("zalo_bot_token",),
                                   "webhook": ("zalo_bot_token", "zalo_bot_webhook_secret")},
                  inbox=True, transport=ZaloBotTransport))
