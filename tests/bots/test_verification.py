"""The shared secret-header check of the Telegram and Zalo Bot webhooks."""
from __future__ import annotations

from bots.verification import secret_matches


def test_secret_check_is_exact():
    assert secret_matches("s3cret-value", "s3cret-value")
    assert not secret_matches("s3cret-valuE", "s3cret-value")
    assert not secret_matches("s3cret-value ", "s3cret-value")
    assert not secret_matches("Bí mật", "s3cret-value")  # non-ASCII input does not crash
    assert not secret_matches("anything", "")  # no secret configured accepts nothing
    assert not secret_matches(None, "s3cret-value")
