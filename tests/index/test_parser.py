"""The parser against all five corpus documents and a plan it has never seen."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.normalize import squash
from index.parser import parse_file, parse_text
from tests.index.plan_factory import PLAN_TEXT, SIGNATURES_SIDE_BY_SIDE, render_as_extracted

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PROVINCE_2025 = "2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt"
OFFICE_2025 = "2025-vp-ubnd-ke-hoach-tuyen-truyen-cchc-cds-dvc-truc-tuyen.txt"
SKHCN_2025 = "2025-so-khcn-ke-hoach-281-tuyen-truyen-cchc.txt"
REPORT_2023 = "2023-vp-ubnd-bao-cao-tuyen-truyen-cchc.txt"
OFFICE_2023 = "2023-vp-ubnd-ke-hoach-tuyen-truyen-cchc.txt"


@pytest.fixture(scope="module")
def docs():
    return {p.name: parse_file(p) for p in CORPUS.iterdir() if p.suffix == ".txt"}


def paths(doc):
    return [s.path for s in doc.sections]


def test_every_document_parses_into_zones_and_numbered_sections(docs):
    assert len(docs) == 5
    for name, doc in docs.items():
        p = paths(doc)
        assert p[0] == "header" and "preamble" in p and "closing" in p, name
        assert len(p) == len(set(p)), f"duplicate paths in {name}"
        assert not any("~" in x for x in p), f"numbering misread in {name}: {p}"


def test_province_plan_hierarchy_and_fields(docs):
    d = docs[PROVINCE_2025]
    p = paths(d)
    for expected in ["A", "A.I", "A.I.4", "B.I.4.đ", "B.I.4.l", "C.I.2.h", "C.I.3.đ", "C.I.4.a", "C.II.12.c",
                     "C.II.13.b", "D.2", "E.4.d", "E.8.d"]:
        assert expected in p, expected
    assert "E.4.c" not in p  # the draft skips from b) to d)
    c = d.get("C.II.12.c")
    assert c.fields["lead"] == "Đài Phát thanh và Truyền hình tỉnh"
    assert c.fields["coordinators"] == "Các cơ quan, đơn vị liên quan"
    assert c.fields["timing"] == "Thường xuyên trong năm"
    assert "Bản tin PCI: 01 số/tuần, 52 số/năm" in c.text
    a = d.get("C.I.4.a")
    assert a.fields == {"frequency": "12 số/năm", "lead": "Sở Khoa học và Công nghệ",
                        "coordinators": "Các cơ quan, đơn vị, địa phương liên quan", "timing": "Năm 2025"}
    assert d.get("C.I.4").heading == "Xây dựng các tài liệu, ấn phẩm truyền thông về chuyển đổi số"
    b = d.get("C.I.2.b")  # "(52 số/năm)" written after the unit is a count, not part of its name
    assert b.fields["lead"] == "Đài Phát thanh và Truyền hình tỉnh"
    assert "52 số/năm" in b.fields["frequency"]
    m = d.get("C.II.13.a").fields
    assert m["director"] == "Chính quyền địa phương"
    assert m["executor"] == "Trung tâm Truyền thông - Văn hóa - Thể thao các huyện, thị xã, thành phố"


def test_footnote_does_not_break_the_sentence_it_interrupts(docs):
    text = squash(docs[PROVINCE_2025].get("B.I.1").text)
    assert "“Đề án phát triển ứng dụng dữ liệu về dân cư" in text
    assert "Kế hoạch số 336-KH/TU" in text  # the footnote is kept, at the section's end


def test_hard_wrapped_office_plan(docs):
    d = docs[OFFICE_2025]
    assert paths(d)[2:6] == ["I", "I.1", "I.2", "II"]
    s = d.get("III.1")
    assert s.heading.startswith("Thực hiện đăng tải Danh mục TTHC sau khi được Chủ tịch UBND tỉnh công bố")
    assert s.heading.endswith("Kiểm soát TTHC tỉnh")
    assert s.fields["lead"] == "Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh"
    assert d.get("III.8").fields["coordinators"] == "Trung tâm Công báo và Tin học; các phòng, ban, đơn vị"
    assert "dịch vụ bưu chính, số hóa hồ sơ" in d.get("III.5").heading  # ';' inside a heading is no end
    assert "4" not in [l.strip() for l in d.get("III.4").lines]  # the page number is gone
    assert d.get("closing").lines[0] == "Đề nghị các phòng, ban, đơn vị nghiêm túc triển khai thực hiện./."


def test_metadata_from_the_head(docs):
    m = docs[SKHCN_2025].meta
    assert (m.number, m.date, m.year, m.issuer, m.draft) == ("281/KH-SKHCN", "26/3/2025", 2025,
                                                             "Sở Khoa học và Công nghệ", False)
    assert m.title == "Tuyên truyền cải cách hành chính năm 2025 của Sở Khoa học và Công nghệ"
    assert m.signer == ""  # this copy has no signature block
    m = docs[PROVINCE_2025].meta
    assert m.draft and m.number == "…/KH-UBND" and m.year == 2025 and m.issuer == "UBND tỉnh"
    assert (m.signer_title, m.signer) == ("CHỦ TỊCH", "Nguyễn Hoàng Giang")
    m = docs[OFFICE_2025].meta
    assert (m.number, m.date, m.signer, m.issuer_lines) == ("…/KH-VP", "tháng 4/2025", "Nguyễn Quốc Việt",
                                                            ["UBND TỈNH QUẢNG NGÃI", "VĂN PHÒNG"])
    m = docs[REPORT_2023].meta
    assert m.doc_type == "Báo cáo" and m.year == 2023 and m.signer == "Vũ Minh Tâm"
    assert m.full_title == "Báo cáo công tác tuyên truyền cải cách hành chính năm 2023 tại Văn phòng UBND tỉnh"
    m = docs[OFFICE_2023].meta
    assert m.title == "Tuyên truyền cải cách hành chính năm 2023 của Văn phòng UBND tỉnh"  # ** removed


def test_markdown_plan_with_bold_and_hash_headings(docs):
    d = docs[OFFICE_2023]
    assert ["II", "III", "III.7", "IV", "IV.1", "IV.2"] == [p for p in paths(d) if p in
                                                            ("II", "III", "III.7", "IV", "IV.1", "IV.2")]
    assert d.get("III.1").fields["lead"] == "Trung tâm Phục vụ - Kiểm soát thủ tục hành chính"
    assert "**" not in d.get("III.1").text


def test_report_sections_and_closing(docs):
    d = docs[REPORT_2023]
    for expected in ["I.1", "I.2.a", "I.2.d", "II.2", "III.6"]:
        assert expected in paths(d)
    assert "69.000 hồ sơ trực tuyến" in squash(d.get("I.2.c").text)
    assert d.get("closing").lines[0].startswith("Trên đây là báo cáo")
    assert d.get("signature").lines == ["CHÁNH VĂN PHÒNG", "Vũ Minh Tâm"]


def test_slogans_and_link(docs):
    d = docs[SKHCN_2025]
    assert [p for p in paths(d) if p.startswith("III.")] == [f"III.{i}" for i in range(1, 10)]
    assert "https://dichvucong.quangngai.gov.vn/" in d.get("III.9").text
    assert d.get("IV.5").fields == {"lead": "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "timing": "Quý I - II/2025"}


@pytest.mark.parametrize("render", [lambda t: t, render_as_extracted], ids=["clean", "as-extracted"])
def test_a_plan_never_seen(render):
    d = parse_text(render(PLAN_TEXT), name="kon-tum.txt")
    p = paths(d)
    assert p == ["header", "preamble", "A", "A.I", "A.I.1", "A.I.2", "A.II", "B", "B.I", "B.I.1", "B.I.2",
                 "B.I.2.a", "B.I.2.b", "B.I.2.đ", "B.II", "B.II.1", "C", "D", "D.1", "D.2", "closing", "signature"]
    assert d.get("B.I.1").fields == {"frequency": "02 số/tháng", "lead": "Đài Phát thanh và Truyền hình tỉnh Kon Tum",
                                     "coordinators": "Sở Nội vụ; Sở Tư pháp", "timing": "Quý I - Quý IV/2026"}
    b = d.get("B.I.2.b")
    assert b.heading.startswith("Tin, bài trên báo điện tử") and b.heading.endswith("Bộ phận Một cửa các cấp")
    assert b.fields["coordinators"] == "Trung tâm Phục vụ hành chính công tỉnh"
    assert d.get("B.II.1").fields["director"] == "UBND các huyện, thành phố"
    m = d.meta
    assert (m.number, m.date, m.year, m.issuer, m.signer) == ("57/KH-SNV", "9/2/2026", 2026, "Sở Nội vụ",
                                                              "Trần Thị Bích Ngọc")
    assert m.signer_title == "KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC"
    assert d.get("closing").lines[0].startswith("Trên đây là Kế hoạch")
    assert "Sở Nội vụ xây dựng" in d.get("preamble").text  # NBSP and NFD normalised


def test_section_text_and_find(docs):
    d = docs[PROVINCE_2025]
    whole = d.section_text("C.II.12")
    assert "Chuyên trang trên Báo Quảng Ngãi" in whole and "Bản tin PCI" in whole
    assert d.find("Bản tin PAR INDEX: 01 số/tuần") == ["C.II.12.c"]
    with pytest.raises(KeyError):
        d.section_text("Z.9")


def test_field_lines_are_told_from_list_items():
    from index.parser import is_field_line

    assert is_field_line("- Đơn vị chủ trì: Sở Nội vụ.") and is_field_line("Thời gian thực hiện: Quý III/2025")
    assert not is_field_line("- Sinh hoạt chuyên đề của chi bộ, sinh hoạt đoàn thể;")


def test_a_title_naming_whose_conclusions_leaves_the_letterhead_the_issuer():
    doc = parse_text("UBND TỈNH AN LÂM\nVĂN PHÒNG\nSố: 87/TB-VPUBND\nAn Lâm, ngày 17 tháng 4 năm 2026\nTHÔNG BÁO\n"
                     "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại Hội nghị sơ kết Quý I năm 2026\n"
                     "1. Đánh giá chung\nCác cơ quan đã triển khai nghiêm các nhiệm vụ.\n", "tb.txt")
    assert doc.meta.issuer == "VĂN PHÒNG"
    # the letterhead's body written out in the title stays the issuer, as the title writes it
    plan = parse_text("ỦY BAN NHÂN DÂN\nHUYỆN AN LÂM\nSố: 5/KH-UBND\nAn Lâm, ngày 5 tháng 1 năm 2026\nKẾ HOẠCH\n"
                      "Cải cách hành chính của UBND huyện An Lâm năm 2026\nI. MỤC ĐÍCH\nNâng cao chất lượng phục vụ.\n",
                      "kh.txt")
    assert plan.meta.issuer == "UBND huyện An Lâm"


PROGRAMME = """ỦY BAN NHÂN DÂN
TỈNH NGÂN GIANG
Số: 09/CTr-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ngân Giang, ngày 23 tháng 01 năm 2026
CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Nghị quyết số 41/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân
tỉnh về cải cách hành chính năm 2026
Thực hiện Nghị quyết số 41/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh,
Ủy ban nhân dân tỉnh ban hành Chương trình hành động với các nội dung sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa các nhiệm vụ thành nhiệm vụ theo từng tháng.
2. Người đứng đầu cơ quan chủ trì chịu trách nhiệm về tiến độ.
Trên đây là Chương trình hành động của Ủy ban nhân dân tỉnh./.
""" + SIGNATURES_SIDE_BY_SIDE


def test_a_subject_line_under_the_type_line_is_the_title_and_the_opening_sentence_is_not():
    doc = parse_text(PROGRAMME)
    assert doc.meta.doc_type == "Chương trình"
    assert doc.meta.full_title == ("Chương trình hành động thực hiện Nghị quyết số 41/NQ-HĐND ngày 11/12/2025 của "
                                   "Hội đồng nhân dân tỉnh về cải cách hành chính năm 2026")
    assert "ban hành Chương trình hành động" in doc.get("preamble").text


def test_two_signatures_side_by_side_before_the_recipients():
    doc = parse_text(PROGRAMME)
    assert doc.meta.signer == "Hứa Minh Đạt và Đại tá Nông Quang Thiện"
    assert "Nơi nhận:" in doc.get("closing").text and "Nơi nhận" not in doc.get("signature").text
    assert "Hứa Minh Đạt" in doc.get("signature").text


def test_a_signature_laid_out_as_a_grid_table_beside_the_recipients():
    """Markdown's grid table of "Nơi nhận" and the signer, emphasis marks and all: the recipients in the
    closing, the signer's column in the signature."""
    doc = parse_text("""HƯỚNG DẪN
Tuyên truyền quý II

I. NỘI DUNG
1. Phát bài trên loa truyền thanh 03 buổi/tuần.

+------------------------+-------------------+
| **Nơi nhận:**          | **KT. GIÁM ĐỐC**  |
| - Như trên;            | **PHÓ GIÁM ĐỐC**  |
| - Lưu: VT.             |                   |
|                        | **Ninh Văn Khải** |
+------------------------+-------------------+
""", name="huong-dan.md")
    assert doc.meta.signer == "Ninh Văn Khải" and doc.meta.signer_title == "KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC"
    assert doc.get("closing").text.startswith("Nơi nhận:") and "+---" not in doc.get("closing").text


