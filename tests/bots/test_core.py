"""The bot core: conversations per chat, dedupe, rate limits, input errors, sources, feedback."""
from __future__ import annotations

import pytest

from bots import messages
from bots.core import BotCore, parse_command
from bots.formatting import zalo_messages
from scripted import ENGLISH_QUESTION, PCI_QUESTION, PCI_TITLE

PLATFORM = "zalo-bot"


@pytest.fixture
def core(scripted_assistant, store, bot_settings):
    return BotCore(scripted_assistant, store, bot_settings)


def test_answers_with_the_citation_and_remembers_the_turn(core, store):
    reply = core.handle_text(PLATFORM, "chat-1", "user-1", PCI_QUESTION, update_id="u1")
    assert reply.kind == "answer" and reply.grounded
    assert "Đài Phát thanh và Truyền hình tỉnh" in reply.text
    assert [c.section for c in reply.citations] == ["C.II.12.c"]
    conversation_id, turn = store.get_message(reply.message_id)
    assert conversation_id == store.conversation_for_chat(PLATFORM, "chat-1")
    assert turn.question == PCI_QUESTION


def test_one_conversation_per_chat(core, scripted_assistant):
    answerer = scripted_assistant.answerer
    core.handle_text(PLATFORM, "chat-1", "u", PCI_QUESTION)
    core.handle_text(PLATFORM, "chat-2", "u", "Còn kênh phát thanh thì sao?")
    core.handle_text(PLATFORM, "chat-1", "u", "Còn kênh phát thanh thì sao?")
    assert answerer.histories == [[], [], [PCI_QUESTION]]


def test_a_redelivered_update_is_answered_once(core):
    assert core.handle_text(PLATFORM, "c", "u", PCI_QUESTION, update_id="42") is not None
    assert core.handle_text(PLATFORM, "c", "u", PCI_QUESTION, update_id="42") is None
    assert core.handle_text("telegram", "c", "u", PCI_QUESTION, update_id="42") is not None  # per platform


def test_rate_limit_replies_politely_once_per_window(scripted_assistant, store, bot_settings):
    core = BotCore(scripted_assistant, store, bot_settings.model_copy(update={"bot_rate_limit_per_minute": 2}))
    replies = [core.handle_text(PLATFORM, "c", "u1", PCI_QUESTION) for _ in range(4)]
    assert [getattr(r, "kind", None) for r in replies] == ["answer", "answer", "rate_limited", None]
    assert "Xin vui lòng đợi khoảng" in replies[2].text and "Cảm ơn bạn" in replies[2].text
    assert core.handle_text(PLATFORM, "c2", "u2", PCI_QUESTION).kind == "answer"  # per user


@pytest.mark.parametrize("text, expected", [("", "trống"), ("   ", "trống"), ("x" * 10_000, "quá dài")])
def test_bad_input_gets_a_clear_reply(core, text, expected):
    reply = core.handle_text(PLATFORM, "c", "u", text)
    assert reply.kind == "error"
    assert expected in reply.text


def test_a_10000_character_message_names_the_limit(core):
    reply = core.handle_text(PLATFORM, "c", "u", ("Ai chủ trì? " * 834)[:10_000])
    assert reply.kind == "error"
    assert "10000 ký tự, tối đa 2000" in reply.text


def test_answers_in_the_users_language(core):
    reply = core.handle_text(PLATFORM, "c", "u", ENGLISH_QUESTION)
    assert reply.language == "en"
    text = "\n".join(zalo_messages(messages.blocks(reply, buttons=False)))
    assert "Sources:" in text and "section C.II.12.c" in text and "Nguồn" not in text.split("Sources:")[0]


def test_sources_view_lists_title_section_and_quote(core):
    answer = core.handle_text(PLATFORM, "c", "u", PCI_QUESTION)
    by_id = core.sources(PLATFORM, "c", answer.message_id)
    by_text = core.handle_text(PLATFORM, "c", "u", "Nguồn")
    for reply in (by_id, by_text):
        assert reply.kind == "sources"
        text = "\n".join(zalo_messages(messages.blocks(reply, buttons=False)))
        assert "Nguồn trích dẫn" in text
        assert PCI_TITLE in text
        assert "mục C.II.12.c" in text
        assert "“- Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.”" in text


def test_sources_of_a_refusal_or_before_any_answer(core):
    assert core.handle_text(PLATFORM, "c", "u", "nguồn").text == messages.no_answer_yet()
    core.handle_text(PLATFORM, "c", "u", "Thời tiết hôm nay thế nào?")
    assert core.handle_text(PLATFORM, "c", "u", "nguồn").text == messages.no_citations("vi")


def test_feedback_is_stored_with_the_platform(core, store):
    answer = core.handle_text(PLATFORM, "c", "u", PCI_QUESTION)
    assert core.feedback(PLATFORM, "c", answer.message_id, 1).kind == "feedback"
    assert core.handle_text(PLATFORM, "c", "u", "👎").kind == "feedback"  # the last answer, by text
    rows = store.feedback(answer.message_id)
    assert [(r["rating"], r["source"]) for r in rows] == [(1, PLATFORM), (-1, PLATFORM)]


def test_feedback_and_sources_only_for_the_chats_own_answers(core, store):
    answer = core.handle_text(PLATFORM, "chat-a", "u", PCI_QUESTION)
    assert core.feedback(PLATFORM, "chat-b", answer.message_id, 1).kind == "error"
    assert core.sources(PLATFORM, "chat-b", answer.message_id).kind == "error"
    assert core.feedback(PLATFORM, "chat-a", "no-such-id", 1).kind == "error"
    assert store.feedback(answer.message_id) == []


def test_greeting_and_help(core):
    greeting = core.handle_text(PLATFORM, "c", "u", "/start")
    assert greeting.kind == "greeting" and PCI_QUESTION in greeting.text
    assert core.handle_text(PLATFORM, "c", "u", "/help").kind == "help"
    assert "Hello" in core.handle_text(PLATFORM, "c", "u", "/start", language="en").text


@pytest.mark.parametrize("text, command", [
    ("/start", "start"), ("/start@qna_cchc_bot", "start"), ("/help extra", "help"), ("/whatever", "help"),
    ("Nguồn", "sources"), (" nguon ", "sources"), ("👍", "up"), ("👍\ufe0f", "up"), ("👎", "down"),
    ("/", "help"), ("/@x", "help"), (PCI_QUESTION, None), ("Nguồn kinh phí là gì?", None),
])
def test_parse_command(text, command):
    assert parse_command(text) == command


def test_an_answerer_failure_becomes_a_polite_reply(bot_settings, store, scripted_assistant, caplog):
    class Broken:
        name = "broken"

        def answer(self, question, history=()):
            raise RuntimeError("index corrupted")

    scripted_assistant.answerer = Broken()
    core = BotCore(scripted_assistant, store, bot_settings)
    reply = core.handle_text(PLATFORM, "c", "u", PCI_QUESTION)
    assert reply.kind == "error" and reply.text == messages.internal_error()
    assert "index corrupted" in caplog.text


def test_an_assistant_with_another_store_is_bound_to_the_bots_store(bot_settings, store):
    from assistant.conversation import MemoryConversationStore
    from assistant.service import Assistant
    from scripted import ScriptedAnswerer

    elsewhere = Assistant(bot_settings, None, ScriptedAnswerer(), MemoryConversationStore())
    core = BotCore(elsewhere, store, bot_settings)
    reply = core.handle_text(PLATFORM, "c", "u", PCI_QUESTION)
    assert store.get_message(reply.message_id) is not None
    assert elsewhere.conversations is not store  # the original is untouched
