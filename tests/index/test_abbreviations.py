from pathlib import Path

from index.abbreviations import Abbreviations, extract
from index.parser import parse_file, parse_text
from tests.index.plan_factory import PLAN_TEXT

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def corpus_abbreviations() -> Abbreviations:
    docs = [parse_file(p) for p in sorted(CORPUS.iterdir())]
    ab = Abbreviations.from_documents(docs)
    ab.learn_acronyms([s.text for d in docs for s in d.sections])
    return ab


def test_definitions_learnt_from_the_documents():
    ab = corpus_abbreviations()
    expected = {"CCHC": "cải cách hành chính", "PCI": "Chỉ số năng lực cạnh tranh cấp tỉnh",
                "PAPI": "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh", "PAR INDEX": "Chỉ số CCHC",
                "DDCI": "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương", "DTI": "Chỉ số chuyển đổi số"}
    for short, expansion in expected.items():
        assert ab.lookup(short).expansion == expansion, short
    assert ab.lookup("CĐS").expansion.lower() == "chuyển đổi số" == ab.lookup("cds").expansion.lower()
    assert ab.lookup("SIPAS").expansion.startswith("Chỉ số hài lòng")
    assert ab.lookup("UBND").expansion == "Ủy ban nhân dân"  # used but never defined: standard list
    assert ab.lookup("PCI").section and ab.lookup("PCI").quote.endswith("(PCI)")


def test_unit_initials_and_query_expansion():
    ab = corpus_abbreviations()
    assert ab.lookup("KHCN").expansion == "Khoa học và Công nghệ"
    assert ab.lookup("PTTH").expansion == "Phát thanh và Truyền hình"
    assert ab.lookup("QWXZ") is None
    assert "Chỉ số năng lực cạnh tranh cấp tỉnh" in ab.expand_query("ban tin pci")
    assert "PAPI" in ab.expand_query("Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh là gì")


def test_a_new_plan_brings_its_own_abbreviations():
    found = {a.short: a.expansion for a in extract(parse_text(PLAN_TEXT))}
    assert found["CCHC"] == "cải cách hành chính"
    assert found["SIPAS"] == "chỉ số hài lòng của người dân"


def test_acronyms_are_learnt_for_the_lengths_a_query_word_may_have():
    """A capitalised phrase spells initials of 3 to 7 letters (what ``lookup`` reads); longer runs of initials
    are never kept (at 100k sections they were a third of the table)."""
    ab = Abbreviations([])
    ab.learn_acronyms(["Giao Trung tâm Hành chính công tỉnh Quảng Ngãi chủ trì, phối hợp Sở Nội vụ."])
    assert ab.lookup("TTHCC").expansion == "Trung tâm Hành chính công"
    assert len(ab.acronyms) > 0 and ab.acronyms.get("tthcctqn") is None  # 8 letters: not kept
    assert ab.acronyms.get("tthc") == "Trung tâm Hành chính" and ab.acronyms.get("xyz") is None


def test_acronyms_read_back_the_most_frequent_phrase_first_seen_on_a_tie():
    ab = Abbreviations([])
    ab.learn_acronyms(["Ban Chỉ đạo họp.", "Ban Chấp đảng thảo luận; Ban Chỉ đạo kết luận.", "Bàn Cách Đi"])
    assert ab.lookup("BCD").expansion == "Ban Chỉ đạo"  # twice, against once each
    ab.learn_acronyms(["Sở Khoa học và Công nghệ chủ trì.", "Sở Kế hoạch và Cơ nhân"])
    assert ab.lookup("KHCN").expansion == "Khoa học và Công nghệ"  # a tie: the first seen


def test_short_names_said_outright_and_acronyms_defined_by_a_sentence():
    from index.abbreviations import extract
    from index.parser import parse_text

    doc = parse_text("KẾ HOẠCH\nThí điểm năm 2026\nI. CHUNG\n"
                     "1. Ủy ban nhân dân tỉnh (sau đây viết tắt là UBND tỉnh) chỉ đạo.\n"
                     "2. Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm) tiếp nhận hồ sơ.\n"
                     "3. DTI là Chỉ số đánh giá chuyển đổi số cấp tỉnh, do Bộ công bố.\n")
    found = {a.short: (a.expansion, a.section) for a in extract(doc)}
    assert found["UBND tỉnh"] == ("Ủy ban nhân dân tỉnh", "I.1")
    assert found["DTI"] == ("Chỉ số đánh giá chuyển đổi số cấp tỉnh", "I.3")
    assert "Trung tâm" not in found  # a common noun named short is no abbreviation to expand queries by


