"""Running a bot on its own: ``assistant bot <platform> [--polling]`` lands here.

- ``telegram`` / ``zalo-bot`` in ``polling`` mode: no public URL needed, the quick start.
- any platform in ``webhook`` mode: serves the webhook routes with uvicorn on
  ``settings.host:port`` (behind an HTTPS reverse proxy); with ``webhook_url``
  the webhook is registered with Telegram or Zalo Bot first. Normally the HTTP
  service already mounts these routes, and this mode is not needed.
"""
from __future__ import annotations

import asyncio
import logging
import signal
from contextlib import contextmanager

from assistant.config import Settings
from bots import builtin, platforms  # noqa: F401  (builtin: registers the platforms)
from bots.http_client import AuthError, DeliveryFailed, RetryPolicy
from bots.outbox import Outbox
from bots.platforms import NotConfigured, require, require_complete_webhooks
from bots.transports import Bots

log = logging.getLogger(__name__)

MODES = ("polling", "webhook")


def main(settings: Settings, platform: str, mode: str = "polling", *, webhook_url: str | None = None,
         assistant=None, store=None) -> int:
    """Run one bot until interrupted; returns the exit status."""
    try:
        spec = platforms.get(platform)
    except ValueError as exc:
        raise SystemExit(str(exc)) from None
    if mode not in MODES:
        raise SystemExit(f"unknown mode {mode!r}; expected one of: {', '.join(MODES)}")
    if not spec.can(mode):
        raise SystemExit(f"{platform}: this platform can only deliver by webhook: use mode 'webhook'.")
    try:
        require(settings, platform, mode)
        if mode == "webhook":  # every configured platform's route is served, so none may be half set up
            require_complete_webhooks(settings)
    except NotConfigured as exc:
        raise SystemExit(str(exc)) from None
    _configure_logs()
    if store is None:
        from assistant.state import StateStore

        store = StateStore.from_settings(settings)
    with _one_line(platform, settings):
        asyncio.run(check_platform(settings, store, platform))  # before the assistant's load, which takes a while
        if assistant is None:
            from assistant.service import Assistant

            assistant = Assistant.load(settings, conversations=store)
        if mode == "polling":
            asyncio.run(_poll_until_signalled(settings, assistant, store, platform))
        else:
            _serve_webhooks(settings, assistant, store, platform, webhook_url)
    return 0


@contextmanager
def _one_line(platform: str, settings: Settings):
    """A refused token or an unreachable platform ends the bot with one line (SystemExit), never a traceback;
    the line names the setting, never a secret's value."""
    try:
        yield
    except AuthError as exc:
        raise SystemExit(str(exc)) from None
    except DeliveryFailed as exc:
        raise SystemExit(f"cannot reach {platform} after {settings.bot_http_max_attempts} tries ({exc}): check the "
                         "network and the platform's base URL setting, then start the bot again") from None


async def check_platform(settings: Settings, store, platform: str, *, policy: RetryPolicy | None = None) -> None:
    """The platform accepts the bot's credentials and answers (its getMe), if it has such a call (Zalo OA has
    none): AuthError or DeliveryFailed otherwise."""
    bots = Bots(settings, None, store, policy=policy)
    try:
        check = getattr(bots.transport(platform), "check", None)
        if check is not None:
            await check()
    finally:
        await bots.aclose()


def _configure_logs() -> None:
    """The service's log format and personal-data masking; no request URLs (Bot API URLs carry the token)."""
    from assistant.http.security import configure_logging

    configure_logging()
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


async def run_polling(settings: Settings, assistant, store, platform: str, stop: asyncio.Event, *,
                      policy: RetryPolicy | None = None, outbox: Outbox | None = None,
                      poll_timeout: float | None = None) -> None:
    """Poll ``platform`` ("telegram" or "zalo-bot") until ``stop`` is set."""
    bots = Bots(settings, assistant, store, policy=policy, outbox=outbox)
    transport = bots.transport(platform)
    kwargs = {} if poll_timeout is None else {"poll_timeout": poll_timeout}
    try:
        await transport.run_polling(stop, **kwargs)
    finally:
        await bots.aclose()


async def _poll_until_signalled(settings: Settings, assistant, store, platform: str) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    log.info("%s: polling; press Ctrl+C to stop", platform)
    await run_polling(settings, assistant, store, platform, stop)


async def register_webhook(settings: Settings, assistant, store, platform: str, url: str, *,
                           policy: RetryPolicy | None = None) -> None:
    """Tell Telegram or Zalo Bot where to deliver updates, with the configured secret."""
    if platform == "zalo-oa":
        raise SystemExit("Zalo OA webhooks are registered in the Zalo developer console, not by API.")
    bots = Bots(settings, assistant, store, policy=policy)
    try:
        await bots.transport(platform).set_webhook(url)
    finally:
        await bots.aclose()


def _serve_webhooks(settings: Settings, assistant, store, platform: str, webhook_url: str | None) -> None:
    import uvicorn
    from fastapi import FastAPI

    from assistant.http.app import server_config
    from bots.webhooks import build_router

    if webhook_url:
        asyncio.run(register_webhook(settings, assistant, store, platform, webhook_url))
        log.info("%s: webhook registered at %s", platform, webhook_url)
    app = FastAPI(title="Quảng Ngãi CCHC assistant: bot webhooks")
    app.include_router(build_router(settings, assistant, store))
    config = server_config(app, settings.host, settings.port)
    _configure_logs()  # again: uvicorn.Config installed its own handlers, which must mask too
    uvicorn.Server(config).run()
