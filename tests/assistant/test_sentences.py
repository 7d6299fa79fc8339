"""assistant/sentences.py: a data table's row read by the column a question asks."""
from assistant.sentences import named_row_value, names_row

ROW = "Sở Tư pháp (Tiếp nhận (hồ sơ): 11.274, Trực tuyến (%): 76,2, Đúng hạn (%): 99,40)"


def test_the_column_asked_of_a_row_the_question_names():
    assert names_row(ROW, "Sở Tư pháp giải quyết đúng hạn bao nhiêu phần trăm?")
    assert named_row_value(ROW, "Tỷ lệ hồ sơ trực tuyến của Sở Tư pháp là bao nhiêu?", "%") == "76,2%"
    assert named_row_value(ROW, "Sở Tư pháp giải quyết đúng hạn bao nhiêu?") == "99,40%"
    assert named_row_value(ROW, "Sở Tư pháp tiếp nhận bao nhiêu hồ sơ?") == "11.274 hồ sơ"


def test_no_value_when_the_row_is_not_named_or_no_column_is_asked():
    assert not names_row(ROW, "Sở Nội vụ giải quyết đúng hạn bao nhiêu?")
    assert named_row_value(ROW, "Sở Tư pháp được cấp bao nhiêu kinh phí?") == ""
    assert not names_row("Sở Tư pháp chủ trì hướng dẫn (theo Kế hoạch).", "Sở Tư pháp làm gì?")


def test_persons_are_counted_by_any_of_their_nouns():
    from assistant.sentences import _figure_value
    assert _figure_value("Tổ điều tra viên gồm 12 công chức.", "nguoi") == "12 công chức"
    # a share of them is no count ("Phiếu có bao nhiêu câu hỏi?" is not "30% số câu")
    assert _figure_value("Phiếu có trên 30% số câu bỏ trống là phiếu không hợp lệ.", "cau", shares=True) == ""


def test_a_column_picked_by_a_year_alone_is_not_what_the_question_names():
    from assistant.sentences import column_says, named_row_cell
    survey = "10 (Cơ quan, địa phương: Sở Y tế, Hồ sơ đã giải quyết năm 2025: 7.408, Tổng số phiếu: 200)"
    index = "10 (Cơ quan, đơn vị: Sở Y tế, Thẩm định (tối đa 65): 57,40, Tổng điểm: 87,26, Xếp hạng: 06)"
    question = "Sở Y tế, điểm CCHC 2025 là bao nhiêu?"
    column, value = named_row_cell(survey, question)
    assert value == "7.408" and not column_says(column, survey, question)  # by "2025" and "sơ" of "Sở" only
    column, value = named_row_cell(index, question)
    assert value == "87,26" and column_says(column, index, question)


def test_a_share_of_what_is_counted_answers_how_many_but_a_threshold_does_not():
    from assistant.sentences import _figure_value
    assert _figure_value("Sở Nội vụ gọi lại ngẫu nhiên 5% số người đã trả lời để kiểm tra.", "nguoi", shares=True) \
        == "5% số người"
    assert _figure_value("Sở Nội vụ gọi lại ngẫu nhiên 5% số người đã trả lời.", "nguoi") == ""  # counts first
    assert _figure_value("Phiếu có trên 30% số câu bỏ trống là phiếu không hợp lệ.", "cau", shares=True) == ""


def test_a_units_name_starts_at_any_head_of_the_one_list_but_not_at_a_common_noun():
    """assistant/language/units.tsv: one list of heads for a sentence naming who acts and a heading naming the unit
    it tasks; "Hội nghị", "Trường hợp", "Báo cáo" are no bodies."""
    from assistant.extractive import _UNIT_IN_TEXT
    from assistant.sentences import _heading_unit
    assert _UNIT_IN_TEXT.search("Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã vận động 100% công chức dự thi")
    assert _UNIT_IN_TEXT.search("Bên B báo cáo kết quả hằng quý")
    assert not _UNIT_IN_TEXT.search("Hội nghị tổng kết; Trường hợp bất khả kháng; Báo cáo kết quả")
    assert _heading_unit("Trách nhiệm của Bên B") == "Bên B"
    assert _heading_unit("Báo cáo kết quả") is None


def test_what_one_gets_is_the_per_item_column_unless_a_total_is_asked():
    from assistant.sentences import named_row_cell
    row = "1 (Giải: Giải Nhất, Số giải: 8, Mức thưởng mỗi giải (đồng): 1.000.000, Thành tiền (đồng): 8.000.000)"
    assert named_row_cell(row, "giải nhất được bao nhiêu tiền?") == ("Mức thưởng mỗi giải (đồng)", "1.000.000 đồng")
    assert named_row_cell(row, "giải nhất tổng cộng bao nhiêu tiền?") == ("Thành tiền (đồng)", "8.000.000 đồng")


def test_a_column_whose_words_fold_like_a_per_item_one_is_not_taken_for_it():
    """"Mục chi" folds to "muc" like "Mức" (what one item gets): columns are read as written, so the row's total is
    kept for "bao nhiêu tiền"."""
    from assistant.sentences import named_row_cell
    row = "1 (Nội dung: In tài liệu, Mục chi (đồng): 6422, Thành tiền (đồng): 12.000.000)"
    assert named_row_cell(row, "in tài liệu hết bao nhiêu tiền?") == ("Thành tiền (đồng)", "12.000.000 đồng")
