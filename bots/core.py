"""The bot core shared by every chat transport (Telegram, Zalo OA, Zalo Bot).

Transports only carry messages: they hand the core a chat id, a user id, the
text and the platform's update id, and send back what the core returns. The core
keeps one conversation per chat (per user in a group; so follow-ups work), drops
redelivered updates, rate-limits each user, turns bad input into a clear reply, says
that it reads text only when sent a photo or a sticker, and serves the "Nguồn"
(sources) view and 👍/👎 feedback (one vote per user and answer) from the same durable
store as the HTTP service.

Its methods are synchronous (answering is CPU-bound); async transports call them
with ``asyncio.to_thread``.
"""
from __future__ import annotations

import copy
import hashlib
import json
import logging
import threading
import time
import unicodedata

from assistant.config import Settings
from assistant.errors import InputError
from assistant.ratelimit import RateLimiter
from bots import messages
from bots.messages import Reply

log = logging.getLogger(__name__)

# An update without an id counts as a redelivery when the same content comes again this soon
# (at least this long, at most twice; see ``first_delivery_by_content``).
DEDUPE_WINDOW_S = 600

# Text commands understood on every platform (Zalo has no buttons or command menu).
_COMMANDS = {
    "start": "start", "bắt đầu": "start", "bat dau": "start", "xin chào": "start",
    "help": "help", "trợ giúp": "help", "tro giup": "help", "hướng dẫn": "help", "huong dan": "help",
    "nguồn": "sources", "nguon": "sources", "sources": "sources", "source": "sources",
    "👍": "up", "+1": "up", "👎": "down", "-1": "down",
}


def parse_command(text: str) -> str | None:
    """The command a message stands for ("start", "help", "sources", "up", "down"), or None for a question."""
    t = unicodedata.normalize("NFC", text or "").strip().casefold()
    t = t.replace("\ufe0f", "")  # emoji variation selector
    t = t.rstrip("!. ")
    if t.startswith("/"):
        words = t[1:].split("@", 1)[0].split(maxsplit=1)
        return _COMMANDS.get(words[0] if words else "", "help")  # an unknown /command gets the help text
    return _COMMANDS.get(t)


