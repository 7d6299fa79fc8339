"""What a question asks and which of its words are its topic (assistant/intents.py)."""
from __future__ import annotations

from assistant import intents as I


def test_interrogative_phrases_are_no_topic_with_or_without_diacritics():
    assert I.content_words("banner chuyen doi so phai dat o dau") == ["banner", "chuyen", "doi", "so", "dat"]
    assert I.content_words("Kinh phí lấy ở đâu?") == ["kinh", "phi", "lay"]
    assert "khac" not in I.content_words("Đơn vị tổng hợp năm 2023 và 2025 có khác nhau không?")


def test_their_syllables_stay_topic_elsewhere():
    assert I.content_words("Kế hoạch 281 giao những nhiệm vụ cụ thể nào?")[-2:] == ["cu", "the"]  # not "thế nào"
    assert "dau" in I.content_words("kinh phi dau tu cho chuyen doi so")  # "đầu tư", not "đâu"


def test_co_ban_nao_asks_for_a_list_not_a_board():
    assert I.read_question("Sở KHCN tuyên truyền những nội dung cơ bản nào?", False).kind == I.LIST
    assert I.read_question("Ban nào chủ trì việc này?", False).kind == I.LEAD


def test_which_and_a_plural_asks_for_a_list_in_english():
    assert I.read_question("Which indices does the plan aim to improve?", False).kind == I.LIST
    assert I.read_question("Which unit leads the PCI bulletin?", False).kind == I.LEAD
    assert I.read_question("Which agencies coordinate the contest?", False).kind == I.COORDINATORS


def test_folded_words_that_are_content_elsewhere_stay_topic():
    words = I.content_words("chuyen trang cchc tren bao giay o ninh thuan ai lam vay")
    assert "bao" in words and "o" not in words  # "báo" (newspaper) is no "bao nhiêu"; "ở" is a preposition


def test_which_month_asks_when():
    assert I.read_question("Tọa đàm tổ chức tháng mấy?", False).kind == I.TIMING
    assert I.read_question("toa dam to chuc thang nao", False).kind == I.TIMING


def test_document_facts_in_other_words():
    assert I.read_question("Cơ quan nào ban hành kế hoạch này?", False).needs == "issuer"
    assert I.read_question("Kế hoạch được ký khi nào?", False).needs == "date"
    assert I.read_question("Kế hoạch dựa trên những văn bản nào?", False).needs == "basis"
    rate = I.read_question("Trả kết quả sớm hơn thời hạn bao nhiêu phần trăm?", False)
    assert (rate.kind, rate.needs) == (I.FACT, "figure")  # "thời hạn" is what it is about, not a date asked


def test_a_hotline_asked_in_any_order_needs_a_phone_number():
    assert I.read_question("Muốn phản ánh thì gọi đường dây nóng của tỉnh số mấy?", False).needs == "phone"
    assert I.read_question("Ai chủ trì công khai đường dây nóng?", False).needs is None


def test_what_does_a_body_do_is_no_definition():
    assert I.read_question("What does the Department of Justice have to do?", False).kind != I.DEFINITION
    assert I.read_question("What does PAPI mean?", False).kind == I.DEFINITION


def test_verbs_of_stating_are_no_topic_but_their_folded_twins_are():
    words = I.content_words("Kế hoạch nói gì về Sở Nội vụ?")
    assert words.count("noi") == 1 and "vu" in words  # "nói" goes, "Nội" (vụ) stays


def test_a_plan_bearing_a_number_asks_its_number():
    from assistant.intents import read_question

    assert read_question("Kế hoạch tuyên truyền năm 2023 mang số nào?", False).needs == "number"
    assert read_question("Bản tin PCI bao lâu phát một lần?", False).kind == "frequency"


def test_when_a_document_takes_effect_keeps_its_topic_words():
    from assistant.intents import content_words, read_question

    q = "Quyết định 412/QĐ-UBND có hiệu lực khi nào?"
    assert read_question(q, False).needs == "effective"
    assert {"hieu", "luc"} <= set(content_words(q))  # what it is about stays for the search
    assert read_question("BC 2023 của Văn phòng gửi cho ai?", False).needs == "recipient"


