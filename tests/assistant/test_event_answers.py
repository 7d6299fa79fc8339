"""Answers over an event's plan and an official letter: the plan's own fields written as labelled headings
("2.1. Thời gian: …"), a talks table whose presenters are a "Đơn vị trình bày" column, a task table whose costs
carry their unit in the column's header, a total stated once; a letter addressed "Kính gửi:" over a list, with a
list of communes attached after its signature. One small corpus, built once for the module."""
from __future__ import annotations

import pytest

from tests.index.plan_factory import assert_answered, small_assistant

_EVENT_PLAN = """SỞ NỘI VỤ TỈNH HÀ SƠN
Số: 31/KH-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Sơn, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Hội nghị tổng kết cải cách hành chính năm 2025 và triển khai nhiệm vụ năm 2026

Căn cứ Quyết định số 208/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh phê duyệt kết quả Chỉ số
cải cách hành chính năm 2025 của các sở, ngành;
Sở Nội vụ xây dựng Kế hoạch như sau:

1. MỤC ĐÍCH
Đánh giá kết quả cải cách hành chính năm 2025; triển khai nhiệm vụ năm 2026.
2. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN
2.1. Thời gian: 01 buổi, từ 08 giờ 00 phút, thứ Ba, ngày 24/3/2026.
2.2. Địa điểm: Hội trường Sông Đà, Trung tâm Hội nghị tỉnh.
2.3. Chủ trì: Ông Lâm Quốc Vượng, Chủ tịch Ủy ban nhân dân tỉnh.
2.4. Thành phần
Tổng số đại biểu dự kiến tại hội trường: 180 người.
3. NHIỆM VỤ VÀ KINH PHÍ
3.1. Tổng kinh phí dự kiến năm 2026: 12.400 triệu đồng.
3.2. Các nhiệm vụ:

| STT | Nhiệm vụ | Đơn vị thực hiện | Kinh phí (triệu đồng) |
|---|---|---|---|
| 1 | Nâng cấp phần mềm một cửa điện tử | Văn phòng Ủy ban nhân dân tỉnh | 4.200 |
| 2 | Số hóa hồ sơ hộ tịch | Sở Tư pháp | 3.100 |

4. TỔ CHỨC THỰC HIỆN
4.1. Sở Nội vụ: chuẩn bị báo cáo tổng kết, gửi đại biểu trước ngày 20/3/2026; báo cáo Ủy ban nhân dân tỉnh
kết quả thực hiện Kế hoạch hằng năm trước ngày 15/12.
4.2. Các sở, ngành: báo cáo kết quả cải cách hành chính 6 tháng trước ngày 15/6 và năm trước ngày 30/11
về Sở Nội vụ.
4.3. Kết nối trực tuyến đến 30 điểm cầu xã, phường. Sở Khoa học và Công nghệ chủ trì, Viễn thông Hà Sơn
phối hợp; thời gian: tháng 3/2026./.

GIÁM ĐỐC
Đào Minh Khiêm

PHỤ LỤC
DANH SÁCH THAM LUẬN (Kèm theo Kế hoạch số 31/KH-SNV ngày 02/3/2026 của Sở Nội vụ)

| STT | Đơn vị trình bày | Chủ đề tham luận | Hạn gửi bài |
|---|---|---|---|
| 1 | Công an tỉnh | Tái sử dụng dữ liệu dân cư trong giải quyết thủ tục hành chính | 15/3/2026 |
| 2 | Sở Tư pháp | Số hóa sổ hộ tịch và cấp bản sao điện tử | 16/3/2026 |
"""

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ SƠN
Số: 733/UBND-KSTT
V/v chấn chỉnh giải quyết hồ sơ quá hạn
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Sơn, ngày 06 tháng 4 năm 2026

Kính gửi:
- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các xã, phường.

Tháng 3/2026 toàn tỉnh còn 812 hồ sơ quá hạn. Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Các xã có tên tại Danh sách kèm theo Công văn này khắc phục xong trước ngày 30/4/2026.
2. Các cơ quan, đơn vị báo cáo kết quả hằng tháng, trước ngày 25, về Văn phòng Ủy ban nhân dân tỉnh.
3. Ủy ban nhân dân các xã bố trí Tổ hỗ trợ tại Bộ phận Một cửa trước ngày 15/5/2026, làm việc vào các ngày thứ
Ba và thứ Năm hằng tuần.
Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện. Đầu mối liên hệ: bà Lò Thị Hằng, Văn phòng Ủy ban nhân dân
tỉnh, điện thoại 0215 3 812 345./.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Mai Thế Phong

PHỤ LỤC
DANH SÁCH XÃ CÓ NHIỀU HỒ SƠ QUÁ HẠN THÁNG 3/2026 (Kèm theo Công văn số 733/UBND-KSTT)

