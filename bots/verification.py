"""Checking that a webhook call really comes from the platform.

Telegram and Zalo Bot echo back the secret we registered with the webhook, in a
header; comparing it in constant time keeps its value from leaking through
response timing. (Zalo OA signs the body instead: see ``bots.zalo_oa``.)
"""
from __future__ import annotations

import hmac


def secret_matches(header: str | None, secret: str) -> bool:
    """Constant-time header check; an unset secret accepts nothing."""
    if not header or not secret:
        return False
    return hmac.compare_digest(header.encode("utf-8"), secret.encode("utf-8"))
