"""Answers read off numbered table rows, cited by the row's number: a criteria table (provisions, each row a
section), a table of figures (read whole, each row cited by its number), an agenda whose sessions are rows
spanning the table, the venue of that event, and who holds a committee's roles. One small corpus, built once for the module; every name is made up."""
from __future__ import annotations

import pytest

from tests.index.plan_factory import assert_answered, small_assistant

_CRITERIA = """ỦY BAN NHÂN DÂN
TỈNH AN LÂM
Số: 402/QĐ-UBND
An Lâm, ngày 16 tháng 3 năm 2026

BỘ TIÊU CHÍ
Chấm điểm cải cách hành chính cấp xã năm 2026

I. QUY ĐỊNH CHUNG
1. Thang điểm: tổng điểm tối đa là 100 điểm.
II. BẢNG TIÊU CHÍ

| STT | Lĩnh vực, tiêu chí | Điểm tối đa | Cách chấm điểm | Tài liệu kiểm chứng |
|---|---|---|---|---|
| 1 | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH | 10 | | |
| 1.1 | Ban hành kế hoạch cải cách hành chính đúng thời hạn | 2 | Ban hành trước ngày 31/01/2026: 2 điểm | Kế hoạch của xã |
| 2 | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | 20 | | |
| 2.1 | Niêm yết thủ tục tại Bộ phận Một cửa | 3 | Đầy đủ, đúng quy định: 3 điểm | Biên bản kiểm tra |
| 2.2 | Tỷ lệ hồ sơ giải quyết đúng hạn | 6 | Từ 98% trở lên: 6 điểm; dưới 95%: 0 điểm | Trích xuất Hệ thống thông tin |

III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ hướng dẫn cấp xã tự chấm điểm trong tháng 4/2026.
"""

_REPORT = """VĂN PHÒNG UBND TỈNH AN LÂM
Số: 87/TB-VPUBND
An Lâm, ngày 17 tháng 4 năm 2026

THÔNG BÁO
Kết luận về dịch vụ công trực tuyến quý I năm 2026

1. Các xã có tỷ lệ hồ sơ trực tuyến thấp xây dựng kế hoạch cải thiện.

Nơi nhận:
- Như trên;
CHÁNH VĂN PHÒNG
Hà Văn Tùng

PHỤ LỤC
KẾT QUẢ DỊCH VỤ CÔNG TRỰC TUYẾN QUÝ I NĂM 2026 CỦA CÁC XÃ

| STT | Xã, phường | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%) |
|---|---|---|---|
| 1 | Phường Đông Điền | 2.846 | 90,0 |
| 2 | Xã Pác Lùng | 512 | 39,1 |
| 3 | Xã Nà Khoang | 430 | 44,7 |
"""

_AGENDA = """SỞ NỘI VỤ TỈNH AN LÂM
Số: 57/KH-SNV
An Lâm, ngày 01 tháng 4 năm 2026

KẾ HOẠCH
Tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2025

I. THỜI GIAN, ĐỊA ĐIỂM
1. Thời gian: 01 buổi, từ 07 giờ 30 phút, ngày 17/4/2026.
2. Địa điểm: Hội trường Lam Giang, Trung tâm Hội nghị tỉnh.
II. CHƯƠNG TRÌNH HỘI NGHỊ

| STT | Thời gian | Nội dung | Người/đơn vị thực hiện |
|---|---|---|---|
| PHIÊN THỨ NHẤT: CÔNG BỐ KẾT QUẢ |
| 1 | 07 giờ 30 - 07 giờ 45 | Đón tiếp đại biểu | Sở Nội vụ |
| 2 | 07 giờ 45 - 08 giờ 10 | Công bố Chỉ số cải cách hành chính năm 2025 | Ông Kiều Văn Lộc, Giám đốc Sở Nội vụ |
| PHIÊN THỨ HAI: THẢO LUẬN |
| 3 | 09 giờ 10 - 09 giờ 25 | Trưng bày mô hình Khu vực tự phục vụ | Trung tâm Phục vụ hành chính công tỉnh |

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở chuẩn bị hội trường.
"""


_COMMITTEE = """ỦY BAN NHÂN DÂN
TỈNH AN LÂM
Số: 219/QĐ-UBND
An Lâm, ngày 10 tháng 02 năm 2026

QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh An Lâm

QUYẾT ĐỊNH:
Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh gồm các thành viên sau:
1. Trưởng ban: Ông Hà Quang Vịnh, Chủ tịch Ủy ban nhân dân tỉnh.
2. Phó Trưởng ban thường trực: Bà Đinh Thị Ngọc Trâm, Phó Chủ tịch Ủy ban nhân dân tỉnh.
Điều 2. Ban Chỉ đạo họp định kỳ 06 tháng một lần.
Điều 3. Tổ giúp việc gồm 09 công chức, do ông Hoàng Trọng Kha, Phó Giám đốc Sở Nội vụ làm Tổ trưởng.
"""


