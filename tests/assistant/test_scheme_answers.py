"""Answers over a scheme (Đề án) carried by its approving decision's number, a decision with a list appendix and a
ward's work programme with a month-by-month grid table: the plan named by its type, a budget table's row, the
rows of a month, an activity stated in the body and again in the appendix, a signer asked by title. One small
corpus, built once for the module; every name is made up."""
from __future__ import annotations

import pytest

from tests.index.plan_factory import assert_answered, small_assistant

_SCHEME = """ỦY BAN NHÂN DÂN
TỈNH AN LÂM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

ĐỀ ÁN
Nâng cao chất lượng giải quyết thủ tục hành chính và các Chỉ số PAR INDEX, SIPAS, PCI giai đoạn 2026 - 2028
(Kèm theo Quyết định số 318/QĐ-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh An Lâm)

I. THỰC TRẠNG
1. Năm 2025, Chỉ số PCI của tỉnh đạt 66,90 điểm.
II. NHIỆM VỤ
1. Rà soát, phê duyệt danh mục dịch vụ công trực tuyến
Rà soát toàn bộ thủ tục đủ điều kiện để trình phê duyệt danh mục dịch vụ công trực tuyến bổ sung năm 2026. Cơ quan
chủ trì: Văn phòng Ủy ban nhân dân tỉnh; cơ quan phối hợp: các sở, ngành; thời gian: trong tháng 3/2026.
2. Mục tiêu cụ thể
a) Chỉ số PCI đạt từ 69 điểm trở lên vào năm 2028.
III. KINH PHÍ
Tổng kinh phí thực hiện Đề án là 38.460 triệu đồng, phân bổ như sau:
Đơn vị tính: triệu đồng

| Nội dung | Tổng kinh phí | Năm 2026 | Năm 2027 |
|---|---|---|---|
| Trang bị Khu vực tự phục vụ tại các xã, phường | 11.340 | 7.560 | 3.780 |
| Tập huấn, truyền thông | 2.100 | 700 | 1.400 |

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Mạc Thị Huyền
"""

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH AN LÂM
Số: 477/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lâm, ngày 08 tháng 4 năm 2026

QUYẾT ĐỊNH
Phê duyệt Danh mục dịch vụ công trực tuyến toàn trình, một phần bổ sung năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN LÂM

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Danh mục 3 dịch vụ công trực tuyến bổ sung năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

CHỦ TỊCH
Lục Văn Thiêm
"""

_PROGRAMME = """ỦY BAN NHÂN DÂN
PHƯỜNG HÒA AN
Số: 17/CTr-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa An, ngày 20 tháng 4 năm 2026

CHƯƠNG TRÌNH
Công tác cải cách hành chính năm 2026 của phường Hòa An

1. NHIỆM VỤ
1.1. Tự khảo sát sự hài lòng của người dân 02 đợt; chủ trì: Văn phòng HĐND và UBND phường; phối hợp: các tổ dân
phố.
1.2. Số hóa kết quả giải quyết thủ tục còn hiệu lực; chủ trì: Trung tâm Phục vụ hành chính công phường; thời hạn:
trước ngày 30/9/2026.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nông Đức Khải

PHỤ LỤC
LỊCH TRIỂN KHAI THEO THÁNG