class BotCore:
    def __init__(self, assistant, store, settings: Settings):
        # ``assistant`` may be the HTTP service's AssistantHandle, which only forwards to
        # the Assistant once it has loaded: bind to the store lazily, at the first answer.
        self._source = assistant
        self._bound = None
        self.store = store
        self.settings = settings
        self.limiter = RateLimiter.from_settings(settings.bot_rate_limit_per_minute, settings, name="bot",
                                                 database=getattr(store, "db", None))
        # As many answers at once as the HTTP service computes (Settings.answer_worker_count): different chats
        # are answered side by side (one chat's updates are kept in order by bots.ordering), a slow one holding
        # up no other.
        self._answering = threading.BoundedSemaphore(settings.answer_worker_count)

    @property
    def assistant(self):
        """The assistant, answering within the store's conversations (raises if still loading)."""
        if self._bound is None:
            self._bound = _bound_to(self._source, self.store)
        return self._bound

    def ready(self) -> bool:
        """False while the assistant is still loading (a handle's ``ready``); plain Assistants are ready."""
        return bool(getattr(self._source, "ready", True))

    # -- delivery bookkeeping --------------------------------------------------------
    def first_delivery(self, platform: str, update_id: object) -> bool:
        """True the first time a platform delivers this update; False for a redelivery."""
        return self.store.mark_seen(platform, str(update_id))

    def first_delivery_by_content(self, platform: str, update: dict) -> bool:
        """For an update without an id: True unless the same update (by content hash) came recently.

        Time is cut into windows of DEDUPE_WINDOW_S; a first delivery marks its window and the
        next one, so a redelivery is recognised however close it falls to a window's end.
        """
        content = json.dumps(update, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")
        digest = hashlib.sha256(content).hexdigest()[:32]
        window = int(time.time() // DEDUPE_WINDOW_S)
        if not self.store.mark_seen(platform, f"sha256:{digest}:{window}"):
            log.info("%s: the same update (no id) came again; ignoring the redelivery", platform)
            return False
        self.store.mark_seen(platform, f"sha256:{digest}:{window + 1}")
        return True

    def _last_key(self, platform: str, chat_id: str) -> str:
        return f"bots:last-answer:{platform}:{chat_id}"

    # -- incoming text -----------------------------------------------------------------
    def _admitted(self, platform: str, user_id: str, update_id: object) -> tuple[bool, Reply | None]:
        """(go on, else what to say): not for a redelivery (nothing) or a user over the rate limit."""
        if update_id is not None and not self.first_delivery(platform, update_id):
            log.info("%s: update %s already handled, ignoring the redelivery", platform, update_id)
            return False, None
        decision = self.limiter.check(f"{platform}:{user_id}")
        if not decision.allowed:
            log.info("%s: user %s is over the rate limit", platform, user_id)
            return False, (Reply("rate_limited", messages.rate_limited(decision.retry_after_s))
                           if decision.notify else None)
        return True, None

    def handle_text(self, platform: str, chat_id: object, user_id: object, text: object, *,
                    update_id: object = None, language: str | None = None, buttons: bool = True) -> Reply | None:
        """What to answer to one incoming text message; None means: send nothing.

        ``chat_id`` names the conversation (a group's transport passes one per user); ``update_id`` (when
        given) dedupes redeliveries; ``language`` is the user's interface language if the platform knows it
        (only used for fixed phrases).
        """
        chat_id, user_id = str(chat_id), str(user_id)
        go_on, instead = self._admitted(platform, user_id, update_id)
        if not go_on:
            return instead
        command = parse_command(text) if isinstance(text, str) and len(text) < 100 else None
        if command == "start":
            return Reply("greeting", messages.greeting(language), language=language or "vi")
        if command == "help":
            return Reply("help", messages.help_text(language, buttons), language=language or "vi")
        if command == "sources":
            return self.sources(platform, chat_id)
        if command in ("up", "down"):
            return self.feedback(platform, chat_id, None, 1 if command == "up" else -1, user_id=user_id)
        return self.answer(platform, chat_id, text)

    def handle_not_text(self, platform: str, chat_id: object, user_id: object, *, update_id: object = None,
                        language: str | None = None) -> Reply | None:
        """A photo, sticker, file or voice message: the bot reads text only, and says so (rather than nothing)."""
        go_on, instead = self._admitted(platform, str(user_id), update_id)
        if not go_on:
            return instead
        return Reply("help", messages.text_only(language), language=language or "vi")

    def answer(self, platform: str, chat_id: str, text: object) -> Reply:
        """Answer a question within the chat's conversation; errors become a clear reply."""
        try:
            conversation_id = self.store.conversation_for_chat(platform, chat_id)
            with self._answering:
                result = self.assistant.ask(text, conversation_id)
        except InputError as exc:
            return Reply("error", str(exc))
        except Exception as exc:
            if type(exc).__name__ == "NotReady":  # the HTTP service's assistant is still loading
                return Reply("error", messages.starting())
            log.exception("%s: answering failed for chat %s", platform, chat_id)
            return Reply("error", messages.internal_error())
        try:
            self.store.kv_set(self._last_key(platform, chat_id), result.message_id)
        except Exception:  # the answer still goes out; only "nguồn"/👍 by text lose their target
            log.exception("%s: could not remember the last answer of chat %s", platform, chat_id)
        a = result.answer
        log.info("%s: answered chat %s (grounded=%s)", platform, chat_id, a.grounded)
        return Reply("answer", a.answer, language=a.language, message_id=result.message_id,
                     citations=list(a.citations), grounded=a.grounded)

    # -- sources and feedback ------------------------------------------------------------
    def _own_message(self, platform: str, chat_id: str, message_id: str | None):
        """(message_id, Turn) of an answer given in this chat, or None."""
        if message_id is None:
            message_id = self.store.kv_get(self._last_key(platform, chat_id))
            if message_id is None:
                return None
        found = self.store.get_message(message_id)
        if found is None:
            return None
        conversation_id, turn = found
        if conversation_id != self.store.conversation_for_chat(platform, chat_id):
            log.warning("%s: chat %s asked about message %s of another chat", platform, chat_id, message_id)
            return None
        return message_id, turn

    def _own_or_error(self, platform: str, chat_id: str, message_id: str | None):
        """``_own_message``, or the error Reply to send when there is no such answer in this chat."""
        own = self._own_message(platform, chat_id, message_id)
        if own is None:
            return Reply("error", messages.no_answer_yet() if message_id is None else messages.unknown_answer())
        return own

    def sources(self, platform: str, chat_id: object, message_id: str | None = None) -> Reply:
        """The "Nguồn" view: each citation's title, "mục <section>" and quote."""
        own = self._own_or_error(platform, str(chat_id), message_id)
        if isinstance(own, Reply):
            return own
        message_id, turn = own
        answer = turn.answer
        if not answer.citations:
            return Reply("error", messages.no_citations(answer.language), language=answer.language)
        return Reply("sources", language=answer.language, message_id=message_id,
                     citations=list(answer.citations), grounded=answer.grounded)

    def feedback(self, platform: str, chat_id: object, message_id: str | None, rating: int, *,
                 user_id: object = None) -> Reply:
        """Store 👍 (+1) or 👎 (-1) for an answer of this chat (the last one if no id): one vote per user and
        answer, a new one replacing the user's earlier vote."""
        if rating not in (1, -1):
            raise ValueError("rating must be +1 or -1")
        own = self._own_or_error(platform, str(chat_id), message_id)
        if isinstance(own, Reply):
            return own
        message_id, turn = own
        try:
            self.store.add_feedback(message_id, rating, source=platform,
                                    voter=None if user_id is None else f"{platform}:{user_id}")
        except KeyError:
            return Reply("error", messages.unknown_answer(turn.answer.language))
        return Reply("feedback", messages.thanks_for_feedback(rating, turn.answer.language),
                     language=turn.answer.language, message_id=message_id)


def _bound_to(assistant, store):
    """The assistant, answering within ``store``'s conversations.

    Chats map to conversation ids in the bots' durable store, so the assistant must
    read history from and append turns to that same store; a shallow copy shares the
    loaded index and model.
    """
    if getattr(assistant, "conversations", None) is store:
        return assistant
    bound = copy.copy(assistant)
    bound.conversations = store
    return bound
