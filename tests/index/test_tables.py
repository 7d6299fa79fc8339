"""Task tables (Word, PDF, Markdown) become activities with fields and citable row paths."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.parser import parse_file, parse_text
from index.tables import column_kinds, is_task_table, unit_list

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
HEAD = ["UBND HUYỆN AN LÃO", "Số: 12/KH-UBND", "An Lão, ngày 10 tháng 01 năm 2026", "",
        "KẾ HOẠCH", "Cải cách hành chính năm 2026 của UBND huyện An Lão", "",
        "Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2026 của UBND tỉnh;",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng phục vụ người dân.", "II. NHIỆM VỤ CỤ THỂ"]
HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
        ["1", "Rà soát văn bản quy phạm pháp luật", "Phòng Tư pháp", "Văn phòng HĐND và UBND huyện\nPhòng Nội vụ",
         "Quý II/2026"],
        ["2", "Kiểm tra công tác cải cách hành chính tại các xã", "Phòng Nội vụ", "Phòng Tư pháp", "Quý III - IV/2026"],
        ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
        ["1", "Công khai số điện thoại đường dây nóng", "Văn phòng HĐND và UBND huyện", "", "Thường xuyên"]]
TAIL = ["III. TỔ CHỨC THỰC HIỆN", "1. Phòng Nội vụ theo dõi, đôn đốc."]


def _check(doc):
    assert doc.get("II.I").heading == "CẢI CÁCH THỂ CHẾ"
    row = doc.get("II.I.2")
    assert row.fields["lead"] == "Phòng Nội vụ" and row.fields["timing"] == "Quý III - IV/2026"
    assert doc.get("II.I.1").fields["coordinators"] == "Văn phòng HĐND và UBND huyện; Phòng Nội vụ"
    assert doc.get("II.II.1").fields["lead"] == "Văn phòng HĐND và UBND huyện"
    assert doc.get("III.1") is not None and doc.meta.number == "12/KH-UBND"


def test_markdown_pipe_table():
    lines = HEAD + ["", "| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |" for r in ROWS] + [""] + TAIL
    _check(parse_text("\n".join(lines), "plan.md"))


def test_docx_table(tmp_path):
    import docx

    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=len(ROWS) + 1, cols=len(HEADER))
    for i, row in enumerate([HEADER] + ROWS):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    for line in TAIL:
        d.add_paragraph(line)
    d.save(tmp_path / "plan.docx")
    _check(parse_file(tmp_path / "plan.docx"))


@pytest.mark.skipif(not (FONT.exists() and BOLD.exists()), reason="DejaVu fonts not installed")
def test_pdf_table_over_pages(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_font("DejaVu", style="B", fname=str(BOLD))
    pdf.set_font("DejaVu", size=10)
    for line in HEAD:
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    many = ROWS + [[str(n), f"Nhiệm vụ số {n} về chuyển đổi số trong cơ quan nhà nước của huyện", "Phòng Nội vụ",
                    "Phòng Tư pháp", "Quý IV/2026"] for n in range(2, 40)]
    with pdf.table(col_widths=(10, 70, 35, 35, 30)) as table:
        for row in [HEADER] + many:
            r = table.row()
            for cell in row:
                r.cell(cell)
    for line in TAIL:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "plan.pdf"))
    doc = parse_file(tmp_path / "plan.pdf")
    _check(doc)
    assert doc.get("II.II.39").fields["timing"] == "Quý IV/2026"  # a row on the second page, header not repeated


def test_appendix_and_data_table():
    text = "\n".join(HEAD + ["1. Rà soát.", "| Chỉ tiêu | Năm 2025 | Năm 2026 |", "|---|---|---|",
                             "| Tỷ lệ hồ sơ trực tuyến | 45% | 60% |", ""] + TAIL +
                     ["Nơi nhận:", "- UBND tỉnh;", "CHỦ TỊCH", "Nguyễn Văn A", "", "PHỤ LỤC I",
                      "DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN", "| STT | Nội dung | Đơn vị chủ trì | Thời gian |",
                      "|---|---|---|---|", "| 1 | Tuyên truyền trên Đài truyền thanh | Trung tâm VH-TT&TT | Hằng tháng |"])
    doc = parse_text(text, "plan.md")
    data = doc.get("II.1").text
    assert "Tỷ lệ hồ sơ trực tuyến (Năm 2025: 45%, Năm 2026: 60%)" in data  # kept as a row with its header
    assert doc.get("Phụ lục I").heading == "DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN"
    assert doc.get("Phụ lục I.1").fields["lead"] == "Trung tâm VH-TT&TT"
    assert doc.meta.signer == "Nguyễn Văn A"


def test_columns_and_units():
    kinds = column_kinds(HEADER)
    assert kinds == ["stt", "content", "lead", "coordinators", "timing"] and is_task_table(kinds)
    assert not is_task_table(column_kinds(["Chỉ tiêu", "Năm 2025", "Năm 2026"]))
    assert unit_list("Sở Văn hóa, Thể thao<br>và Du lịch<br>Sở Nội vụ") == "Sở Văn hóa, Thể thao và Du lịch; Sở Nội vụ"


def test_a_row_continued_after_the_repeated_header_is_no_new_table_whatever_its_words():
    # the continuation's cells read like column names ("… định kỳ", "Báo cáo kết quả thực hiện"); its empty
    # STT cell says it is the row above going on
    pipe = lambda cells: "| " + " | ".join(cells) + " |"
    head = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Sản phẩm"]
    lines = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. NHIỆM VỤ", "Chi tiết tại Phụ lục.", "PHỤ LỤC I",
             pipe(head), pipe(["---"] * 5), pipe(["I", "KIỂM TRA", "", "", ""]),
             pipe(["1", "Tổng hợp, báo cáo kết quả thực", "Văn phòng UBND tỉnh", "", ""]), pipe(head),
             pipe(["", "hiện cải cách hành chính định kỳ", "", "Tháng 4/2026", "Báo cáo kết quả thực hiện"]),
             pipe(["II", "Chính quyền số", "", "", ""]), pipe(["1", "Trợ lý ảo", "Sở Nội vụ", "Quý II/2026", "Ứng dụng"])]
    doc = parse_text("\n".join(lines))
    assert doc.get("Phụ lục I.I.1").fields == {"lead": "Văn phòng UBND tỉnh", "timing": "Tháng 4/2026",
                                               "output": "Báo cáo kết quả thực hiện"}
    assert doc.get("Phụ lục I.I.1").heading == "Tổng hợp, báo cáo kết quả thực hiện cải cách hành chính định kỳ"
    assert doc.get("Phụ lục I.II.1").fields["lead"] == "Sở Nội vụ"


def test_a_task_tables_time_marked_with_x_in_quarter_columns_is_its_timing(tmp_path):
    """"Thời gian thực hiện" over "Quý I | Quý II | Quý III | Quý IV", an "x" in the quarters a row falls in."""
    from index.parser import parse_parts

    text = "\n".join([
        "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2026", "", "I. NHIỆM VỤ CỤ THỂ", "",
        "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian thực hiện | | | |",
        "|---|---|---|---|---|---|---|---|",
        "| | | | | Quý I | Quý II | Quý III | Quý IV |",
        "| 1 | Tuyên truyền trên loa truyền thanh xã | Văn phòng UBND xã | Các thôn | x | x | x | x |",
        "| 2 | Hội thi tìm hiểu CCHC | Đoàn Thanh niên xã | Hội Phụ nữ xã | | | x | |", ""])
    path = tmp_path / "kh.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_parts(path)[0]
    rows = {s.path: s.fields for s in doc.sections if s.fields}
    assert rows["I.2"] == {"timing": "Quý III", "lead": "Đoàn Thanh niên xã", "coordinators": "Hội Phụ nữ xã"}
    assert rows["I.1"]["timing"] == "Quý I, Quý II, Quý III, Quý IV"


def test_group_rows_titled_in_the_stt_cell_and_a_table_going_on_after_a_page_number():
    """A group row whose title is merged across the row lands in the STT cell ("Đ. THIẾT CHẾ PHÁP LÝ"); the rows
    under it, numbered on across groups, are its children. A page number ("3/5") between the two pages' parts of
    the table, the two-row header repeated on the next page and a row split over the break: still one table."""
    pipe = lambda cells: "| " + " | ".join(cells) + " |"  # noqa: E731
    head = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "", "Sản phẩm"]
    sub = ["", "", "", "", "Quý I", "Quý II", ""]
    lines = ["KẾ HOẠCH", "Nâng cao chỉ số PCI năm 2026", "I. NHIỆM VỤ", "Chi tiết tại Phụ lục.", "PHỤ LỤC",
             pipe(head), pipe(sub), pipe(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]),
             pipe(["A. GIA NHẬP THỊ TRƯỜNG", "", "", "", "", "", ""]),
             pipe(["1", "Rút ngắn thời gian đăng ký", "Sở Tài chính", "Thuế tỉnh", "x", "x", "Báo cáo"]),
             pipe(["2", "Khảo sát, công bố Bộ Chỉ số", "Sở Tài chính", "Hiệp hội Doanh nghiệp", "", "x", "Kết quả"]),
             "3/5", pipe(head), pipe(sub),
             pipe(["", "DDCI năm 2026", "", "tỉnh; đơn vị tư vấn độc lập", "", "", "được công bố"]),
             pipe(["Đ. THIẾT CHẾ PHÁP LÝ", "", "", "", "", "", ""]),
             pipe(["3", "Tư vấn pháp lý miễn phí", "Sở Tư pháp", "Đoàn Luật sư tỉnh", "x", "", "Số vụ việc"])]
    doc = parse_text("\n".join(lines))
    assert doc.get("Phụ lục.A").heading == "GIA NHẬP THỊ TRƯỜNG" and not doc.get("Phụ lục.A").fields
    assert doc.get("Phụ lục.A.2").fields == {"timing": "Quý II", "lead": "Sở Tài chính",
                                             "coordinators": "Hiệp hội Doanh nghiệp tỉnh; đơn vị tư vấn độc lập",
                                             "output": "Kết quả được công bố"}
    assert doc.get("Phụ lục.A.2").heading == "Khảo sát, công bố Bộ Chỉ số DDCI năm 2026"
    assert doc.get("Phụ lục.Đ.3").fields["lead"] == "Sở Tư pháp"


def test_a_data_table_saying_doc_lap_is_no_letterhead():
    """"độc lập" in a cell ("đơn vị tư vấn độc lập") is no motto: the table stays a table."""
    from index.readers import is_layout_table

    assert not is_layout_table([["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"],
                                ["1", "Khảo sát", "Sở Tài chính", "đơn vị tư vấn độc lập"]], False)
    assert is_layout_table([["UBND XÃ AN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"]],
                           True)


def test_a_column_of_a_year_s_figures_is_no_unit_column():
    """"Ước thực hiện năm 2025" holds figures, not the body that carries a task out."""
    kinds = column_kinds(["Chỉ tiêu", "Ước thực hiện năm 2025", "Mục tiêu năm 2026"])
    assert "executor" not in kinds and not is_task_table(kinds)
    assert column_kinds(["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"])[2] == "executor"
    assert column_kinds(["Năm", "Thời gian", "Nội dung", "Chủ trì"])[0] is None  # a cell of years is no figure column


def test_a_data_table_numbered_by_its_stt_gives_a_section_per_row():
    """A criteria table numbered 1 / 1.1 / 2.1.1 carries an outline: "tiêu chí 2.1.1" is section II.2.1.1, under
    2.1 under 2, and no row is a task; the section keeps the table's header line."""
    text = "\n".join(HEAD + ["II. BẢNG TIÊU CHÍ",
                             "| STT | Lĩnh vực, tiêu chí | Điểm tối đa | Cách chấm điểm | Tài liệu kiểm chứng |",
                             "|---|---|---|---|---|", "| 1 | CÔNG TÁC CHỈ ĐẠO | 10 | | |",
                             "| 1.1 | Ban hành kế hoạch đúng hạn | 2 | Trước ngày 31/01: 2 điểm | Kế hoạch của xã |",
                             "| 2 | CẢI CÁCH THỦ TỤC | 20 | | |", "| 2.1 | Công khai TTHC | 3 | | |",
                             "| 2.1.1 | Niêm yết tại Bộ phận Một cửa | 1,5 | Đầy đủ: 1,5 điểm | Biên bản kiểm tra |",
                             ""] + TAIL)
    doc = parse_text(text, "tieu-chi.md")
    row = doc.get("II.2.1.1")
    assert row is not None and row.parent == "II.2.1" and doc.get("II.2.1").parent == "II.2"
    assert row.heading == "Niêm yết tại Bộ phận Một cửa" and "- Điểm tối đa: 1,5" in row.lines
    assert "- Cách chấm điểm: Trước ngày 31/01: 2 điểm" in doc.get("II.1.1").lines
    assert not any(s.fields for s in doc.sections if s.path.startswith("II."))  # rows of data, no activities
    assert doc.get("II").text.count("Bảng:") == 1 and "Niêm yết" not in doc.get("II").text
    assert doc.resolve("mục II, STT 2.1.1") == "II.2.1.1"
    figures = parse_text("\n".join(HEAD + ["| STT | Đơn vị | Tiếp nhận | Trực tuyến (%) |", "|---|---|---|---|",
                                            "| 1 | Phường An Phú | 2.846 | 90,0 |", "| 2 | Xã Pác Lùng | 512 | 39,1 |",
                                            ""] + TAIL), "so-lieu.md")
    assert "Xã Pác Lùng" in figures.get("II").text  # figures: read across the rows, in the table's section …
    assert figures.get("II.2").heading == "Xã Pác Lùng" and "- Trực tuyến (%): 39,1" in figures.get("II.2").lines
    # … and each row a section of its own as well, to be cited by its number


