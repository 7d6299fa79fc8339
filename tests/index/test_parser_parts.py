"""Document parts, numbering schemes, letterheads and inline fields: the parser's general readings
(the generated space of layouts in evals/layouts.py checks their combinations; these pin each one down)."""
from index.parser import file_of, parse_parts_lines, parse_text, resolve_name
from index.zones import location
from tests.index.plan_factory import DECISION_WITH_LIST

DECISION_WITH_PLAN = """ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KON PLÔNG           Độc lập – Tự do – Hạnh phúc
Số: 45/QĐ-UBND           Kon Plông, ngày 12 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON PLÔNG
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:                       KT. CHỦ TỊCH
- Như Điều 2;                   PHÓ CHỦ TỊCH
- Lưu: VT.
                                Lò Văn Pao
KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2026
(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 12/3/2026
của Chủ tịch UBND tỉnh)
I. MỤC ĐÍCH
Nâng cao nhận thức.
II. NHIỆM VỤ
1. Tổ chức hội nghị tập huấn; đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Sở Tư pháp,
Sở Văn hóa, Thể thao và Du lịch; thời gian:
Quý III/2026.
2. Phát sóng chuyên mục
- Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh
"""


def test_a_decision_and_the_plan_it_issues_are_two_documents():
    decision, plan = parse_parts_lines(DECISION_WITH_PLAN.split("\n"), "qd-45.txt")
    assert (decision.name, plan.name, file_of(plan.name)) == ("qd-45.txt", "qd-45.txt#2", "qd-45.txt")
    assert (decision.meta.doc_type, decision.meta.number, decision.meta.date) == ("Quyết định", "45/QĐ-UBND", "12/3/2026")
    assert decision.meta.issuer_body == "ỦY BAN NHÂN DÂN TỈNH KON PLÔNG" and decision.meta.place == "Kon Plông"
    assert decision.meta.signer == "Lò Văn Pao"
    assert [s.path for s in decision.sections if s.kind != "zone"] == ["Điều 1", "Điều 2"]
    assert (plan.meta.doc_type, plan.meta.title) == ("Kế hoạch", "Tuyên truyền cải cách hành chính năm 2026")
    assert plan.meta.issued_by == "45/QĐ-UBND" and plan.meta.year == 2026
    assert plan.get("II.1").fields == {"lead": "Sở Nội vụ", "coordinators": "Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch",
                                       "timing": "Quý III/2026"}
    assert plan.get("II.2").fields == {"lead": "Đài Phát thanh và Truyền hình tỉnh"}
    assert location("Điều 2") == "Điều 2" and location("II.1") == "mục II.1"


def test_decimal_numbering_nests_by_its_numbers():
    doc = parse_text("KẾ HOẠCH\nCải cách hành chính năm 2026\n1. MỤC ĐÍCH\n1.1. Mục đích\nNội dung.\n"
                     "1.2. Yêu cầu\n- Một ý.\n2. NHIỆM VỤ\n2.1. Tuyên truyền\n2.1.1. Tổ chức hội nghị\n"
                     "- Đơn vị chủ trì: Sở Nội vụ.\n2.1.2. Phát sóng\n2.2. Kiểm tra\n")
    assert [s.path for s in doc.sections if s.kind != "zone"] == \
        ["1", "1.1", "1.2", "2", "2.1", "2.1.1", "2.1.2", "2.2"]
    assert doc.get("2.1.1").fields == {"lead": "Sở Nội vụ"} and "- Một ý." in doc.get("1.2").lines


def test_named_divisions_number_through_the_text():
    doc = parse_text("KẾ HOẠCH\nThí điểm năm 2026\nPhần I. CHUNG\nChương I. MỤC ĐÍCH\nĐiều 1. Phạm vi\n"
                     "Chương II. YÊU CẦU\nĐiều 2. Đối tượng\nPhần thứ hai. TỔ CHỨC\nChương III. NHIỆM VỤ\n"
                     "Điều 3. Giao việc\n+ Đơn vị thực hiện: Phòng Tổ chức\n")
    assert [s.path for s in doc.sections if s.kind != "zone"] == [
        "Phần I", "Phần I.Chương I", "Phần I.Chương I.Điều 1", "Phần I.Chương II", "Phần I.Chương II.Điều 2",
        "Phần thứ hai", "Phần thứ hai.Chương III", "Phần thứ hai.Chương III.Điều 3"]
    assert doc.get("Phần thứ hai.Chương III.Điều 3").fields == {"executor": "Phòng Tổ chức"}


