"""Answers over an inspection conclusion and a service contract: who is tasked when a heading names the person or
party ("Đối với Chủ tịch UBND xã …", "Quyền và nghĩa vụ của Bên A"), a contract dated in its opening line, and a
conclusion's long subject under its type line. One small corpus, built once for the module."""
from __future__ import annotations

import pytest

from index.parser import parse_text
from tests.index.plan_factory import small_assistant

_CONCLUSION = """ỦY BAN NHÂN DÂN TỈNH LAM HÀ
THANH TRA TỈNH
Số: 31/KL-TTr
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Hà, ngày 09 tháng 11 năm 2026

KẾT LUẬN THANH TRA
Việc thực hiện quy định về tiếp nhận, giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến tại Ủy ban nhân dân xã Bến Sỏi và Ủy ban nhân dân xã Đá Mài trong năm 2026

Thực hiện Quyết định số 88/QĐ-TTr ngày 02/9/2026 của Chánh Thanh tra tỉnh;
Xét Báo cáo kết quả thanh tra ngày 30/10/2026 của Trưởng đoàn thanh tra, Chánh Thanh tra tỉnh kết luận như sau:
I. KẾT LUẬN
1. Xã Bến Sỏi chưa công khai số điện thoại đường dây nóng tại nơi tiếp nhận hồ sơ.
2. Xã Đá Mài có 42 hồ sơ quá hạn không có văn bản xin lỗi.
II. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ
1. Đối với Chủ tịch UBND xã Bến Sỏi
Công khai số điện thoại đường dây nóng tại nơi tiếp nhận hồ sơ ngay sau khi nhận được Kết luận này.
2. Đối với Chủ tịch UBND xã Đá Mài
a) Tổ chức kiểm điểm trách nhiệm công chức để hồ sơ quá hạn không có văn bản xin lỗi.
b) Rà soát quy trình tiếp nhận hồ sơ tại Bộ phận Một cửa.
3. Đối với Giám đốc Trung tâm Hành chính công tỉnh
Áp dụng giảm trừ 12.400.000 đồng (2% giá trị thanh toán quý III năm 2026) đối với bên cung cấp dịch vụ.

Yêu cầu Chủ tịch UBND xã Bến Sỏi, xã Đá Mài nghiêm túc thực hiện Kết luận thanh tra này và báo cáo kết quả thực hiện về Thanh tra tỉnh trước ngày 20/12/2026./.

CHÁNH THANH TRA
Hầu Văn Lực
"""

_CONTRACT = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

HỢP ĐỒNG THUÊ DỊCH VỤ CÔNG NGHỆ THÔNG TIN
Số: 03/2026/HĐ-TTHCC

