"""Zalo Bot end to end: polling getUpdates and the webhook route of the real FastAPI app,
against a stand-in Zalo Bot API that records every sendMessage."""
from __future__ import annotations

import asyncio

import pytest

from bot_testing import FAST_POLICY, ZALO_BOT_SECRET, PollingBot, zalo_bot_settings
from bots.outbox import Outbox
from bots.run import register_webhook
from bots.zalo_bot import text_message, unwrap, user_message
from fakes.fake_zalo_bot import Fault
from scripted import LONG_QUESTION, PCI_QUESTION
from tests.index.chroma_support import INDEX_MODES

PCI_LEAD = "Đài Phát thanh và Truyền hình tỉnh"
CHAT = "e4ea2cd5189df1c3a88c"


@pytest.mark.parametrize("index_mode", INDEX_MODES)  # the index embedded, and in a Chroma server
def test_polling_end_to_end(fake_zalo_bot, real_assistant, store, bot_settings):
    settings = zalo_bot_settings(bot_settings, fake_zalo_bot)
    with PollingBot(settings, real_assistant, store, "zalo-bot", policy=FAST_POLICY, poll_timeout=1):
        fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, PCI_QUESTION))
        [answer] = fake_zalo_bot.wait_calls("sendMessage", 1)
        assert answer.params["chat_id"] == CHAT
        assert PCI_LEAD in answer.params["text"] and "C.II.12.c" in answer.params["text"]
        fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, "nguồn"))
        sources = fake_zalo_bot.wait_calls("sendMessage", 2)[-1].params["text"]
        assert "mục C.II.12.c" in sources and "“" in sources
        fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, "👎"))
        fake_zalo_bot.wait_calls("sendMessage", 3)
    assert [(f["rating"], f["source"]) for f in store.feedback()] == [(-1, "zalo-bot")]


def test_polling_survives_getupdates_errors(fake_zalo_bot, scripted_assistant, store, bot_settings):
    settings = zalo_bot_settings(bot_settings, fake_zalo_bot)
    fake_zalo_bot.inject("getUpdates", Fault(500), Fault(429, retry_after=1), Fault(502))
    with PollingBot(settings, scripted_assistant, store, "zalo-bot", policy=FAST_POLICY, poll_timeout=1):
        fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, PCI_QUESTION))
        [answer] = fake_zalo_bot.wait_calls("sendMessage", 1)
    assert PCI_LEAD in answer.params["text"]


def test_polling_deletes_a_registered_webhook_first(fake_zalo_bot, scripted_assistant, store, bot_settings):
    settings = zalo_bot_settings(bot_settings, fake_zalo_bot)
    fake_zalo_bot.webhook = {"url": "https://hoidap.example.gov.vn/webhooks/zalo-bot", "secret_token": ZALO_BOT_SECRET}
    with PollingBot(settings, scripted_assistant, store, "zalo-bot", policy=FAST_POLICY, poll_timeout=1):
        fake_zalo_bot.wait_calls("deleteWebhook", 1)
        fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, PCI_QUESTION))  # to getUpdates, now that none is set
        [answer] = fake_zalo_bot.wait_calls("sendMessage", 1)
    assert PCI_LEAD in answer.params["text"]
    methods = [r.method for r in fake_zalo_bot.requests]
    assert methods.index("deleteWebhook") < methods.index("getUpdates")


@pytest.fixture
def webhook(fake_zalo_bot, bot_settings, store, live_app_factory):
    def start(assistant, **changes):
        settings = zalo_bot_settings(bot_settings, fake_zalo_bot, **changes)
        app = live_app_factory(settings, assistant, store)
        url = f"{app.url}/webhooks/zalo-bot"
        asyncio.run(register_webhook(settings, assistant, store, "zalo-bot", url))
        assert fake_zalo_bot.webhook == {"url": url, "secret_token": ZALO_BOT_SECRET}
        return app, settings

    return start


@pytest.mark.parametrize("wrapped", [False, True])
def test_webhook_end_to_end(fake_zalo_bot, webhook, real_assistant, wrapped):
    app, _ = webhook(real_assistant)
    response = fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, PCI_QUESTION), wrapped=wrapped)
    assert response.status_code == 200 and response.json() == {"ok": True}
    [answer] = fake_zalo_bot.wait_calls("sendMessage", 1)
    assert PCI_LEAD in answer.params["text"] and "C.II.12.c" in answer.params["text"]


def test_webhook_rejects_a_wrong_or_missing_secret(fake_zalo_bot, webhook, scripted_assistant):
    app, _ = webhook(scripted_assistant)
    assert fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, "giả mạo"), secret="wrong-secret-123").status_code == 403
    assert fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, "giả mạo"), secret=None).status_code == 401
    fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, PCI_QUESTION))
    app.wait_idle()
    assert len(fake_zalo_bot.sent_texts()) == 1 and PCI_LEAD in fake_zalo_bot.sent_texts()[0]


