"""The webhook router as a whole: readiness, the outbox at start-up, mounting in the app."""
from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.http.readiness import AssistantHandle
from bot_testing import TELEGRAM_SECRET, ZALO_BOT_SECRET, telegram_settings, wait_until, zalo_bot_settings
from bots.outbox import Outbox
from bots.webhooks import build_router
from scripted import PCI_QUESTION


def test_updates_are_refused_with_503_while_the_assistant_loads(fake_telegram, fake_zalo_bot, bot_settings, store):
    settings = zalo_bot_settings(telegram_settings(bot_settings, fake_telegram), fake_zalo_bot)
    app = FastAPI()
    app.include_router(build_router(settings, AssistantHandle(None), store))
    with TestClient(app) as client:
        tg = client.post("/webhooks/telegram", json=fake_telegram.message_update(1, PCI_QUESTION),
                         headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET})
        zb = client.post("/webhooks/zalo-bot", json=fake_zalo_bot.update("c", PCI_QUESTION),
                         headers={"X-Bot-Api-Secret-Token": ZALO_BOT_SECRET})
    for response in (tg, zb):
        assert response.status_code == 503 and response.headers["Retry-After"] == "10"
    assert fake_telegram.calls("sendMessage", ok_only=False) == []
    assert fake_zalo_bot.calls("sendMessage", ok_only=False) == []


def test_replies_left_in_the_outbox_are_sent_at_start_up(fake_zalo_bot, bot_settings, scripted_assistant, store,
                                                         live_app_factory):
    settings = zalo_bot_settings(bot_settings, fake_zalo_bot)
    Outbox(settings.state_db).add("zalo-bot", "c9", {"chat_id": "c9", "text": "Câu trả lời còn nợ."}, "platform down")
    live_app_factory(settings, scripted_assistant, store)
    [sent] = fake_zalo_bot.wait_calls("sendMessage", 1)
    assert sent.params == {"chat_id": "c9", "text": "Câu trả lời còn nợ."}
    outbox = Outbox(settings.state_db)
    wait_until(lambda: outbox.count("zalo-bot", "sent") == 1, 30, "the item to be marked sent")
    assert outbox.count("zalo-bot", "pending") == 0


def test_the_routes_are_in_the_http_services_openapi(bot_settings, scripted_assistant, store, live_app_factory):
    import httpx

    app = live_app_factory(bot_settings, scripted_assistant, store)
    paths = httpx.get(f"{app.url}/openapi.json").json()["paths"]
    assert {"/webhooks/telegram", "/webhooks/zalo-oa", "/webhooks/zalo-bot"} <= set(paths)


@pytest.mark.parametrize("path", ["/webhooks/telegram", "/webhooks/zalo-bot"])
def test_an_oversized_body_is_refused(fake_telegram, fake_zalo_bot, bot_settings, store, scripted_assistant, path):
    settings = zalo_bot_settings(telegram_settings(bot_settings, fake_telegram), fake_zalo_bot)
    app = FastAPI()
    app.include_router(build_router(settings, scripted_assistant, store))
    headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET, "X-Bot-Api-Secret-Token": ZALO_BOT_SECRET}
    with TestClient(app) as client:
        response = client.post(path, content=b"{" + b" " * 1_100_000 + b"}", headers=headers)
    assert response.status_code == 413