+-------+-----+--------------------------------+---------------------+-------------------+
| Tháng | STT | Nội dung công việc             | Đơn vị thực hiện    | Đơn vị phối hợp   |
+=======+=====+================================+=====================+===================+
| 6     | 1   | Khảo sát sự hài lòng đợt 1     | Văn phòng HĐND và   | Các tổ dân phố    |
|       |     |                                | UBND phường         |                   |
|       +-----+--------------------------------+---------------------+-------------------+
|       | 2   | Lắp đặt Khu vực tự phục vụ     | Văn phòng HĐND và   | Bưu điện tỉnh An  |
|       |     |                                | UBND phường         | Lâm               |
+-------+-----+--------------------------------+---------------------+-------------------+
| 9     | 3   | Hoàn thành số hóa kết quả      | Trung tâm Phục vụ   | Phòng Văn hóa -   |
|       |     | thủ tục còn hiệu lực           | hành chính công     | Xã hội            |
|       |     |                                | phường              |                   |
+-------+-----+--------------------------------+---------------------+-------------------+
"""


@pytest.fixture(scope="module")
def scheme_qna(tmp_path_factory, model_path, embedder):
    files = {"2026-ubnd-tinh-an-lam-de-an.txt": _SCHEME,
             "2026-chu-tich-an-lam-qd-477.txt": _DECISION,
             "2026-phuong-hoa-an-chuong-trinh-17.txt": _PROGRAMME}
    return small_assistant(tmp_path_factory.mktemp("scheme"), files, model_path, embedder)


@pytest.mark.parametrize("question,must,section", [
    # named by its type and its period: not the decision whose title is the activity's words
    ("Trong Đề án 2026-2028 của tỉnh An Lâm, ai chủ trì rà soát để trình phê duyệt danh mục dịch vụ công trực "
     "tuyến bổ sung năm 2026?", ["Văn phòng Ủy ban nhân dân tỉnh"], "II.1"),
    # a scheme with no number of its own: the decision that approves it
    ("Đề án 2026-2028 được phê duyệt bằng quyết định số mấy?", ["318/QĐ-UBND"], "header"),
    # a budget table's row named in other words, the column of the year asked, in the table's unit
    ("Năm 2026 Đề án bố trí bao nhiêu tiền cho trang bị Khu vực tự phục vụ ở xã, phường?", ["7.560 triệu đồng"],
     "III"),
    # a month of a grid schedule whose month cell spans two rows
    ("Tháng 6 phường Hòa An có những việc gì trong lịch triển khai?", ["Khảo sát sự hài lòng đợt 1",
                                                                        "Lắp đặt Khu vực tự phục vụ"], "Phụ lục.2"),
    # an activity of the body and its row in the appendix: the body first, both cited
    ("Khảo sát sự hài lòng của phường thì ai phối hợp với Văn phòng HĐND và UBND phường?", ["các tổ dân phố"], "1.1"),
    # a chairman asked by title: the one who signs as Chủ tịch, not a deputy signing for him
    ("chu tich ubnd phuong hoa an ten gi", ["Nông Đức Khải"], "signature"),
    ("Chủ tịch UBND tỉnh An Lâm là ai?", ["Lục Văn Thiêm"], "signature"),
])
def test_answers_over_a_scheme_a_decision_and_a_ward_programme(scheme_qna, question, must, section):
    assert_answered(scheme_qna, question, must, section)


def test_an_index_the_plans_give_no_figure_for_is_not_answered_with_another_ones(scheme_qna):
    """"Chỉ số PAPI … bao nhiêu điểm?" beside a sentence giving the PCI's points; a 2026 target asked where only the
    2028 one is written."""
    assert not scheme_qna.ask("Chỉ số PAPI năm 2025 của tỉnh An Lâm được bao nhiêu điểm?").answer.grounded
    assert not scheme_qna.ask("Chỉ tiêu PCI năm 2026 của tỉnh là bao nhiêu điểm?").answer.grounded
    assert "66,90" in scheme_qna.ask("Chỉ số PCI năm 2025 của tỉnh An Lâm được bao nhiêu điểm?").answer.answer


def test_a_units_duties_count_a_task_the_schedule_restates_once(scheme_qna):
    answer = scheme_qna.ask("Văn phòng HĐND và UBND phường Hòa An chủ trì những việc gì?").answer
    assert "chủ trì 2 hoạt động" in answer.answer, answer.answer
    assert {"1.1", "Phụ lục.1", "Phụ lục.2"} <= {c.section for c in answer.citations}