def test_a_legal_documents_number_keeps_its_year_and_symbol_and_a_grid_table_is_one_table():
    doc = parse_text("ỦY BAN NHÂN DÂN\nTỈNH AN LÂM\nSố: 12/2026/QĐ-UBND\nAn Lâm, ngày 5 tháng 1 năm 2026\n"
                     "BÁO CÁO\nKết quả giải quyết hồ sơ quý I\nI. KẾT QUẢ\n1. Hồ sơ\nKết quả như sau:\n"
                     "+-----------+---------+\n| Cơ quan   | Đúng hạn (%) |\n+===========+=========+\n"
                     "| Sở Tư pháp | 99,1 |\n| Sở Xây dựng | 96,0 |\n+-----------+---------+\n"
                     "| Tổng cộng | 98,2 |\n+-----------+---------+\n", "bc.txt")
    assert doc.meta.number == "12/2026/QĐ-UBND"
    text = doc.get("I.1").text
    assert "Sở Tư pháp (Đúng hạn (%): 99,1)" in text and "Tổng cộng (Đúng hạn (%): 98,2)" in text
    assert "+---" not in text


_SCHEDULE_HEAD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN LÂM\nSố: 5/CTr-UBND\nAn Lâm, ngày 5 tháng 1 năm 2026\n"
                  "CHƯƠNG TRÌNH\nCông tác năm 2026\nI. NHIỆM VỤ\n1. Lịch\nLịch như sau:\n")


