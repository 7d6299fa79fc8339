"""The webhook router as a whole: readiness and the inbox, the outbox at start-up, mounting in the app, hostile
bodies, the per-user rate limit."""
from __future__ import annotations

import threading

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

import assistant.http.app as http_app
from assistant.http.readiness import AssistantHandle
from bot_testing import (TELEGRAM_SECRET, ZALO_BOT_SECRET, telegram_settings, wait_until, zalo_bot_settings,
                         zalo_oa_settings)
from bots.outbox import Outbox
from bots.webhooks import build_router
from scripted import ENGLISH_QUESTION, PCI_QUESTION

PCI_LEAD = "Đài Phát thanh và Truyền hình tỉnh"


def test_telegram_updates_are_refused_with_503_while_the_assistant_loads(fake_telegram, bot_settings, store):
    settings = telegram_settings(bot_settings, fake_telegram)
    app = FastAPI()
    app.include_router(build_router(settings, AssistantHandle(None), store))
    with TestClient(app) as client:
        response = client.post("/webhooks/telegram", json=fake_telegram.message_update(1, PCI_QUESTION),
                               headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET})
    assert response.status_code == 503 and response.headers["Retry-After"] == "10"
    assert fake_telegram.calls("sendMessage", ok_only=False) == []


# -- Zalo: kept in the inbox, acknowledged at once, answered once the assistant is ready -------------------
@pytest.fixture
def zalo_both(fake_zalo_oa_server, fake_zalo_bot, bot_settings):
    return zalo_oa_settings(zalo_bot_settings(bot_settings, fake_zalo_bot), fake_zalo_oa_server)


@pytest.fixture
def loading(monkeypatch, scripted_assistant):
    """``create_app`` without an assistant loads one in the background; here loading ends when the test says."""
    release = threading.Event()

    def load(settings, store):
        release.wait(120)
        return scripted_assistant

    monkeypatch.setattr(http_app, "_load_assistant", load)
    yield release
    release.set()


def test_zalo_updates_are_acknowledged_while_loading_and_answered_once_when_ready(
        zalo_both, fake_zalo_oa_server, fake_zalo_bot, store, loading, live_app_factory):
    app = live_app_factory(zalo_both, None, store)
    oa_url = f"{app.url}/webhooks/zalo-oa"
    fake_zalo_bot.webhook = {"url": f"{app.url}/webhooks/zalo-bot", "secret_token": ZALO_BOT_SECRET}
    oa_event = fake_zalo_oa_server.event("u1", PCI_QUESTION)
    with_id = fake_zalo_bot.update("c1", PCI_QUESTION)
    without_id = fake_zalo_bot.update("c2", ENGLISH_QUESTION)
    del without_id["message"]["message_id"]
    for _ in range(2):  # each delivered twice: the second is a redelivery
        assert fake_zalo_oa_server.deliver(oa_url, oa_event).json() == {"ok": True}
        for update in (with_id, without_id):
            response = fake_zalo_bot.deliver(update)
            assert response.status_code == 200 and response.json() == {"ok": True}
    assert not app.app.state.assistant.ready  # still loading: kept, not answered
    assert (store.inbox_count("zalo-oa"), store.inbox_count("zalo-bot")) == (2, 4)
    assert fake_zalo_oa_server.calls("message/cs", ok_only=False) == []
    assert fake_zalo_bot.calls("sendMessage", ok_only=False) == []

    loading.set()
    wait_until(lambda: store.inbox_count("zalo-oa") + store.inbox_count("zalo-bot") == 0, 60, "the inbox to empty")
    assert len(fake_zalo_oa_server.sent_texts("u1")) == 1 and PCI_LEAD in fake_zalo_oa_server.sent_texts("u1")[0]
    assert len(fake_zalo_bot.sent_texts("c1")) == 1 and PCI_LEAD in fake_zalo_bot.sent_texts("c1")[0]
    assert len(fake_zalo_bot.sent_texts("c2")) == 1


def test_updates_kept_when_the_server_stopped_are_answered_once_after_a_restart(
        zalo_both, fake_zalo_oa_server, scripted_assistant, store, loading, live_app_factory):
    first = live_app_factory(zalo_both, None, store)  # stopped before it finished loading
    event = fake_zalo_oa_server.event("u1", PCI_QUESTION)
    assert fake_zalo_oa_server.deliver(f"{first.url}/webhooks/zalo-oa", event).status_code == 200
    first.__exit__(None, None, None)
    assert store.inbox_count("zalo-oa") == 1 and fake_zalo_oa_server.calls("message/cs", ok_only=False) == []

    second = live_app_factory(zalo_both, scripted_assistant, store)
    wait_until(lambda: store.inbox_count("zalo-oa") == 0, 60, "the kept update to be answered")
    assert fake_zalo_oa_server.deliver(f"{second.url}/webhooks/zalo-oa", event).status_code == 200  # redelivered
    second.wait_idle()
    assert store.inbox_count("zalo-oa") == 0
    [answer] = fake_zalo_oa_server.sent_texts("u1")
    assert PCI_LEAD in answer


