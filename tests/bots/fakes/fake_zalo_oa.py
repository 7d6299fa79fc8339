"""A stand-in Zalo Official Account platform: the OA API, the OAuth token endpoint, and the
webhook caller that signs events the way Zalo does.

- ``POST /v3.0/oa/message/cs`` (header ``access_token``, JSON recipient/message) answers
  ``{"error": 0, ...}``, or ``{"error": -216}`` when the token is not the current one.
- ``POST /v4/oa/access_token`` (header ``secret_key``; form app_id, grant_type=refresh_token,
  refresh_token) rotates both tokens; a spent or unknown refresh token is refused.
- ``deliver`` POSTs an event to the bot's webhook with
  ``X-ZEvent-Signature: mac=sha256(app_id + body + timestamp + OA secret key)``.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import threading
import time

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse

from fakes.server import Fault, FakeServer, request_params

APP_ID = "2815430991648562345"
OA_SECRET_KEY = "oa-secret-KEY-1234"
APP_SECRET_KEY = "app-secret-KEY-5678"
OA_ID = "388613280878808645"


class FakeZaloOA(FakeServer):
    def __init__(self, *, app_id: str = APP_ID, oa_secret: str = OA_SECRET_KEY, app_secret: str = APP_SECRET_KEY,
                 access_token: str = "access-0", refresh_token: str = "refresh-0") -> None:
        super().__init__()
        self.app_id, self.oa_secret, self.app_secret = app_id, oa_secret, app_secret
        self.access_token: str | None = access_token
        self.refresh_token = refresh_token
        self._generation = itertools.count(1)
        self._msg_ids = itertools.count(1)
        self._state_lock = threading.Lock()

        @self.app.post("/v3.0/oa/message/cs")
        async def message_cs(request: Request):
            params, raw = await request_params(request)
            fault = self._take_fault("message/cs")
            rec = self.record("message/cs", params, dict(request.headers), raw, fault)
            if fault is not None:
                status, headers = await self.apply_fault(fault)
                rec.status = status
                return JSONResponse(fault.body or {"error": -1, "message": "server error"}, status, headers=headers)
            if request.headers.get("access_token") != self.access_token or self.access_token is None:
                rec.api_error = -216
                return {"error": -216, "message": "Access token is invalid"}
            user_id = (params.get("recipient") or {}).get("user_id")
            text = (params.get("message") or {}).get("text")
            if not user_id or not isinstance(text, str) or not text or len(text) > 2000:
                rec.api_error = -201
                return {"error": -201, "message": "Parameters are invalid"}
            return {"data": {"message_id": f"m{next(self._msg_ids):06d}", "user_id": user_id},
                    "error": 0, "message": "Success"}

        @self.app.post("/v4/oa/access_token")
        async def access_token(request: Request):
            params, raw = await request_params(request)
            fault = self._take_fault("access_token")
            rec = self.record("access_token", params, dict(request.headers), raw, fault)
            if fault is not None:
                status, headers = await self.apply_fault(fault)
                rec.status = status
                return JSONResponse(fault.body or {"error": -1}, status, headers=headers)
            with self._state_lock:
                if (request.headers.get("secret_key") != self.app_secret or params.get("app_id") != self.app_id
                        or params.get("grant_type") != "refresh_token"
                        or params.get("refresh_token") != self.refresh_token):
                    rec.api_error = -14014
                    return {"error": -14014, "error_name": "Invalid refresh token",
                            "error_description": "Refresh token is invalid or has been used"}
                n = next(self._generation)
                self.access_token, self.refresh_token = f"access-{n}", f"refresh-{n}"
                return {"access_token": self.access_token, "refresh_token": self.refresh_token,
                        "expires_in": "90000"}

    def expire_access_token(self) -> None:
        """The current access token stops working (as after its 25 hours)."""
        with self._state_lock:
            self.access_token = f"unrevealed-{time.monotonic_ns()}"  # only a refresh hands out a valid one

    # -- webhook events -----------------------------------------------------------------------------
    def event(self, user_id: str, text: str, *, msg_id: str | None = None, event_name: str = "user_send_text") -> dict:
        timestamp = str(int(time.time() * 1000))
        message = {"text": text, "msg_id": msg_id or f"msg{time.monotonic_ns()}"}
        return {"app_id": self.app_id, "user_id_by_app": "552177279717587730", "event_name": event_name,
                "timestamp": timestamp, "sender": {"id": user_id}, "recipient": {"id": OA_ID}, "message": message}

    def sign(self, raw: bytes, timestamp: str, *, secret: str | None = None) -> str:
        secret = self.oa_secret if secret is None else secret
        return "mac=" + hashlib.sha256(self.app_id.encode() + raw + timestamp.encode() + secret.encode()).hexdigest()

    def deliver(self, url: str, event: dict, *, signature: str | None = "valid", raw: bytes | None = None) -> httpx.Response:
        """POST ``event`` to the webhook ``url``. ``signature``: "valid", None (no header), or a literal value."""
        body = raw if raw is not None else json.dumps(event, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if signature == "valid":
            headers["X-ZEvent-Signature"] = self.sign(body, str(event.get("timestamp", "")))
        elif signature is not None:
            headers["X-ZEvent-Signature"] = signature
        return httpx.post(url, content=body, headers=headers, timeout=30)

    # -- what the bot sent -------------------------------------------------------------------------
    def sent(self, user_id: str | None = None) -> list[dict]:
        return [r.params for r in self.calls("message/cs")
                if user_id is None or r.params["recipient"]["user_id"] == user_id]

    def sent_texts(self, user_id: str | None = None) -> list[str]:
        return [p["message"]["text"] for p in self.sent(user_id)]


__all__ = ["FakeZaloOA", "Fault", "APP_ID", "OA_SECRET_KEY", "APP_SECRET_KEY"]