def test_a_grid_tables_multi_line_cells_are_one_row_and_a_cell_spanning_rows_is_read_in_each():
    """A grid table whose rows take several lines, the month cell spanning two rows ("|   +---+" under it): each
    row one activity with its month; a unit's name wrapped in its cell ("Phòng Văn hóa -" / "Xã hội") whole."""
    doc = parse_text(_SCHEDULE_HEAD +
                     "+-------+-----+------------------+-----------------+\n"
                     "| Tháng | STT | Nội dung         | Đơn vị thực hiện|\n"
                     "+=======+=====+==================+=================+\n"
                     "| 5     | 1   | Niêm yết dịch vụ | Phòng Văn hóa - |\n"
                     "|       |     | công cấp xã      | Xã hội          |\n"
                     "|       +-----+------------------+-----------------+\n"
                     "|       | 2   | Lắp đặt ki-ốt    | Bưu điện tỉnh   |\n"
                     "|       |     |                  | An Lâm          |\n"
                     "+-------+-----+------------------+-----------------+\n"
                     "| 6     | 3   | Khảo sát         | Văn phòng       |\n"
                     "+-------+-----+------------------+-----------------+\n", "ctr.txt")
    rows = [s for s in doc.sections if s.kind == "row"]
    assert [r.heading for r in rows] == ["Niêm yết dịch vụ công cấp xã", "Lắp đặt ki-ốt", "Khảo sát"]
    assert [r.fields.get("timing") for r in rows] == ["Tháng 5", "Tháng 5", "Tháng 6"]
    assert rows[0].fields["executor"] == "Phòng Văn hóa - Xã hội"
    assert rows[1].fields["executor"] == "Bưu điện tỉnh An Lâm"


