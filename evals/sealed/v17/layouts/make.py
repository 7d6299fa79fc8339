# -*- coding: utf-8 -*-
"""Build the three fictional documents of sealed split v17 into ./corpus and expose the gold section map.

    /work/main/.venv/bin/python make.py

Fictional province: tỉnh Khê Lam (2026). Asserts its own arithmetic. gold(name) -> [(section, text), ...].
"""
import os
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "2026-chu-tich-ubnd-khe-lam-qd-2318-tang-bang-khen-cchc-cds.docx"
DOC_B = "2026-chu-tich-ubnd-khe-lam-qd-1642-phe-duyet-de-cuong-du-toan-so-hoa-ho-so.pdf"
DOC_C = "2026-trung-tam-pvhcc-khe-lam-thu-moi-bao-gia-203-so-hoa-ho-so.md"


def vn(n):
    return f"{n:,}".replace(",", ".")


# ----------------------------------------------------------------------------------------------- arithmetic
N_TAP_THE, N_CA_NHAN = 6, 8
THUONG_TT, THUONG_CN = 4_680_000, 2_340_000
THUONG_TONG = N_TAP_THE * THUONG_TT + N_CA_NHAN * THUONG_CN
assert THUONG_TT == 2 * THUONG_CN
assert THUONG_TONG == 46_800_000

UNITS = ["Phường Khê Sơn", "Phường Thượng Lâm", "Phường Cửa Lạch", "Phường Bãi Dâu", "Xã Nậm Ngà", "Xã Đông Bồ",
         "Xã Lũng Cẩm", "Xã Nà Hẩu", "Xã Tân Quỳnh", "Xã Khuổi Sáng", "Xã Vĩnh Chiêm", "Xã Thạch Lựu"]
HS_B = [9240, 8615, 7380, 6920, 3150, 4275, 2860, 3540, 5105, 2710, 6480, 4125]
TR_B = [111560, 102930, 88140, 84010, 36720, 50340, 33480, 41870, 61420, 31650, 77890, 48790]
HS_C = [8900, 8300, 7100, 6700, 3000, 4100, 2750, 3400, 4900, 2600, 6200, 3900]
HS_B_TONG, TR_B_TONG, HS_C_TONG = sum(HS_B), sum(TR_B), sum(HS_C)
assert (HS_B_TONG, TR_B_TONG, HS_C_TONG) == (64400, 768800, 61850)
TR_C_TONG = 742300
DG_BOC, DG_QUET, DG_META = 410, 680, 9800
COSTS = [
    ("Chi phí khảo sát, lập đề cương và dự toán chi tiết", "Gói", "1", "38.500.000", 38_500_000),
    ("Chi phí bóc tách, làm phẳng, chỉnh lý tài liệu", "Trang A4", vn(TR_B_TONG), vn(DG_BOC), TR_B_TONG * DG_BOC),
    ("Chi phí quét (scan) tài liệu", "Trang A4", vn(TR_B_TONG), vn(DG_QUET), TR_B_TONG * DG_QUET),
    ("Chi phí tạo lập dữ liệu đặc tả, kiểm tra, đối soát và cập nhật vào Kho", "Hồ sơ", vn(HS_B_TONG), vn(DG_META),
     HS_B_TONG * DG_META),
    ("Chi phí quản lý nhiệm vụ", "Gói", "1", "36.900.000", 36_900_000),
    ("Chi phí thẩm tra, phê duyệt quyết toán", "Gói", "1", "8.450.000", 8_450_000),
    ("Chi phí dự phòng", "Gói", "1", "45.000.000", 45_000_000),
]
DU_TOAN = sum(c[4] for c in COSTS)
assert COSTS[1][4] == 315_208_000 and COSTS[2][4] == 522_784_000 and COSTS[3][4] == 631_120_000
assert DU_TOAN == 1_597_962_000
assert HS_B_TONG - HS_C_TONG == 2550 and TR_B_TONG - TR_C_TONG == 26500
assert datetime.date(2026, 11, 27).weekday() == 4 and datetime.date(2026, 12, 18).weekday() == 4
assert datetime.date(2026, 7, 17).weekday() == 4