def test_a_members_duties_table_under_group_rows_gives_each_member_his_duties():
    """"STT | Thành viên Ban Chỉ đạo | Nhiệm vụ được phân công" under "I | LÃNH ĐẠO …" (a title merged over the
    row): each member carries out his row's duties, and the group row is a group, however its cell is named."""
    text = "\n".join(HEAD + ["II. PHÂN CÔNG",
                             "| STT | Thành viên Ban Chỉ đạo | Nhiệm vụ được phân công | Địa bàn theo dõi |",
                             "|---|---|---|---|", "| I | LÃNH ĐẠO BAN CHỈ ĐẠO | | |",
                             "| 1 | Ông Nguyễn Văn A, Chủ tịch UBND tỉnh | Chủ trì các phiên họp | Toàn tỉnh |",
                             "| II | CÁC ỦY VIÊN | | |",
                             "| 2 | Bà Trần Thị B, Giám đốc Sở Tư pháp | Theo dõi cải cách thể chế | Xã An Phú |", ""]
                     + TAIL)
    doc = parse_text(text, "bcd.md")
    assert column_kinds(["STT", "Thành viên Ban Chỉ đạo", "Nhiệm vụ được phân công"])[1] == "executor"
    assert doc.get("II.I").kind == "row" and doc.get("II.I.1").parent == "II.I"
    assert "Trần Thị B" in doc.get("II.II.2").fields["executor"]
    assert doc.get("II.II.2").heading == "Theo dõi cải cách thể chế"


