"""Telegram transport, on python-telegram-bot v22.

Polling (``run_polling``) is the quick start; in production the FastAPI app's
``POST /webhooks/telegram`` route (bots.webhooks) verifies the secret token and
hands each update to ``process_update``. Either way the same handlers run: commands
(an unknown one gets the help text), questions, new or edited (answered in a worker
thread), photos and stickers (the bot reads text only, it says), and inline buttons
for the sources view and 👍/👎 whose callback data carry only ids (≤ 64 bytes). In a
group the bot answers only what is meant for it (a command, a mention, a reply to
it), and each member has their own conversation.
Replies are HTML, escaped, ≤ 4096 characters each; what cannot be sent after
retries waits in the outbox.
"""
from __future__ import annotations

import asyncio
import datetime as dtm
import hashlib
import logging
import re
import warnings
from typing import Awaitable, Callable, TypeVar

from telegram import (InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, ReplyParameters,
                      Update)
from telegram.constants import ChatAction, ParseMode
from telegram.error import (BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, RetryAfter,
                            TelegramError, TimedOut)
from telegram.ext import (Application, ApplicationHandlerStop, BaseUpdateProcessor, CallbackQueryHandler,
                          ContextTypes, MessageHandler, TypeHandler, filters)

from bots import formatting, groups, messages
from bots.core import BotCore
from bots.delivery import Courier
from bots.http_client import AuthError, DeliveryFailed, PermanentError, RetryPolicy, TransientError, retrying
from bots.messages import Reply
from bots.ordering import ChatOrder
from bots.outbox import Outbox
from bots.platforms import NotConfigured, Platform, register, require

log = logging.getLogger(__name__)
T = TypeVar("T")

PLATFORM = "telegram"
CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit for callback_data
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]  # an edited question is answered again
GROUPS = ("group", "supergroup")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what setWebhook accepts as secret_token



async def telegram_call(call: Callable[[], Awaitable[T]], policy: RetryPolicy, what: str) -> T:
    """Run a Bot API call with retries: 429 (retry_after), 5xx and timeouts are transient."""

    async def once() -> T:
        try:
            return await call()
        except RetryAfter as exc:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ra = exc.retry_after
            seconds = ra.total_seconds() if isinstance(ra, dtm.timedelta) else float(ra)
            raise TransientError(f"rate limited, retry after {seconds:g}s", seconds) from exc
        except TimedOut as exc:
            raise TransientError(f"timed out: {exc.message}") from exc
        except InvalidToken:  # its message may hold the token: nothing of it goes on, not even as the cause
            raise AuthError(f"{what}: Telegram refused the bot token (401 Unauthorized): check QNA_TELEGRAM_TOKEN "
                            "(the token @BotFather gave)") from None
        except (BadRequest, Forbidden, ChatMigrated) as exc:
            raise PermanentError(f"{what}: {type(exc).__name__}: {exc.message}") from exc
        except NetworkError as exc:  # 5xx, 429 without retry_after, connection errors
            raise TransientError(f"{type(exc).__name__}: {exc.message}") from exc
        except TelegramError as exc:
            raise PermanentError(f"{what}: {type(exc).__name__}: {exc.message}") from exc

    return await retrying(once, policy, what)


def _polling_failed(exc: TelegramError) -> None:
    """A failed getUpdates, which python-telegram-bot tries again with a growing pause: one line, not its
    traceback."""
    log.warning("telegram: getting updates failed (%s: %s); retrying", type(exc).__name__, exc.message)


def chat_of(update: object) -> int | None:
    """The chat an update belongs to (its line in ``ChatOrder``), or None."""
    chat = update.effective_chat if isinstance(update, Update) else None
    return chat.id if chat is not None else None


class ChatOrderedUpdates(BaseUpdateProcessor):
    """The polling application's update processor: a chat's updates one after another in the order they came,
    different chats side by side (python-telegram-bot's default runs every update of every chat in turn)."""

    def __init__(self, order: ChatOrder, max_concurrent_updates: int = 256):
        super().__init__(max_concurrent_updates)
        self._order = order

    async def do_process_update(self, update: object, coroutine: Awaitable) -> None:
        await self._order.run(chat_of(update), lambda: coroutine)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


