"""Who a section lists by name, listed or counted: the section whose heading the question names, a count written
by the section itself left to the figures; whose proposal a decision is issued on; whom to contact. One small
corpus, built once for the module; every name is made up."""
from __future__ import annotations

import pytest

from tests.index.plan_factory import letterhead, small_assistant

_MINUTES = letterhead("ĐOÀN KIỂM TRA CẢI CÁCH HÀNH CHÍNH TỈNH HÀ VÂN", "14/BB-ĐKT", "Lũng Mây, ngày 21 tháng 5 năm 2026",
                      "BIÊN BẢN", "Kiểm tra công tác cải cách hành chính tại phường Lũng Mây") + """

I. THÀNH PHẦN
1. Đoàn kiểm tra
- Ông Triệu Văn Khải, Phó Giám đốc Sở Nội vụ - Trưởng đoàn;
- Bà Lương Thị Nhàn, chuyên viên Sở Nội vụ - Thư ký.
2. Đơn vị được kiểm tra: Ủy ban nhân dân phường Lũng Mây
- Ông Hoàng Văn Sử, Chủ tịch UBND phường;
- Bà Nông Thị Đào, Giám đốc Trung tâm Phục vụ hành chính công phường;
- Ông La Văn Quang, công chức Văn phòng - Thống kê.
II. KẾT QUẢ KIỂM TRA
1. Phường đã niêm yết đủ các thủ tục hành chính.
2. Có vướng mắc trong khắc phục, phường phản ánh về Sở Nội vụ (bà Lương Thị Nhàn, điện thoại 0209 3 851 447).
"""

_DECISION = """ỦY BAN NHÂN DÂN TỈNH HÀ VÂN
Số: 70/QĐ-UBND
Hà Vân, ngày 05 tháng 01 năm 2026

QUYẾT ĐỊNH
Thành lập Tổ giúp việc Ban Chỉ đạo cải cách hành chính tỉnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ VÂN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Thực hiện Công văn số 55/BNV-CCHC ngày 10/12/2025 của Bộ Nội vụ về kiện toàn tổ giúp việc; căn cứ Quyết định số 9/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 21/TTr-SNV ngày 02 tháng 01 năm 2026.
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ giúp việc gồm 07 thành viên:
- Ông Lò Văn Hùng, Phó Giám đốc Sở Nội vụ - Tổ trưởng;
- Bà Vi Thị Mai, Trưởng phòng Cải cách hành chính - Tổ phó.
Điều 2. Quyết định có hiệu lực từ ngày ký.
"""


@pytest.fixture(scope="module")
def persons_qna(tmp_path_factory, model_path, embedder):
    files = {"2026-doan-kiem-tra-ha-van-bien-ban-14.txt": _MINUTES, "2026-ubnd-ha-van-qd-70-to-giup-viec.txt": _DECISION}
    return small_assistant(tmp_path_factory.mktemp("persons"), files, model_path, embedder)


def test_the_list_the_question_names_by_its_heading(persons_qna):
    answer = persons_qna.ask("Phía phường Lũng Mây có những ai làm việc với đoàn kiểm tra?").answer
    assert answer.grounded and "Hoàng Văn Sử" in answer.answer and "Nông Thị Đào" in answer.answer
    assert "Triệu Văn Khải" not in answer.answer
    assert answer.citations[0].section == "I.2"


def test_a_count_of_people_is_the_lines_that_name_them(persons_qna):
    answer = persons_qna.ask("Đoàn kiểm tra gồm bao nhiêu người?").answer
    assert answer.answer.startswith("2 người") and "Lương Thị Nhàn" in answer.answer
    assert answer.citations[0].section == "I.1"


def test_a_count_the_section_writes_itself_is_read_as_written(persons_qna):
    answer = persons_qna.ask("Tổ giúp việc có bao nhiêu thành viên?").answer
    assert "07" in answer.answer and not answer.answer.startswith("2 người")


def test_whose_proposal_a_decision_is_issued_on(persons_qna):
    answer = persons_qna.ask("Quyết định 70 ban hành theo đề nghị của ai, tờ trình số mấy?").answer
    assert "Giám đốc Sở Nội vụ" in answer.answer and "21/TTr-SNV" in answer.answer
    assert answer.citations[0].section == "preamble"


def test_whom_to_contact_where_the_plan_gives_a_name_and_a_phone_number(persons_qna):
    answer = persons_qna.ask("Có vướng mắc khi khắc phục thì liên hệ ai, số điện thoại nào?").answer
    assert "Lương Thị Nhàn" in answer.answer and "0209 3 851 447" in answer.answer


def test_the_basis_of_the_type_asked(persons_qna):
    answer = persons_qna.ask("Quyết định 70 được ban hành theo công văn nào?").answer
    assert "55/BNV-CCHC" in answer.answer, answer.answer
