"""Running a bot on its own: clear errors before anything is loaded."""
from __future__ import annotations

import pytest

from bots.run import main


@pytest.mark.parametrize("platform, mode, message", [
    ("whatsapp", "polling", "unknown platform"),
    ("telegram", "carrier-pigeon", "unknown mode"),
    ("zalo-oa", "polling", "only deliver by webhook"),
    ("telegram", "polling", "QNA_TELEGRAM_TOKEN"),
    ("telegram", "webhook", "QNA_TELEGRAM_WEBHOOK_SECRET"),
    ("zalo-bot", "polling", "QNA_ZALO_BOT_TOKEN"),
    ("zalo-oa", "webhook", "QNA_ZALO_OA_APP_ID"),
])
def test_misconfiguration_is_a_clear_error(bot_settings, platform, mode, message):
    with pytest.raises(SystemExit) as exc:
        main(bot_settings, platform, mode)
    assert message in str(exc.value)