def test_a_grid_table_with_borders_only_under_its_header_has_a_row_per_line():
    doc = parse_text(_SCHEDULE_HEAD +
                     "+-------------+--------+\n| Cơ quan     | Hồ sơ  |\n+=============+========+\n"
                     "| Sở Tư pháp  | 11.274 |\n| Sở Y tế     | 2.950  |\n+-------------+--------+\n", "bc.txt")
    text = doc.get("I.1").text
    assert "Sở Tư pháp (Hồ sơ: 11.274)" in text and "Sở Y tế (Hồ sơ: 2.950)" in text


def test_group_rows_of_two_numberings_nest_and_a_table_of_counts_is_no_task_table():
    """"A. CẤP TỈNH" over "I. Lĩnh vực …" over the numbered rows: paths A.I.1, B.I.1 (not I~2); a summary table
    whose "task" column holds only counts is a table of figures."""
    doc = parse_text(_SCHEDULE_HEAD +
                     "| STT | Tên thủ tục | Cơ quan thực hiện |\n|---|---|---|\n"
                     "| A | THỦ TỤC CẤP TỈNH | |\n| I | Lĩnh vực Tư pháp | |\n| 1 | Cấp phiếu lý lịch | Sở Tư pháp |\n"
                     "| II | Lĩnh vực Xây dựng | |\n| 1 | Cấp phép xây dựng | Sở Xây dựng |\n"
                     "| B | THỦ TỤC CẤP XÃ | |\n| I | Lĩnh vực Hộ tịch | |\n| 1 | Đăng ký khai sinh | UBND cấp xã |\n"
                     "\nTổng hợp:\n\n| Cấp thực hiện | Toàn trình | Một phần |\n|---|---|---|\n| Cấp tỉnh | 11 | 05 |\n",
                     "qd.txt")
    assert doc.get("I.1.A.I.1").heading == "Cấp phiếu lý lịch"
    assert doc.get("I.1.A.II.1").fields["executor"] == "Sở Xây dựng"
    assert doc.get("I.1.B.I.1").heading == "Đăng ký khai sinh"
    assert "Cấp tỉnh (Toàn trình: 11, Một phần: 05)" in doc.get("I.1").text


