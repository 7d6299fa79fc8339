"""Tables whose rows are sections of their own, read as a reader would: the rows whose cell a question names, the
rows of the group it names, a period's rows and the plan's other dated lines, who organises what; and a question
in two parts whose second part names only its own subject. One small corpus, built once for the module; every
name is made up."""
from __future__ import annotations

import pytest

from tests.index.plan_factory import small_assistant

_PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ VÂN
Số: 61/KH-UBND
Hà Vân, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Bồi dưỡng kỹ năng số cho cán bộ, công chức năm 2026

I. CHỈ TIÊU
- Ít nhất 85% cán bộ, công chức hoàn thành chương trình kỹ năng số cơ bản trước ngày 30/11/2026.
- Mỗi cán bộ tham gia không quá 02 lớp tập trung trong năm.
- Tổ chức 03 lớp tập trung với 300 học viên và 02 khóa học trực tuyến.
- Khảo sát nhu cầu bồi dưỡng của cán bộ, công chức trong Quý II/2026.
II. KẾ HOẠCH MỞ LỚP

| TT | Lớp bồi dưỡng | Số học viên | Thời gian | Địa điểm | Đơn vị tổ chức |
|---|---|---|---|---|---|
| A | LỚP TẬP TRUNG | | | | |
| 1 | Ký số trên thiết bị di động | 150 | Tháng 5/2026 | Hội trường Sơn Ca | Sở Khoa học và Công nghệ |
| 2 | Lãnh đạo số | 90 | 14-15/4/2026 | Trường Chính trị tỉnh | Sở Nội vụ |
| 3 | An toàn thông tin mạng | 60 | 21-22/4/2026 | Hội trường Sơn Ca | Sở Khoa học và Công nghệ |
| B | KHÓA HỌC TRỰC TUYẾN | | | | |
| 4 | Kỹ năng số cơ bản | 1.200 | 01/3 - 30/11/2026 | Nền tảng MOOCs | Sở Khoa học và Công nghệ |
| 5 | Khai thác dữ liệu dùng chung | 340 | Tháng 9/2026 | Nền tảng MOOCs | Sở Nội vụ |
| | Tổng cộng | 1.840 | | | |

III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Tổng hợp danh sách học viên, hoàn thành trước ngày 10/3/2026.
- Báo cáo Ủy ban nhân dân tỉnh kết quả 6 tháng (trước ngày 15/6/2026) và năm (trước ngày 05/12/2026).
2. Các sở, ngành và Ủy ban nhân dân các xã, phường
- Gửi danh sách đăng ký về Sở Nội vụ trước ngày 05/3/2026.
3. Nội dung các lớp phù hợp với yêu cầu của Sở Khoa học và Công nghệ.
4. Sở Khoa học và Công nghệ cấp tài khoản học trực tuyến cho học viên trước ngày 15/3/2026.
"""

_REPORT = """ỦY BAN NHÂN DÂN PHƯỜNG LŨNG MÂY
Số: 33/BC-UBND
Lũng Mây, ngày 20 tháng 6 năm 2026

BÁO CÁO
Kết quả bồi dưỡng kỹ năng số 6 tháng đầu năm 2026