# ----------------------------------------------------------------------------------------------- document A
A_HEAD_L = ["ỦY BAN NHÂN DÂN", "TỈNH KHÊ LAM", "Số: 2318/QĐ-UBND"]
A_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Khê Lam, ngày 27 tháng 11 năm 2026"]
A_TITLE = ["QUYẾT ĐỊNH",
           "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân đã có thành tích "
           "xuất sắc trong công tác cải cách hành chính và chuyển đổi số năm 2026",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÊ LAM"]
A_PRE = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số "
    "điều của Luật Thi đua, khen thưởng;",
    "Căn cứ Quyết định số 41/2024/QĐ-UBND ngày 12 tháng 7 năm 2024 của Ủy ban nhân dân tỉnh ban hành Quy chế công tác "
    "thi đua, khen thưởng trên địa bàn tỉnh Khê Lam;",
    "Căn cứ Kế hoạch số 44/KH-UBND ngày 20 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh phát động phong trào thi đua "
    "\"Khê Lam chung sức chuyển đổi số, phục vụ người dân\" năm 2026;",
    "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 1475/TTr-SNV ngày 19 tháng 11 năm 2026.",
]
A_BODY = [  # (section, kind, text); kind: art = article heading line with text, k = khoản
    ("Điều 1", "art", "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 06 tập thể và 08 cá nhân (có "
     "danh sách kèm theo) đã có thành tích xuất sắc trong công tác cải cách hành chính và chuyển đổi số năm 2026, góp "
     "phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc."),
    ("Điều 2", "art", "Điều 2. Tiền thưởng kèm theo Bằng khen"),
    ("Điều 2.1", "k", f"1. Mức tiền thưởng: mỗi tập thể được thưởng {vn(THUONG_TT)} đồng; mỗi cá nhân được thưởng "
     f"{vn(THUONG_CN)} đồng."),
    ("Điều 2.2", "k", f"2. Tổng số tiền thưởng là {vn(THUONG_TONG)} đồng (Bằng chữ: Bốn mươi sáu triệu, tám trăm nghìn "
     "đồng), chi từ Quỹ thi đua, khen thưởng của tỉnh năm 2026."),
    ("Điều 2.3", "k", "3. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ cấp kinh phí tiền thưởng cho các cơ quan, đơn "
     "vị có tập thể, cá nhân được khen thưởng trước ngày 15 tháng 12 năm 2026."),
    ("Điều 3", "art", "Điều 3. Tổ chức trao tặng"),
    ("Điều 3.1", "k", "1. Bằng khen được trao tại Hội nghị tổng kết công tác cải cách hành chính và chuyển đổi số năm "
     "2026 của tỉnh, dự kiến tổ chức vào sáng thứ Sáu, ngày 18 tháng 12 năm 2026 tại Trung tâm Hội nghị tỉnh."),
    ("Điều 3.2", "k", "2. Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh chuẩn bị Bằng khen, khung "
     "Bằng khen và tổ chức nghi thức trao tặng tại Hội nghị."),
    ("Điều 3.3", "k", "3. Văn phòng Ủy ban nhân dân tỉnh đăng tải Quyết định này trên Cổng thông tin điện tử tỉnh "
     "(https://khelam.gov.vn) trong thời hạn 03 ngày làm việc kể từ ngày ký."),
    ("Điều 3.4", "k", "4. Tập thể, cá nhân được khen thưởng không dự Hội nghị thì nhận Bằng khen tại Ban Thi đua - Khen "
     "thưởng, Sở Nội vụ trước ngày 31 tháng 12 năm 2026. Đầu mối liên hệ: bà Kiều Thị Thắm, chuyên viên Ban Thi đua "
     "- Khen thưởng, điện thoại 0219 6 254 318."),
    ("Điều 4", "art", "Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám "
     "đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có "
     "tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
]
A_NOI_NHAN = ["Nơi nhận:", "- Như Điều 4;", "- Chủ tịch, các PCT UBND tỉnh;", "- Ban Thi đua - Khen thưởng (Sở Nội vụ);",
              "- Cổng TTĐT tỉnh;", "- Lưu: VT, NV."]
A_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Mạc Văn Khải"]
A_LIST_HEAD = ["DANH SÁCH",
               "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
               "(Kèm theo Quyết định số 2318/QĐ-UBND ngày 27/11/2026 của Chủ tịch UBND tỉnh Khê Lam)"]
A_COLS = ["STT", "Tên tập thể, cá nhân", "Thành tích tiêu biểu năm 2026"]
A_GROUPS = [
    ("I", "TẬP THỂ (06 tập thể)", [
        ("Trung tâm Phục vụ hành chính công tỉnh",
         "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 99,4%; triển khai tiếp nhận hồ sơ vào sáng thứ Bảy "
         "hằng tuần từ tháng 4 năm 2026."),
        ("Phòng Chuyển đổi số, Sở Khoa học và Công nghệ",
         "Chủ trì kết nối 14 hệ thống thông tin với Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); vận hành ổn "
         "định Trung tâm dữ liệu tỉnh."),
        ("Ủy ban nhân dân phường Khê Sơn",
         "Dẫn đầu Chỉ số cải cách hành chính khối xã, phường năm 2025 với 91,27 điểm; tỷ lệ hồ sơ trực tuyến toàn "
         "trình đạt 86,5%."),
        ("Ủy ban nhân dân xã Nậm Ngà",
         "Xã vùng cao đầu tiên của tỉnh số hóa 100% hồ sơ thủ tục hành chính ngay khi tiếp nhận."),
        ("Tổ Công nghệ số cộng đồng phường Thượng Lâm",
         "Hướng dẫn 3.120 lượt người dân kích hoạt tài khoản định danh điện tử mức độ 2 và nộp hồ sơ trực tuyến."),
        ("Văn phòng Đăng ký đất đai, Sở Nông nghiệp và Môi trường",
         "Rút ngắn 40% thời gian giải quyết thủ tục đăng ký biến động đất đai so với quy định."),
    ]),
    ("II", "CÁ NHÂN (08 cá nhân)", [
        ("Ông Tạ Quang Hiển, Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh",
         "Tham mưu triển khai mô hình \"Một cửa không chờ\", giảm thời gian chờ trung bình của người dân còn 7 phút."),
        ("Bà Ninh Thị Duyên, Trưởng phòng Cải cách hành chính, Sở Nội vụ",
         "Chủ trì tham mưu xác định Chỉ số cải cách hành chính năm 2025 của các sở, ngành và 12 xã, phường."),
        ("Ông Lã Văn Sâm, chuyên viên Phòng Chuyển đổi số, Sở Khoa học và Công nghệ",
         "Xây dựng trợ lý ảo hỏi đáp thủ tục hành chính trên Cổng dịch vụ công tỉnh, trả lời 18.400 lượt câu hỏi."),
        ("Bà Doãn Thị Lựu, công chức Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Nậm Ngà",
         "Trực tiếp số hóa 2.960 hồ sơ hộ tịch; không để hồ sơ trễ hạn."),
        ("Ông Bạch Văn Tuân, Chủ tịch Ủy ban nhân dân phường Khê Sơn",
         "Chỉ đạo phường dẫn đầu Chỉ số cải cách hành chính khối xã, phường năm 2025."),
        ("Bà Cù Thị Nhàn, Tổ trưởng Tổ Công nghệ số cộng đồng phường Thượng Lâm",
         "Tổ chức 26 buổi hướng dẫn kỹ năng số tại các tổ dân phố."),
        ("Ông Nông Văn Hách, nhân viên Bưu điện tỉnh Khê Lam",
         "Tiếp nhận và trả kết quả 1.250 hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích."),
        ("Bà Vi Thị Hằng, công chức Phòng Văn hóa - Xã hội xã Đông Bồ",
         "Đạt giải Nhất Hội thi \"Công chức một cửa thân thiện\" cấp tỉnh năm 2026."),
    ]),
]
assert len(A_GROUPS[0][2]) == N_TAP_THE and len(A_GROUPS[1][2]) == N_CA_NHAN


def gold_a():
    g = [("header", t) for t in A_HEAD_L + A_HEAD_R + A_TITLE]
    g += [("preamble", t) for t in A_PRE]
    g += [(s, t) for s, _, t in A_BODY]
    g += [("closing", t) for t in A_NOI_NHAN]
    g += [("signature", t) for t in A_SIGN]
    g += [("Danh sách", t) for t in A_LIST_HEAD + A_COLS]
    for gl, gt, rows in A_GROUPS:
        g.append((f"Danh sách.{gl}", f"{gl}. {gt}"))
        for i, (name, merit) in enumerate(rows, 1):
            g.append((f"Danh sách.{gl}.{i}", f"{i} {name} {merit}"))
            g.append((f"Danh sách.{gl}.{i}", name))
            g.append((f"Danh sách.{gl}.{i}", merit))
    return g


def build_a(path):
    import docx
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 11, 27, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 11, 27, 8, 0, 0)
    d.core_properties.author = "UBND tinh"
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = d.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)

    def para(text, bold=False, italic=False, align=None, indent=True, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent and align == "j":
            p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.space_after = Pt(4)
        return p

    def cell_lines(cell, lines, bolds, italics=(), align="c"):
        cell.paragraphs[0].text = ""
        for k, ln in enumerate(lines):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            r = p.add_run(ln)
            r.bold = k in bolds
            r.italic = k in italics
            if align == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = d.add_table(rows=2, cols=2)
    cell_lines(t.cell(0, 0), A_HEAD_L[:2], {1})
    cell_lines(t.cell(0, 1), A_HEAD_R[:2], {0, 1})
    cell_lines(t.cell(1, 0), A_HEAD_L[2:], set())
    cell_lines(t.cell(1, 1), A_HEAD_R[2:], set(), {0})
    para(A_TITLE[0], bold=True, align="c")
    para(A_TITLE[1], bold=True, align="c")
    para(A_TITLE[2], bold=True, align="c")
    for x in A_PRE:
        para(x, italic=True, align="j")
    para("QUYẾT ĐỊNH:", bold=True, align="c")
    for s, kind, text in A_BODY:
        if kind == "art":
            head, rest = text.split(". ", 1)
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            p.add_run(head + ". ").bold = True
            r = p.add_run(rest)
            r.bold = s in ("Điều 2", "Điều 3")
        else:
            para(text, align="j")
    t = d.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), A_NOI_NHAN, {0}, (0,), align="l")
    cell_lines(t.cell(0, 1), A_SIGN, {0, 1, 3}, (2,))
    d.add_page_break()
    for k, x in enumerate(A_LIST_HEAD):
        para(x, bold=k < 2, italic=k == 2, align="c")
    nrows = 1 + sum(1 + len(r) for _, _, r in A_GROUPS)
    t = d.add_table(rows=nrows, cols=3)
    t.style = "Table Grid"
    for j, c in enumerate(A_COLS):
        cell_lines(t.cell(0, j), [c], {0})
    tr = t.rows[0]._tr
    trPr = tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)
    r = 1
    for gl, gt, rows in A_GROUPS:
        m = t.cell(r, 0).merge(t.cell(r, 2))
        cell_lines(m, [f"{gl}. {gt}"], {0}, align="l")
        r += 1
        for i, (name, merit) in enumerate(rows, 1):
            cell_lines(t.cell(r, 0), [str(i)], set())
            cell_lines(t.cell(r, 1), [name], set(), align="l")
            cell_lines(t.cell(r, 2), [merit], set(), align="l")
            r += 1
    for row in t.rows:
        for j, w in enumerate((Cm(1.2), Cm(7), Cm(8))):
            row.cells[j].width = w
    import io
    import zipfile
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 27, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