def test_letterheads_by_shape():
    two_level = parse_text("UBND TỈNH LAI VANG\nSỞ NỘI VỤ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                           "Số: /KH-SNV\nThành phố Lai Vang, ngày 05 tháng 4 năm 2026\n"
                           "Triển khai công tác cải cách hành chính năm 2026\nI. MỤC ĐÍCH\nA.\n").meta
    assert (two_level.parent_body, two_level.issuer_body, two_level.number) == ("UBND TỈNH LAI VANG", "SỞ NỘI VỤ", "…/KH-SNV")
    assert (two_level.doc_type, two_level.title) == ("Kế hoạch", "Triển khai công tác cải cách hành chính năm 2026")
    assert (two_level.place, two_level.date) == ("Lai Vang", "5/4/2026")
    flat = parse_text("ỦY BAN NHÂN DÂN HUYỆN SƠN MAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                      "Số: 12/BC-UBND Sơn Mai, ngày 3 tháng 6 năm 2026\nBÁO CÁO\nKết quả cải cách hành chính\n").meta
    assert (flat.issuer_body, flat.number, flat.place, flat.doc_type) == \
        ("ỦY BAN NHÂN DÂN HUYỆN SƠN MAI", "12/BC-UBND", "Sơn Mai", "Báo cáo")
    letter = parse_text("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 88/UBND-VP\nV/v triển khai kế hoạch chuyển đổi số\n"
                        "năm 2026\nTân Hòa, ngày 1 tháng 7 năm 2026\nKính gửi: Các thôn.\n").meta
    assert (letter.doc_type, letter.title, letter.issuer_body) == \
        ("Công văn", "triển khai kế hoạch chuyển đổi số năm 2026", "ỦY BAN NHÂN DÂN XÃ TÂN HÒA")


def test_inline_fields_end_with_their_sentence():
    doc = parse_text("KẾ HOẠCH\nX năm 2026\nI. NHIỆM VỤ\n1. Rà soát thủ tục. Đơn vị chủ trì: UBND TP. Huế; "
                     "thời gian: tháng 8/2026. Các đơn vị báo cáo kết quả.\n")
    assert doc.get("I.1").fields == {"lead": "UBND TP. Huế", "timing": "tháng 8/2026"}


def test_wrapped_lines_join_in_linear_time():
    text = "KẾ HOẠCH\nX năm 2026\nI. NỘI DUNG\n" + "\n".join(["tiếp tục một câu rất dài"] * 100_000)
    doc = parse_text(text)
    assert doc.get("I").lines[0].count("tiếp tục") == 100_000


def test_headings_numbered_with_a_dash_or_a_slash():
    doc = parse_text("KẾ HOẠCH\nCải cách hành chính năm 2025\nI- MỤC ĐÍCH, YÊU CẦU\n1/ Mục đích\n- Một ý.\n"
                     "2/ Yêu cầu\nII – NHIỆM VỤ\n1/ Cải cách thể chế\na/ Rà soát văn bản\n- Chủ trì: Công chức Tư pháp.\n"
                     "b- Tuyên truyền\nTheo Kế hoạch số\n12/KH-UBND ngày 1/2/2025, 1/2025 là tháng đầu.\n")
    assert [s.path for s in doc.sections if s.kind != "zone"] == \
        ["I", "I.1", "I.2", "II", "II.1", "II.1.a", "II.1.b"]
    assert doc.get("II.1.a").fields == {"lead": "Công chức Tư pháp"}
    assert "12/KH-UBND ngày 1/2/2025, 1/2025 là tháng đầu." in doc.get("II.1.b").text


def test_decimal_items_right_under_a_roman_section_keep_their_written_number():
    doc = parse_text("KẾ HOẠCH\nChuyển đổi số năm 2026\nI. MỤC TIÊU\n1. Mục tiêu chung\nII. NHIỆM VỤ\n"
                     "2.1. Hoàn thiện thể chế\n- Cơ quan chủ trì: Sở Tư pháp.\n2.2. Dữ liệu số\n"
                     "2.2.1. Kho dữ liệu dùng chung\n- Cơ quan chủ trì: Trung tâm Chuyển đổi số.\n2.2.2. Số hóa\n"
                     "III. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ theo dõi.\n")
    assert [s.path for s in doc.sections if s.kind != "zone"] == \
        ["I", "I.1", "II", "II.2.1", "II.2.2", "II.2.2.1", "II.2.2.2", "III", "III.1"]
    assert doc.get("II").lines == ["II. NHIỆM VỤ"]  # "2.1. …" is never glued to the line above
    assert doc.get("II.2.2.1").fields == {"lead": "Trung tâm Chuyển đổi số"}


def test_a_plan_signed_without_recipients_ends_at_its_signing_title():
    doc = parse_text("KẾ HOẠCH\nTuyên truyền năm 2026\nI. NHIỆM VỤ\n1. Phòng Nội vụ tổng hợp.\n"
                     "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐặng Thị Thu Hà\n")
    assert doc.get("I.1").lines == ["1. Phòng Nội vụ tổng hợp."]
    assert doc.get("signature").lines[0] == "TM. ỦY BAN NHÂN DÂN" and doc.meta.signer == "Đặng Thị Thu Hà"


def test_a_readers_shorter_name_resolves_to_the_one_section_ending_with_it():
    doc = parse_text("KẾ HOẠCH\nChuyển đổi số năm 2026\nPHẦN I. KẾT QUẢ\nI. KẾT QUẢ ĐẠT ĐƯỢC\n1. Nhận thức số\n"
                     "1.1. Ngày chuyển đổi số\nII. TỒN TẠI\nPHẦN II. KẾ HOẠCH\nI. MỤC TIÊU\nII. NHIỆM VỤ\n"
                     "2.1. Thể chế\n2.2. Dữ liệu\n2.2.1. Kho dữ liệu\n")
    assert doc.resolve("Phần II.II.2.2.1") == "Phần II.II.2.2.1"
    assert doc.resolve("2.2.1") == doc.resolve("II.2.2.1") == "Phần II.II.2.2.1"
    assert doc.resolve("1.1") == "Phần I.I.1.1" and doc.resolve("phần ii.") == "Phần II"
    assert doc.resolve("II") is None  # Phần I.II and Phần II.II: which one is not said
    assert doc.resolve("3.1") is None


def test_items_numbered_through_the_sections_go_on_under_the_next_one():
    doc = parse_text("KẾ HOẠCH\nCải cách hành chính năm 2026\nI. CẢI CÁCH THỂ CHẾ\n1. Rà soát văn bản.\n"
                     "- Chủ trì: Phòng Tư pháp.\n2. Theo dõi thi hành pháp luật.\nII. CẢI CÁCH THỦ TỤC\n"
                     "3. Công khai thủ tục.\n- Chủ trì: Văn phòng HĐND và UBND huyện.\n4. Số hóa hồ sơ.\n"
                     "III. TỔ CHỨC THỰC HIỆN\nPhòng Nội vụ theo dõi.\n")
    assert [s.path for s in doc.sections if s.kind != "zone"] == ["I", "I.1", "I.2", "II", "II.3", "II.4", "III"]
    assert doc.get("II.3").fields == {"lead": "Văn phòng HĐND và UBND huyện"}


def test_a_table_row_is_found_by_the_names_a_reader_gives_it():
    rows = ["| STT | Nội dung | Đơn vị chủ trì |", "|---|---|---|", "| I | NHÓM A | |", "| 1 | Việc một | Sở A |",
            "| 2 | Việc hai | Sở B |", "| II | NHÓM B | |", "| 3 | Việc ba | Sở C |"]
    doc = parse_text("\n".join(["KẾ HOẠCH", "Thử năm 2026", "I. NHIỆM VỤ", "Chi tiết tại Phụ lục I.", "PHỤ LỤC I",
                                *rows]))
    for name in ("Phụ lục I.II.3", "Phụ lục I.3", "Phụ lục I, STT 3", "phụ lục I - mục 3", "Phụ lục I (STT 3)"):
        assert doc.resolve(name) == "Phụ lục I.II.3", name
    assert doc.resolve("mục I") == "I" and doc.resolve("Phụ lục I.4") is None


def test_a_letterhead_copied_from_a_web_table_cell_by_cell():
    doc = parse_text("ỦY BAN NHÂN DÂN\nTỈNH KON HÀ\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 405/KH-UBND\n|\nKon Hà,\n"
                     "ngày 29 tháng 10 năm 2024\n|\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ TỈNH KON HÀ NĂM 2025\nI. MỤC TIÊU\n"
                     "1. Phát triển chính quyền số.\n")
    m = doc.meta
    assert (m.issuer_body, m.parent_body, m.place, m.number, m.date) == \
        ("ỦY BAN NHÂN DÂN TỈNH KON HÀ", "", "Kon Hà", "405/KH-UBND", "29/10/2024")
    assert [s.path for s in doc.sections if s.kind != "zone"] == ["I", "I.1"]


def test_section_names_in_legal_order_and_appendix_numbers_in_any_numeral():
    rows = ["| STT | Nội dung | Đơn vị chủ trì |", "|---|---|---|", "| 1 | Việc một | Sở A |", "| 2 | Việc hai | Sở B |"]
    doc = parse_text("\n".join(["KẾ HOẠCH", "Thử năm 2026", "I. MỤC TIÊU", "1. Chung", "II. NHIỆM VỤ",
                                "1. Thể chế", "2. Thủ tục", "a) Rà soát", "b) Công khai", "PHỤ LỤC 01", *rows]))
    assert doc.resolve("điểm b khoản 2 mục II") == doc.resolve("Điểm b, khoản 2, Mục II") == "II.2.b"
    assert doc.resolve("Kế hoạch, mục II.2.b") == doc.resolve("II. 2. b") == "II.2.b"  # type said first; spaces
    for name in ("Phụ lục I.2", "phụ lục số 1, STT 2", "Phụ lục, STT 2", "Phụ lục 01.2"):
        assert doc.resolve(name) == "Phụ lục 01.2", name


def test_an_appendix_without_a_number_named_with_its_groups_label():
    rows = ["| STT | Nội dung | Đơn vị chủ trì |", "|---|---|---|", "| I | NHÓM A | |", "| 1 | Việc một | Sở A |",
            "| 2 | Việc hai | Sở B |", "| II | NHÓM B | |", "| 1 | Việc ba | Sở C |", "| 2 | Việc bốn | Sở D |"]
    doc = parse_text("\n".join(["KẾ HOẠCH", "Thử năm 2026", "I. NHIỆM VỤ", "Chi tiết tại Phụ lục.", "PHỤ LỤC",
                                *rows]))
    assert doc.resolve("Phụ lục I.2") == "Phụ lục.I.2" and doc.resolve("Phụ lục, mục II, STT 1") == "Phụ lục.II.1"
    assert doc.resolve("Phụ lục.2") is None  # row 2 of which group: not said


def test_zones_are_found_by_the_labels_answers_give_them():
    doc = parse_text("KẾ HOẠCH\nThử năm 2026\nCăn cứ Luật Tổ chức chính quyền địa phương;\nI. NHIỆM VỤ\n1. Một.\n"
                     "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLò Văn Pao\n")
    assert [doc.resolve(n) for n in ("Phần đầu văn bản", "preamble", "phần ký", "Signature block", "phần kết")] == \
        ["header", "preamble", "signature", "signature", "closing"]


def test_a_division_named_in_any_numeral():
    doc = parse_text("KẾ HOẠCH\nThí điểm năm 2026\nPHẦN THỨ NHẤT. KẾT QUẢ\nI. CHUNG\n1. Một.\n"
                     "PHẦN THỨ HAI. NHIỆM VỤ\nI. MỤC TIÊU\n1. Hai.\n")
    assert [s.path for s in doc.sections if s.kind != "zone"][:2] == ["Phần thứ nhất", "Phần thứ nhất.I"]
    assert doc.resolve("Phần I.I.1") == doc.resolve("phần 1, mục I.1") == "Phần thứ nhất.I.1"
    assert doc.resolve("Phần II.I.1") == "Phần thứ hai.I.1"


def test_a_closing_paragraph_without_its_final_mark_still_closes_but_the_numbering_may_go_on():
    doc = parse_text("BÁO CÁO\nThử năm 2026\nA. KẾT QUẢ\n1. Tổ chức hội nghị.\n2. Kiểm tra.\n"
                     "Trên đây là kết quả 6 tháng đầu năm, sau đây là phương hướng.\nB. PHƯƠNG HƯỚNG\n1. Tiếp tục.\n"
                     "Trên đây là Báo cáo kết quả cải cách hành chính 6 tháng\nđầu năm 2026 của UBND xã\n"
                     "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLò Văn Pao\n")
    assert [s.path for s in doc.sections] == ["header", "A", "A.1", "A.2", "B", "B.1", "closing", "signature"]
    assert doc.get("A.2").lines[-1] == "Trên đây là kết quả 6 tháng đầu năm, sau đây là phương hướng."
    assert doc.get("closing").lines[0] == \
        "Trên đây là Báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026 của UBND xã"


def test_a_name_resolves_over_bare_paths_as_the_index_holds_them():
    # what the answerer does with "mục 2.2.1" when only chunk paths are at hand
    paths = ["header", "Phần II", "Phần II.II", "Phần II.II.2.2", "Phần II.II.2.2.1", "Phụ lục I", "Phụ lục I.II",
             "Phụ lục I.II.7"]
    assert resolve_name("2.2.1", paths) == "Phần II.II.2.2.1"
    assert resolve_name("Phụ lục I.7", paths, {"Phụ lục I.II"}) == "Phụ lục I.II.7"
    assert resolve_name("Phụ lục I.7", paths) is None


def test_divisions_named_in_either_order_without_separators():
    doc = parse_text("KẾ HOẠCH\nThí điểm năm 2026\nPhần I. CHUNG\nChương I. MỤC ĐÍCH\nMục 1. Phạm vi\nĐiều 1. Đối tượng\n"
                     "Mục 2. Nguyên tắc\nĐiều 2. Giao việc\n1. Sở Nội vụ chủ trì.\nChương II. TỔ CHỨC\nMục 1. Chung\n"
                     "Điều 3. Trách nhiệm\n")
    assert doc.resolve("Mục 2 Chương I") == doc.resolve("Chương I Mục 2") == "Phần I.Chương I.Mục 2"
    assert doc.resolve("khoản 1 Điều 2") == "Phần I.Chương I.Mục 2.Điều 2.1"
    assert doc.resolve("Điều 3") == "Phần I.Chương II.Mục 1.Điều 3" and doc.resolve("Mục 1") is None


def test_a_table_named_by_its_caption_is_the_section_holding_it():
    doc = parse_text("BÁO CÁO\nKết quả năm 2026\nI. KẾT QUẢ\n1. Chung.\nPHỤ LỤC\nBiểu số 01: Kết quả giải quyết hồ sơ\n"
                     "| STT | Lĩnh vực | Hồ sơ |\n|---|---|---|\n| 1 | Hộ tịch | 420 |\n")
    assert doc.resolve("Biểu số 01") == doc.resolve("biểu 1") == "Phụ lục" and doc.resolve("Bảng 2") is None


def test_a_letter_writes_no_type_line_yet_carries_the_plan_after_its_signature(tmp_path):
    """A công văn is headed by its number, not a type line: the plan after its signature is a document of its own."""
    from index.parser import parse_parts

    text = "\n".join([
        "ỦY BAN NHÂN DÂN", "HUYỆN TÂN PHÚ", "Số: 512/UBND-VP", "V/v triển khai Kế hoạch chuyển đổi số năm 2025", "",
        "Kính gửi: Các cơ quan chuyên môn thuộc UBND huyện.", "",
        "UBND huyện ban hành Kế hoạch chuyển đổi số năm 2025 (kèm theo Công văn này)./.", "",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Trần Văn Bình", "",
        "KẾ HOẠCH", "Chuyển đổi số năm 2025 trên địa bàn huyện Tân Phú",
        "(Kèm theo Công văn số 512/UBND-VP ngày 14/4/2025 của UBND huyện Tân Phú)", "",
        "Phần thứ nhất", "NHIỆM VỤ", "1. Số hóa hồ sơ hộ tịch.", "- Cơ quan chủ trì: Phòng Tư pháp.", ""])
    path = tmp_path / "cv.txt"
    path.write_text(text, encoding="utf-8")
    letter, plan = parse_parts(path)
    assert letter.meta.number == "512/UBND-VP" and plan.name == "cv.txt#2"
    assert plan.meta.issued_by == "512/UBND-VP" and "Phần thứ nhất.1" in [s.path for s in plan.sections]


def test_a_quarter_broken_off_its_word_at_a_line_end_is_no_heading(tmp_path):
    """"…; thời gian: Quý" + "III - IV/2026.": the line goes on the sentence, it opens no section III."""
    from index.parser import parse_parts

    text = "\n".join([
        "KẾ HOẠCH", "Cải cách hành chính năm 2026", "", "I. NHIỆM VỤ", "",
        "1. Rà soát thủ tục hành chính; đơn vị chủ trì: Văn phòng UBND tỉnh; thời gian: Quý",
        "III - IV/2026.", "2. Số hóa hồ sơ; đơn vị chủ trì: Sở Tư pháp; thời gian: Quý IV/2026.", "",
        "II. TỔ CHỨC THỰC HIỆN", "Các sở báo cáo trước ngày 30/11/2026./.", ""])
    path = tmp_path / "kh.txt"
    path.write_text(text, encoding="utf-8")
    paths = [s.path for s in parse_parts(path)[0].sections]
    assert "III" not in paths and {"I.1", "I.2", "II"} <= set(paths)


def test_assignments_written_in_prose_give_the_tasks_fields():
    """District and commune plans often write no field lines: "Giao X chủ trì, phối hợp với Y thực hiện",
    "X chủ trì; phối hợp: Y", "hoàn thành trong Quý I/2025". A bullet among several is not read for its section."""
    doc = parse_text(
        "KẾ HOẠCH\nChuyển đổi số năm 2025\nI. NHIỆM VỤ\n"
        "1. Tuyên truyền trên đài truyền thanh. Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm "
        "Văn hóa, Thông tin và Thể thao huyện và UBND các xã thực hiện; phát sóng 02 lần/tuần.\n"
        "2. Kiện toàn Tổ công nghệ số cộng đồng.\nUBND các xã, thị trấn chủ trì thực hiện; hoàn thành trong Quý I/2025.\n"
        "3. Số hóa hồ sơ. Văn phòng HĐND và UBND huyện chủ trì; phối hợp: Bộ phận Một cửa huyện.\n"
        "4. Các hoạt động khác\n- Tham gia Hội thi do Sở Thông tin và Truyền thông tổ chức;\n"
        "- Cử cán bộ tham gia Ban biên tập Bản tin do Sở Thông tin và Truyền thông chủ trì.\n")
    assert doc.get("I.1").fields == {"lead": "Phòng Văn hóa và Thông tin",
                                     "coordinators": "Trung tâm Văn hóa, Thông tin và Thể thao huyện và UBND các xã"}
    assert doc.get("I.2").fields == {"lead": "UBND các xã, thị trấn", "timing": "trong Quý I/2025"}
    assert doc.get("I.3").fields == {"lead": "Văn phòng HĐND và UBND huyện", "coordinators": "Bộ phận Một cửa huyện"}
    assert doc.get("I.4").fields == {}


def test_a_unit_in_brackets_that_does_the_task_leads_it_but_one_that_holds_an_event_does_not():
    from index.parser import _prose_fields

    assert _prose_fields("Sơ kết 02 năm; khen thưởng tập thể (do UBND xã tổ chức)") == {"lead": "UBND xã"}
    assert _prose_fields("Tham gia Hội thi do Sở Thông tin và Truyền thông tổ chức") == {}
    assert _prose_fields("Do ảnh hưởng của bão (do thời tiết) việc triển khai chậm.") == {}


def test_a_unit_handed_a_task_by_name_does_it():
    from index.parser import _prose_fields

    assert _prose_fields("Giao Trung tâm Phục vụ - Kiểm soát TTHC theo dõi, tổng hợp báo cáo kết quả.") == {
        "executor": "Trung tâm Phục vụ - Kiểm soát TTHC"}
    assert _prose_fields("2. Giao Phòng Hành chính - Quản trị chủ trì, theo dõi, tổng hợp.") == {
        "lead": "Phòng Hành chính - Quản trị"}


def test_page_numbers_of_every_usual_form_are_dropped_but_dates_are_not():
    from index.parser import _is_page_number

    assert all(_is_page_number(s) for s in ("3", "- 3 -", "3/5", "Trang 3", "Trang 3/5", "Page 2 of 7"))
    assert not any(_is_page_number(s) for s in ("15/6", "6/5", "Quý 3", "2025"))


def test_a_party_documents_head_motto_and_number():
    """"ĐẢNG CỘNG SẢN VIỆT NAM" stands where the national motto does; "Số 14-KH/ĐU" writes the type before the
    slash. A task's lead in brackets at its end ("(Văn phòng Đảng ủy chủ trì, phối hợp với …)") is read too."""
    doc = parse_text("ĐẢNG BỘ HUYỆN AN LÃO\nĐẢNG ỦY XÃ AN PHÚ\n*\nSố 14-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                     "An Phú, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nChuyển đổi số trong các cơ quan Đảng năm 2026\n"
                     "I. NHIỆM VỤ\n1) Nâng cao nhận thức (Văn phòng Đảng ủy chủ trì, phối hợp với Đoàn Thanh niên xã).\n")
    assert (doc.meta.issuer, doc.meta.parent_body, doc.meta.number) == \
        ("ĐẢNG ỦY XÃ AN PHÚ", "ĐẢNG BỘ HUYỆN AN LÃO", "14-KH/ĐU")
    assert doc.get("I.1").fields == {"lead": "Văn phòng Đảng ủy", "coordinators": "Đoàn Thanh niên xã"}


def test_a_word_broken_with_a_hyphen_at_a_lines_end_is_one_word_again():
    from index.parser import _rejoin_hyphens

    assert _rejoin_hyphens(["tập huấn về côn-", "", "g nghệ số", "Sở Văn hóa -", "Thể thao", "kỹ năng tập-",
                            "huấn", "Đài PT-", "TH tỉnh"]) == \
        ["tập huấn về công nghệ số", "Sở Văn hóa -", "Thể thao", "kỹ năng tập huấn", "Đài PT-", "TH tỉnh"]


def test_a_letterhead_flattened_cell_by_cell_with_a_name_its_cell_wrapped():
    """A web page's table flattened into lines that end in "|", and "THỦ TƯỚNG CHÍNH" / "PHỦ": one issuer, as the
    authority line above "Căn cứ" writes it; the number read though its cell's border follows it."""
    parts = parse_parts_lines((
        "THỦ TƯỚNG CHÍNH\nPHỦ |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 15/QĐ-TTg |\nHà Nội, ngày 04 tháng 3 năm 2026 |\n"
        "BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.\n|\nKT. THỦ TƯỚNG |\n"
    ).split("\n"), "qd.txt")
    meta = parts[0].meta
    assert (meta.issuer, meta.number, meta.date) == ("THỦ TƯỚNG CHÍNH PHỦ", "15/QĐ-TTg", "4/3/2026")


def test_a_decision_issuing_a_document_of_a_type_the_genre_list_lacks_carries_it_as_a_part():
    """"BỘ TIÊU CHÍ" / its subject / "(Ban hành kèm theo Quyết định số 402/QĐ-UBND …)" after the decision's
    signature: a part of its own, typed by that line, known by the decision's number, its sections read; a title's
    "của Ủy ban nhân dân các xã, phường" (whom it is for) is no issuer."""
    docs = parse_parts_lines((
        "ỦY BAN NHÂN DÂN\nTỈNH AN LÂM\nSố: 402/QĐ-UBND\nAn Lâm, ngày 16 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
        "Ban hành Bộ tiêu chí chấm điểm cải cách hành chính của Ủy ban nhân dân các xã, phường\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Bộ tiêu chí.\nĐiều 2. Có hiệu lực kể từ ngày ký./.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Thị Trâm\n"
        "BỘ TIÊU CHÍ\nChấm điểm cải cách hành chính của Ủy ban nhân dân các xã, phường năm 2026\n"
        "(Ban hành kèm theo Quyết định số 402/QĐ-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh An Lâm)\n"
        "I. QUY ĐỊNH CHUNG\n1. Thang điểm: tổng điểm tối đa là 100 điểm.\n2. Xếp loại kết quả:\n"
        "a) Xuất sắc: từ 90 điểm trở lên;\nb) Tốt: từ 80 điểm đến dưới 90 điểm.\n").split("\n"), "qd.txt")
    assert len(docs) == 2
    decision, criteria = docs
    assert decision.meta.issuer == "ỦY BAN NHÂN DÂN TỈNH AN LÂM"
    assert criteria.meta.doc_type == "Bộ tiêu chí" and criteria.meta.issued_by == "402/QĐ-UBND"
    assert criteria.meta.title.startswith("Chấm điểm cải cách hành chính")
    assert criteria.get("I.2.a").heading.startswith("Xuất sắc")


def test_a_list_attached_to_the_signed_plan_itself_is_its_appendix_not_a_document():
    """"DANH MỤC NHIỆM VỤ" / "(Kèm theo Kế hoạch số 171/KH-SNV …)" after a plan's signature: the plan's own list
    (a plan issues nothing), read as its appendix table; only "Ban hành kèm theo" or a decision or resolution
    carrying a text make the text after the signature a document of its own."""
    docs = parse_parts_lines((
        "SỞ NỘI VỤ TỈNH AN LÂM\nSố: 171/KH-SNV\nAn Lâm, ngày 7 tháng 11 năm 2026\nKẾ HOẠCH\n"
        "Tuyên truyền cải cách hành chính năm 2026\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
        "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Thị Thu Hà\n"
        "DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN\n(Kèm theo Kế hoạch số 171/KH-SNV ngày 7/11/2026 của Sở Nội vụ)\n"
        "| TT | Nội dung công việc | Chủ trì | Thời gian thực hiện |\n| --- | --- | --- | --- |\n"
        "| 1 | Đăng tin trên Cổng thông tin điện tử | Sở Nội vụ | Hằng tháng |\n"
        "| 2 | Tọa đàm trên truyền hình | Đài Phát thanh và Truyền hình | Quý III/2026 |\n").split("\n"), "kh.md")
    assert len(docs) == 1
    assert docs[0].meta.signer == "Trần Thị Thu Hà"
    assert any(s.fields.get("lead") == "Đài Phát thanh và Truyền hình" for s in docs[0].sections)


def test_units_joining_in_prose_are_read_whichever_side_of_the_verb_they_stand():
    """"chủ trì, phối hợp Sở Tài chính" ("với" left out), "chủ trì; Sở Tư pháp, Bảo hiểm xã hội tỉnh phối hợp"
    (the units before the verb): the coordinators, as in "phối hợp với …"; a verb after "phối hợp" is none."""
    from index.parser import _prose_fields

    assert _prose_fields("Nâng cấp Trung tâm dữ liệu. Sở Khoa học và Công nghệ chủ trì, phối hợp Sở Tài chính; "
                         "thời gian: 2026 - 2027.")["coordinators"] == "Sở Tài chính"
    assert _prose_fields("Triển khai Đề án 06. Công an tỉnh chủ trì; Sở Tư pháp, Bảo hiểm xã hội tỉnh phối hợp; "
                         "thực hiện hằng năm.") == {"lead": "Công an tỉnh",
                                                     "coordinators": "Sở Tư pháp, Bảo hiểm xã hội tỉnh"}
    assert _prose_fields("Duy trì Tổ công nghệ số. Sở Khoa học và Công nghệ chủ trì, Tỉnh đoàn phối hợp.")[
        "coordinators"] == "Tỉnh đoàn"
    assert "coordinators" not in _prose_fields("Sở Nội vụ chủ trì, phối hợp thực hiện các nhiệm vụ.")


def test_a_letterhead_flattened_with_one_bar_between_its_columns_is_read_by_column():
    """"UBND TỈNH KHÁNH LAM | CỘNG HÒA …" / "Số: 1146/UBND-KSTT | Khánh Lam, ngày …": the left column, then the
    right, as a letterhead set with spaces is; the issuer has no bar in it."""
    doc = parse_parts_lines((
        "UBND TỈNH AN LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc\n"
        "Số: 1146/UBND-KSTT | An Lâm, ngày 11 tháng 5 năm 2026\n"
        "V/v chấn chỉnh giải quyết thủ tục hành chính\nKính gửi: Các sở, ban, ngành tỉnh.\n"
        "1. Xử lý dứt điểm hồ sơ quá hạn.\n").split("\n"), "cv.txt")[0]
    assert (doc.meta.issuer, doc.meta.number, doc.meta.place) == ("UBND TỈNH AN LÂM", "1146/UBND-KSTT", "An Lâm")


def test_recipients_and_signer_written_on_the_same_lines_are_read_apart():
    """A PDF's text layer writes "Nơi nhận" and the signer's column with one space between them: "Nơi nhận: TM.
    ỦY BAN NHÂN DÂN", "- UBND các xã, phường; Âu Thị Thanh Hảo". The signer is read, no recipient holds him."""
    doc = parse_parts_lines((
        "ỦY BAN NHÂN DÂN\nTỈNH AN LÂM\nSố: 18/KH-UBND\nAn Lâm, ngày 22 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Ứng dụng công nghệ thông tin năm 2026\nI. MỤC TIÊU\n1. Hoàn thành số hóa.\n"
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ Khoa học và Công nghệ; KT. CHỦ TỊCH\n- TT Tỉnh ủy; PHÓ CHỦ TỊCH\n"
        "- UBND các xã, phường; Âu Thị Thanh Hảo\n- Lưu: VT, KGVX.\n").split("\n"), "kh.pdf")[0]
    assert doc.meta.signer == "Âu Thị Thanh Hảo"
    assert "Âu Thị Thanh Hảo" not in doc.get("closing").text and "- UBND các xã, phường;" in doc.get("closing").lines


_AGREEMENT = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lam Sơn, ngày 02 tháng 4 năm 2026

THỎA THUẬN HỢP TÁC
Về hỗ trợ thủ tục hành chính giai đoạn 2026 - 2028
Số: 15/TTHT-UBND-VNPT

GIỮA
ỦY BAN NHÂN DÂN TỈNH LAM SƠN
VÀ
VIỄN THÔNG LAM SƠN

Căn cứ Luật Tổ chức chính quyền địa phương;
Hai Bên thống nhất ký Thỏa thuận với các nội dung sau:
Điều 1. Nội dung hợp tác
1. Hỗ trợ người dân nộp hồ sơ trực tuyến.
Điều 2. Hiệu lực
Thỏa thuận có hiệu lực kể từ ngày ký.
ĐẠI DIỆN BÊN A                 ĐẠI DIỆN BÊN B
TM. ỦY BAN NHÂN DÂN            GIÁM ĐỐC
Hà Văn Tâm                     Lý Thị Hoa

PHỤ LỤC I
KẾ HOẠCH PHỐI HỢP NĂM 2026
(Kèm theo Thỏa thuận hợp tác số 15/TTHT-UBND-VNPT)

+-----+--------------------------+------------------+-------------+
| TT  | Nội dung phối hợp        | Đầu mối Bên A    | Thời gian   |
+=====+==========================+==================+=============+
| A. HỖ TRỢ THỦ TỤC HÀNH CHÍNH                                     |
+-----+--------------------------+------------------+-------------+
| 1   | Hướng dẫn nộp hồ sơ      | Sở Nội vụ        | Quý II/2026 |
|     | trực tuyến               |                  |             |
+-----+--------------------------+------------------+-------------+
"""


def test_an_agreement_between_two_parties_with_its_number_under_the_title_and_an_appendix_plan():
    """"THỎA THUẬN" (a type of Nghị định 30's list), "Số:" under the title, "GIỮA X VÀ Y" the two bodies that sign
    it; "PHỤ LỤC I" / "KẾ HOẠCH PHỐI HỢP NĂM 2026" is its appendix, not another document; a grid table's group row
    between its borders keeps the table going, its "Nội dung phối hợp" the task and "Đầu mối" the lead."""
    (doc,) = parse_parts_lines(_AGREEMENT.split("\n"), "tt-15.txt")
    assert (doc.meta.doc_type, doc.meta.number) == ("Thỏa thuận", "15/TTHT-UBND-VNPT")
    assert doc.meta.issuer == "ỦY BAN NHÂN DÂN TỈNH LAM SƠN và VIỄN THÔNG LAM SƠN"
    assert doc.get("Phụ lục I.A").heading == "HỖ TRỢ THỦ TỤC HÀNH CHÍNH"
    row = doc.get("Phụ lục I.A.1")
    assert row.heading == "Hướng dẫn nộp hồ sơ trực tuyến" and row.fields["lead"] == "Sở Nội vụ"


_RULES = """ỦY BAN NHÂN DÂN TỈNH LAM SƠN
BAN TỔ CHỨC CUỘC THI
TÌM HIỂU CẢI CÁCH HÀNH CHÍNH
Số: 05/TL-BTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Sơn, ngày 20 tháng 4 năm 2026

THỂ LỆ
Cuộc thi tìm hiểu cải cách hành chính năm 2026
Căn cứ Kế hoạch số 9/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân tỉnh;
I. ĐỐI TƯỢNG DỰ THI
Công dân từ đủ 15 tuổi trở lên.
II. ĐIỂM TIẾP NHẬN
| TT | Xã, phường | Địa chỉ | Điện thoại |
|---|---|---|---|
| 1 | Phường Hòa An | Số 3 đường Lê Lợi | 0218 3 700 001 |
| 1 | Phường Hòa An | Điểm số 2: nhà văn hóa tổ 5 | 0218 3 700 001 |
| 2 | Xã Nà Phầy | Thôn 1 | 0218 3 700 002 |
"""


def test_a_type_line_the_list_lacks_is_read_by_its_place_and_the_issuer_by_its_lines():
    """"THỂ LỆ" over its subject, right under the date: a type line by its place and shape; the issuer's name on
    two lines under the body above it is one name; a row whose number and name are merged down over two addresses
    is one row with both."""
    (doc,) = parse_parts_lines(_RULES.split("\n"), "tl-05.txt")
    assert (doc.meta.doc_type, doc.meta.title) == ("Thể lệ", "Cuộc thi tìm hiểu cải cách hành chính năm 2026")
    assert doc.meta.issuer_body == "BAN TỔ CHỨC CUỘC THI TÌM HIỂU CẢI CÁCH HÀNH CHÍNH"
    assert doc.meta.parent_body == "ỦY BAN NHÂN DÂN TỈNH LAM SƠN" and doc.meta.number == "05/TL-BTC"
    assert [s.path for s in doc.sections if s.path.startswith("II.")] == ["II.1", "II.2"]
    assert "- Địa chỉ: Số 3 đường Lê Lợi; Điểm số 2: nhà văn hóa tổ 5" in doc.get("II.1").lines


AGREEMENT_WITH_PLAN = """ỦY BAN NHÂN DÂN TỈNH KON PLÔNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BƯU ĐIỆN TỈNH KON PLÔNG               Độc lập - Tự do - Hạnh phúc
Kon Plông, ngày 06 tháng 3 năm 2026
THỎA THUẬN HỢP TÁC
Về hỗ trợ giải quyết thủ tục hành chính giai đoạn 2026 - 2030
Điều 1. Mục tiêu
Hỗ trợ người dân nộp hồ sơ trực tuyến.
Điều 2. Tổ chức thực hiện
Hai Bên thống nhất kế hoạch phối hợp hằng năm.
PHỤ LỤC I
KẾ HOẠCH PHỐI HỢP NĂM 2026
(Kèm theo Thỏa thuận hợp tác ngày 06/3/2026)
1. Tập huấn nhân viên bưu điện
- Đầu mối: Sở Nội vụ
- Thời gian: Quý II/2026
"""


def test_a_plan_carried_in_an_appendix_is_known_by_its_title():
    """An agreement carries its "Kế hoạch phối hợp" as an appendix: the document is named by that plan too
    (index/query.py PlanCues reads ``carries`` from the document record)."""
    (doc,) = parse_parts_lines(AGREEMENT_WITH_PLAN.splitlines(), "thoa-thuan.txt")
    assert doc.carried == ["KẾ HOẠCH PHỐI HỢP NĂM 2026"]
    assert doc.meta.doc_type.lower().startswith("thỏa thuận")


QUESTIONS_AND_ANSWERS = """ỦY BAN NHÂN DÂN TỈNH KON PLÔNG
SỞ NỘI VỤ
TÀI LIỆU HỎI - ĐÁP
Về dịch vụ công trực tuyến trên địa bàn tỉnh
(Kèm theo Công văn số 88/SNV-CCHC ngày 10 tháng 3 năm 2026 của Sở Nội vụ)
PHẦN I. NHỮNG VẤN ĐỀ CHUNG
Câu 1. Nộp hồ sơ ở đâu?
Trả lời: Tại Trung tâm Phục vụ hành chính công các xã.
Câu 2. Có được giảm lệ phí không?
Trả lời: Có, bằng 50% mức thu.
PHẦN II. HỖ TRỢ
Câu 3. Gọi số nào khi bị lỗi?
Trả lời: Gọi 1800 1234.
"""

TELEGRAM = """ỦY BAN NHÂN DÂN
TỈNH KON PLÔNG
Số: 05/CĐ-UBND
HỎA TỐC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Plông, ngày 14 tháng 9 năm 2026
CÔNG ĐIỆN
Về việc giải quyết hồ sơ quá hạn
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
- Giám đốc các sở, ban, ngành tỉnh;
- Chủ tịch Ủy ban nhân dân các xã, phường.
1. Các sở giải quyết dứt điểm hồ sơ quá hạn trước ngày 30/9/2026.
2. Văn phòng Ủy ban nhân dân tỉnh theo dõi, báo cáo.
Yêu cầu các cơ quan nghiêm túc thực hiện./.
CHỦ TỊCH
(đã ký)
Lò Văn Pao
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_numbered_questions_are_divisions_and_a_short_type_line_over_its_subject_is_read():
    """"Câu 1." of a questions-and-answers document is a division like "Điều 1." (index/data/genre.tsv); "TÀI LIỆU
    HỎI - ĐÁP" over "Về …" is its type line though the genre list lacks the type and no date line stands above."""
    doc = parse_text(QUESTIONS_AND_ANSWERS, "hoi-dap.md")
    assert [s.path for s in doc.sections if s.path.startswith("Phần")] == [
        "Phần I", "Phần I.Câu 1", "Phần I.Câu 2", "Phần II", "Phần II.Câu 3"]
    assert doc.meta.doc_type == "Tài liệu hỏi - đáp" and doc.meta.issuer == "SỞ NỘI VỤ"
    assert doc.meta.title.startswith("Về dịch vụ công")


def test_a_telegrams_mark_address_line_and_a_copys_signed_note_are_read_for_what_they_are():
    doc = parse_text(TELEGRAM, "cong-dien.txt")
    assert doc.meta.issuer == "ỦY BAN NHÂN DÂN TỈNH KON PLÔNG"  # "HỎA TỐC" says how urgent, not who
    assert "điện" not in doc.meta.title.split()  # whom it addresses is no part of its title
    assert doc.meta.signer == "Lò Văn Pao" and doc.meta.signer_title == "CHỦ TỊCH"  # under "(đã ký)"



def test_a_list_a_decision_carries_numbers_its_rows_under_its_own_type():
    """"DANH SÁCH … (Kèm theo Quyết định số …)" whose numbered table stands before any heading: its rows are
    sections under "Danh sách" (as an appendix's under "Phụ lục"), each group row titled by its number cell."""
    decision, listed = parse_parts_lines(DECISION_WITH_LIST.splitlines(), "qd-77.txt")
    assert listed.meta.issued_by == "77/QĐ-UBND"
    paths = [s.path for s in listed.sections]
    assert {"Danh sách", "Danh sách.I", "Danh sách.I.1", "Danh sách.I.2", "Danh sách.II", "Danh sách.II.1"} <= set(paths)
    assert listed.get("Danh sách.I").heading == "TẬP THỂ"
    assert listed.get("Danh sách.I.2").heading == "Ủy ban nhân dân xã Đăk Long"
    assert listed.get("Danh sách.I.2").lines[1].startswith("- Thành tích: Số hóa 100% hồ sơ")
    assert not any(p.startswith("Danh sách") for p in (s.path for s in decision.sections))


def test_a_type_line_whose_words_say_little_takes_the_letter_s_subject():
    """"THƯ MỜI BÁO GIÁ" under "V/v mời báo giá dịch vụ số hóa hồ sơ": a letter of its own type (general usage, not
    a công văn), titled by its subject as well as the type's last words."""
    meta = parse_text("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nSố: 203/TTPVHCC-HCTH\nV/v mời báo giá dịch vụ số hóa hồ sơ\n"
                      "Kon Plông, ngày 08 tháng 7 năm 2026\nTHƯ MỜI BÁO GIÁ\nKính gửi: Các đơn vị cung cấp dịch vụ.\n"
                      "I. THÔNG TIN\n1. Đơn vị yêu cầu báo giá: Trung tâm.\n", "thu-moi.txt").meta
    assert meta.doc_type == "Thư mời", meta
    assert meta.title == "BÁO GIÁ – mời báo giá dịch vụ số hóa hồ sơ", meta.title
