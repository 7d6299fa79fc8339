"""TEMPORARY stand-in for the core (assistant.extractive / tests/conftest.py `qna`) until it lands. Delete then."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.answers import Answer, Citation


@dataclass
class Hit:
    document: str
    title: str
    section: str
    heading: str
    text: str
    score: float


SECTIONS = [
    Hit("2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt", "Kế hoạch Truyền thông về CCHC và CĐS năm 2025",
        "C.II.12.c", "Bản tin PCI", "Bản tin PCI trên kênh truyền hình: Sở Khoa học và Công nghệ chủ trì, phối hợp Đài Phát thanh – Truyền hình tỉnh.", 1.0),
    Hit("2025-so-khcn-ke-hoach-281-tuyen-truyen-cchc.txt", "Kế hoạch Tuyên truyền CCHC năm 2025 của Sở KH&CN",
        "I.1", "Mục đích", "Tuyên truyền các chủ trương, chính sách về CCHC.", 0.5),
]


class FakeEngine:
    def search(self, query, k=5):
        return SECTIONS[:k] if "PCI" in query or "mục" in query.lower() else SECTIONS[1:][:k]

    def documents(self):
        return [{"document": h.document, "title": h.title, "indexed_at": "2025-01-01T00:00:00+00:00"} for h in SECTIONS]

    def reload(self):
        pass


class FakeAnswerer:
    name = "extractive"

    def __init__(self, engine):
        self.engine = engine
        self.histories = []

    def answer(self, question, history=()):
        self.histories.append(list(history))
        q = question if "PCI" in question or not history else history[-1].answer.focus + " " + question
        hits = self.engine.search(q, 1)
        h = hits[0]
        grounded = "PCI" in q
        return Answer(question, h.text if grounded else "Không tìm thấy thông tin này trong các văn bản.", grounded,
                      [Citation(h.document, h.title, h.section, h.text)] if grounded else [], focus=q)

    def stream(self, question, history=()):
        a = self.answer(question, history)
        for w in a.answer.split(" "):
            yield w + " "
        yield a


@pytest.fixture(scope="session")
def qna_settings(tmp_path_factory):
    from assistant.config import Settings
    return Settings(home=tmp_path_factory.mktemp("home"))


@pytest.fixture(scope="session")
def qna(qna_settings):
    from assistant.conversation import MemoryConversationStore
    from assistant.service import Assistant
    e = FakeEngine()
    return Assistant(qna_settings, e, FakeAnswerer(e), MemoryConversationStore())