# ----------------------------------------------------------------------------------------------- document B
B_HEAD_L = ["ỦY BAN NHÂN DÂN", "TỈNH KHÊ LAM", "Số: 1642/QĐ-UBND"]
B_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Khê Lam, ngày 14 tháng 8 năm 2026"]
TASK = ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Ủy ban nhân dân các xã, phường "
        "năm 2026")
B_TITLE = ["QUYẾT ĐỊNH", f"Phê duyệt đề cương và dự toán chi tiết nhiệm vụ \"{TASK}\"",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÊ LAM"]
B_PRE = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Nghị định số 73/2019/NĐ-CP ngày 05 tháng 9 năm 2019 của Chính phủ quy định quản lý đầu tư ứng dụng công "
    "nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước;",
    "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên "
    "môi trường điện tử;",
    "Căn cứ Quyết định số 388/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh về việc giao dự toán kinh phí "
    "thực hiện nhiệm vụ chuyển đổi số năm 2026;",
    "Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công tỉnh tại Tờ trình số 96/TTr-TTPVHCC ngày 28 tháng 7 "
    "năm 2026 và Báo cáo kết quả thẩm định số 217/BC-SKHCN ngày 05 tháng 8 năm 2026 của Sở Khoa học và Công nghệ.",
]
B_WORDS = "Một tỷ, năm trăm chín mươi bảy triệu, chín trăm sáu mươi hai nghìn đồng"
B_BODY = [  # (section, style, text) style: art / k / p (point) / t1 / t2 (tables) / note
    ("Điều 1", "art", "Điều 1. Phê duyệt đề cương và dự toán chi tiết nhiệm vụ với các nội dung chủ yếu sau:"),
    ("Điều 1.1", "k", f"1. Tên nhiệm vụ: {TASK} (sau đây gọi tắt là Nhiệm vụ)."),
    ("Điều 1.2", "k", "2. Chủ đầu tư: Trung tâm Phục vụ hành chính công tỉnh Khê Lam."),
    ("Điều 1.3", "k", "3. Đơn vị tư vấn lập đề cương và dự toán chi tiết: Công ty TNHH Tư vấn số Bảo Châu."),
    ("Điều 1.4", "k", "4. Mục tiêu"),
    ("Điều 1.4.a", "p", "a) Tạo lập dữ liệu điện tử từ hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực, có "
     "giá trị sử dụng để tái sử dụng khi giải quyết thủ tục hành chính, giảm giấy tờ người dân, doanh nghiệp phải "
     "nộp."),
    ("Điều 1.4.b", "p", "b) Đến ngày 31 tháng 12 năm 2026, 100% kết quả giải quyết thủ tục hành chính còn hiệu lực các "
     "lĩnh vực hộ tịch, chứng thực, đất đai từ năm 2015 đến nay của 12 xã, phường được số hóa và cập nhật vào Kho quản "
     "lý dữ liệu điện tử của tổ chức, cá nhân trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."),
    ("Điều 1.4.c", "p", "c) Năm 2027, tỷ lệ hồ sơ thủ tục hành chính có khai thác, sử dụng lại dữ liệu đã số hóa tại "
     "12 xã, phường đạt tối thiểu 60%."),
    ("Điều 1.5", "k", f"5. Phạm vi, quy mô: thực hiện tại 12 xã, phường; tổng khối lượng {vn(HS_B_TONG)} hồ sơ, "
     f"tương đương {vn(TR_B_TONG)} trang A4 quy đổi, chi tiết tại Bảng 1."),
    ("Điều 1.5", "cap", "Bảng 1. Khối lượng số hóa theo đơn vị (theo kết quả khảo sát tháng 7 năm 2026)"),
    ("Điều 1.5", "t1", None),
    ("Điều 1.6", "k", "6. Nội dung thực hiện"),
    ("Điều 1.6.a", "p", "a) Khảo sát, phân loại, lập danh mục hồ sơ, kết quả giải quyết thủ tục hành chính cần số hóa."),
    ("Điều 1.6.b", "p", "b) Bóc tách, làm phẳng, chỉnh lý tài liệu giấy; đánh số trang theo hồ sơ."),
    ("Điều 1.6.c", "p", "c) Quét (scan) tài liệu, tạo lập dữ liệu đặc tả (metadata) theo danh mục trường thông tin "
     "của Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."),
    ("Điều 1.6.d", "p", "d) Kiểm tra, đối soát dữ liệu với tài liệu gốc; cập nhật dữ liệu vào Kho quản lý dữ liệu điện "
     "tử của tổ chức, cá nhân."),
    ("Điều 1.6.đ", "p", "đ) Bàn giao dữ liệu, hoàn trả nguyên trạng tài liệu gốc cho Ủy ban nhân dân xã, phường."),
    ("Điều 1.7", "k", "7. Yêu cầu kỹ thuật chủ yếu"),
    ("Điều 1.7", "b", "- Độ phân giải quét tối thiểu 300 dpi, ảnh màu đối với tài liệu có dấu đỏ; tệp định dạng PDF/A."),
    ("Điều 1.7", "b", "- Mỗi tệp kết quả số hóa được ký số bằng chữ ký số chuyên dùng của Ủy ban nhân dân xã, phường "
     "nơi lưu giữ tài liệu gốc."),
    ("Điều 1.7", "b", "- Tỷ lệ sai sót dữ liệu đặc tả sau kiểm tra không vượt quá 0,5%."),
    ("Điều 1.7", "b", "- Dữ liệu được lưu trữ tại Trung tâm dữ liệu tỉnh; không sao lưu ra thiết bị, dịch vụ lưu trữ "
     "ngoài phạm vi Trung tâm dữ liệu tỉnh."),
    ("Điều 1.8", "k", f"8. Dự toán chi tiết: {vn(DU_TOAN)} đồng (Bằng chữ: {B_WORDS}), đã bao gồm thuế giá trị gia "
     "tăng, chi tiết tại Bảng 2."),
    ("Điều 1.8", "cap", "Bảng 2. Dự toán chi tiết"),
    ("Điều 1.8", "t2", None),
    ("Điều 1.9", "k", "9. Nguồn kinh phí: ngân sách tỉnh, nguồn chi thường xuyên sự nghiệp khoa học và công nghệ năm "
     "2026 đã giao tại Quyết định số 388/QĐ-UBND ngày 06 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh."),
    ("Điều 1.10", "k", "10. Hình thức lựa chọn nhà thầu: đấu thầu rộng rãi qua mạng, một giai đoạn một túi hồ sơ."),
    ("Điều 1.11", "k", "11. Thời gian thực hiện: từ tháng 9 năm 2026 đến hết tháng 12 năm 2026; bàn giao toàn bộ dữ "
     "liệu trước ngày 25 tháng 12 năm 2026."),
    ("Điều 1.12", "k", "12. Hình thức quản lý: Chủ đầu tư trực tiếp quản lý thực hiện Nhiệm vụ."),
    ("Điều 2", "art", "Điều 2. Tổ chức thực hiện"),
    ("Điều 2.1", "k", "1. Trung tâm Phục vụ hành chính công tỉnh (Chủ đầu tư) tổ chức lựa chọn nhà thầu, quản lý, "
     "giám sát, nghiệm thu Nhiệm vụ theo đúng đề cương, dự toán được phê duyệt; báo cáo tiến độ về Sở Khoa học và "
     "Công nghệ hằng tháng, trước ngày 25 của tháng; hoàn thành quyết toán trước ngày 31 tháng 3 năm 2027."),
    ("Điều 2.2", "k", "2. Sở Khoa học và Công nghệ hướng dẫn, kiểm tra việc tuân thủ yêu cầu kỹ thuật; bảo đảm hạ tầng "
     "Trung tâm dữ liệu tỉnh cho việc lưu trữ dữ liệu; tham gia nghiệm thu Nhiệm vụ."),
    ("Điều 2.3", "k", "3. Sở Tài chính bố trí, cấp phát kinh phí và hướng dẫn thanh toán, quyết toán theo quy định."),
    ("Điều 2.4", "k", "4. Sở Nội vụ hướng dẫn nghiệp vụ lưu trữ, chỉnh lý tài liệu trước khi số hóa."),
    ("Điều 2.5", "k", "5. Ủy ban nhân dân 12 xã, phường bố trí địa điểm làm việc, cử công chức phối hợp, giao và nhận "
     "lại tài liệu gốc; ký số xác nhận dữ liệu số hóa trong thời hạn 05 ngày làm việc kể từ ngày nhận dữ liệu."),
    ("Điều 3", "art", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc "
     "các Sở: Khoa học và Công nghệ, Tài chính, Nội vụ; Giám đốc Trung tâm Phục vụ hành chính công tỉnh; Chủ tịch Ủy "
     "ban nhân dân các xã, phường có tên tại Bảng 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành "
     "Quyết định này./."),
]
B_NOI_NHAN = ["Nơi nhận:", "- Như Điều 3;", "- Chủ tịch, các PCT UBND tỉnh;", "- Kho bạc Nhà nước khu vực;",
              "- Lưu: VT, KGVX."]
