"""Webhook routes for the bots, mounted by the HTTP service's FastAPI app.

``build_router(settings, assistant, store)`` gives ``POST /webhooks/telegram``,
``POST /webhooks/zalo-oa`` and ``POST /webhooks/zalo-bot``. Each checks the
platform's secret or signature (constant time) on the raw bytes before the body
is parsed, reads at most ``MAX_WEBHOOK_BYTES`` (platform updates are larger than API
questions, so the API's body limit does not apply here), decodes it with the API's
checks (``assistant.http.body``: 422 with the same messages), limits each platform user
or chat to ``QNA_BOT_WEBHOOK_RATE_LIMIT_PER_MINUTE`` updates (429), acknowledges at once and
answers the user in a task of its own, so platforms never time out and redeliver; a chat's updates are
answered in the order they came (``bots.ordering``).
Zalo updates are kept in the durable inbox first (``Bots.keep``), so they are acknowledged
even while the assistant loads and answered once it is ready, after a restart too; Telegram
gets 503 while loading and redelivers. A platform that is not configured answers 404.
Errors are ``{"ok": false, "error": …}``.
"""
from __future__ import annotations

import asyncio
import logging
import threading
import time
from contextlib import asynccontextmanager
from typing import Callable

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.http.body import BodyError, decode_json, read_limited
from assistant.http.errors import TOO_MANY_REQUESTS
from assistant.http.security import retry_after
from assistant.ratelimit import RateLimiter
from bots import builtin, platforms  # noqa: F401  (builtin: registers the platforms)
from bots.http_client import RetryPolicy
from bots.outbox import Outbox
from bots.platforms import require_complete_webhooks
from bots.transports import Bots
from bots.verification import secret_matches
from bots.zalo_bot import unwrap as zalo_bot_updates
from bots.zalo_bot import user_message as zalo_bot_message

log = logging.getLogger(__name__)

PREFIX = "/webhooks"
MAX_WEBHOOK_BYTES = 1_000_000
TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ZALO_OA_SIGNATURE_HEADER = "X-ZEvent-Signature"
ZALO_BOT_SECRET_HEADER = "X-Bot-Api-Secret-Token"
READY_POLL_S = 0.5  # how often the inbox looks whether the assistant has finished loading
REFUSALS_LOG_EVERY_S = 60.0  # calls refused for a wrong secret or signature: one log line per platform this often


class Refusals:
    """Calls refused for a wrong secret or signature, logged at WARNING with their count: the first at once, the
    rest at most once every ``every_s`` per platform. Either a secret set differently here and on the platform
    (every update is lost until someone notices) or forged calls (which must not fill the log)."""

    def __init__(self, every_s: float = REFUSALS_LOG_EVERY_S, clock: Callable[[], float] = time.monotonic):
        self.every_s = every_s
        self.clock = clock
        self._lock = threading.Lock()
        self._unlogged: dict[str, int] = {}
        self._logged_at: dict[str, float] = {}

    def refused(self, platform: str, header_name: str) -> None:
        now = self.clock()
        with self._lock:
            count = self._unlogged.get(platform, 0) + 1
            last = self._logged_at.get(platform)
            if last is not None and now - last < self.every_s:
                self._unlogged[platform] = count
                return
            self._unlogged[platform], self._logged_at[platform] = 0, now
        log.warning("%s: %d call(s) refused for a wrong %s since the last such line: check the secret configured "
                    "here against the platform's, or someone is sending forged calls", platform, count, header_name)


class WebhookAck(BaseModel):
    ok: bool
    ignored: str | None = Field(None, description="Sự kiện không cần trả lời (an event that needs no answer).")


class WebhookError(BaseModel):
    ok: bool
    error: str


