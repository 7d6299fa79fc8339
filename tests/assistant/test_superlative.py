"""Which row of a table holds the most or the least: the column the question names, the rows of the group it
names, totals left out, a before/after column read as the cut, signed changes read by their sign. One small
corpus, built once for the module; every name is made up."""
from __future__ import annotations

import pytest

from assistant.superlative import amount, extreme_asked
from index.normalize import fold
from tests.index.plan_factory import letterhead, small_assistant

_MINUTES = letterhead("ĐOÀN KIỂM TRA CẢI CÁCH HÀNH CHÍNH TỈNH HÀ VÂN", "14/BB-ĐKT", "Lũng Mây, ngày 21 tháng 5 năm 2026",
                      "BIÊN BẢN", "Kiểm tra công tác cải cách hành chính tại phường Lũng Mây") + """

I. KẾT QUẢ KIỂM TRA
1. Kiểm tra 90 hồ sơ thủ tục hành chính, kết quả như sau:

| STT | Lĩnh vực | Hồ sơ kiểm tra | Đúng hạn | Quá hạn |
|---|---|---|---|---|
| 1 | Hộ tịch | 30 | 30 | 0 |
| 2 | Đất đai | 25 | 19 | 6 |
| 3 | Xây dựng | 20 | 17 | 3 |
| 4 | Chứng thực | 15 | 15 | 0 |
| | Tổng cộng | 90 | 81 | 9 |

2. Phường đã niêm yết đủ các thủ tục hành chính.
"""

_PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ VÂN
Số: 61/KH-UBND
Hà Vân, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Bồi dưỡng kỹ năng số cho cán bộ, công chức năm 2026

I. KẾ HOẠCH MỞ LỚP

| TT | Lớp bồi dưỡng | Số lớp | Số học viên |
|---|---|---|---|
| A | LỚP TẬP TRUNG | | |
| 1 | Ký số trên thiết bị di động | 3 | 150 |
| 2 | An toàn thông tin mạng | 2 | 90 |
| B | KHÓA HỌC TRỰC TUYẾN | | |
| 3 | Kỹ năng số cơ bản | - | 1.200 |
| 4 | Khai thác dữ liệu dùng chung | - | 340 |

II. TỔ CHỨC THỰC HIỆN
Sở Nội vụ chủ trì, theo dõi việc thực hiện Kế hoạch.
"""

_DECISION = """ỦY BAN NHÂN DÂN TỈNH HÀ VÂN
Số: 88/QĐ-UBND
Hà Vân, ngày 15 tháng 01 năm 2026

QUYẾT ĐỊNH
Thông qua phương án đơn giản hóa thủ tục hành chính năm 2026

Điều 1. Thông qua phương án đơn giản hóa 04 thủ tục hành chính (chi tiết tại Phụ lục).
Điều 2. Quyết định có hiệu lực từ ngày ký.

PHỤ LỤC
DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC ĐƠN GIẢN HÓA

| STT | Tên thủ tục hành chính | Thời hạn giải quyết (hiện hành/đề xuất) |
|---|---|---|
| 1 | Cấp giấy phép biểu diễn nghệ thuật | 05 ngày làm việc/03 ngày làm việc |
| 2 | Đăng ký khai sinh lưu động | 10 ngày làm việc/04 ngày làm việc |
| 3 | Công nhận tổ hòa giải | 07 ngày làm việc (giữ nguyên) |
| 4 | Cấp phép khai thác nước ngầm | 20 ngày làm việc/15 ngày làm việc |
"""

_PCI = """SỞ TÀI CHÍNH TỈNH HÀ VÂN
Số: 210/BC-STC
Hà Vân, ngày 09 tháng 6 năm 2025

BÁO CÁO
Kết quả Chỉ số năng lực cạnh tranh cấp tỉnh năm 2024

I. ĐIỂM CÁC CHỈ SỐ THÀNH PHẦN

| STT | Chỉ số thành phần | Năm 2023 | Năm 2024 | Tăng (+)/ giảm (-) |
|---|---|---|---|---|
| 1 | Gia nhập thị trường | 6,80 | 7,02 | +0,22 |
| 2 | Tiếp cận đất đai | 6,40 | 6,11 | -0,29 |
| 3 | Tính minh bạch | 5,90 | 5,82 | -0,08 |
"""


_TARGETS = """SỞ Y TẾ TỈNH HÀ VÂN
Số: 31/KH-SYT
Hà Vân, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Chuyển đổi số trong ngành y tế năm 2026

I. MỤC TIÊU
Các đơn vị thực hiện chỉ tiêu tại Phụ lục.