def test_a_short_form_that_keeps_its_first_word_also_stands_alone():
    """"Tổ công nghệ số cộng đồng (sau đây viết tắt là Tổ CNSCĐ)": a section writing "Tổ CNSCĐ" holds the words
    of "công nghệ số cộng đồng" through "CNSCĐ", as one writing "TTHC" holds "thủ tục hành chính"."""
    from index.abbreviations import Abbreviation, Abbreviations

    abbs = Abbreviations([Abbreviation("Tổ CNSCĐ", "Tổ công nghệ số cộng đồng", "kh.txt", "I.1", "…")])
    assert abbs.by_key["tocnscd"].expansion == "Tổ công nghệ số cộng đồng"
    assert abbs.by_key["cnscd"].expansion == "công nghệ số cộng đồng"


def test_a_footnote_that_names_a_document_says_what_it_is():
    """"¹ Đề án 06: Đề án phát triển …" (or a Markdown "[^1]: …"): the name and its whole first sentence; a
    footnote whose opening words are no name ("Theo báo cáo: …") defines nothing."""
    doc = parse_text("KẾ HOẠCH\nTuyên truyền năm 2026\nI. NỘI DUNG\nTuyên truyền Đề án 06[^1] và PCI².\n"
                     "[^1]: Đề án 06: Đề án phát triển ứng dụng dữ liệu về dân cư, ban hành kèm theo Quyết định số "
                     "06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ. Xem thêm.\n"
                     "² PCI: Chỉ số năng lực cạnh tranh cấp tỉnh.\n¹ Theo báo cáo: năm 2024 có 12 hồ sơ.\n")
    found = {a.short: a.expansion for a in extract(doc)}
    assert found["Đề án 06"].endswith("06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ")
    assert found["PCI"] == "Chỉ số năng lực cạnh tranh cấp tỉnh"
    assert "Theo báo cáo" not in found


def test_a_short_name_with_a_head_word_names_its_initials_too():
    # a long name and "(sau đây gọi tắt là Chỉ số X)": "X" alone is its name, spelled as the plan writes it
    text = "\n".join(["KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2026", "I. MỤC TIÊU",
                      "- Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
                      "(sau đây gọi tắt là Chỉ số SIPAS) của tỉnh năm 2026 đạt từ 85% trở lên."])
    ab = Abbreviations.from_documents([parse_text(text, "kh.txt")])
    expansion = "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước"
    assert ab.lookup("SIPAS").expansion == expansion
    assert ab.lookup("Chỉ số SIPAS").expansion == expansion


def test_a_term_in_quotation_marks_defined_by_a_sentence():
    doc = parse_text("""KẾ HOẠCH
Hỗ trợ dịch vụ công
1. Nội dung
Trong Kế hoạch này, “điểm hỗ trợ lưu động” là điểm do Công an xã bố trí tạm thời ngoài trụ sở.
""")
    found = {a.short: a.expansion for a in extract(doc)}
    assert found["điểm hỗ trợ lưu động"] == "điểm do Công an xã bố trí tạm thời ngoài trụ sở"


def test_the_terms_of_a_definitions_article_are_learnt():
    doc = parse_text("ỦY BAN NHÂN DÂN\nTỈNH AN LÂM\nSố: 3/2026/QĐ-UBND\nAn Lâm, ngày 5 tháng 1 năm 2026\nQUY CHẾ\n"
                     "Tiếp nhận hồ sơ tại Bộ phận Một cửa\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\n"
                     "Quy chế này quy định việc tiếp nhận hồ sơ.\nĐiều 2. Giải thích từ ngữ\n"
                     "1. Quầy hướng dẫn là nơi công chức giúp người dân điền tờ khai.\n"
                     "2. Hồ sơ điện tử được hiểu là hồ sơ nộp qua Cổng Dịch vụ công.\n"
                     "Điều 3. Nguyên tắc\nNgười dân là trung tâm phục vụ.\n", "qc.txt")
    found = {a.short: a.expansion for a in extract(doc)}
    assert found["Quầy hướng dẫn"] == "nơi công chức giúp người dân điền tờ khai"
    assert found["Hồ sơ điện tử"] == "hồ sơ nộp qua Cổng Dịch vụ công"
    assert "Người dân" not in found  # "là" outside the definitions article defines nothing
    ab = Abbreviations(extract(doc))
    assert ab.expand_query("Quầy hướng dẫn ở đâu") == "Quầy hướng dẫn ở đâu"  # a term's meaning is no synonym