def test_a_unit_said_to_be_the_focal_point_in_prose_leads():
    doc = parse_text(_SCHEDULE_HEAD.replace("1. Lịch\nLịch như sau:\n", "") +
                     "II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND phường là đầu mối theo dõi, đôn đốc thực "
                     "hiện Chương trình.\n", "ctr.txt")
    assert doc.get("II.1").fields["lead"] == "Văn phòng HĐND và UBND phường"


def test_a_text_ending_with_a_title_and_a_name_is_signed():
    """A Chairman's own decision ends "CHỦ TỊCH" / his name, with no "TM." and no "Nơi nhận": its signature."""
    doc = parse_text("ỦY BAN NHÂN DÂN\nTỈNH AN LÂM\nSố: 477/QĐ-UBND\nAn Lâm, ngày 8 tháng 4 năm 2026\n"
                     "QUYẾT ĐỊNH\nPhê duyệt danh mục dịch vụ công\nQUYẾT ĐỊNH:\n"
                     "Điều 1. Phê duyệt danh mục 3 dịch vụ.\nĐiều 2. Có hiệu lực kể từ ngày ký.\n"
                     "CHỦ TỊCH\nLục Văn Thiêm\n", "qd.txt")
    assert doc.meta.signer == "Lục Văn Thiêm" and doc.meta.signer_title == "CHỦ TỊCH"
    assert "Lục Văn Thiêm" not in doc.get("Điều 2").text