def test_a_row_spanning_the_table_titles_the_rows_below_and_the_table_goes_on():
    """"PHIÊN THỨ NHẤT: …" merged across an agenda table (Word writes it as a one-cell row): a title of the rows
    under it, kept in the section's text; the header and the numbering of the rows around it stay the table's."""
    text = "\n".join(HEAD + ["| STT | Thời gian | Nội dung | Người/đơn vị thực hiện |", "|---|---|---|---|",
                             "| PHIÊN THỨ NHẤT: CÔNG BỐ KẾT QUẢ |",
                             "| 1 | 07 giờ 30 - 07 giờ 45 | Đón tiếp đại biểu | Sở Nội vụ |",
                             "| PHIÊN THỨ HAI: THẢO LUẬN |", "| 2 | 08 giờ - 08 giờ 15 | Tham luận | Công an tỉnh |",
                             ""] + TAIL)
    doc = parse_text(text, "hoi-nghi.md")
    assert doc.get("II.2").fields == {"timing": "08 giờ - 08 giờ 15", "executor": "Công an tỉnh"}
    assert doc.get("II.1").heading == "Đón tiếp đại biểu"
    assert "PHIÊN THỨ HAI: THẢO LUẬN" in doc.get("II").text and "Bảng:" not in doc.get("II").text


