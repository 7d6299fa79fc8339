"""API keys, rate limit, body size, and logs without personal data."""
from __future__ import annotations

import logging
import re
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant import storage
from assistant.http import create_app
from assistant.http.errors import RequestId
from assistant.http.security import MASK, PersonalDataFilter, TrustedProxies, client_address, mask_personal
from assistant.ratelimit import DatabaseStorage, RateLimiter
from http_support import QUESTION, LiveServer, make_settings


# -- masking ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, secret", [
    ("Tôi ở số 0905123456, hỏi về dịch vụ công", "0905123456"),
    ("gọi 0905 123 456 nhé", "0905 123 456"),
    ("gọi 090.512.3456", "090.512.3456"),
    ("hotline 0255-3822-123", "0255-3822-123"),
    ("số +84 905 123 456", "+84 905 123 456"),
    ("số +84905123456", "+84905123456"),
    ("CMND 212345678 của tôi", "212345678"),
    ("CCCD 051203001234 bị mất", "051203001234"),
    ("CCCD 051 203 001 234 bị mất", "051 203 001 234"),
    ("email nguyen.van.a@gmail.com", "nguyen.van.a@gmail.com"),
])
def test_masker_hides_phone_id_and_email(text, secret):
    masked = mask_personal(text)
    assert secret not in masked and MASK in masked
    digits = "".join(ch for ch in secret if ch.isdigit())
    if digits:
        assert digits not in "".join(ch for ch in masked if ch.isdigit())


@pytest.mark.parametrize("text", [
    "Kế hoạch số 281/KH-SKHCN ngày 26/3/2025",
    "giai đoạn 2022 - 2025, mục C.II.12.c",
    "Quyết định số 2074/QĐ-UBND ngày 20/12/2021",
    "năm 2025 có 100% hồ sơ trực tuyến",
    "kinh phí 1.500.000.000 đồng",
])
def test_masker_keeps_ordinary_numbers(text):
    assert mask_personal(text) == text


def test_filter_masks_formatted_records():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "q=%s from %s", ("0905123456", "CCCD 051203001234"), None)
    PersonalDataFilter().filter(record)
    assert "0905123456" not in record.getMessage() and "051203001234" not in record.getMessage()


def test_questions_and_paths_are_logged_masked(client, caplog):
    caplog.set_level(logging.INFO, logger="assistant")
    client.post("/v1/ask", json={"question": "Tôi là 0905123456, " + QUESTION})
    client.get("/v1/search", params={"q": "CCCD 051203001234 PCI"})
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ask q=" in logged and "/v1/search" in logged
    assert "0905123456" not in logged and "051203001234" not in logged
    assert "Bản tin PCI" in logged  # the rest of the question is kept


# -- rate limit ---------------------------------------------------------------------------------
def test_the_window_moves(tmp_path):
    """The API's limiter is the bots' one (assistant/ratelimit.py): ``per_minute`` calls in any 60 seconds."""
    now = [0.0]
    db = storage.Database(tmp_path / "state.db")
    rl = RateLimiter(3, DatabaseStorage(db, clock=lambda: now[0]))
    assert [rl.check("a").allowed for _ in range(3)] == [True, True, True]
    refused = rl.check("a")
    assert not refused.allowed and refused.retry_after_s == pytest.approx(60.0)  # when the first call leaves
    assert rl.check("b").allowed  # another client has its own window
    now[0] = 20.0
    assert rl.check("a").retry_after_s == pytest.approx(40.0)
    now[0] = 60.0  # the three calls have left the window; refused calls were never counted
    assert [rl.check("a").allowed for _ in range(4)] == [True, True, True, False]
    assert RateLimiter(0).check("a").allowed  # 0 disables the limit
    db.close()


def test_rate_limit_answers_429_with_retry_after(http_settings, assistant, store):
    settings = make_settings(http_settings, rate_limit_per_minute=2)
    with TestClient(create_app(settings, assistant=assistant, store=store), raise_server_exceptions=False) as c:
        assert c.get("/v1/models").status_code == 200
        assert c.get("/v1/models").status_code == 200
        r = c.get("/v1/models")
        assert r.status_code == 429
        assert int(r.headers["retry-after"]) >= 1
        assert "nhiều" in r.json()["error"]
        assert c.get("/healthz").status_code == 200  # probes are never limited