- Căn cứ Bộ luật Dân sự số 91/2015/QH13;
Hôm nay, ngày 15 tháng 02 năm 2026, tại Trung tâm Hành chính công tỉnh Lam Hà, chúng tôi gồm:
BÊN THUÊ DỊCH VỤ (sau đây gọi là Bên A): TRUNG TÂM HÀNH CHÍNH CÔNG TỈNH LAM HÀ
- Địa chỉ: Số 14 đường Lê Lợi, phường An Bình, tỉnh Lam Hà
- Điện thoại: 0263 3 812 456
BÊN CUNG CẤP DỊCH VỤ (sau đây gọi là Bên B): CÔNG TY CỔ PHẦN DỮ LIỆU ĐÁ XANH
Hai bên thống nhất ký kết Hợp đồng với các điều khoản sau đây:
Điều 1. Đối tượng của Hợp đồng
Bên B cung cấp cho Bên A dịch vụ phần mềm một cửa điện tử.
Điều 2. Quyền và nghĩa vụ của Bên A
1. Thanh toán cho Bên B theo quý.
2. Tổ chức nghiệm thu chất lượng dịch vụ hằng quý, trong 10 ngày làm việc đầu quý sau.
Điều 3. Quyền và nghĩa vụ của Bên B
1. Đào tạo, hướng dẫn sử dụng phần mềm cho công chức các xã ít nhất 02 lần/năm.
2. Duy trì tổng đài hỗ trợ 1800 6 111 hoạt động 24/7.
Điều 4. Lễ ký kết
Lễ ký kết Hợp đồng được tổ chức vào sáng thứ Hai, ngày 15/02/2026 tại Hội trường Trung tâm Hành chính công tỉnh.
PHỤ LỤC
ĐẦU MỐI LIÊN HỆ CỦA HAI BÊN
| STT | Vai trò | Họ tên, chức vụ | Thư điện tử |
|---|---|---|---|
| 1 | Bên A - đầu mối quản lý hợp đồng | Bà Lã Thị Sen, Phó Giám đốc Trung tâm | senlt@lamha.gov.vn |
| 2 | Bên B - quản lý dự án | Ông Quách Văn Tỵ, Giám đốc dự án | tyqv@daxanh.vn |
"""


@pytest.fixture(scope="module")
def qna(tmp_path_factory, model_path, embedder):
    files = {"2026-thanh-tra-tinh-lam-ha-ket-luan-31.txt": _CONCLUSION,
             "2026-trung-tam-hcc-lam-ha-hop-dong-03.txt": _CONTRACT}
    return small_assistant(tmp_path_factory.mktemp("inspection"), files, model_path, embedder)


def test_a_conclusion_is_a_type_and_its_long_subject_its_title():
    meta = parse_text(_CONCLUSION, "2026-thanh-tra-tinh-lam-ha-ket-luan-31.txt").meta
    assert meta.doc_type == "Kết luận" and meta.title.endswith("xã Đá Mài trong năm 2026"), meta


def test_a_contract_is_dated_in_its_opening_line():
    meta = parse_text(_CONTRACT, "2026-trung-tam-hcc-lam-ha-hop-dong-03.txt").meta
    assert (meta.date, meta.year) == ("15/2/2026", 2026), meta


@pytest.mark.parametrize("question,must", [
    # the person a recommendation is addressed to, named by the heading above it
    ("Theo kết luận thanh tra, ai phải công khai số điện thoại đường dây nóng?", ["Chủ tịch UBND xã Bến Sỏi"]),
    ("Ai phải tổ chức kiểm điểm vụ hồ sơ quá hạn không có văn bản xin lỗi?", ["Chủ tịch UBND xã Đá Mài"]),
    # a contract's party, named by the article's heading
    ("Theo hợp đồng, bên nào tổ chức nghiệm thu chất lượng dịch vụ hằng quý?", ["Bên A"]),
    ("Ai đào tạo công chức xã dùng phần mềm theo hợp đồng 03?", ["Bên B"]),
    # a party by the name the contract gives it ("BÊN CUNG CẤP DỊCH VỤ (sau đây gọi là Bên B): CÔNG TY …")
    ("Bên B trong hợp đồng 03 là ai?", ["CÔNG TY CỔ PHẦN DỮ LIỆU ĐÁ XANH"]),
    # the contract's date, read from its opening line
    ("Hợp đồng 03/2026 ký ngày nào?", ["15/02/2026"]),
    # a deadline the closing sets (not the date of the report the preamble considers)
    ("Hạn báo cáo kết quả thực hiện kết luận thanh tra về Thanh tra tỉnh là khi nào?", ["20/12/2026"]),
    # a sum asked outright, though the question says "giảm" (not a rate)
    ("Kết luận 31 kiến nghị giảm trừ bao nhiêu tiền?", ["12.400.000 đồng"]),
    # a service number ("1800 …") of a "tổng đài"
    ("tong dai ho tro so may", ["1800 6 111"]),
    # a place after the time it is held ("được tổ chức vào …, ngày … tại …")
    ("Lễ ký kết hợp đồng tổ chức ở đâu?", ["Hội trường Trung tâm Hành chính công tỉnh"]),
    # an address with its house number and street, up to the places it names
    ("Trung tâm Hành chính công tỉnh địa chỉ ở đâu?", ["Số 14 đường Lê Lợi, phường An Bình, tỉnh Lam Hà"]),
    # two data of one thing, each answered
    ("Trung tâm Hành chính công tỉnh Lam Hà địa chỉ và số điện thoại là gì?", ["Số 14 đường Lê Lợi", "0263 3 812 456"]),
])
def test_who_a_heading_tasks_and_when_a_contract_was_signed(qna, question, must):
    answer = qna.ask(question).answer
    assert answer.grounded, (question, answer.answer)
    for m in must:
        assert m in answer.answer, (question, answer.answer)


def test_a_document_type_is_named_in_english_by_the_glossary(qna):
    from assistant.compose import plan_name
    names = {plan_name(qna.engine, d["document"], "en").split()[0] for d in qna.engine.documents()}
    assert names == {"Contract", "Conclusion"}, names


def test_a_person_is_found_by_the_title_of_office_asked_not_the_document_named_before_it(qna):
    """"trong hợp đồng ai là giám đốc dự án": the row whose name cell gives that title (a family name of any kind
    after "Ông"), not a sentence about the contract."""
    answer = qna.ask("trong hợp đồng ai là giám đốc dự án phía công ty").answer
    assert answer.grounded and answer.answer.startswith("Quách Văn Tỵ"), answer.answer


def test_a_yes_no_question_that_mentions_a_datum_asks_whether_it_is_said(qna):
    """"… có nói … công khai số điện thoại đường dây nóng không ạ?": whether the conclusion says so, not the number."""
    answer = qna.ask("Kết luận thanh tra có nói xã Bến Sỏi chưa công khai số điện thoại đường dây nóng không ạ?").answer
    assert answer.grounded and answer.answer.startswith("Có"), answer.answer

