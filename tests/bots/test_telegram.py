"""Telegram end to end: python-telegram-bot talks HTTP to a stand-in Bot API server.

Polling (getUpdates) and webhook mode (the stand-in POSTs updates to the real FastAPI
app under uvicorn, as Telegram does) both answer with the citation; plus secrets,
malformed bodies, redeliveries, 429/5xx/timeouts, the outbox, escaping and limits.
"""
from __future__ import annotations

import asyncio
import json
import logging

import pytest

from bot_testing import FAST_POLICY, TELEGRAM_SECRET, PollingBot, telegram_settings, wait_until
from bots.core import BotCore
from bots.outbox import Outbox
from bots.run import register_webhook
from bots.telegram import CALLBACK_DATA_LIMIT, TelegramTransport
from fakes.fake_telegram import Fault
from scripted import ESCAPE_QUESTION, LONG_QUESTION, PCI_QUESTION
from tests.index.chroma_support import INDEX_MODES

PCI_LEAD = "Đài Phát thanh và Truyền hình tỉnh"
CHAT = 4242

# python-telegram-bot itself warns when it builds a RetryAfter (its retry_after type changes in v23)
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def buttons(call) -> list[dict]:
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def assert_pci_answer(text: str) -> None:
    assert PCI_LEAD in text, text
    assert "C.II.12.c" in text, text


# -- polling ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("index_mode", INDEX_MODES)  # the index embedded, and in a Chroma server
def test_polling_end_to_end(fake_telegram, real_assistant, store, bot_settings):
    settings = telegram_settings(bot_settings, fake_telegram)
    with PollingBot(settings, real_assistant, store, "telegram", policy=FAST_POLICY, poll_timeout=1):
        fake_telegram.deliver(fake_telegram.message_update(CHAT, "/start"))
        [greeting] = fake_telegram.wait_calls("sendMessage", 1)
        assert "Xin chào" in greeting.params["text"] and PCI_QUESTION in greeting.params["text"]

        fake_telegram.deliver(fake_telegram.message_update(CHAT, PCI_QUESTION))
        answer = fake_telegram.wait_calls("sendMessage", 2)[-1]
        assert answer.params["parse_mode"] == "HTML"
        assert_pci_answer(answer.params["text"])
        data = {b["text"]: b["callback_data"] for b in buttons(answer)}
        assert set(data) == {"📄 Nguồn", "👍", "👎"}
        assert all(len(d.encode("utf-8")) <= CALLBACK_DATA_LIMIT for d in data.values())

        fake_telegram.deliver(fake_telegram.callback_update(CHAT, data["📄 Nguồn"]))
        sources = fake_telegram.wait_calls("sendMessage", 3)[-1].params["text"]
        assert "<b>Nguồn trích dẫn</b>" in sources
        assert "mục C.II.12.c" in sources and "<i>“" in sources
        assert PCI_LEAD in sources

        fake_telegram.deliver(fake_telegram.callback_update(CHAT, data["👍"]))
        acks = fake_telegram.wait_calls("answerCallbackQuery", 2)
        assert "Cảm ơn" in acks[-1].params["text"]
        message_id = data["👍"].split(":", 2)[2]
        assert [(f["rating"], f["source"]) for f in store.feedback(message_id)] == [(1, "telegram")]

        fake_telegram.deliver(fake_telegram.message_update(CHAT, "/help"))
        assert "/start" in fake_telegram.wait_calls("sendMessage", 4)[-1].params["text"]
    assert [r.method for r in fake_telegram.requests][:2] == ["getMe", "deleteWebhook"]


def test_a_follow_up_uses_the_chats_conversation(fake_telegram, scripted_assistant, store, bot_settings):
    settings = telegram_settings(bot_settings, fake_telegram)
    with PollingBot(settings, scripted_assistant, store, "telegram", policy=FAST_POLICY, poll_timeout=1):
        fake_telegram.deliver(fake_telegram.message_update(CHAT, PCI_QUESTION))
        fake_telegram.deliver(fake_telegram.message_update(CHAT + 1, "Còn kênh phát thanh?"))
        fake_telegram.deliver(fake_telegram.message_update(CHAT, "Còn kênh phát thanh?"))
        fake_telegram.wait_calls("sendMessage", 3)
    assert scripted_assistant.answerer.histories == [[], [], [PCI_QUESTION]]


# -- webhook mode ---------------------------------------------------------------------------------------
@pytest.fixture
def webhook_app(fake_telegram, real_assistant, store, bot_settings, live_app_factory):
    settings = telegram_settings(bot_settings, fake_telegram)
    app = live_app_factory(settings, real_assistant, store)
    asyncio.run(register_webhook(settings, real_assistant, store, "telegram", f"{app.url}/webhooks/telegram"))
    assert fake_telegram.webhook == {"url": f"{app.url}/webhooks/telegram", "secret_token": TELEGRAM_SECRET}
    return app