def test_the_unit_that_organises_a_class_leads_it_and_a_total_row_is_no_row_of_the_table():
    # a training plan's class table: "Đơn vị tổ chức" names who runs each class; "Tổng cộng" sums the rows and
    # must not be glued to the last one as if it went on past a page break
    text = "\n".join(HEAD + ["| TT | Lớp bồi dưỡng | Số học viên | Thời gian | Đơn vị tổ chức |", "|---|---|---|---|---|",
                             "| 1 | Ký số trên thiết bị di động | 150 | Tháng 5/2026 | Sở Khoa học và Công nghệ |",
                             "| 2 | Lãnh đạo số | 90 | 14-15/4/2026 | Sở Nội vụ |",
                             "| | Tổng cộng | 240 | | |", ""] + TAIL)
    doc = parse_text(text, "plan.md")
    assert doc.get("II.1").fields["lead"] == "Sở Khoa học và Công nghệ"
    last = doc.get("II.2")
    assert last.fields["lead"] == "Sở Nội vụ" and last.fields["timing"] == "14-15/4/2026"
    assert "Tổng cộng" not in last.text and "240" not in last.text
    assert "Tổng cộng" in doc.get("II").text


def test_a_total_written_in_the_number_column_is_no_row():
    """"| Tổng cộng | | … | 1.597.962.000 |" (the label in the STT cell, its cells merged): the sum of the rows, a line
    of the section that holds the table, not a row section "….Tổng cộng"."""
    doc = parse_text("QUYẾT ĐỊNH\nPhê duyệt dự toán\nĐiều 1. Dự toán\n"
                     "| STT | Nội dung chi phí | Thành tiền (đồng) |\n|---|---|---|\n"
                     "| 1 | Chi phí khảo sát | 38.500.000 |\n| 2 | Chi phí quét tài liệu | 522.784.000 |\n"
                     "| Tổng cộng | | 561.284.000 |\n", "qd.md")
    paths = [s.path for s in doc.sections]
    assert "Điều 1.1" in paths and "Điều 1.2" in paths and not any("Tổng" in p for p in paths), paths
    assert any("561.284.000" in line for line in doc.get("Điều 1").lines)
