"""Helpers for the bot tests: settings pointing at the stand-in platforms, and the
real FastAPI app (``assistant.http.create_app``) served by uvicorn on 127.0.0.1."""
from __future__ import annotations

import contextlib
import socket
import threading

import uvicorn

from assistant.config import Settings
from bots.http_client import RetryPolicy
from fakes.fake_telegram import FakeTelegram
from fakes.fake_zalo_bot import FakeZaloBot
from fakes.fake_zalo_oa import FakeZaloOA
from fakes.server import wait_until

TELEGRAM_SECRET = "tg-webhook_secret-123"
ZALO_BOT_SECRET = "zalo-bot-webhook-secret-456"

# Quick retries for tests (read by RetryPolicy.from_settings; see the report about adding them to Settings).
FAST_RETRIES = {"bot_http_max_attempts": 4, "bot_http_backoff_s": 0.05, "bot_http_max_backoff_s": 0.2,
                "bot_http_timeout_s": 10.0}
FAST_POLICY = RetryPolicy(max_attempts=4, base_delay_s=0.05, max_delay_s=0.2, timeout_s=10.0)


def telegram_settings(base: Settings, fake: FakeTelegram, **extra) -> Settings:
    return base.model_copy(update={"telegram_token": fake.token, "telegram_base_url": fake.base_url,
                                   "telegram_webhook_secret": TELEGRAM_SECRET, **FAST_RETRIES, **extra})


def zalo_oa_settings(base: Settings, fake: FakeZaloOA, **extra) -> Settings:
    return base.model_copy(update={
        "zalo_oa_app_id": fake.app_id, "zalo_oa_secret_key": fake.oa_secret, "zalo_app_secret_key": fake.app_secret,
        "zalo_oa_access_token": fake.access_token, "zalo_oa_refresh_token": fake.refresh_token,
        "zalo_oa_api_base": fake.url, "zalo_oauth_base": fake.url, **FAST_RETRIES, **extra})


def zalo_bot_settings(base: Settings, fake: FakeZaloBot, **extra) -> Settings:
    return base.model_copy(update={"zalo_bot_token": fake.token, "zalo_bot_base_url": fake.url,
                                   "zalo_bot_webhook_secret": ZALO_BOT_SECRET, **FAST_RETRIES, **extra})


# -- the real app under uvicorn --------------------------------------------------------------------
class LiveApp:
    """The HTTP service's FastAPI app (create_app), served by uvicorn on 127.0.0.1 in a thread."""

    def __init__(self, settings: Settings, assistant, store):
        from assistant.http import create_app

        self.app = create_app(settings, assistant=assistant, store=store)
        with contextlib.closing(socket.socket()) as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False,
                                timeout_graceful_shutdown=5)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveApp":
        self.thread.start()
        wait_until(lambda: self.server.started or not self.thread.is_alive(), 60, "the app to start")
        assert self.server.started, "uvicorn did not start"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)

    @property
    def bots(self):
        """The bots' shared core, outbox and transports (set by the router's lifespan)."""
        return self.app.state.bots

    def wait_idle(self, timeout: float = 120.0) -> None:
        """Wait until every accepted webhook update has been answered (or given up on)."""
        wait_until(lambda: self.bots.in_flight == 0, timeout, "the bots to finish their work")


class PollingBot:
    """``bots.run.run_polling`` for one platform, in a thread with its own event loop."""

    def __init__(self, settings: Settings, assistant, store, platform: str, **kwargs):
        self.args = (settings, assistant, store, platform)
        self.kwargs = kwargs
        self.loop = None
        self.stop_event = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import asyncio

        from bots.run import run_polling

        async def main():
            self.loop = asyncio.get_running_loop()
            self.stop_event = asyncio.Event()
            await run_polling(*self.args, self.stop_event, **self.kwargs)

        try:
            asyncio.run(main())
        except BaseException as exc:  # surfaced by __exit__
            self.error = exc

    def __enter__(self) -> "PollingBot":
        self.thread.start()
        wait_until(lambda: self.stop_event is not None or not self.thread.is_alive(), 30, "the bot loop")
        return self

    def __exit__(self, *exc) -> None:
        if self.loop is not None and self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.stop_event.set)
        self.thread.join(timeout=60)
        assert not self.thread.is_alive(), "the polling bot did not stop"
        if self.error is not None and exc[0] is None:
            raise self.error