# -- a rate limit per platform user, after the secret or signature ------------------------------------------
def _genuine_and_forged(platform: str, fakes, url: str, user: str):
    """Functions that POST one update from ``user`` to ``platform``'s route: with the right secret or
    signature, and with a wrong one."""
    telegram, zalo_oa, zalo_bot = fakes
    if platform == "zalo-oa":
        def send(signature):
            return zalo_oa.deliver(url, zalo_oa.event(user, PCI_QUESTION), signature=signature)
        return (lambda: send("valid")), (lambda: send("mac=" + "0" * 64))
    header, secret = SECRETS[platform]

    def post(token):
        update = (telegram.message_update(int(user), PCI_QUESTION) if platform == "telegram"
                  else zalo_bot.update(user, PCI_QUESTION))
        return httpx.post(url, json=update, headers={header: token}, timeout=30)
    return (lambda: post(secret)), (lambda: post("wrong-secret-123"))


@pytest.mark.parametrize("platform", ["telegram", "zalo-oa", "zalo-bot"])
def test_each_platform_user_is_rate_limited_after_the_secret_check(
        platform, fake_telegram, fake_zalo_oa_server, fake_zalo_bot, bot_settings, scripted_assistant, store,
        live_app_factory):
    settings = zalo_oa_settings(zalo_bot_settings(telegram_settings(bot_settings, fake_telegram), fake_zalo_bot),
                                fake_zalo_oa_server, bot_webhook_rate_limit_per_minute=2)
    app = live_app_factory(settings, scripted_assistant, store)
    fakes, url = (fake_telegram, fake_zalo_oa_server, fake_zalo_bot), f"{app.url}/webhooks/{platform}"
    genuine, forged = _genuine_and_forged(platform, fakes, url, "1001")
    for _ in range(3):  # forged calls naming the user do not spend the user's allowance
        assert forged().status_code == 403
    assert [genuine().status_code for _ in range(2)] == [200, 200]
    refused = genuine()
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert refused.json()["ok"] is False and "(too many requests)" in refused.json()["error"]
    other, _ = _genuine_and_forged(platform, fakes, url, "1002")
    assert other().status_code == 200  # the limit is per user
    app.wait_idle()


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


# -- hostile bodies, on the real app ------------------------------------------------------------------
DEEP = b"[" * 5000 + b"]" * 5000
SECRETS = {"telegram": ("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET),
           "zalo-bot": ("X-Bot-Api-Secret-Token", ZALO_BOT_SECRET)}


@pytest.fixture
def all_three(fake_telegram, fake_zalo_oa_server, fake_zalo_bot, bot_settings, scripted_assistant, store,
              live_app_factory):
    settings = zalo_oa_settings(zalo_bot_settings(telegram_settings(bot_settings, fake_telegram), fake_zalo_bot),
                                fake_zalo_oa_server)
    return live_app_factory(settings, scripted_assistant, store).url + "/webhooks/"


def test_the_zalo_oa_signature_is_checked_before_the_body_is_parsed(all_three, fake_zalo_oa_server):
    forged = httpx.post(all_three + "zalo-oa", content=DEEP, headers={"X-ZEvent-Signature": "mac=" + "0" * 64})
    assert forged.status_code == 403 and forged.json()["ok"] is False
    signed_deep = b'{"timestamp": "1700000000000", "x": ' + DEEP + b"}"
    response = fake_zalo_oa_server.deliver(all_three + "zalo-oa", {"timestamp": "1700000000000"}, raw=signed_deep)
    assert response.status_code == 422 and "(request body is nested too deeply)" in response.json()["error"]


@pytest.mark.parametrize("path", sorted(SECRETS))
@pytest.mark.parametrize("raw, english", [
    (DEEP, "request body is nested too deeply"),
    (b'{"update_id": 1, "message": {"text": "PCI \\ud800"}}', "request body contains a lone surrogate"),
    (b'{"update_id": 1, "text": "caf\xe9"}', "request body is not UTF-8"),
])
def test_hostile_bodies_with_the_right_secret_get_the_apis_422(all_three, path, raw, english):
    header, secret = SECRETS[path]
    response = httpx.post(all_three + path, content=raw, headers={header: secret})
    assert response.status_code == 422 and f"({english})" in response.json()["error"]


def test_webhooks_have_their_own_body_limit_in_the_app(all_three):
    header, secret = SECRETS["zalo-bot"]
    sticker = {"event_name": "message.sticker.received", "message": {"chat": {"id": "c"}}, "pad": "x" * 200_000}
    response = httpx.post(all_three + "zalo-bot", json=sticker, headers={header: secret})
    assert response.status_code == 200  # over the API's 64,000 bytes, within the webhooks' 1 MB
    response = httpx.post(all_three + "zalo-bot", content=b"{" + b" " * 1_100_000 + b"}", headers={header: secret})
    assert response.status_code == 413
    api = httpx.post(all_three.replace("/webhooks/", "/v1/ask"), json={"question": "x" * 200_000})
    assert api.status_code == 413
