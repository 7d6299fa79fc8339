"""Calls refused for a wrong secret or signature are logged at WARNING with their count, at most once a minute
per platform: a secret set wrong on one side loses every update until someone looks, and forged calls must not
fill the log either."""
from __future__ import annotations

import logging

from bot_testing import zalo_oa_settings
from bots.webhooks import Refusals
from scripted import PCI_QUESTION

USER = "246845883529197922"


def test_refusals_are_logged_once_a_minute_with_their_count(caplog):
    now = [0.0]
    refusals = Refusals(every_s=60, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="bots.webhooks"):
        for t in (0, 1, 2, 30, 59):
            now[0] = t
            refusals.refused("zalo-oa", "X-ZEvent-Signature")
        now[0] = 61
        refusals.refused("zalo-oa", "X-ZEvent-Signature")
        refusals.refused("zalo-bot", "X-Bot-Api-Secret-Token")  # each platform on its own
    lines = [r for r in caplog.records if r.name == "bots.webhooks"]
    assert [r.levelno for r in lines] == [logging.WARNING] * 3
    assert [r.getMessage().split(" call")[0] for r in lines] == ["zalo-oa: 1", "zalo-oa: 5", "zalo-bot: 1"]
    assert "X-ZEvent-Signature" in lines[0].getMessage()


def test_a_wrong_zalo_oa_signature_is_a_warning(fake_zalo_oa_server, bot_settings, scripted_assistant, store,
                                                live_app_factory, caplog):
    fake = fake_zalo_oa_server
    app = live_app_factory(zalo_oa_settings(bot_settings, fake), scripted_assistant, store)
    with caplog.at_level(logging.WARNING, logger="bots.webhooks"):
        for _ in range(3):
            r = fake.deliver(f"{app.url}/webhooks/zalo-oa", fake.event(USER, PCI_QUESTION), signature="mac=" + "0" * 64)
            assert r.status_code == 403
    warned = [r.getMessage() for r in caplog.records if r.name == "bots.webhooks" and r.levelno == logging.WARNING]
    assert warned == [w for w in warned if "X-ZEvent-Signature" in w] and len(warned) == 1  # the others counted