B_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Phùng Bá Lộc"]
T1_COLS = ["STT", "Xã, phường", "Số hồ sơ", "Số trang A4 quy đổi"]
T2_COLS = ["STT", "Nội dung chi phí", "Đơn vị tính", "Khối lượng", "Đơn giá (đồng)", "Thành tiền (đồng)"]


def gold_b():
    g = [("header", t) for t in B_HEAD_L + B_HEAD_R + B_TITLE]
    g += [("preamble", t) for t in B_PRE]
    for s, st, t in B_BODY:
        if st == "t1":
            g.append((s, " ".join(T1_COLS)))
            for i, u in enumerate(UNITS, 1):
                g.append((f"{s}.{i}", f"{i} {u} {vn(HS_B[i-1])} {vn(TR_B[i-1])}"))
            g.append((s, f"Tổng cộng {vn(HS_B_TONG)} {vn(TR_B_TONG)}"))
        elif st == "t2":
            g.append((s, " ".join(T2_COLS)))
            for i, c in enumerate(COSTS, 1):
                g.append((f"{s}.{i}", f"{i} {c[0]} {c[1]} {c[2]} {c[3]} {vn(c[4])}"))
            g.append((s, f"Tổng cộng {vn(DU_TOAN)}"))
        else:
            g.append((s, t))
    g += [("closing", t) for t in B_NOI_NHAN]
    g += [("signature", t) for t in B_SIGN]
    return g


