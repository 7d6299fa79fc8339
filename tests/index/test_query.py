"""Which plans a question names (index/query.py plan_mentions), on a small set of plan metadata."""
from __future__ import annotations

from index.query import plan_mentions, translate_terms, without_dates

DOCS = {
    "khcn.txt": {"year": 2025, "number": "281/KH-SKHCN", "doc_type": "Kế hoạch", "issuer": "Sở Khoa học và Công nghệ",
                 "title": "Kế hoạch tuyên truyền cải cách hành chính năm 2025"},
    "draft.txt": {"year": 2025, "number": "…/KH-UBND", "doc_type": "Kế hoạch", "issuer": "UBND tỉnh", "draft": True,
                  "title": "Dự thảo kế hoạch truyền thông về Cải cách hành chính và Chuyển đổi số năm 2025"},
    "vp.txt": {"year": 2025, "number": "…/KH-VP", "doc_type": "Kế hoạch", "issuer": "Văn phòng UBND tỉnh",
               "title": "Kế hoạch tuyên truyền cải cách hành chính, nâng cao hiệu quả sử dụng dịch vụ công trực tuyến "
                        "năm 2025"},
}


def test_each_plan_named_in_its_clause_with_the_words_that_name_it():
    found = plan_mentions("Kinh phí lấy từ đâu theo kế hoạch 281 của Sở KHCN và theo kế hoạch truyền thông của "
                          "UBND tỉnh?", DOCS)
    assert [list(g) for g in found] == [["khcn.txt"], ["draft.txt"]]
    assert "281" in found[0].cues and "thong" in found[1].cues
    assert not {"kinh", "phi"} & (found[0].cues | found[1].cues)  # what is asked is no cue


def test_a_deadline_year_names_no_plan():
    question = "Đề án nâng cao chất lượng sử dụng dịch vụ công trực tuyến đến năm 2025 được phê duyệt ở quyết định nào?"
    assert plan_mentions(question, DOCS) == []
    assert [list(g) for g in plan_mentions("Kế hoạch năm 2025 về dịch vụ công trực tuyến giao việc gì?", DOCS)] \
        == [["vp.txt"]]


# one office's plan and report of the same year
PLAN_AND_REPORT_2023 = {
    "plan23.txt": {"year": 2023, "doc_type": "Kế hoạch", "issuer": "Văn phòng UBND tỉnh",
                   "title": "Kế hoạch tuyên truyền cải cách hành chính năm 2023"},
    "report23.txt": {"year": 2023, "doc_type": "Báo cáo", "issuer": "Văn phòng UBND tỉnh",
                     "title": "Báo cáo công tác tuyên truyền cải cách hành chính năm 2023"}}


def test_the_documents_asked_for_are_not_a_plan_named():
    docs = PLAN_AND_REPORT_2023
    found = plan_mentions("Năm 2023 Văn phòng UBND tỉnh đã tham mưu ban hành những kế hoạch nào?", docs)
    assert [sorted(g) for g in found] == [["plan23.txt", "report23.txt"]]  # not the plan for its "kế hoạch"
    assert [list(g) for g in plan_mentions("Kế hoạch năm 2023 của Văn phòng UBND tỉnh giao việc gì?", docs)] \
        == [["plan23.txt"]]


def test_a_document_type_used_as_an_action_names_no_document():
    docs = PLAN_AND_REPORT_2023
    asked = plan_mentions("Ở Văn phòng UBND tỉnh, năm 2023 đơn vị nào tổng hợp báo cáo kết quả tuyên truyền?", docs)
    assert [sorted(g) for g in asked] == [["plan23.txt", "report23.txt"]]  # "báo cáo" here is what is done
    named = plan_mentions("Theo báo cáo năm 2023, đơn vị nào làm tốt?", docs)
    assert [list(g) for g in named] == [["report23.txt"]]


