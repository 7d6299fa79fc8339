"""Webhook routes for the bots, mounted by the HTTP service's FastAPI app.

``build_router(settings, assistant, store)`` gives ``POST /webhooks/telegram``,
``POST /webhooks/zalo-oa`` and ``POST /webhooks/zalo-bot``. Each checks the
platform's secret or signature (constant time) before anything else is done,
answers 400 with a JSON error for a malformed body, acknowledges at once and
answers the user in the background, so platforms never time out and redeliver.
A platform that is not configured answers 404.
"""
from __future__ import annotations

import asyncio
import json
import logging
from contextlib import asynccontextmanager

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import JSONResponse

from assistant.config import Settings
from bots.http_client import RetryPolicy
from bots.outbox import Outbox
from bots.transports import PLATFORMS, Bots
from bots.verification import secret_matches
from bots.zalo_bot import unwrap as zalo_bot_updates

log = logging.getLogger(__name__)

MAX_WEBHOOK_BYTES = 1_000_000
TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ZALO_OA_SIGNATURE_HEADER = "X-ZEvent-Signature"
ZALO_BOT_SECRET_HEADER = "X-Bot-Api-Secret-Token"


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message}, status_code=status)


def _not_ready() -> JSONResponse:
    # 503 makes the platform deliver the update again later, instead of it being lost.
    response = _error(503, "the assistant is still loading; please retry")
    response.headers["Retry-After"] = "10"
    return response


async def _body(request: Request) -> tuple[bytes, object] | JSONResponse:
    """The raw bytes and the parsed JSON, or the error response to send."""
    raw = await request.body()
    if len(raw) > MAX_WEBHOOK_BYTES:
        return _error(413, f"request body too large (max {MAX_WEBHOOK_BYTES} bytes)")
    try:
        return raw, json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        return _error(400, f"malformed JSON body: {exc}")


def build_router(settings: Settings, assistant, store, *, policy: RetryPolicy | None = None,
                 outbox: Outbox | None = None) -> APIRouter:
    bots = Bots(settings, assistant, store, policy=policy, outbox=outbox)
    startup_tasks: set[asyncio.Task] = set()

    flush_every_s = float(settings.bot_outbox_flush_s)

    async def flush_periodically() -> None:
        """Send what waits in the outbox at start-up and then every minute, even if no one writes."""
        while True:
            await bots.flush_outboxes()
            await asyncio.sleep(flush_every_s)

    @asynccontextmanager
    async def lifespan(app):
        app.state.bots = bots
        if any(bots.webhook_configured(p) for p in PLATFORMS):
            task = asyncio.create_task(flush_periodically())
            startup_tasks.add(task)
            task.add_done_callback(startup_tasks.discard)
        try:
            yield
        finally:
            for t in list(startup_tasks):
                t.cancel()
            await asyncio.gather(*startup_tasks, return_exceptions=True)
            await bots.aclose()

    router = APIRouter(prefix="/webhooks", tags=["bots"], lifespan=lifespan)
    router.bots = bots  # for the app and tests: the shared core, outbox and transports

    @router.post("/telegram", summary="Telegram Bot API webhook")
    async def telegram_webhook(request: Request, background: BackgroundTasks):
        if not bots.webhook_configured("telegram"):
            return _error(404, "the Telegram bot is not configured on this server")
        header = request.headers.get(TELEGRAM_SECRET_HEADER)
        if not header:
            return _error(401, f"missing {TELEGRAM_SECRET_HEADER} header")
        if not secret_matches(header, settings.telegram_webhook_secret):
            return _error(403, f"wrong {TELEGRAM_SECRET_HEADER}")
        parsed = await _body(request)
        if isinstance(parsed, JSONResponse):
            return parsed
        if not bots.core.ready():
            return _not_ready()
        transport = bots.transport("telegram")
        try:
            update = transport.parse_update(parsed[1])
        except ValueError as exc:
            return _error(400, str(exc))
        try:
            await transport.ensure_ready()
        except Exception as exc:  # Telegram unreachable: ask it to redeliver later rather than lose it
            log.warning("telegram: not ready (%s); asking Telegram to redeliver", exc)
            return _error(503, "the bot cannot reach Telegram right now; please retry")
        bots.accept(background, transport.process_update, update)
        return {"ok": True}

    @router.post("/zalo-oa", summary="Zalo Official Account webhook")
    async def zalo_oa_webhook(request: Request, background: BackgroundTasks):
        if not bots.webhook_configured("zalo-oa"):
            return _error(404, "the Zalo Official Account is not configured on this server")
        header = request.headers.get(ZALO_OA_SIGNATURE_HEADER)
        if not header:
            return _error(401, f"missing {ZALO_OA_SIGNATURE_HEADER} header")
        parsed = await _body(request)
        if isinstance(parsed, JSONResponse):
            return parsed
        raw, data = parsed
        if not isinstance(data, dict):
            return _error(400, "the event must be a JSON object")
        transport = bots.transport("zalo-oa")
        if not transport.verify(header, raw, data):
            return _error(403, f"wrong {ZALO_OA_SIGNATURE_HEADER}")
        try:
            event = transport.text_event(data)
        except ValueError as exc:
            return _error(400, str(exc))
        if event is None:
            return {"ok": True, "ignored": str(data.get("event_name"))}
        if not bots.core.ready():
            return _not_ready()
        bots.accept(background, transport.handle_text, *event)
        return {"ok": True}

    @router.post("/zalo-bot", summary="Zalo Bot Platform webhook")
    async def zalo_bot_webhook(request: Request, background: BackgroundTasks):
        if not bots.webhook_configured("zalo-bot"):
            return _error(404, "the Zalo Bot is not configured on this server")
        header = request.headers.get(ZALO_BOT_SECRET_HEADER)
        if not header:
            return _error(401, f"missing {ZALO_BOT_SECRET_HEADER} header")
        if not secret_matches(header, settings.zalo_bot_webhook_secret):
            return _error(403, f"wrong {ZALO_BOT_SECRET_HEADER}")
        parsed = await _body(request)
        if isinstance(parsed, JSONResponse):
            return parsed
        if not isinstance(parsed[1], dict):
            return _error(400, "the update must be a JSON object")
        if not bots.core.ready():
            return _not_ready()
        transport = bots.transport("zalo-bot")
        for update in zalo_bot_updates(parsed[1]):
            bots.accept(background, transport.handle_update, update)
        return {"ok": True}

    return router
