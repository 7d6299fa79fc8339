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
