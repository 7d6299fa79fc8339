"""Answers over documents in genres the five plans do not have: a council's resolution with a figures table, the
action programme that implements it (its subject line under the type line), and a joint plan of two bodies
(two signatures side by side, a term defined in quotation marks). One small corpus, built once for the module."""
from __future__ import annotations

import pytest

from tests.index.plan_factory import SIGNATURES_SIDE_BY_SIDE, small_assistant

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH SÔNG MÂY
Số: 41/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sông Mây, ngày 11 tháng 12 năm 2025

NGHỊ QUYẾT
Về mục tiêu cải cách hành chính tỉnh Sông Mây năm 2026

HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG MÂY

Căn cứ Luật Tổ chức chính quyền địa phương;
Xét Tờ trình số 318/TTr-UBND ngày 24/11/2025 của Ủy ban nhân dân tỉnh về dự thảo Nghị quyết về mục tiêu cải cách
hành chính năm 2026;

QUYẾT NGHỊ:

Điều 1. Mục tiêu năm 2026
1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98,5% trở lên.
2. So sánh một số chỉ tiêu với kết quả năm 2025:

| Chỉ tiêu | Ước thực hiện năm 2025 | Mục tiêu năm 2026 |
|---|---|---|
| Chỉ số SIPAS (%) | 82,40 | ≥ 85 |
| Hồ sơ tiếp nhận trong năm (hồ sơ) | 486.215 | - |

Điều 2. Kinh phí thực hiện
Tổng kinh phí thực hiện năm 2026 dự kiến 21.450 triệu đồng.

Điều 3. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh ban hành chương trình hành động thực hiện Nghị quyết này./.

CHỦ TỊCH
Mạc Đình Quyết
"""

_PROGRAMME = """ỦY BAN NHÂN DÂN
TỈNH SÔNG MÂY
Số: 09/CTr-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sông Mây, ngày 23 tháng 01 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Nghị quyết số 41/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân
tỉnh về mục tiêu cải cách hành chính năm 2026

Thực hiện Nghị quyết số 41/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh,
Ủy ban nhân dân tỉnh ban hành Chương trình hành động với các nội dung sau:
Năm 2024, toàn tỉnh tiếp nhận 398.120 hồ sơ; Chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 80,02 điểm.

I. NHIỆM VỤ
1. Sơ kết 6 tháng thực hiện Nghị quyết số 41, báo cáo Thường trực HĐND tỉnh
- Cơ quan chủ trì: Sở Nội vụ
- Thời gian: Tháng 6/2026
2. Tổ chức Ngày hội chuyển đổi số của tỉnh
- Cơ quan chủ trì: Sở Khoa học và Công nghệ
- Thời gian: Tháng 10/2026
3. Bưu điện tỉnh bảo đảm chuyển phát hồ sơ, kết quả giải quyết thủ tục hành chính trong ngày.
4. Công an xã Tà Lùng rà soát dữ liệu dân cư của các hộ chưa có tài khoản định danh điện tử.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bế Thị Lan Phương
"""

_JOINT = """CÔNG AN TỈNH SÔNG MÂY                     BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH
                                                  TỈNH SÔNG MÂY
Số: 14/KHLT-CAT-TĐTN
                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                      Độc lập - Tự do - Hạnh phúc
                                      Sông Mây, ngày 16 tháng 3 năm 2026

                                 KẾ HOẠCH LIÊN TỊCH
       Phối hợp hỗ trợ dịch vụ công trực tuyến năm 2026

1. CHỈ TIÊU
1.1. Hỗ trợ kích hoạt mới ít nhất 42.000 tài khoản định danh điện tử.
1.2. Tổ chức ít nhất 120 buổi tuyên truyền phòng, chống lừa đảo.

2. NỘI DUNG
2.1. Xây dựng bộ tài liệu hỏi - đáp về tài khoản định danh điện tử; đơn vị chủ trì:
Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh (sau đây gọi tắt là
Phòng PC06); thời gian: trước ngày 10/4/2026.
2.2. Tổ chức điểm hỗ trợ lưu động tại các thôn vào các ngày chợ phiên; đơn vị chủ
trì: Công an xã; thời gian: thứ Bảy và Chủ nhật hằng tuần.

Trong Kế hoạch này, “điểm hỗ trợ lưu động” là điểm do Công an xã bố trí tạm thời
ngoài trụ sở, có thiết bị thu nhận sinh trắc học.