| STT | Xã | Hồ sơ quá hạn | Hạn khắc phục |
|---|---|---|---|
| 1 | Xã Nậm Pồ | 96 | 30/4/2026 |
| 2 | Xã Khe Cát | 74 | 30/4/2026 |
| 3 | Xã Bản Lìm | 41 | 30/4/2026 |
"""

PLAN, LETTER = "2026-so-noi-vu-ha-son-ke-hoach-31-hoi-nghi.md", "2026-ubnd-ha-son-cong-van-733.md"


@pytest.fixture(scope="module")
def event_qna(tmp_path_factory, model_path, embedder):
    return small_assistant(tmp_path_factory.mktemp("events"), {PLAN: _EVENT_PLAN, LETTER: _LETTER}, model_path,
                           embedder)


@pytest.mark.parametrize("question,must,section", [
    # asked of what the plan itself organises: its own field, written as a labelled heading
    ("Hội nghị tổng kết cải cách hành chính tổ chức hôm nào, mấy giờ?", ["08 giờ 00 phút", "24/3/2026"], "2.1"),
    ("Ai chủ trì hội nghị tổng kết cải cách hành chính?", ["Lâm Quốc Vượng"], "2.3"),
    ("Hội nghị tổng kết cải cách hành chính tổ chức ở đâu?", ["Hội trường Sông Đà"], "2.2"),
    # a count given after a label that names what it counts
    ("Hội trường dự kiến bao nhiêu đại biểu?", ["180 người"], "2.4"),
    # the presenters of a talks table ("Đơn vị trình bày") and its deadline column ("Hạn gửi bài")
    ("Tham luận về tái sử dụng dữ liệu dân cư do đơn vị nào trình bày?", ["Công an tỉnh"], "Phụ lục.1"),
    # a total is the sentence that says it, not one task's cost; a task's cost carries the column's unit
    ("Tổng kinh phí của kế hoạch 31 là bao nhiêu?", ["12.400 triệu đồng"], "3.1"),
    ("Nâng cấp phần mềm một cửa điện tử tốn bao nhiêu?", ["4.200 triệu đồng"], "3.2.1"),
    # the number of a document the plan cites, no plan named
    ("Quyết định phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 số mấy?", ["208/QĐ-UBND"], "preamble"),
    # "Kính gửi:" over a list of bodies
    ("Công văn 733 gửi những ai?", ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"], "preamble"),
    # "danh sách kèm theo" names the appendix; its rows are what "bao nhiêu xã" counts
    ("Danh sách kèm công văn 733 có bao nhiêu xã?", ["3 xã"], "Phụ lục"),
    # two rows of a table compared: each row's value, the one with more first
    ("Xã Nậm Pồ với xã Khe Cát xã nào nhiều hồ sơ quá hạn hơn?", ["Cao hơn", "Xã Nậm Pồ — 96", "74"], "Phụ lục.1"),
    # how often a report is due, "bắt" (require) is no topic
    ("Công văn 733 bắt báo cáo bao lâu một lần?", ["hằng tháng"], "2"),
    # of two sections found as well, the one headed by the unit named
    ("Sở Nội vụ báo cáo UBND tỉnh kết quả thực hiện kế hoạch 31 định kỳ thế nào?", ["hằng năm"], "4.1"),
    # the role the activity's fields give the unit named
    ("Kết nối trực tuyến đến các điểm cầu xã thì Viễn thông Hà Sơn có vai trò gì?", ["Viễn thông Hà Sơn phối hợp"],
     "4.3"),
    # whom to contact: the name a contact line gives
    ("Đầu mối liên hệ của công văn 733 là ai?", ["Lò Thị Hằng"], "closing"),
    # "kí" is "ký" (one syllable's i / y spellings)
    ("Công văn 733 ai kí?", ["Mai Thế Phong"], "signature"),
    ("Kế hoạch 31 ai ký?", ["Đào Minh Khiêm"], "signature"),
    # the days of the week asked: the weekdays, not the date beside them
    ("Tổ hỗ trợ ở Bộ phận Một cửa làm việc những ngày nào trong tuần?", ["thứ Ba", "thứ Năm"], "3"),
])
def test_answers_over_an_event_plan_and_a_letter(event_qna, question, must, section):
    assert_answered(event_qna, question, must, section)


def test_a_count_cites_the_items_counted_and_the_last_of_them(event_qna):
    answer = event_qna.ask("Danh sách kèm công văn 733 có bao nhiêu xã?").answer
    assert {"Phụ lục", "Phụ lục.3"} <= {c.section for c in answer.citations}, answer.citations


def test_the_period_a_plan_is_for_is_read_from_its_title(event_qna):
    answer = event_qna.ask("Kế hoạch 31 áp dụng cho năm nào?").answer
    assert answer.grounded and "năm 2026" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    # another event than the plan's own: its words are not all the plan's title
    "Hội nghị sơ kết 6 tháng tổ chức ngày nào?",
    # an item of the event's agenda is no question about the event itself
    "Ai trình bày tham luận về số hóa sổ hộ tịch?",
])
def test_the_plans_own_fields_answer_only_what_is_asked_of_the_plan(event_qna, question):
    answer = event_qna.ask(question).answer
    assert "2.1" not in [c.section for c in answer.citations] and "2.3" not in [c.section for c in answer.citations], \
        (question, answer.answer)


def test_who_signed_a_document_the_plans_only_cite_is_not_answered(event_qna):
    answer = event_qna.ask("Quyết định 208 ai ký?").answer
    assert not answer.grounded, answer.answer


def test_do_ai_to_chuc_names_no_plan_titled_to_chuc(event_qna):
    """"do ai tổ chức" asks who: the plan titled "Tổ chức Hội nghị …" is not named by those words."""
    from assistant import question as Q

    q = Q.read("Lớp tập huấn một cửa tháng 5/2026 do ai tổ chức?", event_qna.engine)
    assert not q.mentions, q.mentions