def test_a_number_and_a_date_asked_are_no_landline():
    """"số mấy, ban hành ngày nào" folds to "so may ban hanh …": no "máy bàn" (a landline)."""
    intent = I.read_question("Kế hoạch là kế hoạch số mấy, ban hành ngày nào, của cơ quan nào?", False)
    assert (intent.kind, intent.needs) == (I.FACT, "number")
    assert I.read_question("Số máy bàn của Trung tâm là số nào?", False).needs == "phone"


def test_where_a_tasks_reports_go_is_no_recipient_of_the_plan():
    intent = I.read_question("Đơn vị nào tổng hợp báo cáo tuyên truyền, gửi về đâu?", False)
    assert (intent.kind, intent.needs) == (I.LEAD, None)
    assert I.read_question("Kế hoạch 281 gửi cho những cơ quan nào?", False).needs == "recipient"


def test_where_to_file_online_asks_for_a_web_address_but_where_reports_go_does_not():
    assert I.read_question("Where can I file my application online?", False).needs == "url"
    assert I.read_question("where do they go?", False).needs != "url"
    # a rate of filing online asks how much, not where
    assert I.read_question("Tỷ lệ nộp hồ sơ trực tuyến quý I là bao nhiêu?", False).needs == "figure"


def test_which_side_takes_care_of_it_asks_who():
    assert I.read_question("tuyên truyền phản ánh kiến nghị là bên nào lo ạ?", False).kind == I.LEAD


def test_the_document_a_plan_follows_asked_by_its_type_and_number():
    for q in ("báo cáo tuyên truyền cchc 2023 làm theo công văn số mấy vậy",
              "Kế hoạch 281 căn cứ kế hoạch CCHC năm 2025 nào của Sở?",
              "ke hoach nay thuc hien theo quyet dinh so may"):
        assert I.read_question(q, False).needs == "basis", q
    assert I.read_question("Kế hoạch tuyên truyền năm 2025 số mấy?", False).needs == "number"


def test_how_a_question_places_items_in_time_is_no_topic():
    assert I.content_words("Các hoạt động nào rơi vào quý III?") == ["hoat", "dong", "quy", "iii"]
    assert "third" not in I.content_words("Which activities are scheduled for the third quarter?")
    # "diễn đàn" stays, "diễn ra" goes
    assert I.content_words("Diễn đàn doanh nghiệp diễn ra khi nào?") == ["dien", "dan", "doanh", "nghiep"]


def test_a_fees_value_asked_needs_money_but_a_reduction_any_figure():
    assert I.read_question("Lệ phí cấp đổi giấy phép lái xe là bao nhiêu?", False).needs == "money"
    assert "giay" in I.content_words("Lệ phí cấp đổi giấy phép lái xe là bao nhiêu?")  # the fee's words stay topic
    assert I.read_question("nop ho so truc tuyen thi duoc giam phi, le phi bao nhieu?", False).needs == "figure"


def test_a_street_asked_in_english_needs_an_address():
    assert I.read_question("What street is the service centre located on?", False).needs == "address"


def test_whom_to_contact_asks_for_a_persons_name_whatever_else_it_asks():
    q = I.read_question("Muốn hỏi về kế hoạch thì liên hệ ai, số điện thoại và email?", False)
    assert (q.kind, q.needs) == (I.FACT, "person")



def test_the_number_of_a_name_is_topic_and_a_titles_holder_is_a_person():
    # "Đoàn kiểm tra số 2" is told from "số 1" by its number; a title asked keeps its words for the name's side
    assert I.content_words("Ai là trưởng Đoàn kiểm tra số 2?")[-2:] == ["so", "2"]
    assert I.content_words("Chủ tịch UBND xã An Bình tên là gì?")[:2] == ["chu", "tich"]
    assert I.read_question("Ai là trưởng đoàn kiểm tra số 1?", False).needs == "person"
    assert I.read_question("Chủ tịch UBND huyện là ai?", False).needs == "person"


def test_a_length_of_time_asked_is_no_date_and_overdue_is_no_deadline():
    assert I.read_question("Gửi báo cáo tự kiểm tra trước bao lâu?", False).needs == "duration"
    assert I.read_question("khac phuc ton tai trong bao lau", False).needs == "duration"
    assert I.read_question("Bản tin phát bao lâu một lần?", False).needs != "duration"
    assert I.read_question("Có bao nhiêu hồ sơ trễ hạn, lĩnh vực nào?", False).needs == "figure"
    assert I.read_question("Hạn nộp báo cáo là ngày nào?", False).needs == "day"
    assert I.read_question("What share of applications were filed online?", False).needs == "figure"


