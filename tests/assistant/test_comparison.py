"""assistant/comparison.py: a question setting two values side by side is read as the two questions it holds."""
from assistant.comparison import sides


def test_the_side_after_so_voi_is_completed_from_the_side_before_it():
    assert sides("Số người dự tập huấn năm 2026 so với năm 2025 tăng hay giảm?") == (
        "Số người dự tập huấn năm 2026 là bao nhiêu?", "Số người dự tập huấn năm 2025 là bao nhiêu?")
    left, right = sides("Tỷ lệ ký số văn bản quý III so với chỉ tiêu cả năm của kế hoạch 12?")
    assert left == "Tỷ lệ ký số văn bản quý III là bao nhiêu?"
    assert right.startswith("Tỷ lệ ký số văn bản") and "chỉ tiêu cả năm của kế hoạch 12" in right
    assert "quý III" not in right  # the other side's own period is not this side's


def test_two_units_named_as_a_pair_each_get_the_sentence():
    a, b = sides("Sở Tài chính và Sở Nội vụ, sở nào có tỷ lệ hồ sơ đúng hạn cao hơn?")
    assert a == "Sở Tài chính, có tỷ lệ hồ sơ đúng hạn là bao nhiêu?"
    assert b == "Sở Nội vụ, có tỷ lệ hồ sơ đúng hạn là bao nhiêu?"
    a, b = sides("So sánh kinh phí giao cho Bệnh viện Đa khoa khu vực và Trung tâm Y tế huyện Đông Sơn")
    assert a.startswith("Kinh phí giao cho Bệnh viện Đa khoa khu vực") and "Đông Sơn" not in a
    assert b.startswith("Kinh phí giao cho Trung tâm Y tế huyện Đông Sơn")


def test_a_result_against_its_target_and_a_deadline_against_another():
    a, b = sides("Số thủ tục được số hóa của Sở Xây dựng đã đạt chỉ tiêu của kế hoạch 30 chưa?")
    assert a == "Số thủ tục được số hóa của Sở Xây dựng là bao nhiêu?" and "chỉ tiêu của kế hoạch 30" in b
    a, b = sides("Hạn hoàn thành kho dữ liệu trong kế hoạch 8 sớm hay muộn hơn hạn chung của tỉnh?")
    assert a.endswith("là khi nào?") and b.endswith("là khi nào?") and "hạn chung của tỉnh" in b


def test_what_compares_nothing_or_asks_which_items_is_left_alone():
    for text in ("Ai chủ trì Bản tin PCI?", "Sở A và Sở B chủ trì việc gì?",
                 "Nhiệm vụ nào mới có trong kế hoạch 2025 so với năm 2024?",
                 "Ngày hội Thanh niên số với dịch vụ công bắt đầu lúc mấy giờ?",  # "số với" is no "so với"
                 "các sở vs địa phương cập nhật công bố tthc thì cơ quan nào phối hợp"):  # chat's "vs" is "và"
        assert sides(text) is None, text


def test_typed_without_diacritics():
    assert sides("ty le hai long quy 2 so voi quy 1 tang hay giam") == (
        "Ty le hai long quy 2 là bao nhiêu?", "Ty le hai long quy 1 là bao nhiêu?")


def test_the_other_sides_owner_replaces_this_sides_and_a_side_of_its_own_stays_whole():
    """"… năm 2026 của phường X cao hơn hay thấp hơn chỉ tiêu của tỉnh": the province's target of the same thing,
    in the same year; "… so với chỉ tiêu SIPAS 2026 của tỉnh thế nào": a side that names what it is."""
    a, b = sides("Tỷ lệ hồ sơ nộp trực tuyến năm 2026 của phường An Hòa cao hơn hay thấp hơn chỉ tiêu của tỉnh?")
    assert a == "Tỷ lệ hồ sơ nộp trực tuyến năm 2026 của phường An Hòa là bao nhiêu?"
    assert b.startswith("Tỷ lệ hồ sơ nộp trực tuyến năm 2026") and b.endswith("của tỉnh là bao nhiêu?")
    assert "An Hòa" not in b
    a, b = sides("Mức hài lòng phường An Hòa đặt ra so với chỉ tiêu SIPAS 2026 của tỉnh thế nào?")
    assert (a, b) == ("Mức hài lòng phường An Hòa đặt ra là bao nhiêu?", "Chỉ tiêu SIPAS 2026 của tỉnh là bao nhiêu?")


def test_two_indices_named_by_their_letters_and_two_deadlines_that_differ():
    assert sides("Năm 2025 tỉnh An Lâm xếp hạng PAR INDEX hay SIPAS cao hơn?") == (
        "Năm 2025 tỉnh An Lâm xếp hạng PAR INDEX là bao nhiêu?", "Năm 2025 tỉnh An Lâm xếp hạng SIPAS là bao nhiêu?")
    assert sides("Báo cáo quý: hạn của Đề án tỉnh và hạn phường An Hòa tự đặt khác nhau thế nào?") == (
        "Báo cáo quý: hạn của Đề án tỉnh là khi nào?", "Báo cáo quý: hạn phường An Hòa tự đặt là khi nào?")


def test_which_takes_longer_asks_each_how_long():
    assert sides("đăng ký kết hôn với đăng ký khai sinh cái nào giải quyết lâu hơn") == (
        "Đăng ký kết hôn giải quyết mất bao lâu?", "Đăng ký khai sinh giải quyết mất bao lâu?")


def test_a_unit_and_a_place_typed_in_lower_case_and_a_which_of_them():
    a, b = sides("tỷ lệ hồ sơ trực tuyến năm 2025 của sở tư pháp với xã đông lũy chênh nhau bao nhiêu")
    assert a.endswith("của sở tư pháp là bao nhiêu?") and b.endswith("của xã đông lũy là bao nhiêu?")
    a, b = sides("chỉ tiêu năm 2026 của STP và của xã Đông Lũy ai đặt cao hơn")
    assert " ai " not in f" {a} {b} " and "STP" in a and "Đông Lũy" in b
    a, b = sides("lĩnh vực cải cách TTHC và lĩnh vực chính quyền số, lĩnh vực nào bị trừ điểm cao hơn")
    assert a.startswith("Lĩnh vực cải cách TTHC") and b.startswith("Lĩnh vực chính quyền số") and "nào" not in b
