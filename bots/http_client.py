"""Outgoing HTTP for the bots: bounded retries with exponential backoff.

Chat platforms answer 429 (respect Retry-After), 5xx and time out now and then;
a reply must survive that. ``retrying`` runs any call that raises
``TransientError`` again after a growing pause, up to ``max_attempts``, then
raises ``DeliveryFailed`` so the caller can keep the message for later (the
outbox) instead of crashing or dropping it. ``PermanentError`` (a 4xx, an API
error) is never retried.
"""
from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from dataclasses import dataclass
from typing import Awaitable, Callable, TypeVar

import httpx

log = logging.getLogger(__name__)
T = TypeVar("T")
_sleep = asyncio.sleep  # the pause between attempts (tests record it instead)


class TransientError(Exception):
    """Trying again later may succeed (rate limited, server error, timeout, connection lost)."""

    def __init__(self, message: str, retry_after_s: float | None = None):
        super().__init__(message)
        self.retry_after_s = retry_after_s


class PermanentError(Exception):
    """Trying again cannot help (bad request, forbidden, an API error code)."""


class AuthError(PermanentError):
    """The platform refused the bot's credentials (HTTP 401/403, or its API's own code for it). Its message names
    the setting to fix, never the secret's value (issue 22: a wrong token ended in a traceback that printed it)."""


class DeliveryFailed(TransientError):
    """Every attempt failed with a transient error; the message should wait in the outbox."""


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    base_delay_s: float = 0.5
    max_delay_s: float = 8.0
    max_retry_after_s: float = 60.0  # longest Retry-After we are willing to sleep inline
    timeout_s: float = 10.0

    @classmethod
    def from_settings(cls, settings) -> "RetryPolicy":
        return cls(
            max_attempts=int(settings.bot_http_max_attempts),
            base_delay_s=float(settings.bot_http_backoff_s),
            max_delay_s=float(settings.bot_http_max_backoff_s),
            timeout_s=float(settings.bot_http_timeout_s),
        )

    def backoff(self, attempt: int) -> float:
        """Pause after failed attempt number ``attempt`` (1-based): exponential, with jitter."""
        delay = min(self.max_delay_s, self.base_delay_s * (2 ** (attempt - 1)))
        return delay * random.uniform(0.75, 1.0)


async def retrying(call: Callable[[], Awaitable[T]], policy: RetryPolicy, what: str) -> T:
    """Run ``call`` until it succeeds, retrying transient errors; raise DeliveryFailed at the end."""
    attempt = 0
    while True:
        attempt += 1
        try:
            return await call()
        except TransientError as exc:
            if attempt >= policy.max_attempts:
                log.warning("%s: giving up after %d attempts: %s", what, attempt, exc)
                raise DeliveryFailed(f"{what}: {exc}") from exc
            if exc.retry_after_s is not None:
                delay = min(max(exc.retry_after_s, 0.0), policy.max_retry_after_s)
            else:
                delay = policy.backoff(attempt)
            log.info("%s: attempt %d failed (%s); retrying in %.2fs", what, attempt, exc, delay)
            await _sleep(delay)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class HttpClient:
    """POST with retries on 429/5xx/timeouts; other 4xx raise PermanentError.

    ``what`` names the call in logs; URLs are never logged, because some carry a
    bot token (Zalo Bot's ``/bot<token>/sendMessage``).
    """

    def __init__(self, policy: RetryPolicy, client: httpx.AsyncClient | None = None):
        self.policy = policy
        self._client = client or httpx.AsyncClient(timeout=policy.timeout_s)

    async def post_once(self, url: str, *, what: str, json: object = None, data: dict | None = None,
                        headers: dict | None = None, timeout: float | None = None) -> httpx.Response:
        try:
            response = await self._client.post(url, json=json, data=data, headers=headers,
                                                timeout=timeout if timeout is not None else self.policy.timeout_s)
        except httpx.TimeoutException as exc:
            raise TransientError(f"timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise TransientError(f"connection failed ({type(exc).__name__})") from exc
        if response.status_code == 408:
            raise TransientError("request timeout (HTTP 408)")
        if response.status_code == 429:
            raise TransientError("rate limited (HTTP 429)", parse_retry_after(response.headers.get("Retry-After")))
        if response.status_code >= 500:
            raise TransientError(f"server error (HTTP {response.status_code})")
        if response.status_code in (401, 403):
            raise AuthError(f"{what}: HTTP {response.status_code}: {response.text[:200]}")
        if response.status_code >= 400:
            raise PermanentError(f"{what}: HTTP {response.status_code}: {response.text[:200]}")
        return response

    async def post(self, url: str, *, what: str, **kwargs) -> httpx.Response:
        return await retrying(lambda: self.post_once(url, what=what, **kwargs), self.policy, what)

    async def aclose(self) -> None:
        await self._client.aclose()


def json_body(response: httpx.Response, what: str) -> dict:
    """The response's JSON object, or PermanentError when the platform sent something else."""
    try:
        data = response.json()
    except ValueError as exc:
        raise PermanentError(f"{what}: the platform answered with non-JSON: {response.text[:200]!r}") from exc
    if not isinstance(data, dict):
        raise PermanentError(f"{what}: the platform answered with unexpected JSON: {data!r:.200}")
    return data
