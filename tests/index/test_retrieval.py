"""Hybrid retrieval on the built index: with and without diacritics, English, abbreviations."""
from __future__ import annotations

import pytest

P25 = "2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt"
KHCN = "2025-so-khcn-ke-hoach-281-tuyen-truyen-cchc.txt"

PAIRS = [
    ("Ai chủ trì Bản tin PCI trên kênh truyền hình?", (P25, "C.II.12.c")),
    ("Nộp hồ sơ trực tuyến - Nhận kết quả tại nhà", (KHCN, "III.9")),
    ("Tổ chức chương trình Bình dân học vụ số", (P25, "C.I.3.c")),
    ("Cuộc thi tìm hiểu về Chuyển đổi số trong đoàn viên, thanh niên", (P25, "C.I.3.đ")),
    ("kiểm tra áp dụng ISO 9001:2015 năm 2025", (KHCN, "IV.6")),
]


def where(hits):
    return [(h.document, h.section) for h in hits]


@pytest.mark.parametrize("query,gold", PAIRS, ids=[p[0][:30] for p in PAIRS])
def test_same_sections_with_and_without_diacritics(engine, query, gold):
    from index.normalize import fold

    with_marks = where(engine.search(query, k=3))
    without = where(engine.search(fold(query), k=3))
    assert with_marks[0] == gold, with_marks
    assert without[0] == gold, without


def test_english_query_reaches_vietnamese_sections(engine):
    assert where(engine.search("Who leads the PCI bulletin on television?", k=3))[0] == (P25, "C.II.12.c")


def test_hits_carry_scores_ranks_and_coverage(engine):
    hits = engine.search("Bản tin PCI truyền hình", k=5)
    assert len(hits) == 5 and all(0.0 <= h.coverage <= 1.0 for h in hits)
    assert hits[0].lexical_rank is not None and hits[0].dense_rank is not None
    assert set(hits[0].to_dict()) >= {"document", "section", "score", "text", "fields"}


def test_abbreviation_and_plan_preference(engine):
    assert engine.search("cds", k=1)  # folded abbreviation works
    top = engine.search("kế hoạch 281 khẩu hiệu", k=3)
    assert all(h.document == KHCN for h in top)


def test_documents_listed_with_metadata(engine):
    docs = {d["document"]: d for d in engine.documents()}
    assert len(docs) == 5
    assert docs[KHCN]["number"] == "281/KH-SKHCN" and docs[KHCN]["indexed_at"]
    assert docs[P25]["draft"] is True


class _CountingEncoder:
    """The engine's encoder, counting the query texts it is given."""

    def __init__(self, inner):
        self.inner, self.texts = inner, []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def encode_queries(self, texts):
        self.texts.extend(texts)
        return self.inner.encode_queries(texts)


def test_a_query_text_is_encoded_once_per_question_with_the_same_result(engine):
    from index.retrieval import SearchEngine

    counting = _CountingEncoder(engine.embedder)
    mine = SearchEngine(engine.settings, counting)
    question = "Ai chủ trì Bản tin PCI trên kênh truyền hình?"
    with mine.pinned():  # one question, searching twice (as one comparing two plans does)
        first = [h.to_dict() for h in mine.search(question, k=5)]
        again = [h.to_dict() for h in mine.search(question, k=5)]
    assert counting.texts == [question] and again == first
    assert [h.to_dict() for h in engine.search(question, k=5)] == first  # what another engine finds
    mine.search(question, k=5)  # the next question encodes again: repeats are the answer cache's business
    assert counting.texts == [question, question]
