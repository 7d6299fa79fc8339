"""Answers over a decision that confers awards and carries their list ("DANH SÁCH … (Kèm theo Quyết định …)"): a
row of the list is cited by the path the list gives it, and a sum of another section is no answer to a question
the list's rows speak of. One small corpus, built once for the module."""
from __future__ import annotations

import pytest

from tests.index.plan_factory import DECISION_WITH_LIST, small_assistant



@pytest.fixture(scope="module")
def qna(tmp_path_factory, model_path, embedder):
    return small_assistant(tmp_path_factory.mktemp("awards"), {"2026-ubnd-kon-plong-qd-77-khen-thuong.txt": DECISION_WITH_LIST},
                           model_path, embedder)


@pytest.mark.parametrize("question,must,section", [
    ("Ủy ban nhân dân xã Đăk Long được khen vì thành tích gì?", "Số hóa 100% hồ sơ", "Danh sách.I.2"),
    ("Bà A Thị Hoa hướng dẫn được bao nhiêu lượt người dân?", "2.060", "Danh sách.II.1"),
    # an index asked by its initials, which the row spells out
    ("Xã Đăk Long đạt bao nhiêu điểm chỉ số CCHC năm 2025?", "91,27 điểm", "Danh sách.I.2"),
])
def test_a_row_of_the_attached_list_is_answered_and_cited_by_its_path(qna, question, must, section):
    answer = qna.ask(question).answer
    assert answer.grounded and must in answer.answer, answer.answer
    assert section in [c.section for c in answer.citations], answer.citations


def test_a_figure_of_a_section_far_from_what_is_asked_is_no_answer(qna):
    """The prize money of a contest: the list names the contest (a row with no sum), the decision's only sums are
    its awards' — a figure of a section that says far less of the question than the row does answers nothing."""
    answer = qna.ask("Tiền thưởng cho giải Nhất Hội thi công chức một cửa thân thiện là bao nhiêu?").answer
    assert not answer.grounded, answer.answer
