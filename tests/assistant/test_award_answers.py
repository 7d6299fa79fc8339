"""Answers over a decision that confers awards and carries their list ("DANH SÁCH … (Kèm theo Quyết định …)"): a
row of the list is cited by the path the list gives it, and a sum of another section is no answer to a question
the list's rows speak of. One small corpus, built once for the module."""
from __future__ import annotations

import pytest

from tests.index.plan_factory import DECISION_WITH_LIST, small_assistant



_DELEGATION = """ỦY BAN NHÂN DÂN TỈNH KON PLÔNG
Số: 80/QĐ-UBND
QUYẾT ĐỊNH
Về việc ủy quyền giải quyết thủ tục hành chính
Điều 1. Ủy quyền cho Giám đốc các sở giải quyết các thủ tục hành chính tại Phụ lục kèm theo.
Điều 2. Quyết định này có hiệu lực từ ngày 01/12/2026./.
CHỦ TỊCH
Lò Văn Pao
PHỤ LỤC
DANH MỤC THỦ TỤC HÀNH CHÍNH ỦY QUYỀN
| STT | Tên thủ tục hành chính | Lĩnh vực |
|---|---|---|
| A | GIÁM ĐỐC SỞ TƯ PHÁP (02 thủ tục) | |
| 1 | Cấp phiếu lý lịch tư pháp | Lý lịch tư pháp |
| 2 | Đăng ký hành nghề luật sư | Luật sư |
| B | GIÁM ĐỐC SỞ XÂY DỰNG (01 thủ tục) | |
| 3 | Cấp giấy phép xây dựng công trình cấp II | Xây dựng |
"""


@pytest.fixture(scope="module")
def qna(tmp_path_factory, model_path, embedder):
    files = {"2026-ubnd-kon-plong-qd-77-khen-thuong.txt": DECISION_WITH_LIST,
             "2026-ubnd-kon-plong-qd-80-uy-quyen.txt": _DELEGATION}
    return small_assistant(tmp_path_factory.mktemp("awards"), files, model_path, embedder)


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


def test_a_row_is_answered_by_the_office_its_group_row_names_in_capitals(qna):
    """"C. GIÁM ĐỐC SỞ XÂY DỰNG (01 thủ tục)" over the procedures delegated to that office: who handles one of them."""
    answer = qna.ask("Thủ tục cấp giấy phép xây dựng công trình cấp II do ai giải quyết?").answer
    assert answer.grounded and "giám đốc sở xây dựng" in answer.answer.lower(), answer.answer