def test_english_inflections_find_the_glossary_words():
    assert "chỉ số" in translate_terms("Which indices does the plan aim to improve?")
    assert "đăng tải" in translate_terms("Where are the results published?")
    assert "khẩu hiệu" in translate_terms("Which slogans are used?")


def test_title_words_outside_the_clause_naming_a_plan_are_its_topic():
    question = ("Theo kế hoạch của UBND tỉnh, ai chủ trì và ai phối hợp triển khai Đề án nâng cao hiệu quả sử "
                "dụng dịch vụ công trực tuyến?")
    assert "vp.txt" not in {d for g in plan_mentions(question, DOCS) for d in g}


def test_issuers_shortened_as_officials_do_are_made_from_the_issuers_names():
    from index.query import issuer_aliases

    docs = {"a": {"issuer": "Sở Khoa học và Công nghệ"}, "b": {"issuer": "Văn phòng UBND tỉnh"},
            "c": {"issuer": "Sở Y tế Hà Tĩnh"}}
    aliases = {p.pattern.replace("\\b", "").replace("\\", ""): m for p, m in issuer_aliases(docs)}
    assert aliases == {"so khcn": "so khoa hoc cong nghe", "skhcn": "so khoa hoc cong nghe", "vp": "van phong"}


def test_two_documents_named_on_either_side_of_a_comma_are_two_plans():
    docs = {"ct.docx": {"doc_type": "Chỉ thị", "number": "04/CT-UBND", "year": 2026, "issuer": "ỦY BAN NHÂN DÂN TỈNH X",
                        "title": "Chỉ thị về dịch vụ công trực tuyến năm 2026"},
            "tb.pdf": {"doc_type": "Thông báo", "number": "87/TB-VPUBND", "year": 2026, "issuer": "VĂN PHÒNG",
                       "title": "Thông báo kết luận hội nghị sơ kết quý I năm 2026"}}
    found = plan_mentions("Danh mục TTHC: chỉ thị 04 hẹn trình lúc nào, thông báo 87 đổi thành khi nào?", docs)
    assert [list(g) for g in found] == [["ct.docx"], ["tb.pdf"]]
    # a comma after a piece naming no document joins it to the next: one clause, as before
    assert [list(g) for g in plan_mentions("Về danh mục TTHC, thông báo 87 đổi hạn thành khi nào?", docs)] == [["tb.pdf"]]



def test_a_day_or_month_in_figures_is_no_plans_number():
    assert plan_mentions("Đến ngày 28/1/2026 và tháng 2/2025 đã có bao nhiêu tin bài?", DOCS) == []
    assert [list(g) for g in plan_mentions("Kế hoạch số 281/KH-SKHCN giao ai chủ trì?", DOCS)] == [["khcn.txt"]]
    assert without_dates("đến hết 27/6/2026, tháng 8/2026 và ngày 15").split() == ["đến", "hết", "2026", ",", "2026", "và"]
    assert without_dates("Quyết định số 12/2026/QĐ-UBND") == "Quyết định số 12/2026/QĐ-UBND"


DECISION_AND_RULES = {
    "qd.docx": {"year": 2026, "number": "5/2026/QĐ-UBND", "doc_type": "Quyết định", "issuer": "UBND tỉnh An Lâm",
                "title": "Quyết định ban hành Quy chế tiếp nhận hồ sơ tại Bộ phận Một cửa các cấp tỉnh An Lâm"},
    "qd.docx#2": {"year": 2026, "number": "", "doc_type": "Quy chế", "issuer": "UBND tỉnh An Lâm",
                  "issued_by": "5/2026/QĐ-UBND",
                  "title": "Quy chế tiếp nhận hồ sơ tại Bộ phận Một cửa các cấp tỉnh An Lâm"},
    "bc.txt": {"year": 2026, "number": "9/BC-VP", "doc_type": "Báo cáo", "issuer": "Văn phòng UBND tỉnh",
               "title": "Báo cáo kết quả thực hiện Quy chế tiếp nhận hồ sơ tại Bộ phận Một cửa quý I"},
}


