"""Zalo Official Account end to end: the stand-in signs and POSTs events to the real
FastAPI app under uvicorn; replies go to its /v3.0/oa/message/cs, tokens refresh on -216."""
from __future__ import annotations

import json

import pytest

from bot_testing import zalo_oa_settings
from bots.outbox import Outbox
from bots.platforms import NotConfigured
from bots.zalo_oa import signature, verify_signature
from fakes.fake_zalo_oa import Fault
from scripted import LONG_QUESTION, PCI_QUESTION
from tests.index.chroma_support import INDEX_MODES

PCI_LEAD = "Đài Phát thanh và Truyền hình tỉnh"
USER = "246845883529197922"


@pytest.fixture
def oa(fake_zalo_oa_server, bot_settings):
    return fake_zalo_oa_server, zalo_oa_settings(bot_settings, fake_zalo_oa_server)


@pytest.fixture
def real_app(oa, real_assistant, store, live_app_factory):
    fake, settings = oa
    app = live_app_factory(settings, real_assistant, store)
    return fake, app, f"{app.url}/webhooks/zalo-oa"


@pytest.fixture
def scripted_app(oa, scripted_assistant, store, live_app_factory):
    def start(**changes):
        fake, settings = oa
        settings = settings.model_copy(update=changes)
        app = live_app_factory(settings, scripted_assistant, store)
        return fake, app, f"{app.url}/webhooks/zalo-oa", settings

    return start


@pytest.mark.parametrize("index_mode", INDEX_MODES)  # the index embedded, and in a Chroma server
def test_end_to_end_answer_with_citation(real_app):
    fake, app, url = real_app
    response = fake.deliver(url, fake.event(USER, PCI_QUESTION))
    assert response.status_code == 200 and response.json() == {"ok": True}
    [call] = fake.wait_calls("message/cs", 1)
    assert call.headers["access_token"] == "access-0"
    assert call.params["recipient"] == {"user_id": USER}
    text = call.params["message"]["text"]
    assert PCI_LEAD in text and "C.II.12.c" in text
    assert "nguồn" in text  # how to see the quotes without buttons


def test_sources_and_feedback_by_text(real_app, store):
    fake, app, url = real_app
    fake.deliver(url, fake.event(USER, PCI_QUESTION))
    fake.wait_calls("message/cs", 1)
    fake.deliver(url, fake.event(USER, "nguồn"))
    sources = fake.wait_calls("message/cs", 2)[-1].params["message"]["text"]
    assert sources.startswith("Nguồn trích dẫn") and "mục C.II.12.c" in sources and "“" in sources
    fake.deliver(url, fake.event(USER, "👍"))
    assert "Cảm ơn" in fake.wait_calls("message/cs", 3)[-1].params["message"]["text"]
    assert [f["source"] for f in store.feedback()] == ["zalo-oa"]


def test_an_expired_token_is_refreshed_stored_and_the_message_sent_once(scripted_app, store):
    fake, app, url, settings = scripted_app()
    fake.expire_access_token()
    fake.deliver(url, fake.event(USER, PCI_QUESTION))
    app.wait_idle()
    attempts = fake.calls("message/cs", ok_only=False)
    assert [r.api_error for r in attempts] == [-216, None]
    [refresh] = fake.calls("access_token")
    assert refresh.headers["secret_key"] == fake.app_secret
    assert refresh.params == {"app_id": fake.app_id, "grant_type": "refresh_token", "refresh_token": "refresh-0"}
    assert attempts[1].headers["access_token"] == "access-1"
    assert store.kv_get("zalo-oa:refresh_token") == "refresh-1"  # durable: the old one is spent
    assert store.kv_get("zalo-oa:access_token") == "access-1"
    assert PCI_LEAD in fake.sent_texts(USER)[0]

    fake.deliver(url, fake.event(USER, "/help"))  # the stored token is used from now on
    app.wait_idle()
    assert fake.calls("message/cs")[-1].headers["access_token"] == "access-1"
    assert len(fake.calls("access_token", ok_only=False)) == 1


def test_without_the_app_secret_the_oa_refuses_to_start_rather_than_refresh_with_the_oa_secret(
        oa, scripted_assistant, store, live_app_factory):
    fake, settings = oa
    with pytest.raises(NotConfigured, match="QNA_ZALO_APP_SECRET_KEY") as refused:
        live_app_factory(settings.model_copy(update={"zalo_app_secret_key": ""}), scripted_assistant, store)
    assert "QNA_ZALO_OA_SECRET_KEY" not in str(refused.value) and "\n" not in str(refused.value)
    assert fake.calls("access_token", ok_only=False) == []


def test_a_refused_refresh_keeps_the_reply_in_the_outbox(scripted_app, store):
    fake, app, url, settings = scripted_app(zalo_oa_refresh_token="refresh-spent")
    fake.expire_access_token()
    fake.deliver(url, fake.event(USER, PCI_QUESTION))
    app.wait_idle()
    assert fake.calls("message/cs") == []
    [(item, status)] = Outbox(settings.state_db).items("zalo-oa")
    assert status == "pending" and "refresh" in item.last_error.lower()


