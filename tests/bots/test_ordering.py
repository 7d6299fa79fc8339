"""One chat's messages are answered in the order sent, different chats side by side (issue 22: five messages
sent in order to the Telegram webhook were answered out of order), on every platform and both ways in.

Chat A's first question waits in the answerer until the test lets it go: chat B, asking after all five of A's,
is answered meanwhile, and A's answers then come in the order asked. No timing is assumed."""
from __future__ import annotations

import asyncio
import threading
from contextlib import nullcontext
from typing import Sequence

import pytest

from assistant.answers import Answer, Turn
from assistant.service import Assistant
from bot_testing import FAST_POLICY, PollingBot, telegram_settings, wait_until, zalo_bot_settings, zalo_oa_settings
from bots.ordering import ChatOrder
from bots.run import register_webhook

SLOW = "chậm: câu 1"
A_QUESTIONS = [SLOW, "câu 2", "câu 3", "câu 4", "câu 5"]


class GatedEcho:
    """Answers "Đáp: <question>"; the SLOW question only once ``release`` is set."""

    name = "gated-echo"

    def __init__(self) -> None:
        self.release = threading.Event()

    def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        if question == SLOW:
            self.release.wait(120)
        return Answer(question, f"Đáp: {question}", True, [], "vi", "general")

    def stream(self, question: str, history: Sequence[Turn] = ()):
        answer = self.answer(question, history)
        yield answer.answer
        yield answer


def test_chat_order_runs_a_chats_work_in_turn_and_chats_side_by_side():
    async def scenario() -> list[str]:
        order, done, gate = ChatOrder(), [], asyncio.Event()

        async def work(name: str, wait: bool = False) -> None:
            if wait:
                await gate.wait()
            done.append(name)

        a1, a2, b1 = order.reserve("a"), order.reserve("a"), order.reserve("b")
        tasks = [asyncio.ensure_future(a2(lambda: work("a2"))), asyncio.ensure_future(a1(lambda: work("a1", True))),
                 asyncio.ensure_future(b1(lambda: work("b1")))]
        while "b1" not in done:
            await asyncio.sleep(0)
        assert done == ["b1"]  # a1 waits for its gate, a2 for a1; b is not held up
        gate.set()
        await asyncio.gather(*tasks)
        assert order.busy_chats == 0
        return done

    assert asyncio.run(scenario()) == ["b1", "a1", "a2"]


@pytest.fixture
def gated(bot_settings, store):
    answerer = GatedEcho()
    yield Assistant(bot_settings, None, answerer, store), answerer
    answerer.release.set()


def check_order(send, sent_to, answerer: GatedEcho, chat_a, chat_b) -> None:
    for question in A_QUESTIONS:
        send(chat_a, question)
    send(chat_b, "câu của B")
    wait_until(lambda: sent_to(chat_b), 60, "chat B's answer while chat A's first one is held")
    assert sent_to(chat_a) == []
    answerer.release.set()
    wait_until(lambda: len(sent_to(chat_a)) == len(A_QUESTIONS), 60, "chat A's answers")
    assert [text.split("\n")[0] for text in sent_to(chat_a)] == [f"Đáp: {q}" for q in A_QUESTIONS]


def receiving(mode: str, platform: str, settings, assistant, store, live_app_factory):
    """The running bot: the app with its webhook registered, or a polling bot (entered by the caller)."""
    if mode == "polling":
        return PollingBot(settings, assistant, store, platform, policy=FAST_POLICY, poll_timeout=1)
    app = live_app_factory(settings, assistant, store)
    asyncio.run(register_webhook(settings, assistant, store, platform, f"{app.url}/webhooks/{platform}"))
    return nullcontext()


@pytest.mark.parametrize("mode", ["webhook", "polling"])
def test_telegram(mode, fake_telegram, gated, store, bot_settings, live_app_factory):
    assistant, answerer = gated
    settings = telegram_settings(bot_settings, fake_telegram)

    def send(chat, text):
        response = fake_telegram.deliver(fake_telegram.message_update(chat, text))
        assert response is None or response.status_code == 200

    with receiving(mode, "telegram", settings, assistant, store, live_app_factory):
        check_order(send, fake_telegram.sent_texts, answerer, 4242, 5353)


@pytest.mark.parametrize("mode", ["webhook", "polling"])
def test_zalo_bot(mode, fake_zalo_bot, gated, store, bot_settings, live_app_factory):
    assistant, answerer = gated
    settings = zalo_bot_settings(bot_settings, fake_zalo_bot)

    def send(chat, text):
        response = fake_zalo_bot.deliver(fake_zalo_bot.update(chat, text))
        assert response is None or response.status_code == 200

    with receiving(mode, "zalo-bot", settings, assistant, store, live_app_factory):
        check_order(send, fake_zalo_bot.sent_texts, answerer, "chat-a-1234", "chat-b-5678")


def test_zalo_oa(fake_zalo_oa_server, gated, store, bot_settings, live_app_factory):
    assistant, answerer = gated
    fake = fake_zalo_oa_server
    app = live_app_factory(zalo_oa_settings(bot_settings, fake), assistant, store)

    def send(user, text):
        assert fake.deliver(f"{app.url}/webhooks/zalo-oa", fake.event(user, text)).status_code == 200

    check_order(send, fake.sent_texts, answerer, "246845883529197922", "246845883529197933")