def test_a_rank_an_address_and_a_plural_may_in_chat():
    assert I.read_question("PCI năm 2024 Quảng Ngãi xếp thứ bao nhiêu?", False).needs == "rank"
    assert I.read_question("Trụ sở Trung tâm ở địa chỉ nào?", False).needs == "address"
    assert I.read_question("Trang thông tin điện tử của Sở có địa chỉ là gì?", False).needs != "address"


def test_may_before_a_classifier_with_another_question_word_is_a_plural():
    from assistant.question import written_out

    assert written_out("mấy cái video clip đăng lên đâu vậy") == "các cái video clip đăng lên đâu vậy"
    assert written_out("có mấy cái hội nghị?") == "có mấy cái hội nghị?"  # how many: no other question word
    assert "bao nhiêu" in written_out("nhuận bút là bao nhiu")


def test_when_a_plan_was_signed_asks_its_date():
    assert I.read_question("kế hoạch năm 2023 ký ban hành hồi tháng mấy vậy ạ", False).needs == "date"


def test_a_documents_number_or_date_is_asked_of_any_document_type():
    # the genre's types (index/data/genre.tsv), not only the plans' own
    assert I.read_question("Thông báo kết luận hội nghị sơ kết số mấy?", False).needs == "number"
    assert I.read_question("Chỉ thị về dịch vụ công được ký ban hành ngày nào?", False).needs == "date"


def test_a_ranking_named_as_the_topic_is_no_rank_asked():
    """"công bố kết quả xếp hạng … do cơ quan nào chủ trì": who leads; "xếp hạng thứ mấy": a rank."""
    assert I.read_question("Việc công bố kết quả xếp hạng quý IV do cơ quan nào chủ trì?", False).kind == I.LEAD
    assert I.read_question("Công khai xếp hạng các sở bao lâu một lần?", False).kind == I.FREQUENCY
    assert I.read_question("Tỉnh xếp hạng thứ mấy về PCI?", False).needs == "rank"


def test_a_support_named_in_the_topic_leaves_the_time_asked():
    q = "Ra quân Đội thanh niên tình nguyện hỗ trợ dịch vụ công: hai văn bản ghi thời gian thế nào?"
    assert I.read_question(q, False).kind == I.TIMING
    assert I.read_question("Việc hỗ trợ doanh nghiệp có những đơn vị nào phối hợp?", False).kind == I.COORDINATORS


def test_two_times_offered_ask_when():
    assert I.read_question("Cao điểm kích hoạt cho học sinh làm tháng 5 hay dịp hè?", False).kind == I.TIMING


def test_a_rate_of_fees_is_no_sum_of_money():
    assert I.read_question("Tỷ lệ thanh toán trực tuyến phí, lệ phí năm 2026 là bao nhiêu?", False).needs == "figure"
    assert I.read_question("Lệ phí cấp bản sao là bao nhiêu?", False).needs == "money"


def test_a_question_phrase_folded_out_of_other_words_asks_nothing():
    from assistant.intents import asking_text, read_question
    # "còn hiệu lực nào" folds to "... luc nao", but no "lúc nào" (when) is asked
    assert read_question("Những loại giấy phép còn hiệu lực nào được số hóa?", False).kind != "timing"
    assert read_question("Hội nghị tổng kết tổ chức lúc nào?", False).kind == "timing"
    assert read_question("hoi nghi tong ket to chuc luc nao", False).kind == "timing"  # typed without diacritics
    assert asking_text("Hội nghị tổ chức lục nào?") == "hoi nghi to chuc luc nao?"  # a wrong tone is a typo


def test_who_signs_asked_in_other_words_and_a_tasks_reports_whereto():
    """"ai đứng tên ký", "người ký … là ai", "Chánh VP nào ký": the signer; "báo cáo theo định kỳ nào, gửi ai": how
    often a task's reports go and where, not whom the plan is sent to."""
    for q in ("Dự thảo kế hoạch 2025: ai đứng tên ký?", "người ký báo cáo năm 2023 là ai",
              "Kế hoạch năm 2023 do Chánh VP nào ký?"):
        assert I.read_question(q, False).needs == "signer", q
    asked = I.read_question("Các cơ quan báo cáo kết quả thực hiện Đề án theo định kỳ nào, gửi ai?", False)
    assert I.FREQUENCY in (asked.kind, *asked.also) and asked.needs is None


