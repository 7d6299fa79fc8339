"""What the bots answer and to whom (issue 22): unknown commands get the help text and photos a short "text
only"; an edited question is answered again; one vote per user and answer; in a Telegram or Zalo Bot group only
what is meant for the bot, with a conversation per member; Zalo's "nguồn" hint only under answers that have
sources."""
from __future__ import annotations

import asyncio

import pytest

from bot_testing import TELEGRAM_SECRET, zalo_bot_settings, zalo_oa_settings
from bot_testing import telegram_settings
from bots.run import register_webhook
from fakes.fake_telegram import BOT_USER
from fakes.fake_zalo_bot import BOT_NAME
from scripted import PCI_QUESTION, REFUSAL

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

PCI_LEAD = "Đài Phát thanh và Truyền hình tỉnh"
TEXT_ONLY = "chỉ đọc được tin nhắn chữ"
CHAT, GROUP = 4242, -100123
MENTION = "@" + BOT_USER["username"]


class Telegram:
    """The app with the Telegram webhook registered, the stand-in Bot API and the scripted answerer."""

    def __init__(self, fake, app, answerer):
        self.fake, self.app, self.answerer = fake, app, answerer

    def send(self, update: dict) -> list[str]:
        """Deliver ``update``, wait until the bot is done with it, and return the texts it sent meanwhile."""
        before = len(self.fake.calls("sendMessage"))
        self.fake.deliver(update)
        self.app.wait_idle()
        return [c.params["text"] for c in self.fake.calls("sendMessage")[before:]]

    def buttons(self, text_part: str) -> dict[str, str]:
        """The buttons (text → callback data) under the sent message holding ``text_part``."""
        sent = next(c for c in self.fake.calls("sendMessage") if text_part in c.params["text"])
        return {b["text"]: b["callback_data"] for row in sent.params["reply_markup"]["inline_keyboard"] for b in row}


@pytest.fixture
def telegram(fake_telegram, scripted_assistant, store, bot_settings, live_app_factory) -> Telegram:
    settings = telegram_settings(bot_settings, fake_telegram)
    app = live_app_factory(settings, scripted_assistant, store)
    asyncio.run(register_webhook(settings, scripted_assistant, store, "telegram", f"{app.url}/webhooks/telegram"))
    assert fake_telegram.webhook["secret_token"] == TELEGRAM_SECRET
    return Telegram(fake_telegram, app, scripted_assistant.answerer)


# -- Telegram ------------------------------------------------------------------------------------------------
def test_telegram_unknown_commands_get_help_and_photos_a_text_only_reply(telegram):
    fake = telegram.fake
    [help_text] = telegram.send(fake.message_update(CHAT, "/baocao"))
    assert "/start" in help_text and "/help" in help_text
    [text_only] = telegram.send(fake.message_update(CHAT, None, photo=True))
    assert TEXT_ONLY in text_only
    [captioned] = telegram.send(fake.message_update(CHAT, "Ảnh chụp kế hoạch", photo=True))
    assert TEXT_ONLY in captioned


def test_telegram_an_edited_question_is_answered_as_corrected(telegram):
    fake = telegram.fake
    first = fake.message_update(CHAT, "Ai chủ trì Bản tin PCI trên kênh truyền hinh")  # a typo: not found
    assert REFUSAL in telegram.send(first)[0]
    [corrected] = telegram.send(fake.message_update(CHAT, PCI_QUESTION, edit_of=first))
    assert PCI_LEAD in corrected


def test_telegram_one_vote_per_user_and_answer(telegram, store):
    fake = telegram.fake
    telegram.send(fake.message_update(CHAT, PCI_QUESTION))
    buttons = telegram.buttons(PCI_LEAD)
    message_id = buttons["👍"].split(":", 2)[2]
    for vote in ("👍", "👍", "👎"):
        telegram.send(fake.callback_update(CHAT, buttons[vote]))
    assert [f["rating"] for f in store.feedback(message_id)] == [-1]
    telegram.send(fake.message_update(CHAT, "👍"))  # by text too: the same user's vote, replaced again
    assert [f["rating"] for f in store.feedback(message_id)] == [1]