_TEXT_TABLES = """ỦY BAN NHÂN DÂN
XÃ KHE MẬN
Số: 52/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khe Mận, ngày 01 tháng 9 năm 2026

KẾ HOẠCH
Hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026

I. CÁC HOẠT ĐỘNG
TT | Nội dung hoạt động              | Thời gian  | Chủ trì     | Phối hợp
---+---------------------------------+------------+-------------+------------
1  | Lễ phát động phong trào thi đua | 15/9/2026  | Văn phòng   | Đoàn Thanh
   | chuyển đổi số                   |            | xã          | niên
   
2  | Ngày hội chuyển đổi số của xã   | 10/10/2026 | Phòng Văn   | Bưu điện xã
   |                                 |            | hóa - Xã hội|
---+---------------------------------+------------+-------------+------------

II. CHỈ TIÊU
==============================================
STT  Thôn        Thành viên Tổ   Hồ sơ trực tuyến
==============================================
  1  Nà Lạn                 6                 80
  2  Khe Thắm               5                 65
----------------------------------------------
     Tổng cộng             11                145
==============================================

Chủ tịch Ủy ban nhân dân xã
Hà Văn Lự
"""


def test_text_tables_with_bars_between_columns_only_and_aligned_by_spaces(tmp_path):
    """Two ways of typing a table in plain text: bars between the columns and a "---+---" rule (rows wrapped onto
    lines whose first cell is empty, blank lines between rows), and columns aligned by spaces between "=====" rules
    (numbers aligned right). The first is a task table, each row a section with its fields; the second a table of
    figures (a "Thành viên Tổ" column of counts names no one), its rows sections to cite."""
    path = tmp_path / "2026-xa-khe-man-ke-hoach-52.txt"
    path.write_text(_TEXT_TABLES, encoding="utf-8")
    doc = parse_file(path)
    row = doc.get("I.1")
    assert row is not None and row.kind == "row", [s.path for s in doc.sections]
    assert row.heading == "Lễ phát động phong trào thi đua chuyển đổi số", row.heading
    assert row.fields.get("lead") == "Văn phòng xã" and row.fields.get("coordinators") == "Đoàn Thanh niên", row.fields
    assert doc.get("I.2").fields.get("lead") == "Phòng Văn hóa - Xã hội", doc.get("I.2").fields
    figures = doc.get("II.2")
    assert figures is not None and figures.kind == "figurerow" and "Hồ sơ trực tuyến: 65" in figures.text, \
        figures and figures.text


