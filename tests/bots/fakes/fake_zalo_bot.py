"""A stand-in Zalo Bot Platform API: ``POST /bot<token>/<method>`` with JSON bodies.

Answers getMe, sendMessage (1-2000 characters), sendChatAction, getUpdates (long
polling; one update per answer in ``result``, ``error_code`` 408 when none came),
setWebhook (secret 8-256 characters), deleteWebhook and getWebhookInfo in
``{"ok": ..., "result": ...}`` shapes, records every call, and delivers messages
either to getUpdates or to the registered webhook with ``X-Bot-Api-Secret-Token``.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections import deque

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse

from fakes.server import Fault, FakeServer, request_params

TOKEN = "1459232241454765289:zalo-bot-test-token"
BOT_NAME = "Trợ lý CCHC"  # getMe's display_name: a group member mentions the bot as "@Trợ lý CCHC"


class FakeZaloBot(FakeServer):
    def __init__(self, token: str = TOKEN) -> None:
        super().__init__()
        self.token = token
        self.webhook: dict | None = None
        self._queue: deque[dict] = deque()
        self._queue_lock = threading.Lock()
        self._ids = itertools.count(1)

        @self.app.post("/bot{token}/{method}")
        async def call(token: str, method: str, request: Request):
            params, raw = await request_params(request)
            fault = self._take_fault(method)
            rec = self.record(method, params, dict(request.headers), raw, fault)
            if token != self.token:
                rec.status = 401
                return JSONResponse({"ok": False, "error_code": 401, "description": "Unauthorized"}, 401)
            if fault is not None:
                status, headers = await self.apply_fault(fault)
                rec.status = status
                return JSONResponse(fault.body or {"ok": False, "error_code": status, "description": "error"},
                                    status, headers=headers)
            handler = getattr(self, f"_m_{method}", None)
            if handler is None:
                rec.status = 404
                return JSONResponse({"ok": False, "error_code": 404, "description": "Not Found"}, 404)
            body = handler(params)
            if asyncio.iscoroutine(body):
                body = await body
            if not body.get("ok"):
                rec.api_error = body.get("error_code")
            return body

    # -- API methods -----------------------------------------------------------------------------
    def _m_getMe(self, p):
        return {"ok": True, "result": {"id": "1459232241454765289", "account_name": "bot.CCHCtest",
                                       "display_name": BOT_NAME, "account_type": "BASIC", "can_join_groups": True}}

    def _m_sendMessage(self, p):
        text = p.get("text")
        if not p.get("chat_id") or not isinstance(text, str) or not 1 <= len(text) <= 2000:
            return {"ok": False, "error_code": 400, "description": "Bad Request: text must be 1-2000 characters"}
        return {"ok": True, "result": {"message_id": f"{next(self._ids):020x}", "date": int(time.time() * 1000)}}

    def _m_sendChatAction(self, p):
        return {"ok": True}

    def _m_setWebhook(self, p):
        secret = p.get("secret_token") or ""
        if not p.get("url") or not 8 <= len(secret) <= 256:
            return {"ok": False, "error_code": 400, "description": "Bad Request: url and secret_token required"}
        self.webhook = {"url": p["url"], "secret_token": secret}
        return {"ok": True, "result": {"url": p["url"], "updated_at": int(time.time() * 1000)}}

    def _m_deleteWebhook(self, p):
        self.webhook = None
        return {"ok": True, "result": {"url": "", "updated_at": int(time.time() * 1000)}}

    def _m_getWebhookInfo(self, p):
        return {"ok": True, "result": {"url": (self.webhook or {}).get("url", ""), "updated_at": 0}}

    async def _m_getUpdates(self, p):
        if self.webhook:
            return {"ok": False, "error_code": 409, "description": "Conflict: webhook is active"}
        wait = min(float(p.get("timeout") or 30), 1.0)
        deadline = time.monotonic() + wait
        while True:
            with self._queue_lock:
                if self._queue:
                    return {"ok": True, "result": self._queue.popleft()}
            if time.monotonic() >= deadline:
                return {"ok": False, "error_code": 408, "description": "Request timeout"}
            await asyncio.sleep(0.05)

    # -- delivering messages -------------------------------------------------------------------------
    def update(self, chat_id: str, text: str, *, message_id: str | None = None, user_id: str | None = None,
               event_name: str = "message.text.received", chat_type: str = "PRIVATE") -> dict:
        return {"event_name": event_name,
                "message": {"from": {"id": user_id or chat_id, "display_name": "Lan", "is_bot": False},
                            "chat": {"id": chat_id, "chat_type": chat_type}, "text": text,
                            "message_id": message_id or f"{time.monotonic_ns():x}", "date": int(time.time() * 1000)}}

    def deliver(self, update: dict, *, secret: str | None = "registered", wrapped: bool = False,
                raw: bytes | None = None) -> httpx.Response | None:
        """To the webhook if one is set (``secret`` as for FakeTelegram.deliver), else to getUpdates."""
        if self.webhook is None:
            with self._queue_lock:
                self._queue.append(update)
            return None
        headers = {"Content-Type": "application/json"}
        token = self.webhook["secret_token"] if secret == "registered" else secret
        if token is not None:
            headers["X-Bot-Api-Secret-Token"] = token
        payload = {"ok": True, "result": update} if wrapped else update
        body = raw if raw is not None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return httpx.post(self.webhook["url"], content=body, headers=headers, timeout=30)

    def sent_texts(self, chat_id: str | None = None) -> list[str]:
        return [r.params["text"] for r in self.calls("sendMessage")
                if chat_id is None or r.params.get("chat_id") == chat_id]


__all__ = ["BOT_NAME", "FakeZaloBot", "Fault", "TOKEN"]