def _responses(*statuses: int) -> dict:
    """What a webhook route may answer, for the OpenAPI document."""
    described = {
        200: (WebhookAck, "Đã nhận; trả lời sau (acknowledged; the answer follows)"),
        401: (WebhookError, "Thiếu tiêu đề bí mật hoặc chữ ký (missing secret or signature header)"),
        403: (WebhookError, "Sai bí mật hoặc chữ ký (wrong secret or signature)"),
        404: (WebhookError, "Nền tảng này chưa được cấu hình trên máy chủ (platform not configured here)"),
        413: (WebhookError, "Nội dung quá lớn (body over 1 MB)"),
        422: (WebhookError, "Nội dung không hợp lệ (not a valid update)"),
        429: (WebhookError, "Người dùng gửi quá nhiều (too many updates from this user)"),
        503: (WebhookError, "Trợ lý đang khởi động hoặc chưa kết nối được nền tảng (loading; retry)"),
    }
    return {status: {"model": described[status][0], "description": described[status][1]} for status in statuses}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message}, status_code=status)


def _not_ready() -> JSONResponse:
    # 503 makes the platform deliver the update again later, instead of it being lost.
    response = _error(503, "Trợ lý đang khởi động, vui lòng gửi lại sau (the assistant is still loading; retry).")
    response.headers["Retry-After"] = "10"
    return response