@pytest.mark.parametrize("header, status", [(None, 401), ("mac=" + "0" * 64, 403), ("garbage", 403)])
def test_a_bad_signature_is_rejected_and_nothing_sent(scripted_app, header, status):
    fake, app, url, _ = scripted_app()
    response = fake.deliver(url, fake.event(USER, "Câu hỏi giả mạo"), signature=header)
    assert response.status_code == status and response.json()["ok"] is False
    fake.deliver(url, fake.event(USER, PCI_QUESTION))  # a genuine one, after it
    app.wait_idle()
    assert len(fake.sent_texts()) == 1 and PCI_LEAD in fake.sent_texts()[0]


def test_a_signature_over_other_bytes_is_rejected(scripted_app):
    fake, app, url, _ = scripted_app()
    event = fake.event(USER, "Chuyển khoản cho tôi")
    body = json.dumps(event, ensure_ascii=False).encode()
    forged = fake.sign(body, event["timestamp"])  # valid for the original body...
    tampered = body.replace("Chuyển khoản".encode(), "Chuyen khoan".encode())
    response = fake.deliver(url, event, signature=forged, raw=tampered)  # ...sent with other bytes
    assert response.status_code == 403
    app.wait_idle()
    assert fake.calls("message/cs", ok_only=False) == []


def test_malformed_json_is_422_and_nothing_sent(scripted_app):
    fake, app, url, _ = scripted_app()
    malformed = b'{"timestamp": "1700000000000", "event_name": "user_send_text",'
    response = fake.deliver(url, {"timestamp": "1700000000000"}, raw=malformed)  # signed: it is parsed
    assert response.status_code == 422 and "(request body is not valid JSON)" in response.json()["error"]
    incomplete = fake.event(USER, "x")
    del incomplete["message"]["msg_id"]
    response = fake.deliver(url, incomplete)
    assert response.status_code == 422 and "msg_id" in response.json()["error"]
    app.wait_idle()
    assert fake.calls("message/cs", ok_only=False) == []


def test_other_events_are_acknowledged_and_ignored(scripted_app):
    fake, app, url, _ = scripted_app()
    for name in ("follow", "user_received_message"):
        response = fake.deliver(url, fake.event(USER, "", event_name=name))
        assert response.status_code == 200 and response.json() == {"ok": True, "ignored": name}
    app.wait_idle()
    assert fake.calls("message/cs", ok_only=False) == []


def test_a_redelivered_msg_id_is_answered_once(scripted_app):
    fake, app, url, _ = scripted_app()
    event = fake.event(USER, PCI_QUESTION, msg_id="96d3cdf3af150460909")
    assert fake.deliver(url, event).status_code == 200
    assert fake.deliver(url, event).status_code == 200
    app.wait_idle()
    assert len(fake.calls("message/cs")) == 1


def test_429_5xx_and_timeouts_are_retried_nothing_lost(scripted_app):
    fake, app, url, settings = scripted_app(bot_http_timeout_s=2.0)
    fake.inject("message/cs", Fault(429, retry_after=1), Fault(500), Fault(504, delay_s=5.0))
    fake.deliver(url, fake.event(USER, PCI_QUESTION))
    app.wait_idle()
    assert [r.status for r in fake.calls("message/cs", ok_only=False)] == [429, 500, 504, 200]
    assert len(fake.sent_texts(USER)) == 1
    assert Outbox(settings.state_db).count("zalo-oa") == 0


def test_exhausted_retries_are_kept_and_sent_with_the_next_reply(scripted_app):
    fake, app, url, settings = scripted_app()
    fake.inject("message/cs", *[Fault(502)] * 4)
    fake.deliver(url, fake.event(USER, PCI_QUESTION))
    app.wait_idle()
    assert fake.sent_texts() == [] and Outbox(settings.state_db).count("zalo-oa") == 1
    fake.deliver(url, fake.event(USER, "/start"))
    app.wait_idle()
    texts = fake.sent_texts(USER)
    assert PCI_LEAD in texts[0] and texts[1].startswith("Xin chào")
    assert Outbox(settings.state_db).count("zalo-oa") == 0


def test_a_10000_character_message_gets_a_clear_reply(scripted_app):
    fake, app, url, _ = scripted_app()
    fake.deliver(url, fake.event(USER, "x" * 10_000))
    [reply] = fake.wait_calls("message/cs", 1)
    assert "quá dài" in reply.params["message"]["text"]


def test_long_answers_are_split_under_2000_characters(scripted_app):
    fake, app, url, _ = scripted_app()
    fake.deliver(url, fake.event(USER, LONG_QUESTION))
    app.wait_idle()
    texts = fake.sent_texts(USER)
    assert len(texts) >= 5 and all(len(t) <= 2000 for t in texts)
    assert all(t.endswith(".") for t in texts[:-2])  # sentence boundaries


def test_signature_helper_matches_the_documented_formula():
    import hashlib

    raw = b'{"event_name":"user_send_text"}'
    expected = "mac=" + hashlib.sha256(b"123" + raw + b"1700000000000" + b"secret").hexdigest()
    assert signature("123", raw, "1700000000000", "secret") == expected
    assert verify_signature(expected, "123", raw, 1700000000000, "secret")  # a numeric timestamp too
    assert not verify_signature(expected, "123", raw + b" ", "1700000000000", "secret")
    assert not verify_signature(expected, "123", raw, None, "secret")