def statuses(url: str, forwarded_for: list[str]) -> list[int]:
    """GET /v1/models once per X-Forwarded-For value, from 127.0.0.1."""
    return [httpx.get(url + "/v1/models", headers={"X-Forwarded-For": xff}, timeout=30).status_code
            for xff in forwarded_for]


def test_a_new_x_forwarded_for_per_request_does_not_dodge_the_limit(http_settings, assistant, store):
    settings = make_settings(http_settings, rate_limit_per_minute=3)  # no trusted proxy (the default)
    with LiveServer(create_app(settings, assistant=assistant, store=store), as_served=True) as server:
        rotating = [f"203.0.113.{i}" for i in range(1, 7)]
        assert statuses(server.url, rotating) == [200, 200, 200, 429, 429, 429]


def test_behind_a_trusted_proxy_the_right_most_untrusted_address_is_the_client(http_settings, assistant, store):
    settings = make_settings(http_settings, rate_limit_per_minute=2, trusted_proxies="127.0.0.1, 10.0.0.0/8")
    with LiveServer(create_app(settings, assistant=assistant, store=store), as_served=True) as server:
        # the client 203.0.113.7, through a second proxy 10.1.2.3; what it writes on the left is ignored
        assert statuses(server.url, ["203.0.113.7, 10.1.2.3", "spoof-1, 203.0.113.7, 10.1.2.3",
                                     "198.51.100.2, 203.0.113.7, 10.1.2.3"]) == [200, 200, 429]
        assert statuses(server.url, ["198.51.100.9", "198.51.100.9"]) == [200, 200]  # another client


@pytest.mark.parametrize("peer, forwarded, client", [
    ("203.0.113.5", "1.2.3.4", "203.0.113.5"),  # an untrusted peer: its header is ignored
    ("10.0.0.2", "1.2.3.4", "1.2.3.4"),
    ("10.0.0.2", "9.9.9.9, 1.2.3.4, 10.0.0.7", "1.2.3.4"),
    ("10.0.0.2", "10.0.0.9, 10.0.0.7", "10.0.0.9"),  # only proxies: the first one
    ("10.0.0.2", None, "10.0.0.2"),
    ("::ffff:10.0.0.2", "1.2.3.4", "1.2.3.4"),  # a dual-stack socket
    ("2001:db8::1", "1.2.3.4", "1.2.3.4"),
])
def test_client_address(peer, forwarded, client):
    trusted = TrustedProxies("10.0.0.0/8, 2001:db8::/32")
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    assert client_address({"client": (peer, 4000), "headers": headers}, trusted) == client


def test_a_bad_trusted_proxies_setting_is_named():
    with pytest.raises(ValueError, match="QNA_TRUSTED_PROXIES"):
        TrustedProxies("10.0.0.0/8, proxy.example")


# -- API keys -------------------------------------------------------------------------------------
def test_api_keys_protect_every_v1_route(http_settings, assistant, store):
    settings = make_settings(http_settings, api_keys=["khoa-1", "khoa-2"])
    with TestClient(create_app(settings, assistant=assistant, store=store), raise_server_exceptions=False) as c:
        for method, path, kw in [("GET", "/v1/models", {}), ("GET", "/v1/documents", {}),
                                 ("GET", "/v1/search?q=PCI", {}), ("POST", "/v1/ask", {"json": {"question": QUESTION}}),
                                 ("POST", "/v1/ask/stream", {"json": {"question": QUESTION}}),
                                 ("POST", "/v1/feedback", {"json": {"message_id": "x", "rating": 1}}),
                                 ("POST", "/v1/chat/completions", {"json": {"messages": [{"role": "user", "content": "hi"}]}})]:
            r = c.request(method, path, **kw)
            assert r.status_code == 401, (path, r.status_code)
            assert r.headers["www-authenticate"] == "Bearer" and "API" in r.json()["error"]
            r = c.request(method, path, headers={"Authorization": "Bearer khoa-3"}, **kw)
            assert r.status_code == 401, path
        r = c.post("/v1/ask", json={"question": QUESTION}, headers={"Authorization": "Bearer khoa-2"})
        assert r.status_code == 200
        assert c.get("/healthz").status_code == 200 and c.get("/").status_code == 200