Trên đây là Kế hoạch liên tịch giữa Công an tỉnh và Tỉnh đoàn Sông Mây./.

""" + SIGNATURES_SIDE_BY_SIDE + "\n"


@pytest.fixture(scope="module")
def layout_qna(tmp_path_factory, model_path, embedder):
    files = {"2025-hdnd-song-may-nghi-quyet-41.md": _RESOLUTION,
             "2026-ubnd-song-may-chuong-trinh-09.txt": _PROGRAMME,
             "2026-cat-tinh-doan-song-may-ke-hoach-lien-tich-14.txt": _JOINT}
    return small_assistant(tmp_path_factory.mktemp("layouts"), files, model_path, embedder)


@pytest.mark.parametrize("question,must", [
    # a resolution signed in December 2025 for 2026, named by its council shortened
    ("Nghị quyết năm 2026 của HĐND tỉnh Sông Mây số mấy?", ["41/NQ-HĐND"]),
    # an activity of implementing the resolution stands in the programme that implements it
    ("Ai chủ trì sơ kết 6 tháng thực hiện Nghị quyết số 41?", ["Sở Nội vụ"]),
    # a figures table: the column of the year asked, the unit its row names
    ("Năm 2025 chỉ số SIPAS ước đạt bao nhiêu %?", ["82,40"]),
    ("Năm 2025 tỉnh tiếp nhận bao nhiêu hồ sơ?", ["486.215"]),
    # a rate asked of a fee is no sum of money
    ("Chỉ tiêu tỷ lệ hồ sơ giải quyết đúng hạn năm 2026 là bao nhiêu?", ["98,5%"]),
    # a year said at the head of the paragraph holds for the clause that gives the figure
    ("Chỉ số phục vụ người dân, doanh nghiệp năm 2024 được bao nhiêu điểm?", ["80,02"]),
    # each plan's time as precise as it writes it
    ("Ngày hội chuyển đổi số: chương trình 09 ghi tháng mấy, nghị quyết 41 ghi ngày nào?", ["Tháng 10/2026"]),
    # a document's own parts counted
    ("Nghị quyết 41 có mấy điều?", ["3 điều"]),
    # the number of a document a plan cites, asked by its type
    ("Tờ trình của UBND tỉnh về dự thảo Nghị quyết 41 là tờ trình số mấy?", ["318/TTr-UBND"]),
    # a joint plan is known by each of its two bodies
    ("Kế hoạch liên tịch của Công an tỉnh Sông Mây số mấy?", ["14/KHLT-CAT-TĐTN"]),
    # two signatures side by side
    ("Kế hoạch liên tịch do những ai ký?", ["Hứa Minh Đạt", "Nông Quang Thiện"]),
    # a short name the plan defines, asked "là phòng nào"; a term defined in quotation marks
    ("Phòng PC06 là phòng nào?", ["Phòng Cảnh sát quản lý hành chính về trật tự xã hội"]),
    ("Điểm hỗ trợ lưu động là gì?", ["bố trí tạm thời"]),
    # the heading of a section that names the plan ("chỉ tiêu" beside "Hồ Chí Minh" in the issuer's name)
    ("Kế hoạch liên tịch đặt ra những chỉ tiêu gì?", ["42.000", "120 buổi"]),
    # a body no field line names, tasked in prose: its sentences, as the plans write its name
    ("bưu điện tỉnh có nhiệm vụ gì?", ["chuyển phát hồ sơ", "Bưu điện tỉnh"]),
    # a body of the same head and another place than a unit the register knows: the one the question names
    ("Công an xã Tà Lùng có nhiệm vụ gì?", ["rà soát dữ liệu dân cư"]),
])
def test_answers_over_other_genres(layout_qna, question, must):
    answer = layout_qna.ask(question).answer.answer
    for m in must:
        assert m in answer, (question, answer)


def test_the_programme_is_titled_by_its_subject_line(layout_qna):
    docs = layout_qna.engine.manifest["documents"]
    title = docs["2026-ubnd-song-may-chuong-trinh-09.txt"]["title"]
    assert title.startswith("Chương trình hành động thực hiện Nghị quyết số 41/NQ-HĐND"), title


def test_a_joint_plan_is_issued_by_both_bodies(layout_qna):
    doc = layout_qna.engine.manifest["documents"]["2026-cat-tinh-doan-song-may-ke-hoach-lien-tich-14.txt"]
    assert doc["issuer"] == "CÔNG AN TỈNH SÔNG MÂY và BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH SÔNG MÂY", doc["issuer"]
