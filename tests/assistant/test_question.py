"""Reading a question once (assistant/question.py): chat shorthand, the genre's initials, English, yes/no, parts."""
from __future__ import annotations

import pytest

from assistant import intents as I
from assistant import question as Q
from index.normalize import fold
from index.query import detect_language


@pytest.mark.parametrize("typed,written", [
    ("phối hợp vs ai z", "phối hợp với ai vậy"),
    ("chỉ tiêu năm 2024 bn % vậy ad", "chỉ tiêu năm 2024 bao nhiêu % vậy ad"),
    ("có j mới so vs 2023 ko", "có gì mới so với 2023 không"),
    ("đài pt-th tỉnh", "đài ptth tỉnh"),  # initials typed in two groups: one, for the initials index
    ("Đài PT-TH tỉnh", "Đài PT-TH tỉnh"),  # as the documents write it: kept (units are matched as written)
    ("Quyết định 49/QĐ-BNV", "Quyết định 49/QĐ-BNV"),  # a document's symbol: kept
    ("Ngày KH&CN Việt Nam", "Ngày KHCN Việt Nam"),  # initials around "&": one word, whatever the case
    ("Sở Tài chính & Kế hoạch", "Sở Tài chính & Kế hoạch"),  # words, not initials
    ("kinh phí", "kinh phí"),
])
def test_chat_shorthand_is_read_written_out(typed, written):
    assert Q.written_out(typed) == written


@pytest.mark.parametrize("text,lang", [
    ("Can I use VNeID instead of my health insurance card when I go to the hospital?", "en"),
    ("What does the Department of Home Affairs have to do?", "en"),
    ("Who leads it?", "en"),
    # Vietnamese typed without diacritics: "so", "the", "can" are Vietnamese syllables, "bhyt" initials
    ("so noi vu lam gi trong ke hoach truyen thong cchc cds 2025 cua ubnd tinh", "vi"),
    ("toi co the dung vneid thay the bhyt khong", "vi"),
    ("ke hoach so may the nao", "vi"),
    ("cho hoi website dang ky online o dau", "vi"),
])
def test_language_is_told_by_words_no_vietnamese_syllable_spells(text, lang):
    assert detect_language(text) == lang


def test_a_document_type_written_by_its_initials_is_read_as_the_word(engine):
    q = Q.read("Sở nào HD các đơn vị truyền thông về CCHC theo KH truyền thông 2025 của UBND tỉnh?", engine)
    assert "hướng dẫn" in q.text and "kế hoạch truyền thông" in q.text
    assert q.plans  # "KH truyền thông … 2025" names the plan
    assert "12/KH-UBND" in Q.read("Kế hoạch số 12/KH-UBND ban hành ngày nào?", engine).text


def test_an_english_yes_no_question_with_a_when_clause_asks_whether(engine):
    q = Q.read("Can I use VNeID instead of my health insurance card when I go to the hospital?", engine)
    assert q.language == "en" and q.yes_no and q.intent.kind == I.GENERAL
    assert "vneid" in q.search_topic  # a name in mixed case is kept as written


def test_english_function_and_genre_words_are_no_topic(engine):
    q = Q.read("What does the Department of Home Affairs have to do in the 2025 communication plan?", engine)
    assert q.asks == Q.UNIT_DUTIES and not {"have", "to", "communication"} & set(q.topic)


def test_a_meaning_asked_with_a_unit_named_is_a_meaning(engine):
    q = Q.read("What does PCI stand for in the Department of Science and Technology's plan?", engine)
    assert q.intent.kind == I.DEFINITION and q.asks == ""


def test_a_later_part_of_one_sentence_is_read_about_the_first(engine):
    first = Q.read("Bản tin PCI trên kênh truyền hình phát bao lâu một lần", engine,
                   whole="Bản tin PCI trên kênh truyền hình phát bao lâu một lần, và cơ quan nào chủ trì?")
    assert first.focus.endswith("cơ quan nào chủ trì?")


def test_a_period_read_in_english_names_no_topic(engine):
    """"the third quarter", "schedule", "fall in" are how the period is asked: the activities of the quarter."""
    q = Q.read("Which communication activities does the 2025 draft plan schedule for the third quarter?", engine)
    assert q.period is not None and q.asks == Q.PERIOD



def test_the_items_a_named_plan_gives_a_named_unit_are_its_duties(engine):
    # "<plan> giao <unit> những việc gì": the unit stands between the verb and what is asked
    q = Q.read("Kế hoạch truyền thông 2025 của UBND tỉnh giao Sở Tư pháp những việc gì?", engine)
    assert q.asks == Q.UNIT_DUTIES and [u.name for u in q.units] == ["Sở Tư pháp"]


def test_a_rate_asked_by_its_sign_counts_percent():
    from assistant.question import _counted
    assert _counted(fold("Năm 2025 thanh toán trực tuyến đạt bao nhiêu %?"), ["thanh", "toan"]) == "%"


