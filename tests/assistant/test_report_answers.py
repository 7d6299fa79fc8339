"""Answers over a self-assessment report and a decision that sets up a working group: a figure asked in the words
of the report's own title (and of the year its data are of), a count of persons written as "09 công chức", a term
the text defines in a sentence "X là …", a short name "(sau đây gọi tắt là …)" after a capitalised name, a document
only cited (who signed it is not said), a total whose words stay topic, a time of day that is no length of time,
a date of the activity asked and not of the sentence beside it, and two lengths of time compared. One small corpus,
built once for the module."""
from __future__ import annotations

import pytest

from tests.index.plan_factory import assert_answered, small_assistant

_REPORT = """SỞ NỘI VỤ TỈNH VÂN KHÊ
Số: 12/BC-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vân Khê, ngày 08 tháng 01 năm 2026

BÁO CÁO
Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở Nội vụ

Kính gửi: Ủy ban nhân dân tỉnh Vân Khê.
Thực hiện Kế hoạch số 205/KH-SKHCN ngày 20/8/2025 của Sở Khoa học và Công nghệ, Sở Nội vụ báo cáo như sau:

I. KẾT QUẢ TỰ ĐÁNH GIÁ
1. Tổ chức tự đánh giá
Giám đốc Sở thành lập Tổ tự đánh giá; Tổ giúp việc gồm 09 công chức của các phòng thuộc Sở.
2. Kết quả tổng hợp
Tổng điểm tối đa là 70,00 điểm; Sở Nội vụ tự chấm 61,75 điểm, đạt 88,21%.
3. Một số kết quả nổi bật
Tuyên truyền kết quả Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (sau đây gọi tắt là
DDCI) đến doanh nghiệp. Cộng tác viên CCHC là công chức được thủ trưởng cơ quan cử làm đầu mối cung cấp tin bài.
Bộ phận Một cửa trả kết quả đăng ký khai sinh trong 04 giờ làm việc.
II. NHIỆM VỤ NĂM 2026
1. Hoàn thành số hóa 100% sổ hộ tịch còn lại. Phòng Hành chính tư pháp chủ trì; thời hạn: trước ngày
30/6/2026.
2. Kiến nghị
Đề nghị tổ chức tập huấn chấm điểm trước tháng 10/2026 và mở thêm quyền cập nhật số hóa sổ hộ tịch.
3. Cuộc khảo sát sự hài lòng năm 2026: kinh phí dự kiến 1.085 triệu đồng từ ngân sách tỉnh.
4. Bộ phận Một cửa làm việc buổi sáng từ 07 giờ 30 đến 11 giờ 30 các ngày trong tuần. Chuyên mục phát thanh về
cải cách hành chính phát vào khung giờ 17h00 - 17h15.
5. Đăng ký kết hôn: tổng thời gian giải quyết 03 ngày làm việc. Đăng ký khai sinh: tổng thời gian giải quyết 04 giờ
làm việc.

GIÁM ĐỐC
Phan Thị Nguyệt
"""

REPORT = "2026-so-noi-vu-van-khe-bao-cao-12-tu-danh-gia.md"


@pytest.fixture(scope="module")
def report_qna(tmp_path_factory, model_path, embedder):
    return small_assistant(tmp_path_factory.mktemp("reports"), {REPORT: _REPORT}, model_path, embedder)


@pytest.mark.parametrize("question,must,section", [
    # every word asked is the report's title, 2025 the year of its data: the report's own sentence of the figure
    ("Sở Nội vụ tự chấm bao nhiêu điểm chỉ số CCHC năm 2025?", ["61,75 điểm"], "I.2"),
    # "mấy người" counted by a noun of persons
    ("Tổ giúp việc có mấy người?", ["09 công chức"], "I.1"),
    # a term the text defines in a sentence of its own
    ("Cộng tác viên CCHC là ai?", ["công chức được thủ trưởng cơ quan cử"], "I.3"),
    # a short name after a capitalised name and its head noun
    ("DDCI là viết tắt của gì?", ["Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương"], "I.3"),
    # "tổng kinh phí": "kinh phí" stays what the section must say
    ("Tổng kinh phí dự kiến cho cuộc khảo sát sự hài lòng là bao nhiêu?", ["1.085 triệu đồng"], "II.3"),
    # a time of day, not "trong 04 giờ làm việc"
    ("Bộ phận Một cửa làm việc buổi sáng từ mấy giờ?", ["07 giờ 30"], "II.4"),
    # the activity whose heading says what is asked, not a date in the sentence beside it
    ("Số hóa sổ hộ tịch xong khi nào?", ["30/6/2026"], "II.1"),
])
def test_answers_over_a_report(report_qna, question, must, section):
    assert_answered(report_qna, question, must, section)


def test_who_signed_a_document_the_report_only_cites_is_not_said(report_qna):
    a = report_qna.ask("Kế hoạch 205/KH-SKHCN do ai ký?").answer
    assert not a.grounded and "Phan Thị Nguyệt" not in a.answer, a.answer


def test_a_time_of_day_of_something_else_is_no_answer(report_qna):
    a = report_qna.ask("Thư viện tỉnh mở cửa đến mấy giờ?").answer
    assert not a.grounded and "17h00" not in a.answer and "07 giờ 30" not in a.answer, a.answer


def test_which_takes_longer_gives_both_lengths_of_time(report_qna):
    a = report_qna.ask("Đăng ký kết hôn với đăng ký khai sinh cái nào giải quyết lâu hơn?").answer
    assert "03 ngày làm việc" in a.answer and "04 giờ làm việc" in a.answer, a.answer


def test_a_list_of_items_says_each_ones_time_and_lead(report_qna):
    a = report_qna.ask("Mục II của báo cáo 12 có những nội dung gì?").answer
    line = next(l for l in a.answer.split("\n") if "sổ hộ tịch" in l)
    assert "trước ngày 30/6/2026" in line and "Phòng Hành chính tư pháp" in line, a.answer
