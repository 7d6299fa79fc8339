"""Zalo Official Account transport: the OA webhook in, the customer-service message API out.

Zalo signs each webhook call: ``X-ZEvent-Signature: mac=<sha256 hex of
app_id + raw body + timestamp + OA secret key>``; ``verify_signature`` checks it
on the raw bytes in constant time, before the body is parsed. ``user_send_text`` events are answered,
other messages a user sends (``user_send_image``, stickers, files…) get a short "I read text only"; other
events are acknowledged and ignored. Replies go to
``POST {api_base}/v3.0/oa/message/cs`` with the ``access_token`` header, ≤ 2000
characters each. Zalo answers HTTP 200 with ``{"error": -216}`` when the access
token has expired: the token is refreshed once (``POST {oauth_base}/v4/oa/access_token``,
grant ``refresh_token``), both new tokens are stored durably (refresh tokens are
single-use), and the message is sent again.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import logging
import re

from bots.core import BotCore
from bots.delivery import Courier, answer_zalo_text
from bots.http_client import HttpClient, PermanentError, RetryPolicy, TransientError, json_body
from bots.outbox import Outbox
from bots.platforms import Platform, register, require

log = logging.getLogger(__name__)

PLATFORM = "zalo-oa"
TEXT_EVENT = "user_send_text"
MESSAGE_EVENT_PREFIX = "user_send_"  # user_send_text, _image, _sticker, _file, _audio, _video, _gif, _location…
TOKEN_INVALID = -216
_ACCESS_KEY = "zalo-oa:access_token"
_REFRESH_KEY = "zalo-oa:refresh_token"
_SEED_KEY = "zalo-oa:settings_refresh_token_sha256"
# The signed timestamp is a field of the (still unparsed) body: "timestamp": "1700000000000" or a number.
_TIMESTAMP = re.compile(rb'"timestamp"\s*:\s*"?(\d{1,20})"?')


def signature(app_id: str, raw_body: bytes, timestamp: str, secret_key: str) -> str:
    """The expected header value: ``mac=`` + sha256 hex of app_id + body + timestamp + secret."""
    digest = hashlib.sha256(app_id.encode() + raw_body + timestamp.encode() + secret_key.encode()).hexdigest()
    return f"mac={digest}"


def verify_signature(header: str | None, app_id: str, raw_body: bytes, timestamp: object, secret_key: str) -> bool:
    """Constant-time check of ``X-ZEvent-Signature`` against the raw request bytes."""
    if not header or timestamp is None or isinstance(timestamp, (dict, list, bool)):
        return False
    expected = signature(app_id, raw_body, str(timestamp), secret_key)
    return hmac.compare_digest(header.strip().encode(), expected.encode())


class ZaloOATransport:
    def __init__(self, settings, core: BotCore, outbox: Outbox, policy: RetryPolicy | None = None,
                 http: HttpClient | None = None):
        require(settings, PLATFORM, "webhook")
        self.settings = settings
        self.core = core
        self.policy = policy or RetryPolicy.from_settings(settings)
        self.http = http or HttpClient(self.policy)
        self.courier = Courier(PLATFORM, outbox, self._send)
        self._refresh_lock = asyncio.Lock()

    def verify(self, header: str | None, raw_body: bytes) -> bool:
        """The signature, checked before the body is parsed (an unsigned body gets no parser's attention).

        The timestamp is found by a scan of the raw bytes; planting more of them gains a forger
        nothing, since the signature covers the whole body.
        """
        s = self.settings
        stamps = [m.group(1).decode() for m in itertools.islice(_TIMESTAMP.finditer(raw_body), 4)]
        return any(verify_signature(header, s.zalo_oa_app_id, raw_body, t, s.zalo_oa_secret_key) for t in stamps)

    # -- incoming -------------------------------------------------------------------------
    @staticmethod
    def text_event(data: dict) -> tuple[str, str | None, str] | None:
        """(user_id, text, msg_id) of a message a user sent (``user_send_<kind>``): text is None for an image,
        sticker, file… (answered that the bot reads text only). None for other events (follow, …).

        Raises ValueError when a message event lacks its sender or msg_id, or a text event its text.
        """
        event = str(data.get("event_name") or "")
        if not event.startswith(MESSAGE_EVENT_PREFIX):
            return None
        sender = data.get("sender") if isinstance(data.get("sender"), dict) else {}
        message = data.get("message") if isinstance(data.get("message"), dict) else {}
        user_id, text, msg_id = sender.get("id"), message.get("text"), message.get("msg_id")
        if not user_id or not msg_id or (event == TEXT_EVENT and not isinstance(text, str)):
            raise ValueError(f"a {event} event needs sender.id and message.msg_id"
                             + (" and message.text" if event == TEXT_EVENT else ""))
        return str(user_id), text if event == TEXT_EVENT else None, str(msg_id)

    def chat_of(self, event: dict) -> str | None:
        """The user a kept event came from (an OA chats with each user apart)."""
        try:
            found = self.text_event(event)
        except ValueError:
            return None
        return found[0] if found else None

    async def handle_update(self, event: dict) -> None:
        """Answer one ``user_send_text`` event kept in the inbox (after the webhook acknowledged it); never raises."""
        try:
            found = self.text_event(event)
            if found is None:
                return
            user_id, text, msg_id = found
            await answer_zalo_text(self.core, self.courier, user_id, user_id, text, msg_id, {"user_id": user_id})
        except Exception:
            log.exception("zalo-oa: handling an event failed")

    # -- tokens ---------------------------------------------------------------------------------
    def _tokens(self) -> tuple[str, str]:
        """(access, refresh): the stored ones, unless the settings carry a new authorisation."""
        store, s = self.core.store, self.settings
        seed = hashlib.sha256(s.zalo_oa_refresh_token.encode()).hexdigest()
        if s.zalo_oa_refresh_token and store.kv_get(_SEED_KEY) != seed:
            store.kv_set(_ACCESS_KEY, s.zalo_oa_access_token)
            store.kv_set(_REFRESH_KEY, s.zalo_oa_refresh_token)
            store.kv_set(_SEED_KEY, seed)
        access = store.kv_get(_ACCESS_KEY) or s.zalo_oa_access_token
        refresh = store.kv_get(_REFRESH_KEY) or s.zalo_oa_refresh_token
        return access, refresh

    async def refresh_tokens(self, failed_access_token: str) -> str:
        """A fresh access token; only one refresh runs at a time (refresh tokens are single-use)."""
        async with self._refresh_lock:
            access, refresh = await asyncio.to_thread(self._tokens)
            if access and access != failed_access_token:
                return access  # someone refreshed while we waited
            if not refresh:
                raise TransientError("Zalo OA access token invalid and no refresh token configured "
                                     "(set QNA_ZALO_OA_REFRESH_TOKEN)")
            response = await self.http.post(
                f"{self.settings.zalo_oauth_base.rstrip('/')}/v4/oa/access_token",
                what="zalo-oa token refresh",
                headers={"secret_key": self.settings.zalo_app_secret_key},  # the app's secret, not the OA's
                data={"app_id": self.settings.zalo_oa_app_id, "grant_type": "refresh_token", "refresh_token": refresh},
            )
            body = json_body(response, "zalo-oa token refresh")
            new_access, new_refresh = body.get("access_token"), body.get("refresh_token")
            if not new_access or not new_refresh:
                # Kept pending, not dead: once an operator re-authorises, the messages can go out.
                raise TransientError(f"Zalo OA token refresh refused: {body.get('error')} "
                                     f"{body.get('error_name') or body.get('message') or ''}".strip())
            await asyncio.to_thread(self._store_tokens, new_access, new_refresh)
            log.info("zalo-oa: access token refreshed")
            return new_access

    def _store_tokens(self, access: str, refresh: str) -> None:
        # Refresh token first: if we die in between, the old access token fails again and we
        # refresh with the new refresh token, rather than holding a spent one.
        self.core.store.kv_set(_REFRESH_KEY, refresh)
        self.core.store.kv_set(_ACCESS_KEY, access)

    # -- outgoing -------------------------------------------------------------------------------
    async def _post_message(self, access_token: str, payload: dict) -> dict:
        response = await self.http.post(
            f"{self.settings.zalo_oa_api_base.rstrip('/')}/v3.0/oa/message/cs",
            what="zalo-oa message/cs",
            headers={"access_token": access_token},
            json={"recipient": {"user_id": payload["user_id"]}, "message": {"text": payload["text"]}},
        )
        return json_body(response, "zalo-oa message/cs")

    async def _send(self, payload: dict) -> dict:
        access, _ = await asyncio.to_thread(self._tokens)
        body = await self._post_message(access, payload)
        if body.get("error") == TOKEN_INVALID:
            log.info("zalo-oa: access token rejected (-216); refreshing and retrying once")
            access = await self.refresh_tokens(access)
            body = await self._post_message(access, payload)
            if body.get("error") == TOKEN_INVALID:
                raise TransientError("Zalo OA rejected the refreshed access token (-216)")
        if body.get("error", 0) != 0:
            raise PermanentError(f"Zalo OA error {body.get('error')}: {body.get('message')}")
        return body

    async def aclose(self) -> None:
        await self.http.aclose()


# An OA delivers only by webhook, and refreshes its 25-hour access token with the refresh token and the *app*
# secret (not the OA secret, which only signs webhook events). Zalo wants a 200 within 2 s: updates wait in the inbox.
register(Platform(PLATFORM, needs={"webhook": ("zalo_oa_app_id", "zalo_oa_secret_key", "zalo_app_secret_key",
                                               "zalo_oa_access_token", "zalo_oa_refresh_token")},
                  inbox=True, transport=ZaloOATransport))