def test_where_an_event_is_held_needs_a_venue_not_a_street_or_a_link():
    for q in ("Hội nghị tổ chức ở đâu vậy mn?", "hoi nghi so ket hop o dau", "Địa điểm tổ chức hội nghị là ở đâu?",
              "Where will the conference be held?"):
        assert I.read_question(q, False).needs == "venue", q
    assert I.read_question("Nộp hồ sơ trực tuyến ở đâu?", False).needs == "url"
    assert I.read_question("Trụ sở Trung tâm ở địa chỉ nào?", False).needs == "address"


def test_words_between_the_asking_words_stay_topic():
    """"bao lâu họp một lần": "họp" is what is asked about; "kinh phí tổ chức hội nghị hết bao nhiêu": the event."""
    assert "hop" in I.content_words("Ban chỉ đạo bao lâu họp một lần?")
    assert {"to", "chuc", "hoi", "nghi"} <= set(I.content_words("Kinh phí tổ chức hội nghị hết bao nhiêu?"))


def test_what_was_asks_a_figure_or_a_rank_not_a_list():
    assert I.read_question("what was the province's sipas score for 2025?", False).needs == "figure"
    assert I.read_question("what was the province's national ranking for online payment?", False).needs == "rank"
    assert I.read_question("what was the score?", False).kind != I.LIST


def test_the_period_a_plan_is_for_is_asked_as_its_span():
    assert I.read_question("ke hoach 18 ap dung cho giai doan nao", False).needs == "span"


def test_a_count_per_period_asks_how_often():
    for text in ("mỗi tháng làm mấy chuyên mục?", "1 năm phát bao nhiêu số vậy", "phát mấy số/tuần?"):
        assert I.read_question(text, False).kind == I.FREQUENCY, text
    assert I.read_question("quý 1 năm 2025 có mấy hoạt động?", False).kind != I.FREQUENCY  # a year, not a rate


def test_a_schedule_or_a_span_of_time_asked_is_when():
    assert I.read_question("việc niêm yết công khai làm theo lịch nào?", False).kind == I.TIMING
    q = I.read_question("làm trong khoảng thời gian nào?", False)
    assert q.kind == I.TIMING


def test_using_is_no_standing_and_a_documents_month_asked_first_is_its_date():
    assert I.read_question("cổng thông tin còn dùng mấy kiểu đa phương tiện?", False).needs != "rank"
    assert I.read_question("PCI 2024 tỉnh đứng thứ mấy?", False).needs == "rank"
    assert I.read_question("Tháng ban hành kế hoạch tuyên truyền 2023 là tháng nào?", False).needs == "date"
    assert I.read_question("kế hoạch 281 căn cứ vào kế hoạch công tác cchc 2025 số mấy", False).needs == "basis"


def test_nhieu_alone_and_may_with_nao_are_written_out():
    from assistant.question import written_out

    assert written_out("1 năm phát nhiêu số") == "1 năm phát bao nhiêu số"
    assert written_out("phát bao nhiêu số") == "phát bao nhiêu số"
    assert written_out("còn dùng mấy kiểu đa phương tiện nào") == "còn dùng các kiểu đa phương tiện nào"
    assert written_out("hội nghị mấy giờ, phòng nào") == "hội nghị mấy giờ, phòng nào"


def test_a_time_limit_named_as_the_topic_asks_no_deadline():
    q = I.read_question("Ai chủ trì rà soát thời hạn giải quyết thủ tục hành chính?", False)
    assert q.kind == I.LEAD and q.needs is None
    assert I.read_question("Ai hướng dẫn các xã áp dụng thời hạn mới?", False).needs is None
    assert I.read_question("thời hạn hoàn thành số hóa là khi nào?", False).needs == "day"
    assert I.read_question("Bản tin PCI thời hạn thực hiện?", False).kind == I.TIMING