@pytest.mark.parametrize("index_mode", INDEX_MODES)  # the index embedded, and in a Chroma server
def test_webhook_end_to_end(fake_telegram, webhook_app):
    response = fake_telegram.deliver(fake_telegram.message_update(CHAT, PCI_QUESTION))
    assert response.status_code == 200 and response.json() == {"ok": True}
    [answer] = fake_telegram.wait_calls("sendMessage", 1)
    assert_pci_answer(answer.params["text"])
    assert answer.params["chat_id"] == CHAT


def test_webhook_rejects_a_wrong_or_missing_secret_and_sends_nothing(fake_telegram, webhook_app):
    wrong = fake_telegram.deliver(fake_telegram.message_update(CHAT, "Câu hỏi giả mạo 1"), secret="not-the-secret")
    missing = fake_telegram.deliver(fake_telegram.message_update(CHAT, "Câu hỏi giả mạo 2"), secret=None)
    assert wrong.status_code == 403 and missing.status_code == 401
    assert wrong.json()["ok"] is False and "X-Telegram-Bot-Api-Secret-Token" in wrong.json()["error"]
    fake_telegram.deliver(fake_telegram.message_update(CHAT, PCI_QUESTION))  # a genuine one, after them
    webhook_app.wait_idle()
    [answer] = fake_telegram.calls("sendMessage")
    assert_pci_answer(answer.params["text"])


def test_webhook_malformed_json_is_422_and_sends_nothing(fake_telegram, webhook_app):
    bad = fake_telegram.deliver({}, raw=b'{"update_id": 1, "message": ')
    assert bad.status_code == 422 and "(request body is not valid JSON)" in bad.json()["error"]
    not_an_update = fake_telegram.deliver({}, raw=json.dumps({"hello": "world"}).encode())
    assert not_an_update.status_code == 422 and "update_id" in not_an_update.json()["error"]
    webhook_app.wait_idle()
    assert fake_telegram.calls("sendMessage") == []


def test_webhook_redelivery_is_answered_once(fake_telegram, webhook_app):
    update = fake_telegram.message_update(CHAT, PCI_QUESTION)
    assert fake_telegram.deliver(update).status_code == 200
    assert fake_telegram.deliver(update).status_code == 200  # Telegram retries when unsure
    webhook_app.wait_idle()
    assert len(fake_telegram.calls("sendMessage")) == 1


def test_webhook_10000_character_message_gets_a_clear_reply(fake_telegram, webhook_app):
    text = ("Ai chủ trì Bản tin PCI? " * 420)[:10_000]
    assert fake_telegram.deliver(fake_telegram.message_update(CHAT, text)).status_code == 200
    [reply] = fake_telegram.wait_calls("sendMessage", 1)
    assert "quá dài" in reply.params["text"] and "tối đa 2000" in reply.params["text"]


# -- the platform misbehaving ---------------------------------------------------------------------------
@pytest.fixture
def scripted_webhook(fake_telegram, scripted_assistant, store, bot_settings, live_app_factory):
    def start(**settings_changes):
        settings = telegram_settings(bot_settings, fake_telegram, **settings_changes)
        app = live_app_factory(settings, scripted_assistant, store)
        asyncio.run(register_webhook(settings, scripted_assistant, store, "telegram", f"{app.url}/webhooks/telegram"))
        return app, settings

    return start


def test_429_and_5xx_are_retried_and_the_answer_sent_once(fake_telegram, scripted_webhook):
    app, settings = scripted_webhook()
    fake_telegram.inject("sendMessage", Fault(429, retry_after=1), Fault(500), Fault(502))
    fake_telegram.deliver(fake_telegram.message_update(CHAT, PCI_QUESTION))
    app.wait_idle()
    attempts = fake_telegram.calls("sendMessage", ok_only=False)
    assert [r.status for r in attempts] == [429, 500, 502, 200]
    assert_pci_answer(fake_telegram.calls("sendMessage")[0].params["text"])
    assert Outbox(settings.state_db).count("telegram") == 0


def test_a_timeout_is_retried(fake_telegram, scripted_webhook):
    app, _ = scripted_webhook(bot_http_timeout_s=2.0)
    fake_telegram.inject("sendMessage", Fault(504, delay_s=5.0))
    fake_telegram.deliver(fake_telegram.message_update(CHAT, PCI_QUESTION))
    app.wait_idle()
    attempts = fake_telegram.calls("sendMessage", ok_only=False)
    assert [r.fault is not None for r in attempts] == [True, False]