def build_router(settings: Settings, assistant, store, *, policy: RetryPolicy | None = None,
                 outbox: Outbox | None = None) -> APIRouter:
    """The routes; NotConfigured (one line naming the missing variables) for a half-configured webhook."""
    require_complete_webhooks(settings)
    bots = Bots(settings, assistant, store, policy=policy, outbox=outbox)
    limiter = RateLimiter.from_settings(settings.bot_webhook_rate_limit_per_minute, settings, name="webhook",
                                        database=getattr(store, "db", None))
    startup_tasks: set[asyncio.Task] = set()
    refusals = Refusals()

    flush_every_s = float(settings.bot_outbox_flush_s)

    async def flush_periodically() -> None:
        """Send what waits in the outbox at start-up and then every minute, even if no one writes; answer
        inbox updates whose claim a dead process left."""
        while True:
            await bots.flush_outboxes()
            await bots.answer_inbox()
            await asyncio.sleep(flush_every_s)

    async def answer_inbox_once_ready() -> None:
        """Answer what was kept while the assistant loaded, or before a restart, as soon as it is ready."""
        while not bots.core.ready():
            await asyncio.sleep(READY_POLL_S)
        await bots.answer_inbox()

    def start(work) -> None:
        task = asyncio.create_task(work())
        startup_tasks.add(task)
        task.add_done_callback(startup_tasks.discard)

    @asynccontextmanager
    async def lifespan(app):
        app.state.bots = bots
        if any(bots.webhook_configured(p) for p in platforms.names()):
            start(flush_periodically)
        if any(bots.webhook_configured(p) for p in platforms.inbox_names()):
            start(answer_inbox_once_ready)
        try:
            yield
        finally:
            for t in list(startup_tasks):
                t.cancel()
            await asyncio.gather(*startup_tasks, return_exceptions=True)
            await bots.aclose()

    router = APIRouter(prefix=PREFIX, tags=["bots"], lifespan=lifespan)
    router.bots = bots  # for the app and tests: the shared core, outbox and transports

    async def genuine_body(request: Request, platform: str, header_name: str, verify) -> dict | JSONResponse:
        """The decoded body of a genuine call, or the JSONResponse to answer: 404 when the platform is not
        configured, 401/403 without the right secret or signature (``verify(header, raw)``, before the
        body is parsed), 413/422 for a body the API would refuse too, 422 for one that is not an object."""
        if not bots.webhook_configured(platform):
            return _error(404, f"Máy chủ này chưa cấu hình {platform} (the {platform} bot is not configured here).")
        header = request.headers.get(header_name)
        if not header:
            return _error(401, f"Thiếu tiêu đề {header_name} (missing {header_name} header).")
        try:
            raw = await read_limited(request.scope, request.receive, MAX_WEBHOOK_BYTES)
            if not verify(header, raw):
                refusals.refused(platform, header_name)
                return _error(403, f"Sai {header_name} (wrong {header_name}).")
            data = decode_json(raw)
        except BodyError as exc:
            return _error(exc.status_code, exc.detail)
        if not isinstance(data, dict):
            return _error(422, "Nội dung phải là một đối tượng JSON (the body must be a JSON object).")
        return data

    async def over_limit(platform: str, senders) -> JSONResponse | None:
        """429 once a platform user or chat sends more than QNA_BOT_WEBHOOK_RATE_LIMIT_PER_MINUTE updates a
        minute. Only genuine calls get this far, so a forger cannot spend a user's allowance. Counted off the
        event loop, with a bounded wait, failing open (``RateLimiter.acheck``)."""
        wait = max([(await limiter.acheck(f"{platform}:{sender}")).retry_after_s for sender in senders], default=0.0)
        if wait <= 0:
            return None
        log.info("%s: a user is over the webhook rate limit", platform)
        response = _error(429, TOO_MANY_REQUESTS)
        response.headers.update(retry_after(wait))
        return response

    async def keep_and_answer(platform: str, updates: list[dict]) -> dict:
        """Keep the updates in the inbox, then acknowledge; they are answered beside the response."""
        for update in updates:
            await bots.keep(platform, update)
        if updates:
            bots.accept(bots.answer_inbox)
        return {"ok": True}

    @router.post("/telegram", summary="Telegram Bot API webhook", responses=_responses(200, 401, 403, 404, 413,
                                                                                       422, 429, 503))
    async def telegram_webhook(request: Request):
        data = await genuine_body(request, "telegram", TELEGRAM_SECRET_HEADER,
                                  lambda header, _: secret_matches(header, settings.telegram_webhook_secret))
        if isinstance(data, JSONResponse):
            return data
        if not bots.core.ready():
            return _not_ready()
        transport = bots.transport("telegram")
        try:
            update = transport.parse_update(data)
        except ValueError as exc:
            return _error(422, f"Không phải cập nhật Telegram (not a Telegram update): {exc}")
        sender = update.effective_user or update.effective_chat
        if limited := await over_limit("telegram", [sender.id] if sender else []):
            return limited
        try:
            await transport.ensure_ready()
        except Exception as exc:  # Telegram unreachable: ask it to redeliver later rather than lose it
            log.warning("telegram: not ready (%s); asking Telegram to redeliver", exc)
            return _error(503, "Chưa kết nối được Telegram, vui lòng gửi lại sau (cannot reach Telegram; retry).")
        bots.accept(transport.process_in_order(update))
        return {"ok": True}

    @router.post("/zalo-oa", summary="Zalo Official Account webhook", responses=_responses(200, 401, 403, 404, 413,
                                                                                          422, 429))
    async def zalo_oa_webhook(request: Request):
        data = await genuine_body(request, "zalo-oa", ZALO_OA_SIGNATURE_HEADER,
                                  lambda header, raw: bots.transport("zalo-oa").verify(header, raw))
        if isinstance(data, JSONResponse):
            return data
        try:
            event = bots.transport("zalo-oa").text_event(data)
        except ValueError as exc:
            return _error(422, f"Sự kiện thiếu trường (incomplete event): {exc}")
        if event is None:
            return {"ok": True, "ignored": str(data.get("event_name"))}
        if limited := await over_limit("zalo-oa", [event[0]]):
            return limited
        return await keep_and_answer("zalo-oa", [data])

    @router.post("/zalo-bot", summary="Zalo Bot Platform webhook", responses=_responses(200, 401, 403, 404, 413,
                                                                                       422, 429))
    async def zalo_bot_webhook(request: Request):
        data = await genuine_body(request, "zalo-bot", ZALO_BOT_SECRET_HEADER,
                                  lambda header, _: secret_matches(header, settings.zalo_bot_webhook_secret))
        if isinstance(data, JSONResponse):
            return data
        updates = [update for update in zalo_bot_updates(data) if zalo_bot_message(update)]  # users' messages only
        senders = {zalo_bot_message(update)[1] for update in updates}  # (chat, user, text, message id)
        if limited := await over_limit("zalo-bot", senders):
            return limited
        return await keep_and_answer("zalo-bot", updates)

    return router
