"""A stand-in Telegram Bot API server: ``/bot<token>/<method>`` as python-telegram-bot calls it.

It answers getMe, sendMessage, sendChatAction, answerCallbackQuery, editMessageText,
editMessageReplyMarkup, getUpdates (long polling with offsets), setWebhook,
deleteWebhook and getWebhookInfo in Telegram's JSON shapes, records every call,
and delivers updates the way Telegram does: queued for getUpdates, or POSTed to the
registered webhook with the ``X-Telegram-Bot-Api-Secret-Token`` header.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse

from fakes.server import Fault, FakeServer, request_params

TOKEN = "123456:AAH-test_token_for_the_fake"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Trợ lý CCHC", "username": "qna_cchc_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
_JSON_PARAMS = {"reply_markup", "allowed_updates", "entities", "reply_parameters", "link_preview_options"}
_INT_PARAMS = {"offset", "limit", "timeout", "message_id", "chat_id"}


def _decode(params: dict) -> dict:
    """PTB sends form fields whose non-string values are JSON-encoded: decode those."""
    out = dict(params)
    for key, value in params.items():
        if key in _JSON_PARAMS and isinstance(value, str):
            out[key] = json.loads(value)
        elif key in _INT_PARAMS and isinstance(value, str) and value.lstrip("-").isdigit():
            out[key] = int(value)
    return out


class FakeTelegram(FakeServer):
    def __init__(self, token: str = TOKEN) -> None:
        super().__init__()
        self.token = token
        self.webhook: dict | None = None
        self.allowed_updates: list[str] | None = None  # as setWebhook or getUpdates last asked; None: Telegram's default
        self._updates: list[dict] = []
        self._update_ids = itertools.count(10_001)
        self._message_ids = itertools.count(500)
        self._updates_lock = threading.Lock()

        @self.app.api_route("/bot{token}/{method}", methods=["GET", "POST"])
        async def call(token: str, method: str, request: Request):
            params, raw = await request_params(request)
            params = _decode(params)
            fault = self._take_fault(method)
            rec = self.record(method, params, dict(request.headers), raw, fault)
            if token != self.token:
                rec.status = 401
                return JSONResponse({"ok": False, "error_code": 401, "description": "Unauthorized"}, 401)
            if fault is not None:
                status, headers = await self.apply_fault(fault)
                rec.status = status
                body = fault.body or {"ok": False, "error_code": status, "description": _describe(status)}
                if fault.retry_after is not None:
                    body.setdefault("parameters", {"retry_after": fault.retry_after})
                    body["description"] = f"Too Many Requests: retry after {fault.retry_after}"
                return JSONResponse(body, status, headers=headers)
            handler = getattr(self, f"_m_{method}", None)
            if handler is None:
                rec.status = 404
                return JSONResponse({"ok": False, "error_code": 404, "description": "Not Found"}, 404)
            result = handler(params)
            if asyncio.iscoroutine(result):
                result = await result
            if isinstance(result, JSONResponse):
                rec.status = result.status_code
                return result
            return {"ok": True, "result": result}

    @property
    def base_url(self) -> str:
        """What ``settings.telegram_base_url`` should be: PTB appends the token."""
        return f"{self.url}/bot"

    # -- API methods ------------------------------------------------------------------------
    def _m_getMe(self, p):
        return BOT_USER

    def _m_sendMessage(self, p):
        text = p.get("text", "")
        if not text:
            return JSONResponse({"ok": False, "error_code": 400, "description": "Bad Request: message text is empty"}, 400)
        if len(text.encode("utf-16-le")) // 2 > 4096:
            return JSONResponse({"ok": False, "error_code": 400, "description": "Bad Request: message is too long"}, 400)
        return {"message_id": next(self._message_ids), "date": int(time.time()), "from": BOT_USER,
                "chat": {"id": p["chat_id"], "type": "private"}, "text": text}

    def _m_sendChatAction(self, p):
        return True

    def _m_answerCallbackQuery(self, p):
        return True

    def _m_editMessageText(self, p):
        return {"message_id": p.get("message_id", 1), "date": int(time.time()), "from": BOT_USER,
                "chat": {"id": p.get("chat_id", 0), "type": "private"}, "text": p.get("text", "")}

    _m_editMessageReplyMarkup = _m_editMessageText

    def _m_setWebhook(self, p):
        self.webhook = {"url": p["url"], "secret_token": p.get("secret_token")}
        self.allowed_updates = p.get("allowed_updates", self.allowed_updates)
        return True

    def _m_deleteWebhook(self, p):
        self.webhook = None
        return True

    def _m_getWebhookInfo(self, p):
        return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    async def _m_getUpdates(self, p):
        if self.webhook:
            return JSONResponse({"ok": False, "error_code": 409,
                                 "description": "Conflict: can't use getUpdates method while webhook is active"}, 409)
        self.allowed_updates = p.get("allowed_updates", self.allowed_updates)
        offset = int(p.get("offset") or 0)
        limit = int(p.get("limit") or 100)
        wait = min(float(p.get("timeout") or 0), 1.0)
        deadline = time.monotonic() + wait
        while True:
            with self._updates_lock:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]  # confirmed ones go
                ready = [u for u in self._updates if self.allowed(u)][:limit]
            if ready or time.monotonic() >= deadline:
                return ready
            await asyncio.sleep(0.05)

    # -- delivering updates ----------------------------------------------------------------------
    def message_update(self, chat_id: int, text: str | None, *, user_id: int | None = None, language_code: str = "vi",
                       chat_type: str = "private", update_id: int | None = None, reply_to: dict | None = None,
                       edit_of: dict | None = None, photo: bool = False) -> dict:
        """A user's message as Telegram sends it: commands and mentions of the bot carry their entities;
        ``reply_to`` (a message) makes it a reply; ``edit_of`` (an earlier update) makes it that message edited;
        ``photo`` makes it a photo (``text`` its caption)."""
        user = {"id": user_id or chat_id, "is_bot": False, "first_name": "Lan", "language_code": language_code}
        message = {"message_id": edit_of["message"]["message_id"] if edit_of else next(self._message_ids),
                   "date": int(time.time()), "from": user,
                   "chat": {"id": chat_id, "type": chat_type, **({"first_name": "Lan"} if chat_type == "private"
                                                                    else {"title": "CCHC"})}}
        if photo:
            message["photo"] = [{"file_id": "AgAD-photo", "file_unique_id": "u1", "width": 90, "height": 90}]
            if text:
                message["caption"] = text
        else:
            message["text"] = text
            entities = []
            if text.startswith("/"):
                entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
            mention = "@" + BOT_USER["username"]
            if mention in text:
                offset = len(text[:text.index(mention)].encode("utf-16-le")) // 2
                entities.append({"type": "mention", "offset": offset, "length": len(mention)})
            if entities:
                message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if edit_of is not None:
            message["edit_date"] = int(time.time())
        return {"update_id": update_id or next(self._update_ids), ("edited_message" if edit_of else "message"): message}

    def bot_message(self, chat_id: int, text: str = "…", chat_type: str = "group") -> dict:
        """A message the bot sent in a chat (what a user's reply replies to)."""
        return {"message_id": next(self._message_ids), "date": int(time.time()), "from": BOT_USER,
                "chat": {"id": chat_id, "type": chat_type, "title": "CCHC"}, "text": text}

    def allowed(self, update: dict) -> bool:
        """Whether Telegram would deliver this update under the allowed_updates the bot asked for (by default
        every kind but a few the bot must ask for by name, none of which the tests send)."""
        kinds = [k for k in update if k != "update_id"]  # none: a malformed body a test sends as it is
        return not (self.allowed_updates and kinds) or kinds[0] in self.allowed_updates

    def callback_update(self, chat_id: int, data: str, *, user_id: int | None = None, chat_type: str = "private",
                        replied_to: dict | None = None) -> dict:
        """A button press under a bot message in ``chat_id``; ``replied_to``: the user message that bot message
        answered (in a group the bot's answers reply to the question)."""
        user = {"id": user_id or chat_id, "is_bot": False, "first_name": "Lan", "language_code": "vi"}
        message = {"message_id": 1, "date": int(time.time()), "from": BOT_USER,
                   "chat": {"id": chat_id, "type": chat_type, **({"title": "CCHC"} if chat_type != "private" else {})},
                   "text": "…"}
        if replied_to is not None:
            message["reply_to_message"] = replied_to
        return {"update_id": next(self._update_ids),
                "callback_query": {"id": str(next(self._message_ids)), "from": user, "chat_instance": "ci-1",
                                   "data": data, "message": message}}

    def deliver(self, update: dict, *, secret: str | None = "registered", raw: bytes | None = None) -> httpx.Response | None:
        """Deliver like Telegram: POST to the webhook if one is set, else queue for getUpdates.

        ``secret``: "registered" sends the secret given to setWebhook; None sends no header;
        any other string is sent as is (a forged request).
        """
        if self.webhook is None:
            with self._updates_lock:
                self._updates.append(update)
            return None
        if raw is None and not self.allowed(update):
            return None  # Telegram keeps to itself what the bot did not ask for
        headers = {"Content-Type": "application/json"}
        token = self.webhook.get("secret_token") if secret == "registered" else secret
        if token is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        body = raw if raw is not None else json.dumps(update, ensure_ascii=False).encode("utf-8")
        return httpx.post(self.webhook["url"], content=body, headers=headers, timeout=30)

    # -- what the bot sent ---------------------------------------------------------------------------
    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        return [r.params["text"] for r in self.calls("sendMessage")
                if chat_id is None or r.params.get("chat_id") == chat_id]


def _describe(status: int) -> str:
    return {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}.get(status, f"Error {status}")


__all__ = ["FakeTelegram", "Fault", "TOKEN", "BOT_USER"]