class TelegramTransport:
    def __init__(self, settings, core: BotCore, outbox: Outbox, policy: RetryPolicy | None = None):
        require(settings, PLATFORM, "polling")  # the token; the webhook route checks its secret itself
        self.settings = settings
        self.core = core
        self.policy = policy or RetryPolicy.from_settings(settings)
        self.courier = Courier(PLATFORM, outbox, self._send)
        self.order = ChatOrder()  # webhook and polling alike
        self.application = self._build_application()
        self._ready = False
        self._ready_lock: asyncio.Lock | None = None

    # -- the python-telegram-bot application -----------------------------------------------
    def _build_application(self) -> Application:
        t = self.policy.timeout_s
        app = (
            Application.builder()
            .token(self.settings.telegram_token)
            .base_url(self.settings.telegram_base_url)
            .connect_timeout(t).read_timeout(t).write_timeout(t).pool_timeout(t)
            .concurrent_updates(ChatOrderedUpdates(self.order))
            .build()
        )
        app.add_handler(TypeHandler(Update, self._dedupe), group=-1)
        # every text, new or edited, commands too (an unknown one gets the help text: bots.core.parse_command)
        app.add_handler(MessageHandler(filters.TEXT, self._on_text))
        app.add_handler(MessageHandler(filters.ATTACHMENT, self._on_not_text))  # photos, stickers, files, voice
        app.add_handler(CallbackQueryHandler(self._on_callback))
        app.add_error_handler(self._on_error)
        return app

    @property
    def bot(self):
        return self.application.bot

    async def ensure_ready(self) -> None:
        """Initialise the application once (calls getMe), network errors retried: AuthError naming
        QNA_TELEGRAM_TOKEN when Telegram refuses the token, DeliveryFailed when it cannot be reached (one line
        each, without the token)."""
        if self._ready:
            return
        if self._ready_lock is None:
            self._ready_lock = asyncio.Lock()
        async with self._ready_lock:
            if not self._ready:
                await telegram_call(self.application.initialize, self.policy, "telegram getMe")
                self._ready = True

    async def check(self) -> None:
        """The token works and Telegram answers (``ensure_ready``): checked before the assistant loads."""
        await self.ensure_ready()

    async def aclose(self) -> None:
        if self._ready:
            self._ready = False
            await self.application.shutdown()

    # -- webhook mode -----------------------------------------------------------------------
    def parse_update(self, data: dict) -> Update:
        """The update in ``data``; ValueError if it is not a Telegram update."""
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            raise ValueError("not a Telegram update: an object with an integer update_id is required")
        try:
            return Update.de_json(data, self.bot)
        except Exception as exc:
            raise ValueError(f"not a Telegram update: {exc}") from exc

    def process_in_order(self, update: Update) -> Callable[[], Awaitable[None]]:
        """Take the update's place in its chat's line now (as it arrives); the returned call processes it
        there, after the chat's earlier updates (the webhook route runs it in the background)."""
        run = self.order.reserve(chat_of(update))
        return lambda: run(lambda: self.process_update(update))

    async def process_update(self, update: Update) -> None:
        """Run the handlers for one update."""
        try:
            await self.ensure_ready()
            await self.application.process_update(update)
        except (AuthError, DeliveryFailed) as exc:  # one line, without the token
            log.error("telegram: update %s not processed: %s", update.update_id, exc)
        except Exception:
            log.exception("telegram: processing update %s failed", update.update_id)

    async def set_webhook(self, url: str) -> None:
        """Register ``url`` with Telegram, with the secret token it must echo back."""
        secret = self.settings.telegram_webhook_secret
        if not _SECRET_TOKEN.match(secret or ""):
            raise NotConfigured("QNA_TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -.")
        await self.ensure_ready()
        await telegram_call(lambda: self.bot.set_webhook(url=url, secret_token=secret, allowed_updates=ALLOWED_UPDATES),
                            self.policy, "telegram setWebhook")

    # -- polling mode -----------------------------------------------------------------------
    async def run_polling(self, stop: asyncio.Event, *, poll_timeout: float = 10.0, flush_every_s: float = 60.0) -> None:
        """Poll getUpdates until ``stop`` is set (deletes any webhook first, as Telegram requires)."""
        app = self.application
        await self.ensure_ready()  # a refused token or an unreachable API: one clear error, before polling starts
        async with app:
            self._ready = True
            await app.updater.start_polling(timeout=int(poll_timeout), allowed_updates=ALLOWED_UPDATES,
                                            bootstrap_retries=5, error_callback=_polling_failed)
            await app.start()
            log.info("telegram: polling as @%s", app.bot.username)
            try:
                await self.courier.flush_if_pending()
                while not stop.is_set():
                    try:
                        await asyncio.wait_for(stop.wait(), flush_every_s)
                    except asyncio.TimeoutError:
                        await self.courier.flush_if_pending()
            finally:
                await app.updater.stop()
                await app.stop()
                self._ready = False

    # -- handlers -----------------------------------------------------------------------------
    async def _dedupe(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await asyncio.to_thread(self.core.first_delivery, PLATFORM, update.update_id):
            log.info("telegram: update %s already handled, ignoring the redelivery", update.update_id)
            raise ApplicationHandlerStop

    def _addressed(self, message) -> str | None:
        """A group message's text if it is meant for the bot — a command (to it), a mention of it (taken out),
        a reply to one of its messages — else None: the group's other talk is not the bot's business."""
        me = self.bot.username or ""
        entities = message.parse_entities(["bot_command", "mention", "text_mention"]).items()
        command = next((value for entity, value in entities if entity.type == "bot_command" and entity.offset == 0),
                       None)
        mention = next((value for entity, value in entities
                        if (entity.type == "mention" and value[1:].casefold() == me.casefold())
                        or (entity.type == "text_mention" and entity.user and entity.user.id == self.bot.id)), None)
        return groups.meant_for_bot(message.text or "", command=command, my_names=(me,), mention=mention,
                                    replies_to_bot=self._replies_to_me(message))

    def _replies_to_me(self, message) -> bool:
        replied = message.reply_to_message
        return bool(replied and replied.from_user and replied.from_user.id == self.bot.id)

    @staticmethod
    def _conversation(chat, user_id: object) -> str:
        return groups.conversation(chat.id, user_id, chat.type in GROUPS)

    async def _on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if message is None or chat is None:
            return
        text = self._addressed(message) if chat.type in GROUPS else (message.text or "")
        if text is None:
            return
        await self._typing(chat.id)
        user_id = user.id if user else chat.id
        reply = await asyncio.to_thread(
            self.core.handle_text, PLATFORM, self._conversation(chat, user_id), user_id, text,
            language=user.language_code if user else None, buttons=True,
        )
        if reply is not None:
            await self.send_reply(chat.id, reply, reply_to=message.message_id if chat.type != "private" else None)

    async def _on_not_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A photo, sticker, file…: say the bot reads text only (in a group, only to a reply to the bot)."""
        message, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if message is None or chat is None or (chat.type in GROUPS and not self._replies_to_me(message)):
            return
        user_id = user.id if user else chat.id
        reply = await asyncio.to_thread(self.core.handle_not_text, PLATFORM, self._conversation(chat, user_id),
                                        user_id, language=user.language_code if user else None)
        if reply is not None:
            await self.send_reply(chat.id, reply, reply_to=message.message_id if chat.type != "private" else None)

    async def _typing(self, chat_id: int) -> None:
        try:
            await self.bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError:
            pass  # only a courtesy

    async def _on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        chat_id = query.message.chat.id if query.message else query.from_user.id
        conversation = str(chat_id)
        if query.message and query.message.chat.type in GROUPS:  # the asker's conversation: the answer replied to them
            asked = query.message.reply_to_message
            conversation = self._conversation(query.message.chat,
                                              asked.from_user.id if asked and asked.from_user else query.from_user.id)
        action = self.parse_callback_data(query.data or "")
        if action is None:
            await self._answer_query(query, messages.unknown_answer())
            return
        kind, rating, message_id = action
        if kind == "src":
            reply = await asyncio.to_thread(self.core.sources, PLATFORM, conversation, message_id)
            if reply.kind == "sources":
                await self._answer_query(query, None)
                await self.send_reply(chat_id, reply)
            else:
                await self._answer_query(query, reply.text)
        else:
            reply = await asyncio.to_thread(self.core.feedback, PLATFORM, conversation, message_id, rating,
                                            user_id=query.from_user.id)
            await self._answer_query(query, reply.text)

    async def _answer_query(self, query, text: str | None) -> None:
        """Acknowledge a button press (a toast); callback queries expire, so this is not kept for later."""
        try:
            await telegram_call(lambda: query.answer(text=text[:200] if text else None), self.policy,
                                "telegram answerCallbackQuery")
        except (TransientError, PermanentError) as exc:
            log.warning("telegram: could not answer a callback query: %s", exc)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("telegram: a handler failed for update %r", getattr(update, "update_id", update),
                  exc_info=context.error)

    # -- buttons --------------------------------------------------------------------------------
    def callback_data(self, prefix: str, message_id: str) -> str:
        """``prefix:message_id`` if that fits in 64 bytes, else a short alias kept in the store."""
        data = f"{prefix}:{message_id}"
        if len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
            return data
        alias = hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:24]
        self.core.store.kv_set(f"bots:telegram-callback:{alias}", message_id)
        return f"{prefix}:~{alias}"

    def parse_callback_data(self, data: str) -> tuple[str, int, str] | None:
        """(kind "src" or "fb", rating, message_id) from callback data, or None if unknown."""
        if data.startswith("src:"):
            kind, rating, ref = "src", 0, data[4:]
        elif data.startswith("fb:+:") or data.startswith("fb:-:"):
            kind, rating, ref = "fb", 1 if data[3] == "+" else -1, data[5:]
        else:
            return None
        if ref.startswith("~"):
            resolved = self.core.store.kv_get(f"bots:telegram-callback:{ref[1:]}")
            if resolved is None:
                return None
            ref = resolved
        return (kind, rating, ref) if ref else None

    def keyboard(self, reply: Reply) -> InlineKeyboardMarkup | None:
        if reply.kind != "answer" or not reply.message_id:
            return None
        mid = reply.message_id
        feedback_row = [InlineKeyboardButton("👍", callback_data=self.callback_data("fb:+", mid)),
                        InlineKeyboardButton("👎", callback_data=self.callback_data("fb:-", mid))]
        rows = [feedback_row]
        if reply.citations:
            label = f"📄 {messages.sources_label(reply.language)}"
            rows.insert(0, [InlineKeyboardButton(label, callback_data=self.callback_data("src", mid))])
        return InlineKeyboardMarkup(rows)

    # -- sending ---------------------------------------------------------------------------------
    def payloads(self, chat_id: int | str, reply: Reply, reply_to: int | None = None) -> list[dict]:
        """The sendMessage calls for a reply: HTML chunks, the buttons under the last one."""
        chunks = formatting.telegram_messages(messages.blocks(reply, buttons=True))
        out = [{"chat_id": chat_id, "text": chunk, "parse_mode": ParseMode.HTML.value} for chunk in chunks]
        if out and reply_to is not None:
            out[0]["reply_to"] = reply_to
        markup = self.keyboard(reply)
        if out and markup is not None:
            out[-1]["reply_markup"] = markup.to_dict()
        return out

    async def send_reply(self, chat_id: int | str, reply: Reply, reply_to: int | None = None) -> bool:
        return await self.courier.deliver(chat_id, self.payloads(chat_id, reply, reply_to))

    async def _send(self, payload: dict) -> None:
        await self.ensure_ready()
        markup = payload.get("reply_markup")
        reply_to = payload.get("reply_to")
        await telegram_call(
            lambda: self.bot.send_message(
                chat_id=payload["chat_id"],
                text=payload["text"],
                parse_mode=payload.get("parse_mode"),
                reply_markup=InlineKeyboardMarkup.de_json(markup, self.bot) if markup else None,
                reply_parameters=(ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
                                  if reply_to else None),
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            ),
            self.policy,
            "telegram sendMessage",
        )


# Polling needs the token; the webhook route also checks the secret token Telegram echoes back. Telegram keeps an
# update it could not deliver and retries it, so its updates are answered 503 while loading, not kept in the inbox.
register(Platform(PLATFORM, needs={"polling": ("telegram_token",),
                                   "webhook": ("telegram_token", "telegram_webhook_secret")},
                  inbox=False, transport=TelegramTransport))