I. KẾT QUẢ
1. 45/50 cán bộ, công chức phường (90,0%) đã hoàn thành chương trình kỹ năng số cơ bản.
2. Phường cử 12 công chức tham gia lớp Ký số trên thiết bị di động.
3. Còn 05 công chức chưa hoàn thành do mới được tuyển dụng trong quý II; việc báo cáo chậm do phần mềm lỗi.
"""

_PLAN_NAME = "2026-ubnd-ha-van-ke-hoach-61-boi-duong.md"


@pytest.fixture(scope="module")
def rows_qna(tmp_path_factory, model_path, embedder):
    files = {_PLAN_NAME: _PLAN, "2026-ubnd-phuong-lung-may-bao-cao-33.md": _REPORT}
    return small_assistant(tmp_path_factory.mktemp("row-sections"), files, model_path, embedder)


def _cited(answer) -> list[str]:
    return [c.section for c in answer.citations]


def test_the_rows_whose_cell_the_question_names_whole(rows_qna):
    answer = rows_qna.ask("Những lớp nào học tại Hội trường Sơn Ca?").answer
    assert answer.grounded, answer.answer
    assert "Ký số trên thiết bị di động" in answer.answer and "An toàn thông tin mạng" in answer.answer
    assert "Lãnh đạo số" not in answer.answer
    assert {"II.A.1", "II.A.3"} <= set(_cited(answer))


def test_the_rows_of_the_group_row_the_question_names(rows_qna):
    answer = rows_qna.ask("Kế hoạch 61 có những khóa học trực tuyến nào?").answer
    assert "Kỹ năng số cơ bản" in answer.answer and "Khai thác dữ liệu dùng chung" in answer.answer
    assert "Lãnh đạo số" not in answer.answer


def test_the_unit_organising_classes_leads_them(rows_qna):
    answer = rows_qna.ask("Sở Nội vụ tổ chức những lớp nào trong kế hoạch 61?").answer
    assert "Lãnh đạo số" in answer.answer and "Khai thác dữ liệu dùng chung" in answer.answer
    assert "Ký số trên thiết bị di động" not in answer.answer


def test_a_period_asked_by_the_rows_name_lists_the_rows_in_it(rows_qna):
    answer = rows_qna.ask("Tháng 4/2026 kế hoạch 61 có lớp nào?").answer
    assert "Lãnh đạo số" in answer.answer and "An toàn thông tin mạng" in answer.answer
    assert "Ký số trên thiết bị di động" not in answer.answer  # May


def test_a_period_lists_the_plans_other_dated_lines(rows_qna):
    answer = rows_qna.ask("Tháng 11 và 12/2026 kế hoạch 61 có những mốc gì?").answer
    assert "30/11/2026" in answer.answer  # a target's date, and a course ending then
    assert "05/12/2026" in answer.answer  # the second deadline of one duty
    assert "I" in _cited(answer)
    march = rows_qna.ask("Trong tháng 3/2026 kế hoạch 61 có những việc gì phải xong?").answer
    assert "10/3/2026" in march.answer and "05/3/2026" in march.answer  # a body no register knows, dated


def test_a_later_part_naming_only_its_subject_counts_what_the_first_part_counted(rows_qna):
    answer = rows_qna.ask("Kế hoạch 61 đặt chỉ tiêu bao nhiêu % hoàn thành kỹ năng số cơ bản, "
                          "phường Lũng Mây hiện được bao nhiêu?").answer
    first, second = answer.answer.split("2)")
    assert "85%" in first and "90,0%" in second
    assert [c.document for c in answer.citations][:2] == [_PLAN_NAME, "2026-ubnd-phuong-lung-may-bao-cao-33.md"]


def test_the_last_row_is_not_the_total(rows_qna):
    answer = rows_qna.ask("Khóa Khai thác dữ liệu dùng chung có bao nhiêu học viên?").answer
    assert "340" in answer.answer and "1.840" not in answer.answer.split("\n")[0]



def test_a_units_duties_include_the_sentences_that_task_it_outside_its_rows(rows_qna):
    answer = rows_qna.ask("Sở Khoa học và Công nghệ phải làm gì theo kế hoạch 61?").answer
    assert answer.grounded and "Ký số trên thiết bị di động" in answer.answer  # a class it organises
    assert "cấp tài khoản học trực tuyến" in answer.answer, answer.answer  # a sentence that tasks it
    assert "yêu cầu của Sở Khoa học và Công nghệ" not in answer.answer  # named, not tasked
    assert "III.4" in _cited(answer)


@pytest.mark.parametrize("question,must", [
    ("Lớp An toàn thông tin mạng học ở đâu, khi nào?", ["Hội trường Sơn Ca", "21-22/4/2026"]),
    ("lop lanh dao so hoc luc nao, bao nhieu nguoi", ["14-15/4/2026", "90"]),
])
def test_a_rows_other_cells_asked_come_with_its_fields(rows_qna, question, must):
    answer = rows_qna.ask(question).answer
    for m in must:
        assert m in answer.answer, answer.answer


def test_why_is_answered_by_the_cause_written_after_the_words_asked(rows_qna):
    answer = rows_qna.ask("Vì sao ở phường Lũng Mây còn công chức chưa hoàn thành?").answer
    assert answer.answer.startswith("do mới được tuyển dụng"), answer.answer
    answer = rows_qna.ask("tai sao phuong Lung May bao cao cham?").answer
    assert answer.answer.startswith("do phần mềm lỗi"), answer.answer


def test_two_counts_asked_are_read_from_the_sentence_giving_both(rows_qna):
    answer = rows_qna.ask("Kế hoạch 61 mở bao nhiêu lớp tập trung, bao nhiêu học viên?").answer
    assert "300 học viên" in answer.answer and "03 lớp" in answer.answer, answer.answer


def test_a_day_asked_of_the_activity_found_first_is_its_time(rows_qna):
    answer = rows_qna.ask("lop lanh dao so to chuc ngay nao").answer
    assert "14-15/4/2026" in answer.answer and answer.citations[0].section == "II.A.2", answer.answer


def test_who_and_what_day_are_both_answered(rows_qna):
    answer = rows_qna.ask("ai to chuc lop lanh dao so, ngay nao").answer
    assert "Sở Nội vụ" in answer.answer and "14-15/4/2026" in answer.answer, answer.answer


def test_a_quarter_lists_the_sentences_that_name_it(rows_qna):
    answer = rows_qna.ask("Quý II/2026 kế hoạch 61 có những việc gì?").answer
    assert "Khảo sát nhu cầu bồi dưỡng" in answer.answer and "Lãnh đạo số" in answer.answer, answer.answer
