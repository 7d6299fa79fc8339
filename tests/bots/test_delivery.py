"""Nothing lost: replies that cannot be sent wait in the SQLite outbox, in order, and go out later."""
from __future__ import annotations

import asyncio

import pytest

from bots.delivery import Courier
from bots.http_client import DeliveryFailed, PermanentError
from bots.outbox import Outbox


class Platform:
    """A send function that fails while ``down`` (transient) or for ``refused`` texts (permanent)."""

    def __init__(self) -> None:
        self.down = False
        self.refused: set[str] = set()
        self.delivered: list[tuple[str, str]] = []

    async def send(self, payload: dict) -> None:
        if self.down:
            raise DeliveryFailed("platform down")
        if payload["text"] in self.refused:
            raise PermanentError("blocked by the user")
        self.delivered.append((payload["chat_id"], payload["text"]))


@pytest.fixture
def outbox(tmp_path):
    return Outbox(tmp_path / "state.db")


def msgs(chat, *texts):
    return [{"chat_id": chat, "text": t} for t in texts]


def test_sent_directly_when_the_platform_is_up(outbox):
    platform = Platform()
    courier = Courier("p", outbox, platform.send)
    assert asyncio.run(courier.deliver("c1", msgs("c1", "a", "b"))) is True
    assert platform.delivered == [("c1", "a"), ("c1", "b")]
    assert outbox.count("p") == 0


def test_kept_when_down_then_sent_in_order_before_newer_replies(outbox):
    platform = Platform()
    courier = Courier("p", outbox, platform.send)

    async def scenario():
        platform.down = True
        assert await courier.deliver("c1", msgs("c1", "1a", "1b")) is False
        assert await courier.deliver("c1", msgs("c1", "2")) is False  # waits behind 1a, 1b
        platform.down = False
        assert await courier.deliver("c1", msgs("c1", "3")) is True

    asyncio.run(scenario())
    assert [t for _, t in platform.delivered] == ["1a", "1b", "2", "3"]
    assert outbox.count("p", "pending") == 0 and outbox.count("p", "sent") == 3


def test_a_success_in_one_chat_flushes_the_others(outbox):
    platform = Platform()
    courier = Courier("p", outbox, platform.send)

    async def scenario():
        platform.down = True
        await courier.deliver("c1", msgs("c1", "late"))
        platform.down = False
        await courier.deliver("c2", msgs("c2", "now"))

    asyncio.run(scenario())
    assert platform.delivered == [("c2", "now"), ("c1", "late")]


def test_survives_a_restart(tmp_path):
    platform = Platform()
    platform.down = True
    asyncio.run(Courier("p", Outbox(tmp_path / "s.db"), platform.send).deliver("c1", msgs("c1", "kept")))
    platform.down = False
    sent = asyncio.run(Courier("p", Outbox(tmp_path / "s.db"), platform.send).flush())  # a new process
    assert sent == 1 and platform.delivered == [("c1", "kept")]


def test_a_permanent_refusal_is_kept_as_dead_and_does_not_block(outbox):
    platform = Platform()
    platform.refused = {"bad"}
    courier = Courier("p", outbox, platform.send)
    assert asyncio.run(courier.deliver("c1", msgs("c1", "bad", "good"))) is True
    assert platform.delivered == [("c1", "good")]
    [(item, status)] = outbox.items("p")
    assert status == "dead" and item.payload["text"] == "bad" and "blocked" in item.last_error


def test_a_claimed_item_is_not_sent_twice(outbox):
    item_id = outbox.add("p", "c1", {"chat_id": "c1", "text": "x"}, "down")
    assert outbox.claim(item_id) is True
    assert outbox.claim(item_id) is False
    assert outbox.pending("p") == []  # another sender holds it