def build_b(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DV", "", 9)
            self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="R")

    pdf = P(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 8, 14, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DV", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(22, 16, 16)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - 22 - 16
    y0 = pdf.get_y()
    pdf.set_font("DV", "", 10)
    pdf.set_xy(18, y0)
    pdf.cell(70, 5, B_HEAD_L[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 10)
    pdf.set_x(18)
    pdf.cell(70, 5, B_HEAD_L[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.line(43, pdf.get_y() + 0.5, 63, pdf.get_y() + 0.5)
    pdf.set_font("DV", "", 10)
    pdf.set_xy(18, pdf.get_y() + 3)
    pdf.cell(70, 5, B_HEAD_L[2], align="C")
    pdf.set_font("DV", "B", 10)
    pdf.set_xy(88, y0)
    pdf.cell(110, 5, B_HEAD_R[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(88, pdf.get_y())
    pdf.cell(110, 5, B_HEAD_R[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.line(118, pdf.get_y() + 0.5, 168, pdf.get_y() + 0.5)
    pdf.set_font("DV", "I", 10)
    pdf.set_xy(88, pdf.get_y() + 3)
    pdf.cell(110, 5, B_HEAD_R[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DV", "B", 12)
    pdf.cell(W, 6, B_TITLE[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 10.5)
    pdf.multi_cell(W, 5.5, B_TITLE[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.line(90, pdf.get_y(), 130, pdf.get_y())
    pdf.ln(3)
    pdf.cell(W, 6, B_TITLE[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def para(text, style="", indent=8, h=5.2, size=10.5, align="J"):
        pdf.set_font("DV", style, size)
        pdf.set_x(22 + indent)
        pdf.multi_cell(W - indent, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    for x in B_PRE:
        para(x, "I")
    pdf.set_font("DV", "B", 11)
    pdf.cell(W, 7, "QUYẾT ĐỊNH:", align="C", new_x="LMARGIN", new_y="NEXT")
    head = FontFace(emphasis="BOLD", fill_color=(235, 235, 235))
    for s, st, t in B_BODY:
        if st == "art":
            para(t, "B")
        elif st == "k":
            para(t, "")
        elif st == "p":
            para(t, "", indent=12)
        elif st == "b":
            para(t, "", indent=12)
        elif st == "cap":
            para(t, "BI", indent=0, align="C")
        elif st == "t1":
            pdf.set_font("DV", "", 9.5)
            with pdf.table(col_widths=(12, 60, 34, 40), text_align=("CENTER", "LEFT", "RIGHT", "RIGHT"),
                           headings_style=head, line_height=5.5, repeat_headings=1) as tb:
                r = tb.row()
                for c in T1_COLS:
                    r.cell(c)
                for i, u in enumerate(UNITS, 1):
                    r = tb.row()
                    for c in (str(i), u, vn(HS_B[i - 1]), vn(TR_B[i - 1])):
                        r.cell(c)
                r = tb.row()
                r.cell("Tổng cộng", colspan=2, align="CENTER")
                r.cell(vn(HS_B_TONG))
                r.cell(vn(TR_B_TONG))
            pdf.ln(2)
        elif st == "t2":
            pdf.set_font("DV", "", 9)
            with pdf.table(col_widths=(9, 62, 17, 20, 20, 30),
                           text_align=("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT"),
                           headings_style=head, line_height=5, repeat_headings=1) as tb:
                r = tb.row()
                for c in T2_COLS:
                    r.cell(c)
                for i, c in enumerate(COSTS, 1):
                    r = tb.row()
                    for x in (str(i), c[0], c[1], c[2], c[3], vn(c[4])):
                        r.cell(x)
                r = tb.row()
                r.cell("Tổng cộng", colspan=5, align="CENTER")
                r.cell(vn(DU_TOAN))
            pdf.ln(2)
    pdf.ln(3)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DV", "BI", 9.5)
    pdf.set_xy(22, y)
    pdf.cell(80, 5, B_NOI_NHAN[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    for x in B_NOI_NHAN[1:]:
        pdf.set_x(22)
        pdf.cell(80, 4.5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(110, y)
    for k, x in enumerate(B_SIGN):
        pdf.set_font("DV", "I" if k == 2 else "B", 10.5)
        pdf.set_x(110)
        pdf.cell(80, 6, x, align="C", new_x="LMARGIN", new_y="NEXT")
        if k == 2:
            pdf.ln(14)
    pdf.output(path)


# ----------------------------------------------------------------------------------------------- document C
C_REQ = [  # (name, description, unit, quantity)
    ("Khảo sát, phân loại, lập danh mục hồ sơ", "Theo lĩnh vực hộ tịch, chứng thực, đất đai; từ năm 2015 đến nay",
     "Hồ sơ", vn(HS_C_TONG)),
    ("Bóc tách, làm phẳng, chỉnh lý tài liệu", "Không làm rách, mất trang; đánh số trang theo hồ sơ", "Trang A4",
     vn(TR_C_TONG)),
    ("Quét (scan) tài liệu", "Độ phân giải tối thiểu 300 dpi; tệp PDF/A", "Trang A4", vn(TR_C_TONG)),
    ("Tạo lập dữ liệu đặc tả (metadata)", "Tối thiểu 12 trường thông tin mỗi hồ sơ", "Hồ sơ", vn(HS_C_TONG)),
    ("Kiểm tra, đối soát, cập nhật dữ liệu vào Kho quản lý dữ liệu điện tử", "Đối soát 100% hồ sơ với tài liệu gốc",
     "Hồ sơ", vn(HS_C_TONG)),
    ("Đóng gói, bàn giao dữ liệu và hoàn trả tài liệu gốc", "Bàn giao theo từng xã, phường", "Gói", "12"),
]
C_ADDR = ["Tổ dân phố Đồng Tâm", "Tổ dân phố 5", "Khu phố Bến Cá", "Tổ dân phố Gốc Gạo", "Thôn Nà Lẹng", "Thôn Bồ Trung",
          "Thôn Pá Cẩm", "Thôn Nà Hẩu Trên", "Thôn Quỳnh Lâm", "Bản Khuổi Sáng", "Thôn Chiêm Hạ", "Thôn Lựu Đông"]

C_PARTS = []  # (section, markdown text, plain text for gold or None)


def c_add(sec, md, plain=None):
    C_PARTS.append((sec, md, plain if plain is not None else md.replace("**", "").replace("*", "")))


c_add("header", "| UBND TỈNH KHÊ LAM<br>**TRUNG TÂM PHỤC VỤ<br>HÀNH CHÍNH CÔNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"
      "<br>**Độc lập - Tự do - Hạnh phúc** |\n|:---:|:---:|\n| Số: 203/TTPVHCC-HCTH<br>V/v mời báo giá dịch vụ số hóa "
      "hồ sơ, kết quả giải quyết TTHC | *Khê Lam, ngày 08 tháng 7 năm 2026* |", "")
C_HEADER_GOLD = ["UBND TỈNH KHÊ LAM", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Số: 203/TTPVHCC-HCTH", "V/v mời báo giá dịch vụ số hóa hồ sơ, kết quả giải quyết TTHC",
                 "Khê Lam, ngày 08 tháng 7 năm 2026"]
c_add("header", "**THƯ MỜI BÁO GIÁ**")
c_add("header", "**Kính gửi:** Các đơn vị cung cấp dịch vụ số hóa tài liệu.")
c_add("preamble", "Trung tâm Phục vụ hành chính công tỉnh Khê Lam (sau đây gọi là Trung tâm) có nhu cầu tiếp nhận báo "
      "giá để tham khảo, xây dựng dự toán và giá gói thầu cho nhiệm vụ \"Số hóa hồ sơ, kết quả giải quyết thủ tục hành "
      "chính còn hiệu lực tại Ủy ban nhân dân các xã, phường năm 2026\" với các nội dung cụ thể như sau:")
c_add("I", "## I. THÔNG TIN CỦA ĐƠN VỊ YÊU CẦU BÁO GIÁ", "I. THÔNG TIN CỦA ĐƠN VỊ YÊU CẦU BÁO GIÁ")
c_add("I.1", "1\\. Đơn vị yêu cầu báo giá: Trung tâm Phục vụ hành chính công tỉnh Khê Lam, trực thuộc Văn phòng Ủy ban "
      "nhân dân tỉnh.", "1. Đơn vị yêu cầu báo giá: Trung tâm Phục vụ hành chính công tỉnh Khê Lam, trực thuộc Văn "
      "phòng Ủy ban nhân dân tỉnh.")
c_add("I.2", "2\\. Người chịu trách nhiệm tiếp nhận báo giá: ông Hà Đức Tường, Phó Trưởng phòng Hành chính - Tổng hợp; "
      "điện thoại 0219 6 281 905; thư điện tử: baogia.ttpvhcc@khelam.gov.vn.",
      "2. Người chịu trách nhiệm tiếp nhận báo giá: ông Hà Đức Tường, Phó Trưởng phòng Hành chính - Tổng hợp; "
      "điện thoại 0219 6 281 905; thư điện tử: baogia.ttpvhcc@khelam.gov.vn.")
c_add("I.3", "3\\. Cách thức tiếp nhận báo giá:", "3. Cách thức tiếp nhận báo giá:")
c_add("I.3", "- Nhận trực tiếp hoặc qua đường bưu điện tại: Phòng 204, tầng 2, Trung tâm Phục vụ hành chính công tỉnh, "
      "số 58 đường Kim Đồng, phường Khê Sơn, tỉnh Khê Lam.")
c_add("I.3", "- Nhận qua thư điện tử: baogia.ttpvhcc@khelam.gov.vn (bản chụp báo giá đã ký, đóng dấu, định dạng PDF).")
c_add("I.4", "4\\. Thời hạn tiếp nhận báo giá: từ 08 giờ 00 ngày 09 tháng 7 năm 2026 đến trước 17 giờ 00 ngày 17 tháng "
      "7 năm 2026. Báo giá nhận được sau thời điểm nêu trên sẽ không được xem xét.",
      "4. Thời hạn tiếp nhận báo giá: từ 08 giờ 00 ngày 09 tháng 7 năm 2026 đến trước 17 giờ 00 ngày 17 tháng "
      "7 năm 2026. Báo giá nhận được sau thời điểm nêu trên sẽ không được xem xét.")
c_add("I.5", "5\\. Thời hạn có hiệu lực của báo giá: tối thiểu 90 ngày, kể từ ngày 17 tháng 7 năm 2026.",
      "5. Thời hạn có hiệu lực của báo giá: tối thiểu 90 ngày, kể từ ngày 17 tháng 7 năm 2026.")
c_add("II", "## II. NỘI DUNG YÊU CẦU BÁO GIÁ", "II. NỘI DUNG YÊU CẦU BÁO GIÁ")
c_add("II.1", "1\\. Danh mục dịch vụ và khối lượng dự kiến:", "1. Danh mục dịch vụ và khối lượng dự kiến:")
C_T_HEAD = ["STT", "Danh mục dịch vụ", "Mô tả yêu cầu", "Đơn vị tính", "Khối lượng"]
c_add("II.1", "| " + " | ".join(C_T_HEAD) + " |\n|:---:|---|---|:---:|---:|\n" + "\n".join(
    f"| {i} | {a} | {b} | {u} | {q} |" for i, (a, b, u, q) in enumerate(C_REQ, 1)), " ".join(C_T_HEAD))
for i, (a, b, u, q) in enumerate(C_REQ, 1):
    C_PARTS.append((f"II.1.{i}", "", f"{i} {a} {b} {u} {q}"))
c_add("II.1", "*Ghi chú: khối lượng trên là số liệu ước tính theo báo cáo của các xã, phường; khối lượng chính thức "
      "được xác định sau khi khảo sát.*")
c_add("II.2", "2\\. Địa điểm thực hiện: tại trụ sở Ủy ban nhân dân 12 xã, phường (danh sách tại Phụ lục 01 kèm theo). "
      "Tài liệu gốc không được mang ra khỏi trụ sở Ủy ban nhân dân xã, phường.",
      "2. Địa điểm thực hiện: tại trụ sở Ủy ban nhân dân 12 xã, phường (danh sách tại Phụ lục 01 kèm theo). "
      "Tài liệu gốc không được mang ra khỏi trụ sở Ủy ban nhân dân xã, phường.")
c_add("II.3", "3\\. Thời gian thực hiện dự kiến: 04 tháng, từ tháng 9 năm 2026.",
      "3. Thời gian thực hiện dự kiến: 04 tháng, từ tháng 9 năm 2026.")
c_add("II.4", "4\\. Yêu cầu đối với đơn vị báo giá:", "4. Yêu cầu đối với đơn vị báo giá:")
c_add("II.4", "- Đã thực hiện ít nhất 02 hợp đồng số hóa tài liệu có tính chất tương tự trong 03 năm gần đây.")
c_add("II.4", "- Nhân sự tham gia ký cam kết bảo mật thông tin, không sao chép, cung cấp dữ liệu cá nhân trong hồ sơ "
      "cho bên thứ ba.")
c_add("II.4", "- Thiết bị quét do đơn vị tự bố trí, mang đến địa điểm thực hiện.")
c_add("III", "## III. LƯU Ý", "III. LƯU Ý")
c_add("III.1", "1\\. Báo giá lập theo mẫu tại Phụ lục 02, ghi rõ đơn giá từng hạng mục, có chữ ký của người đại diện "
      "theo pháp luật và đóng dấu.", "1. Báo giá lập theo mẫu tại Phụ lục 02, ghi rõ đơn giá từng hạng mục, có chữ ký "
      "của người đại diện theo pháp luật và đóng dấu.")
c_add("III.2", "2\\. Đơn giá chào đã bao gồm thuế giá trị gia tăng, chi phí đi lại, lưu trú và vận chuyển thiết bị "
      "đến 12 xã, phường.", "2. Đơn giá chào đã bao gồm thuế giá trị gia tăng, chi phí đi lại, lưu trú và vận chuyển "
      "thiết bị đến 12 xã, phường.")
c_add("III.3", "3\\. Thư mời báo giá này không phải là hồ sơ mời thầu; việc gửi báo giá không làm phát sinh nghĩa vụ "
      "ký kết hợp đồng của Trung tâm. Trung tâm không hoàn trả chi phí lập báo giá.",
      "3. Thư mời báo giá này không phải là hồ sơ mời thầu; việc gửi báo giá không làm phát sinh nghĩa vụ ký kết hợp "
      "đồng của Trung tâm. Trung tâm không hoàn trả chi phí lập báo giá.")
c_add("III.4", "4\\. Thư mời được đăng tải trên Cổng dịch vụ công tỉnh tại địa chỉ https://dichvucong.khelam.gov.vn, "
      "mục Thông báo.", "4. Thư mời được đăng tải trên Cổng dịch vụ công tỉnh tại địa chỉ "
      "https://dichvucong.khelam.gov.vn, mục Thông báo.")
c_add("closing", "Trung tâm Phục vụ hành chính công tỉnh Khê Lam trân trọng kính mời các đơn vị quan tâm gửi báo giá./.")
C_NOI_NHAN = ["Nơi nhận:", "- Như trên;", "- Văn phòng UBND tỉnh (để b/c);", "- Sở Khoa học và Công nghệ (để biết);",
              "- Lưu: VT, HCTH."]
C_SIGN = ["GIÁM ĐỐC", "(Đã ký)", "Âu Văn Bình"]
c_add("signature", "| **Nơi nhận:**<br>" + "<br>".join(C_NOI_NHAN[1:]) + " | **GIÁM ĐỐC**<br><br>*(Đã ký)*<br><br>"
      "**Âu Văn Bình** |\n|:---|:---:|", "")
C_P1_HEAD = ["STT", "Xã, phường", "Địa chỉ trụ sở", "Số hồ sơ dự kiến"]
c_add("Phụ lục 01", "## PHỤ LỤC 01", "PHỤ LỤC 01")
c_add("Phụ lục 01", "**DANH SÁCH XÃ, PHƯỜNG THỰC HIỆN SỐ HÓA**")
c_add("Phụ lục 01", "*(Kèm theo Thư mời báo giá số 203/TTPVHCC-HCTH ngày 08/7/2026 của Trung tâm Phục vụ hành chính "
      "công tỉnh Khê Lam)*")
c_add("Phụ lục 01", "| " + " | ".join(C_P1_HEAD) + " |\n|:---:|---|---|---:|\n" + "\n".join(
    f"| {i} | {u} | {C_ADDR[i-1]}, {u[0].lower() + u[1:]} | {vn(HS_C[i-1])} |"
    for i, u in enumerate(UNITS, 1)) + f"\n| | **Tổng cộng** | | **{vn(HS_C_TONG)}** |", " ".join(C_P1_HEAD))
for i, u in enumerate(UNITS, 1):
    C_PARTS.append((f"Phụ lục 01.{i}", "", f"{i} {u} {C_ADDR[i-1]}, {u[0].lower() + u[1:]} {vn(HS_C[i-1])}"))
C_PARTS.append(("Phụ lục 01", "", f"Tổng cộng {vn(HS_C_TONG)}"))
c_add("Phụ lục 02", "## PHỤ LỤC 02", "PHỤ LỤC 02")
c_add("Phụ lục 02", "**MẪU BÁO GIÁ**")
c_add("Phụ lục 02", "Kính gửi: Trung tâm Phục vụ hành chính công tỉnh Khê Lam.")
c_add("Phụ lục 02", "Tên đơn vị báo giá: ........................ Mã số thuế: ........................")
c_add("Phụ lục 02", "Địa chỉ: ........................ Điện thoại: ........................")
C_P2_HEAD = ["STT", "Danh mục dịch vụ", "Đơn vị tính", "Khối lượng", "Đơn giá (đồng)", "Thành tiền (đồng)"]
c_add("Phụ lục 02", "| " + " | ".join(C_P2_HEAD) + " |\n|:---:|---|:---:|---:|---:|---:|\n" + "\n".join(
    f"| {i} | {a} | {u} | {q} | | |" for i, (a, b, u, q) in enumerate(C_REQ, 1)) + "\n| | **Tổng cộng** | | | | |",
    " ".join(C_P2_HEAD))
c_add("Phụ lục 02", "Báo giá này có hiệu lực trong vòng: ...... ngày, kể từ ngày 17 tháng 7 năm 2026.")
c_add("Phụ lục 02", "*........, ngày ..... tháng ..... năm 2026*<br>**ĐẠI DIỆN HỢP PHÁP CỦA ĐƠN VỊ BÁO GIÁ**<br>*(Ký, ghi "
      "rõ họ tên, đóng dấu)*", "ĐẠI DIỆN HỢP PHÁP CỦA ĐƠN VỊ BÁO GIÁ")


def gold_c():
    g = [("header", t) for t in C_HEADER_GOLD]
    g += [(s, p) for s, _, p in C_PARTS if p]
    g += [("closing", t) for t in C_NOI_NHAN]
    g += [("signature", t) for t in C_SIGN]
    return g


def build_c(path):
    out = []
    for s, md, _ in C_PARTS:
        if md:
            out.append(md)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(out) + "\n")


def gold(name):
    return {DOC_A: gold_a, DOC_B: gold_b, DOC_C: gold_c}[name]()


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_a(os.path.join(CORPUS, DOC_A))
    build_b(os.path.join(CORPUS, DOC_B))
    build_c(os.path.join(CORPUS, DOC_C))
    print("built", DOC_A, DOC_B, DOC_C)


if __name__ == "__main__":
    main()
