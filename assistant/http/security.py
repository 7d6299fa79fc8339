"""Protection for the public API: keys, a per-client rate limit, a body size cap, and logs without personal data.

Citizens type phone numbers and ID-card numbers into questions ("tôi ở số 0905 123 456…");
those must never reach a log file, so every question and every logged URL goes
through ``mask_personal`` first. The limits are applied to ``/v1`` routes (the API and
the page's calls); the health probes and the static page stay open.
"""
from __future__ import annotations

import hmac
import logging
import math
import re
import threading
import time
from typing import Callable

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("assistant.http")

# --------------------------------------------------------------------------------------
# Masking personal data
# --------------------------------------------------------------------------------------
MASK = "[đã ẩn]"
# A run of digits with at most one space, dot or dash between digits, optionally "+" first.
_DIGIT_RUN = re.compile(r"\+?(?<![\d])\d(?:[ .\-]?\d)*(?![\d])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _is_personal_number(run: str) -> bool:
    digits = re.sub(r"\D", "", run)
    n = len(digits)
    if n in (9, 12):  # CMND (9 digits), CCCD (12 digits)
        return True
    if digits.startswith("84") and run.lstrip().startswith(("+", "84")) and n in (11, 12):
        return True  # +84 905 123 456
    if digits.startswith("0") and n in (10, 11):  # 0905 123 456, 0255 3822 123
        return True
    return False


def mask_personal(text: str) -> str:
    """Replace phone numbers, 9/12-digit ID-card numbers and e-mail addresses with a mask."""
    if not text:
        return text
    text = _EMAIL.sub(MASK, text)
    return _DIGIT_RUN.sub(lambda m: MASK if _is_personal_number(m.group(0)) else m.group(0), text)


class PersonalDataFilter(logging.Filter):
    """Masks personal data in every record a handler emits (a second line of defence)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            return True
        masked = mask_personal(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


def log_question(kind: str, question: str, **fields) -> None:
    """Log that a question was asked, masked and shortened."""
    q = mask_personal(question)
    if len(q) > 200:
        q = q[:200] + "…"
    extra = " ".join(f"{k}={v}" for k, v in fields.items())
    log.info("%s q=%r %s", kind, q, extra)


# --------------------------------------------------------------------------------------
# API keys
# --------------------------------------------------------------------------------------
_bearer = HTTPBearer(auto_error=False, description="Khóa API (API key), khi máy chủ có cấu hình QNA_API_KEYS.")


def _matches(token: str, keys) -> bool:
    # compare against every key, in constant time each, so timing tells nothing
    found = False
    for key in keys:
        if key and hmac.compare_digest(token.encode(), key.encode()):
            found = True
    return found


def _valid_keys(settings) -> list[str]:
    keys = [k for k in settings.api_keys if k]
    if settings.admin_api_key:
        keys.append(settings.admin_api_key)
    return keys


def client_key(request: Request) -> str:
    """Who a request counts against for rate limiting: its valid API key, else its address."""
    settings = request.app.state.settings
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        token = auth[7:].strip()
        if token and _matches(token, _valid_keys(settings)):
            return "key:" + hmac.new(b"rl", token.encode(), "sha256").hexdigest()[:16]
    return "ip:" + (request.client.host if request.client else "unknown")


async def require_api_key(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """401 unless no keys are configured or the request carries one of them."""
    settings = request.app.state.settings
    if not settings.api_keys:
        return
    if creds is None or not _matches(creds.credentials, _valid_keys(settings)):
        raise HTTPException(
            status_code=401,
            detail="Thiếu hoặc sai khóa API: gửi 'Authorization: Bearer <khóa>' (missing or invalid API key).",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def require_admin(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """403 when no admin key is configured; 401 unless the request carries it."""
    settings = request.app.state.settings
    if not settings.admin_api_key:
        raise HTTPException(
            status_code=403,
            detail="Chức năng quản trị đang tắt: chưa cấu hình QNA_ADMIN_API_KEY (admin endpoints are disabled).",
        )
    if creds is None or not _matches(creds.credentials, [settings.admin_api_key]):
        raise HTTPException(
            status_code=401,
            detail="Cần khóa quản trị: 'Authorization: Bearer <khóa quản trị>' (admin API key required).",
            headers={"WWW-Authenticate": "Bearer"},
        )


# --------------------------------------------------------------------------------------
# Rate limit
# --------------------------------------------------------------------------------------
class RateLimiter:
    """A token bucket per client: ``per_minute`` requests a minute, bursts up to the same number."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.per_minute = per_minute
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, last update)
        self._lock = threading.Lock()
        self._last_prune = clock()

    def check(self, client: str) -> float:
        """Take one token; return 0 when allowed, else the seconds until the next token."""
        if self.per_minute <= 0:
            return 0.0
        rate = self.per_minute / 60.0
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[client] = (tokens, now)
                wait = (1.0 - tokens) / rate
            if now - self._last_prune > 60:
                self._prune(now, rate)
        return wait

    def _prune(self, now: float, rate: float) -> None:
        # a bucket that would be full again carries no information
        full_after = self.per_minute / rate
        self._buckets = {c: v for c, v in self._buckets.items() if now - v[1] < full_after}
        self._last_prune = now


async def rate_limit(request: Request) -> None:
    """429 with Retry-After once a client exceeds ``settings.rate_limit_per_minute``."""
    limiter: RateLimiter = request.app.state.rate_limiter
    wait = limiter.check(client_key(request))
    if wait > 0:
        raise HTTPException(
            status_code=429,
            detail="Quá nhiều yêu cầu, vui lòng thử lại sau ít phút (too many requests).",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )


# --------------------------------------------------------------------------------------
# Request body size
# --------------------------------------------------------------------------------------
class BodyTooLarge(HTTPException):
    def __init__(self, limit: int):
        super().__init__(
            status_code=413,
            detail=f"Nội dung yêu cầu quá lớn: tối đa {limit} byte (request body too large).",
        )


class BodySizeLimit:
    """ASGI middleware: 413 for bodies over ``limit`` bytes, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.limit <= 0:
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.limit
            except ValueError:
                too_big = False
            if too_big:
                await _send_json(send, 413, BodyTooLarge(self.limit).detail)
                return
        received = 0
        limit = self.limit

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)  # FastAPI re-raises HTTPExceptions from body reading
            return message

        await self.app(scope, counting_receive, send)


async def _send_json(send: Send, status: int, error: str) -> None:
    import json

    body = json.dumps({"error": error}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


# --------------------------------------------------------------------------------------
# Access log without query strings
# --------------------------------------------------------------------------------------
class AccessLog:
    """ASGI middleware: one log line per request, with the path only (queries carry questions)."""

    def __init__(self, app: ASGIApp):
        self.app = app
        self.log = logging.getLogger("assistant.http.access")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 0

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            client = scope.get("client") or ("-", 0)
            self.log.info("%s %s %s %d %.0fms", client[0], scope.get("method"), mask_personal(scope.get("path", "")),
                          status or 500, (time.perf_counter() - start) * 1000)
