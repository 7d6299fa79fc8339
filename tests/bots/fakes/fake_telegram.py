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
        offset = int(p.get("offset") or 0)
        limit = int(p.get("limit") or 100)
        wait = min(float(p.get("timeout") or 0), 1.0)
        deadline = time.monotonic() + wait
        while True:
            with self._updates_lock:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]  # confirmed ones go
                ready = list(self._updates[:limit])
            if ready or time.monotonic() >= deadline:
                return ready
            await asyncio.sleep(0.05)

    # -- delivering updates ----------------------------------------------------------------------
    def message_update(self, chat_id: int, text: str, *, user_id: int | None = None, language_code: str = "vi",
                       chat_type: str = "private", update_id: int | None = None) -> dict:
        user = {"id": user_id or chat_id, "is_bot": False, "first_name": "Lan", "language_code": language_code}
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "from": user,
                   "chat": {"id": chat_id, "type": chat_type, **({"first_name": "Lan"} if chat_type == "private"
                                                                    else {"title": "CCHC"})},
                   "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return {"update_id": update_id or next(self._update_ids), "message": message}

    def callback_update(self, chat_id: int, data: str, *, user_id: int | None = None) -> dict:
        user = {"id": user_id or chat_id, "is_bot": False, "first_name": "Lan", "language_code": "vi"}
        return {"update_id": next(self._update_ids),
                "callback_query": {"id": str(next(self._message_ids)), "from": user, "chat_instance": "ci-1",
                                   "data": data,
                                   "message": {"message_id": 1, "date": int(time.time()), "from": BOT_USER,
                                               "chat": {"id": chat_id, "type": "private"}, "text": "…"}}}

    def deliver(self, update: dict, *, secret: str | None = "registered", raw: bytes | None = None) -> httpx.Response | None:
        """Deliver like Telegram: POST to the webhook if one is set, else queue for getUpdates.

        ``secret``: "registered" sends the secret given to setWebhook; None sends no header;
        any other string is sent as is (a forged request).
        """
        if self.webhook is None:
            with self._updates_lock:
                self._updates.append(update)
            return None
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
