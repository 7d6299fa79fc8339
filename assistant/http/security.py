"""Protection for the public API: keys, a per-client rate limit, and logs without personal data.

Citizens type phone numbers and ID-card numbers into questions ("tôi ở số 0905 123 456…");
those must never reach a log file, so every question and every logged URL goes
through ``mask_personal`` first, and ``configure_logging`` masks every record the
service and the bots write. The limits are applied to ``/v1`` routes (the API and
the page's calls); the health probes and the static page stay open. (Request bodies
are checked in ``body.py``.)
"""
from __future__ import annotations

import hmac
import ipaddress
import logging
import math
import re
import time

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.http.errors import TOO_MANY_REQUESTS, RequestId, request_id
from assistant.ratelimit import RateLimiter

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


_KEPT = "\ue000{}\ue001"  # stands in for a request id while a message is masked (no digit run can span it)


class PersonalDataFilter(logging.Filter):
    """Masks personal data in every record a handler emits (a second line of defence). Request ids passed as
    arguments (``errors.RequestId``) are kept: they are ours, and random hex digits often look like a number."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            ids = [a for a in record.args if isinstance(a, RequestId)] if isinstance(record.args, tuple) else []
            if ids:
                args = iter(range(len(ids)))
                message = str(record.msg) % tuple(_KEPT.format(next(args)) if isinstance(a, RequestId) else a
                                                  for a in record.args)
            else:
                message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            return True
        masked = mask_personal(message)
        for i, rid in enumerate(ids):
            masked = masked.replace(_KEPT.format(i), rid)
            message = message.replace(_KEPT.format(i), rid)
        if masked != message or ids:
            record.msg, record.args = masked, ()
        if record.exc_info and not record.exc_text:  # the formatter uses this text as it is
            record.exc_text = mask_personal(logging.Formatter().formatException(record.exc_info))
        return True


def configure_logging(level: int = logging.INFO) -> None:
    """Log to stderr with a timestamp and level, and personal data masked in every record:
    the service's and the bots' own loggers, and uvicorn's handlers."""
    mask = PersonalDataFilter()
    for name in ("assistant", "bots"):
        ours = logging.getLogger(name)
        if not ours.handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            ours.addHandler(handler)
        ours.setLevel(level)
        ours.propagate = False
    for name in ("assistant", "bots", "uvicorn", "uvicorn.error", "uvicorn.access", ""):
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, PersonalDataFilter) for f in handler.filters):
                handler.addFilter(mask)


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


class TrustedProxies:
    """The ``QNA_TRUSTED_PROXIES`` list: comma-separated IP addresses and networks (CIDR)."""

    def __init__(self, spec: str):
        self.networks = []
        for item in filter(None, (part.strip() for part in (spec or "").split(","))):
            try:
                self.networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                raise ValueError(f"QNA_TRUSTED_PROXIES: {item!r} is not an IP address or network") from None

    def __contains__(self, host: str) -> bool:
        try:
            ip = ipaddress.ip_address(host.strip())
        except ValueError:
            return False
        if ip.version == 6 and ip.ipv4_mapped:  # ::ffff:10.0.0.1 on a dual-stack socket
            ip = ip.ipv4_mapped
        return any(ip in network for network in self.networks)


def client_address(scope: Scope, trusted: TrustedProxies) -> str:
    """The client's address: the socket peer, unless the peer is a trusted proxy; then the right-most
    X-Forwarded-For entry that is not itself trusted (what the nearest trusted proxy saw), as
    uvicorn's ``--forwarded-allow-ips`` does. Entries left of it are whatever the client wrote."""
    peer = (scope.get("client") or ("unknown", 0))[0]
    if peer not in trusted:
        return peer
    forwarded = [value.decode("latin-1") for name, value in scope.get("headers") or [] if name == b"x-forwarded-for"]
    hops = [hop.strip() for hop in ",".join(forwarded).split(",") if hop.strip()]
    for hop in reversed(hops):
        if hop not in trusted:
            return hop
    return hops[0] if hops else peer  # every hop is a trusted proxy: the first one is the client