def test_when_retries_run_out_the_reply_waits_in_the_outbox_and_goes_out_first(fake_telegram, scripted_webhook):
    app, settings = scripted_webhook()
    fake_telegram.inject("sendMessage", *[Fault(503)] * 4)
    fake_telegram.deliver(fake_telegram.message_update(CHAT, PCI_QUESTION))
    app.wait_idle()
    assert fake_telegram.calls("sendMessage") == []
    [(kept, status)] = Outbox(settings.state_db).items("telegram")
    assert status == "pending" and "Đài Phát thanh" in kept.payload["text"]

    fake_telegram.deliver(fake_telegram.message_update(CHAT, "/help"))  # the platform is back
    app.wait_idle()
    texts = fake_telegram.sent_texts(CHAT)
    assert len(texts) == 2
    assert_pci_answer(texts[0])  # the kept answer first, then the new reply
    assert "/start" in texts[1]
    assert Outbox(settings.state_db).count("telegram", "pending") == 0


# -- formatting on the wire ---------------------------------------------------------------------------------
def test_html_is_escaped(fake_telegram, scripted_webhook):
    app, _ = scripted_webhook()
    fake_telegram.deliver(fake_telegram.message_update(CHAT, ESCAPE_QUESTION))
    [answer] = fake_telegram.wait_calls("sendMessage", 1)
    text = answer.params["text"]
    assert "Tỷ lệ &lt;b&gt;không phải thẻ&lt;/b&gt;: 3 &lt; 5 &amp; 7 &gt; 2, Sở KH&amp;CN." in text
    assert "Kế hoạch &lt;thử&gt; &amp; kiểm tra" in text
    assert "<b>Nguồn:</b>" in text


def test_a_long_answer_is_split_under_4096_with_buttons_on_the_last_part(fake_telegram, scripted_webhook):
    app, _ = scripted_webhook()
    fake_telegram.deliver(fake_telegram.message_update(CHAT, LONG_QUESTION))
    app.wait_idle()
    parts = fake_telegram.calls("sendMessage")
    assert len(parts) == 3
    assert all(len(p.params["text"].encode("utf-16-le")) // 2 <= 4096 for p in parts)
    assert all(p.params["text"].rstrip().endswith((".", "C.II.12.c")) for p in parts)
    assert [bool(buttons(p)) for p in parts] == [False, False, True]


def test_callback_data_for_long_ids_stays_under_64_bytes(fake_telegram, scripted_assistant, store, bot_settings, tmp_path):
    settings = telegram_settings(bot_settings, fake_telegram)
    transport = TelegramTransport(settings, BotCore(scripted_assistant, store, settings), Outbox(tmp_path / "o.db"))
    long_id = "m" * 80
    for prefix, kind, rating in (("src", "src", 0), ("fb:+", "fb", 1), ("fb:-", "fb", -1)):
        data = transport.callback_data(prefix, long_id)
        assert len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT
        assert transport.parse_callback_data(data) == (kind, rating, long_id)
    assert transport.parse_callback_data("src:~unknownalias") is None
    assert transport.parse_callback_data("other:1") is None


def test_webhook_404_when_telegram_is_not_configured(bot_settings, scripted_assistant, store, live_app_factory):
    import httpx

    app = live_app_factory(bot_settings, scripted_assistant, store)
    response = httpx.post(f"{app.url}/webhooks/telegram", json={"update_id": 1},
                          headers={"X-Telegram-Bot-Api-Secret-Token": "x"})
    assert response.status_code == 404 and response.json()["ok"] is False


def test_group_messages_are_answered_as_replies(fake_telegram, scripted_webhook):
    app, _ = scripted_webhook()
    update = fake_telegram.message_update(-100123, f"@qna_cchc_bot {PCI_QUESTION}", user_id=77, chat_type="group")
    fake_telegram.deliver(update)
    [answer] = fake_telegram.wait_calls("sendMessage", 1)
    assert answer.params["reply_parameters"]["message_id"] == update["message"]["message_id"]
    wait_until(lambda: app.bots.in_flight == 0, 60, "idle")


def test_polling_errors_are_one_line_each_and_polling_goes_on(fake_telegram, scripted_assistant, store, bot_settings,
                                                             caplog):
    settings = telegram_settings(bot_settings, fake_telegram)
    fake_telegram.inject("getUpdates", Fault(502), Fault(502))
    with PollingBot(settings, scripted_assistant, store, "telegram", policy=FAST_POLICY, poll_timeout=1):
        fake_telegram.deliver(fake_telegram.message_update(CHAT, PCI_QUESTION))
        assert_pci_answer(fake_telegram.wait_calls("sendMessage", 1)[0].params["text"])
    failures = [r for r in caplog.records if "updates" in r.getMessage() and r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in failures] == ["telegram: getting updates failed (NetworkError: Bad Gateway); "
                                                  "retrying"] * 2
    assert not any(r.exc_info for r in failures)
