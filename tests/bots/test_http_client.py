"""Outgoing HTTP with bounded retries: 429 (Retry-After), 5xx and timeouts retried, 4xx not."""
from __future__ import annotations

import asyncio

import pytest
from fastapi import Request
from fastapi.responses import JSONResponse

from bots import http_client
from bots.http_client import DeliveryFailed, HttpClient, PermanentError, RetryPolicy, parse_retry_after
from fakes.server import Fault, FakeServer, request_params


class Echo(FakeServer):
    def __init__(self) -> None:
        super().__init__()

        @self.app.post("/api")
        async def api(request: Request):
            params, raw = await request_params(request)
            fault = self._take_fault("api")
            rec = self.record("api", params, dict(request.headers), raw, fault)
            if fault is not None:
                status, headers = await self.apply_fault(fault)
                rec.status = status
                return JSONResponse({"error": status}, status, headers=headers)
            return {"ok": True, "echo": params}


@pytest.fixture
def echo():
    with Echo() as server:
        yield server


@pytest.fixture
def sleeps(monkeypatch):
    """Record the pauses between attempts instead of sleeping them (values, not timing, are checked)."""
    recorded: list[float] = []

    async def fake_sleep(delay):
        recorded.append(delay)

    monkeypatch.setattr(http_client, "_sleep", fake_sleep)
    return recorded


def post(server, policy, **kwargs):
    async def run():
        client = HttpClient(policy)
        try:
            return await client.post(f"{server.url}/api", what="test call", json={"n": 1}, **kwargs)
        finally:
            await client.aclose()

    return asyncio.run(run())


POLICY = RetryPolicy(max_attempts=4, base_delay_s=0.5, max_delay_s=4.0, timeout_s=5.0)


def test_429_is_retried_after_the_servers_retry_after(echo, sleeps):
    echo.inject("api", Fault(429, retry_after=3))
    response = post(echo, POLICY)
    assert response.json()["ok"] is True
    assert len(echo.calls("api", ok_only=False)) == 2
    assert sleeps == [3.0]


def test_5xx_is_retried_with_growing_backoff(echo, sleeps):
    echo.inject("api", Fault(500), Fault(502), Fault(503))
    assert post(echo, POLICY).json()["echo"] == {"n": 1}
    assert len(echo.calls("api", ok_only=False)) == 4
    assert len(sleeps) == 3
    assert sleeps[0] <= 0.5 and 0.5 < sleeps[1] <= 1.0 and 1.0 < sleeps[2] <= 2.0


def test_a_timeout_is_retried(echo):
    echo.inject("api", Fault(504, delay_s=5.0))
    policy = RetryPolicy(max_attempts=3, base_delay_s=0.01, max_delay_s=0.02, timeout_s=2.0)
    assert post(echo, policy).json()["ok"] is True
    assert [r.fault is not None for r in echo.calls("api", ok_only=False)] == [True, False]


def test_attempts_are_bounded(echo, sleeps):
    echo.inject("api", *[Fault(500)] * 10)
    with pytest.raises(DeliveryFailed):
        post(echo, POLICY)
    assert len(echo.calls("api", ok_only=False)) == 4


def test_a_client_error_is_not_retried(echo, sleeps):
    echo.inject("api", Fault(400))
    with pytest.raises(PermanentError):
        post(echo, POLICY)
    assert len(echo.calls("api", ok_only=False)) == 1 and sleeps == []


def test_a_refused_connection_is_transient(sleeps):
    class Nowhere:
        url = "http://127.0.0.1:9"  # discard port: nothing listens

    with pytest.raises(DeliveryFailed):
        post(Nowhere, RetryPolicy(max_attempts=2, base_delay_s=0.01, timeout_s=1.0))


@pytest.mark.parametrize("value, expected", [("7", 7.0), (" 0 ", 0.0), ("-3", 0.0), (None, None), ("soon", None)])
def test_parse_retry_after_seconds(value, expected):
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date():
    import email.utils
    import time

    when = email.utils.formatdate(time.time() + 120, usegmt=True)
    assert 100 < parse_retry_after(when) <= 121