def client_key(request: Request) -> str:
    """Who a request counts against for rate limiting: its valid API key, else its address."""
    settings = request.app.state.settings
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        token = auth[7:].strip()
        if token and _matches(token, _valid_keys(settings)):
            return "key:" + hmac.new(b"rl", token.encode(), "sha256").hexdigest()[:16]
    return "ip:" + client_address(request.scope, request.app.state.trusted_proxies)


async def require_api_key(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """401 unless the request carries one of the configured keys."""
    if creds is None or not _matches(creds.credentials, _valid_keys(request.app.state.settings)):
        raise HTTPException(
            status_code=401,
            detail="Thiếu hoặc sai khóa API: gửi 'Authorization: Bearer <khóa>' (missing or invalid API key).",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def require_admin(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """401 unless the request carries the admin key."""
    if creds is None or not _matches(creds.credentials, [request.app.state.settings.admin_api_key]):
        raise HTTPException(
            status_code=401,
            detail="Cần khóa quản trị: 'Authorization: Bearer <khóa quản trị>' (admin API key required).",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def admin_disabled() -> None:
    """403: without QNA_ADMIN_API_KEY there is no key that could open the admin routes."""
    raise HTTPException(
        status_code=403,
        detail="Chức năng quản trị đang tắt: chưa cấu hình QNA_ADMIN_API_KEY (admin endpoints are disabled).",
    )


def key_checks(settings) -> tuple[list, list]:
    """The dependencies that check keys on the /v1 routes and on the admin routes.

    Chosen once per app from the settings, so the OpenAPI document declares bearer auth only where a
    key is asked for: an open API (no QNA_API_KEYS) declares none, disabled admin routes none."""
    api = [Depends(require_api_key)] if settings.api_keys else []
    admin = [Depends(require_admin if settings.admin_api_key else admin_disabled)]
    return api, admin


# --------------------------------------------------------------------------------------
# Secrets' formats
# --------------------------------------------------------------------------------------
# What each platform accepts as the secret it echoes back to our webhook. A secret it would refuse fails
# `assistant serve` at start, naming the setting, instead of the first setWebhook or update much later.
SECRET_FORMATS = {
    "telegram_webhook_secret": (re.compile(r"[A-Za-z0-9_-]{1,256}"),
                                "1-256 characters, each a letter A-Z or a-z, a digit, '_' or '-' (Telegram's rule)"),
    "zalo_bot_webhook_secret": (re.compile(r".{8,256}", re.S), "8-256 characters (Zalo Bot's rule)"),
}


def check_secret_formats(settings) -> None:
    """ValueError, one line naming the setting, for a configured secret its platform would refuse."""
    for name, (pattern, rule) in SECRET_FORMATS.items():
        value = getattr(settings, name, "")
        if value and not pattern.fullmatch(value):
            raise ValueError(f"QNA_{name.upper()} is not a secret the platform accepts: it must be {rule}")


# --------------------------------------------------------------------------------------
# Rate limit
# --------------------------------------------------------------------------------------
async def rate_limit(request: Request) -> None:
    """429 with Retry-After once a client exceeds ``settings.rate_limit_per_minute`` (assistant/ratelimit.py)."""
    limiter: RateLimiter = request.app.state.rate_limiter
    decision = await limiter.acheck(client_key(request))  # off the event loop, bounded, fails open
    if not decision.allowed:
        raise HTTPException(status_code=429, detail=TOO_MANY_REQUESTS, headers=retry_after(decision.retry_after_s))


def retry_after(wait: float) -> dict[str, str]:
    """The Retry-After header for a 429: whole seconds, at least one."""
    return {"Retry-After": str(max(1, math.ceil(wait)))}


# --------------------------------------------------------------------------------------
# Access log without query strings
# --------------------------------------------------------------------------------------
class AccessLog:
    """ASGI middleware: one log line per request, with the path only (queries carry questions), and the
    request id, which the response carries in ``X-Request-ID`` so a client's report can be found."""

    def __init__(self, app: ASGIApp):
        self.app = app
        self.log = logging.getLogger("assistant.http.access")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 0
        rid = request_id(scope)

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {**message, "headers": [*message.get("headers", []), (b"x-request-id", rid.encode())]}
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            client = scope.get("client") or ("-", 0)
            self.log.info("%s %s %s %d %.0fms [request %s]", client[0], scope.get("method"),
                          mask_personal(scope.get("path", "")), status or 500, (time.perf_counter() - start) * 1000, rid)
