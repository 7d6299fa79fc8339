"""The answer cache (assistant/answer_cache.py): repeats are answered once per loaded index and context.

Counted through the real answerer: a subclass of the extractive one that counts its calls, behind the
cache that ``make_answerer`` puts in front of every answerer.
"""
from __future__ import annotations

import pytest

from assistant.answer_cache import CachedAnswerer, normalise
from assistant.conversation import MemoryConversationStore
from assistant.extractive import ExtractiveAnswerer
from assistant.service import Assistant, make_answerer
from index.ingest import ingest
from index.retrieval import SearchEngine
from tests.index.hash_embedder import HashEmbedder, fake_settings
from tests.index.test_ingest import SKHCN, change_one_section, copy_docs

pytestmark = pytest.mark.filterwarnings("ignore:legacy embedding function config")

PCI = "Ai chủ trì Bản tin PCI trên kênh truyền hình?"
FOLLOW_UP = "Còn trên kênh phát thanh thì sao?"


class Counting(ExtractiveAnswerer):
    def __init__(self, engine):
        super().__init__(engine)
        self.asked: list[str] = []

    def answer(self, question, history=()):
        self.asked.append(question)
        return super().answer(question, history)


def cached(settings, engine):
    inner = Counting(engine)
    return Assistant(settings, engine, CachedAnswerer(inner, engine, 64), MemoryConversationStore()), inner


def test_the_factory_puts_the_cache_in_front_and_size_zero_takes_it_away(qna_settings, engine):
    assert isinstance(make_answerer(qna_settings, engine), CachedAnswerer)
    assert make_answerer(qna_settings, engine).name == "extractive"
    off = qna_settings.model_copy(update={"answer_cache_size": 0})
    assert isinstance(make_answerer(off, engine), ExtractiveAnswerer)


def test_a_repeat_is_served_from_the_cache_with_the_same_answer(qna_settings, engine):
    engine.reload()  # a snapshot (and so a cache) of this test's own
    assistant, inner = cached(qna_settings, engine)
    first = assistant.ask(PCI).answer
    again = assistant.ask(f"  {PCI.replace(' ', '   ')}\n").answer  # the same question, spaced differently
    assert inner.asked == [PCI]
    assert again.answer == first.answer and again.citations == first.citations and again.grounded
    assert again.question == f"{PCI.replace(' ', '   ')}"  # each turn keeps the question as asked (stripped)
    store = assistant.answerer.store()
    assert (store.hits, store.misses, len(store)) == (1, 1, 1)
    uncached = ExtractiveAnswerer(engine).answer(PCI)
    assert uncached.to_dict() == first.to_dict()  # the cache changes nothing in the answer


def test_remembered_looks_up_without_answering_and_ask_stores_the_repeat_as_its_own_turn(qna_settings, engine):
    engine.reload()
    assistant, inner = cached(qna_settings, engine)
    assert assistant.remembered(PCI) is None and inner.asked == []  # a miss computes nothing
    first = assistant.ask(PCI)
    turn = assistant.remembered(f" {PCI} ")
    assert inner.asked == [PCI]
    assert turn.question == PCI and turn.answer.to_dict() == first.answer.to_dict()
    stored = assistant.remember(None, turn)  # the HTTP service's path for a repeat: a new conversation
    assert stored.conversation_id != first.conversation_id
    assert [t.question for t in assistant.conversations.history(stored.conversation_id)] == [PCI]


def test_a_follow_up_with_another_context_is_answered_again(qna_settings, engine):
    engine.reload()
    assistant, inner = cached(qna_settings, engine)
    a = assistant.ask(PCI)
    in_a = assistant.ask(FOLLOW_UP, a.conversation_id).answer
    b = assistant.ask("Ai chủ trì Bình dân học vụ số?")
    in_b = assistant.ask(FOLLOW_UP, b.conversation_id).answer
    assert inner.asked.count(FOLLOW_UP) == 2  # same words, another previous turn: not a repeat
    assert in_a.focus != in_b.focus
    c = assistant.ask(PCI)  # a third conversation with the same previous turn as the first
    again = assistant.ask(FOLLOW_UP, c.conversation_id).answer
    assert inner.asked.count(FOLLOW_UP) == 2 and inner.asked.count(PCI) == 1
    assert again.answer == in_a.answer
    # a question that is no follow-up, asked with and without a conversation: keyed apart, answered alike
    d = assistant.ask("PAPI là gì?", c.conversation_id).answer
    assert assistant.ask("PAPI là gì?").answer.answer == d.answer


def test_a_reload_starts_an_empty_cache(qna_settings, engine):
    engine.reload()
    assistant, inner = cached(qna_settings, engine)
    assistant.ask(PCI)
    engine.reload()
    assistant.ask(PCI)
    assert inner.asked == [PCI, PCI]
    assert len(assistant.answerer.store()) == 1


def test_a_new_generation_answers_from_the_new_index(tmp_path):
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, SKHCN)
    ingest(settings, embedder=embedder)
    engine = SearchEngine(settings, embedder)
    assistant, inner = cached(settings, engine)
    question = "Kiểm tra áp dụng ISO 9001:2015 thực hiện khi nào?"
    before = assistant.ask(question).answer
    assert "Quý IV/2025" in before.answer
    assert assistant.ask(question).answer.answer == before.answer and len(inner.asked) == 1
    change_one_section(settings)
    ingest(settings, embedder=embedder)
    engine.reload()
    after = assistant.ask(question).answer
    assert len(inner.asked) == 2 and "Quý III/2025" in after.answer


def test_streaming_a_repeat_streams_the_cached_answer(qna_settings, engine):
    engine.reload()
    assistant, inner = cached(qna_settings, engine)
    *pieces, streamed = list(assistant.stream(PCI))
    *again, repeat = list(assistant.stream(PCI))
    assert inner.asked == [PCI]  # the extractive stream answers through answer(); the repeat never reaches it
    assert "".join(pieces) == "".join(again) == streamed.answer.answer == repeat.answer.answer
    assert assistant.answerer.store().hits == 1


def test_normalise_is_nfc_and_single_spaces():
    assert normalise("  Ai\u00a0chu\u0309 tri\u0300\n\tPCI ") == "Ai chủ trì PCI"
