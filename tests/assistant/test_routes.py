"""Reading a question's wording alone (assistant/routes.py, assistant/language/): small talk, yes/no, data files."""
from __future__ import annotations

import pytest

from assistant import language as L
from assistant import routes as R
from index.normalize import fold


@pytest.mark.parametrize("text,kind,lang", [
    ("cảm ơn ad nhiều nhé", "thanks", "vi"),
    ("cam on ban", "thanks", "vi"),
    ("Thank you very much!", "thanks", "en"),
    ("ok", "ack", "vi"),
    ("👍", "ack", "vi"),
    ("xin chào", "greeting", "vi"),
    ("good morning", "greeting", "en"),
])
def test_small_talk_is_recognised_with_its_language(text, kind, lang):
    assert R.small_talk(text) == (kind, lang)


def test_a_word_both_languages_use_takes_the_conversations_language():
    assert R.small_talk("ok", default_lang="en") == ("ack", "en")


@pytest.mark.parametrize("text", ["Ai chủ trì?", "ok, còn Sở Nội vụ thì sao?", "cảm ơn, cho hỏi kinh phí lấy ở đâu",
                                  "Bản tin PCI"])
def test_a_question_is_no_small_talk(text):
    assert R.small_talk(text) is None


@pytest.mark.parametrize("text,lang", [
    ("Tôi có được nộp hồ sơ qua mạng không?", "vi"),
    ("Sở Nội vụ chủ trì việc này, phải không?", "vi"),
    ("co to chuc hoi thi khong", "vi"),
    ("Does the Office publish a newsletter?", "en"),
    ("báo cáo có nói đã công khai số đường dây nóng không ạ?", "vi"),  # a chat particle after "không"
    ("xã đã số hóa xong hồ sơ chưa vậy", "vi"),
])
def test_yes_no_questions(text, lang):
    assert R.yes_no(fold(text), lang)


@pytest.mark.parametrize("text,lang", [
    ("Kế hoạch có những hoạt động nào không?", "vi"),  # asks for a list
    ("Ai chủ trì hội thi?", "vi"),
    ("Who publishes the newsletter?", "en"),
    ("Có bao nhiêu nhiệm vụ?", "vi"),
    ("Could you give me the hotline number for the service centre?", "en"),  # a request: it asks for the number
    ("cho em xin số điện thoại của trung tâm được không ạ", "vi"),
])
def test_other_questions_are_not_yes_no(text, lang):
    assert not R.yes_no(fold(text), lang)


def test_language_data_rows_name_their_source_and_hold_no_names():
    for name in ("cues", "genre", "replies"):
        rows = L.rows(name)
        assert rows and all(r["source"] in L.SOURCES for r in rows)
    assert "nhiem vu" in L.phrases("cues", "item_noun")
    assert L.reply("yes", "en") == "Yes" and L.reply("unsaid", "vi").startswith("Các kế hoạch")


def test_language_data_names_no_unit_plan_issuer_or_place(qna):
    """The data hold the genre's words; the names of bodies, plans and places come from the documents."""
    from index.normalize import fold

    phrases = {fold(r["phrase"]) for name in ("cues", "genre", "units") for r in L.rows(name)}
    register, documents = qna.engine.register, qna.engine.documents()
    names = {fold(u.name) for u in register.units.values()} | set(register.places)
    names |= {fold(d.get(k) or "") for d in documents for k in ("issuer", "title", "place")} - {""}
    assert not phrases & names, phrases & names


def test_every_language_file_names_its_source():
    for name in ("asks", "chat"):
        rows = L.rows(name)
        assert rows and all(r["source"] in L.SOURCES for r in rows)