def test_a_glossary_line_under_a_table_says_what_its_short_names_stand_for():
    text = PLAN_TEXT + ("\nGhi chú: Sở KH&CN: Sở Khoa học và Công nghệ; VP UBND tỉnh: Văn phòng Ủy ban nhân dân tỉnh. "
                        "Thời gian cụ thể của từng lớp do đơn vị tổ chức thông báo; thời hạn tính theo ngày làm việc.\n")
    ab = Abbreviations.from_documents([parse_text(text, "plan.md")])
    assert ab.lookup("VP UBND tỉnh").expansion == "Văn phòng Ủy ban nhân dân tỉnh"  # not the sentence after it
    # "KH&CN" typed as one word, and the short name with its head word, are both the name defined
    assert {a.expansion for a in ab.in_text("Sở KHCN là cơ quan nào?")} == {"Sở Khoa học và Công nghệ"}
    assert "VP UBND tỉnh" in [a.short for a in ab.in_text("VP UBND tỉnh là gì")]
    assert ab.lookup("thời hạn") is None  # an entry with no initials defines nothing


def test_an_agreements_parties_are_named_by_their_block():
    """"BÊN B: BƯU ĐIỆN TỈNH X" names the party the text calls "Bên B": a question about the post office finds the
    clauses of "Bên B" (index/retrieval.py counts a short form's expansion as covered)."""
    doc = parse_text("THỎA THUẬN HỢP TÁC\nVề hỗ trợ dịch vụ công\nBÊN A: ỦY BAN NHÂN DÂN TỈNH KON PLÔNG\n"
                     "Đại diện: Ông Lò Văn Pao\nBÊN B: BƯU ĐIỆN TỈNH KON PLÔNG\nĐại diện: Bà Hà Thị Mai\n"
                     "Điều 1. Trách nhiệm của Bên B\n1. Bên B chuyển hồ sơ đến Trung tâm trong 01 ngày làm việc.\n")
    found = {a.short: a.expansion for a in extract(doc)}
    assert found["Bên A"] == "ỦY BAN NHÂN DÂN TỈNH KON PLÔNG"
    assert found["Bên B"] == "BƯU ĐIỆN TỈNH KON PLÔNG"


def test_a_table_of_short_forms_defines_each_row():
    """"| Từ viết tắt | Nghĩa đầy đủ |" then "| Tổ CNSCĐ | Tổ công nghệ số cộng đồng |": each row a short form."""
    doc = parse_text("TÀI LIỆU HỎI - ĐÁP\nVề dịch vụ công trực tuyến\nLỜI GIỚI THIỆU\nCác từ viết tắt như sau:\n\n"
                     "| Từ viết tắt | Nghĩa đầy đủ |\n|---|---|\n| TTHC | Thủ tục hành chính |\n"
                     "| Tổ CNSCĐ | Tổ công nghệ số cộng đồng |\n\nI. CHUNG\n1. Nội dung.\n", "hoi-dap.md")
    found = {a.short: a.expansion for a in extract(doc)}
    assert found["Tổ CNSCĐ"] == "Tổ công nghệ số cộng đồng" and found["TTHC"] == "Thủ tục hành chính"


def test_a_party_of_an_agreement_is_the_name_after_its_role():
    """"BÊN THUÊ DỊCH VỤ (sau đây gọi là Bên A): TRUNG TÂM …": "Bên A" stands for the name after the colon, which
    ends where its capitals do (the next sentence joined to the line is not the party's name)."""
    text = ("HỢP ĐỒNG\nSố: 03/2026/HĐ\nChúng tôi gồm:\nBÊN THUÊ DỊCH VỤ (sau đây gọi là Bên A): TRUNG TÂM HÀNH CHÍNH CÔNG "
            "TỈNH LAM HÀ\nBÊN CUNG CẤP (sau đây gọi là Bên B): CÔNG TY CỔ PHẦN ĐÁ XANH Hai bên thống nhất như sau:\n"
            "Điều 1. Đối tượng\nBên B cung cấp dịch vụ.\n")
    found = {a.short: a.expansion for a in extract(parse_text(text, "hop-dong.txt"))}
    assert found["Bên A"] == "TRUNG TÂM HÀNH CHÍNH CÔNG TỈNH LAM HÀ"
    assert found["Bên B"] == "CÔNG TY CỔ PHẦN ĐÁ XANH"