def test_a_long_run_of_a_title_names_its_document():
    asked = "Quyết định ban hành Quy chế tiếp nhận hồ sơ tại Bộ phận Một cửa có hiệu lực từ ngày nào?"
    assert [list(g) for g in plan_mentions(asked, DECISION_AND_RULES)] == [["qd.docx"]]
    assert [list(g) for g in plan_mentions("Quy chế tiếp nhận hồ sơ tại Bộ phận Một cửa các cấp quy định gì về "
                                           "giờ làm việc?", DECISION_AND_RULES)] == [["qd.docx#2"]]


def test_an_english_question_keeps_the_names_it_writes_without_diacritics():
    from index.query import english_names
    assert english_names("What is the hotline of the public service centre in Na Khuoi commune?") == ["Na", "Khuoi"]
    assert english_names("What does the Department of Justice have to do in 2025?") == ["2025"]
    assert english_names("Who leads the PCI bulletin on VNeID?") == ["PCI", "VNeID"]


def test_a_document_is_named_by_the_plan_it_carries_and_its_parties_in_one_clause():
    """An agreement between the province and the post office carries its "Kế hoạch phối hợp năm 2026": "kế hoạch
    phối hợp", "giữa tỉnh và bưu điện" name it; "bưu điện" names the body the letterhead writes with its place."""
    docs = {
        "thoa-thuan.txt": {"year": 2026, "number": "09/TTHT", "doc_type": "Thỏa thuận", "place": "Kon Plông",
                           "issuer": "ỦY BAN NHÂN DÂN TỈNH KON PLÔNG và BƯU ĐIỆN TỈNH KON PLÔNG",
                           "issuer_body": "BƯU ĐIỆN TỈNH KON PLÔNG", "parent_body": "ỦY BAN NHÂN DÂN TỈNH KON PLÔNG",
                           "raw_title": "HỢP TÁC Về hỗ trợ giải quyết thủ tục hành chính",
                           "carries": ["KẾ HOẠCH PHỐI HỢP NĂM 2026"]},
        "thong-bao.pdf": {"year": 2026, "number": "41/TB-UBND", "doc_type": "Thông báo", "place": "Kon Plông",
                          "issuer": "ỦY BAN NHÂN DÂN TỈNH KON PLÔNG", "issuer_body": "ỦY BAN NHÂN DÂN TỈNH KON PLÔNG",
                          "raw_title": "Về việc thay đổi trụ sở Trung tâm Phục vụ hành chính công tỉnh"},
        "the-le.docx": {"year": 2026, "number": "03/TL-BTC", "doc_type": "Thể lệ", "place": "Kon Plông",
                        "issuer": "BAN TỔ CHỨC CUỘC THI", "raw_title": "Cuộc thi trực tuyến tìm hiểu cải cách hành chính"},
    }
    found = plan_mentions("Trong quý III/2026, kế hoạch phối hợp có những việc gì?", docs)
    assert [list(g) for g in found] == [["thoa-thuan.txt"]]
    without = {**docs, "thoa-thuan.txt": {**docs["thoa-thuan.txt"], "carries": []}}
    assert [list(g) for g in plan_mentions("Trong quý III/2026, kế hoạch phối hợp có những việc gì?", without)] \
        != [["thoa-thuan.txt"]]  # by the carried plan's name, not by chance
    assert [list(g) for g in plan_mentions("Kế hoạch của bưu điện có những việc gì?", docs)] == [["thoa-thuan.txt"]]
    found = plan_mentions("Quý II/2026 có những việc nào giữa tỉnh và bưu điện?", docs)
    assert [list(g) for g in found] == [["thoa-thuan.txt"]]


def test_english_words_joined_by_a_hyphen_are_one_run_of_terms():
    """"legal-awareness training" is read as "legal awareness training": its terms in the Vietnamese order."""
    assert translate_terms("the legal-awareness training") == translate_terms("the legal awareness training")