def test_who_works_alongside_asks_for_coordinators_who_steps_up_for_the_lead():
    # "bên sở nào làm cùng", "có sở nào đi cùng": who works alongside; "giao ai đi cùng báo đài làm …": who is
    # given the task; "đơn vị nào đứng ra làm": who leads, its asking words no topic
    assert I.read_question("chuyen muc tren loa truyen thanh xa thi ben so nao lam cung", False).kind == I.COORDINATORS
    assert I.read_question("chương trình phát trên đài truyền thanh xã có sở nào đi cùng", False).kind == I.COORDINATORS
    assert I.read_question("2023 vp ubnd tinh giao ai di cung bao dai lam chuyen muc", False).kind == I.LEAD
    assert I.read_question("chuyen trang cds tren bao giay thi don vi nao dung ra lam", False).kind == I.LEAD
    assert "dung" not in I.content_words("chuyen trang cds tren bao giay thi don vi nao dung ra lam")


def test_when_a_document_was_made_is_its_date_in_any_verb():
    for text in ("kế hoạch tuyên truyền năm 2025 soạn vào tháng mấy", "văn phòng làm kế hoạch tuyên truyền vào tháng mấy",
                 "In which month was the office's 2025 plan drawn up?"):
        assert I.read_question(text, False).needs == "date", text


def test_from_which_day_to_which_asks_when_and_names_no_topic():
    text = "thu bay so o xa dong luy keo dai tu ngay nao den ngay nao"
    assert I.read_question(text, False).kind == I.TIMING
    assert "keo" not in I.content_words(text) and "den" not in I.content_words(text)


def test_a_coordination_word_in_a_plans_name_is_no_question_of_who_coordinates():
    """"kế hoạch phối hợp … có những việc gì" asks for the plan's tasks; "những ĐV nào phối hợp" asks who."""
    assert I.read_question("Trong quý III/2026, kế hoạch phối hợp với bưu điện có những việc gì?", False).kind == I.LIST
    assert I.read_question("cập nhật, niêm yết TTHC thì những ĐV nào phối hợp?", False).kind == I.COORDINATORS
    assert I.read_question("phối hợp với nhứng báo đài nào để làm chuyên mục?", False).kind == I.COORDINATORS


def test_how_many_is_no_topic_and_a_time_limit_named_is_not_asked_when_who_is():
    assert I.content_words("1 tuần được thi mấy lượt vậy ad?") == ["tuan", "thi", "luot"]
    assert "giua" not in I.content_words("những việc nào giữa tỉnh và bưu điện")
    asked = I.read_question("QĐ giao đơn vị nào hướng dẫn công chức xã áp dụng thời hạn, quy trình mới?", False)
    assert asked.kind == I.LEAD and asked.needs is None
    assert I.read_question("ai chủ trì, hạn chót ngày nào?", False).needs == "day"
    assert I.read_question("thời hạn giải quyết thủ tục đăng ký hộ kinh doanh là mấy ngày?", False).needs == "duration"


def test_how_long_and_which_part_of_the_day_with_words_between():
    assert I.read_question("mỗi lần chuyển hồ sơ mất tối đa bao lâu?", False).needs == "duration"
    assert I.read_question("Công an phường hỗ trợ kích hoạt tài khoản vào buổi nào?", False).kind == I.TIMING


def test_document_facts_asked_in_other_english_words():
    """"What is the number of … plan", "whose signature is on …": the document's number and signer, as "document
    number" and "who signed" ask them; "the number of tasks in the plan" is a count, not the plan's number."""
    assert I.read_question("What is the number of Đồng Xuân district's 2025 administrative reform plan?",
                           False).needs == "number"
    assert I.read_question("What is the reference number of the plan?", False).needs == "number"
    assert I.read_question("Whose signature is on the 2024 plan of the district?", False).needs == "signer"
    assert I.read_question("Whose name is on the signature block of the report?", False).needs == "signer"
    assert I.read_question("What is the number of tasks in the 2025 plan?", False).needs != "number"


def test_an_address_asked_by_its_noun_alone_but_a_web_address_is_a_url():
    assert I.read_question("Trung tâm PVHCC tỉnh địa chỉ là gì?", False).needs == "address"
    assert I.read_question("Địa chỉ trang web dịch vụ công là gì?", False).needs == "url"