@pytest.mark.parametrize("text,pieces", [
    ("Bản tin PCI phát bao lâu một lần, và cơ quan nào chủ trì?", 2),
    ("Who leads the booking, and in which quarter should it be rolled out?", 2),
    ("Ai chủ trì Bản tin PCI? Kinh phí lấy ở đâu?", 2),
    # the same thing asked of two plans is one question, answered across them
    ("Công khai TTHC: trong kế hoạch 2023 ai chủ trì, còn kế hoạch 2025 giao ai?", 1),
    # a list of names joined by "và" asks one thing
    ("Sở Tư pháp, Sở Nội vụ, và Sở Y tế chủ trì những việc gì?", 1),
    ("Ai chủ trì và khi nào xong?", 1),  # fields of one activity: answered field by field
    # clauses of one sentence that each ask, with no comma before "và" or no "và" after the comma
    ("Đợt cao điểm kích hoạt tài khoản diễn ra khi nào và loa xã phát bài nào kèm theo?", 2),
    ("Hội nghị sơ kết tổ chức ở đâu, ai chủ trì hội nghị?", 2),
    # a comma inside a list of nouns, or before what the clause asks, is no boundary
    ("Nộp hồ sơ trực tuyến thì được giảm phí, lệ phí bao nhiêu?", 1),
    ("Theo kế hoạch 2025, ai chủ trì bản tin PCI?", 1),
    ("Khi nào và ở đâu tổ chức hội nghị sơ kết?", 1),  # the first clause names nothing asked about
    ("Kế hoạch có mấy nhóm, tổng bao nhiêu nhiệm vụ?", 1),  # one count, two facets
    ("Thông báo kết luận hội nghị sơ kết số mấy, ngày nào, của cơ quan nào?", 1),  # facts of one document
    ("Quyết định 49/QĐ-BNV là của ai, ban hành gì?", 1),  # facts of one document
    ("What does the Department of Culture, Sports and Tourism lead?", 1),  # a comma inside a name
    ("Danh mục TTHC: chỉ thị 04 hẹn trình lúc nào, thông báo 87 đổi thành khi nào?", 1),  # one thing, two documents
    # two things of two documents; a clause asking two fields of its own beside another question; "bao lâu" asks
    ("Quy trình mới: báo cáo của Sở hẹn trình khi nào, thực tế quyết định ký ngày nào?", 2),
    ("Tập huấn quy trình: tỉnh giao ai làm tháng mấy, xã Đông Sơn tự tập huấn ngày nào?", 2),
    ("Đăng ký kết hôn mất bao lâu, kế hoạch của xã đặt yêu cầu gì với hồ sơ hộ tịch?", 2),
    ("Bản tin PCI bao lâu một lần, ai chủ trì?", 1),  # fields of one activity
])
def test_a_sentence_asking_two_things_is_answered_part_by_part(text, pieces):
    assert len(R.parts(text, "vi")) == pieces


def test_questions_one_after_another_are_not_one_sentence():
    assert R.one_sentence("Bản tin PCI phát bao lâu một lần, và cơ quan nào chủ trì?")
    assert not R.one_sentence("Ai chủ trì Bản tin PCI? Kinh phí lấy ở đâu?")


def test_two_values_asked_are_two_parts_two_facets_of_one_count_are_one():
    from assistant.routes import parts
    assert len(parts("Chỉ tiêu ký số năm 2026 là bao nhiêu và quý I đạt được bao nhiêu?", "vi")) == 2
    assert len(parts("Năm 2025 nhận được bao nhiêu hồ sơ trực tuyến, chiếm mấy % vậy?", "vi")) == 1
    assert len(parts("Phần nhiệm vụ có mấy nhóm, tổng bao nhiêu nhiệm vụ?", "vi")) == 1


def test_a_statement_before_a_question_is_not_a_question_of_its_own():
    from assistant.routes import after_statement, parts
    text = "Sở Nội vụ phối hợp với bưu điện tổ chức cuộc thi; vậy cuộc thi kéo dài bao lâu?"
    assert parts(text, "vi") == [text] and after_statement(text) == "vậy cuộc thi kéo dài bao lâu?"
    assert after_statement("Ai chủ trì bản tin PCI; tần suất?") == ""  # a field asked alone is a question
    assert after_statement("Ai chủ trì bản tin PCI?") == ""


def test_two_data_of_one_thing_are_asked_each_on_its_own():
    """"… địa chỉ và số điện thoại là gì?": the address and the phone number, each found where it is written; a
    question about the activity that publishes them is one question."""
    assert R.parts("Trung tâm địa chỉ và số điện thoại là gì?", "vi") == ["Trung tâm địa chỉ là gì?",
                                                                      "Trung tâm số điện thoại là gì?"]
    assert not R.one_sentence("Trung tâm địa chỉ và số điện thoại là gì?")
    assert R.parts("Ai chủ trì công khai địa chỉ, điện thoại đường dây nóng?", "vi") == [
        "Ai chủ trì công khai địa chỉ, điện thoại đường dây nóng?"]