def test_a_data_table_row_gives_the_figure_of_the_year_asked():
    from assistant.sentences import _row_figure
    row = "Chỉ số SIPAS (%) (Ước thực hiện năm 2025: 82,40, Mục tiêu năm 2026: ≥ 85)"
    assert _row_figure(row, "%", ["2025"]) == "82,40%"
    assert _row_figure(row, "%", ["2026"]) == "≥ 85%"
    assert _row_figure("Hồ sơ tiếp nhận (hồ sơ) (Ước thực hiện năm 2025: 486.215, Mục tiêu năm 2026: -)", "ho") \
        == "486.215 hồ sơ"
    assert _row_figure(row, "diem", ["2025"]) == ""  # the row counts a rate, not points


def test_a_subject_abbreviation_is_topic_only_in_a_plan_of_several_subjects(engine):
    """"CCHC" says nothing in a CCHC plan; in the Office's 2025 plan on CCHC, CĐS and online services it does."""
    several = Q.read("Kế hoạch năm 2025 của Văn phòng UBND tỉnh: ai tổng hợp báo cáo kết quả tuyên truyền CCHC?", engine)
    one = Q.read("Kế hoạch 281 của Sở KHCN: ai tổng hợp báo cáo kết quả tuyên truyền CCHC?", engine)
    assert "cchc" in several.topic and "cchc" not in one.topic, (several.topic, one.topic)


def test_an_english_how_many_asks_for_a_figure_not_for_its_english_noun():
    from assistant.question import _counted_in
    from index.normalize import fold
    for language, text, counted in [("en", "How many complaints did the centre receive?", ("",)),
                                    ("en", "What percentage of files were online?", ("", "%")),
                                    ("vi", "Trung tâm nhận bao nhiêu phản ánh?", ("phan",)),
                                    # a place's "Mây" is no "mấy": the count is of what "bao nhiêu" asks
                                    ("vi", "Phường Lũng Mây có bao nhiêu hồ sơ?", ("ho",))]:
        assert _counted_in(language, text, fold(text), ()) in counted


def test_persons_counted_by_any_of_their_nouns_are_counted_as_persons():
    from assistant.question import _counted_in
    for text in ("Xã hiện có bao nhiêu cán bộ, công chức?", "Tổ điều tra viên có bao nhiêu người?",
                 "Ban chỉ đạo gồm bao nhiêu thành viên?"):
        assert _counted_in("vi", text, fold(text), ()) == "nguoi", text


def test_a_word_typed_with_its_diacritics_names_a_plan_only_as_the_plan_writes_it():
    assert Q.as_written({"to", "chuc", "yeu"}, "Phiếu đánh giá những yếu tố nào?", {"tổ", "chức"}) == {"chuc"}
    assert Q.as_written({"to"}, "phieu danh gia nhung yeu to nao", {"tổ"}) == {"to"}  # typed without: any


def test_a_later_part_naming_a_plan_of_its_own_carries_nothing_of_the_first(engine):
    """"…, còn kế hoạch 281 của Sở KHCN giao ai xuất bản bản tin khoa học công nghệ?": the second part asks of its
    own plan, not of the first part's activity."""
    whole = ("Kế hoạch năm 2025 của Văn phòng UBND tỉnh có bao nhiêu nhiệm vụ, "
             "còn kế hoạch 281 của Sở KHCN giao ai xuất bản bản tin khoa học công nghệ?")
    from assistant.answers import Answer
    first = Answer(question="Kế hoạch năm 2025 của Văn phòng UBND tỉnh có bao nhiêu nhiệm vụ", answer="",
                   grounded=True, kind="fact", focus=whole)
    part = "kế hoạch 281 của Sở KHCN giao ai xuất bản bản tin khoa học công nghệ?"
    second = Q.read(part, engine, has_history=True, prev=first, continues=True, whole=whole)
    assert not second.follow_up and second.focus == part and "nhiem" not in second.search_topic
    # a part naming its plan and nothing else it asks of ("…, còn kế hoạch 281 thì ai chủ trì?") is about the
    # first part's activity
    elliptic = Q.read("còn kế hoạch 281 của Sở KHCN thì ai chủ trì?", engine, has_history=True, prev=first,
                      continues=True, whole=whole)
    assert elliptic.follow_up


def test_which_tasks_a_unit_is_in_charge_of_are_its_duties(engine):
    q = Q.read("Which communication tasks is the Department of Justice in charge of?", engine)
    assert q.asks == Q.UNIT_DUTIES and [u.name for u in q.units] == ["Sở Tư pháp"], (q.asks, q.units)


def test_the_noun_a_which_question_asks_with_is_written_out_from_its_chat_initials():
    """"ĐV nào", "CQ nào" (index/data/genre.tsv asked_initials): which unit, which body; initials elsewhere stay."""
    from assistant.question import written_out
    assert written_out("KH truyền thông 2025 – ĐV nào chủ trì?").endswith("đơn vị nào chủ trì?")
    assert "cơ quan nào" in written_out("xây dựng theo tờ trình của CQ nào?")
    assert "ĐVTN" in written_out("ĐVTN tham gia những gì?")