_PRIZES = """BAN TỔ CHỨC CUỘC THI
Số: 05/TL-BTC
An Lâm, ngày 20 tháng 4 năm 2026

THỂ LỆ
Cuộc thi trực tuyến tìm hiểu dịch vụ công năm 2026

I. CƠ CẤU GIẢI THƯỞNG
1. Mức thưởng:

| STT | Giải | Số giải | Mức thưởng mỗi giải (đồng) | Thành tiền (đồng) |
|---|---|---|---|---|
| I | GIẢI TUẦN | | | |
| 1 | Giải Nhất | 8 | 1.000.000 | 8.000.000 |
| 2 | Giải Nhì | 16 | 700.000 | 11.200.000 |
| II | GIẢI CHUNG CUỘC | | | |
| 3 | Giải Nhất | 2 | 3.000.000 | 6.000.000 |
| 4 | Giải Nhì | 4 | 2.000.000 | 8.000.000 |
"""


_TARGETS = """ỦY BAN NHÂN DÂN TỈNH AN LÂM
Số: 146/QĐ-UBND
An Lâm, ngày 20 tháng 01 năm 2026

QUYẾT ĐỊNH
Về việc giao chỉ tiêu chuyển đổi số năm 2026

Điều 1. Các xã có tỷ lệ hồ sơ trực tuyến năm 2025 dưới 50% xây dựng kế hoạch cải thiện.
Điều 2. Chỉ tiêu giao cho các sở tại Phụ lục kèm theo.

PHỤ LỤC
CHỈ TIÊU GIAO CHO CÁC SỞ NĂM 2026

| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Chỉ tiêu năm 2026 |
|---|---|---|---|---|
| 1 | Tỷ lệ văn bản điện tử được ký số | % | 97,5 | 100 |
| 2 | Số dịch vụ công trực tuyến được tái cấu trúc quy trình | dịch vụ | 64 | 120 |
"""


@pytest.fixture(scope="module")
def rows_qna(tmp_path_factory, model_path, embedder):
    files = {"2026-ubnd-tinh-an-lam-bo-tieu-chi.txt": _CRITERIA, "2026-vp-an-lam-thong-bao-87.md": _REPORT,
             "2026-so-noi-vu-an-lam-ke-hoach-57-hoi-nghi.md": _AGENDA, "2026-ubnd-an-lam-qd-219-bcd.txt": _COMMITTEE,
             "2026-btc-an-lam-the-le-05.md": _PRIZES, "2026-ubnd-an-lam-qd-146-chi-tieu.md": _TARGETS}
    return small_assistant(tmp_path_factory.mktemp("rows"), files, model_path, embedder)


@pytest.mark.parametrize("question,must,section", [
    # a criterion named by its number: its own row, not the whole table
    ("Tiêu chí 2.2 chấm điểm thế nào, được tối đa mấy điểm?", ["98%"], "II.2.2"),
    # a row of figures named by its place: the table read whole, the row cited by its number
    ("Tỷ lệ hồ sơ trực tuyến quý I của xã Pác Lùng là bao nhiêu?", ["39,1"], "Phụ lục.2"),
    # an agenda row under a session title spanning the table: who does it
    ("Ai công bố Chỉ số cải cách hành chính năm 2025 tại hội nghị?", ["Kiều Văn Lộc"], "II.2"),
    # where an event is held: the plan's "Địa điểm:" line, though the best sections found are the agenda's
    ("hoi nghi cong bo chi so to chuc o dau vay", ["Hội trường Lam Giang"], "I.2"),
    ("Where will the conference be held?", ["Hội trường Lam Giang"], "I.2"),
    # who holds a committee's role, asked by the role: the line that gives it, wherever the decision writes it
    ("Sau khi kiện toàn thì ai làm Trưởng ban Ban Chỉ đạo cải cách hành chính tỉnh?", ["Hà Quang Vịnh"], "Điều 1.1"),
    ("ai lam pho truong ban thuong truc ban chi dao", ["Đinh Thị Ngọc Trâm"], "Điều 1.2"),
    ("Tổ giúp việc của Ban Chỉ đạo do ai làm tổ trưởng ạ?", ["Hoàng Trọng Kha"], "Điều 3"),
    # rows of one name under two groups: the group the question names; what one prize gets, not the row's total
    ("giải nhất tuần được bao nhiêu tiền?", ["1.000.000"], "I.1.I.1"),
    ("giải nhất chung cuộc được bao nhiêu tiền?", ["3.000.000"], "I.1.II.3"),
    # a row whose unit is a cell of its own: its figures are of that unit ("%", "dịch vụ"), the year asked
    ("tỷ lệ văn bản ký số năm 2025 đạt bao nhiêu?", ["97,5"], "Phụ lục.1"),
    ("số dịch vụ công được tái cấu trúc quy trình năm 2025 là bao nhiêu?", ["64"], "Phụ lục.2"),
])
def test_a_numbered_row_is_answered_and_cited_by_its_number(rows_qna, question, must, section):
    assert_answered(rows_qna, question, must, section)