def test_webhook_malformed_json(fake_zalo_bot, webhook, scripted_assistant):
    app, _ = webhook(scripted_assistant)
    response = fake_zalo_bot.deliver({}, raw=b"{not json")
    assert response.status_code == 422 and "(request body is not valid JSON)" in response.json()["error"]
    assert fake_zalo_bot.deliver({}, raw=b"[1, 2]").status_code == 422
    app.wait_idle()
    assert fake_zalo_bot.calls("sendMessage", ok_only=False) == []


def test_webhook_redelivery_answered_once_and_other_events_ignored(fake_zalo_bot, webhook, scripted_assistant):
    app, _ = webhook(scripted_assistant)
    update = fake_zalo_bot.update(CHAT, PCI_QUESTION, message_id="16f6366b3f02645a3d15")
    fake_zalo_bot.deliver(update)
    fake_zalo_bot.deliver(update)
    fake_zalo_bot.deliver({"event_name": "bot.added.to.group", "message": {"chat": {"id": CHAT}}})
    app.wait_idle()
    assert len(fake_zalo_bot.calls("sendMessage")) == 1


def test_webhook_redelivery_without_message_id_is_answered_once(fake_zalo_bot, webhook, scripted_assistant):
    app, _ = webhook(scripted_assistant)

    def without_id(text: str) -> dict:
        update = fake_zalo_bot.update(CHAT, text)
        del update["message"]["message_id"]
        return update

    update = without_id(PCI_QUESTION)
    for _ in range(3):
        assert fake_zalo_bot.deliver(update).status_code == 200
        app.wait_idle()
    fake_zalo_bot.deliver(without_id("/help"))  # other content: a new message
    app.wait_idle()
    texts = fake_zalo_bot.sent_texts(CHAT)
    assert len(texts) == 2 and PCI_LEAD in texts[0]


def test_webhook_retries_and_keeps_what_cannot_be_sent(fake_zalo_bot, webhook, scripted_assistant):
    app, settings = webhook(scripted_assistant, bot_http_timeout_s=2.0)
    fake_zalo_bot.inject("sendMessage", Fault(429, retry_after=1), Fault(503), Fault(504, delay_s=5.0))
    fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, PCI_QUESTION))
    app.wait_idle()
    assert [r.status for r in fake_zalo_bot.calls("sendMessage", ok_only=False)] == [429, 503, 504, 200]

    fake_zalo_bot.inject("sendMessage", *[Fault(500)] * 4)
    fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, "/help"))
    app.wait_idle()
    assert Outbox(settings.state_db).count("zalo-bot") == 1
    fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, "/start"))
    app.wait_idle()
    texts = fake_zalo_bot.sent_texts(CHAT)
    assert len(texts) == 3 and "nguồn" in texts[1] and texts[2].startswith("Xin chào")
    assert Outbox(settings.state_db).count("zalo-bot") == 0


def test_webhook_long_answer_and_10000_characters(fake_zalo_bot, webhook, scripted_assistant):
    app, _ = webhook(scripted_assistant)
    fake_zalo_bot.deliver(fake_zalo_bot.update(CHAT, LONG_QUESTION))
    fake_zalo_bot.deliver(fake_zalo_bot.update("other-chat", "x" * 10_000))
    app.wait_idle()
    long_parts = fake_zalo_bot.sent_texts(CHAT)
    assert len(long_parts) >= 5 and all(1 <= len(t) <= 2000 for t in long_parts)
    [too_long] = fake_zalo_bot.sent_texts("other-chat")
    assert "quá dài" in too_long


def test_webhook_404_when_not_configured(bot_settings, scripted_assistant, store, live_app_factory):
    import httpx

    app = live_app_factory(bot_settings, scripted_assistant, store)
    for path in ("zalo-bot", "zalo-oa"):
        response = httpx.post(f"{app.url}/webhooks/{path}", json={}, headers={"X-Bot-Api-Secret-Token": "x" * 10})
        assert response.status_code == 404


def test_update_shapes():
    bare = {"event_name": "message.text.received",
            "message": {"chat": {"id": "c"}, "from": {"id": "u"}, "text": "hi", "message_id": "m"}}
    assert unwrap(bare) == [bare] and unwrap({"ok": True, "result": bare}) == [bare]
    assert unwrap({"ok": True, "result": [bare, bare]}) == [bare, bare] and unwrap([bare]) == []
    assert text_message(bare) == ("c", "u", "hi", "m")
    assert text_message({**bare, "event_name": "message.image.received"}) is None
    assert user_message({**bare, "event_name": "message.image.received"}) == ("c", "u", None, "m")
    assert user_message({**bare, "event_name": "bot.added.to.group"}) is None
    assert text_message({"message": {"chat": {}, "text": "x"}}) is None