PHỤ LỤC
CHỈ TIÊU GIAO CHO CÁC ĐƠN VỊ

| Đơn vị | Thanh toán không dùng tiền mặt (%) | Hồ sơ bệnh án điện tử (%) |
|---|---|---|
| Bệnh viện Đa khoa tỉnh | ≥ 55 | 100 |
| Trung tâm Y tế khu vực Nà Hang | ≥ 25 | 60 |
| Trung tâm Y tế khu vực Bản Khoai | ≥ 35 | 70 |
"""


_RANKING = """ỦY BAN NHÂN DÂN TỈNH HÀ VÂN
Số: 40/QĐ-UBND
Hà Vân, ngày 06 tháng 02 năm 2026

QUYẾT ĐỊNH
Công bố Chỉ số cải cách hành chính năm 2025

Điều 1. Công bố kết quả Chỉ số cải cách hành chính năm 2025 (chi tiết tại Phụ lục I, Phụ lục II).

PHỤ LỤC I
KẾT QUẢ CỦA CÁC SỞ

| STT | Cơ quan | Tổng điểm | Xếp hạng |
|---|---|---|---|
| 1 | Sở Nội vụ | 90,75 | 02 |
| 2 | Sở Tư pháp | 93,15 | 01 |
| 3 | Sở Xây dựng | 78,10 | 03 |

PHỤ LỤC II
KẾT QUẢ CỦA CÁC XÃ

| STT | Đơn vị | Tổng điểm | Xếp hạng |
|---|---|---|---|
| 1 | Xã Nà Rì | 81,40 | 02 |
| 2 | Xã Khau Vai | 72,05 | 03 |
| 3 | Xã Pác Nặm | 88,20 | 01 |
"""


@pytest.fixture(scope="module")
def extreme_qna(tmp_path_factory, model_path, embedder):
    files = {"2026-doan-kiem-tra-ha-van-bien-ban-14.txt": _MINUTES, "2026-ubnd-ha-van-ke-hoach-61.md": _PLAN,
             "2026-ubnd-ha-van-qd-88-don-gian-hoa.md": _DECISION, "2025-so-tai-chinh-ha-van-bao-cao-210-pci.md": _PCI,
             "2026-so-y-te-ha-van-ke-hoach-31.md": _TARGETS, "2026-ubnd-ha-van-qd-40-chi-so-cchc.md": _RANKING}
    return small_assistant(tmp_path_factory.mktemp("extreme"), files, model_path, embedder)


@pytest.mark.parametrize("question,first,cited", [
    # the column named ("quá hạn"), the total row left out
    ("Ở phường Lũng Mây lĩnh vực nào có nhiều hồ sơ quá hạn nhất?", "Đất đai", "I.1.2"),
    ("o phuong Lung May linh vuc nao it ho so kiem tra nhat", "Chứng thực", "I.1.4"),
    # the rows of the group named ("trực tuyến"), not the whole table
    ("Trong các khóa học trực tuyến của kế hoạch 61, khóa nào ít học viên nhất?", "Khai thác dữ liệu dùng chung",
     "I.B.4"),
    ("Which class of plan 61 has the most trainees?", "Kỹ năng số cơ bản", "I.B.3"),
    # a before/after column asked of the cut; a row whose value was kept was cut by nothing
    ("Thủ tục nào được rút ngắn thời hạn giải quyết nhiều nhất theo QĐ 88?", "Đăng ký khai sinh lưu động",
     "Phụ lục.2"),
    # signed changes: "giảm nhiều nhất" is the most negative
    ("Năm 2024 chỉ số thành phần nào giảm nhiều nhất?", "Tiếp cận đất đai", "I.2"),
    # a table with no row numbers: its rows are lines of the appendix, cited by it
    ("Which unit has the lowest cashless payment target in the health plan?", "Trung tâm Y tế khu vực Nà Hang",
     "Phụ lục"),
])
def test_the_extreme_row_comes_first_with_its_value_and_row(extreme_qna, question, first, cited):
    answer = extreme_qna.ask(question).answer
    assert answer.grounded, (question, answer.answer)
    head = answer.answer.split("\n")[0]
    assert first in head, (question, answer.answer)
    assert answer.citations and answer.citations[0].section == cited, (question, answer.citations)


def test_every_row_is_listed_in_order_after_the_extreme(extreme_qna):
    lines = extreme_qna.ask("Lĩnh vực nào có nhiều hồ sơ quá hạn nhất ở phường Lũng Mây?").answer.answer.split("\n")
    assert "Đất đai" in lines[0]
    assert [l.split(":")[0] for l in lines[1:4]] == ["- Xây dựng", "- Hộ tịch", "- Chứng thực"]
    assert not any("Tổng cộng" in l for l in lines)


def test_a_question_naming_no_column_of_numbers_is_left_to_other_readings(extreme_qna):
    answer = extreme_qna.ask("Đơn vị nào chủ trì theo dõi kế hoạch 61?").answer
    assert "Sở Nội vụ" in answer.answer


@pytest.mark.parametrize("question,asked", [
    ("Lĩnh vực nào có nhiều hồ sơ quá hạn nhất?", "max"),
    ("xa nao thap nhat chi so cchc", "min"),
    ("Which commune had the lowest online filing rate?", "min"),
    ("Đơn vị nào dẫn đầu khối sở?", "top"),
    ("Sở KH&CN phải cấu hình xong chậm nhất là khi nào?", ""),  # a date asked, no row
    ("Phải đăng ít nhất bao nhiêu tin bài mỗi tháng?", ""),  # "at least", no "which"
])
def test_what_asks_for_an_extreme(question, asked):
    assert extreme_asked(fold(question)) == asked


@pytest.mark.parametrize("value,number", [("1.450", 1450.0), ("35,09%", 35.09), ("-0,21", -0.21),
                                          ("+0,45", 0.45), ("≥ 85", 85.0), ("-", None)])
def test_amounts_are_read_the_vietnamese_way(value, number):
    assert amount(value) == number


def test_which_of_the_rows_named_is_higher(extreme_qna):
    answer = extreme_qna.ask("Lớp An toàn thông tin mạng và lớp Ký số trên thiết bị di động, lớp nào đông học viên hơn?"
                             ).answer
    lines = answer.answer.split("\n")
    assert lines[0].startswith("Cao hơn") and "Ký số trên thiết bị di động" in lines[0], answer.answer
    assert "An toàn thông tin mạng" in lines[1] and "Kỹ năng số cơ bản" not in answer.answer  # only the rows named


@pytest.mark.parametrize("question,first,beside", [
    # a column of ranks: the first is rank 1, the last the largest number; the rows asked are the ones "sở nào" names
    ("Sở nào xếp cuối Chỉ số CCHC năm 2025?", "Xếp cuối (Xếp hạng): Sở Xây dựng — 03", "Tổng điểm: 78,10"),
    ("Xã nào đứng đầu Chỉ số CCHC năm 2025?", "Đứng đầu (Xếp hạng): Xã Pác Nặm — 01", "Tổng điểm: 88,20"),
    ("Which department ranked last in the 2025 administrative reform index?", "Ranked last (Xếp hạng): Sở Xây dựng",
     "78,10"),
])
def test_a_column_of_ranks_reads_first_and_last_by_rank_in_the_table_of_the_rows_asked(extreme_qna, question, first,
                                                                                       beside):
    answer = extreme_qna.ask(question).answer.answer
    assert answer.startswith(first) and beside in answer.split("\n")[0], answer


_NOTICE = """ỦY BAN NHÂN DÂN TỈNH HÀ VÂN
Số: 12/TB-UBND
Hà Vân, ngày 12 tháng 02 năm 2026