def test_a_year_asked_picks_that_years_plan_of_the_place_named_in_english(tmp_path_factory, model_path, embedder):
    """"When will Đồng Xuân district run its 2025 citizen satisfaction survey?": of the district's plans (named by
    its place, not by a title the English question cannot spell), the 2025 one — not the 2024 plan's survey."""
    import shutil
    from pathlib import Path
    from tests.index.plan_factory import small_assistant
    root = tmp_path_factory.mktemp("two-years")
    qna = small_assistant(root, {}, model_path, embedder, copy_from=[
        Path("evals/new_plans/corpus") / n for n in ("2024-huyen-dong-xuan-ke-hoach-cchc.txt",
                                                    "2025-huyen-dong-xuan-ke-hoach-cchc.docx",
                                                    "2024-tinh-ninh-thuan-ke-hoach-tuyen-truyen.md")])
    answer = qna.ask("When will Đồng Xuân district run its 2025 citizen satisfaction survey?").answer
    assert "Tháng 10/2025" in answer.answer and "Quý IV/2024" not in answer.answer, answer.answer


def test_initials_in_two_groups_are_one_but_a_document_symbol_stays():
    """"đài pt-th tỉnh" is typed for "PTTH" (the corpus's initials index spells it out); "…/QĐ-TTg" is a symbol."""
    from assistant.question import written_out
    assert written_out("đài pt-th tỉnh") == "đài ptth tỉnh"
    assert written_out("Quyết định 49/QĐ-BNV") == "Quyết định 49/QĐ-BNV"
    assert written_out("TG thực hiện khi nào?").startswith("thời gian thực hiện")


def test_the_period_a_frequency_is_counted_in_is_no_topic(engine):
    q = Q.read("Chuyên mục CĐS kênh truyền hình: tần suất/tuần?", engine)
    assert q.intent.kind == "frequency" and "tuan" not in q.topic, q.topic


@pytest.mark.parametrize("text,kind,needs", [
    # who signed, asked with the signer's title after it, or where the signature stands: no step's signing
    ("Kế hoạch CCHC 2024 của huyện do ai ký, người ký giữ chức vụ gì?", I.FACT, "signer"),
    ("Kế hoạch truyền thông năm 2025 do ai ký ở phần chữ ký?", I.FACT, "signer"),
    ("Whose name appears as signatory on the district's 2024 reform plan?", I.FACT, "signer"),
    # who works with it, in the words of a chat
    ("làm video clip thì kết hợp với ai", I.COORDINATORS, None),
    ("sở VHTTDL bắt tay với cq nào", I.COORDINATORS, None),
    ("lam clip thi lam chung voi nhung ben nao", I.COORDINATORS, None),
    ("Which bodies work alongside the district office on the hotline?", I.COORDINATORS, None),
    # how often, by the item that recurs; when, by the year
    ("bao lâu phát một chuyên mục?", I.FREQUENCY, None),
    ("báo tỉnh làm chuyên trang vào năm nào", I.TIMING, ...),
    # a sum by the word for the whole ("tổng dự toán … là bao nhiêu"), a phone by the line it rings
    ("Tổng dự toán nhiệm vụ số hóa hồ sơ các xã phường là bao nhiêu?", I.FACT, "money"),
    ("cho em xin số đường dây nóng của trung tâm", I.FACT, "phone"),
])
def test_what_is_asked_in_other_words(engine, text, kind, needs):
    q = Q.read(text, engine)
    assert q.intent.kind == kind and needs in (q.intent.needs, ...), q.intent


def test_an_occasion_word_and_chat_initials_for_the_country_are_no_topic(engine):
    """"dịp Ngày KH&CN VN": "dịp" says when, "VN" is "Việt Nam" typed short (assistant/language/chat.tsv)."""
    q = Q.read("dịp ngày khoa học công nghệ VN 2025 sở khcn giao những đơn vị nào tuyên truyền", engine)
    assert "dip" not in q.topic and "vn" not in q.topic and "viet" in q.topic, q.topic


def test_contact_is_how_a_phone_number_is_asked_not_what_about(engine):
    q = Q.read("Số điện thoại liên hệ gửi báo giá?", engine)
    assert q.intent.needs == "phone" and not {"lien", "he"} & set(q.topic), q.topic


def test_the_whole_question_is_written_out_as_its_part_is(engine):
    """"… trên tivi …, và cơ quan nào chủ trì?": the part is read with "tivi" written out, so is the sentence it is
    searched with (the part is found in it, and no word of it reads as another part's)."""
    whole = "Bản tin PCI trên tivi phát bao lâu một lần, và cơ quan nào chủ trì?"
    first = Q.read("Bản tin PCI trên tivi phát bao lâu một lần", engine, whole=whole)
    assert "tivi" not in first.focus and "truyền hình" in first.focus, first.focus