# -- body size ------------------------------------------------------------------------------------
def test_body_size_limit(http_settings, assistant, store):
    settings = make_settings(http_settings, max_body_bytes=1000)
    app = create_app(settings, assistant=assistant, store=store)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/v1/ask", json={"question": "a" * 2000})
        assert r.status_code == 413 and "1000" in r.json()["error"]
    # a chunked body (no Content-Length) is counted as it arrives; needs a real server
    with LiveServer(app) as server:
        def chunks():
            yield b'{"question": "'
            for _ in range(20):
                yield b"a" * 100
            yield b'"}'
        r = httpx.post(server.url + "/v1/ask", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413 and "1000" in r.json()["error"]
        r = httpx.post(server.url + "/v1/ask", json={"question": QUESTION})
        assert r.status_code == 200


# -- request ids, header sizes, secrets ---------------------------------------------------------
def test_request_ids_are_never_masked_but_what_is_around_them_is():
    """Random hex ids held a run of digits that looks like a phone number about once in 30 (``[request
    b[đã ẩn]a44]``); the filter keeps them whole, and still masks the rest of the line."""
    from assistant.http.errors import request_id

    mask = PersonalDataFilter()
    ids = [request_id({}) for _ in range(3000)] + [RequestId("b0905123456a44c"), RequestId("0905123456789012")]
    for rid in ids:
        record = logging.LogRecord("assistant.http", logging.INFO, __file__, 1, "GET /x 0905123456 [request %s]",
                                   (rid,), None)
        mask.filter(record)
        assert record.getMessage() == f"GET /x {MASK} [request {rid}]"


def test_a_request_head_is_bounded(live_app):
    """A header of megabytes is refused (400, connection closed) once the head passes its limit, instead of
    being buffered whole: uvicorn with httptools kept every byte of four 100 MB headers."""
    import socket

    with LiveServer(live_app, as_served=True) as server, socket.create_connection(("127.0.0.1", server.port)) as s:
        s.settimeout(30)
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ")
        try:
            for _ in range(64):  # up to 4 MB, while the server still reads
                s.sendall(b"a" * 65536)
        except OSError:  # it answered and closed the connection
            pass
        reply = s.recv(65536)
    assert reply.startswith(b"HTTP/1.1 4"), reply[:100]


@pytest.fixture
def live_app(http_settings, assistant, store):
    return create_app(http_settings, assistant=assistant, store=store)


@pytest.mark.parametrize("setting, value", [("telegram_webhook_secret", "có dấu cách và dấu!"),
                                            ("telegram_webhook_secret", "x" * 257),
                                            ("zalo_bot_webhook_secret", "ngan")])
def test_serve_refuses_a_secret_its_platform_would_refuse(http_settings, monkeypatch, setting, value):
    """At start, in one line naming the setting, not at the first setWebhook or update."""
    import uvicorn

    from assistant.http.app import serve

    def started(*args, **kwargs):
        raise AssertionError("serve started with a malformed secret")

    monkeypatch.setattr(uvicorn.Server, "run", started)
    with pytest.raises(SystemExit) as refused:
        serve(http_settings.model_copy(update={"telegram_token": "123:abc", "zalo_bot_token": "456:def",
                                                setting: value}))
    message = str(refused.value)
    assert f"QNA_{setting.upper()}" in message and "\n" not in message and value not in message


def test_a_rate_limiter_whose_database_hangs_lets_calls_through_and_says_so_once(tmp_path):
    """The database's write lock held elsewhere (SQLite: another process mid-transaction): a check waits at most
    ``wait_s``, lets the call through, and the outage is logged once, then its end with the count."""
    import sqlite3

    import anyio

    from http_support import collected_logs

    db = storage.Database(tmp_path / "state.db")
    limiter = RateLimiter(1, DatabaseStorage(db), name="api", wait_s=0.2)
    other = sqlite3.connect(str(tmp_path / "state.db"), isolation_level=None)
    try:
        with collected_logs("assistant.ratelimit") as records:
            assert anyio.run(limiter.acheck, "a").allowed
            other.execute("BEGIN EXCLUSIVE")
            decisions = [anyio.run(limiter.acheck, "a") for _ in range(3)]  # over the limit, but nobody can count
            assert all(d.allowed for d in decisions)
            other.execute("ROLLBACK")
            deadline = time.monotonic() + 120  # the abandoned checks finish first
            while not any("answers again" in r.getMessage() for r in records.values()):
                assert time.monotonic() < deadline
                anyio.run(limiter.acheck, "b")
        messages = [r.getMessage() for r in records.values()]
        assert len([m for m in messages if "unavailable" in m]) == 1
        counts = [int(n) for m in messages for n in re.findall(r"(\d+) calls were let through", m)]
        assert counts and counts[0] >= 3  # and any check that waited while the others drained
    finally:
        other.close()
        db.close()