def test_a_bare_title_and_name_after_the_closing_are_the_signature():
    """"GIÁM ĐỐC" / a name after a plan's last words, no "Nơi nhận" nor "KT." before them, an appendix after: the
    signer, not lines of the closing."""
    text = """SỞ NỘI VỤ TỈNH HÀ SƠN
Số: 31/KH-SNV
Hà Sơn, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Hội nghị tổng kết cải cách hành chính năm 2025

1. MỤC ĐÍCH
Đánh giá kết quả cải cách hành chính năm 2025./.

GIÁM ĐỐC
Đào Minh Khiêm

PHỤ LỤC
DANH SÁCH THAM LUẬN
"""
    doc = parse_text(text, "2026-so-noi-vu-ha-son-ke-hoach-31.txt")
    assert (doc.meta.signer, doc.meta.signer_title) == ("Đào Minh Khiêm", "GIÁM ĐỐC"), doc.meta
    assert doc.get("closing") is None or "GIÁM ĐỐC" not in doc.get("closing").lines


def test_lines_between_drawn_rules_that_make_no_table_stay_text(tmp_path):
    """Two drawn rules around a blank line or a one-word line are no table's header: the lines are read as they
    stand (a file of such lines once stopped the reader with an error)."""
    path = tmp_path / "2026-rules.txt"
    path.write_text("KẾ HOẠCH\nThử nghiệm\n\nI. NỘI DUNG\n==========\n\n==========\na  b  c\nd  e  f\n"
                    "==========\nGhi chú\n==========\nx  y  z\nu  v  w\n", encoding="utf-8")
    doc = parse_file(path)
    assert "a b c" in " ".join(" ".join(s.lines) for s in doc.sections).replace("  ", " ")


def test_a_table_right_under_a_title_is_no_part_of_the_title():
    """A plan in a report's appendix ("PHỤ LỤC I" / "KẾ HOẠCH THỰC HIỆN …"), its task table straight under its
    title: the appendix of the same report (as those who read such reports cite it, "Phụ lục I.1"), its title
    ending where the table's first row ("| TT | Nội dung nhiệm vụ | …") starts."""
    from index.parser import parse_parts_lines

    text = """ỦY BAN NHÂN DÂN XÃ AN HÒA
Số: 45/BC-UBND
An Hòa, ngày 10 tháng 12 năm 2025

BÁO CÁO
Kết quả cải cách hành chính năm 2025

1. Kết quả
Hoàn thành các nhiệm vụ năm 2025./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Tâm

PHỤ LỤC I
KẾ HOẠCH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026
(Kèm theo Báo cáo số 45/BC-UBND ngày 10 tháng 12 năm 2025 của UBND xã An Hòa)

| TT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời gian hoàn thành |
| 1 | Ban hành Kế hoạch cải cách hành chính năm 2026 | Văn phòng | Tháng 01/2026 |
"""
    (report,) = parse_parts_lines(text.split("\n"), "2025-xa-an-hoa-bao-cao-45.txt")
    assert report.get("Phụ lục I").heading == "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"
    assert report.get("Phụ lục I.1").fields["executor"] == "Văn phòng"


def test_a_record_is_a_document_type_of_its_own():
    """"BIÊN BẢN" (and the other types of Nghị định 30/2020's list, as "QUY ĐỊNH") is a type line: the
    record's subject is its title, not the body's first words."""
    text = """ỦY BAN NHÂN DÂN TỈNH AN KHÊ
ĐOÀN KIỂM TRA
Số: 07/BB-ĐKT
An Khê, ngày 12 tháng 5 năm 2026

BIÊN BẢN
Kiểm tra công tác cải cách hành chính tại Ủy ban nhân dân xã Hòa Thịnh

Hôm nay, ngày 12/5/2026, tại trụ sở Ủy ban nhân dân xã Hòa Thịnh, Đoàn kiểm tra làm việc như sau:
I. KẾT QUẢ KIỂM TRA
1. Xã đã ban hành Kế hoạch cải cách hành chính năm 2026.
"""
    doc = parse_text(text, "2026-doan-kiem-tra-an-khe-bien-ban-07.txt")
    assert doc.meta.doc_type == "Biên bản", doc.meta
    assert doc.meta.title == "Kiểm tra công tác cải cách hành chính tại Ủy ban nhân dân xã Hòa Thịnh", doc.meta