THÔNG BÁO
Về đường dây nóng của Trung tâm Phục vụ hành chính công tỉnh và các xã

1. Số điện thoại đường dây nóng
- Đường dây nóng Trung tâm tỉnh: 0218 3 826 715.
- Đường dây nóng của Trung tâm các xã: tại Phụ lục kèm theo Thông báo này.

PHỤ LỤC
ĐƯỜNG DÂY NÓNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG CÁC XÃ

| STT | Xã | Địa chỉ | Đường dây nóng |
|---|---|---|---|
| 1 | Xã Nà Khuổi | Thôn 2 | 0218 3 761 105 |
| 2 | Xã Pác Vẹ | Thôn 5 | 0218 3 762 218 |
"""


@pytest.fixture(scope="module")
def notice_qna(tmp_path_factory, model_path, embedder):
    return small_assistant(tmp_path_factory.mktemp("notice"), {"2026-ubnd-ha-van-thong-bao-12.md": _NOTICE},
                           model_path, embedder)


@pytest.mark.parametrize("question", ["đường dây nóng trung tâm PVHCC xã Nà Khuổi số mấy?",
                                      "What is the hotline of the public service centre in Na Khuoi commune?"])
def test_a_hotline_asked_of_one_row_is_that_rows_not_the_one_above(notice_qna, question):
    """The province's hotline is of another centre than the one asked; the row of the commune named gives its own
    (a name typed without diacritics in English is still that name)."""
    answer = notice_qna.ask(question).answer
    assert answer.answer.startswith("0218 3 761 105") and answer.citations[0].section == "Phụ lục.1", answer.answer