def test_telegram_in_a_group_only_what_is_meant_for_the_bot_each_member_apart(telegram, store):
    fake = telegram.fake
    assert telegram.send(fake.message_update(GROUP, "Chiều nay họp lúc mấy giờ nhỉ?", user_id=77,
                                             chat_type="group")) == []
    assert telegram.send(fake.message_update(GROUP, "/help@another_bot", user_id=77, chat_type="group")) == []
    assert telegram.send(fake.message_update(GROUP, None, user_id=77, chat_type="group", photo=True)) == []

    mentioned = fake.message_update(GROUP, f"{MENTION} {PCI_QUESTION}", user_id=77, chat_type="group")
    [answer] = telegram.send(mentioned)  # the mention taken out, the question answered, as a reply
    assert PCI_LEAD in answer
    assert fake.calls("sendMessage")[-1].params["reply_parameters"]["message_id"] == \
        mentioned["message"]["message_id"]
    [help_text] = telegram.send(fake.message_update(GROUP, f"/help{MENTION}", user_id=88, chat_type="group"))
    assert "/start" in help_text
    reply = fake.message_update(GROUP, "Còn kênh phát thanh?", user_id=88, chat_type="group",
                                reply_to=fake.bot_message(GROUP))
    assert telegram.send(reply)  # a reply to the bot is meant for it
    assert telegram.answerer.histories == [[], []]  # 88's follow-up is not read in 77's conversation

    vote = telegram.buttons(PCI_LEAD)["👍"]
    for voter in (77, 88):  # two members vote on 77's answer: two votes
        telegram.send(fake.callback_update(GROUP, vote, user_id=voter, chat_type="group",
                                           replied_to=mentioned["message"]))
    assert [f["rating"] for f in store.feedback(vote.split(":", 2)[2])] == [1, 1]


# -- Zalo ------------------------------------------------------------------------------------------------------
def test_zalo_oa_images_get_a_text_only_reply_and_declines_no_sources_hint(fake_zalo_oa_server, scripted_assistant,
                                                                          store, bot_settings, live_app_factory):
    fake = fake_zalo_oa_server
    app = live_app_factory(zalo_oa_settings(bot_settings, fake), scripted_assistant, store)
    url = f"{app.url}/webhooks/zalo-oa"
    user = "246845883529197922"
    for text in (PCI_QUESTION, "Kế hoạch nào nói về du lịch?"):
        assert fake.deliver(url, fake.event(user, text)).status_code == 200
        app.wait_idle()
    image = fake.deliver(url, fake.event(user, "", event_name="user_send_image"))
    assert image.status_code == 200 and image.json() == {"ok": True}
    app.wait_idle()
    answer, decline, text_only = fake.sent_texts(user)
    assert "nguồn" in answer and REFUSAL in decline and "nguồn" not in decline
    assert TEXT_ONLY in text_only


def test_zalo_one_vote_per_user_and_stickers(fake_zalo_bot, scripted_assistant, store, bot_settings,
                                            live_app_factory):
    settings = zalo_bot_settings(bot_settings, fake_zalo_bot)
    app = live_app_factory(settings, scripted_assistant, store)
    asyncio.run(register_webhook(settings, scripted_assistant, store, "zalo-bot", f"{app.url}/webhooks/zalo-bot"))
    chat = "e4ea2cd5189df1c3a88c"
    for text in (PCI_QUESTION, "👍", "👍", "👎"):
        fake_zalo_bot.deliver(fake_zalo_bot.update(chat, text))
        app.wait_idle()
    assert [(f["rating"], f["source"]) for f in store.feedback()] == [(-1, "zalo-bot")]
    fake_zalo_bot.deliver(fake_zalo_bot.update(chat, "", event_name="message.sticker.received"))
    app.wait_idle()
    assert TEXT_ONLY in fake_zalo_bot.sent_texts(chat)[-1]


def test_zalo_bot_in_a_group_only_what_is_meant_for_the_bot_each_member_apart(fake_zalo_bot, scripted_assistant,
                                                                              store, bot_settings, live_app_factory):
    fake = fake_zalo_bot
    settings = zalo_bot_settings(bot_settings, fake)
    app = live_app_factory(settings, scripted_assistant, store)
    asyncio.run(register_webhook(settings, scripted_assistant, store, "zalo-bot", f"{app.url}/webhooks/zalo-bot"))
    group = "9c1f3a88ce4ea2cd5189"

    def send(text: str, user: str, **kwargs) -> list[str]:
        before = len(fake.sent_texts(group))
        fake.deliver(fake.update(group, text, user_id=user, chat_type="GROUP", **kwargs))
        app.wait_idle()
        return fake.sent_texts(group)[before:]

    assert send("Chiều nay họp lúc mấy giờ nhỉ?", "u77") == []
    assert send("nguồn", "u77") == []  # a word the bot knows, said to the group
    assert send("@Lan gửi giúp chị kế hoạch nhé", "u77") == []  # another member mentioned
    assert send("", "u77", event_name="message.sticker.received") == []

    [answer] = send(f"@{BOT_NAME} {PCI_QUESTION}", "u77")  # the mention taken out, the question answered
    assert PCI_LEAD in answer
    [help_text] = send("/help", "u88")
    assert "/start" in help_text
    assert send(f"@{BOT_NAME.upper()} còn kênh phát thanh thì sao?", "u88")  # any case
    assert scripted_assistant.answerer.histories == [[], []]  # 88's follow-up is not read in 77's conversation
    [sources] = send(f"@{BOT_NAME} nguồn", "u77")  # 77's own last answer
    assert PCI_LEAD in sources

    private = "e4ea2cd5189df1c3a88c"  # in a private chat everything is for the bot, as before
    fake.deliver(fake.update(private, PCI_QUESTION))
    app.wait_idle()
    assert PCI_LEAD in fake.sent_texts(private)[-1]
